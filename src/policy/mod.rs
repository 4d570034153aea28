//! Chính sách của tỉnh — a policy bundles everything a province adds to or fixes in the law for
//! one evaluation: its documents, the expected regime and years, TT124 additions (Đ8 k1),
//! QĐ510 score sheets and class bands, QĐ3554 catalogues, the movement-model policy, the
//! roadmap, class targets, routing, calendar entries and overrides, and dossier rules.
//!
//! Policies are data: every policy, built in or not, is a **province file** read by
//! [`province::Loader`] (the format and a worked example: [`province`] and
//! `docs/province-files.md`). The national default and the built-in provinces are files
//! embedded in the crate ([`crate::provinces`]) and go through the same loader;
//! [`Policy::preset`] names one, [`Policy::from_json`] reads a user's file, which may extend any
//! of them.
//!
//! ```
//! use antq::policy::Policy;
//! let p = Policy::from_json(r#"{ "extends": "son_la_2026", "name": "Sơn La (thử)" }"#).unwrap();
//! assert_eq!(p.name, "Sơn La (thử)");
//! assert!(p.roadmap.is_some());
//! ```

pub mod additions;
pub mod guide;
#[cfg(feature = "json")]
pub mod province;
mod single;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::authority::RoutingPolicy;
use crate::calendar::CalendarPolicy;
use crate::citation::DocRef;
use crate::dossier::DossierPolicy;
use crate::error::{Error, Subject};
use crate::law::qd3554::CatalogueSet;
use crate::law::qd510::{ClassTarget, SheetSet};
use crate::law::tt124::Additions;
use crate::models::ModelsPolicy;
use crate::regime::Regime;
use crate::roadmap::Roadmap;

/// Năm áp dụng — the years a policy's rules apply to (inclusive; `to` open when `None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Years {
    /// First year.
    pub from: i32,
    /// Last year, if the documents set one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<i32>,
}

impl Years {
    /// Whether `year` is covered.
    pub fn contains(&self, year: i32) -> bool {
        year >= self.from && self.to.is_none_or(|t| year <= t)
    }
}

/// Chính sách — the whole policy of one evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Name shown in reports.
    pub name: String,
    /// Key of the province file it was loaded from (`son_la_2026`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The years the policy applies to; evaluating another year is an error. `None`: any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<Years>,
    /// The regime the policy was written for; evaluating another regime's year is an error.
    /// `None`: any year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regime: Option<Regime>,
    /// The provincial documents the policy cites (declared in its file and the files it
    /// extends).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocRef>,
    /// TT124 Đ8 k1 provincial additions.
    #[serde(default)]
    pub additions: Additions,
    /// QĐ510 score sheets (with their class bands), one per unit kind.
    pub score_sheets: SheetSet,
    /// QĐ3554 / QĐ9745 criteria catalogues.
    pub catalogues: CatalogueSet,
    /// Movement-model requirement (TT124 alone, or Sơn Dương's "rated Khá or better").
    pub models: ModelsPolicy,
    /// Roadmap of targets, if the province has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roadmap: Option<Roadmap>,
    /// Class targets over all classified units ("no unit Yếu", "100% Khá or better").
    #[serde(default)]
    pub class_targets: Vec<ClassTarget>,
    /// Whether registering to build a model unit requires last year's "An toàn" and Khá or
    /// better (Bắc Kạn's letter of 3/2023, §1).
    #[serde(default)]
    pub model_prerequisites: bool,
    /// Who decides, appraises and advises, where the province says (empty: national default).
    #[serde(default)]
    pub routing: RoutingPolicy,
    /// The province's calendar entries and overrides.
    #[serde(default)]
    pub calendar: CalendarPolicy,
    /// Dossier rules (e.g. Sơn La's tax confirmation).
    #[serde(default)]
    pub dossier: DossierPolicy,
    /// Which province file last set (or, for routing and calendar, added to) each part
    /// (`"roadmap": "son_la_2026"`); a part not listed is the national default built into the
    /// law modules.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub origins: BTreeMap<String, String>,
}

/// The names of the built-in province files, for [`Policy::preset`].
pub const PRESETS: [&str; 5] = [
    "national",
    "son_la_2026",
    "hung_yen_2026",
    "bac_kan_2023",
    "son_duong_2026",
];

impl Policy {
    /// What every province file ultimately extends: TT124, QĐ510 and QĐ3554 as the law modules
    /// build them in, with the crate's labelled provisional defaults where the texts are
    /// missing; no provincial document, addition, routing rule, calendar entry or roadmap. The
    /// embedded `national` file is read on top of it.
    pub fn base() -> Policy {
        Policy {
            name: "Mặc định toàn quốc".into(),
            key: None,
            years: None,
            regime: None,
            documents: Vec::new(),
            additions: Additions::none(),
            score_sheets: SheetSet::builtin(),
            catalogues: CatalogueSet::builtin(),
            models: ModelsPolicy::tt124(),
            roadmap: None,
            class_targets: Vec::new(),
            model_prerequisites: false,
            routing: RoutingPolicy::default(),
            calendar: CalendarPolicy::default(),
            dossier: DossierPolicy::default(),
            origins: BTreeMap::new(),
        }
    }

    /// The file that set `part` (`"routing"`, `"calendar"` …), or `None` when the part is the
    /// national default built into the law modules.
    pub fn origin(&self, part: &str) -> Option<&str> {
        self.origins.get(part).map(String::as_str)
    }

