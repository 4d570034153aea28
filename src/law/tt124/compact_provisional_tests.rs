//! The year pipeline's list of a compact decision's provisional criteria
//! ([`CompactDecision::provisional_quickly`], DESIGN §23.1) is [`CompactDecision::provisional`]'s.

use super::*;
use crate::policy::{Policy, PRESETS};
use crate::year::synthetic;

/// TT124 Đ5–Đ7 with every bundled policy's readings and provincial rules (Sơn La, Hưng Yên …),
/// each kind, before and after the 1/7/2025 regime change: the provisional criteria counted
/// for a unit are the same objects, with the same statuses, in the same order, as those the
/// full iterator gives — for units of a synthetic province, and for the same units with their
/// facts left unknown (the decision then rests on other criteria and readings).
#[test]
fn tt124_provisional_criteria_through_the_mask_are_those_checked() {
    let mut seen = (0usize, 0usize);
    for name in PRESETS {
        let policy = Policy::preset(name).unwrap();
        for seed in [1, 2] {
            let units = synthetic::province(&synthetic::Shape::small(), 2026, seed).units;
            for u in units.iter().take(120) {
                for year in [2024, 2025, 2026] {
                    let unknown = Facts::default();
                    for facts in [&u.safety, &unknown] {
                        let counts = facts.units;
                        let Ok(c) = decide_compact(&u.unit, year, facts, &policy.additions, counts)
                        else {
                            continue;
                        };
                        let all: Vec<_> = c.provisional().collect();
                        let quick: Vec<_> = c.provisional_quickly().collect();
                        assert_eq!(quick.len(), all.len(), "{name} {} {year}", u.unit.id);
                        for ((a, s), (b, t)) in all.iter().zip(&quick) {
                            assert!(a.same(b), "{} is another object", a.id);
                            assert_eq!(s, t);
                        }
                        seen.0 += 1;
                        seen.1 += usize::from(!all.is_empty());
                    }
                }
            }
        }
    }
    // Both sides occur: decisions with provisional criteria and without.
    assert!(seen.1 > 0 && seen.1 < seen.0, "{seen:?}");
}

/// The mask of each kind marks exactly the slots whose criterion is provisional.
#[test]
fn tt124_provisional_slot_mask_marks_the_provisional_slots() {
    for kind in KindTag::ALL {
        let mask = provisional_slots()[kind as usize];
        for i in 0..Statuses::CAPACITY {
            let provisional = slot(kind, i).is_some_and(|c| c.source.is_provisional());
            assert_eq!(mask >> i & 1 == 1, provisional, "{kind:?} slot {i}");
        }
    }
}
