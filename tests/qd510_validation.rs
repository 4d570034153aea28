//! QĐ510 bad input: invalid score sheets and invalid classification input are typed errors
//! naming the sheet or unit and the field — never a panic.

mod common;

use std::borrow::Cow;

use antq::citation::{Citation, Instrument, Source};
use antq::explain::{Criterion, Decision};
use antq::law::qd510::{
    classify, classify_with, ClassBand, DeductionFact, ItemBasis, ScoreInput, ScoreSheet, SheetSet,
    DISCIPLINE_DEDUCTION_ID, REMAINDER_ITEM_ID, SAFETY_ITEM_ID,
};
use antq::{Error, KindTag, MovementClass, SafetyOutcome, Subject, UnitId};

fn crit(id: &str) -> Criterion {
    Criterion {
        id: Cow::Owned(id.to_owned()),
        source: Source::provisional(Citation::instrument(Instrument::Provisional)),
        vi: Cow::Borrowed("mục thử"),
        en: Cow::Borrowed("test item"),
    }
}

fn band(class: MovementClass, min: u32, max: u32) -> ClassBand {
    ClassBand {
        class,
        min,
        max,
        source: Source::provisional(Citation::instrument(Instrument::Qd510)),
    }
}

fn valid() -> ScoreSheet {
    common::commune_test_sheet(
        crit,
        vec![
            band(MovementClass::Yeu, 0, 49),
            band(MovementClass::TrungBinh, 50, 69),
            band(MovementClass::Kha, 70, 89),
            band(MovementClass::XuatSac, 90, 100),
        ],
    )
}

fn sheet_error(sheet: &ScoreSheet) -> Error {
    let e = sheet.validate().unwrap_err();
    assert_eq!(e.subject(), &Subject::ScoreSheet("test.sheet".into()));
    e
}

#[test]
fn valid_sheet_and_every_builtin_sheet_pass() {
    valid().validate().unwrap();
    for kind in KindTag::ALL {
        ScoreSheet::builtin(kind).validate().unwrap();
    }
    SheetSet::builtin().validate().unwrap();
}

#[test]
fn maxima_not_summing_to_100_is_rejected() {
    let mut s = valid();
    s.items[1].max_points = 29;
    let e = sheet_error(&s);
    assert_eq!(e.field(), Some("items.max_points"));
    assert!(e.to_string().contains("99"), "{e}");
    let mut s = valid();
    s.items[1].max_points = 31;
    assert_eq!(sheet_error(&s).field(), Some("items.max_points"));
}

#[test]
fn group_maximum_must_equal_its_sub_items() {
    let mut s = valid();
    s.items[2].max_points = 21;
    s.items[1].max_points = 29;
    assert_eq!(sheet_error(&s).field(), Some("items.k2.max_points"));
}

#[test]
fn duplicate_ids_are_rejected_across_items_sub_items_and_deductions() {
    let mut s = valid();
    s.items[1].criterion = crit("safe").into();
    let e = sheet_error(&s);
    assert!(
        matches!(&e, Error::Duplicate { id, .. } if id == "safe"),
        "{e}"
    );

    let mut s = valid();
    s.items[2].sub_items[1].criterion = crit("k1").into();
    let e = sheet_error(&s);
    assert!(matches!(&e, Error::Duplicate { field, .. } if field == "items.sub_items.id"));

    let mut s = valid();
    s.deductions[0].criterion = crit("k1").into();
    let e = sheet_error(&s);
    assert!(matches!(&e, Error::Duplicate { field, .. } if field == "deductions.id"));
}

#[test]
fn overlapping_bands_are_rejected() {
    let mut s = valid();
    s.bands[1] = band(MovementClass::TrungBinh, 49, 69);
    let e = sheet_error(&s);
    assert_eq!(e.field(), Some("bands"));
    assert!(e.to_string().contains("overlap"), "{e}");
}

#[test]
fn gap_between_bands_is_rejected() {
    let mut s = valid();
    s.bands[1] = band(MovementClass::TrungBinh, 51, 69);
    let e = sheet_error(&s);
    assert!(e.to_string().contains("no band covers 50–50"), "{e}");
}

