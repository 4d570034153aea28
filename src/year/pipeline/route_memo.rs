//! Who decides a unit and by when, remembered per unit shape.
//!
//! For one decision date and one policy, the route of a unit the law has already validated on
//! that date (TT124 validates every unit before the unit stage routes it) depends only on its
//! kind, its managing level and its delegation: `national_route` reads nothing else of the
//! unit but its id, and the id only to name it in an error. So the deciders and last days of
//! both procedures are computed once per shape — by the same `decider_and_deadline` every
//! unit went through before — and an error is never remembered (every unit that meets one
//! gets its own, naming it).

use chrono::NaiveDate;

use crate::authority::{decider_and_deadline, Body, Procedure};
use crate::calendar::CalendarPolicy;
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

/// The date and the parts of the policy a route reads: what the remembered routes hold for.
#[derive(Debug, Clone, PartialEq)]
struct Stamp {
    date: NaiveDate,
    routing: crate::authority::RoutingPolicy,
    calendar: CalendarPolicy,
}

/// The remembered routes of one date and policy.
#[derive(Debug, Default)]
pub(super) struct RouteMemo {
    stamp: Option<Stamp>,
    len: usize,
    shapes: [Option<(Shape, Routed)>; SHAPES],
}

impl RouteMemo {
    /// Make the memo hold for `date` and `policy`: unchanged when it already does (compared by
    /// value, so a policy changed in place between two calls is noticed), else emptied.
    pub(super) fn hold_for(&mut self, date: NaiveDate, policy: &Policy) {
        let same = self.stamp.as_ref().is_some_and(|s| {
            s.date == date && s.routing == policy.routing && s.calendar == policy.calendar
        });
        if !same {
            self.stamp = Some(Stamp {
                date,
                routing: policy.routing.clone(),
                calendar: policy.calendar.clone(),
            });
            self.len = 0;
            self.shapes = [None; SHAPES];
        }
    }

    /// The route of `unit`, which must already be valid on the date the memo holds for (see
    /// [`RouteMemo::hold_for`]; `policy` must be the one given there).
    pub(super) fn route(&mut self, unit: &Unit, policy: &Policy) -> Result<Routed, Error> {
        let Some(stamp) = &self.stamp else {
            unreachable!("a route memo is used only after `hold_for`")
        };
        let date = stamp.date;
        let shape = (unit.tag(), unit.managed_by, unit.delegated_to);
        let known = self.shapes[..self.len].iter().flatten();
        if let Some((_, r)) = known.into_iter().find(|(s, _)| *s == shape) {
            return Ok(*r);
        }
        let routed = route_unit(unit, date, policy)?;
        if self.len < SHAPES {
            self.shapes[self.len] = Some((shape, routed));
            self.len += 1;
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
                let mut memo = RouteMemo::default();
                memo.hold_for(date, &policy);
                for u in province.units.iter().filter(|u| u.unit.validate(date).is_ok()) {
                    let computed = route_unit(&u.unit, date, &policy);
                    assert_eq!(memo.route(&u.unit, &policy), computed, "{name} {year}");
                }
                assert!(memo.len > 1, "{name} {year}: shapes remembered");
            }
        }
    }

    /// A memo is emptied when the date or the policy's routing or calendar change, also when
    /// the policy is changed in place (compared by value, not by address).
    #[test]
    fn a_changed_policy_or_date_empties_the_memo() {
        let province = synthetic::province(&synthetic::Shape::small(), 2026, 3);
        let unit = &province.units[0].unit;
        let mut policy = Policy::national();
        let date = decision_date(2026).unwrap();
        let mut memo = RouteMemo::default();
        memo.hold_for(date, &policy);
        memo.route(unit, &policy).unwrap();
        assert_eq!(memo.len, 1);
        memo.hold_for(date, &policy);
        assert_eq!(memo.len, 1, "same date and policy: kept");
        memo.hold_for(decision_date(2027).unwrap(), &policy);
        assert_eq!(memo.len, 0, "another date: emptied");
        memo.route(unit, &policy).unwrap();
        policy.routing = Policy::son_la_2026().routing;
        memo.hold_for(decision_date(2027).unwrap(), &policy);
        assert_eq!(memo.len, 0, "the policy's routing changed in place: emptied");
        memo.route(unit, &policy).unwrap();
        policy.calendar = Policy::son_la_2026().calendar;
        memo.hold_for(decision_date(2027).unwrap(), &policy);
        assert_eq!(memo.len, 0, "the policy's calendar changed in place: emptied");
    }

    /// An error is not remembered: a second unit of the same shape meets its own error.
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
        let mut memo = RouteMemo::default();
        memo.hold_for(date, &policy);
        let mut errors = 0;
        for u in &province.units {
            if u.unit.validate(date).is_ok() {
                let r = memo.route(&u.unit, &policy);
                assert_eq!(r, route_unit(&u.unit, date, &policy));
                errors += usize::from(r.is_err());
            }
        }
        assert!(errors > 1, "several units met the override's error");
    }
}
