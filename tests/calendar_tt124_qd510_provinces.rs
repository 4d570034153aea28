//! The calendar: TT124 Đ8 k2 windows, Đ9 k1 deadlines ("trước ngày" = the day before is the
//! last), Q1 registration (Đ4–Đ7 k1), QĐ510 Đ11 k3 [REPORTED], Bắc Kạn 3/2023 §1.1 model-unit flow
//! (three-tier), Sơn La PC Office plan §III.4, Sơn Dương 54/KH-UBND §VI.1, provincial overrides; properties.

use std::collections::BTreeMap;

use antq::authority::Procedure;
use antq::calendar::{
    evaluation_window, keys, year_calendar, AnnualDate, CalendarEntry, CalendarPolicy,
    DateOverride, EntryKind, Timing,
};
use antq::citation::{Citation, Instrument, Provenance, Source};
use antq::explain::Lang;
use antq::policy::Policy;
use antq::unit::{KindTag, ManagingLevel, Unit, UnitKind};
use antq::Subject;
use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn entry<'a>(cal: &'a [CalendarEntry], key: &str) -> Option<&'a CalendarEntry> {
    cal.iter().find(|e| e.key == key)
}

fn default_cal(year: i32) -> Vec<CalendarEntry> {
    year_calendar(year, &CalendarPolicy::default()).unwrap()
}

#[test]
fn tt124_d8_k2_a_residential_window_runs_1_11_previous_year_to_31_10() {
    let w = evaluation_window(KindTag::ResidentialArea, 2026).unwrap();
    assert_eq!((w.from, w.to), (d(2025, 11, 1), d(2026, 10, 31)));
    assert!(w.contains(d(2025, 11, 1)) && w.contains(d(2026, 10, 31)));
    assert!(!w.contains(d(2025, 10, 31)) && !w.contains(d(2026, 11, 1)));
    assert_eq!(
        w.source.citation,
        Citation::point(Instrument::Tt124, 8, 2, 'a')
    );
}

#[test]
fn tt124_d8_k2_b_other_kinds_window_runs_16_11_previous_year_to_15_11() {
    for k in [
        KindTag::Commune,
        KindTag::Agency,
        KindTag::Enterprise,
        KindTag::School,
    ] {
        let w = evaluation_window(k, 2026).unwrap();
        assert_eq!((w.from, w.to), (d(2025, 11, 16), d(2026, 11, 15)));
        assert!(!w.contains(d(2025, 11, 15)) && !w.contains(d(2026, 11, 16)));
        assert_eq!(
            w.source.citation,
            Citation::point(Instrument::Tt124, 8, 2, 'b')
        );
    }
}

#[test]
fn tt124_d9_k1_a_before_15_11_means_14_11_is_the_last_day() {
    let cal = default_cal(2026);
    let e = entry(&cal, "tt124.d9.k1.a").unwrap();
    assert_eq!(e.timing, Timing::Before(d(2026, 11, 15)));
    assert_eq!(e.day(), d(2026, 11, 14));
    assert_eq!(e.timing.stated(), d(2026, 11, 15));
}

#[test]
fn tt124_d9_k1_b_c_d_before_20_11() {
    let cal = default_cal(2024);
    for key in ["tt124.d9.k1.b", "tt124.d9.k1.c", "tt124.d9.k1.d"] {
        let e = entry(&cal, key).unwrap();
        assert_eq!(e.timing, Timing::Before(d(2024, 11, 20)), "{key}");
        assert_eq!(e.day(), d(2024, 11, 19));
        assert_eq!(e.source.provenance, Provenance::Text);
    }
}

#[test]
fn tt124_q1_registration_is_due_by_31_3_inclusive() {
    let cal = default_cal(2026);
    for (key, article) in [
        ("tt124.d4.k1.registration", 4),
        ("tt124.d5.k1.registration", 5),
        ("tt124.d6.k1.registration", 6),
        ("tt124.d7.k1.registration", 7),
    ] {
        let e = entry(&cal, key).unwrap();
        assert_eq!(e.kind, EntryKind::Registration);
        assert_eq!(e.timing, Timing::Until(d(2026, 3, 31)));
        assert_eq!(e.day(), d(2026, 3, 31));
        assert_eq!(
            e.source.citation,
            Citation::clause(Instrument::Tt124, article, 1)
        );
    }
}

#[test]
fn qd510_d11_k3_reported_20_11_and_30_11_and_15_12_for_districts_in_three_tier_years() {
    for year in [2024, 2026] {
        let cal = default_cal(year);
        let ra = entry(&cal, "qd510.d11.k3.residential_area").unwrap();
        assert_eq!(ra.timing, Timing::Before(d(year, 11, 20)));
        assert_eq!(ra.source.provenance, Provenance::Reported);
        let units = entry(&cal, "qd510.d11.k3.units").unwrap();
        assert_eq!(units.timing, Timing::Before(d(year, 11, 30)));
    }
    let cal2024 = default_cal(2024);
    let district = entry(&cal2024, "qd510.d11.k3.district").unwrap();
    assert_eq!(district.timing, Timing::Before(d(2024, 12, 15)));
    assert!(entry(&default_cal(2025), "qd510.d11.k3.district").is_none());
    assert!(entry(&default_cal(2026), "qd510.d11.k3.district").is_none());
}

