//! Properties of routing (proptest): total and deterministic over every kind × managing level ×
//! delegation × date 2022–2030; valid combinations have exactly one existing deciding body and
//! invalid ones give a typed error, never a panic; deadlines fall in the year evaluated and,
//! for TT124 and QĐ510, after the evaluation window closes; a route's deadline is an entry of
//! that year's calendar; public types round-trip through serde.

use antq::authority::{
    check_competence_national, national_route as route, Procedure, RecordedDecision, Route,
};
use antq::calendar::{evaluation_window, year_calendar, CalendarPolicy};
use antq::regime::Regime;
use antq::unit::{
    CommuneType, EnterpriseSize, KindTag, ManagingLevel, SchoolLevel, Sector, Unit, UnitKind,
};
use antq::Subject;
use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

fn level() -> impl Strategy<Value = ManagingLevel> {
    prop_oneof![
        Just(ManagingLevel::Commune),
        Just(ManagingLevel::District),
        Just(ManagingLevel::Province),
        Just(ManagingLevel::Ministry),
    ]
}

fn kind() -> impl Strategy<Value = UnitKind> {
    prop_oneof![
        Just(UnitKind::ResidentialArea),
        prop_oneof![
            Just(CommuneType::Xa),
            Just(CommuneType::Phuong),
            Just(CommuneType::ThiTran),
            Just(CommuneType::DacKhu)
        ]
        .prop_map(|commune_type| UnitKind::Commune { commune_type }),
        any::<bool>().prop_map(|armed_forces| UnitKind::Agency { armed_forces }),
        Just(UnitKind::Enterprise {
            size: Some(EnterpriseSize {
                sector: Sector::IndustryConstruction,
                average_insured_employees: Some(300.into()),
                monthly_insured_employees: None,
                revenue: None,
                total_capital: None,
                months_in_operation: None,
            })
        }),
        prop_oneof![
            Just(SchoolLevel::Primary),
            Just(SchoolLevel::UpperSecondary),
            Just(SchoolLevel::Vocational)
        ]
        .prop_map(|level| UnitKind::School {
            level,
            armed_forces: false
        }),
    ]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    let start = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap();
    (0i64..=3286).prop_map(move |n| start + chrono::Duration::days(n))
}

fn procedure() -> impl Strategy<Value = Procedure> {
    prop_oneof![
        Just(Procedure::SafetyRecognition),
        Just(Procedure::MovementClassification),
        Just(Procedure::ModelUnitRecognition),
        Just(Procedure::Commendation),
    ]
}

fn unit() -> impl Strategy<Value = Unit> {
    (
        kind(),
        level(),
        proptest::option::of(level()),
        any::<bool>(),
    )
        .prop_map(|(kind, managed_by, delegated_to, in_commune)| {
            let mut u = Unit::new("u-1", "Đơn vị", kind, managed_by);
            u.delegated_to = delegated_to;
            if in_commune {
                u = u.in_commune("x-1");
            }
            u
        })
}

/// An independent statement of which combinations are valid (LAW.md §1, §3, §5; TT124 Đ10).
fn oracle_valid(p: Procedure, u: &Unit, date: NaiveDate) -> bool {
    let regime = Regime::on(date);
    let two = regime == Regime::TwoTier;
    let tag = u.tag();
    if let UnitKind::Commune { commune_type } = u.kind {
        if (commune_type == CommuneType::ThiTran && two)
            || (commune_type == CommuneType::DacKhu && !two)
        {
            return false;
        }
    }
    if tag == KindTag::ResidentialArea && u.commune.is_none() {
        return false;
    }
    if two
        && (u.managed_by == ManagingLevel::District
            || u.delegated_to == Some(ManagingLevel::District))
    {
        return false;
    }
    match tag {
        KindTag::ResidentialArea => {
            if u.managed_by != ManagingLevel::Commune || u.delegated_to.is_some() {
                return false;
            }
            if matches!(p, Procedure::ModelUnitRecognition | Procedure::Commendation) {
                return false;
            }
        }
        KindTag::Commune => {
            let want = if two {
                ManagingLevel::Province
            } else {
                ManagingLevel::District
            };
            if u.managed_by != want || u.delegated_to.is_some() {
                return false;
            }
        }
        _ => {
            if let Some(to) = u.delegated_to {
                let ok = matches!(
                    (two, u.managed_by, to),
                    (false, ManagingLevel::Province, ManagingLevel::District)
                        | (false, ManagingLevel::District, ManagingLevel::Commune)
                        | (true, ManagingLevel::Province, ManagingLevel::Commune)
                );
                if !ok {
                    return false;
                }
            }
        }
    }
    true
}

