//! Tệp tỉnh — reading a province file: documents as data, `extends`, overrides, validation.
//!
//! # Writing a province file
//!
//! A province file is one JSON object. Every part is optional except what makes it a province:
//! its documents, and whatever those documents change. What a file leaves out comes from the
//! file it `extends` (by default the national one), and in the end from the law modules'
//! built-in rules, which carry their own citations and provisional labels.
//!
//! ```json
//! {
//!   "schema_version": 1,
//!   "key": "son_la_2026",
//!   "name": "Tỉnh Sơn La năm 2026",
//!   "extends": "national",
//!   "years": { "from": 2026 },
//!   "regime": "two_tier",
//!   "documents": [ { "key": "son_la_ubnd_nc_2026", "number": "…/UBND-NC",
//!                    "kind": "cong_van", "issuer": "UBND tỉnh Sơn La", "date": "2026",
//!                    "title": "V/v thực hiện …", "implements": "tt124",
//!                    "note": "the copy leaves the number, day and month blank" } ],
//!   "additions": { "rules": [ … ] },
//!   "dossier": { "require_tax_confirmation": true },
//!   "class_targets": [ … ],
//!   "roadmap": { … },
//!   "calendar": { "entries": [ … ], "overrides": { … } },
//!   "routing": [ … ]
//! }
//! ```
//!
//! - **`documents`** — each document the file cites: a stable `key`, the `number` as printed
//!   ("07/BCĐ-CQTT"; a blank number written "…/UBND-NC"; omitted when there is none), `kind`
//!   (`cong_van`, `ke_hoach`, `quyet_dinh`, `huong_dan`, `chi_thi`, `nghi_quyet`,
//!   `thong_bao`), `issuer`, `date` (`"2026-04-16"`, `"2023-03"` or `"2026"` — as far as the copy
//!   prints it), `title`, optionally the national instrument it `implements`, a `short` label
//!   for compact output and a `note` saying what the copy leaves out.
//! - **Citations** anywhere in the file name a document by key:
//!   `{"citation": {"document": "son_la_ubnd_nc_2026", "section": "1b"}, "provenance":
//!   "provincial_document"}`; national law by instrument: `{"citation": {"instrument":
//!   "tt124", "article": 10, "clause": 1}, "provenance": "text"}`. In findings and reports a
//!   document citation renders in full: "mục 1b Công văn số …/UBND-NC năm 2026 của UBND tỉnh
//!   Sơn La", short form "UBND-NC Sơn La 2026 §1b".
//! - **`extends`** — the file this one starts from: a built-in name (`national`,
//!   `son_la_2026`, …) or a file given to the [`Loader`] (a commune plan extending its
//!   province). Each part given replaces the parent's; `documents` add to the parent's;
//!   `routing` rules replace the parent's rules for the cases they cover; calendar `entries`
//!   and `overrides` replace the parent's by key.
//! - **`years`**, **`regime`** — the years the rules apply to and the government tier they were
//!   written for; evaluating another year is an error.
//! - **`additions`** (TT124 Đ8 k1), **`dossier`**, **`score_sheets`**, **`catalogues`**,
//!   **`models`**, **`model_prerequisites`**, **`class_targets`**, **`roadmap`** — as in the
//!   modules that read them.
//! - **`routing`** — [`crate::authority::RouteRule`]s: per procedure, kinds and effective levels,
//!   who decides (with its `basis`), who acts before (`steps`, optionally dated `before`), and
//!   the `deadline` calendar key.
//! - **`calendar`** — `entries` (the province's own dated rules, with keys of its own) and
//!   `overrides` (new dates for national or provincial keys), each with its source.
//!
//! # Validation
//!
//! Every error names the file, the path inside it and what was expected: an unknown key, a
//! citation to a document not declared in the file or a file it extends, a document dated
//! after the first year the file applies its rules to, a document key declared twice with
//! different contents, two routing rules for the same case, two calendar entries with one
//! key, a calendar entry reusing a national key, a regime that does not fit the years.
//!
//! ```
//! use antq::policy::province::Loader;
//! let err = Loader::new()
//!     .load_str("mau.json", r#"{ "extends": "national", "regime": "two_tier", "colour": 1 }"#)
//!     .unwrap_err();
//! assert!(err.to_string().contains("mau.json"));
//! assert!(err.to_string().contains("colour"));
//! ```

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::authority::RoutingPolicy;
use crate::calendar::CalendarPolicy;
use crate::citation::{with_documents, DocRef, Document};
use crate::dossier::DossierPolicy;
use crate::error::{Error, Subject};
use crate::law::qd3554::CatalogueSet;
use crate::law::qd510::{ClassTarget, SheetSet};
use crate::law::tt124::Additions;
use crate::models::ModelsPolicy;
use crate::regime::Regime;
use crate::roadmap::Roadmap;

use super::{Policy, Years};

/// The version of the province file format this crate reads (its own, not the year
/// input's: the two formats change independently).
const FILE_SCHEMA_VERSION: u32 = 1;

