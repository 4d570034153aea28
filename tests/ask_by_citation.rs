//! Asking a decision by citation (issue 12 item 1): containment of clauses, points and sections;
//! the imports of TT124 Đ5 k2 (→ Đ4 k2–k4) and Đ7 k3 (→ Đ6 k3 a, b, c, đ, e, g), followed only
//! under the importing article; one status for a clause with several parts.

mod common;

use antq::citation::{Citation, Instrument};
use antq::law::tt124::{Event, Facts, UnitCounts};
use antq::unit::SchoolLevel;
use antq::{Policy, Status};
use common::*;

fn tt124(article: u16, clause: u16) -> Citation {
    Citation::clause(Instrument::Tt124, article, clause)
}

fn cited(d: &antq::Decision<antq::SafetyOutcome>, c: &Citation) -> Vec<String> {
    d.about(c)
        .map(|f| f.criterion.source.citation.short())
        .collect()
}

#[test]
fn a_clause_contains_its_points_an_article_its_clauses_not_the_reverse() {
    let k3 = tt124(6, 3);
    assert!(k3.contains(&Citation::point(Instrument::Tt124, 6, 3, 'h')));
    assert!(Citation::article(Instrument::Tt124, 6).contains(&k3));
    assert!(!Citation::point(Instrument::Tt124, 6, 3, 'h').contains(&k3));
    assert!(!k3.contains(&tt124(6, 4)));
    assert!(!k3.contains(&Citation::clause(Instrument::Qd510, 6, 3)));
    assert!(Citation::instrument(Instrument::Tt124).contains(&k3));
}

#[test]
fn a_section_contains_its_sub_sections_but_not_a_longer_number() {
    let doc = &antq::provinces::documents::SON_LA_UBND_NC_2026;
    let one = Citation::doc_section(doc, "1");
    assert!(one.contains(&Citation::doc_section(doc, "1b")));
    assert!(one.contains(&Citation::doc_section(doc, "1(2)")));
    assert!(!one.contains(&Citation::doc_section(doc, "12")));
    assert!(!Citation::doc_section(doc, "1b").contains(&one));
    let other = &antq::provinces::documents::SON_LA_KH10_2026;
    assert!(!one.contains(&Citation::doc_section(other, "1b")));
}

#[test]
fn tt124_d7_k3_school_imports_exactly_six_points_of_d6_k3() {
    let d = Policy::national()
        .decide_safety(&school(SchoolLevel::UpperSecondary), 2026, &passing())
        .unwrap();
    assert_eq!(
        cited(&d, &tt124(7, 3)),
        [
            "TT124 Đ6 k3 a",
            "TT124 Đ6 k3 b",
            "TT124 Đ6 k3 c",
            "TT124 Đ6 k3 đ",
            "TT124 Đ6 k3 e",
            "TT124 Đ6 k3 g"
        ]
    );
    assert_eq!(d.status_of(&tt124(7, 3)), Some(Status::Met));
    // Đ6 k3 d (unlawful strikes) is not imported: a school has no finding on it.
    assert!(cited(&d, &Citation::point(Instrument::Tt124, 6, 3, 'd')).is_empty());
}

#[test]
fn tt124_d7_k3_asked_of_an_agency_answers_nothing() {
    let d = Policy::national()
        .decide_safety(&agency(), 2026, &passing())
        .unwrap();
    assert!(cited(&d, &tt124(7, 3)).is_empty());
    assert_eq!(d.status_of(&tt124(7, 3)), None);
    assert!(!cited(&d, &tt124(6, 3)).is_empty());
}

#[test]
fn tt124_d5_k2_commune_imports_d4_k2_to_k4_and_a_residential_area_does_not() {
    let d = Policy::national()
        .decide_safety(&commune(), 2026, &passing())
        .unwrap();
    let imported = cited(&d, &tt124(5, 2));
    assert!(imported
        .iter()
        .all(|c| ["TT124 Đ4 k2", "TT124 Đ4 k3", "TT124 Đ4 k4"]
            .iter()
            .any(|k| c.starts_with(k))));
    assert!(imported.iter().any(|c| c.starts_with("TT124 Đ4 k3")));
    let area = Policy::national()
        .decide_safety(&area(), 2026, &passing())
        .unwrap();
    assert!(cited(&area, &tt124(5, 2)).is_empty());
}

