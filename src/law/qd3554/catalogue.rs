//! Bộ tiêu chí điển hình — the model-unit criteria catalogues, as data.
//!
//! The signed texts of QĐ3554 (from 2025) and QĐ9745 (2023–2024) were not available (LAW.md §8).
//! What is known: QĐ3554 has **12 criteria in 4 groups, all required** (Sơn La PC Office plan §II); QĐ9745 was a
//! provisional set with one catalogue for communes and one for agencies, enterprises and schools
//! (Bắc Kạn 3/2023 §1). The library therefore ships **placeholder** catalogues — ids and groups only,
//! every criterion labelled as a placeholder with provenance
//! [`Provisional`](crate::citation::Provenance::Provisional) — and lets the caller replace any
//! of them from JSON with the signed texts ([`Catalogue::from_json`]).
//!
//! Provisional split: the group sizes of QĐ3554 are unknown; the placeholders put 3 criteria in
//! each of the 4 groups (`qd3554.g1` … `qd3554.g4`, criteria `qd3554.c01` … `qd3554.c12`). The
//! QĐ9745 commune placeholder holds the **34** criteria reported for it, in one group (its
//! grouping is unknown); the QĐ9745 agency, enterprise and school placeholder copies the
//! QĐ3554 shape (nothing about it is known).
//!
//! Which catalogue is in force follows the year ([`CatalogueSet::in_force`]): QĐ9745 from 2023,
//! QĐ3554 from the **switch year** ([`CatalogueSet::qd3554_from`]). QĐ3554 was signed on
//! 19/5/2025, before the 2025 results were decided in the autumn, but QĐ9745 is reported in use
//! into 2025: which of the two governed 2025 is not known. The built-in catalogues put the
//! switch at 2025 — a labelled provisional default ([`SWITCH_DEFAULT`], shown whenever it decided
//! a year); a policy sets the year it knows. Years before 2023 are an error.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Instrument, Source};
use crate::error::{Error, Subject};
use crate::explain::{Criterion, CriterionRef, Lang};
use crate::unit::KindTag;

/// Number of criteria reported for the QĐ9745 commune set.
pub const QD9745_COMMUNE_CRITERIA_COUNT: usize = 34;

/// The first year any model-unit catalogue is in force (QĐ9745, signed 28/12/2022).
pub const FIRST_YEAR: i32 = 2023;
/// The library's default first year of QĐ3554 (signed 19/5/2025, before the 2025 results were
/// decided) — **provisional**: QĐ9745 is reported in use into 2025. A policy may set another
/// year ([`CatalogueSet::qd3554_from`]).
pub const QD3554_FROM: i32 = 2025;

/// The provisional default switch year QĐ9745 → QĐ3554; appears as a finding whenever it decided
/// which catalogue applied (the year 2025, when the policy does not set the switch).
pub static SWITCH_DEFAULT: Criterion = Criterion {
    id: Cow::Borrowed("antq.provisional.qd3554_from"),
    source: Source::provisional(Citation::instrument(Instrument::Qd3554)),
    vi: Cow::Borrowed(
        "Giá trị tạm thời của thư viện: bộ tiêu chí Quyết định 3554 áp dụng từ năm 2025 \
         (Quyết định 9745 được báo cáo vẫn dùng trong năm 2025; tỉnh có thể đặt năm khác)",
    ),
    en: Cow::Borrowed(
        "Library's provisional default: the QĐ3554 criteria apply from 2025 (QĐ9745 is reported \
         in use into 2025; a province may set another year)",
    ),
};

/// Ids the model-unit decision uses for its own findings (registration, eligibility, summary,
/// the default switch year); a catalogue may not use them for a criterion.
pub const RESERVED_IDS: [&str; 6] = [
    "antq.provisional.qd3554_from",
    "qd3554.registered",
    "qd9745.registered",
    "qd3554.all_criteria_met",
    "qd9745.all_criteria_met",
    "qd3554.eligible_kind",
];

/// Khoảng năm áp dụng — the years a catalogue is in force, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct YearRange {
    /// First year in force.
    #[serde(deserialize_with = "crate::strict::year")]
    pub from: i32,
    /// Last year in force; `None` while still in force.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::strict::opt_year"
    )]
    pub until: Option<i32>,
}

impl YearRange {
    /// Whether `year` falls in the range.
    pub fn contains(self, year: i32) -> bool {
        year >= self.from && self.until.is_none_or(|u| year <= u)
    }

    pub(super) fn overlaps(self, other: YearRange) -> bool {
        let a_end = self.until.unwrap_or(i32::MAX);
        let b_end = other.until.unwrap_or(i32::MAX);
        self.from <= b_end && other.from <= a_end
    }
}

