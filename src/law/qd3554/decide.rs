//! Xét công nhận điển hình — the model-unit decision: registered, then every criterion of the
//! catalogue in force, each listed as a finding.

use crate::error::Error;
use crate::explain::{Decision, Finding, Status};
use crate::unit::Unit;

use super::catalogue::Catalogue;

pub use super::outcome::{
    ModelUnitFacts, ModelUnitOutcome, ALL_MET, ALL_MET_QD9745, ELIGIBLE_KIND, REGISTERED,
    REGISTERED_QD9745,
};

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
