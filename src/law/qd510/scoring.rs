//! Scoring a sheet for one unit: the items in sheet order (a group before its sub-items, its
//! status after them), the points looked up in sheet order, each deduction applied or waived.

use std::borrow::Cow;

use crate::explain::{Criterion, Decision, Finding, Status, Value};
use crate::law::ids::same_id;
use crate::outcome::SafetyOutcome;

use super::awarded::Points;
use super::builtin::{FACT_ONCE, SINGLE_DEDUCTION};
use super::sheet::{Deduction, Frequency, ItemBasis, ScoreItem};
use super::sink::Sink;

/// What the walk over the items keeps.
pub(super) struct Tally<'s, P> {
    /// The awarded points, looked up in sheet order.
    pub(super) awarded: P,
    /// Awarded ids matched to a leaf.
    pub(super) matched: usize,
    /// Awarded leaves without points in the input.
    pub(super) unscored: u32,
    /// Points of the items computed from the TT124 decision.
    pub(super) safety: u32,
    /// The first leaf (in sheet order) given more points than its maximum, and its points:
    /// the error.
    pub(super) over: Option<(&'s ScoreItem, u32)>,
}

pub(super) fn count_items(items: &[ScoreItem]) -> usize {
    items.iter().map(|i| 1 + count_items(&i.sub_items)).sum()
}

/// Record `items` in order (a group before its sub-items) and return the sum of their points.
/// Leaves and the groups of a sheet's first two levels are scored in line; a group deeper
/// down goes through [`score_group`].
#[inline(always)]
pub(super) fn score_items<'s>(
    items: &'s [ScoreItem],
    safety: &Decision<SafetyOutcome>,
    findings: &mut impl Sink,
    tally: &mut Tally<'s, impl Points>,
) -> u64 {
    let mut sum = 0u64;
    for item in items {
        let points = if item.is_leaf() {
            score_leaf(item, safety, findings, tally)
        } else {
            score_group_in_line(item, safety, findings, tally)
        };
        sum += u64::from(points);
    }
    sum
}

/// [`score_group_in_line`] behind a call: the recursion for groups within groups.
fn score_group<'s>(
    item: &'s ScoreItem,
    safety: &Decision<SafetyOutcome>,
    findings: &mut impl Sink,
    tally: &mut Tally<'s, impl Points>,
) -> u32 {
    score_group_in_line(item, safety, findings, tally)
}

/// Record a group (before its sub-items, its status after them) and return its points: the
/// sum of its sub-items' (at most `u32::MAX`). Leaf sub-items are scored in line, group
/// sub-items through [`score_group`].
#[inline(always)]
fn score_group_in_line<'s>(
    item: &'s ScoreItem,
    safety: &Decision<SafetyOutcome>,
    findings: &mut impl Sink,
    tally: &mut Tally<'s, impl Points>,
) -> u32 {
    // Points typed in for a group or the computed item match no awarded leaf, so `classify`
    // sends them through `check_awarded`, which names them.
    let max = item.max_points;
    let at = findings.open(&item.criterion);
    let before = tally.unscored;
    let mut sum = 0u64;
    for s in &item.sub_items {
        let points = if s.is_leaf() {
            score_leaf(s, safety, findings, tally)
        } else {
            score_group(s, safety, findings, tally)
        };
        sum += u64::from(points);
    }
    let sum = u32::try_from(sum).unwrap_or(u32::MAX);
    let status = if tally.unscored > before {
        Status::Unknown
    } else if sum >= max {
        Status::Met
    } else {
        Status::NotMet
    };
    findings.close(at, status, || {
        (Value::Points(i64::from(sum)), Value::AtMost(u64::from(max)))
    });
    sum
}

