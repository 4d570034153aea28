//! Xét công nhận điển hình — the model-unit decision: registered, then every criterion of the
//! catalogue in force, each listed as a finding.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Instrument, Source};
use crate::error::Error;
use crate::explain::{Criterion, Decision, Describe, Finding, Lang, Status};
use crate::unit::Unit;

use super::catalogue::Catalogue;

/// Kinds eligible for the model-unit title: communes (xã, phường, đặc khu), agencies,
/// enterprises and schools — not residential areas (Sơn La …/UBND-NC §3; Sơn La PC Office plan names QĐ3554's scope).
pub static ELIGIBLE_KIND: Criterion = Criterion {
    id: Cow::Borrowed("qd3554.eligible_kind"),
    source: Source::reported(Citation::instrument(Instrument::Qd3554)),
    vi: Cow::Borrowed("Loại đơn vị được xây dựng điển hình (xã, phường, đặc khu, cơ quan, doanh nghiệp, cơ sở giáo dục)"),
    en: Cow::Borrowed("Kind of unit that can become a model unit (commune, agency, enterprise, school)"),
};

/// Registered to build a model unit this year (QĐ3554 era: Sơn La …/UBND-NC §3a, KH10).
pub static REGISTERED: Criterion = Criterion {
    id: Cow::Borrowed("qd3554.registered"),
    source: Source::reported(Citation::instrument(Instrument::Qd3554)),
    vi: Cow::Borrowed("Đã đăng ký xây dựng đơn vị điển hình trong năm"),
    en: Cow::Borrowed("Registered to build a model unit this year"),
};

/// Registered to build a model unit this year (QĐ9745 era: Bắc Kạn 3/2023 §1, registration in Q1).
pub static REGISTERED_QD9745: Criterion = Criterion {
    id: Cow::Borrowed("qd9745.registered"),
    source: Source::reported(Citation::instrument(Instrument::Qd9745)),
    vi: Cow::Borrowed("Đã đăng ký xây dựng đơn vị điển hình trong quý I"),
    en: Cow::Borrowed("Registered in the first quarter to build a model unit"),
};

/// Every criterion of the catalogue is met — QĐ3554: 12 criteria in 4 groups, all required
/// (Sơn La PC Office plan §II).
pub static ALL_MET: Criterion = Criterion {
    id: Cow::Borrowed("qd3554.all_criteria_met"),
    source: Source::reported(Citation::instrument(Instrument::Qd3554)),
    vi: Cow::Borrowed("Đạt đủ tất cả tiêu chí của Bộ tiêu chí"),
    en: Cow::Borrowed("Every criterion of the catalogue met"),
};

/// Every criterion of the catalogue is met — QĐ9745 era (Bắc Kạn 3/2023 §1: units meeting all criteria
/// are proposed).
pub static ALL_MET_QD9745: Criterion = Criterion {
    id: Cow::Borrowed("qd9745.all_criteria_met"),
    source: Source::reported(Citation::instrument(Instrument::Qd9745)),
    vi: Cow::Borrowed("Đạt đủ tất cả tiêu chí của Bộ tiêu chí tạm thời"),
    en: Cow::Borrowed("Every criterion of the provisional catalogue met"),
};

/// Dữ liệu xét điển hình — one unit's facts for one year: whether it registered and, per
/// criterion id of the catalogue in force, whether the criterion is met. A criterion left out
/// is "unknown"; an id that is not in the catalogue is an error.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct ModelUnitFacts {
    /// Đăng ký xây dựng điển hình — registered to build a model unit this year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered: Option<bool>,
    /// Criterion id → met.
    #[serde(default, deserialize_with = "crate::strict::unique_map")]
    pub criteria: BTreeMap<String, bool>,
}

/// Kết quả xét điển hình — the model-unit outcome for one unit and year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ModelUnitOutcome {
    /// Không thuộc diện — residential areas have no model-unit title.
    NotEligible,
    /// Không xét — the unit did not register this year.
    NotRegistered,
    /// Chưa đạt — at least one criterion not met.
    NotRecognised,
    /// Đạt điển hình — every criterion met.
    Recognised,
    /// Chưa đủ dữ liệu — no criterion failed but some facts are missing.
    CannotDecide,
}

impl ModelUnitOutcome {
    /// Whether the unit is recognised as a model unit.
    pub fn is_recognised(self) -> bool {
        self == ModelUnitOutcome::Recognised
    }

    /// A stable code for tables and counts.
    pub fn code(self) -> &'static str {
        match self {
            ModelUnitOutcome::NotEligible => "not_eligible",
            ModelUnitOutcome::NotRegistered => "not_registered",
            ModelUnitOutcome::NotRecognised => "not_recognised",
            ModelUnitOutcome::Recognised => "recognised",
            ModelUnitOutcome::CannotDecide => "cannot_decide",
        }
    }
}

