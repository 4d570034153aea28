//! Checks of a unit's score input against its sheet, each error naming the unit and the field.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::error::{Error, Subject};
use crate::unit::UnitId;

use super::fact_counts::{deduction_of, FactIndex, SMALL};
use super::input::DeductionFact;
use super::sheet::{ItemBasis, ScoreItem, ScoreSheet};

/// Every fact names a deduction of the sheet and has a non-empty id. For at most [`SMALL`]
/// facts against at most [`SMALL`] deductions, also the deduction of each fact (what
/// [`fact_counts`](super::fact_counts::fact_counts) counts by), found by the same scan.
#[inline(always)]
pub(super) fn check_input(
    unit: &UnitId,
    facts: &[DeductionFact],
    sheet: &ScoreSheet,
) -> Result<Option<FactIndex>, Error> {
    if sheet.deductions.len() <= SMALL {
        // A short list of deductions (the usual case) is scanned.
        let mut of = [u8::MAX; SMALL];
        for (i, f) in facts.iter().enumerate() {
            let Some(dj) = deduction_of(sheet, f) else {
                return Err(unknown_deduction(unit, f));
            };
            if f.fact.is_empty() {
                return Err(empty_fact(unit, i));
            }
            if let Some(slot) = of.get_mut(i) {
                *slot = dj;
            }
        }
        return Ok((facts.len() <= SMALL).then_some(of));
    }
    if facts.is_empty() {
        return Ok(Some([u8::MAX; SMALL]));
    }
    // A long one is hashed.
    let deductions: HashSet<&str> = sheet.deductions.iter().map(|d| d.id()).collect();
    for (i, f) in facts.iter().enumerate() {
        if !deductions.contains(f.deduction.as_str()) {
            return Err(unknown_deduction(unit, f));
        }
        if f.fact.is_empty() {
            return Err(empty_fact(unit, i));
        }
    }
    Ok(None)
}

#[cold]
fn unknown_deduction(unit: &UnitId, f: &DeductionFact) -> Error {
    Error::unknown(Subject::Unit(unit.clone()), "facts.deduction", &f.deduction)
}

#[cold]
fn empty_fact(unit: &UnitId, i: usize) -> Error {
    Error::invalid(
        Subject::Unit(unit.clone()),
        format!("facts[{i}].fact"),
        "a non-empty fact id",
        "an empty string",
    )
}

/// Every awarded id names a leaf item with basis `awarded`, within its maximum.
pub(super) fn check_awarded(
    unit: &UnitId,
    awarded: &BTreeMap<String, u32>,
    sheet: &ScoreSheet,
) -> Result<(), Error> {
    // One index of the sheet's items, so naming the offender stays linear.
    fn index<'s>(items: &'s [ScoreItem], out: &mut HashMap<&'s str, &'s ScoreItem>) {
        for i in items {
            out.entry(i.id()).or_insert(i);
            index(&i.sub_items, out);
        }
    }
    let mut items = HashMap::new();
    index(&sheet.items, &mut items);
    for (id, &points) in awarded {
        let item = items
            .get(id.as_str())
            .copied()
            .ok_or_else(|| Error::unknown(Subject::Unit(unit.clone()), "awarded", id))?;
        if !item.is_leaf() || item.basis == ItemBasis::SafetyRecognised {
            return Err(not_awardable(unit, item, points));
        }
        if points > item.max_points {
            return Err(over_max(unit, item, points));
        }
    }
    Ok(())
}

#[cold]
pub(super) fn over_max(unit: &UnitId, item: &ScoreItem, points: u32) -> Error {
    Error::invalid(
        Subject::Unit(unit.clone()),
        format!("awarded.{}", item.id()),
        format!("at most {} points", item.max_points),
        points,
    )
}

fn not_awardable(unit: &UnitId, item: &ScoreItem, points: u32) -> Error {
    let expected = if item.is_leaf() {
        "no points: the item is computed from the TT124 decision"
    } else {
        "points on the group's sub-items, not on the group"
    };
    Error::invalid(
        Subject::Unit(unit.clone()),
        format!("awarded.{}", item.id()),
        expected,
        points,
    )
}
