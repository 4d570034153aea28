//! TT124 Đ1 k2 (who is subject), NĐ80 Điều 5–9 (enterprise size), Đ8 k1 provincial additions
//! (Sơn La 2026, Sơn La …/UBND-NC §1b), registration and missing facts.

mod common;

use antq::law::nd80::{MoneyBasis, SizeClass};
use antq::law::tt124::{decide, Additions, Facts};
use antq::outcome::{ExclusionReason, NotSubjectReason};
use antq::policy::additions::{son_la_2026, tt124_proposal_dossier, SON_LA_TAX_DEBT};
use antq::unit::{ManagingLevel, SchoolLevel, Sector, Unit, UnitKind};
use antq::{SafetyOutcome, Status};
use common::*;
use rust_decimal::Decimal;

fn outcome(unit: &Unit, f: &Facts, add: &Additions) -> SafetyOutcome {
    decide(unit, 2026, f, add).unwrap().outcome
}

#[test]
fn tt124_d1_k2_b_armed_forces_agency_is_not_subject() {
    let u = Unit::new(
        "qs-1",
        "Ban CHQS",
        UnitKind::Agency { armed_forces: true },
        ManagingLevel::Province,
    );
    let d = decide(&u, 2026, &Facts::default(), &Additions::none()).unwrap();
    assert_eq!(
        d.outcome,
        SafetyOutcome::NotSubject(NotSubjectReason::ArmedForces)
    );
    assert_eq!(
        d.findings.len(),
        1,
        "only the applicability finding is checked"
    );
}

#[test]
fn tt124_d1_k2_b_primary_preschool_creche_not_subject_secondary_is() {
    for (level, reason) in [
        (SchoolLevel::Primary, Some(NotSubjectReason::PrimarySchool)),
        (SchoolLevel::Preschool, Some(NotSubjectReason::Preschool)),
        (SchoolLevel::Creche, Some(NotSubjectReason::Creche)),
        (SchoolLevel::MultiLevelGeneral, None),
        (SchoolLevel::LowerSecondary, None),
    ] {
        let o = outcome(&school(level), &passing(), &Additions::none());
        match reason {
            Some(r) => assert_eq!(o, SafetyOutcome::NotSubject(r)),
            None => assert_eq!(o, SafetyOutcome::Recognised),
        }
    }
}

#[test]
fn nd80_d5_k1_micro_at_10_employees_small_at_11() {
    let ten = size(Sector::TradeServices, 10, Some(5 * TY), Some(5 * TY));
    let eleven = size(Sector::TradeServices, 11, Some(5 * TY), Some(5 * TY));
    assert_eq!(sized(&ten).unwrap().class, SizeClass::Micro);
    assert_eq!(sized(&eleven).unwrap().class, SizeClass::Small);
    assert_eq!(
        outcome(&enterprise_of(ten), &passing(), &Additions::none()),
        SafetyOutcome::NotSubject(NotSubjectReason::MicroEnterprise)
    );
}

#[test]
fn nd80_d5_k1_revenue_exactly_at_threshold_is_within_it() {
    // trade-services micro: revenue ≤ 10 tỷ (capital above its 3 tỷ limit)
    let at = size(Sector::TradeServices, 5, Some(10 * TY), Some(4 * TY));
    let over = size(Sector::TradeServices, 5, Some(10 * TY + 1), Some(4 * TY));
    assert_eq!(sized(&at).unwrap().class, SizeClass::Micro);
    assert_eq!(sized(&over).unwrap().class, SizeClass::Small);
    // industry micro: revenue ≤ 3 tỷ
    let ind_at = size(Sector::IndustryConstruction, 5, Some(3 * TY), Some(4 * TY));
    let ind_over = size(
        Sector::IndustryConstruction,
        5,
        Some(3 * TY + 1),
        Some(4 * TY),
    );
    assert_eq!(sized(&ind_at).unwrap().class, SizeClass::Micro);
    assert_eq!(sized(&ind_over).unwrap().class, SizeClass::Small);
}

#[test]
fn nd80_d5_revenue_or_capital_either_suffices() {
    // revenue over the small limit but capital within it: still small
    let s = size(Sector::TradeServices, 40, Some(150 * TY), Some(50 * TY));
    assert_eq!(sized(&s).unwrap().class, SizeClass::Small);
    let s = size(Sector::TradeServices, 40, Some(150 * TY), Some(50 * TY + 1));
    assert_eq!(sized(&s).unwrap().class, SizeClass::Medium);
    // employees over the small limit: medium whatever the money
    let s = size(Sector::TradeServices, 51, Some(TY), Some(TY));
    assert_eq!(sized(&s).unwrap().class, SizeClass::Medium);
}

#[test]
fn nd80_d9_k2_young_enterprise_is_sized_on_capital_only() {
    let mut s = size(Sector::TradeServices, 8, Some(TY), Some(4 * TY));
    s.months_in_operation = Some(6);
    let a = sized(&s).unwrap();
    assert_eq!(a.basis, MoneyBasis::CapitalOnly);
    // revenue 1 tỷ would make it micro, but capital 4 tỷ > 3 tỷ and revenue is ignored
    assert_eq!(a.class, SizeClass::Small);
    s.total_capital = None;
    let e = sized(&s).unwrap_err();
    assert_eq!(e.field(), Some("size.total_capital"));
}