/// Nhóm tiêu chí — a group ("nhóm lĩnh vực") of criteria in a catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct CriteriaGroup {
    /// Stable id, e.g. `qd3554.g1`.
    pub id: Cow<'static, str>,
    /// Vietnamese label.
    pub vi: Cow<'static, str>,
    /// English label.
    pub en: Cow<'static, str>,
}

impl CriteriaGroup {
    /// Label in the given language.
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// Tiêu chí trong bộ tiêu chí — one criterion of a catalogue: the group it belongs to and the
/// [`Criterion`] itself (id, source, labels). In JSON the criterion's fields sit beside `group`:
/// `{"group": "g1", "id": "c1", "source": {…}, "vi": "…", "en": "…"}`.
///
/// The criterion is shared ([`CriterionRef`]): the built-in placeholders point to `static`
/// criteria and a catalogue read from JSON holds each criterion behind an `Arc`, so a decision's
/// findings copy a pointer (or bump a count) and never copy text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct CatalogueCriterion {
    /// Id of the group it belongs to (must be declared in [`Catalogue::groups`]).
    pub group: Cow<'static, str>,
    /// The criterion (id, citation + provenance, labels), shared with every finding on it.
    #[serde(flatten)]
    pub criterion: CriterionRef,
}

/// Bộ tiêu chí — a catalogue of model-unit criteria: every criterion must be met.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct Catalogue {
    /// Name used in errors and reports, e.g. `qd3554`.
    pub name: Cow<'static, str>,
    /// The instrument the catalogue belongs to (QĐ3554, QĐ9745, or another the caller loads).
    pub instrument: Instrument,
    /// Years in force.
    pub in_force: YearRange,
    /// Unit kinds the catalogue covers (communes and/or agencies, enterprises, schools).
    pub applies_to: Vec<KindTag>,
    /// Groups, in order.
    pub groups: Vec<CriteriaGroup>,
    /// Criteria, in order; each belongs to a declared group.
    pub criteria: Vec<CatalogueCriterion>,
}

impl Catalogue {
    /// Whether every criterion of the catalogue is a provisional placeholder.
    pub fn is_placeholder(&self) -> bool {
        self.criteria
            .iter()
            .all(|c| c.criterion.source.is_provisional())
    }

    /// The criterion with the given id.
    pub fn criterion(&self, id: &str) -> Option<&CatalogueCriterion> {
        self.criteria.iter().find(|c| c.criterion.id == id)
    }

    /// The criteria of one group, in order.
    pub fn group_criteria<'a>(
        &'a self,
        group: &'a str,
    ) -> impl Iterator<Item = &'a CatalogueCriterion> + 'a {
        self.criteria.iter().filter(move |c| c.group == group)
    }

    /// Whether the catalogue covers units of this kind.
    pub fn covers(&self, kind: KindTag) -> bool {
        self.applies_to.contains(&kind)
    }

    /// Read a catalogue from JSON (e.g. the signed text of QĐ3554) and validate it.
    ///
    /// # Errors
    ///
    /// Malformed JSON ([`Error::Parse`]), an unknown or duplicated field, or an invalid catalogue
    /// ([`Catalogue::validate`]).
    #[cfg(feature = "json")]
    pub fn from_json(json: &str) -> Result<Catalogue, Error> {
        let c: Catalogue =
            crate::json::parse(Subject::Catalogue("<json>".to_owned()), json.as_bytes())?;
        c.validate()?;
        Ok(c)
    }
}

/// Các bộ tiêu chí theo năm — the catalogues a province uses, each with its years and kinds.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct CatalogueSet {
    /// The catalogues; no two may cover the same kind in the same year.
    pub catalogues: Vec<Catalogue>,
    /// Năm chuyển QĐ9745 → QĐ3554 — the first year decided under QĐ3554. When set, it moves
    /// the boundary between the two national instruments whatever their catalogues' own ranges
    /// say: QĐ9745 catalogues end the year before, QĐ3554 catalogues begin that year. `None`:
    /// the catalogues' own ranges, which for the built-in placeholders is the provisional
    /// default [`QD3554_FROM`] (2025).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qd3554_from: Option<i32>,
}

impl CatalogueSet {
    /// The built-in placeholders: QĐ9745 (communes; agencies, enterprises, schools) for
    /// 2023–2024 and QĐ3554 from 2025.
    pub fn builtin() -> CatalogueSet {
        CatalogueSet {
            catalogues: vec![
                Catalogue::qd9745_communes(),
                Catalogue::qd9745_organisations(),
                Catalogue::qd3554(),
            ],
            qd3554_from: None,
        }
    }

    /// The built-in placeholders with the switch to QĐ3554 in `year`.
    pub fn builtin_switching_in(year: i32) -> CatalogueSet {
        CatalogueSet {
            qd3554_from: Some(year),
            ..CatalogueSet::builtin()
        }
    }

