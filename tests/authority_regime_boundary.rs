//! Both sides of 30/6/2025 → 1/7/2025, for every procedure, unit kind and managing level
//! (TT124 Đ10; Sơn La …/UBND-NC §1c, §2c, §3b; Bắc Kạn 3/2023 §1.1, §1.2; LAW.md §1).

use antq::authority::{national_route as route, Body, Procedure};
use antq::regime::Regime;
use antq::unit::{CommuneType, ManagingLevel, SchoolLevel, Unit, UnitKind};
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const LAST_THREE_TIER: (i32, u32, u32) = (2025, 6, 30);
const FIRST_TWO_TIER: (i32, u32, u32) = (2025, 7, 1);

fn org_kinds() -> Vec<UnitKind> {
    vec![
        UnitKind::Agency {
            armed_forces: false,
        },
        UnitKind::Enterprise { size: None },
        UnitKind::School {
            level: SchoolLevel::UpperSecondary,
            armed_forces: false,
        },
    ]
}

fn enterprise_size() -> antq::unit::EnterpriseSize {
    antq::unit::EnterpriseSize {
        sector: antq::unit::Sector::TradeServices,
        average_insured_employees: Some(rust_decimal::Decimal::from(120)),
        monthly_insured_employees: None,
        revenue: None,
        total_capital: None,
        months_in_operation: None,
    }
}

fn org(kind: UnitKind, level: ManagingLevel) -> Unit {
    let kind = match kind {
        UnitKind::Enterprise { .. } => UnitKind::Enterprise {
            size: Some(enterprise_size()),
        },
        k => k,
    };
    Unit::new("org", "Đơn vị", kind, level).in_commune("x1")
}