/// Record a leaf item and return its points.
#[inline(always)]
fn score_leaf<'s>(
    item: &'s ScoreItem,
    safety: &Decision<SafetyOutcome>,
    findings: &mut impl Sink,
    tally: &mut Tally<'s, impl Points>,
) -> u32 {
    let max = item.max_points;
    let criterion: &Criterion = &item.criterion;
    let (points, status) = match item.basis {
        ItemBasis::SafetyRecognised => {
            let (points, status) = match &safety.outcome {
                SafetyOutcome::Recognised => (max, Status::Met),
                SafetyOutcome::NotRecognised | SafetyOutcome::ExcludedFromReview(_) => {
                    (0, Status::NotMet)
                }
                SafetyOutcome::NotSubject(_) => (0, Status::NotApplicable),
                SafetyOutcome::CannotDecide => (0, Status::Unknown),
            };
            tally.safety += points;
            (points, status)
        }
        ItemBasis::Awarded => match tally.awarded.next(&criterion.id) {
            Some(p) if p > max => {
                // An error once every item is through (`classify_recorded`).
                tally.over.get_or_insert((item, p));
                (p, Status::NotMet)
            }
            Some(p) => {
                tally.matched += 1;
                (
                    p,
                    if p >= max {
                        Status::Met
                    } else {
                        Status::NotMet
                    },
                )
            }
            None => {
                tally.unscored += 1;
                (0, Status::Unknown)
            }
        },
    };
    findings.record_item(&item.criterion, criterion, status, || {
        (
            Value::Points(i64::from(points)),
            Value::AtMost(u64::from(max)),
        )
    });
    points
}

/// The first failed TT124 finding (`safety.failed()`) whose criterion is one of `d.covered_by`
/// — written as plain loops, as the iterator adapters' `try_fold` is not always inlined.
#[inline(always)]
fn first_covering<'a>(safety: &'a Decision<SafetyOutcome>, d: &Deduction) -> Option<&'a Finding> {
    for f in &safety.findings {
        if f.status != Status::NotMet {
            continue;
        }
        for c in &d.covered_by {
            if same_id(c, &f.criterion.id) {
                return Some(f);
            }
        }
    }
    None
}

/// Push the deduction's findings; return (points applied, points waived).
#[inline(always)]
pub(super) fn apply_deduction(
    d: &Deduction,
    distinct: u64,
    repeats: u64,
    safety: &Decision<SafetyOutcome>,
    findings: &mut impl Sink,
) -> (u64, u64) {
    let times = |n: u64| match d.frequency {
        Frequency::Once => n.min(1),
        Frequency::PerOccurrence => n,
    };
    let would_apply = u64::from(d.points) * times(distinct);

    // Sơn La …/UBND-NC §2a: the same fact already cost the "An toàn về ANTT" points.
    // Only the failed TT124 findings are compared with `covered_by` (few, usually none).
    let covering = if safety.outcome.is_recognised() || d.covered_by.is_empty() {
        None
    } else {
        first_covering(safety, d).map(|f| match &f.criterion.id {
            // Built-in TT124 ids are borrowed: copy the pointer. An owned id is copied from
            // whichever side borrows (the sheet's `covered_by`), else cloned.
            Cow::Borrowed(id) => Cow::Borrowed(*id),
            owned => d
                .covered_by
                .iter()
                .find(|c| *c == owned)
                .filter(|c| matches!(c, Cow::Borrowed(_)))
                .unwrap_or(owned)
                .clone(),
        })
    };

    let (applied, waived) = if let Some(tt124_id) = covering {
        findings.record_deduction(&d.criterion, Status::NotApplicable, || {
            (Value::Points(0), Value::None)
        });
        findings.record(&SINGLE_DEDUCTION, Status::Met, || {
            (Value::Text(tt124_id), Value::None)
        });
        (0, would_apply)
    } else {
        let status = if distinct > 0 {
            Status::NotMet
        } else {
            Status::Met
        };
        findings.record_deduction(&d.criterion, status, || {
            (
                Value::Points(-(would_apply.min(i64::MAX as u64) as i64)),
                Value::None,
            )
        });
        (would_apply, 0)
    };
    if repeats > 0 {
        findings.record(&FACT_ONCE, Status::Met, || {
            (Value::Count(repeats), Value::None)
        });
    }
    // Repeats would have cost points only under a per-occurrence deduction.
    let repeat_points = match d.frequency {
        Frequency::PerOccurrence => u64::from(d.points) * repeats,
        Frequency::Once => 0,
    };
    (applied, waived + repeat_points)
}
