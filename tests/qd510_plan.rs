//! QĐ510 classification with the committee's points by leaf position (`ScorePlan`, issue 14,
//! DESIGN §21.2): the same outcome, findings, errors and `needs_action` as `classify` /
//! `classify_compact` with the same points given by item id, and as the plain reference of
//! `tests/qd510_reference/model.rs` — over random sheets made valid and random inputs, at both
//! sides of every boundary (points at the maximum and one above, slices shorter, empty and
//! longer than the sheet), on every built-in sheet and the example sheet read from JSON.

use std::collections::BTreeMap;

use antq::explain::{Finding, Status, Value};
use antq::law::qd510::builtin::{DISCIPLINE, FACT_ONCE};
use antq::law::qd510::{
    classify, classify_compact, DeductionFact, ItemBasis, ScoreInput, ScorePlan, ScoreSheet,
    DISCIPLINE_DEDUCTION_ID, SAFETY_ITEM_ID,
};
use antq::{Decision, Error, KindTag, SafetyOutcome, UnitId};
use proptest::prelude::*;

#[path = "qd510_reference/gen.rs"]
mod gen;
#[path = "qd510_reference/model.rs"]
mod model;
use gen::{case, valid_case, validated};
use model::{key, reference};

const EXAMPLE_SHEET: &str = include_str!("../examples/data/qd510_example_commune.json");

/// A leaf id no sheet has: what a position past the end of the slice stands for by id.
const STRAY: &str = "test.no.such.leaf";

fn sheets() -> Vec<ScoreSheet> {
    let mut v: Vec<ScoreSheet> = KindTag::ALL
        .iter()
        .map(|&k| ScoreSheet::builtin(k))
        .collect();
    v.push(ScoreSheet::from_json(EXAMPLE_SHEET).unwrap());
    v
}

/// The points given by id that a points slice stands for.
fn by_id(plan: &ScorePlan<'_>, points: &[Option<u32>], facts: &[DeductionFact]) -> ScoreInput {
    let mut input = ScoreInput::new();
    for (i, p) in points.iter().enumerate() {
        match (plan.leaf_id(i), *p) {
            (Some(id), Some(p)) => input = input.award(id, p),
            (Some(_), None) => {}
            // Past the end, given or not: points for no leaf.
            (None, p) => input = input.award(STRAY, p.unwrap_or(0)),
        }
    }
    input.facts = facts.to_vec();
    input
}

fn safety_of(outcome: SafetyOutcome) -> Decision<SafetyOutcome> {
    Decision::new(UnitId::new("dn-1"), outcome, vec![])
}

/// By position, by id (full and compact) and the reference agree; errors agree but for a
/// position past the end, which by id is an id of no leaf (`awarded`) checked at the same
/// point of the rules, and by position names the position.
fn assert_same(
    plan: &ScorePlan<'_>,
    safety: &Decision<SafetyOutcome>,
    points: &[Option<u32>],
    facts: &[DeductionFact],
) -> Result<(), TestCaseError> {
    let sheet = plan.sheet();
    let input = by_id(plan, points, facts);
    let expected = reference(safety, &input, sheet);
    let full = plan.classify(safety, points, facts);
    let compact = plan.classify_compact(safety, points, facts);
    match expected {
        Err(e) => {
            let field = e.field().unwrap_or_default().to_owned();
            let want = if field == "awarded" && points.len() > plan.len() {
                prop_assert_eq!(e.to_string(), format!("{}", unknown_stray()));
                format!("points[{}]", plan.len())
            } else {
                field
            };
            let full = full.unwrap_err();
            prop_assert_eq!(full.field(), Some(want.as_str()));
            prop_assert_eq!(compact.unwrap_err().to_string(), full.to_string());
            if points.len() <= plan.len() {
                prop_assert_eq!(full.to_string(), e.to_string());
                let by_id = classify_compact(safety, &input, sheet).unwrap_err();
                prop_assert_eq!(by_id.to_string(), e.to_string());
            }
        }
        Ok(r) => {
            prop_assert!(points.len() <= plan.len());
            let full = full.unwrap();
            prop_assert_eq!(&full, &classify(safety, &input, sheet).unwrap());
            let got: Vec<_> = full.findings.iter().map(key).collect();
            let want: Vec<_> = r.findings.iter().map(key).collect();
            prop_assert_eq!(got, want);
            let o = &full.outcome;
            prop_assert_eq!(
                (
                    o.earned,
                    o.deducted,
                    o.waived,
                    o.safety_points,
                    o.total,
                    o.unscored_items
                ),
                (
                    r.earned,
                    r.deducted,
                    r.waived,
                    r.safety_points,
                    r.total,
                    r.unscored
                )
            );
            prop_assert_eq!(&o.band, &r.band);
            let compact = compact.unwrap();
            prop_assert_eq!(&compact, &classify_compact(safety, &input, sheet).unwrap());
            prop_assert_eq!(&compact.outcome, o);
            prop_assert_eq!(compact.needs_action(), r.needs_action);
        }
    }
    Ok(())
}

