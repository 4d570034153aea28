//! Edges of the qd510 rules that the clause-named test files did not pin: tests added to kill
//! surviving mutants (DESIGN §15.1), each named after the clause it pins.

use std::borrow::Cow;

use antq::citation::{Citation, Instrument, Source};
use antq::explain::Criterion;
use antq::law::qd510::{Deduction, Frequency, ScoreSheet, DISCIPLINE_DEDUCTION_ID};
use antq::unit::KindTag;

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
