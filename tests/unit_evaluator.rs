//! `pipeline::UnitEvaluator` — many units under one policy and year, routes remembered per
//! unit shape — gives, unit by unit, what `evaluate_one` gives (reports and errors alike):
//! TT124 Đ10 (who decides) and Đ9 (by when) under every bundled policy, on both sides of the
//! 1/7/2025 regime change, units in any order, managing levels and delegations changed
//! (to any level, the ministry included).

use antq::policy::Policy;
use antq::year::{pipeline, synthetic, UnitInput};
use proptest::prelude::*;

fn units(seed: u64) -> Vec<UnitInput> {
    synthetic::province(&synthetic::Shape::small(), 2026, seed).units
}

#[test]
fn tt124_d10_unit_evaluator_equals_evaluate_one_under_every_preset() {
    let units = units(11);
    for name in antq::policy::PRESETS {
        let policy = Policy::preset(name).unwrap();
        for year in [2024, 2025, 2026, 2027] {
            let mut ev = pipeline::UnitEvaluator::new(year, &policy).unwrap();
            let mut ok = 0;
            for u in &units {
                let one = pipeline::evaluate_one(u, year, &policy);
                ok += usize::from(one.is_ok());
                assert_eq!(ev.evaluate(u), one, "{name} {year} {}", u.unit.id);
            }
            assert!(ok > 0, "{name} {year}: some units decided");
        }
    }
}

#[test]
fn a_year_without_a_decision_date_is_an_error() {
    let policy = Policy::national();
    assert!(pipeline::UnitEvaluator::new(i32::MAX, &policy).is_err());
    assert!(pipeline::UnitEvaluator::new(2026, &policy).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    /// Units in any order, delegations and managing levels changed (valid or not): the
    /// remembered routes never give another answer than routing the unit afresh.
    #[test]
    fn remembered_routes_never_differ(
        seed in 0u64..1000,
        picks in prop::collection::vec((any::<prop::sample::Index>(), 0u8..5, 0u8..5), 1..40),
        year in 2024i32..=2027,
    ) {
        use antq::unit::ManagingLevel as L;
        let all = units(seed);
        let policy = Policy::son_la_2026();
        let mut ev = pipeline::UnitEvaluator::new(year, &policy).unwrap();
        let levels = [L::Commune, L::District, L::Province, L::Ministry];
        for (i, managed, delegated) in picks {
            let mut u = all[i.index(all.len())].clone();
            if managed > 0 {
                u.unit.managed_by = levels[usize::from(managed) - 1];
            }
            u.unit.delegated_to = (delegated > 0).then(|| levels[usize::from(delegated) - 1]);
            prop_assert_eq!(ev.evaluate(&u), pipeline::evaluate_one(&u, year, &policy));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    /// DESIGN §23.1: the unit evaluator's ways for facts by id (the sheet and catalogue found
    /// once, the model-unit facts read once against the catalogue's ids, the provisional
    /// criteria counted as one segment) give what `evaluate_one` gives, reports and errors
    /// alike — with model-unit facts left out, flipped, emptied or naming no criterion, and
    /// points for an item of no sheet or above an item's maximum.
    #[test]
    fn facts_by_id_decide_as_evaluate_one(
        seed in 0u64..1000,
        picks in prop::collection::vec((any::<prop::sample::Index>(), 0u8..7, any::<prop::sample::Index>()), 1..30),
        year in 2024i32..=2027,
        preset in 0usize..5,
    ) {
        let all = units(seed);
        let policy = Policy::preset(antq::policy::PRESETS[preset]).unwrap();
        let mut ev = pipeline::UnitEvaluator::new(year, &policy).unwrap();
        for (i, change, at) in picks {
            let mut u = all[i.index(all.len())].clone();
            if let Some(m) = u.model_unit.as_mut() {
                let keys: Vec<String> = m.criteria.keys().cloned().collect();
                match change {
                    1 if !keys.is_empty() => { m.criteria.remove(at.get(&keys)); }
                    2 if !keys.is_empty() => { let v = m.criteria[at.get(&keys)]; m.criteria.insert(at.get(&keys).clone(), !v); }
                    3 => { m.criteria.insert("qd3554.c99".into(), true); }
                    4 => m.criteria.clear(),
                    _ => {}
                }
            }
            if let Some(s) = u.score.as_mut() {
                let keys: Vec<String> = s.awarded.keys().cloned().collect();
                match change {
                    5 => { s.awarded.insert("qd510.no.such.item".into(), 1); }
                    6 if !keys.is_empty() => { s.awarded.insert(at.get(&keys).clone(), 1000); }
                    _ => {}
                }
            }
            prop_assert_eq!(ev.evaluate(&u), pipeline::evaluate_one(&u, year, &policy), "{}", u.unit.id);
        }
    }
}
