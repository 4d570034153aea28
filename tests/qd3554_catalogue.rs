//! QĐ3554 / QĐ9745 catalogues as data: placeholder shape, provenance, the catalogue in force by
//! year, JSON replacement and validation.

use antq::citation::{Instrument, Provenance};
use antq::error::{Error, Subject};
use antq::law::qd3554::catalogue::{QD3554_FROM, RESERVED_IDS};
use antq::law::qd3554::{decide, instrument_for_year, Catalogue, CatalogueSet};
use antq::unit::KindTag;

#[test]
fn son_la_vp_kh_2026_ii_qd3554_has_12_criteria_in_4_groups_all_placeholders() {
    let c = Catalogue::qd3554();
    c.validate().unwrap();
    assert_eq!(c.criteria.len(), 12);
    assert_eq!(c.groups.len(), 4);
    for g in &c.groups {
        assert_eq!(
            c.group_criteria(&g.id).count(),
            3,
            "provisional 3/3/3/3 split"
        );
        assert!(g.vi.contains("TẠM THỜI") && g.en.contains("PLACEHOLDER"));
    }
    for cc in &c.criteria {
        assert_eq!(cc.criterion.source.provenance, Provenance::Provisional);
        assert_eq!(
            cc.criterion.source.citation.instrument_cited(),
            Some(Instrument::Qd3554)
        );
        assert!(cc.criterion.vi.contains("TẠM THỜI"), "{}", cc.criterion.vi);
        assert!(
            cc.criterion.en.contains("PLACEHOLDER"),
            "{}",
            cc.criterion.en
        );
    }
    assert!(c.is_placeholder());
    assert_eq!(c.criteria[0].criterion.id, "qd3554.c01");
    assert_eq!(c.criteria[11].criterion.id, "qd3554.c12");
    assert_eq!(c.criteria[11].group, "qd3554.g4");
}

#[test]
fn qd9745_placeholders_split_communes_from_organisations() {
    let com = Catalogue::qd9745_communes();
    let org = Catalogue::qd9745_organisations();
    com.validate().unwrap();
    org.validate().unwrap();
    assert_eq!(com.applies_to, vec![KindTag::Commune]);
    assert!(!org.covers(KindTag::Commune));
    assert!(org.covers(KindTag::School));
    assert!(com.is_placeholder() && org.is_placeholder());
}

#[test]
fn catalogue_in_force_follows_the_year() {
    let set = CatalogueSet::builtin();
    set.validate().unwrap();
    // 2022: no model-unit criteria existed yet.
    let e = set.in_force(2022, KindTag::Commune).unwrap_err();
    assert_eq!(e.field(), Some("year"));
    assert!(instrument_for_year(2022).is_err());
    // 2023–2024: QĐ9745, one catalogue per kind group.
    assert_eq!(
        set.in_force(2023, KindTag::Commune).unwrap().name,
        "qd9745.commune"
    );
    assert_eq!(
        set.in_force(2024, KindTag::Enterprise).unwrap().name,
        "qd9745.organisation"
    );
    assert_eq!(instrument_for_year(2024).unwrap(), Instrument::Qd9745);
    // 2025 on: QĐ3554 (signed 19/5/2025).
    assert_eq!(QD3554_FROM, 2025);
    assert_eq!(set.in_force(2025, KindTag::Commune).unwrap().name, "qd3554");
    assert_eq!(set.in_force(2030, KindTag::School).unwrap().name, "qd3554");
    assert_eq!(instrument_for_year(2025).unwrap(), Instrument::Qd3554);
    // Residential areas have no model-unit title.
    assert_eq!(
        set.in_force(2026, KindTag::ResidentialArea)
            .unwrap_err()
            .field(),
        Some("kind")
    );
}

#[test]
fn reserved_ids_are_the_decisions_own_finding_ids() {
    use antq::law::qd3554::decide::{
        ALL_MET, ALL_MET_QD9745, ELIGIBLE_KIND, REGISTERED, REGISTERED_QD9745,
    };
    for c in [
        &ALL_MET,
        &ALL_MET_QD9745,
        &ELIGIBLE_KIND,
        &REGISTERED,
        &REGISTERED_QD9745,
    ] {
        assert!(RESERVED_IDS.contains(&c.id.as_ref()), "{}", c.id);
    }
}

const SIGNED: &str = r#"{
  "name": "qd3554",
  "instrument": "qd3554",
  "in_force": {"from": 2025},
  "applies_to": ["commune", "agency", "enterprise", "school"],
  "groups": [
    {"id": "n1", "vi": "Nhóm A", "en": "Group A"},
    {"id": "n2", "vi": "Nhóm B", "en": "Group B"}
  ],
  "criteria": [
    {"group": "n1", "id": "tc1", "source": {"citation": {"instrument": "qd3554", "article": 3, "clause": 1},
      "provenance": "text"}, "vi": "Tiêu chí một", "en": "Criterion one"},
    {"group": "n2", "id": "tc2", "source": {"citation": {"instrument": "qd3554", "article": 3, "clause": 2},
      "provenance": "text"}, "vi": "Tiêu chí hai", "en": "Criterion two"}
  ]
}"#;

