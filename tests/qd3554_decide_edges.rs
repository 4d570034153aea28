//! Edges of the model-unit decision (QĐ3554 / QĐ9745) and of the Bắc Kạn 3/2023 §1
//! prerequisites that the clause-named test files did not pin: tests added to kill surviving
//! mutants (DESIGN §15.1), each named after the clause it pins.

use antq::error::Error;
use antq::explain::{Describe, Lang, Status};
use antq::law::qd3554::{
    decide, is_catalogue_finding, unmet_criteria, Catalogue, ModelUnitFacts, ModelUnitOutcome,
};
use antq::unit::{CommuneType, ManagingLevel, Unit, UnitKind};

fn commune() -> Unit {
    Unit::new(
        "xa-1",
        "Xã A",
        UnitKind::Commune {
            commune_type: CommuneType::Xa,
        },
        ManagingLevel::Province,
    )
}

fn facts(cat: &Catalogue, registered: Option<bool>, met: bool) -> ModelUnitFacts {
    ModelUnitFacts {
        registered,
        criteria: cat
            .criteria
            .iter()
            .map(|c| (c.criterion.id.to_string(), met))
            .collect(),
    }
}

#[test]
fn qd3554_every_criterion_required_outcome_by_registration_and_criteria() {
    let cat = Catalogue::qd3554();
    let cases = [
        (Some(true), Some(true), ModelUnitOutcome::Recognised),
        (Some(true), Some(false), ModelUnitOutcome::NotRecognised),
        (Some(true), None, ModelUnitOutcome::CannotDecide),
        (None, Some(true), ModelUnitOutcome::CannotDecide),
        (None, Some(false), ModelUnitOutcome::NotRecognised),
        (Some(false), Some(true), ModelUnitOutcome::NotRegistered),
        (Some(false), Some(false), ModelUnitOutcome::NotRegistered),
    ];
    for (registered, met, expected) in cases {
        let mut f = facts(&cat, registered, true);
        match met {
            Some(m) => {
                f.criteria.insert("qd3554.c07".into(), m);
            }
            None => {
                f.criteria.remove("qd3554.c07");
            }
        }
        let d = decide(&commune(), 2026, &cat, &f).unwrap();
        assert_eq!(d.outcome, expected, "{registered:?} {met:?}");
        assert_eq!(
            d.outcome.is_recognised(),
            expected == ModelUnitOutcome::Recognised
        );
        let summary = d.findings.last().unwrap();
        let want = match met {
            Some(true) => Status::Met,
            Some(false) => Status::NotMet,
            None => Status::Unknown,
        };
        assert_eq!(summary.status, want);
        assert_eq!(unmet_criteria(&d), usize::from(met != Some(true)));
    }
}

#[test]
fn qd3554_a_failed_criterion_outweighs_a_missing_one() {
    let cat = Catalogue::qd3554();
    let mut f = facts(&cat, Some(true), true);
    f.criteria.remove("qd3554.c01");
    f.criteria.insert("qd3554.c12".into(), false);
    let d = decide(&commune(), 2026, &cat, &f).unwrap();
    assert_eq!(d.outcome, ModelUnitOutcome::NotRecognised);
    assert_eq!(d.findings.last().unwrap().status, Status::NotMet);
    assert_eq!(
        d.findings.last().unwrap().observed,
        antq::explain::Value::Ratio { num: 10, den: 12 }
    );
    assert_eq!(unmet_criteria(&d), 2);
}

#[test]
fn qd3554_criteria_are_matched_by_id_whatever_the_catalogues_order() {
    // A signed catalogue need not list its criteria in id order.
    let mut cat = Catalogue::qd3554();
    cat.criteria.reverse();
    let mut f = facts(&cat, Some(true), true);
    f.criteria.insert("qd3554.c03".into(), false);
    let d = decide(&commune(), 2026, &cat, &f).unwrap();
    assert_eq!(d.outcome, ModelUnitOutcome::NotRecognised);
    let failed: Vec<_> = d
        .findings
        .iter()
        .filter(|f| f.status == Status::NotMet)
        .map(|f| f.criterion.id.to_string())
        .collect();
    assert_eq!(failed, ["qd3554.c03", "qd3554.all_criteria_met"]);
    // Facts given for some criteria only, in a catalogue out of order.
    let mut some = ModelUnitFacts {
        registered: Some(true),
        ..Default::default()
    };
    some.criteria.insert("qd3554.c02".into(), true);
    some.criteria.insert("qd3554.c11".into(), true);
    let d = decide(&commune(), 2026, &cat, &some).unwrap();
    let met: Vec<_> = d
        .findings
        .iter()
        .filter(|f| f.status == Status::Met)
        .map(|f| f.criterion.id.to_string())
        .collect();
    assert_eq!(met, ["qd3554.registered", "qd3554.c11", "qd3554.c02"]);
}