#[test]
fn bac_kan_model_unit_dates_1_10_15_10_25_10_are_the_bac_kan_files_not_the_national_default() {
    let bac_kan = antq::policy::Policy::bac_kan_2023().calendar;
    let cal = year_calendar(2023, &bac_kan).unwrap();
    for (key, day) in [
        ("bac_kan_2023.1_1.commune_pc", 1),
        ("bac_kan_2023.1_1.district_pc", 15),
        ("bac_kan_2023.1_1.provincial_police", 25),
    ] {
        let e = entry(&cal, key).unwrap();
        assert_eq!(e.timing, Timing::Before(d(2023, 10, day)));
        assert_eq!(
            e.source.citation.document(),
            Some(&antq::provinces::documents::BAC_KAN_UBND_2023)
        );
        assert_eq!(e.source.provenance, Provenance::ProvincialDocument);
        assert!(
            entry(&default_cal(2023), key).is_none(),
            "{key} is not national"
        );
        let cal2026 = year_calendar(2026, &bac_kan).unwrap();
        assert!(entry(&cal2026, key).is_none());
    }
    assert!(entry(&cal, "bac_kan_2023.1.model_unit_registration").is_some());
    // The national default has the provisional year-end date in three-tier years too.
    let national2023 = default_cal(2023);
    let m = entry(&national2023, "model_unit.year_end").unwrap();
    assert!(m.source.is_provisional());
    // Two-tier years carry the provisional year-end date instead, flagged as provisional.
    let cal2026 = default_cal(2026);
    let m = entry(&cal2026, "model_unit.year_end").unwrap();
    assert_eq!(m.timing, Timing::Until(d(2026, 12, 31)));
    assert!(m.source.is_provisional());
}

#[test]
fn son_la_office_25_11_and_son_duong_15_10_only_in_their_own_files() {
    let none = default_cal(2026);
    assert!(entry(&none, "son_la_vp_2026.3_4.self_assessment").is_none());
    assert!(entry(&none, "son_duong_54_2026.6_1.report").is_none());
    let b = year_calendar(2026, &antq::policy::Policy::son_la_2026().calendar).unwrap();
    let e = entry(&b, "son_la_vp_2026.3_4.self_assessment").unwrap();
    assert_eq!(e.timing, Timing::Before(d(2026, 11, 25)));
    assert_eq!(
        e.source.citation.document(),
        Some(&antq::provinces::documents::SON_LA_VP_KH_2026)
    );
    assert!(entry(&b, "son_duong_54_2026.6_1.report").is_none());
    let e_cal = year_calendar(2026, &antq::policy::Policy::son_duong_2026().calendar).unwrap();
    let e = entry(&e_cal, "son_duong_54_2026.6_1.report").unwrap();
    assert_eq!(e.timing, Timing::Before(d(2026, 10, 15)));
    assert_eq!(e.day(), d(2026, 10, 14));
    assert_eq!(
        e.source.citation.document(),
        Some(&antq::provinces::documents::SON_DUONG_KH54_2026)
    );
}

fn province_override() -> Source {
    Source::provincial(Citation::doc_section(
        &antq::provinces::documents::SON_LA_UBND_NC_2026,
        "1c",
    ))
}

