//! Bắc Kạn 3/2023 (Bắc Kạn, 3/2023): prerequisites to register (§1), the Bằng khen without double award
//! (§1.2) and the yearly selection quotas of districts and provincial police (§2, §6).

use antq::error::{Error, Subject};
use antq::explain::{Lang, Status, Value};
use antq::law::qd3554::{
    check_commendation, check_prerequisites, check_selection, shortlist, CommendationCandidate,
    CommendationOutcome, PrerequisiteOutcome, PreviousYear, Selection, Selector,
};
use antq::outcome::{ExclusionReason, MovementClass, SafetyOutcome};
use antq::unit::{KindTag, UnitId};

fn prev(safety: Option<SafetyOutcome>, class: Option<MovementClass>) -> PreviousYear {
    PreviousYear {
        safety,
        class,
        model_unit: None,
    }
}

#[test]
fn bac_kan_ubnd_2023_1_safe_and_kha_last_year_may_register() {
    let id = UnitId::new("xa-1");
    for class in [MovementClass::Kha, MovementClass::XuatSac] {
        let d = check_prerequisites(&id, &prev(Some(SafetyOutcome::Recognised), Some(class)));
        assert_eq!(d.outcome, PrerequisiteOutcome::Eligible);
        assert!(d.outcome.is_eligible());
        assert_eq!(d.failed().count(), 0);
    }
}

#[test]
fn bac_kan_ubnd_2023_1_trung_binh_last_year_may_not_register_and_says_why() {
    let d = check_prerequisites(
        &"xa-2".into(),
        &prev(
            Some(SafetyOutcome::Recognised),
            Some(MovementClass::TrungBinh),
        ),
    );
    assert_eq!(d.outcome, PrerequisiteOutcome::NotEligible);
    let failed: Vec<_> = d.failed().collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(
        failed[0].criterion.id,
        "bac_kan_2023.1.previous_year_kha_or_better"
    );
    assert_eq!(failed[0].observed, Value::Text("Trung bình".into()));
    assert!(d.render(Lang::Vi).contains("Khá trở lên"));
}

#[test]
fn bac_kan_ubnd_2023_1_not_safe_last_year_may_not_register_even_if_xuat_sac() {
    for safety in [
        SafetyOutcome::NotRecognised,
        SafetyOutcome::ExcludedFromReview(ExclusionReason::NotRegistered),
    ] {
        let d = check_prerequisites(
            &"cq-1".into(),
            &prev(Some(safety.clone()), Some(MovementClass::XuatSac)),
        );
        assert_eq!(d.outcome, PrerequisiteOutcome::NotEligible);
        let f = d.finding("bac_kan_2023.1.previous_year_safe").unwrap();
        assert_eq!(f.status, Status::NotMet);
        assert_eq!(f.observed, Value::Text(safety.code().into()));
    }
}

#[test]
fn bac_kan_ubnd_2023_1_both_failures_are_listed() {
    let d = check_prerequisites(
        &"dn-1".into(),
        &prev(Some(SafetyOutcome::NotRecognised), Some(MovementClass::Yeu)),
    );
    assert_eq!(d.failed().count(), 2);
}

#[test]
fn bac_kan_ubnd_2023_1_missing_previous_results_cannot_decide_but_a_failure_still_decides() {
    let d = check_prerequisites(&"x".into(), &PreviousYear::default());
    assert_eq!(d.outcome, PrerequisiteOutcome::CannotDecide);
    assert_eq!(d.unknown().count(), 2);
    let d = check_prerequisites(&"x".into(), &prev(None, Some(MovementClass::Yeu)));
    assert_eq!(d.outcome, PrerequisiteOutcome::NotEligible);
    let d = check_prerequisites(
        &"x".into(),
        &prev(Some(SafetyOutcome::CannotDecide), Some(MovementClass::Kha)),
    );
    assert_eq!(d.outcome, PrerequisiteOutcome::CannotDecide);
}

fn cand(id: &str, model_unit: Option<bool>, already: Option<bool>) -> CommendationCandidate {
    CommendationCandidate {
        unit: id.into(),
        model_unit,
        already_proposed: already,
    }
}

#[test]
fn bac_kan_ubnd_2023_1_2_recognised_model_unit_may_be_proposed_for_bang_khen() {
    let d = check_commendation(&cand("xa-1", Some(true), Some(false)));
    assert_eq!(d.outcome, CommendationOutcome::MayBeProposed);
}

#[test]
fn bac_kan_ubnd_2023_1_2_no_double_award_for_a_unit_already_proposed_this_year() {
    let d = check_commendation(&cand("xa-1", Some(true), Some(true)));
    assert_eq!(d.outcome, CommendationOutcome::AlreadyProposed);
    let f = d.finding("bac_kan_2023.1_2.not_already_proposed").unwrap();
    assert_eq!(f.status, Status::NotMet);
    assert!(d.render(Lang::Vi).contains("không khen trùng"));
}

#[test]
fn bac_kan_ubnd_2023_1_2_a_unit_not_recognised_is_not_proposed() {
    let d = check_commendation(&cand("xa-1", Some(false), Some(false)));
    assert_eq!(d.outcome, CommendationOutcome::NotModelUnit);
    let d = check_commendation(&cand("xa-1", Some(true), None));
    assert_eq!(d.outcome, CommendationOutcome::CannotDecide);
}