    /// The years a catalogue is in force in this set: its own range, with the boundary between
    /// QĐ9745 and QĐ3554 moved to the switch year when one is set.
    pub fn effective_range(&self, c: &Catalogue) -> YearRange {
        match (self.qd3554_from, c.instrument) {
            (Some(y), Instrument::Qd9745) => YearRange {
                from: c.in_force.from,
                until: Some(y - 1),
            },
            (Some(y), Instrument::Qd3554) => YearRange {
                from: y,
                until: c.in_force.until,
            },
            _ => c.in_force,
        }
    }

    /// The first year decided under QĐ3554 in this set (the switch year, else the default).
    pub fn switch_year(&self) -> i32 {
        self.qd3554_from.unwrap_or(QD3554_FROM)
    }

    /// The provisional default switch year, when it decided which catalogue applies in `year`:
    /// the switch is not set and the year is 2025 (QĐ9745 under the other reading).
    pub fn switch_note(&self, year: i32) -> Option<&'static Criterion> {
        (self.qd3554_from.is_none() && year == QD3554_FROM).then_some(&SWITCH_DEFAULT)
    }

    /// The instrument whose model-unit criteria are in force in `year` under this set's switch.
    ///
    /// # Errors
    ///
    /// A year before 2023, when no model-unit criteria existed.
    pub fn instrument_for(&self, year: i32) -> Result<Instrument, Error> {
        instrument_switching(year, self.switch_year())
    }

    /// Replace the catalogue with the same name (or add it when none has that name), then
    /// validate the whole set.
    ///
    /// # Errors
    ///
    /// The new set is invalid ([`CatalogueSet::validate`]); the set is then left with the catalogue
    /// replaced.
    pub fn replace(&mut self, catalogue: Catalogue) -> Result<(), Error> {
        catalogue.validate()?;
        match self
            .catalogues
            .iter_mut()
            .find(|c| c.name == catalogue.name)
        {
            Some(slot) => *slot = catalogue,
            None => self.catalogues.push(catalogue),
        }
        self.validate()
    }

    /// The catalogue in force in `year` for units of `kind`.
    ///
    /// Errors: a year before 2023 (no model-unit criteria existed), a residential area (no
    /// model-unit title exists for it), or no catalogue covering that year and kind.
    ///
    /// # Errors
    ///
    /// A year before 2023, a residential area, or no catalogue covering that year and kind.
    pub fn in_force(&self, year: i32, kind: KindTag) -> Result<&Catalogue, Error> {
        if year < FIRST_YEAR {
            return Err(Error::invalid(
                Subject::Catalogue("model-unit catalogues".to_owned()),
                "year",
                "2023 or later (QĐ9745 from 2023, QĐ3554 from 2025)",
                year,
            ));
        }
        if kind == KindTag::ResidentialArea {
            return Err(Error::invalid(
                Subject::Catalogue("model-unit catalogues".to_owned()),
                "kind",
                "commune, agency, enterprise or school",
                "residential_area",
            ));
        }
        self.catalogues
            .iter()
            .find(|c| self.effective_range(c).contains(year) && c.covers(kind))
            .ok_or_else(|| {
                Error::unknown(
                    Subject::Catalogue("model-unit catalogues".to_owned()),
                    "catalogues",
                    format!("a catalogue for {kind:?} in {year}"),
                )
            })
    }

    /// Read a set of catalogues from JSON and validate it.
    ///
    /// # Errors
    ///
    /// Malformed JSON ([`Error::Parse`]) or an invalid set ([`CatalogueSet::validate`]).
    #[cfg(feature = "json")]
    pub fn from_json(json: &str) -> Result<CatalogueSet, Error> {
        let s: CatalogueSet =
            crate::json::parse(Subject::Catalogue("<json>".to_owned()), json.as_bytes())?;
        s.validate()?;
        Ok(s)
    }
}

/// The instrument whose model-unit criteria are in force in `year` under the library's default
/// switch: QĐ9745 for 2023–2024, QĐ3554 from 2025 (provisional; see
/// [`CatalogueSet::instrument_for`] for a policy's switch); an error before 2023.
///
/// # Errors
///
/// A year before 2023.
pub fn instrument_for_year(year: i32) -> Result<Instrument, Error> {
    instrument_switching(year, QD3554_FROM)
}

fn instrument_switching(year: i32, switch: i32) -> Result<Instrument, Error> {
    if year < FIRST_YEAR {
        Err(Error::invalid(
            Subject::Catalogue("model-unit catalogues".to_owned()),
            "year",
            "2023 or later (QĐ9745 from 2023, QĐ3554 from 2025)",
            year,
        ))
    } else if year < switch {
        Ok(Instrument::Qd9745)
    } else {
        Ok(Instrument::Qd3554)
    }
}
