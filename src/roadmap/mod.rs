//! Lộ trình — roadmaps of targets by year and category, progress, shortfall and what-if.
//!
//! A [`Roadmap`] is data: a name, a span of years and [`Target`]s. Each target is a minimum share
//! p % of the units of a [`Category`] that must reach a [`Metric`] in a year, counted on an
//! [`Basis::Annual`] or [`Basis::Cumulative`] basis:
//!
//! - **Annual** — units that reached it in that year's own decisions (e.g. recognised "An toàn
//!   về ANTT" this year, registered this year, recognised as a model unit this year).
//! - **Cumulative** (model units only) — units **holding** the model-unit title in that year:
//!   recognised this year, or recognised in an earlier year and not lost since. A unit that lost
//!   the title does not count until it is recognised again ("rebuilt"). See [`status`].
//!
//! Progress ([`progress()`]) gives, per target, the achieved count and share, the required
//! count — the least integer k with k·100 ≥ p·N, computed exactly in integers even for a p such
//! as 74.99 — the shortfall in units and whether the target is met, with its citation.
//!
//! ```
//! use antq::roadmap::{progress, Category, CategoryCounts, Metric, Roadmap, Tally};
//! // 56 of 75 communes recognised in 2026: KH10 needs ⌈75 % × 75⌉ = 57.
//! let counts = CategoryCounts::default().with(
//!     Category::Communes,
//!     Tally::of(75)
//!         .with_annual(Metric::ModelUnit, 56)
//!         .with_annual(Metric::ModelUnitRegistered, 75),
//! );
//! let p = progress(&Roadmap::kh10_son_la(), 2026, &counts).unwrap();
//! let t = p.iter().find(|t| t.target == "kh10.2026.communes.model_unit").unwrap();
//! assert_eq!((t.required, t.shortfall, t.met), (57, 1, false));
//! ```
//!
//! Two presets ship: [`Roadmap::kh10_son_la`] (KH10 Sơn La, read via Sơn La …/UBND-NC §3a) and
//! [`Roadmap::son_duong_2026_2030`] (Sơn Dương 54/KH-UBND §II.2). Any roadmap can be loaded from JSON
//! ([`Roadmap::from_json`]).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::citation::Source;
use crate::error::{Error, Subject};
use crate::explain::Lang;
use crate::unit::KindTag;

#[cfg(feature = "json")]
mod presets;
pub mod progress;
pub mod status;

pub use progress::{
    closest_to_qualifying, progress, required_count, what_if, Candidate, Need, Progress,
    TargetProgress,
};
pub use status::{holds, must_rebuild, CategoryCounts, LostStatus, ModelEvent, Tally, UnitRecord};

/// Nhóm đơn vị — the units a target counts over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Category {
    /// Xã, phường, đặc khu — commune-level units.
    Communes,
    /// Cơ quan, doanh nghiệp, cơ sở giáo dục — agencies, enterprises and schools.
    Organisations,
    /// Khu dân cư (thôn, bản, tổ dân phố).
    ResidentialAreas,
    /// Xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục — KH10's "all".
    CommunesAndOrganisations,
    /// Thôn, cơ quan, doanh nghiệp, cơ sở giáo dục — a commune plan's "all" (Sơn Dương 54/KH-UBND).
    ResidentialAreasAndOrganisations,
}

impl Category {
    /// Every category.
    pub const ALL: [Category; 5] = [
        Category::Communes,
        Category::Organisations,
        Category::ResidentialAreas,
        Category::CommunesAndOrganisations,
        Category::ResidentialAreasAndOrganisations,
    ];

    /// Whether units of this kind belong to the category.
    pub fn includes(self, kind: KindTag) -> bool {
        match self {
            Category::Communes => kind == KindTag::Commune,
            Category::Organisations => kind.is_organisation(),
            Category::ResidentialAreas => kind == KindTag::ResidentialArea,
            Category::CommunesAndOrganisations => {
                kind == KindTag::Commune || kind.is_organisation()
            }
            Category::ResidentialAreasAndOrganisations => {
                kind == KindTag::ResidentialArea || kind.is_organisation()
            }
        }
    }

