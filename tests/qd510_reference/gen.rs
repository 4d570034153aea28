//! The random sheets, TT124 decisions and score inputs of `tests/qd510_reference.rs`, shared
//! with `tests/qd510_plan.rs` (each test crate uses a part of them).
#![allow(dead_code)]

use std::borrow::Cow;

use antq::citation::{Citation, Instrument, Source};
use antq::explain::{Criterion, CriterionRef, Decision, Finding, Status};
use antq::law::qd510::{
    ClassBand, Deduction, DeductionFact, Frequency, ItemBasis, ScoreInput, ScoreItem, ScoreSheet,
};
use antq::{KindTag, MovementClass, SafetyOutcome, UnitId};
use proptest::prelude::*;

/// Ids sharing prefixes of every length around the eight-byte words the lookup compares.
pub const IDS: [&str; 12] = [
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
pub const DEDUCTION_IDS: [&str; 4] = ["d1", "d2", "qd510.d8.k11.c", "qd510.d8.k11.c.extra"];
pub const TT124_IDS: [&str; 3] = ["t.a", "tt124.d6.k4.discipline", "tt124.d6.k5.discipline"];

pub fn source(provisional: bool) -> Source {
    if provisional {
        Source::provisional(Citation::instrument(Instrument::Qd510))
    } else {
        Source::text(Citation::clause(Instrument::Qd510, 7, 1))
    }
}

pub fn criterion(id: &str, provisional: bool) -> CriterionRef {
    Criterion {
        id: Cow::Owned(id.to_owned()),
        source: source(provisional),
        vi: Cow::Borrowed("mục"),
        en: Cow::Borrowed("item"),
    }
    .into()
}

pub fn leaf() -> impl Strategy<Value = ScoreItem> {
    (0usize..IDS.len(), 0u32..40, any::<bool>(), 0u8..5).prop_map(|(id, max, prov, basis)| {
        let mut item = ScoreItem::awarded(criterion(IDS[id], prov), max);
        if basis == 0 {
            item.basis = ItemBasis::SafetyRecognised;
        }
        item
    })
}

pub fn item() -> impl Strategy<Value = ScoreItem> {
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

pub fn deduction() -> impl Strategy<Value = Deduction> {
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
pub fn bands() -> impl Strategy<Value = Vec<ClassBand>> {
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

pub fn sheet() -> impl Strategy<Value = ScoreSheet> {
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

pub fn outcome() -> impl Strategy<Value = SafetyOutcome> {
    prop_oneof![
        Just(SafetyOutcome::Recognised),
        Just(SafetyOutcome::NotRecognised),
        Just(SafetyOutcome::CannotDecide),
    ]
}

pub fn safety() -> impl Strategy<Value = Decision<SafetyOutcome>> {
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
pub fn input_for(sheet: &ScoreSheet) -> impl Strategy<Value = ScoreInput> {
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

pub fn case() -> impl Strategy<Value = (ScoreSheet, ScoreInput, Decision<SafetyOutcome>)> {
    (sheet(), safety()).prop_flat_map(|(sheet, safety)| {
        let input = input_for(&sheet);
        (Just(sheet), input, Just(safety))
    })
}

/// `sheet` changed as little as it takes to pass `ScoreSheet::validate`: repeated ids get a
/// suffix, a second "An toàn về ANTT" leaf becomes awarded, leaf maxima are cut to a budget of
/// 100 in sheet order and a remainder leaf completes the top level to 100, group maxima are
/// their sub-items' sum, `covered_by` is kept only with an "An toàn về ANTT" leaf, and the
/// bands are stretched over their gaps.
pub fn validated(mut sheet: ScoreSheet) -> ScoreSheet {
    fn fix(items: &mut [ScoreItem], seen: &mut Vec<String>, safety: &mut bool, budget: &mut u32) {
        for item in items {
            let id = item.id().to_owned();
            if seen.contains(&id) {
                let mut c = (*item.criterion).clone();
                c.id = format!("{id}#{}", seen.len()).into();
                item.criterion = c.into();
            }
            seen.push(item.id().to_owned());
            if item.is_leaf() {
                if item.basis == ItemBasis::SafetyRecognised {
                    if *safety {
                        item.basis = ItemBasis::Awarded;
                    }
                    *safety = true;
                }
                item.max_points = item.max_points.min(*budget);
                *budget -= item.max_points;
            } else {
                fix(&mut item.sub_items, seen, safety, budget);
                item.max_points = item.sub_items.iter().map(|s| s.max_points).sum();
            }
        }
    }
    let mut seen = Vec::new();
    let mut safety = false;
    let mut budget = 100;
    fix(&mut sheet.items, &mut seen, &mut safety, &mut budget);
    if budget > 0 {
        sheet.items.push(ScoreItem::awarded(
            criterion("test.remainder", true),
            budget,
        ));
    }
    let mut deductions: Vec<Deduction> = Vec::new();
    for mut d in sheet.deductions {
        if seen.iter().any(|s| s == d.id()) {
            continue;
        }
        seen.push(d.id().to_owned());
        if !safety {
            d.covered_by.clear();
        }
        deductions.push(d);
    }
    sheet.deductions = deductions;
    sheet.bands.sort_by_key(|b| b.min);
    let n = sheet.bands.len();
    for i in 0..n {
        sheet.bands[i].max = if i + 1 < n {
            sheet.bands[i + 1].min - 1
        } else {
            100
        };
    }
    if let Some(b) = sheet.bands.first_mut() {
        b.min = 0;
    }
    sheet
}

/// A [`case`] whose sheet is [`validated`].
pub fn valid_case() -> impl Strategy<Value = (ScoreSheet, ScoreInput, Decision<SafetyOutcome>)> {
    (sheet(), safety()).prop_flat_map(|(sheet, safety)| {
        let sheet = validated(sheet);
        let input = input_for(&sheet);
        (Just(sheet), input, Just(safety))
    })
}
