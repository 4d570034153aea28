//! The compact classification over an item walk found once per sheet (for a
//! [`ScorePlan`](super::plan::ScorePlan)).
//!
//! What the compact recorder ([`Lean`]) takes from the items does not depend on the unit:
//! which item criteria are provisional, in the walk's order (a group before its sub-items),
//! and whether a group's status is unknown — only when one of its leaves is, which the leaf
//! already told. So a plan keeps the leaves in walk order and the items' provisional criteria,
//! and a classification only reads each leaf's points: no group is opened or closed, no
//! criterion is looked at. Everything after the items (deductions, total, band) is the same
//! rule code as every other walk ([`settle`]).

use std::sync::Arc;

use crate::error::Error;
use crate::explain::{CriterionRef, Decision};
use crate::outcome::SafetyOutcome;

use super::awarded::Points;
use super::bands::BandTable;
use super::classify::{settle, Walked};
use super::compact::{CompactClassification, Lean};
use super::input::DeductionFact;
use super::input_check::{check_input, over_max};
use super::sheet::{ItemBasis, ScoreItem, ScoreSheet};

/// The item walk of one sheet, found once.
#[derive(Debug, Clone)]
pub(super) struct LeanWalk<'s> {
    /// Every leaf (either basis) in walk order: a group's sub-items in its place.
    leaves: Vec<&'s ScoreItem>,
    /// The provisional criteria of the items, in walk order (a group before its sub-items):
    /// what the compact recorder lists for the items, whatever the points — shared, so the
    /// year pipeline can count them as one segment ([`LeanWalk::items_provisional`]).
    provisional: Arc<[CriterionRef]>,
    /// Whether a leaf is computed from the TT124 decision (its status is unknown when TT124
    /// cannot decide).
    safety_leaf: bool,
}

impl<'s> LeanWalk<'s> {
    /// The walk of `items` (a sheet's top-level items).
    pub(super) fn new(items: &'s [ScoreItem]) -> Self {
        fn walk<'s>(
            items: &'s [ScoreItem],
            into: &mut LeanWalk<'s>,
            provisional: &mut Vec<CriterionRef>,
        ) {
            for item in items {
                if item.criterion.source.is_provisional() {
                    provisional.push(item.criterion.clone());
                }
                if item.is_leaf() {
                    into.safety_leaf |= item.basis == ItemBasis::SafetyRecognised;
                    into.leaves.push(item);
                } else {
                    walk(&item.sub_items, into, provisional);
                }
            }
        }
        let mut into = LeanWalk {
            leaves: Vec::new(),
            provisional: Arc::from([]),
            safety_leaf: false,
        };
        let mut provisional = Vec::new();
        walk(items, &mut into, &mut provisional);
        into.provisional = provisional.into();
        into
    }

    /// The items' provisional criteria: the first entries of every list a classification
    /// along this walk gives (the rest are those of the rules after the items).
    pub(super) fn items_provisional(&self) -> &Arc<[CriterionRef]> {
        &self.provisional
    }
}

/// [`classify_lean`](super::compact::classify_lean) over a walk found once (`walk`, of
/// `sheet`, with its `bands`): the same classification, `needs_action` and provisional list
/// (into `provisional`, which the caller has cleared), the same errors in the same order.
/// Without `list_items`, the list leaves out its first entries, the items' provisional
/// criteria ([`LeanWalk::items_provisional`]), for a caller that counts them itself.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
pub(super) fn classify_walked(
    walk: &LeanWalk<'_>,
    bands: &BandTable,
    safety: &Decision<SafetyOutcome>,
    mut points: impl Points,
    facts: &[DeductionFact],
    sheet: &ScoreSheet,
    provisional: Option<&mut Vec<CriterionRef>>,
    list_items: bool,
) -> Result<CompactClassification, Error> {
    let unit = &safety.unit;
    let index = check_input(unit, facts, sheet)?;
    // The computed item: its maximum when recognised, else 0; unknown when TT124 cannot decide.
    let (recognised, undecided) = match &safety.outcome {
        SafetyOutcome::Recognised => (true, false),
        SafetyOutcome::CannotDecide => (false, true),
        SafetyOutcome::NotRecognised
        | SafetyOutcome::ExcludedFromReview(_)
        | SafetyOutcome::NotSubject(_) => (false, false),
    };
    let mut earned = 0u64;
    let mut safety_points = 0u32;
    let mut matched = 0usize;
    let mut unscored = 0u32;
    let mut over: Option<(&ScoreItem, u32)> = None;
    for &leaf in &walk.leaves {
        let max = leaf.max_points;
        let p = match leaf.basis {
            ItemBasis::SafetyRecognised => {
                let p = if recognised { max } else { 0 };
                safety_points += p;
                p
            }
            ItemBasis::Awarded => match points.next(leaf.id()) {
                Some(p) if p > max => {
                    // The first item in sheet order with points above its maximum.
                    over.get_or_insert((leaf, p));
                    p
                }
                Some(p) => {
                    matched += 1;
                    p
                }
                None => {
                    unscored += 1;
                    0
                }
            },
        };
        earned += u64::from(p);
    }
    if let Some((item, p)) = over {
        return Err(over_max(unit, item, p));
    }
    points.unmatched(unit, sheet, matched)?;
    // What the recorder would have kept from the items: an unscored leaf or an undecided
    // computed one is to act on (and so is any group holding one); the items' provisional
    // criteria, in order.
    let mut lean = Lean {
        provisional,
        any_provisional: !walk.provisional.is_empty(),
        needs_action: unscored > 0 || (undecided && walk.safety_leaf),
    };
    if let Some(list) = lean.provisional.as_deref_mut().filter(|_| list_items) {
        list.extend_from_slice(&walk.provisional);
    }
    let outcome = settle(
        safety,
        facts,
        index,
        sheet,
        &mut lean,
        Some(bands),
        Walked {
            earned,
            safety: safety_points,
            unscored,
        },
    )?;
    Ok(CompactClassification {
        outcome,
        needs_action: lean.needs_action,
    })
}
