//! One policy everywhere: the single-unit calls under a province's policy.
//!
//! The law modules take only the part of a policy they read (TT124 its [`Additions`](crate::law::tt124::Additions), QĐ510 a
//! score sheet, routing the routing rules and calendar), because the policy is built from them
//! and data flows one way. These methods are the entry points for one unit: they check that
//! the policy fits the year ([`Policy::fits`]) — the same check the year pipeline makes — and
//! hand each law module its part, so a province's additions, sheets, routing rules and
//! deadline overrides can never be left out by accident.
//!
//! ```
//! use antq::authority::Procedure;
//! use antq::law::tt124::Facts;
//! use antq::policy::Policy;
//! use antq::unit::{EnterpriseSize, ManagingLevel, Sector, Unit, UnitKind};
//! use antq::SafetyOutcome;
//! use rust_decimal::Decimal;
//!
//! let son_la = Policy::son_la_2026();
//! let size = EnterpriseSize::new(Sector::IndustryConstruction)
//!     .with_average_employees(Decimal::from(300))
//!     .with_revenue(Decimal::from(500_000_000_000u64));
//! let plant = Unit::new("dn-1", "Nhà máy A", UnitKind::enterprise(size), ManagingLevel::Province);
//! let mut facts = Facts::comfortably_met();
//! facts.tax_debt = Some(true);
//! let d = son_la.decide_safety(&plant, 2026, &facts).unwrap();
//! assert!(matches!(d.outcome, SafetyOutcome::ExcludedFromReview(_))); // Sơn La's tax rule
//! assert!(son_la.decide_safety(&plant, 2024, &facts).is_err()); // a 2026 policy
//! let r = son_la.route(Procedure::SafetyRecognition, &plant, 2026).unwrap();
//! assert_eq!(r.year(), 2026);
//! ```

use chrono::NaiveDate;

use super::Policy;
use crate::authority::{self, Competence, Procedure, RecordedDecision, Route};
use crate::error::{Error, Subject};
use crate::explain::{Decision, Finding, Status, Value};
use crate::law::qd3554::{self, ModelUnitFacts, ModelUnitOutcome};
use crate::law::qd510::{self, Classification, ScoreInput};
use crate::law::tt124::{self, Facts, UnitCounts};
use crate::models::{ModelsOutcome, MovementModel};
use crate::outcome::SafetyOutcome;
use crate::regime;
use crate::roadmap::{self, CategoryCounts, Progress};
use crate::unit::Unit;

impl Policy {
    /// "An toàn về ANTT" (TT124) for one unit in `year` under this policy's additions and
    /// readings. For a commune the Đ5 k4 counts are read from `facts.units`; use
    /// [`Policy::decide_commune`] to pass counts tallied from its units' decisions.
    ///
    /// # Errors
    ///
    /// The policy does not fit `year` ([`Policy::fits`]); otherwise those of
    /// [`tt124::decide`]: a year before 2022, an invalid unit or contradictory facts.
    pub fn decide_safety(
        &self,
        unit: &Unit,
        year: i32,
        facts: &Facts,
    ) -> Result<Decision<SafetyOutcome>, Error> {
        self.fits(year)?;
        tt124::decide(unit, year, facts, &self.additions)
    }

    /// [`Policy::decide_safety`] for a commune, with its Đ5 k4 counts given (e.g.
    /// [`UnitCounts::tally`] of its units' decisions).
    ///
    /// # Errors
    ///
    /// As [`Policy::decide_safety`]; also counts that contradict themselves.
    pub fn decide_commune(
        &self,
        commune: &Unit,
        year: i32,
        facts: &Facts,
        units: UnitCounts,
    ) -> Result<Decision<SafetyOutcome>, Error> {
        self.fits(year)?;
        tt124::decide_with_units(commune, year, facts, &self.additions, Some(units))
    }

    /// Movement classification (QĐ510) of one unit in `year` with this policy's score sheet for
    /// the unit's kind. `safety` is the unit's TT124 decision of the same year.
    ///
    /// # Errors
    ///
    /// The policy does not fit `year`; the policy has no sheet for the unit's kind; otherwise
    /// those of [`qd510::classify_with`].
    pub fn classify(
        &self,
        unit: &Unit,
        year: i32,
        safety: &Decision<SafetyOutcome>,
        input: &ScoreInput,
    ) -> Result<Decision<Classification>, Error> {
        self.fits(year)?;
        qd510::classify_with(unit, safety, input, &self.score_sheets)
    }

