//! QĐ510 classification against a plain reference (issue 14, DESIGN §20.1): over random sheets
//! (validated or not: duplicate ids, nested groups, "An toàn về ANTT" items anywhere, bands
//! with gaps, many deductions) and random inputs (points present, absent, above the maximum,
//! on unknown ids, on groups or the computed item; facts repeated, against unknown deductions,
//! with empty ids, more than a few), `classify` and `classify_compact` give exactly what the
//! rules say, written here the simplest way: every item looked up with `BTreeMap::get`, the
//! recursion stopping at the first error, the facts counted with a set, the first band that
//! holds the total. Same outcome, same findings in the same order, same error.

use std::borrow::Cow;
use std::collections::BTreeMap;

use antq::citation::{Citation, Instrument, Source};
use antq::explain::{Criterion, CriterionRef, Decision, Finding, Status};
use antq::law::qd510::builtin::{FACT_ONCE, SINGLE_DEDUCTION};
use antq::law::qd510::{
    classify, classify_compact, ClassBand, Deduction, DeductionFact, Frequency, ItemBasis,
    ScoreInput, ScoreItem, ScoreSheet,
};
use antq::{KindTag, MovementClass, SafetyOutcome, UnitId};
use proptest::prelude::*;

#[path = "qd510_reference/model.rs"]
mod model;
use model::{key, reference};

/// Ids sharing prefixes of every length around the eight-byte words the lookup compares.
const IDS: [&str; 12] = [
    "a",
    "b",
    "a.b",
    "qd510.d7",
    "qd510.d7.k1",
    "qd510.d7.k2",
    "qd510.d7.k10",
    "qd510.d7.k1.a",
    "qd510.remainder",
    "qd510.d8.k10.c",
    "qd510.d7.k7.points",
    "an.item.with.a.rather.long.id",
];
const DEDUCTION_IDS: [&str; 4] = ["d1", "d2", "qd510.d8.k11.c", "qd510.d8.k11.c.extra"];
const TT124_IDS: [&str; 3] = ["t.a", "tt124.d6.k4.discipline", "tt124.d6.k5.discipline"];

fn source(provisional: bool) -> Source {
    if provisional {
        Source::provisional(Citation::instrument(Instrument::Qd510))
    } else {
        Source::text(Citation::clause(Instrument::Qd510, 7, 1))
    }
}

fn criterion(id: &str, provisional: bool) -> CriterionRef {
    Criterion {
        id: Cow::Owned(id.to_owned()),
        source: source(provisional),
        vi: Cow::Borrowed("mục"),
        en: Cow::Borrowed("item"),
    }
    .into()
}

fn leaf() -> impl Strategy<Value = ScoreItem> {
    (0usize..IDS.len(), 0u32..40, any::<bool>(), 0u8..5).prop_map(|(id, max, prov, basis)| {
        let mut item = ScoreItem::awarded(criterion(IDS[id], prov), max);
        if basis == 0 {
            item.basis = ItemBasis::SafetyRecognised;
        }
        item
    })
}

fn item() -> impl Strategy<Value = ScoreItem> {
    // Three levels of groups: the first two are scored in line, a third by recursion.
    leaf().prop_recursive(3, 24, 3, |inner| {
        (
            0usize..IDS.len(),
            any::<bool>(),
            prop::collection::vec(inner, 1..4),
            0u32..3,
        )
            .prop_map(|(id, prov, subs, off)| {
                let mut g = ScoreItem::group(criterion(IDS[id], prov), subs);
                // Sometimes a maximum that is not the sum (an unvalidated sheet).
                g.max_points = g.max_points.saturating_sub(off);
                g
            })
    })
}

fn deduction() -> impl Strategy<Value = Deduction> {
    (
        0usize..DEDUCTION_IDS.len(),
        any::<bool>(),
        1u32..30,
        any::<bool>(),
        prop::collection::vec(0usize..TT124_IDS.len(), 0..3),
    )
        .prop_map(|(id, prov, points, per, covered)| Deduction {
            criterion: criterion(DEDUCTION_IDS[id], prov),
            points,
            frequency: if per {
                Frequency::PerOccurrence
            } else {
                Frequency::Once
            },
            covered_by: covered
                .into_iter()
                .map(|c| Cow::Borrowed(TT124_IDS[c]))
                .collect(),
        })
}

