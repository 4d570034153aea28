//! A compact decision's provisional criteria through the mask of provisional slots
//! ([`CompactDecision::provisional`], DESIGN §23.1, §24.1) are [`CompactDecision::checked`]
//! filtered on a provisional source — the plain reading — also for an incomplete decision.

use super::*;
use crate::policy::{Policy, PRESETS};
use crate::year::synthetic;

/// The plain reading: every criterion checked, filtered on a provisional source.
fn plain(c: &CompactDecision<'_>) -> Vec<(CriterionRef, Status)> {
    c.checked()
        .filter(|(c, _)| c.source.is_provisional())
        .collect()
}

/// The mask's list equals the plain reading: the same objects, statuses and order.
fn same_as_plain(c: &CompactDecision<'_>) {
    let all = plain(c);
    let quick: Vec<_> = c.provisional().collect();
    assert_eq!(quick.len(), all.len());
    for ((a, s), (b, t)) in all.iter().zip(&quick) {
        assert!(a.same(b), "{} is another object", a.id);
        assert_eq!(s, t);
    }
}

/// More provincial rules for a kind than the compact form keeps (40, the last 8 not kept:
/// the decision is incomplete), provisional and not, met and not: the list through the mask
/// reads the kept statuses as `checked` does — both stop at the 32nd rule — and so does a
/// decision of exactly 32 rules (complete) and 33 (one not kept); with the library's
/// provisional readings firing (a unit with facts left unknown) and without.
#[test]
fn tt124_provisional_of_an_incomplete_decision_is_the_plain_reading() {
    use crate::citation::{Citation, Instrument, Source};
    use crate::explain::Criterion;
    use crate::law::tt124::Effect;
    use crate::unit::{ManagingLevel, UnitKind};
    let rule = |i: usize| AdditionalRule {
        criterion: CriterionRef::from(Criterion {
            id: format!("p.{i}").into(),
            source: if i % 3 == 0 {
                Source::provisional(Citation::instrument(Instrument::Provisional))
            } else {
                Source::provincial(Citation::instrument(Instrument::Provisional))
            },
            vi: "".into(),
            en: "".into(),
        }),
        applies_to: vec![KindTag::Agency],
        effect: Effect::RequireFact(format!("x{}", i % 2).into()),
    };
    let u = Unit::new(
        "cq-1",
        "Cơ quan 1",
        UnitKind::agency(),
        ManagingLevel::Province,
    );
    let mut facts = Facts::comfortably_met();
    facts.extra.insert("x0".into(), true);
    let mut seen_incomplete = 0;
    for n in [0, 3, 31, 32, 33, 40] {
        let additions = Additions {
            rules: (0..n).map(rule).collect(),
            ..Additions::none()
        };
        for f in [&facts, &Facts::default()] {
            let Ok(c) = decide_compact(&u, 2026, f, &additions, None) else {
                continue;
            };
            assert_eq!(c.is_complete(), n <= Statuses::CAPACITY, "{n}");
            seen_incomplete += usize::from(!c.is_complete());
            same_as_plain(&c);
            if n > 0 && f.extra.contains_key("x0") {
                assert!(c.provisional().count() > 0, "{n}");
            }
        }
    }
    assert!(seen_incomplete > 0);
}

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
                        let all: Vec<_> = plain(&c);
                        let quick: Vec<_> = c.provisional().collect();
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