fn area() -> Unit {
    Unit::new(
        "ra",
        "Bản Hụm",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("x1")
}

fn commune(level: ManagingLevel) -> Unit {
    Unit::new(
        "x1",
        "Xã Chiềng Cơi",
        UnitKind::Commune {
            commune_type: CommuneType::Xa,
        },
        level,
    )
}

/// Expected decider by (procedure, which unit, regime); `None` = a typed error.
fn expected(p: Procedure, who: &str, regime: Regime) -> Option<Body> {
    use Body::*;
    use Procedure::*;
    use Regime::*;
    Some(match (p, who, regime) {
        (SafetyRecognition, "area", _) => CommunePeoplesCommittee,
        (SafetyRecognition, "commune", ThreeTier) => DistrictPeoplesCommittee,
        (SafetyRecognition, "commune", TwoTier) => ProvincialPeoplesCommittee,
        (SafetyRecognition, "org_commune", _) => CommunePeoplesCommittee,
        (SafetyRecognition, "org_district", ThreeTier) => DistrictPeoplesCommittee,
        (SafetyRecognition, "org_province", _) => ProvincialPeoplesCommittee,
        (SafetyRecognition, "org_ministry", _) => MinistryOfPublicSecurity,
        (MovementClassification, "area", _) => CommuneSteeringCommittee,
        (MovementClassification, "commune", ThreeTier) => DistrictSteeringCommittee,
        (MovementClassification, "commune", TwoTier) => ProvincialSteeringCommittee,
        (MovementClassification, "org_commune", _) => CommuneSteeringCommittee,
        (MovementClassification, "org_district", ThreeTier) => DistrictSteeringCommittee,
        (MovementClassification, "org_province", _) => ProvincialSteeringCommittee,
        (MovementClassification, "org_ministry", _) => MinistryOfPublicSecurity,
        (ModelUnitRecognition, "area", _) => return None,
        (ModelUnitRecognition, "org_ministry", _) => MinistryOfPublicSecurity,
        (ModelUnitRecognition, "org_district", TwoTier) => return None,
        (ModelUnitRecognition, _, _) => ProvincialPeoplesCommittee,
        (Commendation, "area", _) => return None,
        (Commendation, "org_district", TwoTier) => return None,
        (Commendation, _, _) => ProvincialChairman,
        (_, "org_district", TwoTier) => return None,
        _ => unreachable!("{p:?} {who} {regime:?}"),
    })
}

fn cases(regime: Regime) -> Vec<(&'static str, Unit)> {
    let commune_level = match regime {
        Regime::ThreeTier => ManagingLevel::District,
        Regime::TwoTier => ManagingLevel::Province,
    };
    let mut v = vec![("area", area()), ("commune", commune(commune_level))];
    for k in org_kinds() {
        v.push(("org_commune", org(k.clone(), ManagingLevel::Commune)));
        v.push(("org_district", org(k.clone(), ManagingLevel::District)));
        v.push(("org_province", org(k.clone(), ManagingLevel::Province)));
        v.push(("org_ministry", org(k, ManagingLevel::Ministry)));
    }
    v
}

fn check_side(date: NaiveDate, regime: Regime) {
    assert_eq!(Regime::on(date), regime);
    for p in Procedure::ALL {
        for (who, unit) in cases(regime) {
            let got = route(p, &unit, date);
            match expected(p, who, regime) {
                Some(body) => {
                    let r = got.unwrap_or_else(|e| panic!("{p:?} {who} {date}: {e}"));
                    assert_eq!(r.decider, body, "{p:?} {who} {date}");
                    assert_eq!(r.regime, regime);
                    assert!(r.decider.exists_on(date));
                    assert!(r.steps.iter().all(|s| s.body.exists_on(date)));
                }
                None => {
                    let e = got.expect_err(&format!("{p:?} {who} {date} must be an error"));
                    assert_eq!(e.subject(), &antq::Subject::Unit(unit.id.clone()), "{e}");
                    assert!(e.field().is_some());
                }
            }
        }
    }
}

#[test]
fn regime_boundary_30_6_2025_is_three_tier_for_every_procedure_and_kind() {
    let (y, m, day) = LAST_THREE_TIER;
    check_side(d(y, m, day), Regime::ThreeTier);
}

#[test]
fn regime_boundary_1_7_2025_is_two_tier_for_every_procedure_and_kind() {
    let (y, m, day) = FIRST_TWO_TIER;
    check_side(d(y, m, day), Regime::TwoTier);
}

#[test]
fn regime_boundary_commune_decider_moves_from_district_to_province() {
    let before = route(
        Procedure::SafetyRecognition,
        &commune(ManagingLevel::District),
        d(2025, 6, 30),
    )
    .unwrap();
    let after = route(
        Procedure::SafetyRecognition,
        &commune(ManagingLevel::Province),
        d(2025, 7, 1),
    )
    .unwrap();
    assert_eq!(before.decider, Body::DistrictPeoplesCommittee);
    assert_eq!(after.decider, Body::ProvincialPeoplesCommittee);
    // The same record (managed by the district) is refused the next day.
    let e = route(
        Procedure::SafetyRecognition,
        &commune(ManagingLevel::District),
        d(2025, 7, 1),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("managed_by"));
}

#[test]
fn regime_boundary_model_units_switch_from_the_bac_kan_flow_to_son_la_routing_in_their_files() {
    let route = |p, u: &Unit, date| {
        let pol = if Regime::on(date) == Regime::ThreeTier {
            antq::policy::Policy::bac_kan_2023()
        } else {
            antq::policy::Policy::son_la_2026()
        };
        pol.route_on(p, u, date)
    };
    let u = org(
        UnitKind::Agency {
            armed_forces: false,
        },
        ManagingLevel::Commune,
    );
    let before = route(Procedure::ModelUnitRecognition, &u, d(2025, 6, 30)).unwrap();
    // Sơn La's file applies from 2026: a policy is checked against the date it is used on.
    assert!(route(Procedure::ModelUnitRecognition, &u, d(2025, 7, 1)).is_err());
    let after = route(Procedure::ModelUnitRecognition, &u, d(2026, 7, 1)).unwrap();
    assert_eq!(before.decider, Body::ProvincialPeoplesCommittee);
    assert_eq!(before.steps.len(), 3);
    assert_eq!(after.decider, Body::CommunePeoplesCommittee);
    assert!(after.steps.iter().all(|s| s.before.is_none()));
}
