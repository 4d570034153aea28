//! Counting deduction facts: per deduction, the distinct facts and the repeats.

use std::collections::{HashMap, HashSet};

use super::awarded::same_id;
use super::classify::ScoreInput;
use super::sheet::ScoreSheet;

/// Per deduction of the sheet, (distinct facts, repeats). A fact id already counted — earlier
/// in the same deduction's facts, or under an earlier deduction of the sheet — is a repeat and
/// is not deducted again (Sơn La …/UBND-NC §2a's single deduction, extended by the library's
/// reading `qd510.exception.fact_once`). One pass in (deduction, fact) order with a set of the
/// ids seen, so the cost is linear in the facts.
pub(super) fn fact_counts(sheet: &ScoreSheet, input: &ScoreInput) -> Counts {
    if input.facts.is_empty() {
        return Counts::Small([(0, 0); SMALL]);
    }
    if sheet.deductions.len() <= SMALL && input.facts.len() <= SMALL {
        return Counts::Small(fact_counts_small(sheet, input));
    }
    Counts::Large(fact_counts_hashed(sheet, input))
}

/// [`fact_counts`] for any number of deductions and facts, hashing the ids seen.
pub(super) fn fact_counts_hashed(sheet: &ScoreSheet, input: &ScoreInput) -> Vec<(u64, u64)> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, d) in sheet.deductions.iter().enumerate() {
        index.entry(d.id()).or_insert(i);
    }
    let mut order: Vec<(usize, usize)> = input
        .facts
        .iter()
        .enumerate()
        .filter_map(|(j, f)| index.get(f.deduction.as_str()).map(|&dj| (dj, j)))
        .collect();
    order.sort_unstable();
    let mut counts = vec![(0u64, 0u64); sheet.deductions.len()];
    let mut seen: HashSet<&str> = HashSet::new();
    for (dj, j) in order {
        if seen.insert(input.facts[j].fact.as_str()) {
            counts[dj].0 += 1;
        } else {
            counts[dj].1 += 1;
        }
    }
    counts
}

/// Up to this many deductions and facts, [`fact_counts`] works without allocating.
pub(super) const SMALL: usize = 8;

/// Per deduction, (distinct facts, repeats).
pub(super) enum Counts {
    Small([(u64, u64); SMALL]),
    Large(Vec<(u64, u64)>),
}

impl Counts {
    pub(super) fn get(&self, di: usize) -> Option<(u64, u64)> {
        match self {
            Counts::Small(a) => a.get(di).copied(),
            Counts::Large(v) => v.get(di).copied(),
        }
    }
}

/// [`fact_counts`] for a few deductions and facts: the same (deduction, fact) order, the ids
/// seen found by scanning the facts already counted instead of hashing.
pub(super) fn fact_counts_small(sheet: &ScoreSheet, input: &ScoreInput) -> [(u64, u64); SMALL] {
    // The deduction each fact is reported against (the first with its id), if any.
    let mut of = [usize::MAX; SMALL];
    for (j, f) in input.facts.iter().enumerate() {
        if let Some(dj) = sheet
            .deductions
            .iter()
            .position(|d| same_id(d.id(), &f.deduction))
        {
            of[j] = dj;
        }
    }
    let before = |a: (usize, usize), b: (usize, usize)| a < b;
    let mut counts = [(0u64, 0u64); SMALL];
    for (j, f) in input.facts.iter().enumerate() {
        let dj = of[j];
        if dj == usize::MAX {
            continue;
        }
        let repeat = input.facts.iter().enumerate().any(|(k, g)| {
            of[k] != usize::MAX && before((of[k], k), (dj, j)) && same_id(&g.fact, &f.fact)
        });
        if repeat {
            counts[dj].1 += 1;
        } else {
            counts[dj].0 += 1;
        }
    }
    counts
}
