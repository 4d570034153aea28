//! QĐ510 scoring invariants (proptest): total in 0..=100, monotone classes, a fact deducted at
//! most once, bands partition 0..=100, the Safe item is 50 exactly when recognised,
//! determinism and serde round-trips.

use std::borrow::Cow;

use antq::citation::{Citation, Instrument, Source};
use antq::explain::{Criterion, Decision, Finding, Status, Value};
use antq::law::qd510::{
    classify, ClassBand, ClassTarget, DeductionFact, ScoreInput, ScoreItem, ScoreSheet, SheetSet,
    DISCIPLINE_DEDUCTION_ID, SAFETY_ITEM_ID, SAFETY_POINTS, SON_LA_2026_NO_WEAK,
};
use antq::outcome::{ExclusionReason, NotSubjectReason};
use antq::{KindTag, MovementClass, SafetyOutcome, UnitId};
use proptest::prelude::*;

const EXAMPLE_SHEET: &str = include_str!("../examples/data/qd510_example_commune.json");

fn kind() -> impl Strategy<Value = KindTag> {
    prop::sample::select(KindTag::ALL.to_vec())
}

fn outcome() -> impl Strategy<Value = SafetyOutcome> {
    prop_oneof![
        Just(SafetyOutcome::Recognised),
        Just(SafetyOutcome::NotRecognised),
        Just(SafetyOutcome::CannotDecide),
        Just(SafetyOutcome::NotSubject(NotSubjectReason::ArmedForces)),
        Just(SafetyOutcome::ExcludedFromReview(
            ExclusionReason::NotRegistered
        )),
    ]
}

fn leaves(items: &[ScoreItem], out: &mut Vec<(String, u32, bool)>) {
    for i in items {
        if i.sub_items.is_empty() {
            out.push((
                i.criterion.id.to_string(),
                i.max_points,
                i.criterion.id == SAFETY_ITEM_ID,
            ));
        } else {
            leaves(&i.sub_items, out);
        }
    }
}

/// Awarded points from per-leaf fractions (0..=1000 ‰ of the maximum, or absent).
fn awarded_from(sheet: &ScoreSheet, per_mille: &[Option<u32>]) -> ScoreInput {
    let mut ls = Vec::new();
    leaves(&sheet.items, &mut ls);
    let mut input = ScoreInput::default();
    for (n, (id, max, computed)) in ls.into_iter().enumerate() {
        if computed {
            continue;
        }
        if let Some(Some(pm)) = per_mille.get(n) {
            input.awarded.insert(id, max * pm / 1000);
        }
    }
    input
}

fn safety(
    unit: &UnitId,
    kind: KindTag,
    outcome: SafetyOutcome,
    violated: bool,
) -> Decision<SafetyOutcome> {
    let id: &'static str = antq::law::qd510::builtin::discipline_criteria(kind)[0];
    Decision {
        unit: unit.clone(),
        outcome,
        findings: vec![Finding::boolean(
            Criterion {
                id: Cow::Borrowed(id),
                source: Source::text(Citation::instrument(Instrument::Tt124)),
                vi: Cow::Borrowed("Không có cán bộ bị kỷ luật"),
                en: Cow::Borrowed("No one disciplined"),
            },
            Some(violated),
            false,
        )],
    }
}

fn facts(ids: &[u8]) -> Vec<DeductionFact> {
    ids.iter()
        .map(|i| DeductionFact::new(DISCIPLINE_DEDUCTION_ID, format!("f{i}")))
        .collect()
}

prop_compose! {
    fn case()(k in kind(), o in outcome(), violated in any::<bool>(),
              pm in prop::collection::vec(prop::option::of(0u32..=1000), 8),
              f in prop::collection::vec(0u8..4, 0..4))
        -> (KindTag, SafetyOutcome, bool, Vec<Option<u32>>, Vec<u8>) {
        (k, o, violated, pm, f)
    }
}