#[test]
fn bac_kan_ubnd_2023_1_2_a_unit_twice_on_one_shortlist_is_an_error() {
    let ok = shortlist(&[
        cand("a", Some(true), Some(false)),
        cand("b", Some(true), Some(true)),
    ])
    .unwrap();
    assert_eq!(
        ok.iter().map(|d| d.outcome).collect::<Vec<_>>(),
        [
            CommendationOutcome::MayBeProposed,
            CommendationOutcome::AlreadyProposed
        ]
    );
    let e = shortlist(&[
        cand("a", Some(true), Some(false)),
        cand("b", Some(true), Some(false)),
        cand("a", Some(true), Some(false)),
    ])
    .unwrap_err();
    assert!(
        matches!(e, Error::Duplicate { ref id, .. } if id == "a"),
        "{e}"
    );
}

fn sel(unit: &str, kind: KindTag, by: Selector) -> Selection {
    Selection {
        unit: unit.into(),
        kind,
        selected_by: by,
    }
}

fn district(d: &str) -> Selector {
    Selector::District(d.to_owned())
}

#[test]
fn bac_kan_ubnd_2023_6_each_district_needs_a_commune_and_an_organisation_and_the_short_one_is_named(
) {
    let districts = vec!["Ba Bể".to_owned(), "Chợ Đồn".to_owned()];
    let selections = vec![
        sel("xa-1", KindTag::Commune, district("Ba Bể")),
        sel("cq-1", KindTag::Agency, district("Ba Bể")),
        sel("xa-2", KindTag::Commune, district("Chợ Đồn")),
        sel("dn-9", KindTag::Enterprise, Selector::ProvincialPolice),
    ];
    let r = check_selection(2023, &districts, &selections).unwrap();
    assert!(!r.all_met());
    assert_eq!(r.districts_short(), ["Chợ Đồn"]);
    assert!(!r.police_short());
    let cho_don = &r.checks[1];
    let f = &cho_don.findings[1];
    assert_eq!(
        f.criterion.id,
        "bac_kan_2023.6.district_selects_organisation"
    );
    assert_eq!((f.status, &f.observed), (Status::NotMet, &Value::Count(0)));

    // One more school in Chợ Đồn closes the gap.
    let mut more = selections.clone();
    more.push(sel("thcs-3", KindTag::School, district("Chợ Đồn")));
    assert!(check_selection(2023, &districts, &more).unwrap().all_met());
}

#[test]
fn bac_kan_ubnd_2023_2_provincial_police_need_one_unit_they_manage() {
    let districts = vec!["Ba Bể".to_owned()];
    let selections = vec![
        sel("xa-1", KindTag::Commune, district("Ba Bể")),
        sel("cq-1", KindTag::Agency, district("Ba Bể")),
    ];
    let r = check_selection(2024, &districts, &selections).unwrap();
    assert!(r.police_short());
    assert!(r.districts_short().is_empty());
}

#[test]
fn bac_kan_ubnd_2023_selection_rejects_bad_input_by_name() {
    let districts = vec!["Ba Bể".to_owned()];
    // Two-tier years have no districts.
    let e = check_selection(2026, &districts, &[]).unwrap_err();
    assert_eq!(e.field(), Some("year"));
    assert!(check_selection(2022, &districts, &[]).is_err());
    // Unknown district.
    let e = check_selection(
        2023,
        &districts,
        &[sel("xa-1", KindTag::Commune, district("Pác Nặm"))],
    )
    .unwrap_err();
    assert_eq!(e.subject(), &Subject::Unit("xa-1".into()));
    assert_eq!(e.field(), Some("selected_by"));
    // Police selecting a commune; a residential area; duplicates.
    assert_eq!(
        check_selection(
            2023,
            &districts,
            &[sel("xa-1", KindTag::Commune, Selector::ProvincialPolice)]
        )
        .unwrap_err()
        .field(),
        Some("kind")
    );
    assert_eq!(
        check_selection(
            2023,
            &districts,
            &[sel("t-1", KindTag::ResidentialArea, district("Ba Bể"))]
        )
        .unwrap_err()
        .field(),
        Some("kind")
    );
    let twice = [
        sel("xa-1", KindTag::Commune, district("Ba Bể")),
        sel("xa-1", KindTag::Commune, district("Ba Bể")),
    ];
    assert!(matches!(
        check_selection(2023, &districts, &twice),
        Err(Error::Duplicate { .. })
    ));
    assert!(matches!(
        check_selection(2023, &[], &[]),
        Err(Error::Missing { .. })
    ));
}

#[test]
fn bac_kan_ubnd_2023_inputs_round_trip_through_json() {
    let p = prev(Some(SafetyOutcome::Recognised), Some(MovementClass::Kha));
    let back: PreviousYear = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
    assert_eq!(back, p);
    let s = sel("xa-1", KindTag::Commune, district("Ba Bể"));
    let back: Selection = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(back, s);
    let c = cand("a", Some(true), None);
    let back: CommendationCandidate =
        serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
    assert_eq!(back, c);
}