#[test]
fn bands_must_reach_0_and_100() {
    let mut s = valid();
    s.bands[0] = band(MovementClass::Yeu, 1, 49);
    assert!(sheet_error(&s).to_string().contains("0–0"));
    let mut s = valid();
    s.bands[3] = band(MovementClass::XuatSac, 90, 99);
    assert!(sheet_error(&s).to_string().contains("100–100"));
    let mut s = valid();
    s.bands[3] = band(MovementClass::XuatSac, 90, 101);
    assert_eq!(sheet_error(&s).field(), Some("bands[3]"));
    let mut s = valid();
    s.bands.clear();
    assert!(matches!(sheet_error(&s), Error::Missing { .. }));
}

#[test]
fn bands_with_min_above_max_duplicate_class_or_inverted_order_are_rejected() {
    let mut s = valid();
    s.bands[1] = band(MovementClass::TrungBinh, 69, 50);
    assert_eq!(sheet_error(&s).field(), Some("bands[1]"));

    let mut s = valid();
    s.bands[1].class = MovementClass::Yeu;
    assert!(matches!(sheet_error(&s), Error::Duplicate { .. }));

    let mut s = valid();
    s.bands[2].class = MovementClass::XuatSac;
    s.bands[3].class = MovementClass::Kha;
    assert!(sheet_error(&s).to_string().contains("better classes"));
}

#[test]
fn deduction_rules_are_checked() {
    let mut s = valid();
    s.deductions[0].points = 0;
    assert_eq!(sheet_error(&s).field(), Some("deductions.d1.points"));

    let mut s = valid();
    s.items[0].basis = ItemBasis::Awarded;
    assert_eq!(sheet_error(&s).field(), Some("deductions.d1.covered_by"));

    let mut s = valid();
    s.items[1].basis = ItemBasis::SafetyRecognised;
    assert_eq!(sheet_error(&s).field(), Some("items.k1.basis"));
}

#[test]
fn empty_name_or_id_is_rejected() {
    let mut s = valid();
    s.name = " ".into();
    assert_eq!(s.validate().unwrap_err().field(), Some("name"));
    let mut s = valid();
    s.items[1].criterion = crit("").into();
    assert_eq!(sheet_error(&s).field(), Some("items.id"));
}

#[cfg(feature = "json")]
#[test]
fn json_sheet_is_validated_on_load() {
    let json = serde_json::to_string(&valid()).unwrap();
    assert_eq!(ScoreSheet::from_json(&json).unwrap(), valid());

    let mut bad = valid();
    bad.bands[1] = band(MovementClass::TrungBinh, 40, 69);
    let json = serde_json::to_string(&bad).unwrap();
    let e = ScoreSheet::from_json(&json).unwrap_err();
    assert_eq!(e.subject(), &Subject::ScoreSheet("test.sheet".into()));

    let e = ScoreSheet::from_json("{\"name\": ").unwrap_err();
    assert!(matches!(e, Error::Parse { .. }));

    let e = SheetSet::from_json(&format!(
        "{{\"agency\": {}}}",
        serde_json::to_string(&valid()).unwrap()
    ))
    .unwrap_err();
    assert_eq!(e.field(), Some("kind"));
}

// ---------------------------------------------------------------------------------------------
// Classification input.

fn unit() -> UnitId {
    UnitId::new("xa-a")
}

fn safety() -> Decision<SafetyOutcome> {
    Decision {
        unit: unit(),
        outcome: SafetyOutcome::Recognised,
        findings: vec![],
    }
}

fn run(input: &ScoreInput) -> Result<(), Error> {
    classify(&safety(), input, &ScoreSheet::builtin(KindTag::Agency)).map(|_| ())
}

fn awarded(id: &str, p: u32) -> ScoreInput {
    let mut i = ScoreInput::default();
    i.awarded.insert(id.to_owned(), p);
    i
}