fn check_route(r: &Route, p: Procedure, u: &Unit, date: NaiveDate) {
    let year = date.year();
    assert_eq!(r.procedure, p);
    assert_eq!(r.regime, Regime::on(date));
    assert!(r.decider.exists_on(date));
    assert!(r.steps.iter().all(|s| s.body.exists_on(date)));
    assert!(!r.basis.is_empty());
    assert_eq!(
        r.deadline.last_day().year(),
        year,
        "deadline in the year evaluated"
    );
    for s in r.steps.iter() {
        if let Some(b) = s.before_in(year) {
            assert!(b <= r.deadline.timing.stated());
        }
    }
    if matches!(
        p,
        Procedure::SafetyRecognition | Procedure::MovementClassification
    ) {
        let w = evaluation_window(u.tag(), year).unwrap();
        assert!(
            r.deadline.last_day() > w.to,
            "TT124/QĐ510 decisions come after the window closes"
        );
    }
    if Regime::for_year(year) == r.regime {
        let cal = year_calendar(year, &CalendarPolicy::default()).unwrap();
        let e = cal
            .iter()
            .find(|e| e.key == r.deadline.key)
            .expect("route deadline is a calendar entry");
        assert_eq!(e.timing, r.deadline.timing);
        assert_eq!(e.source, r.deadline.source);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn routing_is_total_and_deterministic(p in procedure(), u in unit(), date in date()) {
        let a = route(p, &u, date);
        let b = route(p, &u, date);
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(a.is_ok(), oracle_valid(p, &u, date), "{:?} {:?} {}", p, u, date);
        match a {
            Ok(r) => check_route(&r, p, &u, date),
            Err(e) => {
                prop_assert_eq!(e.subject(), &Subject::Unit(u.id.clone()));
                prop_assert!(e.field().is_some());
            }
        }
    }

    #[test]
    fn exactly_one_body_is_competent(p in procedure(), u in unit(), date in date()) {
        if let Ok(r) = route(p, &u, date) {
            let competent: Vec<_> = antq::authority::Body::ALL
                .into_iter()
                .filter(|b| b.exists_on(date))
                .filter(|&body| {
                    check_competence_national(&RecordedDecision { procedure: p, unit: u.clone(), body, date })
                        .map(|c| c.competent)
                        .unwrap_or(false)
                })
                .collect();
            prop_assert_eq!(competent, vec![r.decider]);
        }
    }

    #[test]
    fn route_and_competence_round_trip_through_serde(p in procedure(), u in unit(), date in date()) {
        if let Ok(r) = route(p, &u, date) {
            let json = serde_json::to_string(&r).unwrap();
            let back: Route = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&back, &r);
            let rec = RecordedDecision { procedure: p, unit: u.clone(), body: r.decider, date };
            let json = serde_json::to_string(&rec).unwrap();
            prop_assert_eq!(serde_json::from_str::<RecordedDecision>(&json).unwrap(), rec.clone());
            let c = check_competence_national(&rec).unwrap();
            let json = serde_json::to_string(&c).unwrap();
            prop_assert_eq!(serde_json::from_str::<antq::authority::Competence>(&json).unwrap(), c);
        }
    }
}

#[test]
fn procedure_and_body_serde_names_are_their_codes() {
    for p in Procedure::ALL {
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            format!("\"{}\"", p.code())
        );
    }
    for b in antq::authority::Body::ALL {
        assert_eq!(
            serde_json::to_string(&b).unwrap(),
            format!("\"{}\"", b.code())
        );
        assert!(!b.name_vi().is_empty() && !b.name_en().is_empty());
    }
}