fn unknown_stray() -> Error {
    Error::unknown(
        antq::error::Subject::Unit(UnitId::new("dn-1")),
        "awarded",
        STRAY,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// QĐ510 Đ7 (points awarded per item), Đ8 k10 c (the "An toàn về ANTT" points), Đ8 k11
    /// (deductions, with Sơn La …/UBND-NC §2a's single deduction): the points of each leaf
    /// given by its position decide exactly as the same points given by its id. The slice is
    /// cut after its last given points (shorter than the sheet), kept whole, or made longer.
    #[test]
    fn qd510_points_by_leaf_position_decide_as_points_by_id(
        (sheet, input, safety) in valid_case(),
        shape in 0u8..8,
        extra in prop::option::of(0u32..200),
    ) {
        let plan = ScorePlan::new(&sheet).unwrap();
        let mut points = vec![None; plan.len()];
        for (id, &p) in &input.awarded {
            // Points on a group, the computed item or no item have no position.
            if let Some(i) = plan.position(id) {
                points[i] = Some(p);
            }
        }
        match shape {
            0 => points.truncate(points.iter().rposition(Option::is_some).map_or(0, |i| i + 1)),
            1 => points.push(extra),
            2 => points.clear(),
            _ => {}
        }
        assert_same(&plan, &safety, &points, &input.facts)?;
    }

    /// A sheet that does not pass `ScoreSheet::validate` has no plan, with the same error.
    #[test]
    fn qd510_sheet_refused_by_the_plan_exactly_as_by_validate((sheet, _i, _s) in case()) {
        match (ScorePlan::new(&sheet), sheet.validate()) {
            (Ok(plan), Ok(())) => prop_assert_eq!(plan.len(), sheet.awarded_items().len()),
            (Err(e), Err(v)) => prop_assert_eq!(e.to_string(), v.to_string()),
            (p, v) => prop_assert!(false, "plan {:?}, validate {:?}", p.err(), v.err()),
        }
        prop_assert!(validated(sheet).validate().is_ok());
    }
}

/// Every built-in sheet and the example sheet: position `i` is the `i`-th leaf taking awarded
/// points in sheet order (`awarded_items`), and ids of groups, the computed item, deductions
/// and no item have no position.
#[test]
fn qd510_d7_positions_are_the_awarded_leaves_in_sheet_order() {
    for sheet in sheets() {
        let plan = ScorePlan::new(&sheet).unwrap();
        let leaves = sheet.awarded_items();
        assert_eq!(plan.len(), leaves.len(), "{}", sheet.name);
        assert!(!plan.is_empty());
        for (i, leaf) in leaves.iter().enumerate() {
            assert_eq!(plan.leaf_id(i), Some(leaf.id()));
            assert_eq!(plan.position(leaf.id()), Some(i));
        }
        assert_eq!(plan.leaf_id(plan.len()), None);
        assert_eq!(plan.position(SAFETY_ITEM_ID), None);
        assert_eq!(plan.position(DISCIPLINE_DEDUCTION_ID), None);
        assert_eq!(plan.position(STRAY), None);
        fn groups(items: &[antq::law::qd510::ScoreItem], out: &mut Vec<String>) {
            for i in items {
                if !i.is_leaf() || i.basis == ItemBasis::SafetyRecognised {
                    out.push(i.id().to_owned());
                }
                groups(&i.sub_items, out);
            }
        }
        let mut not_leaves = Vec::new();
        groups(&sheet.items, &mut not_leaves);
        for id in not_leaves {
            assert_eq!(plan.position(&id), None, "{id}");
        }
    }
}

/// QĐ510 Đ7: an item is met at its maximum and not met one below; one point above its
/// maximum is an error naming the item (`awarded.<id>`), by position as by id — at every
/// leaf of every built-in sheet, under each TT124 outcome that reaches QĐ510.
#[test]
fn qd510_d7_item_at_its_maximum_is_met_and_one_more_is_an_error() {
    for sheet in sheets() {
        let plan = ScorePlan::new(&sheet).unwrap();
        let facts = [DeductionFact::new(DISCIPLINE_DEDUCTION_ID, "ky-luat-1")];
        for outcome in [
            SafetyOutcome::Recognised,
            SafetyOutcome::NotRecognised,
            SafetyOutcome::CannotDecide,
        ] {
            let safety = safety_of(outcome);
            for i in 0..plan.len() {
                let max = plan.leaf(i).unwrap().max_points;
                let mut points: Vec<Option<u32>> = (0..plan.len())
                    .map(|j| plan.leaf(j).map(|l| l.max_points))
                    .collect();
                let full = plan.classify(&safety, &points, &facts).unwrap();
                let id = plan.leaf_id(i).unwrap();
                let status = |d: &Decision<_>| {
                    d.findings
                        .iter()
                        .find(|f| f.criterion.id == id)
                        .map(|f| f.status)
                };
                assert_eq!(status(&full), Some(Status::Met), "{id}");
                assert_same(&plan, &safety, &points, &facts).unwrap();
                if max > 0 {
                    points[i] = Some(max - 1);
                    let d = plan.classify(&safety, &points, &facts).unwrap();
                    assert_eq!(status(&d), Some(Status::NotMet), "{id}");
                    assert_same(&plan, &safety, &points, &facts).unwrap();
                }
                points[i] = Some(max + 1);
                let e = plan.classify_compact(&safety, &points, &facts).unwrap_err();
                assert_eq!(e.field(), Some(format!("awarded.{id}").as_str()));
                assert_same(&plan, &safety, &points, &facts).unwrap();
            }
        }
    }
}

/// QĐ510 Đ7: items without points count 0 and are unknown (the class a lower bound) — an
/// empty slice leaves every leaf unscored, a slice of `len() - 1` the last one; a slice of
/// exactly `len()` positions is accepted and one more position is an error naming it
/// (`points[<len>]`), even when it holds no points, and after a fact's own error.
#[test]
fn qd510_d7_unscored_items_and_the_length_of_the_points() {
    let safety = safety_of(SafetyOutcome::Recognised);
    for sheet in sheets() {
        let plan = ScorePlan::new(&sheet).unwrap();
        let n = plan.len();
        let c = plan.classify_compact(&safety, &[], &[]).unwrap();
        assert_eq!(c.outcome.unscored_items as usize, n);
        assert!(c.needs_action());
        assert_eq!(
            c,
            classify_compact(&safety, &ScoreInput::new(), &sheet).unwrap()
        );
        let full: Vec<Option<u32>> = vec![Some(0); n];
        let c = plan.classify_compact(&safety, &full, &[]).unwrap();
        assert_eq!(c.outcome.unscored_items, 0);
        let c = plan.classify_compact(&safety, &full[..n - 1], &[]).unwrap();
        assert_eq!(c.outcome.unscored_items, 1);
        for last in [None, Some(0)] {
            let mut long = full.clone();
            long.push(last);
            let e = plan.classify_compact(&safety, &long, &[]).unwrap_err();
            assert_eq!(e.field(), Some(format!("points[{n}]").as_str()));
            assert!(
                e.to_string().contains(&format!("{} positions", n + 1)),
                "{e}"
            );
            assert_eq!(
                plan.classify(&safety, &long, &[]).unwrap_err().to_string(),
                e.to_string()
            );
            // A fact against no deduction is found first, as by id.
            let bad = [DeductionFact::new("no.such.deduction", "f")];
            let e = plan.classify_compact(&safety, &long, &bad).unwrap_err();
            assert_eq!(e.field(), Some("facts.deduction"));
        }
    }
}

/// The plan of every built-in sheet under every TT124 outcome, with facts repeated and a
/// discipline fact that TT124 already counted (Sơn La …/UBND-NC §2a): the same decision by
/// position as by id.
#[test]
fn qd510_d8_k11_deductions_by_position_as_by_id_on_every_builtin_sheet() {
    let facts = [
        DeductionFact::new(DISCIPLINE_DEDUCTION_ID, "ky-luat-1"),
        DeductionFact::new(DISCIPLINE_DEDUCTION_ID, "ky-luat-1"),
    ];
    let mut seen = BTreeMap::new();
    for sheet in sheets() {
        let plan = ScorePlan::new(&sheet).unwrap();
        let points: Vec<Option<u32>> = (0..plan.len())
            .map(|i| (i % 3 != 1).then(|| plan.leaf(i).unwrap().max_points / 2))
            .collect();
        for outcome in [
            SafetyOutcome::Recognised,
            SafetyOutcome::NotRecognised,
            SafetyOutcome::CannotDecide,
        ] {
            for f in 0..=facts.len() {
                let mut safety = safety_of(outcome.clone());
                // The TT124 criterion the discipline deduction rests on, not met.
                let covered = sheet
                    .deduction(DISCIPLINE_DEDUCTION_ID)
                    .and_then(|d| d.covered_by.first());
                if let (Some(id), false) = (covered, outcome.is_recognised()) {
                    let mut c = DISCIPLINE.clone();
                    c.id = id.clone();
                    safety
                        .findings
                        .push(Finding::new(c, Status::NotMet, Value::None, Value::None));
                }
                assert_same(&plan, &safety, &points, &facts[..f]).unwrap();
                let d = plan.classify(&safety, &points, &facts[..f]).unwrap();
                let what = if d.outcome.waived > 0 {
                    "waived"
                } else if d.outcome.deducted > 0 {
                    "deducted"
                } else {
                    "none"
                };
                *seen.entry(what).or_insert(0) += 1;
            }
        }
    }
    assert_eq!(seen.len(), 3, "{seen:?}");
}

/// The random cases of the property above reach every branch by position: each error (a point
/// above a maximum, a position past the end, a fact against no deduction, an empty fact id),
/// the waiver, a repeated fact, unscored items and clean decisions.
#[test]
fn the_random_cases_by_position_reach_every_outcome() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut seen = BTreeMap::new();
    for n in 0..3000 {
        let (sheet, input, safety) = valid_case().new_tree(&mut runner).unwrap().current();
        let plan = ScorePlan::new(&sheet).unwrap();
        let mut points = vec![None; plan.len()];
        for (id, &p) in &input.awarded {
            if let Some(i) = plan.position(id) {
                points[i] = Some(p);
            }
        }
        if n % 8 == 1 {
            points.push(None);
        }
        let what = match plan.classify(&safety, &points, &input.facts) {
            Err(e) => {
                let field = e.field().unwrap_or("-");
                let field = if field.starts_with("awarded.") {
                    "awarded.<id>"
                } else if field.starts_with("facts[") {
                    "facts[i].fact"
                } else if field.starts_with("points[") {
                    "points[n]"
                } else {
                    field
                };
                format!("error {field}")
            }
            Ok(d) if d.outcome.waived > 0 && d.outcome.deducted == 0 => "waived".into(),
            Ok(d) if d.findings.iter().any(|f| f.criterion.id == FACT_ONCE.id) => "repeat".into(),
            Ok(d) if d.outcome.unscored_items > 0 => "unscored".into(),
            Ok(_) => "ok".into(),
        };
        *seen.entry(what).or_insert(0u32) += 1;
    }
    for what in [
        "error awarded.<id>",
        "error points[n]",
        "error facts[i].fact",
        "error facts.deduction",
        "waived",
        "repeat",
        "unscored",
        "ok",
    ] {
        assert!(seen.contains_key(what), "{what} never reached: {seen:?}");
    }
}