#[test]
fn catalogue_is_replaceable_from_json_with_the_signed_text() {
    let c = Catalogue::from_json(SIGNED).unwrap();
    assert!(!c.is_placeholder());
    assert_eq!(c.criterion("tc2").unwrap().group, "n2");
    let mut set = CatalogueSet::builtin();
    set.replace(c).unwrap();
    let used = set.in_force(2026, KindTag::Agency).unwrap();
    assert_eq!(used.criteria.len(), 2);
    let unit = antq::unit::Unit::new(
        "cq-1",
        "Sở A",
        antq::unit::UnitKind::Agency {
            armed_forces: false,
        },
        antq::unit::ManagingLevel::Province,
    );
    let facts = antq::law::qd3554::ModelUnitFacts {
        registered: Some(true),
        criteria: [("tc1".to_owned(), true), ("tc2".to_owned(), true)]
            .into_iter()
            .collect(),
    };
    let d = decide(&unit, 2026, used, &facts).unwrap();
    assert!(d.outcome.is_recognised());
    assert_eq!(
        d.provisional().count(),
        0,
        "signed text: nothing provisional"
    );
}

fn catalogue_err(json: &str) -> Error {
    Catalogue::from_json(json).unwrap_err()
}

#[test]
fn catalogue_validation_names_the_catalogue_and_field() {
    let dup = SIGNED.replace("\"id\": \"tc2\"", "\"id\": \"tc1\"");
    match catalogue_err(&dup) {
        Error::Duplicate { subject, field, id } => {
            assert_eq!(subject, Subject::Catalogue("qd3554".into()));
            assert_eq!(field, "criteria.id");
            assert_eq!(id, "tc1");
        }
        e => panic!("{e}"),
    }
    let undeclared = SIGNED.replace("\"group\": \"n2\"", "\"group\": \"n9\"");
    match catalogue_err(&undeclared) {
        Error::UnknownReference { subject, field, id } => {
            assert_eq!(subject, Subject::Catalogue("qd3554".into()));
            assert_eq!(field, "criteria.group");
            assert_eq!(id, "n9");
        }
        e => panic!("{e}"),
    }
    let dup_group = SIGNED.replace("\"id\": \"n2\"", "\"id\": \"n1\"");
    assert_eq!(catalogue_err(&dup_group).field(), Some("groups.id"));
    let reserved = SIGNED.replace("\"id\": \"tc1\"", "\"id\": \"qd3554.registered\"");
    assert_eq!(catalogue_err(&reserved).field(), Some("criteria.id"));
    let residential = SIGNED.replace(
        "\"commune\", \"agency\"",
        "\"residential_area\", \"agency\"",
    );
    assert_eq!(catalogue_err(&residential).field(), Some("applies_to"));
    let backwards = SIGNED.replace("{\"from\": 2025}", "{\"from\": 2025, \"until\": 2024}");
    assert_eq!(catalogue_err(&backwards).field(), Some("in_force.until"));
    assert!(matches!(catalogue_err("{"), Error::Parse { .. }));
}

#[test]
fn an_empty_group_is_rejected() {
    let mut c = Catalogue::qd3554();
    c.criteria.retain(|cc| cc.group != "qd3554.g4");
    let e = c.validate().unwrap_err();
    assert_eq!(e.field(), Some("groups"));
    // …and the intact one passes: the check is not always failing.
    Catalogue::qd3554().validate().unwrap();
}

#[test]
fn two_catalogues_for_the_same_kind_and_year_conflict() {
    let mut set = CatalogueSet::builtin();
    let mut other = Catalogue::qd3554();
    other.name = "qd3554.copy".into();
    set.catalogues.push(other);
    assert_eq!(set.validate().unwrap_err().field(), Some("in_force"));
}

#[test]
fn catalogue_serde_round_trips() {
    for c in [
        Catalogue::qd3554(),
        Catalogue::qd9745_communes(),
        Catalogue::from_json(SIGNED).unwrap(),
    ] {
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(Catalogue::from_json(&json).unwrap(), c);
    }
    let set = CatalogueSet::builtin();
    let json = serde_json::to_string(&set).unwrap();
    assert_eq!(CatalogueSet::from_json(&json).unwrap(), set);
}

#[test]
fn shipped_placeholder_json_is_the_builtin_catalogue_and_a_template_for_the_signed_text() {
    let json = include_str!("../examples/data/qd3554_catalogue_placeholder.json");
    assert_eq!(Catalogue::from_json(json).unwrap(), Catalogue::qd3554());
}