fn run(
    k: KindTag,
    o: &SafetyOutcome,
    violated: bool,
    input: &ScoreInput,
) -> Decision<antq::law::qd510::Classification> {
    let unit = UnitId::new("u");
    let s = safety(&unit, k, o.clone(), violated);
    classify(&s, input, &ScoreSheet::builtin(k)).unwrap()
}

/// Brute force: every total in 0..=100 lies in exactly one band, no band leaves 0..=100, and
/// the class never decreases as the total grows.
fn partitions(bands: &[ClassBand]) -> bool {
    if bands.iter().any(|b| b.min > b.max || b.max > 100) {
        return false;
    }
    for (i, b) in bands.iter().enumerate() {
        if bands[..i].iter().any(|o| o.class == b.class) {
            return false;
        }
    }
    let mut last: Option<MovementClass> = None;
    for t in 0..=100 {
        let hits: Vec<_> = bands.iter().filter(|b| b.contains(t)).collect();
        if hits.len() != 1 {
            return false;
        }
        if last.is_some_and(|l| hits[0].class < l) {
            return false;
        }
        last = Some(hits[0].class);
    }
    true
}

fn any_band() -> impl Strategy<Value = ClassBand> {
    (0usize..4, 0u32..=101, 0u32..=101).prop_map(|(c, a, b)| ClassBand {
        class: MovementClass::BEST_FIRST[c],
        min: a.min(b),
        max: a.max(b),
        source: Source::provisional(Citation::instrument(Instrument::Qd510)),
    })
}

