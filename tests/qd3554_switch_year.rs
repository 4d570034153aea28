//! QĐ9745 → QĐ3554: which catalogue governs a year is a policy value (the switch year) with a
//! labelled provisional default (2025), and the QĐ9745 commune placeholder holds the 34
//! criteria reported for it.

use antq::citation::Instrument;
use antq::law::qd3554::catalogue::{QD9745_COMMUNE_CRITERIA_COUNT, SWITCH_DEFAULT};
use antq::law::qd3554::{Catalogue, CatalogueSet};
use antq::policy::Policy;
use antq::KindTag;

#[test]
fn qd9745_commune_placeholder_has_34_criteria_all_labelled_placeholders() {
    let c = Catalogue::qd9745_communes();
    c.validate().unwrap();
    assert_eq!(c.criteria.len(), 34);
    assert_eq!(QD9745_COMMUNE_CRITERIA_COUNT, 34);
    assert!(c.is_placeholder());
    assert!(c
        .criteria
        .iter()
        .all(|x| x.criterion.vi.contains("TẠM THỜI")));
    assert_eq!(
        c.criterion("qd9745.commune.c34").unwrap().group,
        "qd9745.commune.g1"
    );
    assert!(c.criterion("qd9745.commune.c35").is_none());
    // The agency, enterprise and school placeholder keeps 12.
    assert_eq!(Catalogue::qd9745_organisations().criteria.len(), 12);
}

#[test]
fn qd3554_default_switch_is_2025_and_labelled_provisional_only_for_2025() {
    let set = CatalogueSet::builtin();
    assert_eq!(set.switch_year(), 2025);
    assert_eq!(set.instrument_for(2024).unwrap(), Instrument::Qd9745);
    assert_eq!(set.instrument_for(2025).unwrap(), Instrument::Qd3554);
    assert_eq!(
        set.in_force(2025, KindTag::Commune).unwrap().instrument,
        Instrument::Qd3554
    );
    assert!(SWITCH_DEFAULT.source.is_provisional());
    assert_eq!(
        set.switch_note(2025).map(|c| c.id.as_ref()),
        Some(SWITCH_DEFAULT.id.as_ref())
    );
    // 2024 and 2026 are decided the same way whichever year the switch is: no note.
    assert!(set.switch_note(2024).is_none());
    assert!(set.switch_note(2026).is_none());
}

#[test]
fn qd3554_switch_year_set_by_a_policy_moves_2025_to_qd9745() {
    let set = CatalogueSet::builtin_switching_in(2026);
    set.validate().unwrap();
    for kind in [KindTag::Commune, KindTag::Agency, KindTag::School] {
        assert_eq!(
            set.in_force(2025, kind).unwrap().instrument,
            Instrument::Qd9745
        );
        assert_eq!(
            set.in_force(2026, kind).unwrap().instrument,
            Instrument::Qd3554
        );
    }
    assert_eq!(set.instrument_for(2025).unwrap(), Instrument::Qd9745);
    assert!(
        set.switch_note(2025).is_none(),
        "set by the policy: not the default"
    );
}

#[test]
fn qd3554_switch_year_before_its_signature_is_an_error() {
    let e = CatalogueSet::builtin_switching_in(2024)
        .validate()
        .unwrap_err();
    assert_eq!(e.field(), Some("qd3554_from"));
}

#[test]
fn qd3554_switch_year_from_a_policy_file() {
    let p = Policy::from_json(r#"{ "preset": "son_la_2026", "qd3554_from": 2026 }"#).unwrap();
    assert_eq!(p.catalogues.qd3554_from, Some(2026));
    assert_eq!(Policy::son_la_2026().catalogues.qd3554_from, None);
    // Serialised sets without the field read back with the default.
    let json = serde_json::to_string(&CatalogueSet::builtin()).unwrap();
    assert!(!json.contains("qd3554_from"));
    let back = CatalogueSet::from_json(&json).unwrap();
    assert_eq!(back, CatalogueSet::builtin());
}

#[test]
fn qd3554_default_switch_shows_among_the_provisional_values_of_a_2025_report() {
    use antq::year::{evaluate, YearInput};
    let json = std::fs::read_to_string("examples/data/year_input_small.json").unwrap();
    let mut input: YearInput = serde_json::from_str(&json).unwrap();
    input.year = 2025;
    let p = Policy::national();
    let r = evaluate(&input, &p).unwrap();
    assert!(r
        .provisional
        .iter()
        .any(|x| x.criterion.id == "antq.provisional.qd3554_from"));
    input.year = 2026;
    let r = evaluate(&input, &p).unwrap();
    assert!(!r
        .provisional
        .iter()
        .any(|x| x.criterion.id == "antq.provisional.qd3554_from"));
}
