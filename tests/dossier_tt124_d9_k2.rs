//! Dossiers: registration and proposal (TT124 Đ9 k2 a, b), classification (QĐ510 Đ11 k2
//! [REPORTED]), model unit (Bắc Kạn 3/2023 §1.2), Sơn La's tax confirmation for enterprises (Sơn La …/UBND-NC §1b).

use antq::citation::{Citation, Instrument, Provenance};
use antq::dossier::{check, checklist, documents as doc, DossierCheck, DossierKind, DossierPolicy};
use antq::explain::Status;
use antq::unit::{CommuneType, EnterpriseSize, ManagingLevel, Sector, Unit, UnitKind};
use proptest::prelude::*;

fn area() -> Unit {
    Unit::new(
        "ban-me",
        "Bản Mé",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("x")
}

fn commune() -> Unit {
    Unit::new(
        "x",
        "Xã Mường Bú",
        UnitKind::Commune {
            commune_type: CommuneType::Xa,
        },
        ManagingLevel::Province,
    )
}

fn enterprise() -> Unit {
    Unit::new(
        "dn",
        "Công ty Cổ phần Mía đường",
        UnitKind::Enterprise {
            size: Some(EnterpriseSize {
                sector: Sector::IndustryConstruction,
                average_insured_employees: Some(250.into()),
                monthly_insured_employees: None,
                revenue: None,
                total_capital: None,
                months_in_operation: None,
            }),
        },
        ManagingLevel::Province,
    )
}

fn agency() -> Unit {
    Unit::new(
        "cq",
        "Sở Xây dựng",
        UnitKind::Agency {
            armed_forces: false,
        },
        ManagingLevel::Province,
    )
}

fn ids(kind: DossierKind, u: &Unit, party: bool, policy: &DossierPolicy) -> Vec<String> {
    checklist(kind, u, party, policy)
        .unwrap()
        .into_iter()
        .map(|r| r.document.into_owned())
        .collect()
}

#[test]
fn tt124_d9_k2_a_registration_needs_party_resolution_only_where_a_party_organisation_exists() {
    let p = DossierPolicy::default();
    assert_eq!(
        ids(DossierKind::SafetyRegistration, &agency(), true, &p),
        [
            doc::PARTY_RESOLUTION,
            doc::SECURITY_PLAN,
            doc::REGISTRATION_FORM
        ]
    );
    assert_eq!(
        ids(DossierKind::SafetyRegistration, &enterprise(), false, &p),
        [doc::SECURITY_PLAN, doc::REGISTRATION_FORM]
    );
    let c = check(
        DossierKind::SafetyRegistration,
        &enterprise(),
        false,
        &p,
        &[doc::SECURITY_PLAN, doc::REGISTRATION_FORM],
    )
    .unwrap();
    assert!(c.is_complete());
    let party = c
        .findings
        .iter()
        .find(|f| f.criterion.id == "tt124.d9.k2.a.party_resolution")
        .unwrap();
    assert_eq!(party.status, Status::NotApplicable);
}

#[test]
fn tt124_d9_k2_a_security_plan_is_for_communes_and_organisations_not_residential_areas() {
    let p = DossierPolicy::default();
    assert_eq!(
        ids(DossierKind::SafetyRegistration, &area(), true, &p),
        [doc::PARTY_RESOLUTION, doc::REGISTRATION_FORM]
    );
    assert!(ids(DossierKind::SafetyRegistration, &commune(), true, &p)
        .contains(&doc::SECURITY_PLAN.to_string()));
}

#[test]
fn tt124_d9_k2_b_proposal_missing_minutes_is_reported_with_its_citation() {
    let c = check(
        DossierKind::SafetyProposal,
        &commune(),
        true,
        &DossierPolicy::default(),
        &[doc::SUBMISSION, doc::RESULTS_REPORT, "photos"],
    )
    .unwrap();
    assert!(!c.is_complete());
    assert_eq!(c.missing.len(), 1);
    assert_eq!(c.missing[0].document, doc::MEETING_MINUTES);
    assert_eq!(
        c.missing[0].criterion.source.citation,
        Citation::point(Instrument::Tt124, 9, 2, 'b')
    );
    assert_eq!(c.other, ["photos"]);
}

#[test]
fn son_la_ubnd_nc_2026_1b_tax_confirmation_only_for_enterprises_and_only_when_the_policy_asks() {
    let full = [doc::SUBMISSION, doc::RESULTS_REPORT, doc::MEETING_MINUTES];
    let national = check(
        DossierKind::SafetyProposal,
        &enterprise(),
        true,
        &DossierPolicy::default(),
        &full,
    )
    .unwrap();
    assert!(national.is_complete());
    let son_la = check(
        DossierKind::SafetyProposal,
        &enterprise(),
        true,
        &DossierPolicy::son_la_2026(),
        &full,
    )
    .unwrap();
    assert_eq!(son_la.missing.len(), 1);
    let m = &son_la.missing[0];
    assert_eq!(m.document, doc::TAX_CLEARANCE_CONFIRMATION);
    assert_eq!(
        m.criterion.source.citation,
        Citation::doc_section(&antq::provinces::documents::SON_LA_UBND_NC_2026, "1b")
    );
    assert_eq!(
        m.criterion.source.provenance,
        Provenance::ProvincialDocument
    );
    // An agency in Sơn La needs no tax confirmation.
    assert!(check(
        DossierKind::SafetyProposal,
        &agency(),
        true,
        &DossierPolicy::son_la_2026(),
        &full
    )
    .unwrap()
    .is_complete());
    // Neither does an enterprise's registration dossier.
    assert!(!ids(
        DossierKind::SafetyRegistration,
        &enterprise(),
        true,
        &DossierPolicy::son_la_2026()
    )
    .contains(&doc::TAX_CLEARANCE_CONFIRMATION.to_string()));
}

#[test]
fn qd510_d11_k2_classification_needs_submission_and_score_list_reported() {
    let c = check(
        DossierKind::Classification,
        &area(),
        true,
        &DossierPolicy::default(),
        &[doc::SUBMISSION],
    )
    .unwrap();
    assert_eq!(c.missing.len(), 1);
    assert_eq!(c.missing[0].document, doc::SCORE_LIST);
    assert_eq!(
        c.missing[0].criterion.source.provenance,
        Provenance::Reported
    );
}

#[test]
fn bac_kan_1_2_model_unit_dossier_is_submission_report_and_minutes() {
    let p = antq::policy::Policy::bac_kan_2023().dossier;
    assert_eq!(
        ids(DossierKind::ModelUnit, &commune(), true, &p),
        [doc::SUBMISSION, doc::RESULTS_REPORT, doc::MEETING_MINUTES]
    );
    let c = check(DossierKind::ModelUnit, &agency(), true, &p, &[] as &[&str]).unwrap();
    assert_eq!(c.missing.len(), 3);
    assert!(c
        .missing
        .iter()
        .all(|r| r.criterion.source.citation.document()
            == Some(&antq::provinces::documents::BAC_KAN_UBND_2023)));
    // Elsewhere the same list is the library's labelled default, citing no province.
    let n = check(
        DossierKind::ModelUnit,
        &agency(),
        true,
        &DossierPolicy::default(),
        &[] as &[&str],
    )
    .unwrap();
    assert!(n.missing.iter().all(
        |r| r.criterion.source.is_provisional() && !r.criterion.source.citation.is_provincial()
    ));
    let e = checklist(DossierKind::ModelUnit, &area(), true, &p).unwrap_err();
    assert_eq!(e.field(), Some("kind"));
    assert!(e.to_string().contains("ban-me"));
}

fn kind() -> impl Strategy<Value = DossierKind> {
    prop_oneof![
        Just(DossierKind::SafetyRegistration),
        Just(DossierKind::SafetyProposal),
        Just(DossierKind::Classification),
        Just(DossierKind::ModelUnit),
    ]
}

fn unit() -> impl Strategy<Value = Unit> {
    prop_oneof![
        Just(area()),
        Just(commune()),
        Just(enterprise()),
        Just(agency())
    ]
}

const ALL_DOCS: [&str; 9] = [
    doc::PARTY_RESOLUTION,
    doc::SECURITY_PLAN,
    doc::REGISTRATION_FORM,
    doc::SUBMISSION,
    doc::RESULTS_REPORT,
    doc::MEETING_MINUTES,
    doc::SCORE_LIST,
    doc::TAX_CLEARANCE_CONFIRMATION,
    "other_document",
];

proptest! {
    #[test]
    fn missing_is_exactly_the_checklist_minus_what_was_submitted(
        k in kind(), u in unit(), party in any::<bool>(), tax in any::<bool>(),
        picks in proptest::collection::vec(0usize..ALL_DOCS.len(), 0..12),
    ) {
        let policy = DossierPolicy { require_tax_confirmation: tax, ..DossierPolicy::default() };
        let submitted: Vec<&str> = picks.iter().map(|&i| ALL_DOCS[i]).collect();
        match checklist(k, &u, party, &policy) {
            Err(e) => {
                prop_assert!(check(k, &u, party, &policy, &submitted).is_err());
                prop_assert_eq!(e.field(), Some("kind"));
            }
            Ok(list) => {
                let c = check(k, &u, party, &policy, &submitted).unwrap();
                let expected: Vec<_> = list.iter().filter(|r| !submitted.contains(&r.document.as_ref())).cloned().collect();
                prop_assert_eq!(&c.missing, &expected);
                prop_assert_eq!(c.is_complete(), expected.is_empty());
                for r in &c.missing {
                    prop_assert!(!r.criterion.source.citation.render(antq::Lang::Vi).is_empty());
                }
                let json = serde_json::to_string(&c).unwrap();
                prop_assert_eq!(serde_json::from_str::<DossierCheck>(&json).unwrap(), c);
            }
        }
    }
}

#[test]
fn dossier_policy_and_requirements_round_trip_through_json() {
    let p = DossierPolicy::son_la_2026();
    let json = serde_json::to_string(&p).unwrap();
    assert!(json.starts_with(r#"{"require_tax_confirmation":true,"tax_confirmation_source""#));
    assert_eq!(
        p,
        antq::policy::Policy::son_la_2026().dossier,
        "the file's data"
    );
    assert_eq!(serde_json::from_str::<DossierPolicy>(&json).unwrap(), p);
    assert_eq!(
        serde_json::from_str::<DossierPolicy>("{}").unwrap(),
        DossierPolicy::default()
    );
    let list = checklist(DossierKind::SafetyProposal, &enterprise(), true, &p).unwrap();
    let json = serde_json::to_string(&list).unwrap();
    assert_eq!(
        serde_json::from_str::<Vec<antq::dossier::Requirement>>(&json).unwrap(),
        list
    );
    assert_eq!(
        serde_json::to_string(&DossierKind::ModelUnit).unwrap(),
        r#""model_unit""#
    );
}