    /// Model unit (QĐ3554, or QĐ9745 before the switch year) for one unit in `year`, with the
    /// policy's catalogue in force; when the policy's provisional switch year chose the
    /// catalogue, a note says so, as in the year report.
    ///
    /// # Errors
    ///
    /// The policy does not fit `year`; no catalogue in force for the year and kind; otherwise
    /// those of [`qd3554::decide()`].
    pub fn decide_model_unit(
        &self,
        unit: &Unit,
        year: i32,
        facts: &ModelUnitFacts,
    ) -> Result<Decision<ModelUnitOutcome>, Error> {
        self.fits(year)?;
        let catalogue = self.catalogues.in_force(year, unit.tag())?;
        let mut d = qd3554::decide(unit, year, catalogue, facts)?;
        if let Some(note) = self.catalogues.switch_note(year) {
            d.findings
                .push(Finding::new(note, Status::Met, Value::None, Value::None));
        }
        Ok(d)
    }

    /// Review a unit's movement models in `year` under this policy's models rule (TT124 alone,
    /// or a province's "rated Khá or better").
    ///
    /// # Errors
    ///
    /// The policy does not fit `year` ([`Policy::fits`]).
    pub fn review_models(
        &self,
        unit: &Unit,
        year: i32,
        models: &[MovementModel],
    ) -> Result<Decision<ModelsOutcome>, Error> {
        self.fits(year)?;
        Ok(crate::models::review(
            &unit.id,
            unit.tag(),
            models,
            &self.models,
        ))
    }

    /// Who decides `procedure` for `unit` in `year`, by when and with which steps, on the
    /// decision date of the year (1 November): the national routing of TT124 Đ10 and QĐ510 with
    /// this policy's routing rules and calendar overrides applied (e.g. a province's earlier
    /// deadline).
    ///
    /// # Errors
    ///
    /// The policy does not fit `year`; a year chrono cannot represent; otherwise those of
    /// [`Policy::route_on`].
    pub fn route(&self, procedure: Procedure, unit: &Unit, year: i32) -> Result<Route, Error> {
        let date = regime::decision_date(year).ok_or_else(|| {
            Error::invalid(
                Subject::Unit(unit.id.clone()),
                "year",
                "a year chrono can represent",
                year,
            )
        })?;
        self.route_on(procedure, unit, date)
    }

    /// [`Policy::route`] on a given date (the regime is the one in force on `date`).
    ///
    /// # Errors
    ///
    /// The policy does not fit `date` ([`Policy::fits_on`]); an invalid unit ([`Unit::validate`]); a
    /// managing level the kind cannot have; a delegation that is not exactly one level down; a
    /// procedure that does not apply to the kind; a routing rule naming a calendar key the
    /// policy lacks.
    pub fn route_on(
        &self,
        procedure: Procedure,
        unit: &Unit,
        date: NaiveDate,
    ) -> Result<Route, Error> {
        self.fits_on(date)?;
        authority::route_with(procedure, unit, date, &self.routing, &self.calendar)
    }

    /// Check a recorded decision against the competent body under this policy's routing rules.
    ///
    /// # Errors
    ///
    /// The policy does not fit the date of the decision ([`Policy::fits_on`]); otherwise those of
    /// [`authority::check_competence_national`].
    pub fn check_competence(&self, decision: &RecordedDecision) -> Result<Competence, Error> {
        self.fits_on(decision.date)?;
        authority::check_competence_with(decision, &self.routing, &self.calendar)
    }

    /// Progress of this policy's roadmap in `year`.
    ///
    /// # Errors
    ///
    /// The policy does not fit `year`; the policy has no roadmap (field `roadmap`); otherwise
    /// those of [`roadmap::progress()`].
    pub fn progress(&self, year: i32, counts: &CategoryCounts) -> Result<Progress, Error> {
        self.fits(year)?;
        let rm = self.roadmap.as_ref().ok_or_else(|| {
            Error::missing(
                Subject::Policy(self.name.clone()),
                "roadmap",
                "a roadmap (this policy has none)",
            )
        })?;
        roadmap::progress(rm, year, counts)
    }
}