    /// The categories a combined category is made of (`None` for a simple one).
    pub fn parts(self) -> Option<&'static [Category]> {
        match self {
            Category::CommunesAndOrganisations => {
                Some(&[Category::Communes, Category::Organisations])
            }
            Category::ResidentialAreasAndOrganisations => {
                Some(&[Category::ResidentialAreas, Category::Organisations])
            }
            _ => None,
        }
    }

    /// Stable code (the JSON name).
    pub fn code(self) -> &'static str {
        match self {
            Category::Communes => "communes",
            Category::Organisations => "organisations",
            Category::ResidentialAreas => "residential_areas",
            Category::CommunesAndOrganisations => "communes_and_organisations",
            Category::ResidentialAreasAndOrganisations => "residential_areas_and_organisations",
        }
    }

    /// Name for a person.
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Category::Communes, Lang::Vi) => "xã, phường",
            (Category::Organisations, Lang::Vi) => "cơ quan, doanh nghiệp, cơ sở giáo dục",
            (Category::ResidentialAreas, Lang::Vi) => "khu dân cư",
            (Category::CommunesAndOrganisations, Lang::Vi) => {
                "xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục"
            }
            (Category::ResidentialAreasAndOrganisations, Lang::Vi) => {
                "thôn, cơ quan, doanh nghiệp, cơ sở giáo dục"
            }
            (Category::Communes, Lang::En) => "communes",
            (Category::Organisations, Lang::En) => "agencies, enterprises and schools",
            (Category::ResidentialAreas, Lang::En) => "residential areas",
            (Category::CommunesAndOrganisations, Lang::En) => {
                "communes, agencies, enterprises and schools"
            }
            (Category::ResidentialAreasAndOrganisations, Lang::En) => {
                "residential areas, agencies, enterprises and schools"
            }
        }
    }
}

/// Chỉ tiêu đo — what a target counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Metric {
    /// Đăng ký xây dựng điển hình — registered to build a model unit.
    ModelUnitRegistered,
    /// Đạt điển hình — recognised as (annual) or holding (cumulative) the model-unit title.
    ModelUnit,
    /// Đăng ký phấn đấu "An toàn về ANTT" (TT124).
    SafetyRegistered,
    /// Được công nhận "An toàn về ANTT".
    SafetyRecognised,
    /// Được phân loại phong trào và không phải loại Yếu (a unit not classified does not count).
    NotYeu,
    /// Phân loại phong trào từ Khá trở lên.
    KhaOrBetter,
    /// Có ít nhất 01 mô hình hiệu quả xếp loại Khá trở lên (see [`crate::models`]).
    EffectiveModelRated,
}

impl Metric {
    /// Every metric, in declaration order (the order counts list them).
    pub const ALL: [Metric; 7] = [
        Metric::ModelUnitRegistered,
        Metric::ModelUnit,
        Metric::SafetyRegistered,
        Metric::SafetyRecognised,
        Metric::NotYeu,
        Metric::KhaOrBetter,
        Metric::EffectiveModelRated,
    ];

    /// Stable code (the JSON name).
    pub fn code(self) -> &'static str {
        match self {
            Metric::ModelUnitRegistered => "model_unit_registered",
            Metric::ModelUnit => "model_unit",
            Metric::SafetyRegistered => "safety_registered",
            Metric::SafetyRecognised => "safety_recognised",
            Metric::NotYeu => "not_yeu",
            Metric::KhaOrBetter => "kha_or_better",
            Metric::EffectiveModelRated => "effective_model_rated",
        }
    }

    /// Name for a person.
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Metric::ModelUnitRegistered, Lang::Vi) => "đăng ký xây dựng điển hình",
            (Metric::ModelUnit, Lang::Vi) => "đạt điển hình",
            (Metric::SafetyRegistered, Lang::Vi) => "đăng ký \"An toàn về ANTT\"",
            (Metric::SafetyRecognised, Lang::Vi) => "đạt \"An toàn về ANTT\"",
            (Metric::NotYeu, Lang::Vi) => "không phân loại Yếu",
            (Metric::KhaOrBetter, Lang::Vi) => "phân loại Khá trở lên",
            (Metric::EffectiveModelRated, Lang::Vi) => "có mô hình hiệu quả xếp loại Khá trở lên",
            (Metric::ModelUnitRegistered, Lang::En) => "registered to build a model unit",
            (Metric::ModelUnit, Lang::En) => "model unit",
            (Metric::SafetyRegistered, Lang::En) => "registered for \"An toàn về ANTT\"",
            (Metric::SafetyRecognised, Lang::En) => "recognised \"An toàn về ANTT\"",
            (Metric::NotYeu, Lang::En) => "not classified Weak",
            (Metric::KhaOrBetter, Lang::En) => "classified Good or better",
            (Metric::EffectiveModelRated, Lang::En) => "an effective model rated Good or better",
        }
    }
}

