//! Competence check: the right body is accepted, every wrong one is rejected with the right
//! answer (TT124 Đ10; Sơn La …/UBND-NC §1c, §2c, §3b; Bắc Kạn 3/2023 §1.1, §1.2).

use antq::authority::{
    check_competence_national, national_route as route, Body, Procedure, RecordedDecision,
};
use antq::explain::{Status, Value};
use antq::unit::{CommuneType, ManagingLevel, Unit, UnitKind};
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn cases() -> Vec<(Procedure, Unit, NaiveDate, Body)> {
    let area = Unit::new(
        "b",
        "Bản",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("x");
    let commune3 = Unit::new(
        "x3",
        "Xã",
        UnitKind::Commune {
            commune_type: CommuneType::Xa,
        },
        ManagingLevel::District,
    );
    let commune2 = Unit::new(
        "x2",
        "Phường",
        UnitKind::Commune {
            commune_type: CommuneType::Phuong,
        },
        ManagingLevel::Province,
    );
    let agency = |l| {
        Unit::new(
            "cq",
            "Cơ quan",
            UnitKind::Agency {
                armed_forces: false,
            },
            l,
        )
    };
    vec![
        (
            Procedure::SafetyRecognition,
            area.clone(),
            d(2026, 11, 10),
            Body::CommunePeoplesCommittee,
        ),
        (
            Procedure::SafetyRecognition,
            commune3.clone(),
            d(2024, 11, 15),
            Body::DistrictPeoplesCommittee,
        ),
        (
            Procedure::SafetyRecognition,
            commune2.clone(),
            d(2026, 11, 15),
            Body::ProvincialPeoplesCommittee,
        ),
        (
            Procedure::SafetyRecognition,
            agency(ManagingLevel::Ministry),
            d(2026, 11, 15),
            Body::MinistryOfPublicSecurity,
        ),
        (
            Procedure::MovementClassification,
            area,
            d(2026, 11, 15),
            Body::CommuneSteeringCommittee,
        ),
        (
            Procedure::MovementClassification,
            commune2.clone(),
            d(2026, 11, 25),
            Body::ProvincialSteeringCommittee,
        ),
        (
            Procedure::ModelUnitRecognition,
            commune3,
            d(2024, 10, 20),
            Body::ProvincialPeoplesCommittee,
        ),
        // National default (QĐ3554's procedure not available): the provincial PC; Sơn La's
        // letter §3b gives commune-managed units to the commune PC in Sơn La's file only.
        (
            Procedure::ModelUnitRecognition,
            agency(ManagingLevel::Commune),
            d(2026, 12, 1),
            Body::ProvincialPeoplesCommittee,
        ),
        (
            Procedure::Commendation,
            commune2,
            d(2026, 12, 20),
            Body::ProvincialChairman,
        ),
    ]
}

#[test]
fn competence_accepts_the_competent_body_and_rejects_every_other_with_the_right_answer() {
    for (p, unit, date, right) in cases() {
        for body in Body::ALL {
            let rec = RecordedDecision {
                procedure: p,
                unit: unit.clone(),
                body,
                date,
            };
            if !body.exists_on(date) {
                let e = check_competence_national(&rec).unwrap_err();
                assert_eq!(e.field(), Some("body"));
                continue;
            }
            let c = check_competence_national(&rec).unwrap();
            assert_eq!(c.competent, body == right, "{p:?} {} by {body:?}", unit.id);
            assert_eq!(c.competent_body(), right);
            let f = c.finding();
            assert_eq!(
                f.status,
                if body == right {
                    Status::Met
                } else {
                    Status::NotMet
                }
            );
            assert_eq!(f.required, Value::Text(right.code().into()));
            assert_eq!(f.observed, Value::Text(body.code().into()));
        }
    }
}

#[test]
fn competence_commune_pc_recognising_a_ward_in_2026_is_not_competent_province_is() {
    let ward = Unit::new(
        "p",
        "Phường",
        UnitKind::Commune {
            commune_type: CommuneType::Phuong,
        },
        ManagingLevel::Province,
    );
    let c = check_competence_national(&RecordedDecision {
        procedure: Procedure::SafetyRecognition,
        unit: ward,
        body: Body::CommunePeoplesCommittee,
        date: d(2026, 11, 18),
    })
    .unwrap();
    assert!(!c.competent);
    assert_eq!(c.competent_body(), Body::ProvincialPeoplesCommittee);
}

#[test]
fn competence_district_body_after_30_6_2025_is_an_error_naming_unit_and_field() {
    let agency = Unit::new(
        "cq-9",
        "Cơ quan",
        UnitKind::Agency {
            armed_forces: false,
        },
        ManagingLevel::Commune,
    );
    for body in [
        Body::DistrictPeoplesCommittee,
        Body::DistrictSteeringCommittee,
        Body::DistrictSteeringStandingOffice,
    ] {
        let rec = RecordedDecision {
            procedure: Procedure::SafetyRecognition,
            unit: agency.clone(),
            body,
            date: d(2025, 7, 1),
        };
        let e = check_competence_national(&rec).unwrap_err();
        assert_eq!(e.field(), Some("body"));
        assert!(e.to_string().contains("cq-9"));
        // The day before, the district body existed (and was simply not competent here).
        let ok = check_competence_national(&RecordedDecision {
            date: d(2025, 6, 30),
            ..rec
        })
        .unwrap();
        assert!(!ok.competent);
    }
}

#[test]
fn competence_check_agrees_with_route() {
    for (p, unit, date, right) in cases() {
        assert_eq!(route(p, &unit, date).unwrap().decider, right);
    }
}
