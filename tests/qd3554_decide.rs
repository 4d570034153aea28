//! The model-unit decision: every criterion listed, all required, outcomes that mean what they
//! say, and typed errors for bad input.

use antq::error::{Error, Subject};
use antq::explain::{Lang, Status, Value};
use antq::law::qd3554::{decide, unmet_criteria, Catalogue, ModelUnitFacts, ModelUnitOutcome};
use antq::unit::{CommuneType, ManagingLevel, Unit, UnitKind};

fn commune() -> Unit {
    Unit::new(
        "xa-chieng-an",
        "Xã Chiềng An",
        UnitKind::Commune {
            commune_type: CommuneType::Xa,
        },
        ManagingLevel::Province,
    )
}

fn school() -> Unit {
    Unit::new(
        "thpt-1",
        "Trường THPT A",
        UnitKind::School {
            level: antq::unit::SchoolLevel::UpperSecondary,
            armed_forces: false,
        },
        ManagingLevel::Province,
    )
}

fn all_met(cat: &Catalogue) -> ModelUnitFacts {
    ModelUnitFacts {
        registered: Some(true),
        criteria: cat
            .criteria
            .iter()
            .map(|c| (c.criterion.id.to_string(), true))
            .collect(),
    }
}

#[test]
fn son_la_vp_kh_2026_ii_all_12_criteria_met_is_recognised_and_each_is_listed() {
    let cat = Catalogue::qd3554();
    let d = decide(&commune(), 2026, &cat, &all_met(&cat)).unwrap();
    assert_eq!(d.outcome, ModelUnitOutcome::Recognised);
    // registration + 12 criteria + summary
    assert_eq!(d.findings.len(), 14);
    assert_eq!(d.findings[0].criterion.id, "qd3554.registered");
    for (f, c) in d.findings[1..13].iter().zip(&cat.criteria) {
        assert_eq!(f.criterion.id, c.criterion.id);
        assert_eq!(f.status, Status::Met);
    }
    let summary = d.finding("qd3554.all_criteria_met").unwrap();
    assert_eq!(summary.observed, Value::Ratio { num: 12, den: 12 });
    assert_eq!(summary.required, Value::AtLeast(12));
    assert_eq!(unmet_criteria(&d), 0);
}

#[test]
fn son_la_vp_kh_2026_ii_one_criterion_not_met_is_not_recognised_and_says_which() {
    let cat = Catalogue::qd3554();
    let mut facts = all_met(&cat);
    facts.criteria.insert("qd3554.c07".into(), false);
    let d = decide(&commune(), 2026, &cat, &facts).unwrap();
    assert_eq!(d.outcome, ModelUnitOutcome::NotRecognised);
    let failed: Vec<_> = d.failed().map(|f| f.criterion.id.as_ref()).collect();
    assert_eq!(failed, ["qd3554.c07", "qd3554.all_criteria_met"]);
    assert_eq!(
        d.finding("qd3554.all_criteria_met").unwrap().observed,
        Value::Ratio { num: 11, den: 12 }
    );
    assert_eq!(unmet_criteria(&d), 1);
}

#[test]
fn a_missing_criterion_fact_is_unknown_not_a_pass() {
    let cat = Catalogue::qd3554();
    let mut facts = all_met(&cat);
    facts.criteria.remove("qd3554.c12");
    let d = decide(&commune(), 2026, &cat, &facts).unwrap();
    assert_eq!(d.outcome, ModelUnitOutcome::CannotDecide);
    assert_eq!(d.finding("qd3554.c12").unwrap().status, Status::Unknown);
    assert_eq!(d.unknown().count(), 2); // the criterion and the summary
}

#[test]
fn a_unit_that_did_not_register_is_not_reviewed() {
    let cat = Catalogue::qd3554();
    let mut facts = all_met(&cat);
    facts.registered = Some(false);
    let d = decide(&commune(), 2026, &cat, &facts).unwrap();
    assert_eq!(d.outcome, ModelUnitOutcome::NotRegistered);
    facts.registered = None;
    let d = decide(&commune(), 2026, &cat, &facts).unwrap();
    assert_eq!(d.outcome, ModelUnitOutcome::CannotDecide);
}

