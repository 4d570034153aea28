//! "An toàn về an ninh, trật tự" — recognition under Thông tư 124/2021/TT-BCA.
//!
//! [`decide`] answers, for one unit and year: is it subject to the standard (Đ1 k2, with NĐ80
//! for enterprise size), is it reviewed at all (registration, provincial exclusions and
//! required documents under Đ8 k1), and does it meet **every** criterion of its article
//! (Đ4 residential areas, Đ5 communes, Đ6 agencies and enterprises, Đ7 schools). The decision
//! lists one finding per criterion of the article, in the article's order, then one per
//! provincial rule, plus a provisional note whenever one of the crate's readings decided a
//! criterion: the Labour Code's disciplinary scale, or a [`Readings`] choice of an ambiguous
//! clause (DESIGN.md §13).
//!
//! The intended path is [`Policy::decide_safety`](crate::policy::Policy::decide_safety), which
//! checks that the policy fits the year and passes its [`Additions`] here; [`decide`] is the
//! law-level form for callers that hold the additions themselves.
//!
//! ```
//! use antq::law::tt124::Facts;
//! use antq::unit::{ManagingLevel, Unit, UnitKind};
//! use antq::{Citation, Instrument, Policy, SafetyOutcome, Status};
//!
//! let area = Unit::new("ths-1", "Tổ dân phố 1", UnitKind::ResidentialArea, ManagingLevel::Commune)
//!     .in_commune("p-1");
//! let mut facts = Facts::comfortably_met();
//! facts.registered = Some(false);
//! let d = Policy::national().decide_safety(&area, 2026, &facts).unwrap();
//! // TT124 knows "đạt" and "chưa đạt" only: not registering fails the registration criterion.
//! assert_eq!(d.outcome, SafetyOutcome::NotRecognised);
//! let d4_k1 = Citation::clause(Instrument::Tt124, 4, 1);
//! assert_eq!(d.status_of(&d4_k1), Some(Status::NotMet));
//! assert!(d.findings.iter().any(|f| f.criterion.id == "antq.reading.d8_k1_unregistered"));
//! ```

pub mod additions;
mod applicability;
mod articles;
mod checks;
mod compact;
pub mod criteria;
pub mod discipline;
mod ended;
pub mod facts;
mod facts_build;
pub mod readings;

pub use additions::{AdditionalRule, Additions, Effect};
pub use applicability::applicability;
pub use checks::at_least_seventy;
pub use compact::{decide_compact, CompactDecision};
pub use facts::{
    Accident, AccidentKind, CollectiveRating, Event, Facts, SeriousCrime, SubUnits, UnitCounts,
};
pub use readings::Readings;

use crate::error::{Error, Subject};
use crate::explain::{Decision, Finding, Note, Record, Summary, Tracking};
use crate::outcome::SafetyOutcome;
use crate::regime::decision_date;
use crate::unit::{Unit, UnitKind};
use ended::Ended;
use readings::UnregisteredReading;

/// Decide one unit for one year. For a commune, the Đ5 k4 counts are read from
/// `facts.units`; use [`decide_with_units`] to pass counts tallied from the units' decisions.
///
/// # Errors
///
/// An [`Error`] naming the unit and the field: a year before 2022 (`year`), an invalid unit
/// ([`Unit::validate`]), contradictory facts ([`Facts::validate`]), enterprise size data NĐ80
/// cannot read, a disciplinary form that does not exist on the person's scale
/// (`discipline[i].form`).
pub fn decide(
    unit: &Unit,
    year: i32,
    facts: &Facts,
    additions: &Additions,
) -> Result<Decision<SafetyOutcome>, Error> {
    decide_with_units(unit, year, facts, additions, facts.units)
}

/// [`decide`], with the commune's Đ5 k4 counts given explicitly (ignored for other kinds).
///
/// # Errors
///
/// As [`decide`]; also counts that do not nest ([`UnitCounts::validate`]).
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
///
/// One pass of the rule code records both the findings and the compact decision
/// ([`CompactDecision`]); in debug builds — every test — the two are checked against each
/// other, so every explanation test also pins the compact form.
///
/// # Errors
///
/// As [`decide_with_units`].
pub fn decide_into(
    unit: &Unit,
    year: i32,
    facts: &Facts,
    additions: &Additions,
    units: Option<UnitCounts>,
    findings: &mut Vec<Finding>,
) -> Result<SafetyOutcome, Error> {
    let d = compact::decide_both(unit, year, facts, additions, units, findings)?;
    Ok(d.outcome())
}

