//! Edges of the qd510 rules that the clause-named test files did not pin: tests added to kill
//! surviving mutants (DESIGN §15.1), each named after the clause it pins.

mod common;

use std::borrow::Cow;

use antq::citation::{Citation, Instrument, Source};
use antq::explain::Criterion;
use antq::law::qd510::{Deduction, Frequency, ScoreSheet, DISCIPLINE_DEDUCTION_ID};
use antq::unit::KindTag;
use antq::Error;

fn crit(id: &str) -> Criterion {
    Criterion {
        id: Cow::Owned(id.to_owned()),
        source: Source::text(Citation::article(Instrument::Qd510, 8)),
        vi: Cow::Borrowed("Mục"),
        en: Cow::Borrowed("Item"),
    }
}

#[test]
fn qd510_d8_k11_deduction_ids_list_every_deduction_of_the_sheet_in_order() {
    let builtin = ScoreSheet::builtin(KindTag::Commune);
    let ids: Vec<_> = builtin.deduction_ids().collect();
    assert_eq!(ids, [DISCIPLINE_DEDUCTION_ID]);
    let mut sheet = builtin.clone();
    sheet.deductions.push(Deduction {
        criterion: crit("son_la.crime").into(),
        points: 2,
        frequency: Frequency::PerOccurrence,
        covered_by: vec![],
    });
    let ids: Vec<_> = sheet.deduction_ids().collect();
    assert_eq!(ids, [DISCIPLINE_DEDUCTION_ID, "son_la.crime"]);
    sheet.deductions.clear();
    assert_eq!(sheet.deduction_ids().count(), 0);
}

/// A TT124 decision that failed on `criterion` (one failed finding).
fn failed_on(unit: &str, criterion: &str) -> antq::Decision<antq::SafetyOutcome> {
    antq::Decision::new(
        unit,
        antq::SafetyOutcome::NotRecognised,
        vec![antq::Finding::boolean(crit(criterion), Some(true), false)],
    )
}

#[test]
fn son_la_s2a_a_deduction_waived_by_a_failed_tt124_criterion_reads_as_waived_naming_it() {
    use antq::law::qd510::builtin::discipline_criteria;
    use antq::law::qd510::{classify, DeductionOutcome, ScoreInput};
    let sheet = ScoreSheet::builtin(KindTag::Commune);
    let covering = discipline_criteria(KindTag::Commune)[0];
    let input = ScoreInput::full_marks(&sheet).with_fact(DISCIPLINE_DEDUCTION_ID, "a");
    let d = classify(&failed_on("xa-1", covering), &input, &sheet).unwrap();
    assert_eq!(
        d.deduction(DISCIPLINE_DEDUCTION_ID),
        Some(DeductionOutcome::Waived {
            covered_by: covering.into()
        })
    );
    assert_eq!((d.outcome.deducted, d.outcome.waived), (0, 5));
    // Failed for a criterion the deduction does not cover: applied.
    let d = classify(&failed_on("xa-1", "tt124.other"), &input, &sheet).unwrap();
    assert_eq!(
        d.deduction(DISCIPLINE_DEDUCTION_ID),
        Some(DeductionOutcome::Applied { points: 5 })
    );
}

#[test]
fn qd510_d8_k11_a_not_applicable_deduction_without_the_waiver_after_it_is_not_applied() {
    use antq::explain::{Status, Value};
    use antq::law::qd510::{classify, DeductionOutcome, ScoreInput};
    let sheet = ScoreSheet::builtin(KindTag::Commune);
    let covering = antq::law::qd510::builtin::discipline_criteria(KindTag::Commune)[0];
    let input = ScoreInput::full_marks(&sheet).with_fact(DISCIPLINE_DEDUCTION_ID, "a");
    let mut d = classify(&failed_on("xa-1", covering), &input, &sheet).unwrap();
    let at = d
        .findings
        .iter()
        .position(|f| f.criterion.id == DISCIPLINE_DEDUCTION_ID)
        .unwrap();
    // Whatever follows the deduction, only the single-deduction note makes it a waiver.
    d.findings[at + 1] = antq::Finding::new(
        crit("other.note"),
        Status::Met,
        Value::Text("tt124.x".into()),
        Value::None,
    );
    assert_eq!(
        d.deduction(DISCIPLINE_DEDUCTION_ID),
        Some(DeductionOutcome::NotApplied)
    );
}