impl Describe for ModelUnitOutcome {
    fn describe(&self, lang: Lang) -> Cow<'static, str> {
        Cow::Borrowed(match (self, lang) {
            (ModelUnitOutcome::NotEligible, Lang::Vi) => {
                "không thuộc diện xây dựng điển hình (khu dân cư)"
            }
            (ModelUnitOutcome::NotEligible, Lang::En) => {
                "not eligible for the model-unit title (residential area)"
            }
            (ModelUnitOutcome::NotRegistered, Lang::Vi) => {
                "không xét điển hình: chưa đăng ký xây dựng"
            }
            (ModelUnitOutcome::NotRegistered, Lang::En) => {
                "not reviewed as a model unit: did not register"
            }
            (ModelUnitOutcome::NotRecognised, Lang::Vi) => "chưa đạt tiêu chí điển hình",
            (ModelUnitOutcome::NotRecognised, Lang::En) => "not recognised as a model unit",
            (ModelUnitOutcome::Recognised, Lang::Vi) => "đạt tiêu chí điển hình",
            (ModelUnitOutcome::Recognised, Lang::En) => "recognised as a model unit",
            (ModelUnitOutcome::CannotDecide, Lang::Vi) => "chưa đủ dữ liệu để xét điển hình",
            (ModelUnitOutcome::CannotDecide, Lang::En) => {
                "cannot decide the model-unit title yet (facts missing)"
            }
        })
    }
}

/// Xét công nhận đơn vị điển hình — decide whether `unit` qualifies as a model unit in `year`
/// under `catalogue`.
///
/// Findings, in order: registration, then one per catalogue criterion (met / not met / unknown
/// when the fact is missing; their sources are provisional while the catalogue is a
/// placeholder), then "every criterion met" with the count. A unit that did not register is
/// `NotRegistered` (its criteria are still listed, for the what-if); a residential area is
/// `NotEligible`.
///
/// Errors: the catalogue is not in force in `year` or does not cover the unit's kind; a
/// criterion id in `facts` that the catalogue does not have (`UnknownReference`, field
/// `criteria`).
///
/// ```
/// use antq::law::qd3554::{decide, Catalogue, ModelUnitFacts, ModelUnitOutcome};
/// use antq::unit::{CommuneType, ManagingLevel, Unit, UnitKind};
/// let commune = Unit::new("xa-1", "Xã A", UnitKind::Commune { commune_type: CommuneType::Xa },
///     ManagingLevel::Province);
/// let cat = Catalogue::qd3554();
/// let mut facts = ModelUnitFacts { registered: Some(true), ..Default::default() };
/// for c in &cat.criteria { facts.criteria.insert(c.criterion.id.to_string(), true); }
/// let d = decide(&commune, 2026, &cat, &facts).unwrap();
/// assert_eq!(d.outcome, ModelUnitOutcome::Recognised);
/// assert_eq!(d.provisional().count(), 12); // placeholders are never silent
/// ```
///
/// # Errors
///
/// The catalogue is not in force in `year` or does not cover the unit's kind; a criterion id in
/// `facts` the catalogue does not have ([`Error::UnknownReference`], field `criteria`); an invalid
/// unit ([`Unit::validate`]).
pub fn decide(
    unit: &Unit,
    year: i32,
    catalogue: &Catalogue,
    facts: &ModelUnitFacts,
) -> Result<Decision<ModelUnitOutcome>, Error> {
    let mut findings = Vec::with_capacity(catalogue.criteria.len() + 2);
    let outcome = decide_into(unit, year, catalogue, facts, &mut findings)?;
    Ok(Decision {
        unit: unit.id.clone(),
        outcome,
        findings,
    })
}

/// [`decide`] writing the findings into `findings` (cleared first) and returning only the
/// outcome — for callers that decide many units and reuse one buffer.
///
/// # Errors
///
/// As [`decide`].
pub fn decide_into(
    unit: &Unit,
    year: i32,
    catalogue: &Catalogue,
    facts: &ModelUnitFacts,
    findings: &mut Vec<Finding>,
) -> Result<ModelUnitOutcome, Error> {
    findings.clear();
    super::record::decide_recorded(unit, year, catalogue, facts, findings)
}

/// Số tiêu chí chưa đạt — how many catalogue criteria of a model-unit decision are not met or
/// not known yet (registration and the summary finding are not counted). Used to rank the units
/// closest to qualifying.
pub fn unmet_criteria(decision: &Decision<ModelUnitOutcome>) -> usize {
    decision
        .findings
        .iter()
        .filter(|f| is_catalogue_finding(f) && matches!(f.status, Status::NotMet | Status::Unknown))
        .count()
}

/// Whether a finding of a model-unit decision is one of the catalogue's criteria (not the
/// registration, eligibility or summary finding).
pub fn is_catalogue_finding(f: &Finding) -> bool {
    !super::catalogue::RESERVED_IDS.contains(&f.criterion.id.as_ref())
}