#[test]
fn residential_areas_are_not_eligible_for_the_title() {
    let cat = Catalogue::qd3554();
    let thon = Unit::new(
        "thon-1",
        "Bản A",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("xa-1");
    let d = decide(&thon, 2026, &cat, &ModelUnitFacts::default()).unwrap();
    assert_eq!(d.outcome, ModelUnitOutcome::NotEligible);
    assert_eq!(d.findings[0].criterion.id, "qd3554.eligible_kind");
}

#[test]
fn placeholder_criteria_are_never_silent() {
    let cat = Catalogue::qd3554();
    let d = decide(&school(), 2025, &cat, &all_met(&cat)).unwrap();
    assert_eq!(d.provisional().count(), 12);
    let text = d.render(Lang::Vi);
    assert!(text.contains("TẠM THỜI"), "{text}");
    assert!(text.contains("đạt tiêu chí điển hình"), "{text}");
    assert!(d.render(Lang::En).contains("PROVISIONAL"));
}

#[test]
fn an_unknown_criterion_id_is_an_unknown_reference_naming_the_unit() {
    let cat = Catalogue::qd3554();
    let mut facts = all_met(&cat);
    facts.criteria.insert("qd3554.c13".into(), true);
    match decide(&commune(), 2026, &cat, &facts).unwrap_err() {
        Error::UnknownReference { subject, field, id } => {
            assert_eq!(subject, Subject::Unit("xa-chieng-an".into()));
            assert_eq!(field, "criteria");
            assert_eq!(id, "qd3554.c13");
        }
        e => panic!("{e}"),
    }
    // Replacing a known id by an unknown one (same count) is caught too.
    let mut facts = all_met(&cat);
    facts.criteria.remove("qd3554.c01");
    facts.criteria.insert("qd9745.commune.c01".into(), true);
    assert!(matches!(
        decide(&commune(), 2026, &cat, &facts),
        Err(Error::UnknownReference { .. })
    ));
}

#[test]
fn a_catalogue_out_of_force_or_for_another_kind_is_an_error() {
    let qd3554 = Catalogue::qd3554();
    let e = decide(&commune(), 2024, &qd3554, &all_met(&qd3554)).unwrap_err();
    assert_eq!(e.subject(), &Subject::Catalogue("qd3554".into()));
    assert_eq!(e.field(), Some("in_force"));
    let communes_2024 = Catalogue::qd9745_communes();
    let d = decide(&commune(), 2024, &communes_2024, &all_met(&communes_2024)).unwrap();
    assert!(d.outcome.is_recognised());
    assert_eq!(d.findings[0].criterion.id, "qd9745.registered");
    let e = decide(&school(), 2024, &communes_2024, &ModelUnitFacts::default()).unwrap_err();
    assert_eq!(e.subject(), &Subject::Unit("thpt-1".into()));
    assert_eq!(e.field(), Some("kind"));
}

#[test]
fn model_unit_facts_and_decisions_round_trip_through_json() {
    let cat = Catalogue::qd3554();
    let mut facts = all_met(&cat);
    facts.criteria.insert("qd3554.c03".into(), false);
    let json = serde_json::to_string(&facts).unwrap();
    let back: ModelUnitFacts = serde_json::from_str(&json).unwrap();
    assert_eq!(back, facts);
    let d = decide(&commune(), 2026, &cat, &facts).unwrap();
    let json = serde_json::to_string(&d).unwrap();
    let back: antq::Decision<ModelUnitOutcome> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
    let parsed: ModelUnitFacts =
        serde_json::from_str(r#"{"registered": true, "criteria": {"qd3554.c01": true}}"#).unwrap();
    assert_eq!(parsed.criteria.len(), 1);
}
