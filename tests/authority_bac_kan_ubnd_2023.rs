//! Bắc Kạn 3/2023 (Bắc Kạn, 3/2023 — three-tier): §1.1 model-unit flow commune PC → district PC →
//! provincial police → provincial PC; §1.2 the provincial chairman's Bằng khen.

use antq::authority::{Body, Procedure, StepRole};
use antq::calendar::Timing;
use antq::citation::Provenance;
use antq::unit::{CommuneType, ManagingLevel, SchoolLevel, Unit, UnitKind};
use chrono::NaiveDate;

/// Routing under the province's own file (its routing rules and calendar) in the three-tier
/// years it was written for; under the national default (which carries the two-tier reading of
/// it, labelled provisional) afterwards — a 2023 policy does not fit a two-tier year.
fn route(
    procedure: Procedure,
    unit: &antq::unit::Unit,
    date: chrono::NaiveDate,
) -> Result<antq::authority::Route, antq::Error> {
    let p = if antq::Regime::on(date) == antq::Regime::ThreeTier {
        antq::policy::Policy::bac_kan_2023()
    } else {
        antq::policy::Policy::national()
    };
    p.route_on(procedure, unit, date)
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn date() -> NaiveDate {
    d(2023, 9, 15)
}

fn unit(kind: UnitKind, level: ManagingLevel, delegated: Option<ManagingLevel>) -> Unit {
    let mut u = Unit::new("u", "Đơn vị", kind, level);
    u.delegated_to = delegated;
    u
}

fn school() -> UnitKind {
    UnitKind::School {
        level: SchoolLevel::UpperSecondary,
        armed_forces: false,
    }
}

fn agency() -> UnitKind {
    UnitKind::Agency {
        armed_forces: false,
    }
}

fn chain(r: &antq::authority::Route) -> Vec<(Body, StepRole, Option<NaiveDate>)> {
    r.steps
        .iter()
        .map(|s| (s.body, s.role, s.before_in(2023)))
        .collect()
}

#[test]
fn bac_kan_ubnd_2023_1_1_commune_managed_unit_goes_commune_then_district_then_police_then_province()
{
    let r = route(
        Procedure::ModelUnitRecognition,
        &unit(school(), ManagingLevel::Commune, None),
        date(),
    )
    .unwrap();
    assert_eq!(r.decider, Body::ProvincialPeoplesCommittee);
    assert_eq!(
        chain(&r),
        vec![
            (
                Body::CommunePeoplesCommittee,
                StepRole::Evaluates,
                Some(d(2023, 10, 1))
            ),
            (
                Body::DistrictPeoplesCommittee,
                StepRole::Evaluates,
                Some(d(2023, 10, 15))
            ),
            (
                Body::ProvincialPolice,
                StepRole::Appraises,
                Some(d(2023, 10, 25))
            ),
        ]
    );
    // 25/10 is the provincial police's appraisal and proposal (§1.1), not the provincial PC's
    // decision: the letter sets no date for the decision, so its deadline is the labelled
    // year-end default.
    assert_eq!(r.deadline.timing, Timing::Until(d(2023, 12, 31)));
    assert!(r.deadline.source.is_provisional());
    assert!(r.basis.iter().all(|s| s.citation.document()
        == Some(&antq::provinces::documents::BAC_KAN_UBND_2023)
        && s.provenance == Provenance::ProvincialDocument));
    assert!(!r.decider_is_provisional());
}

#[test]
fn bac_kan_ubnd_2023_1_1_communes_and_towns_start_with_their_own_pc() {
    for t in [CommuneType::Xa, CommuneType::Phuong, CommuneType::ThiTran] {
        let r = route(
            Procedure::ModelUnitRecognition,
            &unit(
                UnitKind::Commune { commune_type: t },
                ManagingLevel::District,
                None,
            ),
            date(),
        )
        .unwrap();
        assert_eq!(r.decider, Body::ProvincialPeoplesCommittee);
        assert_eq!(r.steps[0].body, Body::CommunePeoplesCommittee);
        assert_eq!(r.steps.len(), 3);
    }
}

#[test]
fn bac_kan_ubnd_2023_1_1_district_managed_and_delegated_units_start_at_the_district() {
    for u in [
        unit(agency(), ManagingLevel::District, None),
        unit(
            agency(),
            ManagingLevel::Province,
            Some(ManagingLevel::District),
        ),
    ] {
        let r = route(Procedure::ModelUnitRecognition, &u, date()).unwrap();
        assert_eq!(r.level, ManagingLevel::District);
        assert_eq!(
            chain(&r),
            vec![
                (
                    Body::DistrictPeoplesCommittee,
                    StepRole::Evaluates,
                    Some(d(2023, 10, 15))
                ),
                (
                    Body::ProvincialPolice,
                    StepRole::Appraises,
                    Some(d(2023, 10, 25))
                ),
            ]
        );
    }
}

#[test]
fn bac_kan_ubnd_2023_1_1_province_managed_units_are_appraised_by_the_provincial_police() {
    let r = route(
        Procedure::ModelUnitRecognition,
        &unit(agency(), ManagingLevel::Province, None),
        date(),
    )
    .unwrap();
    assert_eq!(r.decider, Body::ProvincialPeoplesCommittee);
    assert_eq!(
        chain(&r),
        vec![(
            Body::ProvincialPolice,
            StepRole::Appraises,
            Some(d(2023, 10, 25))
        )]
    );
}

#[test]
fn bac_kan_ubnd_2023_1_2_commendation_is_the_provincial_chairmans_via_steering_committee_police_home_affairs(
) {
    let r = route(
        Procedure::Commendation,
        &unit(school(), ManagingLevel::District, None),
        date(),
    )
    .unwrap();
    assert_eq!(r.decider, Body::ProvincialChairman);
    let bodies: Vec<Body> = r.advisers().collect();
    assert_eq!(
        bodies,
        vec![
            Body::ProvincialSteeringCommittee,
            Body::ProvincialPolice,
            Body::DepartmentOfHomeAffairs
        ]
    );
    assert!(!r.decider_is_provisional());
    // No date is written for the award: the year-end deadline is provisional.
    assert!(r.deadline.source.is_provisional());
}

#[test]
fn bac_kan_ubnd_2023_1_2_commendation_in_two_tier_years_is_provisional() {
    let r = route(
        Procedure::Commendation,
        &unit(school(), ManagingLevel::Province, None),
        d(2026, 12, 1),
    )
    .unwrap();
    assert_eq!(r.decider, Body::ProvincialChairman);
    assert!(r.decider_is_provisional());
}

#[test]
fn bac_kan_ubnd_2023_model_units_exclude_residential_areas() {
    let mut area = unit(UnitKind::ResidentialArea, ManagingLevel::Commune, None);
    area.commune = Some("x".into());
    for p in [Procedure::ModelUnitRecognition, Procedure::Commendation] {
        let e = route(p, &area, date()).unwrap_err();
        assert_eq!(e.field(), Some("kind"));
    }
}

#[test]
fn bac_kan_ubnd_2023_route_renders_steps_dates_and_provisional_marks() {
    let r = route(
        Procedure::ModelUnitRecognition,
        &unit(school(), ManagingLevel::Commune, None),
        date(),
    )
    .unwrap();
    let vi = r.render(antq::Lang::Vi);
    assert!(vi.starts_with("Ủy ban nhân dân tỉnh quyết định"));
    assert!(vi.contains("Ủy ban nhân dân cấp xã: đánh giá, trước ngày 01/10/2023"));
    assert!(vi.contains("Công an tỉnh: thẩm định, trước ngày 25/10/2023"));
    assert!(vi.contains("hạn: đến hết ngày 31/12/2023"));
    assert!(
        vi.contains("TẠM THỜI"),
        "the year-end deadline is a labelled default"
    );
    let k = route(
        Procedure::Commendation,
        &unit(school(), ManagingLevel::Province, None),
        d(2026, 12, 1),
    )
    .unwrap();
    let en = k.render(antq::Lang::En);
    assert!(en.contains("PROVISIONAL"));
    assert!(en.contains("by 31/12/2026"));
}