#[test]
fn qd510_d8_k11_a_deduction_worth_no_points_takes_nothing_off_and_is_not_applied() {
    use antq::law::qd510::{classify, DeductionOutcome, ScoreInput};
    // An unvalidated sheet (validation refuses a 0-point deduction) still classifies.
    let mut sheet = ScoreSheet::builtin(KindTag::Commune);
    sheet.deductions[0].points = 0;
    let input = ScoreInput::full_marks(&sheet).with_fact(DISCIPLINE_DEDUCTION_ID, "a");
    let recognised = antq::Decision::new("xa-1", antq::SafetyOutcome::Recognised, vec![]);
    let d = classify(&recognised, &input, &sheet).unwrap();
    assert_eq!(d.outcome.deducted, 0);
    assert_eq!(
        d.deduction(DISCIPLINE_DEDUCTION_ID),
        Some(DeductionOutcome::NotApplied)
    );
    sheet.deductions[0].points = 1;
    let d = classify(&recognised, &input, &sheet).unwrap();
    assert_eq!(
        d.deduction(DISCIPLINE_DEDUCTION_ID),
        Some(DeductionOutcome::Applied { points: 1 })
    );
}

#[test]
fn qd510_classification_text_mentions_unscored_items_only_when_there_are_some() {
    use antq::explain::Describe;
    use antq::law::qd510::{classify, ScoreInput};
    use antq::Lang;
    let sheet = ScoreSheet::builtin(KindTag::Commune);
    let recognised = antq::Decision::new("xa-1", antq::SafetyOutcome::Recognised, vec![]);
    let full = classify(&recognised, &ScoreInput::full_marks(&sheet), &sheet).unwrap();
    assert_eq!(full.outcome.unscored_items, 0);
    let text = full.outcome.describe(Lang::En);
    assert!(!text.contains("not scored"), "{text}");
    assert!(!full.outcome.describe(Lang::Vi).contains("chưa có điểm"));
    let mut partial = ScoreInput::full_marks(&sheet);
    let first = sheet.awarded_items()[0].id().to_owned();
    partial.awarded.remove(&first);
    let d = classify(&recognised, &partial, &sheet).unwrap();
    assert_eq!(d.outcome.unscored_items, 1);
    let text = d.outcome.describe(Lang::En);
    assert!(text.contains("; 1 item(s) not scored"), "{text}");
    assert!(d
        .outcome
        .describe(Lang::Vi)
        .contains("; 1 mục chưa có điểm"));
}

/// The shared commune test sheet with the provisional bands.
fn sheet() -> ScoreSheet {
    common::commune_test_sheet(crit, antq::law::qd510::builtin::provisional_bands())
}

fn recognised() -> antq::Decision<antq::SafetyOutcome> {
    antq::Decision::new("xa-1", antq::SafetyOutcome::Recognised, vec![])
}

#[test]
fn qd510_an_unknown_awarded_id_is_named_even_after_valid_awards() {
    use antq::law::qd510::{classify, ScoreInput};
    let s = sheet();
    s.validate().unwrap();
    // "k1" at its maximum and "k2.a" below it sort before the unknown id.
    let input = ScoreInput::new()
        .award("k1", 30)
        .award("k2.a", 3)
        .award("zz.unknown", 1);
    match classify(&recognised(), &input, &s).unwrap_err() {
        Error::UnknownReference { field, id, .. } => {
            assert_eq!(field, "awarded");
            assert_eq!(id, "zz.unknown");
        }
        e => panic!("{e}"),
    }
}

#[test]
fn qd510_d7_a_group_is_unknown_while_a_sub_item_is_unscored_met_at_its_maximum() {
    use antq::explain::{Status, Value};
    use antq::law::qd510::{classify, ScoreInput};
    let s = sheet();
    let group = |input: &ScoreInput| {
        let d = classify(&recognised(), input, &s).unwrap();
        let f = d.findings.iter().find(|f| f.criterion.id == "k2").unwrap();
        (f.status, f.observed.clone(), f.required.clone())
    };
    let one_missing = ScoreInput::new().award("k1", 30).award("k2.a", 15);
    assert_eq!(
        group(&one_missing),
        (Status::Unknown, Value::Points(15), Value::AtMost(20))
    );
    let full = one_missing.clone().award("k2.b", 5);
    assert_eq!(
        group(&full),
        (Status::Met, Value::Points(20), Value::AtMost(20))
    );
    let short = one_missing.award("k2.b", 4);
    assert_eq!(
        group(&short),
        (Status::NotMet, Value::Points(19), Value::AtMost(20))
    );
    // An unscored item outside the group leaves the group decided.
    let k1_missing = ScoreInput::new().award("k2.a", 15).award("k2.b", 5);
    assert_eq!(group(&k1_missing).0, Status::Met);
}

#[test]
fn qd510_d7_an_awarded_item_is_met_at_its_maximum_and_not_met_one_point_below() {
    use antq::explain::{Status, Value};
    use antq::law::qd510::{classify, ScoreInput};
    let s = sheet();
    let leaf = |points: u32| {
        let input = ScoreInput::full_marks(&s).award("k1", points);
        let d = classify(&recognised(), &input, &s).unwrap();
        let f = d.findings.iter().find(|f| f.criterion.id == "k1").unwrap();
        (f.status, f.observed.clone(), f.required.clone())
    };
    assert_eq!(
        leaf(30),
        (Status::Met, Value::Points(30), Value::AtMost(30))
    );
    assert_eq!(
        leaf(29),
        (Status::NotMet, Value::Points(29), Value::AtMost(30))
    );
    assert_eq!(leaf(0).0, Status::NotMet);
}

