//! Issue 14, DESIGN §19.3: the in-memory v2 reader reads every unit record into the previous
//! one (its strings, maps and vectors reused). No value of an earlier record may survive into a
//! later one: a key left out of a record is "not given" there, whatever the record before it
//! said. Pinned by reading units in orders where rich records precede bare ones and comparing
//! with the v1 reading of the same units (which builds every record from nothing).

use antq::law::qd3554::{ModelUnitFacts, PreviousYear};
use antq::law::qd510::{DeductionFact, ScoreInput};
use antq::law::tt124::Facts;
use antq::models::MovementModel;
use antq::roadmap::ModelEvent;
use antq::year::{synthetic, v2, UnitInput, YearInput};
use antq::UnitId;
use proptest::prelude::*;

/// A unit with every part of a v2 record given (commune-level unit of a synthetic province).
fn rich(base: &UnitInput, tag: &str) -> UnitInput {
    let mut u = base.clone();
    u.unit.id = UnitId::new(format!("{}-rich{tag}", u.unit.id));
    u.unit.district = Some(format!("huyện {tag}"));
    let mut facts = Facts::comfortably_met();
    facts.documents = Some(vec![format!("giấy-{tag}")]);
    facts.households_registered = Some((120, 118));
    facts.people_briefed = Some((50, 49));
    facts.effective_models = Some(3);
    facts.staff_security_sanctions = Some(1);
    facts.members_committed_crime = Some(2);
    facts.extra = [(format!("tinh.them.{tag}"), true)].into_iter().collect();
    u.safety = facts;
    u.score = Some(ScoreInput {
        awarded: [
            ("qd510.remainder".to_owned(), 30),
            ("qd510.d7.k1".to_owned(), 4),
        ]
        .into_iter()
        .collect(),
        facts: vec![DeductionFact::new("qd510.d8.k11.c", format!("fact-{tag}"))],
    });
    u.model_unit = Some(ModelUnitFacts {
        registered: Some(true),
        criteria: [
            ("qd3554.c01".to_owned(), true),
            ("qd3554.c07".to_owned(), false),
        ]
        .into_iter()
        .collect(),
    });
    u.models = Some(vec![
        MovementModel {
            id: format!("{}-m0", u.unit.id),
            name: format!("Mô hình {tag} dài hơn cái tên sau"),
            effective: Some(true),
            rating: None,
            dossier_complete: Some(true),
            has_dossier: Some(false),
        },
        MovementModel {
            id: format!("free-{tag}"),
            name: "Tổ tự quản".to_owned(),
            effective: Some(false),
            rating: None,
            dossier_complete: None,
            has_dossier: None,
        },
    ]);
    u.previous = PreviousYear {
        safety: Some(antq::SafetyOutcome::Recognised),
        class: Some(antq::MovementClass::Kha),
        model_unit: Some(true),
    };
    u.model_history = [(2024, ModelEvent::Recognised), (2025, ModelEvent::Lost)]
        .into_iter()
        .collect();
    u
}

/// The same unit with nothing but its identity given.
fn bare(base: &UnitInput, tag: &str) -> UnitInput {
    let mut unit = base.unit.clone();
    unit.id = UnitId::new(format!("{}-bare{tag}", unit.id));
    UnitInput::new(unit)
}

/// The units of a v2 document read back; the document is written from `units`.
fn read_back(units: &[UnitInput]) -> Vec<UnitInput> {
    let input = YearInput {
        schema_version: 1,
        province: "p".to_owned(),
        year: 2026,
        synthetic: true,
        units: units.to_vec(),
    };
    YearInput::from_json(&v2::to_json(&input)).unwrap().units
}

#[test]
fn issue_14_v2_in_place_a_bare_record_after_a_rich_one_keeps_nothing_of_it() {
    let province = synthetic::province(&synthetic::Shape::small(), 2026, 5);
    let base = province
        .units
        .iter()
        .find(|u| u.unit.commune.is_some())
        .unwrap();
    let units = vec![
        rich(base, "a"),
        bare(base, "a"),
        rich(base, "b"),
        bare(base, "b"),
        bare(base, "c"),
        rich(base, "c"),
    ];
    assert_ne!(units[0], units[1]);
    assert_eq!(read_back(&units), units);
    for u in &units {
        assert_eq!(read_back(std::slice::from_ref(u)), std::slice::from_ref(u));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    /// Any order of a synthetic province's units, with rich and bare units mixed in, reads back
    /// as written.
    #[test]
    fn issue_14_v2_in_place_any_order_reads_back_as_written(
        seed in 0u64..1000,
        order in proptest::collection::vec(0usize..10_000, 1..80),
        extra in proptest::collection::vec((0usize..10_000, any::<bool>()), 0..12),
    ) {
        let province = synthetic::province(&synthetic::Shape::small(), 2026, seed);
        let n = province.units.len();
        let mut units: Vec<UnitInput> = Vec::new();
        for (k, at) in order.iter().enumerate() {
            let mut u = province.units[at % n].clone();
            u.unit.id = UnitId::new(format!("{}-{k}", u.unit.id));
            units.push(u);
        }
        for (k, (at, is_rich)) in extra.iter().enumerate() {
            let base = &province.units[at % n];
            if base.unit.commune.is_none() {
                continue;
            }
            let u = if *is_rich { rich(base, &k.to_string()) } else { bare(base, &k.to_string()) };
            units.insert(at % (units.len() + 1), u);
        }
        prop_assert_eq!(read_back(&units), units);
    }
}