/// Cách tính — annual (this year's decisions) or cumulative (holding the title).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Trong năm — reached in that year's decisions.
    Annual,
    /// Lũy kế / duy trì — holding the model-unit title that year (recognised this year, or
    /// earlier and not lost since).
    Cumulative,
}

/// Chỉ tiêu — one target: at least `min_share` % of the units of `category` reach `metric` in
/// `year`, on `basis`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct Target {
    /// Stable id, e.g. `kh10.2028.organisations.model_unit`.
    pub id: Cow<'static, str>,
    /// The year.
    #[serde(deserialize_with = "crate::strict::year")]
    pub year: i32,
    /// Units counted.
    pub category: Category,
    /// What is counted.
    pub metric: Metric,
    /// Annual or cumulative.
    pub basis: Basis,
    /// Minimum share, in percent (0–100, exact; e.g. `74.99`).
    #[serde(deserialize_with = "crate::strict::decimal")]
    pub min_share: Decimal,
    /// Citation and provenance.
    pub source: Source,
}

/// Lộ trình — a named roadmap over a span of years.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct Roadmap {
    /// Name used in errors and reports.
    pub name: Cow<'static, str>,
    /// First year.
    #[serde(deserialize_with = "crate::strict::year")]
    pub from_year: i32,
    /// Last year.
    #[serde(deserialize_with = "crate::strict::year")]
    pub to_year: i32,
    /// The targets.
    pub targets: Vec<Target>,
}

impl Roadmap {
    /// The targets of one year, in order.
    pub fn targets_in(&self, year: i32) -> impl Iterator<Item = &Target> {
        self.targets.iter().filter(move |t| t.year == year)
    }

    /// Whether `year` is within the roadmap.
    pub fn covers(&self, year: i32) -> bool {
        year >= self.from_year && year <= self.to_year
    }