/// The decision through any recorder: validate, applicability, the article's criteria, the
/// readings' notes, the provincial rules, the outcome. The one rule code behind both the full
/// and the compact decision.
///
/// Inlined, with every check it calls, into each recorder's entry point, so that a compact
/// recorder's few words stay in registers instead of being written back after each criterion.
/// The ending borrows an exclusion's id from `additions` ([`Ended`]).
#[inline(always)]
pub(crate) fn decide_with<'a, R: Record + Summary>(
    unit: &Unit,
    year: i32,
    facts: &Facts,
    additions: &'a Additions,
    units: Option<UnitCounts>,
    out: &mut R,
) -> Result<Ended<'a>, Error> {
    // TT124 is in force from 10/02/2022 (it replaced TT 23/2012/TT-BCA): 2022 is its first year.
    let Some(date) = decision_date(year).filter(|_| year >= 2022) else {
        return Err(year_before_tt124(unit, year));
    };
    unit.validate(date)?;
    facts.validate(&unit.id)?;
    if let Some(c) = units {
        c.validate(&unit.id)?;
    }

    let mut out = Tracking::new(out);
    if let Some(reason) = applicability::record(unit, &mut out)? {
        return Ok(Ended::NotSubject(reason));
    }

    let r = &additions.readings;
    let decided = match &unit.kind {
        UnitKind::ResidentialArea => articles::residential(&unit.id, facts, r, &mut out)?,
        UnitKind::Commune { .. } => articles::commune(&unit.id, facts, r, units, &mut out)?,
        // Đ6 serves agencies (one applicability criterion) and enterprises (three, with
        // NĐ80's): one arm each, so that each kind's path places the article's criteria at
        // constant places (DESIGN §28.3).
        UnitKind::Agency { .. } => articles::organisation(&unit.id, facts, r, &mut out)?,
        UnitKind::Enterprise { .. } => articles::organisation(&unit.id, facts, r, &mut out)?,
        UnitKind::School { level, .. } => {
            articles::school(&unit.id, facts, r, level.is_general_education(), &mut out)?
        }
    };
    if decided.worker {
        out.note(Note::Worker, &discipline::WORKER_EQUIVALENCE);
    }
    if decided.sanction {
        out.note(Note::Sanction, r.d6_k3_h.criterion());
    }
    if decided.crime {
        out.note(Note::Crime, r.d7_k4.criterion());
    }
    if decided.force {
        out.note(Note::Force, r.d6_k4_protection_force.criterion());
    }
    if decided.party {
        out.note(Note::Party, r.party_organisation.criterion());
    }

    let tag = unit.tag();
    let mut provincial_exclusion = None;
    let mut missing_document = None;
    for rule in additions
        .rules
        .iter()
        .filter(|r| r.applies_to.contains(&tag))
    {
        match additions::record(rule, facts, &mut out) {
            Some(e @ Ended::ProvincialExclusion(_)) if provincial_exclusion.is_none() => {
                provincial_exclusion = Some(e)
            }
            Some(e @ Ended::MissingDocument(_)) if missing_document.is_none() => {
                missing_document = Some(e)
            }
            _ => {}
        }
    }

    // Đ8 k1: how an unregistered unit ends is a reading (not recognised by default).
    let unregistered = facts.registered == Some(false) && provincial_exclusion.is_none();
    if unregistered {
        out.note(Note::Unregistered, r.d8_k1_unregistered.criterion());
    }
    let outcome = if let Some(e) = provincial_exclusion {
        e
    } else if unregistered && r.d8_k1_unregistered == UnregisteredReading::ExcludedFromReview {
        Ended::NotRegistered
    } else if let Some(e) = missing_document {
        e
    } else if out.any_not_met() {
        Ended::NotRecognised
    } else if out.any_unknown() {
        Ended::CannotDecide
    } else {
        Ended::Recognised
    };
    Ok(outcome)
}

#[cold]
#[inline(never)]
fn year_before_tt124(unit: &Unit, year: i32) -> Error {
    Error::invalid(
        Subject::Unit(unit.id.clone()),
        "year",
        "a year from 2022 (TT124 in force from 10/02/2022)",
        year,
    )
}

impl UnitCounts {
    /// Tally the Đ5 k4 counts from a commune's units, each given as its own registration fact
    /// (yes / no / not given) and its decision: units not subject are left out; registration
    /// is counted from the fact, never from the outcome (a unit excluded for tax debt that did
    /// not register is unregistered; one whose registration is not given is counted as
    /// unknown); recognition from the outcome, with "cannot decide yet" counted as undecided.
    ///
    /// ```
    /// use antq::law::tt124::UnitCounts;
    /// use antq::SafetyOutcome;
    /// let c = UnitCounts::tally([
    ///     (Some(true), &SafetyOutcome::Recognised),
    ///     (None, &SafetyOutcome::CannotDecide),
    /// ]);
    /// assert_eq!((c.total, c.registered, c.registration_unknown, c.undecided), (2, 1, 1, 1));
    /// ```
    pub fn tally<'a>(
        units: impl IntoIterator<Item = (Option<bool>, &'a SafetyOutcome)>,
    ) -> UnitCounts {
        let mut c = UnitCounts::default();
        for (registered, o) in units {
            c.add(registered, o);
        }
        c
    }

    /// Count one more unit, as [`UnitCounts::tally`] does. A recognised unit has necessarily
    /// met its registration criterion, so it counts as registered.
    pub fn add(&mut self, registered: Option<bool>, o: &SafetyOutcome) {
        if matches!(o, SafetyOutcome::NotSubject(_)) {
            return;
        }
        self.total += 1;
        match (registered, o) {
            (Some(true), _) | (_, SafetyOutcome::Recognised) => self.registered += 1,
            (None, _) => self.registration_unknown += 1,
            (Some(false), _) => {}
        }
        match o {
            SafetyOutcome::Recognised => self.recognised += 1,
            SafetyOutcome::CannotDecide => self.undecided += 1,
            _ => {}
        }
    }
}