    /// Check every part, and that the policy fits `year` ([`Policy::fits`]).
    ///
    /// # Errors
    ///
    /// [`Policy::fits`]'s, then the first invalid part: a score sheet, a catalogue, the
    /// roadmap, a routing rule or a calendar entry (each names the part and field).
    pub fn validate(&self, year: i32) -> Result<(), Error> {
        self.fits(year)?;
        self.score_sheets.validate()?;
        self.catalogues.validate()?;
        if let Some(r) = &self.roadmap {
            r.validate()?;
        }
        self.routing
            .check_rules(Subject::Policy(self.name.clone()))?;
        self.calendar.validate()?;
        Ok(())
    }

    /// Check that the policy may be used for `year`: the years its files apply to, the regime
    /// it was written for, and no document it cites dated after `year`. Every single-unit call
    /// of the policy ([`Policy::decide_safety`], [`Policy::route`] …) checks this first.
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`] with the policy as subject and the field `regime`, `years` or
    /// `documents.<key>`.
    pub fn fits(&self, year: i32) -> Result<(), Error> {
        self.fits_regime(Regime::for_year(year), year, || {
            format!("the regime of {year}")
        })
    }

    /// [`Policy::fits`] for a decision on `date`: the regime is the one in force on that day
    /// (three-tier to 30/6/2025), the year is the date's.
    ///
    /// # Errors
    ///
    /// As [`Policy::fits`].
    pub fn fits_on(&self, date: chrono::NaiveDate) -> Result<(), Error> {
        use chrono::Datelike as _;
        self.fits_regime(Regime::on(date), date.year(), || {
            format!("the regime on {date}")
        })
    }

    fn fits_regime(
        &self,
        regime: Regime,
        year: i32,
        which: impl Fn() -> String,
    ) -> Result<(), Error> {
        let subject = || Subject::Policy(self.name.clone());
        if let Some(r) = self.regime {
            if r != regime {
                return Err(Error::invalid(
                    subject(),
                    "regime",
                    format!("{regime:?} ({})", which()),
                    format!("{r:?}"),
                ));
            }
        }
        if let Some(y) = self.years.filter(|y| !y.contains(year)) {
            return Err(Error::invalid(
                subject(),
                "years",
                format!(
                    "a year from {}{} (the years the province file applies to)",
                    y.from,
                    y.to.map(|t| format!(" to {t}")).unwrap_or_default()
                ),
                year,
            ));
        }
        if let Some(d) = self.documents.iter().find(|d| d.date.year > year) {
            return Err(Error::invalid(
                subject(),
                format!("documents.{}", d.key),
                format!("a document issued in or before {year}, the year evaluated"),
                d.date,
            ));
        }
        Ok(())
    }
}

#[cfg(feature = "json")]
impl Policy {
    /// The national default: the embedded `national` file.
    pub fn national() -> Policy {
        Policy::builtin("national")
    }

    /// Sơn La 2026 (the UBND-NC guidance, KH 10/KH-UBND and the PC Office plan): tax-debt
    /// exclusion and tax confirmation (§1b), no unit Yếu (§2b), the KH10 roadmap (§3a), the
    /// routing of §1c, §2c, §3b, the PC Office's 25/11 self-assessment.
    pub fn son_la_2026() -> Policy {
        Policy::builtin("son_la_2026")
    }

    /// Hưng Yên 2026 (07/BCĐ-CQTT): two-tier; the commune People's Committee organises the
    /// classification of villages, agencies, enterprises and schools (§1(2)).
    pub fn hung_yen_2026() -> Policy {
        Policy::builtin("hung_yen_2026")
    }

    /// Bắc Kạn 2023 (letter of 3/2023): three-tier; model-unit registration requires last
    /// year's "An toàn" and Khá or better; the 1/10 – 15/10 – 25/10 model-unit flow.
    pub fn bac_kan_2023() -> Policy {
        Policy::builtin("bac_kan_2023")
    }

    /// Sơn Dương commune 2026–2030 (54/KH-UBND): 100% register and ≥ 95% "An toàn" yearly, no
    /// unit Yếu, 100% Khá or better by 2030, models rated Khá or better, report before 15/10.
    pub fn son_duong_2026() -> Policy {
        Policy::builtin("son_duong_2026")
    }

    fn builtin(name: &str) -> Policy {
        match province::Loader::new().load(name) {
            Ok(p) => p,
            // The embedded files are checked by the test suite (`tests/province_files.rs`).
            Err(e) => panic!("embedded province file `{name}` does not load: {e}"),
        }
    }

    /// A built-in province file by name (see [`PRESETS`]), loaded like any other.
    ///
    /// # Errors
    ///
    /// An unknown preset name ([`Error::UnknownReference`], field `preset`).
    pub fn preset(name: &str) -> Result<Policy, Error> {
        if crate::provinces::file(name).is_none() {
            return Err(Error::unknown(
                Subject::Policy(name.to_owned()),
                "preset",
                format!("{name} (presets: {})", PRESETS.join(", ")),
            ));
        }
        province::Loader::new().load(name)
    }

    /// Read a province file (which may extend a built-in one, by default `national`).
    ///
    /// # Errors
    ///
    /// As [`province::Loader::load`]: malformed JSON, unknown fields, undeclared document keys or
    /// an invalid part, each naming the path.
    pub fn from_json(json: &str) -> Result<Policy, Error> {
        province::Loader::new().load_str("<policy>", json)
    }
}

#[cfg(not(feature = "json"))]
impl Policy {
    /// The national default ([`Policy::base`]; province files need the `json` feature).
    pub fn national() -> Policy {
        Policy::base()
    }
}
