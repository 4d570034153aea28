//! Issue 6 — properties of the year pipeline: the report does not depend on the input's order,
//! every unit appears exactly once, the report survives a JSON round trip, duplicates are always
//! caught, and each preset fits exactly the years of its regime.
//!
//! Case counts are modest (a small synthetic province is 21 units) so the suite stays fast.

use antq::error::{Error, Subject};
use antq::policy::{Policy, PRESETS};
use antq::regime::Regime;
use antq::year::synthetic::{province, Shape};
use antq::year::{evaluate, Report, YearInput};
use antq::UnitId;
use proptest::prelude::*;

fn example() -> YearInput {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/year_input_small.json"
    );
    YearInput::from_json(&std::fs::read(path).unwrap()).unwrap()
}

fn small_units() -> usize {
    let s = Shape::small();
    (s.communes + s.residential_areas + s.organisations) as usize
}

fn permuted(mut input: YearInput, order: &[usize]) -> YearInput {
    let mut units: Vec<_> = input.units.drain(..).map(Some).collect();
    input.units = order.iter().map(|&i| units[i].take().unwrap()).collect();
    input
}

fn json(r: &Report) -> Vec<u8> {
    serde_json::to_vec(r).unwrap()
}

fn sorted_ids(i: &YearInput) -> Vec<UnitId> {
    let mut v: Vec<UnitId> = i.units.iter().map(|u| u.unit.id.clone()).collect();
    v.sort();
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Issue 6: shuffling the input order does not change the report (byte for byte).
    #[test]
    fn shuffling_the_synthetic_input_does_not_change_the_report(
        seed in any::<u64>(),
        order in Just((0..small_units()).collect::<Vec<usize>>()).prop_shuffle(),
    ) {
        let input = province(&Shape::small(), 2026, seed);
        prop_assert_eq!(input.units.len(), order.len());
        let shuffled = permuted(input.clone(), &order);
        for policy in [Policy::son_la_2026(), Policy::national()] {
            let a = evaluate(&input, &policy).unwrap();
            let b = evaluate(&shuffled, &policy).unwrap();
            prop_assert_eq!(json(&a), json(&b));
        }
    }

    /// The same on the hand-written example (communes, undecided units, exclusions).
    #[test]
    fn shuffling_the_example_input_does_not_change_the_report(
        order in Just((0..16usize).collect::<Vec<usize>>()).prop_shuffle(),
    ) {
        let input = example();
        let policy = Policy::son_la_2026();
        let a = evaluate(&input, &policy).unwrap();
        let b = evaluate(&permuted(input, &order), &policy).unwrap();
        prop_assert_eq!(json(&a), json(&b));
    }

    /// Every input unit appears exactly once, sorted by id, for any seed and year.
    #[test]
    fn every_unit_appears_exactly_once(seed in any::<u64>(), year in 2023i32..=2028) {
        let input = province(&Shape::small(), year, seed);
        let r = evaluate(&input, &Policy::national()).unwrap();
        let got: Vec<UnitId> = r.units.iter().map(|u| u.id.clone()).collect();
        prop_assert_eq!(got, sorted_ids(&input));
        prop_assert_eq!(r.totals.units, input.units.len() as u64);
        prop_assert_eq!(r.communes.len(), Shape::small().communes as usize);
        prop_assert_eq!(r.regime, Regime::for_year(year));
    }

    /// The report reads back from its JSON unchanged and writes the same bytes again.
    #[test]
    fn report_json_round_trip(seed in any::<u64>()) {
        let input = province(&Shape::small(), 2026, seed);
        let r = evaluate(&input, &Policy::son_la_2026()).unwrap();
        let bytes = json(&r);
        let back: Report = serde_json::from_slice(&bytes).unwrap();
        prop_assert_eq!(&back, &r);
        prop_assert_eq!(json(&back), bytes);
    }

    /// The input reads back from its JSON unchanged.
    #[test]
    fn input_json_round_trip(seed in any::<u64>()) {
        let input = province(&Shape::small(), 2026, seed);
        let back = YearInput::from_json(&serde_json::to_vec(&input).unwrap()).unwrap();
        prop_assert_eq!(back, input);
    }

    /// A unit repeated anywhere is rejected, naming it and `unit.id`; no report.
    #[test]
    fn a_repeated_unit_is_always_rejected(seed in any::<u64>(), pick in 0..21usize, at in 0..22usize) {
        let mut input = province(&Shape::small(), 2026, seed);
        let copy = input.units[pick % input.units.len()].clone();
        let id = copy.unit.id.clone();
        input.units.insert(at.min(input.units.len()), copy);
        let e = evaluate(&input, &Policy::son_la_2026()).unwrap_err();
        prop_assert!(matches!(e, Error::Duplicate { .. }), "{:?}", e);
        prop_assert_eq!(e.subject(), &Subject::Unit(id));
        prop_assert_eq!(e.field(), Some("unit.id"));
    }

    /// A preset with a fixed regime validates exactly in the years of that regime.
    #[test]
    fn presets_validate_exactly_in_the_years_of_their_regime(year in 2022i32..=2035) {
        for name in PRESETS {
            let p = Policy::preset(name).unwrap();
            let fits = p.regime.is_none_or(|r| r == Regime::for_year(year));
            let in_years = p.years.is_none_or(|y| y.contains(year));
            let v = p.validate(year);
            prop_assert_eq!(v.is_ok(), fits && in_years, "{} in {}: {:?}", name, year, v);
            if let Err(e) = v {
                prop_assert_eq!(e.field(), Some(if fits { "years" } else { "regime" }));
                prop_assert_eq!(e.subject(), &Subject::Policy(p.name.clone()));
            }
        }
    }
}

/// Each preset validates for its own year.
#[test]
fn each_preset_validates_for_its_own_year() {
    for (name, year) in [
        ("national", 2022),
        ("national", 2024),
        ("national", 2026),
        ("son_la_2026", 2026),
        ("hung_yen_2026", 2026),
        ("bac_kan_2023", 2023),
        ("son_duong_2026", 2026),
        ("son_duong_2026", 2030),
    ] {
        let p = Policy::preset(name).unwrap();
        assert_eq!(p.validate(year), Ok(()), "{name} for {year}");
    }
    assert_eq!(PRESETS.len(), 5);
}

/// Each preset evaluates a synthetic province of its own year (and the example for 2026).
#[test]
fn each_preset_evaluates_a_province_of_its_own_year() {
    for (name, year) in [
        ("national", 2026),
        ("son_la_2026", 2026),
        ("hung_yen_2026", 2026),
        ("bac_kan_2023", 2023),
        ("son_duong_2026", 2026),
    ] {
        let p = Policy::preset(name).unwrap();
        let input = province(&Shape::small(), year, 11);
        let r = evaluate(&input, &p).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(r.units.len(), input.units.len());
        assert_eq!(r.policy, p.name);
        if year == 2026 {
            evaluate(&example(), &p).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
}
