//! Sơn La …/UBND-NC (Sơn La 2026) routings, case by case: §1c "An toàn về ANTT", §2c movement
//! classification, §3b model units — two-tier government.

use antq::authority::{Body, Procedure, StepRole};
use antq::citation::Provenance;
use antq::unit::{CommuneType, ManagingLevel, SchoolLevel, Unit, UnitKind};
use chrono::NaiveDate;

/// Routing under the province's own file (its routing rules and calendar).
fn route(
    procedure: Procedure,
    unit: &antq::unit::Unit,
    date: chrono::NaiveDate,
) -> Result<antq::authority::Route, antq::Error> {
    let p = antq::policy::Policy::son_la_2026();
    p.route_on(procedure, unit, date)
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 10).unwrap()
}

fn area() -> Unit {
    Unit::new(
        "ban-me",
        "Bản Mé",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("chieng-co")
}

fn ward(t: CommuneType) -> Unit {
    Unit::new(
        "to-hieu",
        "Phường Tô Hiệu",
        UnitKind::Commune { commune_type: t },
        ManagingLevel::Province,
    )
}

fn school(level: ManagingLevel, delegated: Option<ManagingLevel>) -> Unit {
    let mut u = Unit::new(
        "thcs-1",
        "Trường THCS Chiềng Cơi",
        UnitKind::School {
            level: SchoolLevel::LowerSecondary,
            armed_forces: false,
        },
        level,
    )
    .in_commune("chieng-co");
    u.delegated_to = delegated;
    u
}

fn agency(level: ManagingLevel, delegated: Option<ManagingLevel>) -> Unit {
    let mut u = Unit::new(
        "so-tu-phap",
        "Sở Tư pháp",
        UnitKind::Agency {
            armed_forces: false,
        },
        level,
    );
    u.delegated_to = delegated;
    u
}

fn cites_son_la_ubnd_nc_2026(r: &antq::authority::Route, section: &str) -> bool {
    r.basis.iter().any(|s| {
        s.citation.document() == Some(&antq::provinces::documents::SON_LA_UBND_NC_2026)
            && s.citation.section.as_deref() == Some(section)
            && s.provenance == Provenance::ProvincialDocument
    })
}

#[test]
fn son_la_ubnd_nc_2026_1c_1_commune_pc_recognises_residential_areas() {
    let r = route(Procedure::SafetyRecognition, &area(), date()).unwrap();
    assert_eq!(r.decider, Body::CommunePeoplesCommittee);
    assert!(cites_son_la_ubnd_nc_2026(&r, "1c"));
    assert!(r.advisers().any(|b| b == Body::CommunePolice));
    assert_eq!(r.deadline.key, "tt124.d9.k1.a");
    assert_eq!(
        r.deadline.last_day(),
        NaiveDate::from_ymd_opt(2026, 11, 14).unwrap()
    );
}

#[test]
fn son_la_ubnd_nc_2026_1c_1_commune_pc_recognises_commune_managed_and_delegated_units() {
    for u in [
        school(ManagingLevel::Commune, None),
        school(ManagingLevel::Province, Some(ManagingLevel::Commune)),
    ] {
        let r = route(Procedure::SafetyRecognition, &u, date()).unwrap();
        assert_eq!(r.decider, Body::CommunePeoplesCommittee);
        assert_eq!(r.level, ManagingLevel::Commune);
        assert!(cites_son_la_ubnd_nc_2026(&r, "1c"));
        assert_eq!(r.deadline.key, "tt124.d9.k1.c");
    }
}

#[test]
fn son_la_ubnd_nc_2026_1c_2_provincial_pc_recognises_communes_wards_and_special_zones() {
    for t in [CommuneType::Xa, CommuneType::Phuong, CommuneType::DacKhu] {
        let r = route(Procedure::SafetyRecognition, &ward(t), date()).unwrap();
        assert_eq!(r.decider, Body::ProvincialPeoplesCommittee);
        assert!(cites_son_la_ubnd_nc_2026(&r, "1c"));
        assert!(r.advisers().any(|b| b == Body::ProvincialPoliceDepartments));
        assert!(r.advisers().any(|b| b == Body::CommunePolice));
        assert_eq!(r.deadline.key, "tt124.d9.k1.b");
    }
}

#[test]
fn son_la_ubnd_nc_2026_1c_2_provincial_pc_recognises_province_managed_units() {
    let r = route(
        Procedure::SafetyRecognition,
        &agency(ManagingLevel::Province, None),
        date(),
    )
    .unwrap();
    assert_eq!(r.decider, Body::ProvincialPeoplesCommittee);
    assert!(r
        .steps
        .iter()
        .any(|s| s.body == Body::ProvincialPoliceDepartments && s.role == StepRole::Advises));
    assert!(!r.is_provisional());
}

#[test]
fn son_la_ubnd_nc_2026_2c_1_commune_steering_committee_classifies_residential_areas_and_commune_units(
) {
    for (u, key) in [
        (area(), "qd510.d11.k3.residential_area"),
        (school(ManagingLevel::Commune, None), "qd510.d11.k3.units"),
        (
            agency(ManagingLevel::Province, Some(ManagingLevel::Commune)),
            "qd510.d11.k3.units",
        ),
    ] {
        let r = route(Procedure::MovementClassification, &u, date()).unwrap();
        assert_eq!(r.decider, Body::CommuneSteeringCommittee, "{}", u.id);
        assert!(cites_son_la_ubnd_nc_2026(&r, "2c"));
        assert_eq!(r.deadline.key, key);
        assert!(!r.decider_is_provisional());
    }
}

#[test]
fn son_la_ubnd_nc_2026_2c_2_provincial_steering_committee_classifies_communes_and_province_units() {
    for u in [
        ward(CommuneType::Phuong),
        agency(ManagingLevel::Province, None),
    ] {
        let r = route(Procedure::MovementClassification, &u, date()).unwrap();
        assert_eq!(r.decider, Body::ProvincialSteeringCommittee);
        assert!(cites_son_la_ubnd_nc_2026(&r, "2c"));
        assert_eq!(r.deadline.key, "qd510.d11.k3.units");
        assert_eq!(
            r.deadline.last_day(),
            NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
        );
    }
}

#[test]
fn son_la_ubnd_nc_2026_3b_provincial_pc_recognises_model_communes_and_province_units() {
    for u in [ward(CommuneType::Xa), agency(ManagingLevel::Province, None)] {
        let r = route(Procedure::ModelUnitRecognition, &u, date()).unwrap();
        assert_eq!(r.decider, Body::ProvincialPeoplesCommittee);
        assert!(cites_son_la_ubnd_nc_2026(&r, "3b"));
        // No dated rule is known in two-tier years: the deadline is provisional, never silent.
        assert!(r.deadline.source.is_provisional());
        assert!(r.is_provisional());
        assert!(!r.decider_is_provisional());
    }
}

#[test]
fn son_la_ubnd_nc_2026_3b_commune_pc_recognises_commune_managed_or_delegated_model_units() {
    for u in [
        school(ManagingLevel::Commune, None),
        school(ManagingLevel::Province, Some(ManagingLevel::Commune)),
    ] {
        let r = route(Procedure::ModelUnitRecognition, &u, date()).unwrap();
        assert_eq!(r.decider, Body::CommunePeoplesCommittee);
        assert!(cites_son_la_ubnd_nc_2026(&r, "3b"));
        assert_eq!(r.delegation.is_some(), u.delegated_to.is_some());
    }
}