/// Bands from cut points: covering 0–100 in class order, or (when `gap`) leaving totals out.
fn bands() -> impl Strategy<Value = Vec<ClassBand>> {
    (
        prop::collection::btree_set(1u32..=100, 3),
        0u8..3,
        any::<bool>(),
    )
        .prop_map(|(cuts, src, gap)| {
            let cuts: Vec<u32> = cuts.into_iter().collect();
            let source = match src {
                0 => Source::provisional(Citation::instrument(Instrument::Qd510)),
                1 => Source::provisional(Citation::instrument(Instrument::Provisional)),
                _ => Source::provincial(Citation::clause(Instrument::Qd510, 8, 1)),
            };
            let lows = [0, cuts[0], cuts[1], cuts[2]];
            let highs = [cuts[0] - 1, cuts[1] - 1, cuts[2] - 1, 100];
            let classes = [
                MovementClass::Yeu,
                MovementClass::TrungBinh,
                MovementClass::Kha,
                MovementClass::XuatSac,
            ];
            (0..4)
                .filter(|&i| !(gap && i == 1))
                .map(|i| ClassBand {
                    class: classes[i],
                    min: lows[i],
                    max: highs[i],
                    source: source.clone(),
                })
                .collect()
        })
}

fn sheet() -> impl Strategy<Value = ScoreSheet> {
    (
        prop::collection::vec(item(), 1..7),
        prop::collection::vec(deduction(), 0..11),
        bands(),
    )
        .prop_map(|(items, deductions, bands)| ScoreSheet {
            name: "test.random".into(),
            kind: KindTag::Enterprise,
            items,
            deductions,
            bands,
        })
}

fn outcome() -> impl Strategy<Value = SafetyOutcome> {
    prop_oneof![
        Just(SafetyOutcome::Recognised),
        Just(SafetyOutcome::NotRecognised),
        Just(SafetyOutcome::CannotDecide),
    ]
}

fn safety() -> impl Strategy<Value = Decision<SafetyOutcome>> {
    (
        outcome(),
        prop::collection::vec((0usize..TT124_IDS.len(), any::<bool>()), 0..4),
    )
        .prop_map(|(outcome, found)| Decision {
            unit: UnitId::new("dn-1"),
            outcome,
            findings: found
                .into_iter()
                .map(|(c, met)| {
                    let mut f = Finding::boolean(
                        Criterion {
                            id: Cow::Borrowed(TT124_IDS[c]),
                            source: Source::text(Citation::clause(Instrument::Tt124, 6, 4)),
                            vi: Cow::Borrowed("tiêu chí"),
                            en: Cow::Borrowed("criterion"),
                        },
                        Some(met),
                        true,
                    );
                    f.status = if met { Status::Met } else { Status::NotMet };
                    f
                })
                .collect(),
        })
}

/// Points for some of the sheet's ids (leaves mostly within their maximum, sometimes above;
/// groups and the computed item sometimes; unknown ids rarely) and facts.
fn input_for(sheet: &ScoreSheet) -> impl Strategy<Value = ScoreInput> {
    let mut ids: Vec<(String, u32)> = Vec::new();
    fn walk(items: &[ScoreItem], out: &mut Vec<(String, u32)>) {
        for i in items {
            out.push((i.id().to_owned(), i.max_points));
            walk(&i.sub_items, out);
        }
    }
    walk(&sheet.items, &mut ids);
    let deductions: Vec<String> = sheet.deductions.iter().map(|d| d.id().to_owned()).collect();
    let n = ids.len();
    (
        prop::collection::vec((0u8..10, 0u32..1000), n),
        prop::collection::vec((0u8..20, 0usize..8, 0u8..4), 0..12),
        0u8..8,
    )
        .prop_map(move |(per_id, facts, stray)| {
            let mut input = ScoreInput::new();
            for ((id, max), (pick, x)) in ids.iter().zip(per_id) {
                match pick {
                    0..=3 => {} // absent
                    4 => {
                        input.awarded.insert(id.clone(), max + 1 + x % 3); // above the maximum
                    }
                    _ => {
                        input.awarded.insert(id.clone(), x % (max + 1));
                    }
                }
            }
            if stray == 0 {
                input.awarded.insert("qd510.d7.k1.b".into(), 1); // an id of no item
            }
            for (kind, d, f) in facts {
                let deduction = if kind == 0 || deductions.is_empty() {
                    "unknown.deduction".to_owned()
                } else {
                    deductions[d % deductions.len()].clone()
                };
                let fact = if kind == 1 {
                    String::new()
                } else {
                    format!("f{f}")
                };
                input.facts.push(DeductionFact::new(deduction, fact));
            }
            input
        })
}