#[test]
fn nd80_d7_k3_average_over_months_operated() {
    let mut s = size(Sector::IndustryConstruction, 0, None, Some(2 * TY));
    s.average_insured_employees = None;
    s.monthly_insured_employees = Some(vec![10, 10, 13]);
    s.months_in_operation = Some(3);
    let a = sized(&s).unwrap();
    assert_eq!(a.average_insured_employees, Decimal::from(11));
    assert_eq!(a.class, SizeClass::Small);
}

#[test]
fn seed_son_la_1b_enterprise_with_tax_debt_is_excluded_not_failed() {
    let mut f = passing();
    f.tax_debt = Some(true);
    assert_eq!(
        outcome(&enterprise(), &f, &son_la_2026()),
        SafetyOutcome::ExcludedFromReview(ExclusionReason::ProvincialExclusion(
            SON_LA_TAX_DEBT.into()
        ))
    );
    // the same enterprise elsewhere (no Sơn La addition) is reviewed and recognised
    assert_eq!(
        outcome(&enterprise(), &f, &Additions::none()),
        SafetyOutcome::Recognised
    );
    // agencies are not touched by the enterprise rule
    assert_eq!(
        outcome(&agency(), &f, &son_la_2026()),
        SafetyOutcome::Recognised
    );
}

#[test]
fn seed_son_la_1b_enterprise_dossier_without_tax_confirmation_is_incomplete() {
    let mut f = passing();
    f.documents = Some(vec![
        "submission".into(),
        "results_report".into(),
        "meeting_minutes".into(),
    ]);
    assert_eq!(
        outcome(&enterprise(), &f, &son_la_2026()),
        SafetyOutcome::ExcludedFromReview(ExclusionReason::MissingDocument(
            "tax_clearance_confirmation".into()
        ))
    );
    f.documents = None;
    let d = decide(&enterprise(), 2026, &f, &son_la_2026()).unwrap();
    assert_eq!(d.outcome, SafetyOutcome::CannotDecide);
    assert_eq!(d.unknown().count(), 1);
}

#[test]
fn tt124_d9_k2_b_proposal_dossier_can_gate_recognition() {
    let mut f = passing();
    f.documents = Some(vec!["submission".into(), "results_report".into()]);
    assert_eq!(
        outcome(&area(), &f, &tt124_proposal_dossier()),
        SafetyOutcome::ExcludedFromReview(ExclusionReason::MissingDocument(
            "meeting_minutes".into()
        ))
    );
}

#[test]
fn tt124_d8_k1_unregistered_area_is_not_recognised_by_default() {
    let mut f = passing();
    f.registered = Some(false);
    let d = decide(&area(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(d.outcome, SafetyOutcome::NotRecognised);
    let note = d.finding("antq.reading.d8_k1_unregistered").unwrap();
    assert!(note.criterion.source.is_provisional());
    assert_eq!(
        d.finding("tt124.d4.k1.registration").unwrap().status,
        Status::NotMet
    );
}

#[test]
fn tt124_d8_k1_unregistered_area_is_excluded_under_the_2020_draft_reading() {
    let mut f = passing();
    f.registered = Some(false);
    let mut additions = Additions::none();
    additions.readings.d8_k1_unregistered =
        antq::law::tt124::readings::UnregisteredReading::ExcludedFromReview;
    let d = decide(&area(), 2026, &f, &additions).unwrap();
    assert_eq!(
        d.outcome,
        SafetyOutcome::ExcludedFromReview(ExclusionReason::NotRegistered)
    );
    assert!(d.finding("antq.reading.d8_k1_unregistered").is_some());
    assert_eq!(
        d.finding("tt124.d4.k1.registration").unwrap().status,
        Status::NotMet
    );
}

#[test]
fn missing_facts_give_cannot_decide_with_each_listed() {
    let mut f = passing();
    f.crime_reduced = None;
    f.events = None;
    let d = decide(&area(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(d.outcome, SafetyOutcome::CannotDecide);
    // one unknown for k4 a and seven for the events of k3
    assert_eq!(d.unknown().count(), 8);
    // but a known failure still decides
    f.new_hotspot = Some(true);
    assert_eq!(
        outcome(&area(), &f, &Additions::none()),
        SafetyOutcome::NotRecognised
    );
}

#[test]
fn empty_facts_for_a_commune_list_every_criterion_as_unknown() {
    let d = decide(&commune(), 2026, &Facts::default(), &Additions::none()).unwrap();
    assert_eq!(d.outcome, SafetyOutcome::CannotDecide);
    assert_eq!(d.unknown().count(), 22);
}

/// NĐ80 sizing of an enterprise with these size inputs.
fn sized(
    size: &antq::unit::EnterpriseSize,
) -> Result<antq::law::nd80::SizeAssessment, antq::Error> {
    let unit = antq::Unit::new(
        "dn",
        "Doanh nghiệp",
        antq::UnitKind::enterprise(size.clone()),
        antq::ManagingLevel::Commune,
    );
    antq::law::nd80::assess(&unit)
}
