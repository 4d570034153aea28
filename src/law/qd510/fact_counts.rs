//! Counting deduction facts: per deduction, the distinct facts and the repeats.

use std::collections::{HashMap, HashSet};

use super::input::DeductionFact;
use super::sheet::ScoreSheet;
use crate::law::ids::same_id;

/// Up to this many deductions and facts, [`fact_counts`] works without allocating.
pub(super) const SMALL: usize = 8;

/// In [`FactIndex`], a fact against no deduction of the sheet.
const NONE: u8 = u8::MAX;

/// The deduction each fact is reported against (the first with its id; [`NONE`] for none),
/// for at most [`SMALL`] facts against at most [`SMALL`] deductions — found once, while the
/// input is checked ([`check_input`](super::input_check::check_input)).
pub(super) type FactIndex = [u8; SMALL];

/// The deduction index of every fact, [`NONE`] for a fact against no deduction (at most
/// [`SMALL`] facts and deductions).
#[cfg(test)]
pub(super) fn fact_index(sheet: &ScoreSheet, facts: &[DeductionFact]) -> FactIndex {
    let mut of = [NONE; SMALL];
    for (slot, f) in of.iter_mut().zip(facts) {
        if let Some(dj) = deduction_of(sheet, f) {
            *slot = dj;
        }
    }
    of
}

/// The index of the first deduction of the sheet that `f` is reported against, when the sheet
/// has at most [`SMALL`] deductions.
#[inline(always)]
pub(super) fn deduction_of(sheet: &ScoreSheet, f: &DeductionFact) -> Option<u8> {
    // A plain loop: the iterator adapters' `try_fold` is not always inlined.
    let deductions = &sheet.deductions[..sheet.deductions.len().min(SMALL)];
    let mut dj = 0;
    while dj < deductions.len() {
        if same_id(deductions[dj].id(), &f.deduction) {
            return Some(dj as u8);
        }
        dj += 1;
    }
    None
}

/// Per deduction of the sheet, (distinct facts, repeats). A fact id already counted — earlier
/// in the same deduction's facts, or under an earlier deduction of the sheet — is a repeat and
/// is not deducted again (Sơn La …/UBND-NC §2a's single deduction, extended by the library's
/// reading `qd510.exception.fact_once`). A few facts (`index`, from the input check) are
/// counted deduction by deduction by scanning; more are counted in one pass in (deduction,
/// fact) order with a set of the ids seen, so the cost is linear in the facts.
#[inline(always)]
pub(super) fn fact_counts<'a>(
    sheet: &ScoreSheet,
    facts: &'a [DeductionFact],
    index: Option<FactIndex>,
) -> Counts<'a> {
    match index {
        Some(of) => Counts::Small { of, facts },
        None => Counts::Large(fact_counts_hashed(sheet, facts)),
    }
}

/// [`fact_counts`] for any number of deductions and facts, hashing the ids seen.
pub(super) fn fact_counts_hashed(sheet: &ScoreSheet, facts: &[DeductionFact]) -> Vec<(u64, u64)> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, d) in sheet.deductions.iter().enumerate() {
        index.entry(d.id()).or_insert(i);
    }
    let mut order: Vec<(usize, usize)> = facts
        .iter()
        .enumerate()
        .filter_map(|(j, f)| index.get(f.deduction.as_str()).map(|&dj| (dj, j)))
        .collect();
    order.sort_unstable();
    let mut counts = vec![(0u64, 0u64); sheet.deductions.len()];
    let mut seen: HashSet<&str> = HashSet::new();
    for (dj, j) in order {
        if seen.insert(facts[j].fact.as_str()) {
            counts[dj].0 += 1;
        } else {
            counts[dj].1 += 1;
        }
    }
    counts
}

/// Per deduction, (distinct facts, repeats).
pub(super) enum Counts<'a> {
    /// At most [`SMALL`] facts, each with its deduction: counted when asked.
    Small {
        of: FactIndex,
        facts: &'a [DeductionFact],
    },
    /// Counted by [`fact_counts_hashed`].
    Large(Vec<(u64, u64)>),
}

impl Counts<'_> {
    /// (distinct facts, repeats) of the deduction `di`: in (deduction, fact) order, a fact is
    /// a repeat when a fact before it has the same id.
    #[inline(always)]
    pub(super) fn get(&self, di: usize) -> (u64, u64) {
        match self {
            Counts::Small { of, facts } => {
                let mut counts = (0u64, 0u64);
                for (j, f) in facts.iter().enumerate() {
                    if usize::from(of[j]) != di {
                        continue;
                    }
                    // A plain loop: `any`'s `try_fold` is not always inlined.
                    let mut repeat = false;
                    for (k, g) in facts.iter().enumerate() {
                        if of[k] != NONE && (of[k], k) < (of[j], j) && same_id(&g.fact, &f.fact) {
                            repeat = true;
                            break;
                        }
                    }
                    if repeat {
                        counts.1 += 1;
                    } else {
                        counts.0 += 1;
                    }
                }
                counts
            }
            Counts::Large(v) => v.get(di).copied().unwrap_or_default(),
        }
    }
}

/// [`fact_counts`] for a few deductions and facts (at most [`SMALL`] of each), as an array.
#[cfg(test)]
pub(super) fn fact_counts_small(
    sheet: &ScoreSheet,
    facts: &[DeductionFact],
) -> [(u64, u64); SMALL] {
    let counts = fact_counts(sheet, facts, Some(fact_index(sheet, facts)));
    std::array::from_fn(|di| counts.get(di))
}
