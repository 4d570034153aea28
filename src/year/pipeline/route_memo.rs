//! Who decides a unit and by when, remembered per unit shape.
//!
//! For one decision date and one policy, the route of a unit the law has already validated on
//! that date (TT124 validates every unit before the unit stage routes it) depends only on its
//! kind, its managing level and its delegation: `national_route` reads nothing else of the
//! unit but its id, and the id only to name it in an error. So the deciders and last days of
//! both procedures are computed once per shape — by the same `decider_and_deadline` every
//! unit went through before. An error is never remembered: a unit whose shape has no
//! remembered route is routed afresh (once the unit is valid, only the policy's calendar can
//! fail — an override whose day the year lacks — and that error names the policy).

use chrono::NaiveDate;

use crate::authority::{decider_and_deadline, Body, Procedure};
use crate::error::Error;
use crate::policy::Policy;
use crate::unit::{KindTag, ManagingLevel, Unit};

/// Up to this many shapes are remembered (5 kinds × levels × delegations; a province has a
/// handful). Past it, a new shape is routed every time, as before.
const SHAPES: usize = 16;

/// What a route depends on, of a validated unit.
type Shape = (KindTag, ManagingLevel, Option<ManagingLevel>);

/// The deciders and last days of both procedures for one unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Routed {
    /// Who recognises the unit "An toàn về ANTT".
    pub recognised_by: Body,
    /// The last day of that decision.
    pub deadline: NaiveDate,
    /// Who classifies the unit's movement.
    pub classified_by: Body,
    /// The last day of the classification.
    pub classification_deadline: NaiveDate,
}

/// The routes of one decision date under one policy, remembered per unit shape — or, made
/// with [`RouteMemo::direct`], computed for every unit.
///
/// The policy is not stored: whoever keeps a remembering memo also keeps the policy borrowed
/// for as long (the [`Evaluator`](super::Evaluator) and
/// [`UnitEvaluator`](super::UnitEvaluator) of one run), so it cannot change under the memo.
#[derive(Debug)]
pub(super) struct RouteMemo {
    date: NaiveDate,
    remember: bool,
    shapes: Vec<(Shape, Routed)>,
}

impl RouteMemo {
    /// A memo of the routes on `date`, for one policy kept unchanged while it is used.
    pub(super) fn new(date: NaiveDate) -> RouteMemo {
        RouteMemo {
            date,
            remember: true,
            shapes: Vec::new(),
        }
    }

    /// Routes on `date` computed for every unit, nothing remembered (for callers that may
    /// pass another policy next time).
    pub(super) fn direct(date: NaiveDate) -> RouteMemo {
        RouteMemo {
            date,
            remember: false,
            shapes: Vec::new(),
        }
    }

    /// The route of `unit`, which must already be valid on the memo's date, under `policy`
    /// (the same policy at every call of a remembering memo).
    pub(super) fn route(&mut self, unit: &Unit, policy: &Policy) -> Result<Routed, Error> {
        if !self.remember {
            return route_unit(unit, self.date, policy);
        }
        let shape = (unit.tag(), unit.managed_by, unit.delegated_to);
        if let Some((_, r)) = self.shapes.iter().find(|(s, _)| *s == shape) {
            return Ok(*r);
        }
        let routed = route_unit(unit, self.date, policy)?;
        if self.shapes.len() < SHAPES {
            self.shapes.push((shape, routed));
        }
        Ok(routed)
    }
}

/// Both procedures' deciders and last days, computed.
pub(super) fn route_unit(unit: &Unit, date: NaiveDate, policy: &Policy) -> Result<Routed, Error> {
    let route = |p| decider_and_deadline(p, unit, date, &policy.routing, &policy.calendar);
    let (recognised_by, r) = route(Procedure::SafetyRecognition)?;
    let (classified_by, c) = route(Procedure::MovementClassification)?;
    Ok(Routed {
        recognised_by,
        deadline: r.last_day(),
        classified_by,
        classification_deadline: c.last_day(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::regime::decision_date;
    use crate::year::synthetic;

    /// TT124 Đ10 (who decides) and Đ9 (by when): the remembered route of every unit of a
    /// synthetic province is the route computed for that unit, under every preset, in years on
    /// both sides of the 1/7/2025 regime change — the first unit of a shape fills the memo, the
    /// others read it.
    #[test]
    fn tt124_d10_remembered_routes_equal_computed_ones() {
        let province = synthetic::province(&synthetic::Shape::small(), 2026, 3);
        for name in ["national", "son_la_2026", "bac_kan_2023"] {
            let policy = Policy::preset(name).unwrap();
            for year in [2024, 2025, 2026, 2027] {
                let date = decision_date(year).unwrap();
                let mut memo = RouteMemo::new(date);
                for u in province
                    .units
                    .iter()
                    .filter(|u| u.unit.validate(date).is_ok())
                {
                    let computed = route_unit(&u.unit, date, &policy);
                    assert_eq!(memo.route(&u.unit, &policy), computed, "{name} {year}");
                }
                assert!(memo.shapes.len() > 1, "{name} {year}: shapes remembered");
            }
        }
    }

    /// A direct memo remembers nothing and gives the computed route.
    #[test]
    fn a_direct_memo_computes_every_route() {
        let province = synthetic::province(&synthetic::Shape::small(), 2026, 3);
        let policy = Policy::son_la_2026();
        let date = decision_date(2026).unwrap();
        let mut memo = RouteMemo::direct(date);
        for u in province
            .units
            .iter()
            .filter(|u| u.unit.validate(date).is_ok())
        {
            assert_eq!(
                memo.route(&u.unit, &policy),
                route_unit(&u.unit, date, &policy)
            );
        }
        assert!(memo.shapes.is_empty());
    }

    /// An error is not remembered: the memo holds exactly the shapes whose route succeeded.
    #[test]
    fn errors_are_not_remembered() {
        let province = synthetic::province(&synthetic::Shape::small(), 2026, 3);
        let date = decision_date(2026).unwrap();
        let first = &province.units[0].unit;
        let key = crate::authority::national_route(Procedure::SafetyRecognition, first, date)
            .unwrap()
            .deadline
            .key;
        let mut policy = Policy::national();
        let source = crate::citation::Source::reported(crate::citation::Citation::instrument(
            crate::citation::Instrument::Tt124,
        ));
        let never = crate::calendar::DateOverride {
            date: crate::calendar::AnnualDate { month: 2, day: 30 },
            source,
        };
        policy.calendar.overrides.insert(key.into_owned(), never);
        let mut memo = RouteMemo::new(date);
        let mut errors = 0;
        for u in &province.units {
            if u.unit.validate(date).is_ok() {
                let r = memo.route(&u.unit, &policy);
                assert_eq!(r, route_unit(&u.unit, date, &policy));
                errors += usize::from(r.is_err());
            }
        }
        assert!(errors > 1, "several units met the override's error");
        let valid = province
            .units
            .iter()
            .filter(|u| u.unit.validate(date).is_ok());
        let mut routed: Vec<Shape> = valid
            .filter(|u| route_unit(&u.unit, date, &policy).is_ok())
            .map(|u| (u.unit.tag(), u.unit.managed_by, u.unit.delegated_to))
            .collect();
        routed.sort_unstable_by_key(|s| format!("{s:?}"));
        routed.dedup();
        let mut kept: Vec<Shape> = memo.shapes.iter().map(|(s, _)| *s).collect();
        kept.sort_unstable_by_key(|s| format!("{s:?}"));
        assert!(!routed.is_empty(), "some shapes route despite the override");
        assert_eq!(kept, routed, "only the shapes that routed are remembered");
    }
}
