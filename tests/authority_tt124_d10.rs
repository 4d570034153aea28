//! TT124 Đ9 k1 and Đ10: who recognises "An toàn về ANTT" — by level (k1–k3), units followed by
//! the Ministry (k4), delegation one level down (k5) — and the bad input around them.

use antq::authority::{national_route as route, Body, Procedure, StepRole};
use antq::citation::{Citation, Instrument};
use antq::policy::Policy;
use antq::unit::{CommuneType, ManagingLevel, Unit, UnitKind};
use antq::Subject;
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn agency(level: ManagingLevel, delegated: Option<ManagingLevel>) -> Unit {
    let mut u = Unit::new(
        "cq-1",
        "Chi cục Thuế",
        UnitKind::Agency {
            armed_forces: false,
        },
        level,
    );
    u.delegated_to = delegated;
    u
}

fn cites(r: &antq::authority::Route, article: u16, clause: u16) -> bool {
    r.basis
        .iter()
        .any(|s| s.citation == Citation::clause(Instrument::Tt124, article, clause))
}

#[test]
fn tt124_d10_k1_to_k3_decider_follows_the_managing_level_in_2023() {
    for (level, body, clause) in [
        (ManagingLevel::Commune, Body::CommunePeoplesCommittee, 1),
        (ManagingLevel::District, Body::DistrictPeoplesCommittee, 2),
        (ManagingLevel::Province, Body::ProvincialPeoplesCommittee, 3),
    ] {
        let r = route(
            Procedure::SafetyRecognition,
            &agency(level, None),
            d(2023, 11, 1),
        )
        .unwrap();
        assert_eq!(r.decider, body);
        assert!(cites(&r, 10, clause), "{level:?}");
        assert_eq!(r.deadline.key, "tt124.d9.k1.c");
        assert!(r.delegation.is_none());
    }
}

#[test]
fn tt124_d10_k2_district_pc_recognises_communes_after_district_standing_office_appraises() {
    let x = Unit::new(
        "tt",
        "Thị trấn Bằng Lũng",
        UnitKind::Commune {
            commune_type: CommuneType::ThiTran,
        },
        ManagingLevel::District,
    );
    let r = route(Procedure::SafetyRecognition, &x, d(2024, 11, 1)).unwrap();
    assert_eq!(r.decider, Body::DistrictPeoplesCommittee);
    assert!(r
        .steps
        .iter()
        .any(|s| s.body == Body::DistrictSteeringStandingOffice && s.role == StepRole::Appraises));
    assert_eq!(r.deadline.last_day(), d(2024, 11, 19));
}

#[test]
fn tt124_d10_k4_ministry_followed_units_are_recognised_by_the_ministry_in_both_regimes() {
    for date in [d(2023, 11, 1), d(2026, 11, 1)] {
        let r = route(
            Procedure::SafetyRecognition,
            &agency(ManagingLevel::Ministry, None),
            date,
        )
        .unwrap();
        assert_eq!(r.decider, Body::MinistryOfPublicSecurity);
        assert!(cites(&r, 10, 4));
        assert_eq!(r.steps[0].body, Body::MovementBuildingDepartment);
        assert_eq!(r.deadline.key, "tt124.d9.k1.d");
        assert!(!r.is_provisional());
    }
}

#[test]
fn tt124_d10_k4_ministry_followed_units_in_other_procedures_are_provisional() {
    for p in [
        Procedure::MovementClassification,
        Procedure::ModelUnitRecognition,
        Procedure::Commendation,
    ] {
        let r = route(p, &agency(ManagingLevel::Ministry, None), d(2026, 11, 1)).unwrap();
        assert!(r.decider_is_provisional(), "{p:?}");
    }
}

#[test]
fn tt124_d10_k5_delegation_one_level_down_moves_the_decision() {
    let cases = [
        (
            d(2024, 11, 1),
            ManagingLevel::Province,
            ManagingLevel::District,
            Body::DistrictPeoplesCommittee,
        ),
        (
            d(2024, 11, 1),
            ManagingLevel::District,
            ManagingLevel::Commune,
            Body::CommunePeoplesCommittee,
        ),
        (
            d(2026, 11, 1),
            ManagingLevel::Province,
            ManagingLevel::Commune,
            Body::CommunePeoplesCommittee,
        ),
    ];
    for (date, from, to, body) in cases {
        let r = route(Procedure::SafetyRecognition, &agency(from, Some(to)), date).unwrap();
        assert_eq!(r.decider, body, "{from:?} → {to:?} on {date}");
        assert_eq!(r.level, to);
        assert_eq!(
            r.delegation.as_ref().map(|s| s.citation.clone()),
            Some(Citation::clause(Instrument::Tt124, 10, 5))
        );
    }
}