#[test]
fn a_multi_part_clause_is_not_met_when_one_part_fails_and_unknown_before_met() {
    let policy = Policy::national();
    let mut f = passing();
    f.households_registered = None; // Đ4 k1 households unknown …
    let d = policy.decide_safety(&area(), 2026, &f).unwrap();
    assert_eq!(d.status_of(&tt124(4, 1)), Some(Status::Unknown));
    f.registered = Some(false); // … and registration not met: not met wins
    let d = policy.decide_safety(&area(), 2026, &f).unwrap();
    assert_eq!(d.status_of(&tt124(4, 1)), Some(Status::NotMet));
    let f = passing().with_event(Event::IncitedCrowds);
    let d = policy.decide_safety(&area(), 2026, &f).unwrap();
    assert_eq!(d.status_of(&tt124(4, 2)), Some(Status::Met));
    assert_eq!(d.status_of(&tt124(4, 3)), Some(Status::NotMet));
}

#[test]
fn a_clause_whose_every_part_is_not_applicable_is_not_applicable() {
    // A commune with no units: both parts of Đ5 k4 (registered, recognised) are not applicable.
    let mut f = passing();
    f.units = Some(UnitCounts::default());
    let d = Policy::national()
        .decide_safety(&commune(), 2026, &f)
        .unwrap();
    assert_eq!(cited(&d, &tt124(5, 4)).len(), 2);
    assert_eq!(d.status_of(&tt124(5, 4)), Some(Status::NotApplicable));
    assert_eq!(d.status_of(&tt124(9, 9)), None); // nothing rests on it
}

#[test]
fn a_provincial_rule_is_asked_by_its_document_section() {
    let son_la = Policy::son_la_2026();
    let mut f = Facts::comfortably_met();
    f.tax_debt = Some(true);
    let d = son_la.decide_safety(&enterprise(), 2026, &f).unwrap();
    let doc = &antq::provinces::documents::SON_LA_UBND_NC_2026;
    let rules: Vec<_> = d
        .about(&Citation::doc_section(doc, "1"))
        .map(|f| f.criterion.id.to_string())
        .collect();
    assert!(
        rules.contains(&"son_la_2026.tax_debt".to_string()),
        "{rules:?}"
    );
}

#[test]
fn comfortably_met_keeps_a_margin_all_met_sits_on_the_line() {
    let policy = Policy::national();
    let one_fewer = |mut f: Facts| {
        if let Some(u) = f.units.as_mut() {
            u.recognised -= 1;
        }
        policy.decide_safety(&commune(), 2026, &f).unwrap()
    };
    assert_eq!(
        one_fewer(Facts::comfortably_met()).status_of(&tt124(5, 4)),
        Some(Status::Met)
    );
    assert_eq!(
        one_fewer(Facts::all_met()).status_of(&tt124(5, 4)),
        Some(Status::NotMet)
    );
}

#[test]
fn single_unit_calls_check_that_the_policy_fits_the_year() {
    let son_la = Policy::son_la_2026();
    assert!(son_la.decide_safety(&agency(), 2026, &passing()).is_ok());
    let e = son_la
        .decide_safety(&agency(), 2025, &passing())
        .unwrap_err();
    assert_eq!(e.field(), Some("years"));
    let bac_kan = Policy::bac_kan_2023();
    let e = bac_kan
        .route(
            antq::authority::Procedure::SafetyRecognition,
            &agency(),
            2026,
        )
        .unwrap_err();
    assert_eq!(e.field(), Some("regime"));
    // 30/6/2025 is still three-tier: a three-tier policy fits that day, not the next.
    let day = |d| chrono::NaiveDate::from_ymd_opt(2025, 6, d).unwrap();
    assert!(bac_kan.fits_on(day(30)).is_ok());
    assert!(bac_kan
        .fits_on(chrono::NaiveDate::from_ymd_opt(2025, 7, 1).unwrap())
        .is_err());
}