#[test]
fn awarded_points_above_the_maximum_name_unit_and_item() {
    run(&awarded("qd510.d7.k3", 5)).unwrap();
    let e = run(&awarded("qd510.d7.k3", 6)).unwrap_err();
    assert_eq!(e.subject(), &Subject::Unit(unit()));
    assert_eq!(e.field(), Some("awarded.qd510.d7.k3"));
    assert!(e.to_string().contains("at most 5 points"), "{e}");
}

#[test]
fn awarded_points_for_an_unknown_item_are_an_unknown_reference() {
    let e = run(&awarded("qd510.d7.k9", 1)).unwrap_err();
    assert!(
        matches!(&e, Error::UnknownReference { id, field, .. } if id == "qd510.d7.k9" && field == "awarded"),
        "{e}"
    );
}

#[test]
fn points_cannot_be_typed_in_for_the_computed_item_or_a_group() {
    let e = run(&awarded(SAFETY_ITEM_ID, 50)).unwrap_err();
    assert_eq!(e.field(), Some("awarded.qd510.d8.k10.c"));
    let e = run(&awarded("qd510.d7.k4", 1)).unwrap_err();
    assert_eq!(e.field(), Some("awarded.qd510.d7.k4"));
}

#[test]
fn facts_must_name_a_known_deduction_and_a_fact_id() {
    let mut i = ScoreInput::default();
    i.facts.push(DeductionFact::new("qd510.d8.k99", "x"));
    let e = run(&i).unwrap_err();
    assert!(matches!(&e, Error::UnknownReference { field, .. } if field == "facts.deduction"));

    let mut i = ScoreInput::default();
    i.facts
        .push(DeductionFact::new(DISCIPLINE_DEDUCTION_ID, ""));
    assert_eq!(run(&i).unwrap_err().field(), Some("facts[0].fact"));
}

fn school_unit() -> antq::Unit {
    antq::Unit::new(
        "xa-a",
        "THCS A",
        antq::UnitKind::school(antq::unit::SchoolLevel::LowerSecondary),
        antq::ManagingLevel::Commune,
    )
}

#[test]
fn tt124_decision_of_another_unit_is_rejected() {
    let other = Decision::new("xa-b", SafetyOutcome::Recognised, vec![]);
    let e = classify_with(
        &school_unit(),
        &other,
        &ScoreInput::default(),
        &SheetSet::builtin(),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("safety.unit"));
}

#[test]
fn the_sheet_is_the_one_of_the_units_kind() {
    // `classify` reads the kind from the sheet; `classify_with` picks the sheet by the unit's
    // kind, so a sheet of another kind cannot be passed by mistake.
    let d = classify_with(
        &school_unit(),
        &safety(),
        &ScoreInput::default(),
        &SheetSet::builtin(),
    )
    .unwrap();
    assert_eq!(d.unit, unit());
    assert!(d.findings.iter().any(|f| f.criterion.id == SAFETY_ITEM_ID));
}

#[test]
fn unit_kind_without_a_sheet_is_an_unknown_reference() {
    let mut set = SheetSet::builtin();
    set.sheets.remove(&KindTag::School);
    let e = classify_with(&school_unit(), &safety(), &ScoreInput::default(), &set).unwrap_err();
    assert!(
        matches!(&e, Error::UnknownReference { subject: Subject::Unit(u), field, .. }
        if *u == unit() && field == "kind")
    );
}

#[test]
fn unvalidated_sheet_without_a_band_for_the_total_is_an_error_not_a_panic() {
    let mut s = ScoreSheet::builtin(KindTag::Commune);
    s.bands.retain(|b| b.class != MovementClass::Yeu);
    let e = classify(&safety(), &awarded(REMAINDER_ITEM_ID, 0), &s).map(|_| ());
    assert!(e.is_ok(), "50 points still fall in Trung bình");
    let not = Decision {
        outcome: SafetyOutcome::NotRecognised,
        ..safety()
    };
    let e = classify(&not, &ScoreInput::default(), &s).unwrap_err();
    assert_eq!(e.field(), Some("bands"));
}