#[test]
fn tt124_d10_k5_delegation_two_levels_down_upward_sideways_or_from_the_ministry_is_an_error() {
    let cases = [
        (
            d(2024, 11, 1),
            ManagingLevel::Province,
            ManagingLevel::Commune,
        ),
        (
            d(2024, 11, 1),
            ManagingLevel::Commune,
            ManagingLevel::District,
        ),
        (
            d(2026, 11, 1),
            ManagingLevel::Commune,
            ManagingLevel::Province,
        ),
        (
            d(2026, 11, 1),
            ManagingLevel::Province,
            ManagingLevel::Province,
        ),
        (
            d(2026, 11, 1),
            ManagingLevel::Ministry,
            ManagingLevel::Province,
        ),
        (
            d(2024, 11, 1),
            ManagingLevel::Commune,
            ManagingLevel::Commune,
        ),
    ];
    for (date, from, to) in cases {
        let e = route(Procedure::SafetyRecognition, &agency(from, Some(to)), date).unwrap_err();
        assert_eq!(e.subject(), &Subject::Unit("cq-1".into()));
        assert_eq!(e.field(), Some("delegated_to"), "{from:?} → {to:?}: {e}");
    }
}

#[test]
fn tt124_d10_k5_only_agencies_enterprises_and_schools_are_delegated() {
    let mut area = Unit::new(
        "b",
        "Bản",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("x");
    area.delegated_to = Some(ManagingLevel::Commune);
    let e = route(Procedure::SafetyRecognition, &area, d(2026, 11, 1)).unwrap_err();
    assert_eq!(e.field(), Some("delegated_to"));
    let mut x = Unit::new(
        "x",
        "Xã",
        UnitKind::Commune {
            commune_type: CommuneType::Xa,
        },
        ManagingLevel::District,
    );
    x.delegated_to = Some(ManagingLevel::Commune);
    let e = route(Procedure::SafetyRecognition, &x, d(2024, 11, 1)).unwrap_err();
    assert_eq!(e.field(), Some("delegated_to"));
}

#[test]
fn bad_input_district_managed_or_delegated_unit_after_30_6_2025() {
    let e = route(
        Procedure::SafetyRecognition,
        &agency(ManagingLevel::District, None),
        d(2025, 7, 1),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("managed_by"));
    let e = route(
        Procedure::MovementClassification,
        &agency(ManagingLevel::Province, Some(ManagingLevel::District)),
        d(2026, 11, 1),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("delegated_to"));
    assert!(e.to_string().contains("cq-1"));
}

#[test]
fn bad_input_thi_tran_in_2026_and_dac_khu_in_2023() {
    let tt = Unit::new(
        "tt-1",
        "Thị trấn",
        UnitKind::Commune {
            commune_type: CommuneType::ThiTran,
        },
        ManagingLevel::Province,
    );
    let e = route(Procedure::SafetyRecognition, &tt, d(2026, 11, 1)).unwrap_err();
    assert_eq!(e.subject(), &Subject::Unit("tt-1".into()));
    assert_eq!(e.field(), Some("commune_type"));
    let dk = Unit::new(
        "dk-1",
        "Đặc khu Côn Đảo",
        UnitKind::Commune {
            commune_type: CommuneType::DacKhu,
        },
        ManagingLevel::District,
    );
    let e = route(Procedure::MovementClassification, &dk, d(2023, 11, 1)).unwrap_err();
    assert_eq!(e.subject(), &Subject::Unit("dk-1".into()));
    assert_eq!(e.field(), Some("commune_type"));
}

#[test]
fn bad_input_residential_area_not_managed_by_the_commune_or_commune_managed_by_wrong_tier() {
    let area = Unit::new(
        "b",
        "Bản",
        UnitKind::ResidentialArea,
        ManagingLevel::Province,
    )
    .in_commune("x");
    assert_eq!(
        route(Procedure::SafetyRecognition, &area, d(2026, 11, 1))
            .unwrap_err()
            .field(),
        Some("managed_by")
    );
    let x = |l| {
        Unit::new(
            "x",
            "Xã",
            UnitKind::Commune {
                commune_type: CommuneType::Xa,
            },
            l,
        )
    };
    for (level, date) in [
        (ManagingLevel::Province, d(2024, 11, 1)),
        (ManagingLevel::Commune, d(2024, 11, 1)),
        (ManagingLevel::Ministry, d(2026, 11, 1)),
        (ManagingLevel::Commune, d(2026, 11, 1)),
    ] {
        let e = route(Procedure::SafetyRecognition, &x(level), date).unwrap_err();
        assert_eq!(e.field(), Some("managed_by"), "{level:?} {date}");
    }
}

#[test]
fn policy_route_uses_the_decision_date_of_the_year() {
    let x = Unit::new(
        "x",
        "Xã",
        UnitKind::Commune {
            commune_type: CommuneType::Xa,
        },
        ManagingLevel::District,
    );
    assert_eq!(
        Policy::national()
            .route(Procedure::SafetyRecognition, &x, 2024)
            .unwrap()
            .decider,
        Body::DistrictPeoplesCommittee
    );
    assert!(Policy::national()
        .route(Procedure::SafetyRecognition, &x, 2025)
        .is_err());
}