    /// Check the roadmap: a name, `from_year ≤ to_year`, at least one target, unique target ids,
    /// every target's year inside the span, shares within 0–100, cumulative only for model
    /// units, no two targets for the same year, category, metric and basis, and cumulative
    /// targets that never decrease from one year to a later one (same category and metric).
    ///
    /// # Errors
    ///
    /// The first rule above the roadmap breaks, naming the roadmap and the field.
    pub fn validate(&self) -> Result<(), Error> {
        let subject = || Subject::Roadmap(self.name.to_string());
        if self.name.trim().is_empty() {
            return Err(Error::missing(
                subject(),
                "name",
                "a non-empty roadmap name",
            ));
        }
        if self.to_year < self.from_year {
            return Err(Error::invalid(
                subject(),
                "to_year",
                "a year not before from_year",
                self.to_year,
            ));
        }
        if self.targets.is_empty() {
            return Err(Error::missing(subject(), "targets", "at least one target"));
        }
        let field = |id: &str, f: &str| Cow::Owned(format!("targets.{id}.{f}"));
        // Sets and maps of what came before, so validation stays linear in the targets.
        let mut ids: HashSet<&str> = HashSet::with_capacity(self.targets.len());
        let mut slots: HashMap<(i32, Category, Metric, Basis), &Target> = HashMap::new();
        for t in &self.targets {
            if t.id.trim().is_empty() {
                return Err(Error::missing(
                    subject(),
                    "targets.id",
                    "a non-empty target id",
                ));
            }
            if !ids.insert(t.id.as_ref()) {
                return Err(Error::duplicate(subject(), "targets.id", &t.id));
            }
            if !self.covers(t.year) {
                return Err(Error::invalid(
                    subject(),
                    field(&t.id, "year"),
                    format!("a year in {}–{}", self.from_year, self.to_year),
                    t.year,
                ));
            }
            if t.min_share < Decimal::ZERO || t.min_share > Decimal::ONE_HUNDRED {
                return Err(Error::invalid(
                    subject(),
                    field(&t.id, "min_share"),
                    "a share between 0 and 100 percent",
                    t.min_share,
                ));
            }
            if t.basis == Basis::Cumulative && t.metric != Metric::ModelUnit {
                return Err(Error::invalid(
                    subject(),
                    field(&t.id, "basis"),
                    "annual (only model-unit targets can be cumulative)",
                    "cumulative",
                ));
            }
            if let Some(o) = slots
                .get(&(t.year, t.category, t.metric, t.basis))
                .copied()
                .or_else(|| {
                    slots.insert((t.year, t.category, t.metric, t.basis), t);
                    None
                })
            {
                return Err(Error::duplicate(
                    subject(),
                    "targets",
                    format!(
                        "{} (same year, category, metric and basis as {})",
                        t.id, o.id
                    ),
                ));
            }
        }
        // Cumulative targets never decrease: per (category, metric), the highest share set in
        // any earlier year, found by binary search over the targets sorted by year.
        let mut series: HashMap<(Category, Metric), Vec<&Target>> = HashMap::new();
        for t in self.targets.iter().filter(|t| t.basis == Basis::Cumulative) {
            series.entry((t.category, t.metric)).or_default().push(t);
        }
        let mut highest: HashMap<(Category, Metric), Vec<(i32, &Target)>> = HashMap::new();
        for (key, mut ts) in series {
            ts.sort_by_key(|t| t.year);
            let mut best: Option<&Target> = None;
            let prefix = ts
                .into_iter()
                .map(|t| {
                    // `best` covers the years up to and including t.year; the lookup below
                    // asks for years strictly before.
                    if best.is_none_or(|b| t.min_share > b.min_share) {
                        best = Some(t);
                    }
                    (t.year, best.unwrap_or(t))
                })
                .collect();
            highest.insert(key, prefix);
        }
        for t in self.targets.iter().filter(|t| t.basis == Basis::Cumulative) {
            let before = highest.get(&(t.category, t.metric)).and_then(|p| {
                let n = p.partition_point(|(y, _)| *y < t.year);
                n.checked_sub(1).map(|k| p[k].1)
            });
            if let Some(o) = before.filter(|o| o.min_share > t.min_share) {
                return Err(Error::invalid(
                    subject(),
                    field(&t.id, "min_share"),
                    format!(
                        "at least {}% (cumulative targets never decrease; see {})",
                        o.min_share, o.id
                    ),
                    t.min_share,
                ));
            }
        }
        Ok(())
    }

    /// Read a roadmap from JSON and validate it.
    ///
    /// # Errors
    ///
    /// Malformed JSON ([`Error::Parse`]) or an invalid roadmap ([`Roadmap::validate`]).
    #[cfg(feature = "json")]
    pub fn from_json(json: &str) -> Result<Roadmap, Error> {
        let r: Roadmap =
            crate::json::parse(Subject::Roadmap("<json>".to_owned()), json.as_bytes())?;
        r.validate()?;
        Ok(r)
    }
}

#[cfg(test)]
mod tests {
    use super::Metric;

    /// `Metric::ALL` lists every metric once, in declaration order (a new metric fails to
    /// compile here until it is placed).
    #[test]
    fn every_metric_is_listed_once_in_order() {
        let place = |m: Metric| match m {
            Metric::ModelUnitRegistered => 0,
            Metric::ModelUnit => 1,
            Metric::SafetyRegistered => 2,
            Metric::SafetyRecognised => 3,
            Metric::NotYeu => 4,
            Metric::KhaOrBetter => 5,
            Metric::EffectiveModelRated => 6,
        };
        for (i, m) in Metric::ALL.into_iter().enumerate() {
            assert_eq!(place(m), i, "{m:?}");
        }
        assert!(Metric::ALL.windows(2).all(|w| w[0] < w[1]));
    }
}