#[test]
fn son_la_s2a_the_waiver_names_the_failed_criterion_among_several_that_cover_the_deduction() {
    use antq::law::qd510::builtin::discipline_criteria;
    use antq::law::qd510::{classify, DeductionOutcome, ScoreInput};
    // An agency's deduction is covered by three TT124 criteria; the unit failed the second
    // (an id read from a file, so not the sheet's own string).
    let sheet = ScoreSheet::builtin(KindTag::Agency);
    let covering = discipline_criteria(KindTag::Agency);
    assert!(covering.len() >= 2);
    let input = ScoreInput::full_marks(&sheet).with_fact(DISCIPLINE_DEDUCTION_ID, "a");
    for &failed in covering {
        let d = classify(&failed_on("cq-1", failed), &input, &sheet).unwrap();
        assert_eq!(
            d.deduction(DISCIPLINE_DEDUCTION_ID),
            Some(DeductionOutcome::Waived {
                covered_by: failed.into()
            }),
            "{failed}"
        );
    }
}

#[test]
fn son_la_s2a_a_recognised_unit_lost_no_points_so_its_deduction_is_never_waived() {
    use antq::law::qd510::builtin::discipline_criteria;
    use antq::law::qd510::{classify, DeductionOutcome, ScoreInput};
    let sheet = ScoreSheet::builtin(KindTag::Commune);
    let input = ScoreInput::full_marks(&sheet).with_fact(DISCIPLINE_DEDUCTION_ID, "a");
    // A decision built by hand: recognised, yet listing the covering criterion as failed.
    let mut safety = failed_on("xa-1", discipline_criteria(KindTag::Commune)[0]);
    safety.outcome = antq::SafetyOutcome::Recognised;
    let d = classify(&safety, &input, &sheet).unwrap();
    assert_eq!(
        d.deduction(DISCIPLINE_DEDUCTION_ID),
        Some(DeductionOutcome::Applied { points: 5 })
    );
    assert_eq!((d.outcome.deducted, d.outcome.waived), (5, 0));
}

#[test]
fn qd510_d8_k10_c_the_safety_item_is_the_leaf_computed_from_tt124_found_at_any_depth() {
    use antq::law::qd510::{ItemBasis, ScoreItem, SAFETY_ITEM_ID};
    let builtin = ScoreSheet::builtin(KindTag::Commune);
    assert_eq!(builtin.safety_item().unwrap().id(), SAFETY_ITEM_ID);
    let s = sheet();
    let item = s.safety_item().unwrap();
    assert_eq!((item.id(), item.max_points), ("safe", 50));
    // Nested in a group, after an awarded item.
    let mut nested = sheet();
    let safe = nested.items.remove(0);
    nested.items.push(ScoreItem::group(
        crit("g"),
        vec![ScoreItem::awarded(crit("g.a"), 1), safe],
    ));
    assert_eq!(nested.safety_item().unwrap().id(), "safe");
    // No such item: none, even with awarded leaves and groups.
    let mut none = sheet();
    none.items.remove(0);
    assert!(none.safety_item().is_none());
    // A group marked as computed is not the item (only a leaf is).
    let mut group = sheet();
    group.items.remove(0);
    group.items[1].basis = ItemBasis::SafetyRecognised;
    assert!(group.safety_item().is_none());
}

/// QĐ510 Đ8 k11 (deductions of the sheet): a sheet may list more deductions than the few the
/// input check scans (a policy adds its own); a fact against any of them — the ninth, the
/// tenth — is accepted and counted against that deduction, a fact against none is an error.
#[test]
fn qd510_d8_k11_a_fact_against_a_late_deduction_of_a_long_sheet_is_counted() {
    use antq::law::qd510::{classify, ScoreInput};
    let mut sheet = ScoreSheet::builtin(KindTag::Commune);
    for i in 1..10 {
        sheet.deductions.push(Deduction {
            criterion: crit(&format!("son_la.extra{i}")).into(),
            points: 2,
            frequency: Frequency::PerOccurrence,
            covered_by: vec![],
        });
    }
    assert_eq!(sheet.deductions.len(), 10);
    for late in ["son_la.extra8", "son_la.extra9"] {
        let input = ScoreInput::full_marks(&sheet).with_fact(late, "a");
        let d = classify(&failed_on("xa-1", "other"), &input, &sheet);
        let d = d.unwrap_or_else(|e| panic!("{late}: {e}"));
        assert!(d.deduction(late).is_some(), "{late}");
    }
    let input = ScoreInput::full_marks(&sheet).with_fact("son_la.none", "a");
    assert!(classify(&failed_on("xa-1", "other"), &input, &sheet).is_err());
}