/// Valid bands: cut 0..=100 at sorted distinct points, classes in increasing order.
fn valid_bands() -> impl Strategy<Value = Vec<ClassBand>> {
    (prop::collection::btree_set(1u32..=100, 0..4), 0usize..4).prop_map(|(cuts, skip)| {
        let classes: Vec<MovementClass> = {
            let mut all = vec![
                MovementClass::Yeu,
                MovementClass::TrungBinh,
                MovementClass::Kha,
                MovementClass::XuatSac,
            ];
            // Use as many classes as there are bands, dropping from position `skip`.
            while all.len() > cuts.len() + 1 {
                let at = skip.min(all.len() - 1);
                all.remove(at);
            }
            all
        };
        let mut starts = vec![0u32];
        starts.extend(cuts.iter().copied());
        starts
            .iter()
            .enumerate()
            .map(|(i, &min)| ClassBand {
                class: classes[i],
                min,
                max: starts.get(i + 1).map_or(100, |n| n - 1),
                source: Source::provisional(Citation::instrument(Instrument::Qd510)),
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn total_stays_in_0_to_100((k, o, v, pm, f) in case()) {
        let sheet = ScoreSheet::builtin(k);
        let mut input = awarded_from(&sheet, &pm);
        input.facts = facts(&f);
        let d = run(k, &o, v, &input);
        prop_assert!(d.outcome.total <= 100);
        prop_assert_eq!(d.outcome.total, d.outcome.earned.saturating_sub(d.outcome.deducted));
        prop_assert_eq!(sheet.band_for(d.outcome.total).unwrap().class, d.outcome.class);
    }

    #[test]
    fn awarding_more_points_never_lowers_the_class(
        (k, o, v, pm, f) in case(), which in 0usize..8, extra in 1u32..=1000)
    {
        let sheet = ScoreSheet::builtin(k);
        let mut low = awarded_from(&sheet, &pm);
        low.facts = facts(&f);
        let mut pm_high = pm.clone();
        pm_high[which] = Some(pm[which].unwrap_or(0).saturating_add(extra).min(1000));
        let mut high = awarded_from(&sheet, &pm_high);
        high.facts = facts(&f);
        let a = run(k, &o, v, &low);
        let b = run(k, &o, v, &high);
        prop_assert!(b.outcome.total >= a.outcome.total);
        prop_assert!(b.outcome.class >= a.outcome.class);
    }

    #[test]
    fn adding_a_violation_never_raises_the_class((k, o, v, pm, f) in case(), new in 0u8..8) {
        let sheet = ScoreSheet::builtin(k);
        let mut before = awarded_from(&sheet, &pm);
        before.facts = facts(&f);
        let mut after = before.clone();
        after.facts.push(DeductionFact::new(DISCIPLINE_DEDUCTION_ID, format!("f{new}")));
        let a = run(k, &o, v, &before);
        let b = run(k, &o, v, &after);
        prop_assert!(b.outcome.total <= a.outcome.total);
        prop_assert!(b.outcome.class <= a.outcome.class);
        // A failed TT124 criterion (NotMet finding, unit not recognised) with no QĐ510
        // discipline deduction for it to waive never raises the class either.
        let c = run(k, &SafetyOutcome::NotRecognised, true, &before);
        if f.is_empty() {
            prop_assert!(c.outcome.class <= a.outcome.class);
        } else {
            // With one, the officer is counted once (the TT124 failure): the deduction is
            // waived, so the total is that of the same unit without the facts — which may
            // be above a unit that keeps its deduction (a not-recognised unit whose TT124
            // discipline criterion was met), so no order with `a` holds here.
            let mut without = before.clone();
            without.facts.clear();
            let c0 = run(k, &SafetyOutcome::NotRecognised, true, &without);
            prop_assert_eq!(c.outcome.total, c0.outcome.total);
            prop_assert_eq!(c.outcome.class, c0.outcome.class);
        }
    }

    #[test]
    fn adding_a_per_occurrence_violation_never_raises_the_class(
        ids in prop::collection::vec(0u8..6, 0..8), new in 0u8..8,
        k1a in 0u32..=10, k2 in 0u32..=20, recognised in any::<bool>())
    {
        let sheet = ScoreSheet::from_json(EXAMPLE_SHEET).unwrap();
        let unit = UnitId::new("u");
        let o = if recognised { SafetyOutcome::Recognised } else { SafetyOutcome::NotRecognised };
        let s = safety(&unit, KindTag::Commune, o, false);
        let mut before = ScoreInput::default();
        before.awarded.insert("example.k1.a".into(), k1a);
        before.awarded.insert("example.k2".into(), k2);
        for i in &ids {
            before.facts.push(DeductionFact::new("example.incident", format!("f{i}")));
        }
        let mut after = before.clone();
        after.facts.push(DeductionFact::new("example.incident", format!("f{new}")));
        let a = classify(&s, &before, &sheet).unwrap();
        let b = classify(&s, &after, &sheet).unwrap();
        prop_assert!(b.outcome.total <= a.outcome.total);
        prop_assert!(b.outcome.class <= a.outcome.class);
    }

    #[test]
    fn a_fact_is_deducted_at_most_once(
        ids in prop::collection::vec(0u8..5, 0..10),
        also_discipline in prop::collection::vec(0u8..5, 0..3),
        recognised in any::<bool>())
    {
        // Example sheet: discipline 10 points once; incidents 3 points per distinct fact.
        let sheet = ScoreSheet::from_json(EXAMPLE_SHEET).unwrap();
        let unit = UnitId::new("u");
        let o = if recognised { SafetyOutcome::Recognised } else { SafetyOutcome::NotRecognised };
        let s = safety(&unit, KindTag::Commune, o, false);
        let mut input = ScoreInput::default();
        input.awarded.insert("example.k2".into(), 20);
        for i in &also_discipline {
            input.facts.push(DeductionFact::new(DISCIPLINE_DEDUCTION_ID, format!("f{i}")));
        }
        for i in &ids {
            input.facts.push(DeductionFact::new("example.incident", format!("f{i}")));
        }
        let d = classify(&s, &input, &sheet).unwrap();
        let disc: std::collections::BTreeSet<_> = also_discipline.iter().collect();
        let inc: std::collections::BTreeSet<_> =
            ids.iter().filter(|i| !disc.contains(i)).collect();
        let expected = if disc.is_empty() { 0 } else { 10 } + 3 * inc.len() as u32;
        prop_assert_eq!(d.outcome.deducted, expected);
        // Reporting every fact twice changes nothing.
        let mut twice = input.clone();
        twice.facts.extend(input.facts.iter().cloned());
        let d2 = classify(&s, &twice, &sheet).unwrap();
        prop_assert_eq!(d2.outcome.total, d.outcome.total);
        prop_assert_eq!(d2.outcome.deducted, d.outcome.deducted);
    }

    #[test]
    fn single_deduction_waiver_never_deducts_a_fact_that_cost_the_50_points(
        (k, _o, _v, pm, f) in case())
    {
        let sheet = ScoreSheet::builtin(k);
        let mut input = awarded_from(&sheet, &pm);
        input.facts = facts(&f);
        let d = run(k, &SafetyOutcome::NotRecognised, true, &input);
        prop_assert_eq!(d.outcome.deducted, 0);
        prop_assert!(d.finding("qd510.exception.single_deduction").is_some());
    }

    #[test]
    fn random_bands_validate_exactly_when_they_partition_0_to_100(
        bands in prop::collection::vec(any_band(), 0..5))
    {
        let mut sheet = ScoreSheet::builtin(KindTag::Commune);
        sheet.bands = bands;
        prop_assert_eq!(sheet.validate().is_ok(), partitions(&sheet.bands));
    }

    #[test]
    fn generated_valid_bands_partition_and_validate(bands in valid_bands()) {
        prop_assert!(partitions(&bands));
        let mut sheet = ScoreSheet::builtin(KindTag::Agency);
        sheet.bands = bands;
        prop_assert!(sheet.validate().is_ok());
    }

    #[test]
    fn safe_item_is_50_exactly_when_recognised((k, o, v, pm, f) in case()) {
        let sheet = ScoreSheet::builtin(k);
        let mut input = awarded_from(&sheet, &pm);
        input.facts = facts(&f);
        let d = run(k, &o, v, &input);
        let item = d.finding(SAFETY_ITEM_ID).unwrap();
        let fifty = item.observed == Value::Points(i64::from(SAFETY_POINTS));
        prop_assert_eq!(fifty, o.is_recognised());
        if !fifty {
            prop_assert_eq!(&item.observed, &Value::Points(0));
        }
        prop_assert_eq!(item.status == Status::Met, o.is_recognised());
    }

    #[test]
    fn classification_is_deterministic((k, o, v, pm, f) in case()) {
        let sheet = ScoreSheet::builtin(k);
        let mut input = awarded_from(&sheet, &pm);
        input.facts = facts(&f);
        let a = run(k, &o, v, &input);
        let b = run(k, &o, v, &input);
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
    }

    #[test]
    fn public_types_round_trip_through_json((k, o, v, pm, f) in case()) {
        let sheet = ScoreSheet::builtin(k);
        let mut input = awarded_from(&sheet, &pm);
        input.facts = facts(&f);
        let d = run(k, &o, v, &input);

        let back: Decision<antq::law::qd510::Classification> =
            serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
        prop_assert_eq!(&back, &d);
        let back: ScoreInput = serde_json::from_str(&serde_json::to_string(&input).unwrap()).unwrap();
        prop_assert_eq!(&back, &input);
        let back = ScoreSheet::from_json(&serde_json::to_string(&sheet).unwrap()).unwrap();
        prop_assert_eq!(&back, &sheet);

        let t = SON_LA_2026_NO_WEAK.check([(&d.unit, d.outcome.class)]).unwrap();
        let back: antq::law::qd510::TargetCheck =
            serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
        prop_assert_eq!(&back, &t);
    }
}

#[test]
fn sheet_set_and_target_round_trip_through_json() {
    let set = SheetSet::builtin();
    let json = serde_json::to_string(&set).unwrap();
    assert_eq!(SheetSet::from_json(&json).unwrap(), set);
    let t: ClassTarget =
        serde_json::from_str(&serde_json::to_string(&SON_LA_2026_NO_WEAK).unwrap()).unwrap();
    assert_eq!(t, SON_LA_2026_NO_WEAK);
}

#[test]
fn builtin_bands_partition_0_to_100() {
    for kind in KindTag::ALL {
        assert!(partitions(&ScoreSheet::builtin(kind).bands));
    }
}