/// A province file as written. See the module documentation for the format.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvinceFile {
    /// Schema version of the province file format; when given it must be 1.
    #[serde(default)]
    pub schema_version: Option<u32>,
    /// Stable key of the file (`son_la_2026`).
    #[serde(default)]
    pub key: Option<String>,
    /// Name shown in reports.
    #[serde(default)]
    pub name: Option<String>,
    /// The file it starts from (`preset` is accepted as an older spelling). Default `national`.
    #[serde(default, alias = "preset")]
    pub extends: Option<String>,
    /// The years its rules apply to.
    #[serde(default)]
    pub years: Option<Years>,
    /// The regime its documents were written for.
    #[serde(default)]
    pub regime: Option<Regime>,
    /// The documents it cites (added to those of the file it extends).
    #[serde(default)]
    pub documents: Vec<Document>,
    /// Replaces the additions.
    #[serde(default)]
    pub additions: Option<Additions>,
    /// Replaces the score sheets.
    #[serde(default)]
    pub score_sheets: Option<SheetSet>,
    /// Replaces the catalogues.
    #[serde(default)]
    pub catalogues: Option<CatalogueSet>,
    /// Sets the first year decided under QĐ3554 (the switch from QĐ9745) in the catalogues;
    /// default: the library's provisional 2025 ([`crate::law::qd3554::catalogue::QD3554_FROM`]).
    #[serde(default)]
    pub qd3554_from: Option<i32>,
    /// Replaces the models policy.
    #[serde(default)]
    pub models: Option<ModelsPolicy>,
    /// Replaces the roadmap.
    #[serde(default)]
    pub roadmap: Option<Roadmap>,
    /// Replaces the class targets.
    #[serde(default)]
    pub class_targets: Option<Vec<ClassTarget>>,
    /// Replaces the model-unit prerequisite switch.
    #[serde(default)]
    pub model_prerequisites: Option<bool>,
    /// Routing rules, layered on the parent's.
    #[serde(default)]
    pub routing: Option<RoutingPolicy>,
    /// Calendar entries and overrides, layered on the parent's by key.
    #[serde(default)]
    pub calendar: Option<CalendarPolicy>,
    /// Replaces the dossier policy.
    #[serde(default)]
    pub dossier: Option<DossierPolicy>,
}

/// What the loader reads first: what the file extends, its years and its documents.
#[derive(Deserialize)]
struct Header {
    #[serde(default, alias = "preset")]
    extends: Option<String>,
    #[serde(default)]
    years: Option<Years>,
    #[serde(default)]
    documents: Vec<Document>,
}

/// Parse `text` as a `T`, naming `file` and the path inside it on error.
///
/// Through the crate-wide reader ([`crate::json::parse`]): BOM accepted, size bounded, path tracked.
fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Error> {
    crate::json::parse(Subject::Policy(file.to_owned()), text.as_bytes())
}

/// Đọc tệp tỉnh — loads province files: the built-in ones, and any given to it by name.
#[derive(Debug, Clone, Default)]
pub struct Loader {
    files: BTreeMap<String, String>,
}

/// How deep `extends` may chain (national → province → commune plan → …).
const MAX_DEPTH: usize = 8;

impl Loader {
    /// A loader that knows the built-in files only.
    pub fn new() -> Self {
        Loader::default()
    }

    /// Make `text` loadable as `name` (for `extends` and [`Loader::load`]); a name of a
    /// built-in file is shadowed.
    pub fn with_file(mut self, name: impl Into<String>, text: impl Into<String>) -> Self {
        self.files.insert(name.into(), text.into());
        self
    }

    /// Load the file named `name` (given to the loader, else built in).
    ///
    /// # Errors
    ///
    /// A file that is not given and not built in, malformed JSON, an unknown or duplicated field,
    /// an undeclared document key, a loop of `extends`, or an invalid part (each names the file and
    /// the path).
    pub fn load(&self, name: &str) -> Result<Policy, Error> {
        self.load_named(name, &mut Vec::new())
    }

    /// Load `text` as a file called `file` (the name errors use).
    ///
    /// # Errors
    ///
    /// As [`Loader::load`].
    pub fn load_str(&self, file: &str, text: &str) -> Result<Policy, Error> {
        self.load_text(file, text, &mut Vec::new())
    }

    fn load_named(&self, name: &str, chain: &mut Vec<String>) -> Result<Policy, Error> {
        if let Some(text) = self.files.get(name) {
            return self.load_text(name, text, chain);
        }
        if let Some(text) = crate::provinces::file(name) {
            return self.load_text(name, text, chain);
        }
        let known: Vec<&str> = self
            .files
            .keys()
            .map(String::as_str)
            .chain(crate::provinces::FILES.iter().map(|(n, _)| *n))
            .collect();
        Err(Error::unknown(
            Subject::Policy(chain.last().cloned().unwrap_or_else(|| name.to_owned())),
            "extends",
            format!("{name} (known files: {})", known.join(", ")),
        ))
    }

