//! Thẩm quyền — whether a recorded decision was taken by the competent body.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::CalendarPolicy;
use crate::error::{Error, Subject};
use crate::explain::{Criterion, Finding, Status, Value};
use crate::unit::{Unit, UnitId};

use super::plans::TT124_D10_K1;
use super::{route_with, Body, Procedure, Route, RoutingPolicy};

/// Quyết định đã ban hành — a decision as recorded: what, on whom, by which body, when.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedDecision {
    /// The procedure.
    pub procedure: Procedure,
    /// The unit decided on.
    pub unit: Unit,
    /// The body that signed.
    pub body: Body,
    /// The date of the decision.
    pub date: NaiveDate,
}

/// Kết quả kiểm tra thẩm quyền — whether the recorded body was competent.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competence {
    /// The unit.
    pub unit: UnitId,
    /// The body that signed.
    pub recorded: Body,
    /// Whether it was the competent body.
    pub competent: bool,
    /// The route on the decision date (its `decider` is the competent body).
    pub route: Route,
}

impl Competence {
    /// The body that is competent.
    pub fn competent_body(&self) -> Body {
        self.route.decider
    }

    /// The check as a finding: observed = the recorded body, required = the competent one,
    /// cited to the routing rule.
    pub fn finding(&self) -> Finding {
        let source = self
            .route
            .basis
            .first()
            .cloned()
            .unwrap_or_else(|| TT124_D10_K1.clone());
        Finding::new(
            Criterion {
                id: Cow::Borrowed(competence_id(self.route.procedure)),
                source,
                vi: Cow::Borrowed("Cơ quan ra quyết định đúng thẩm quyền"),
                en: Cow::Borrowed("Decision made by the competent body"),
            },
            if self.competent {
                Status::Met
            } else {
                Status::NotMet
            },
            Value::Text(Cow::Borrowed(self.recorded.code())),
            Value::Text(Cow::Borrowed(self.route.decider.code())),
        )
    }
}

fn competence_id(p: Procedure) -> &'static str {
    match p {
        Procedure::SafetyRecognition => "authority.safety_recognition",
        Procedure::MovementClassification => "authority.movement_classification",
        Procedure::ModelUnitRecognition => "authority.model_unit_recognition",
        Procedure::Commendation => "authority.commendation",
    }
}

/// Check a recorded decision against the **national default** routing only: route it on its
/// date and compare bodies. Under a province's policy use
/// [`Policy::check_competence`](crate::policy::Policy::check_competence), which applies its
/// routing rules.
///
/// # Errors
///
/// A body that did not exist on the date (a district body from 1/7/2025) is an error on the
/// field `body`, as are all the errors of [`super::national_route`].
pub fn check_competence_national(decision: &RecordedDecision) -> Result<Competence, Error> {
    check_competence_with(
        decision,
        &RoutingPolicy::default(),
        &CalendarPolicy::default(),
    )
}

/// [`check_competence_national`] under a province's routing and calendar ([`route_with`]).
pub(crate) fn check_competence_with(
    decision: &RecordedDecision,
    routing: &RoutingPolicy,
    calendar: &CalendarPolicy,
) -> Result<Competence, Error> {
    if !decision.body.exists_on(decision.date) {
        return Err(Error::invalid(
            Subject::Unit(decision.unit.id.clone()),
            "body",
            "a body that exists on the decision date (no district level from 1/7/2025)",
            format!("{} on {}", decision.body.code(), decision.date),
        ));
    }
    let route = route_with(
        decision.procedure,
        &decision.unit,
        decision.date,
        routing,
        calendar,
    )?;
    Ok(Competence {
        unit: decision.unit.id.clone(),
        recorded: decision.body,
        competent: route.decider == decision.body,
        route,
    })
}