fn case() -> impl Strategy<Value = (ScoreSheet, ScoreInput, Decision<SafetyOutcome>)> {
    (sheet(), safety()).prop_flat_map(|(sheet, safety)| {
        let input = input_for(&sheet);
        (Just(sheet), input, Just(safety))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn classification_is_the_reference_one((sheet, input, safety) in case()) {
        let expected = reference(&safety, &input, &sheet);
        let full = classify(&safety, &input, &sheet);
        let compact = classify_compact(&safety, &input, &sheet);
        match expected {
            Err(e) => {
                prop_assert_eq!(full.unwrap_err().to_string(), e.to_string());
                prop_assert_eq!(compact.unwrap_err().to_string(), e.to_string());
            }
            Ok(r) => {
                let full = full.unwrap();
                let o = &full.outcome;
                prop_assert_eq!(
                    (o.earned, o.deducted, o.waived, o.safety_points, o.total, o.unscored_items),
                    (r.earned, r.deducted, r.waived, r.safety_points, r.total, r.unscored)
                );
                prop_assert_eq!(&o.band, &r.band);
                prop_assert_eq!(o.class, r.band.class);
                let got: Vec<_> = full.findings.iter().map(key).collect();
                let want: Vec<_> = r.findings.iter().map(key).collect();
                prop_assert_eq!(got, want);
                // Items and deductions are the sheet's own criteria (a pointer copied).
                for (g, w) in full.findings.iter().zip(&r.findings) {
                    if !w.criterion.id.starts_with("qd510.band.") {
                        prop_assert!(g.criterion.same(&w.criterion));
                    }
                }
                prop_assert_eq!(
                    o.provisional,
                    r.findings.iter().any(|f| f.criterion.source.is_provisional())
                );
                let compact = compact.unwrap();
                prop_assert_eq!(&compact.outcome, o);
                prop_assert_eq!(compact.needs_action(), r.needs_action);
            }
        }
    }
}

/// The strategies reach every branch the reference has (a test that cannot fail is a defect:
/// here, a generator that never produced an error or a waiver would make the property empty).
#[test]
fn the_random_cases_reach_every_outcome() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut seen = BTreeMap::new();
    for _ in 0..3000 {
        let (sheet, input, safety) = case().new_tree(&mut runner).unwrap().current();
        let what = match reference(&safety, &input, &sheet) {
            Err(e) => {
                let field = e.field().unwrap_or("-");
                let field = if field.starts_with("awarded.") {
                    "awarded.<id>"
                } else if field.starts_with("facts[") {
                    "facts[i].fact"
                } else {
                    field
                };
                format!("error {field}")
            }
            Ok(r)
                if r.findings
                    .iter()
                    .any(|f| f.criterion.id == SINGLE_DEDUCTION.id) =>
            {
                "waived".into()
            }
            Ok(r) if r.findings.iter().any(|f| f.criterion.id == FACT_ONCE.id) => "repeat".into(),
            Ok(r) if r.unscored > 0 => "unscored".into(),
            Ok(_) => "ok".into(),
        };
        *seen.entry(what).or_insert(0u32) += 1;
    }
    for what in [
        "error awarded",
        "error awarded.<id>",
        "error facts[i].fact",
        "error facts.deduction",
        "error bands",
        "waived",
        "repeat",
        "unscored",
        "ok",
    ] {
        assert!(seen.contains_key(what), "{what} never reached: {seen:?}");
    }
}