#[test]
fn provincial_override_moves_the_date_keeps_the_form_and_records_what_it_replaced() {
    let mut policy = CalendarPolicy::default();
    policy.overrides.insert(
        "tt124.d9.k1.a".into(),
        DateOverride {
            date: AnnualDate::new(11, 10),
            source: province_override(),
        },
    );
    let cal = year_calendar(2026, &policy).unwrap();
    let e = entry(&cal, "tt124.d9.k1.a").unwrap();
    assert_eq!(e.timing, Timing::Before(d(2026, 11, 10)));
    assert_eq!(e.source, province_override());
    assert_eq!(
        e.replaces.as_ref().map(|s| s.citation.clone()),
        Some(Citation::point(Instrument::Tt124AmendedByTt48, 9, 1, 'a'))
    );
    // Routing with the same policy gives the same deadline.
    let area = Unit::new(
        "b",
        "Bản",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("x");
    let province = Policy {
        calendar: policy.clone(),
        ..Policy::national()
    };
    let r = province
        .route_on(Procedure::SafetyRecognition, &area, d(2026, 11, 1))
        .unwrap();
    assert_eq!(r.deadline.timing, e.timing);
    assert_eq!(r.deadline.last_day(), d(2026, 11, 9));
    assert!(!r.deadline.is_met_by(d(2026, 11, 10)));
}

#[test]
fn provincial_override_of_an_unknown_key_or_a_missing_day_is_a_policy_error() {
    let mut policy = CalendarPolicy::default();
    policy.overrides.insert(
        "tt124.d9.k1.z".into(),
        DateOverride {
            date: AnnualDate::new(11, 10),
            source: province_override(),
        },
    );
    let e = year_calendar(2026, &policy).unwrap_err();
    assert_eq!(e.subject(), &Subject::Policy("calendar".into()));
    assert_eq!(e.field(), Some("calendar.overrides.tt124.d9.k1.z"));

    let mut policy = CalendarPolicy::default();
    policy.overrides.insert(
        "tt124.d9.k1.b".into(),
        DateOverride {
            date: AnnualDate::new(2, 29),
            source: province_override(),
        },
    );
    assert!(year_calendar(2028, &policy).is_ok());
    let e = year_calendar(2026, &policy).unwrap_err();
    assert_eq!(e.field(), Some("overrides.tt124.d9.k1.b.date"));
}

#[test]
fn calendar_policy_round_trips_through_json() {
    let mut policy = antq::policy::Policy::son_la_2026().calendar;
    policy.overrides = BTreeMap::from([(
        "qd510.d11.k3.units".to_string(),
        DateOverride {
            date: AnnualDate::new(11, 25),
            source: province_override(),
        },
    )]);
    let json = serde_json::to_string(&policy).unwrap();
    assert_eq!(
        serde_json::from_str::<CalendarPolicy>(&json).unwrap(),
        policy
    );
    // Flags and overrides default when absent.
    assert_eq!(
        serde_json::from_str::<CalendarPolicy>("{}").unwrap(),
        CalendarPolicy::default()
    );
}

fn policy() -> impl Strategy<Value = CalendarPolicy> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(a, b, e)| {
        let mut p = CalendarPolicy::default();
        for (on, name) in [
            (a, "bac_kan_2023"),
            (b, "son_la_2026"),
            (e, "son_duong_2026"),
        ] {
            if on {
                p = p.extended_by(&antq::policy::Policy::preset(name).unwrap().calendar);
            }
        }
        p
    })
}

proptest! {
    #[test]
    fn calendar_is_sorted_cited_and_deadlines_fall_in_the_year(year in 2022i32..=2030, policy in policy()) {
        let cal = year_calendar(year, &policy).unwrap();
        prop_assert!(!cal.is_empty());
        for w in cal.windows(2) {
            prop_assert!((w[0].day(), &w[0].key) < (w[1].day(), &w[1].key), "sorted, keys unique");
        }
        for e in &cal {
            // Every entry carries a citation that renders, and a provisional one says so.
            prop_assert!(!e.source.citation.render(Lang::Vi).is_empty());
            if e.source.citation.instrument_cited() == Some(Instrument::Provisional) {
                prop_assert!(e.source.is_provisional(), "{} is a library default", &e.key);
            }
            prop_assert!(!e.label(Lang::Vi).is_empty() && !e.label(Lang::En).is_empty());
            match e.kind {
                EntryKind::WindowStart => prop_assert_eq!(e.day().year(), year - 1),
                _ => prop_assert_eq!(e.day().year(), year, "{} inside the year", &e.key),
            }
        }
        // TT124 Đ9 k1 and QĐ510 Đ11 k3 decisions come after the window of their kinds closes.
        for e in cal.iter().filter(|e| e.key.starts_with("tt124.d9") || e.key.starts_with("qd510.d11.k3")) {
            for k in e.applies_to.iter() {
                let w = evaluation_window(*k, year).unwrap();
                prop_assert!(e.day() > w.to, "{} after window of {:?}", &e.key, k);
            }
        }
        let json = serde_json::to_string(&cal).unwrap();
        let back: Vec<CalendarEntry> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, cal);
    }
}

#[test]
fn every_known_key_is_in_some_calendar() {
    let all = CalendarPolicy::default();
    let mut seen: Vec<String> = year_calendar(2024, &all)
        .unwrap()
        .into_iter()
        .chain(year_calendar(2026, &all).unwrap())
        .map(|e| e.key.into_owned())
        .collect();
    seen.sort();
    seen.dedup();
    let mut known: Vec<String> = keys().map(str::to_owned).collect();
    known.sort();
    assert_eq!(seen, known);
}

#[test]
fn windows_deadlines_and_timings_round_trip_through_json() {
    let w = evaluation_window(KindTag::School, 2023).unwrap();
    let json = serde_json::to_string(&w).unwrap();
    assert_eq!(
        serde_json::from_str::<antq::calendar::Window>(&json).unwrap(),
        w
    );
    assert_eq!(
        serde_json::to_string(&Timing::Before(d(2026, 11, 15))).unwrap(),
        r#"{"before":"2026-11-15"}"#
    );
    let area = Unit::new(
        "b",
        "Bản",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("x");
    let r = antq::authority::national_route(Procedure::SafetyRecognition, &area, d(2026, 11, 1))
        .unwrap();
    assert_eq!(r.year(), 2026);
    let json = serde_json::to_string(&r.deadline).unwrap();
    assert_eq!(
        serde_json::from_str::<antq::calendar::Deadline>(&json).unwrap(),
        r.deadline
    );
}