#[test]
fn qd3554_an_unknown_criterion_id_beside_known_ones_is_an_error() {
    let cat = Catalogue::qd3554();
    for stray in ["qd3554.c00", "qd3554.c055", "zzz"] {
        let mut f = facts(&cat, Some(true), true);
        f.criteria.insert(stray.into(), true);
        match decide(&commune(), 2026, &cat, &f).unwrap_err() {
            Error::UnknownReference { field, id, .. } => {
                assert_eq!(field, "criteria");
                assert_eq!(id, stray);
            }
            e => panic!("{e}"),
        }
    }
}

#[test]
fn qd9745_registration_and_summary_cite_qd9745_in_its_years() {
    let cat = Catalogue::qd9745_communes();
    let d = decide(&commune(), 2024, &cat, &facts(&cat, Some(true), true)).unwrap();
    assert_eq!(d.outcome, ModelUnitOutcome::Recognised);
    assert_eq!(d.findings[0].criterion.id, "qd9745.registered");
    assert_eq!(
        d.findings.last().unwrap().criterion.id,
        "qd9745.all_criteria_met"
    );
    assert_eq!(d.findings.len(), 36);
    assert!(d.findings[1..35].iter().all(is_catalogue_finding));
    assert!(!is_catalogue_finding(&d.findings[0]));
    assert!(!is_catalogue_finding(&d.findings[35]));
    let e = decide(&commune(), 2025, &cat, &facts(&cat, Some(true), true)).unwrap_err();
    assert_eq!(e.field(), Some("in_force"));
}

#[test]
fn qd3554_outcome_codes_and_descriptions_are_distinct() {
    let all = [
        ModelUnitOutcome::NotEligible,
        ModelUnitOutcome::NotRegistered,
        ModelUnitOutcome::NotRecognised,
        ModelUnitOutcome::Recognised,
        ModelUnitOutcome::CannotDecide,
    ];
    let codes: Vec<_> = all.iter().map(|o| o.code()).collect();
    assert_eq!(
        codes,
        [
            "not_eligible",
            "not_registered",
            "not_recognised",
            "recognised",
            "cannot_decide"
        ]
    );
    for lang in [Lang::Vi, Lang::En] {
        let mut texts: Vec<_> = all.iter().map(|o| o.describe(lang)).collect();
        assert!(texts.iter().all(|t| !t.is_empty()));
        texts.sort();
        texts.dedup();
        assert_eq!(texts.len(), all.len(), "{lang:?}");
    }
    assert_eq!(
        ModelUnitOutcome::Recognised.describe(Lang::En),
        "recognised as a model unit"
    );
    assert_eq!(
        ModelUnitOutcome::NotRecognised.describe(Lang::Vi),
        "chưa đạt tiêu chí điển hình"
    );
}

#[test]
fn bac_kan_3_2023_s1_only_both_conditions_met_make_a_unit_eligible_and_each_states_its_requirement()
{
    use antq::law::qd3554::{check_prerequisites, PrerequisiteOutcome, PreviousYear};
    use antq::outcome::{MovementClass, SafetyOutcome};
    let recognised = antq::explain::Value::Text("recognised".into());
    let kha = antq::explain::Value::Text("Khá trở lên".into());
    for (safety, class, outcome) in [
        (
            Some(SafetyOutcome::Recognised),
            Some(MovementClass::Kha),
            PrerequisiteOutcome::Eligible,
        ),
        (
            Some(SafetyOutcome::Recognised),
            Some(MovementClass::TrungBinh),
            PrerequisiteOutcome::NotEligible,
        ),
        (
            Some(SafetyOutcome::NotRecognised),
            None,
            PrerequisiteOutcome::NotEligible,
        ),
        (
            None,
            Some(MovementClass::Kha),
            PrerequisiteOutcome::CannotDecide,
        ),
        (
            Some(SafetyOutcome::CannotDecide),
            Some(MovementClass::XuatSac),
            PrerequisiteOutcome::CannotDecide,
        ),
    ] {
        let prev = PreviousYear {
            safety,
            class,
            model_unit: None,
        };
        let d = check_prerequisites(&"xa-1".into(), &prev);
        assert_eq!(d.outcome, outcome, "{prev:?}");
        assert_eq!(
            d.outcome.is_eligible(),
            outcome == PrerequisiteOutcome::Eligible
        );
        assert_eq!(d.findings[0].required, recognised, "{prev:?}");
        assert_eq!(d.findings[1].required, kha, "{prev:?}");
    }
}

#[test]
fn bac_kan_3_2023_s1_prerequisite_outcomes_read_as_what_they_mean() {
    use antq::law::qd3554::PrerequisiteOutcome;
    assert_eq!(
        PrerequisiteOutcome::Eligible.describe(Lang::En),
        "may register to build a model unit"
    );
    assert_eq!(
        PrerequisiteOutcome::NotEligible.describe(Lang::Vi),
        "chưa đủ điều kiện đăng ký xây dựng điển hình"
    );
    assert!(PrerequisiteOutcome::CannotDecide
        .describe(Lang::En)
        .contains("previous year"));
}
