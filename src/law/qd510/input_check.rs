//! Checks of a unit's score input against its sheet, each error naming the unit and the field.

use std::collections::{HashMap, HashSet};

use crate::error::{Error, Subject};
use crate::unit::UnitId;

use super::awarded::same_id;
use super::classify::ScoreInput;
use super::fact_counts::SMALL;
use super::sheet::{ItemBasis, ScoreItem, ScoreSheet};

pub(super) fn check_input(
    unit: &UnitId,
    input: &ScoreInput,
    sheet: &ScoreSheet,
) -> Result<(), Error> {
    let subject = || Subject::Unit(unit.clone());
    // A short list of deductions (the usual case) is scanned; a long one is hashed.
    let deductions: HashSet<&str> = if input.facts.is_empty() || sheet.deductions.len() <= SMALL {
        HashSet::new()
    } else {
        sheet.deductions.iter().map(|d| d.id()).collect()
    };
    let known = |id: &str| {
        if sheet.deductions.len() <= SMALL {
            sheet.deductions.iter().any(|d| same_id(d.id(), id))
        } else {
            deductions.contains(id)
        }
    };
    for (i, f) in input.facts.iter().enumerate() {
        if !known(f.deduction.as_str()) {
            return Err(Error::unknown(subject(), "facts.deduction", &f.deduction));
        }
        if f.fact.is_empty() {
            return Err(Error::invalid(
                subject(),
                format!("facts[{i}].fact"),
                "a non-empty fact id",
                "an empty string",
            ));
        }
    }
    Ok(())
}

/// Every awarded id names a leaf item with basis `awarded`, within its maximum.
pub(super) fn check_awarded(
    unit: &UnitId,
    input: &ScoreInput,
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
    for (id, &points) in &input.awarded {
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
