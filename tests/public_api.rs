//! Written only against the public API, as a new user would: one case per instrument, each in at
//! most 15 lines as `cargo fmt` lays them out (issue 12, "done when").

use antq::authority::Procedure::SafetyRecognition;
use antq::citation::{Citation, Instrument};
use antq::law::qd510::{DeductionOutcome, ScoreInput, DISCIPLINE_DEDUCTION_ID as DISCIPLINE};
use antq::law::tt124::discipline::{DisciplineForm, DisciplineRecord, Ground};
use antq::law::tt124::discipline::{PersonCategory, PersonRole};
use antq::law::tt124::{Event, Facts};
use antq::roadmap::{Category, CategoryCounts, Metric, Tally};
use antq::unit::{ManagingLevel, SchoolLevel, Unit, UnitKind};
use antq::{Policy, SafetyOutcome, Status};

/// TT124 Đ7 k3: a school must avoid the cases of Đ6 k3 a, b, c, đ, e, g; asking by the school's
/// own clause answers with the imported points.
#[test]
fn tt124_d7_k3_a_school_question_returns_the_d6_k3_points_it_imports() {
    let kind = UnitKind::school(SchoolLevel::UpperSecondary);
    let school = Unit::new("thpt-1", "THPT Chiềng Sinh", kind, ManagingLevel::Province);
    let facts = Facts::comfortably_met().with_event(Event::IncitedCrowds);
    let d = Policy::national()
        .decide_safety(&school, 2026, &facts)
        .unwrap();
    assert_eq!(d.outcome, SafetyOutcome::NotRecognised);
    let d7_k3 = Citation::clause(Instrument::Tt124, 7, 3);
    assert_eq!(d.status_of(&d7_k3), Some(Status::NotMet));
    assert_eq!(d.about(&d7_k3).count(), 6);
    let d6_k3_c = Citation::point(Instrument::Tt124, 6, 3, 'c');
    assert_eq!(d.status_of(&d6_k3_c), Some(Status::NotMet));
    assert_eq!(d.failed().count(), 1);
}

/// QĐ510 Đ8 k11 c with Sơn La's single-deduction rule (…/UBND-NC §2a): the warning that already
/// cost the agency its 50 "An toàn" points is not deducted again.
#[test]
fn qd510_son_la_2a_discipline_that_failed_tt124_is_not_deducted_again() {
    let son_la = Policy::son_la_2026();
    let office = Unit::new("so-a", "Sở A", UnitKind::agency(), ManagingLevel::Province);
    let (role, person) = (PersonRole::ProtectionForce, PersonCategory::PublicEmployee);
    let warning = DisciplineRecord::new(role, person, DisciplineForm::CanhCao, Ground::Other);
    let facts = Facts::comfortably_met().with_discipline(warning);
    let safety = son_la.decide_safety(&office, 2026, &facts).unwrap();
    let sheet = son_la.score_sheets.get(office.tag()).unwrap();
    let input = ScoreInput::full_marks(sheet).with_fact(DISCIPLINE, "bao-ve-1");
    let d = son_la.classify(&office, 2026, &safety, &input).unwrap();
    assert_eq!(
        (d.safety_points(), d.outcome.deducted, d.outcome.total),
        (0, 0, 50)
    );
    let waived = d.deduction(DISCIPLINE);
    assert!(matches!(waived, Some(DeductionOutcome::Waived { .. })));
}

/// A province file (data, as a user would keep it) that moves TT124 Đ9 k1 a's deadline.
const SON_LA_OWN_CALENDAR: &str = r#"{"extends": "son_la_2026", "name": "Sơn La (lịch riêng)",
  "calendar": {"overrides": {"tt124.d9.k1.a": {"date": {"month": 11, "day": 10},
  "source": {"citation": {"instrument": "provisional"}, "provenance": "provisional"}}}}}"#;

/// TT124 Đ9 k1 a: residential areas are recognised before 15/11; a province file that moves the
/// deadline to before 10/11 moves it for every route under that policy.
#[test]
fn routing_tt124_d9_k1_a_a_province_deadline_override_applies() {
    let (kind, level) = (UnitKind::ResidentialArea, ManagingLevel::Commune);
    let area = Unit::new("ban-hin", "Bản Hin", kind, level).in_commune("xa-chieng-mung");
    let son_la = Policy::son_la_2026().route(SafetyRecognition, &area, 2026);
    assert_eq!(
        son_la.unwrap().deadline.last_day().to_string(),
        "2026-11-14"
    );
    let province = Policy::from_json(SON_LA_OWN_CALENDAR).unwrap();
    let r = province.route(SafetyRecognition, &area, 2026).unwrap();
    assert_eq!(r.deadline.last_day().to_string(), "2026-11-09");
}

/// KH10 (Sơn La …/UBND-NC §3a): 75 % of communes model units in 2026 — 56 of 75 is one short;
/// the target nobody counted is listed, not an error.
#[test]
fn roadmap_kh10_2026_communes_one_model_unit_short() {
    let communes = Tally::of(75).with_annual(Metric::ModelUnit, 56);
    let counts = CategoryCounts::default().with(Category::Communes, communes);
    let p = Policy::son_la_2026().progress(2026, &counts).unwrap();
    let t = p.of(Category::Communes, Metric::ModelUnit).unwrap();
    assert_eq!((t.required, t.shortfall, t.met), (57, 1, false));
    assert_eq!(p.not_counted, ["kh10.2026.communes.registered"]);
}