    fn load_text(&self, file: &str, text: &str, chain: &mut Vec<String>) -> Result<Policy, Error> {
        let subject = || Subject::Policy(file.to_owned());
        if chain.iter().any(|c| c == file) || chain.len() >= MAX_DEPTH {
            return Err(Error::invalid(
                subject(),
                "extends",
                "a chain of files that ends at `national` without a cycle",
                format!("{} → {file}", chain.join(" → ")),
            ));
        }
        let header: Header = parse(file, text)?;
        let is_root = file == "national" && !self.files.contains_key(file);
        let parent = if is_root {
            Policy::base()
        } else {
            chain.push(file.to_owned());
            let p = self.load_named(header.extends.as_deref().unwrap_or("national"), chain);
            chain.pop();
            p?
        };
        let mut documents = parent.documents.clone();
        for (i, d) in header.documents.into_iter().enumerate() {
            match documents.iter().find(|p| p.key == d.key) {
                Some(p) if **p == d => {}
                Some(_) => {
                    return Err(Error::invalid(
                        subject(),
                        format!("documents[{i}]"),
                        format!(
                            "document `{}` as the file it extends declares it (a key names one document)",
                            d.key
                        ),
                        "a different document under the same key",
                    ))
                }
                None => documents.push(DocRef::from(d)),
            }
        }
        let first_year = header.years.or(parent.years).map(|y| y.from);
        let f: ProvinceFile =
            with_documents(documents.iter().cloned(), first_year, || parse(file, text))?;
        let policy = merge(parent, f, documents, file)?;
        check(&policy, file)?;
        Ok(policy)
    }
}

fn merge(
    parent: Policy,
    f: ProvinceFile,
    documents: Vec<DocRef>,
    file: &str,
) -> Result<Policy, Error> {
    if let Some(v) = f.schema_version.filter(|&v| v != FILE_SCHEMA_VERSION) {
        return Err(Error::invalid(
            Subject::Policy(file.to_owned()),
            "schema_version",
            FILE_SCHEMA_VERSION.to_string(),
            v,
        ));
    }
    let mut p = parent;
    p.documents = documents;
    let key = f.key.clone().unwrap_or_else(|| file.to_owned());
    let mut given: Vec<&str> = Vec::new();
    if let Some(v) = f.name {
        p.name = v;
    }
    if f.key.is_some() {
        p.key = f.key;
    }
    if f.years.is_some() {
        p.years = f.years;
        given.push("years");
    }
    if f.regime.is_some() {
        p.regime = f.regime;
        given.push("regime");
    }
    if let Some(v) = f.additions {
        p.additions = v;
        given.push("additions");
    }
    if let Some(v) = f.score_sheets {
        p.score_sheets = v;
        given.push("score_sheets");
    }
    if let Some(v) = f.catalogues {
        p.catalogues = v;
        given.push("catalogues");
    }
    if let Some(y) = f.qd3554_from {
        p.catalogues.qd3554_from = Some(y);
        given.push("qd3554_from");
    }
    if let Some(v) = f.models {
        p.models = v;
        given.push("models");
    }
    if f.roadmap.is_some() {
        p.roadmap = f.roadmap;
        given.push("roadmap");
    }
    if let Some(v) = f.class_targets {
        p.class_targets = v;
        given.push("class_targets");
    }
    if let Some(v) = f.model_prerequisites {
        p.model_prerequisites = v;
        given.push("model_prerequisites");
    }
    if let Some(v) = f.routing {
        v.validate(Subject::Policy(file.to_owned()))?;
        p.routing = p.routing.extended_by(&v);
        given.push("routing");
    }
    if let Some(v) = f.calendar {
        v.validate_for(Subject::Policy(file.to_owned()))?;
        p.calendar = p.calendar.extended_by(&v);
        given.push("calendar");
    }
    if let Some(v) = f.dossier {
        p.dossier = v;
        given.push("dossier");
    }
    for part in given {
        p.origins.insert(part.to_owned(), key.clone());
    }
    Ok(p)
}

/// Checks that hold whatever year is evaluated.
fn check(p: &Policy, file: &str) -> Result<(), Error> {
    let subject = || Subject::Policy(file.to_owned());
    if let (Some(r), Some(y)) = (p.regime, p.years) {
        for year in std::iter::once(y.from).chain(y.to) {
            if Regime::for_year(year) != r {
                return Err(Error::invalid(
                    subject(),
                    "regime",
                    format!(
                        "{:?}, the regime of {year} (a year of `years`)",
                        Regime::for_year(year)
                    ),
                    format!("{r:?}"),
                ));
            }
        }
    }
    p.score_sheets.validate()?;
    p.catalogues.validate()?;
    if let Some(r) = &p.roadmap {
        r.validate()?;
    }
    p.routing.check_rules(subject())?;
    p.calendar.validate_for(subject())?;
    Ok(())
}
