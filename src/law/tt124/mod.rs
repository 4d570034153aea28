//! "An toàn về an ninh, trật tự" — recognition under Thông tư 124/2021/TT-BCA.
//!
//! [`decide`] answers, for one unit and year: is it subject to the standard (Đ1 k2, with NĐ80
//! for enterprise size), is it reviewed at all (registration, provincial exclusions and
//! required documents under Đ8 k1), and does it meet **every** criterion of its article
//! (Đ4 residential areas, Đ5 communes, Đ6 agencies and enterprises, Đ7 schools). The decision
//! lists one finding per criterion of the article, in the article's order, then one per
//! provincial rule, plus a provisional note when the crate's reading of the Labour Code's
//! disciplinary scale decided a criterion.
//!
//! ```
//! use antq::law::tt124::{decide, Additions, Facts};
//! use antq::unit::{ManagingLevel, Unit, UnitKind};
//! use antq::SafetyOutcome;
//!
//! let area = Unit::new("ths-1", "Tổ dân phố 1", UnitKind::ResidentialArea, ManagingLevel::Commune)
//!     .in_commune("p-1");
//! let facts = Facts { registered: Some(false), ..Facts::default() };
//! let d = decide(&area, 2026, &facts, &Additions::none()).unwrap();
//! assert!(matches!(d.outcome, SafetyOutcome::ExcludedFromReview(_)));
//! ```

pub mod additions;
mod applicability;
mod articles;
mod checks;
pub mod criteria;
pub mod discipline;
pub mod facts;

pub use additions::{AdditionalRule, Additions, Effect};
pub use applicability::applicability;
pub use checks::at_least_seventy;
pub use facts::{
    Accident, AccidentKind, CollectiveRating, Event, Facts, SeriousCrime, SubUnits, UnitCounts,
};

use crate::error::{Error, Subject};
use crate::explain::{Decision, Finding, Status};
use crate::outcome::{ExclusionReason, SafetyOutcome};
use crate::regime::decision_date;
use crate::unit::{Unit, UnitKind};

/// Decide one unit for one year. For a commune, the Đ5 k4 counts are read from
/// `facts.units`; use [`decide_with_units`] to pass counts tallied from the units' decisions.
pub fn decide(
    unit: &Unit,
    year: i32,
    facts: &Facts,
    additions: &Additions,
) -> Result<Decision<SafetyOutcome>, Error> {
    decide_with_units(unit, year, facts, additions, facts.units)
}

/// [`decide`], with the commune's Đ5 k4 counts given explicitly (ignored for other kinds).
pub fn decide_with_units(
    unit: &Unit,
    year: i32,
    facts: &Facts,
    additions: &Additions,
    units: Option<UnitCounts>,
) -> Result<Decision<SafetyOutcome>, Error> {
    let mut findings = Vec::with_capacity(28);
    let outcome = decide_into(unit, year, facts, additions, units, &mut findings)?;
    Ok(Decision {
        unit: unit.id.clone(),
        outcome,
        findings,
    })
}

/// [`decide_with_units`] writing the findings into `findings` (cleared first) and returning
/// only the outcome — for callers that decide many units and reuse one buffer.
pub fn decide_into(
    unit: &Unit,
    year: i32,
    facts: &Facts,
    additions: &Additions,
    units: Option<UnitCounts>,
    findings: &mut Vec<Finding>,
) -> Result<SafetyOutcome, Error> {
    findings.clear();
    // TT124 is in force from 10/02/2022 (it replaced TT 23/2012/TT-BCA): 2022 is its first year.
    let date = decision_date(year)
        .filter(|_| year >= 2022)
        .ok_or_else(|| {
            Error::invalid(
                Subject::Unit(unit.id.clone()),
                "year",
                "a year from 2022 (TT124 in force from 10/02/2022)",
                year,
            )
        })?;
    unit.validate(date)?;
    facts.validate(&unit.id)?;
    if let Some(c) = units {
        c.validate(&unit.id)?;
    }

    if let Some(reason) = applicability(unit, findings)? {
        return Ok(SafetyOutcome::NotSubject(reason));
    }

    let provisional = match &unit.kind {
        UnitKind::ResidentialArea => articles::residential(&unit.id, facts, findings)?,
        UnitKind::Commune { .. } => articles::commune(&unit.id, facts, units, findings)?,
        UnitKind::Agency { .. } | UnitKind::Enterprise { .. } => {
            articles::organisation(&unit.id, facts, findings)?
        }
        UnitKind::School { level, .. } => {
            articles::school(&unit.id, facts, level.is_general_education(), findings)?
        }
    };
    if provisional {
        findings.push(Finding::new(
            &discipline::WORKER_EQUIVALENCE,
            Status::Met,
            crate::explain::Value::None,
            crate::explain::Value::None,
        ));
    }

    let tag = unit.tag();
    let mut provincial_exclusion = None;
    let mut missing_document = None;
    for rule in additions
        .rules
        .iter()
        .filter(|r| r.applies_to.contains(&tag))
    {
        let (finding, excl) = additions::check(rule, facts);
        findings.push(finding);
        match excl {
            Some(e @ ExclusionReason::ProvincialExclusion(_)) if provincial_exclusion.is_none() => {
                provincial_exclusion = Some(e)
            }
            Some(e @ ExclusionReason::MissingDocument(_)) if missing_document.is_none() => {
                missing_document = Some(e)
            }
            _ => {}
        }
    }

    let outcome = if let Some(e) = provincial_exclusion {
        SafetyOutcome::ExcludedFromReview(e)
    } else if facts.registered == Some(false) {
        SafetyOutcome::ExcludedFromReview(ExclusionReason::NotRegistered)
    } else if let Some(e) = missing_document {
        SafetyOutcome::ExcludedFromReview(e)
    } else if findings.iter().any(|f| f.status == Status::NotMet) {
        SafetyOutcome::NotRecognised
    } else if findings.iter().any(|f| f.status == Status::Unknown) {
        SafetyOutcome::CannotDecide
    } else {
        SafetyOutcome::Recognised
    };
    Ok(outcome)
}

impl UnitCounts {
    /// Tally the Đ5 k4 counts from the decisions of a commune's units: units not subject are
    /// left out; a unit excluded for not registering counts as unregistered; every other
    /// exclusion (tax debt, incomplete dossier) counts as registered but not recognised; a unit
    /// that cannot be decided yet counts as undecided.
    pub fn tally<'a>(outcomes: impl IntoIterator<Item = &'a SafetyOutcome>) -> UnitCounts {
        let mut c = UnitCounts::default();
        for o in outcomes {
            c.add(o);
        }
        c
    }

    /// Count one more unit's outcome, as [`UnitCounts::tally`] does.
    pub fn add(&mut self, o: &SafetyOutcome) {
        match o {
            SafetyOutcome::NotSubject(_) => return,
            SafetyOutcome::ExcludedFromReview(ExclusionReason::NotRegistered) => {}
            SafetyOutcome::Recognised => {
                self.registered += 1;
                self.recognised += 1;
            }
            SafetyOutcome::CannotDecide => {
                self.registered += 1;
                self.undecided += 1;
            }
            SafetyOutcome::ExcludedFromReview(_) | SafetyOutcome::NotRecognised => {
                self.registered += 1
            }
        }
        self.total += 1;
    }
}
