//! Registration points (đầu mối đăng ký), Sơn La …/UBND-NC §1a.

use antq::registration::{
    registration_points, CommuneGroup, Independence, Organisation, OrganisationKind, ProvincialBody,
};
use antq::unit::SchoolLevel;
use antq::Status;

fn org(id: &str, kind: OrganisationKind) -> Organisation {
    Organisation {
        id: id.into(),
        name: format!("Tổ chức {id}"),
        kind,
    }
}

const INDEPENDENT: Independence = Independence {
    own_office: true,
    legal_personality: true,
    own_seal: true,
    state_budget: true,
};

fn commune_body(id: &str, group: CommuneGroup) -> Organisation {
    org(
        id,
        OrganisationKind::CommuneBody {
            commune: "xa-1".into(),
            group,
        },
    )
}

#[test]
fn son_la_ubnd_nc_2026_1a_commune_bodies_group_into_three_points_plus_health_and_schools() {
    let orgs = vec![
        commune_body("vp-du", CommuneGroup::PartyOffice),
        commune_body("ban-xd-dang", CommuneGroup::PartyOffice),
        commune_body("ubkt", CommuneGroup::PartyOffice),
        commune_body("vp-hdnd-ubnd", CommuneGroup::CouncilCommitteeOffice),
        commune_body("phong-kt", CommuneGroup::CouncilCommitteeOffice),
        commune_body("ttdv", CommuneGroup::CouncilCommitteeOffice),
        commune_body("mttq", CommuneGroup::FrontAndMassOrganisations),
        commune_body("doan-tn", CommuneGroup::FrontAndMassOrganisations),
        commune_body("hoi-pn", CommuneGroup::FrontAndMassOrganisations),
        org(
            "tyt",
            OrganisationKind::CommuneHealthCentre {
                commune: "xa-1".into(),
            },
        ),
        org(
            "thcs",
            OrganisationKind::CommuneSchool {
                commune: "xa-1".into(),
                level: SchoolLevel::LowerSecondary,
            },
        ),
        org(
            "th",
            OrganisationKind::CommuneSchool {
                commune: "xa-1".into(),
                level: SchoolLevel::Primary,
            },
        ),
        org(
            "mn",
            OrganisationKind::CommuneSchool {
                commune: "xa-1".into(),
                level: SchoolLevel::Preschool,
            },
        ),
    ];
    let r = registration_points(&orgs).unwrap();
    let ids: Vec<&str> = r.points.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "thcs",
            "tyt",
            "xa-1/council_committee_office",
            "xa-1/front",
            "xa-1/party_office"
        ]
    );
    assert_eq!(r.points[4].members, vec!["ban-xd-dang", "ubkt", "vp-du"]);
    // every organisation placed once, in input order
    assert_eq!(r.placements.len(), orgs.len());
    let th = &r.placements[11];
    assert_eq!(
        (th.organisation.as_str(), th.point.as_deref()),
        ("th", None)
    );
    assert_eq!(th.finding.status, Status::NotMet);
}

#[test]
fn son_la_ubnd_nc_2026_1a_sub_organisation_is_own_point_only_when_independent() {
    let mut not_quite = INDEPENDENT;
    not_quite.own_seal = false;
    let orgs = vec![
        org(
            "so-yt",
            OrganisationKind::ProvincialAgency {
                body: ProvincialBody::PeoplesCommittee,
            },
        ),
        org(
            "bv-tinh",
            OrganisationKind::SubOrganisation {
                parent: "so-yt".into(),
                independence: INDEPENDENT,
            },
        ),
        org(
            "phong-nv",
            OrganisationKind::SubOrganisation {
                parent: "so-yt".into(),
                independence: not_quite,
            },
        ),
        org(
            "hoi-cc",
            OrganisationKind::MassAssociation {
                independence: INDEPENDENT,
            },
        ),
        org(
            "hoi-x",
            OrganisationKind::MassAssociation {
                independence: not_quite,
            },
        ),
    ];
    let r = registration_points(&orgs).unwrap();
    let ids: Vec<&str> = r.points.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, vec!["bv-tinh", "hoi-cc", "so-yt"]);
    assert_eq!(r.points[2].members, vec!["phong-nv", "so-yt"]);
    assert_eq!(r.placements[4].point, None);
    // Passing the test is the province's rule; where a failing one goes is our inference.
    for i in [1, 3] {
        let c = &r.placements[i].finding.criterion;
        assert_eq!(c.id, "son_la_2026.1a.independence");
        assert!(!c.source.is_provisional());
    }
    let within = &r.placements[2].finding.criterion;
    assert_eq!(within.id, "antq.reading.registration_within_parent");
    assert!(within.source.is_provisional());
    let none = &r.placements[4].finding.criterion;
    assert_eq!(none.id, "antq.reading.mass_association_no_point");
    assert!(none.source.is_provisional());
}

#[test]
fn registration_errors_name_the_organisation_and_field() {
    let dup = vec![
        org(
            "a",
            OrganisationKind::ProvincialAgency {
                body: ProvincialBody::PartyCommittee,
            },
        ),
        org(
            "a",
            OrganisationKind::ProvincialAgency {
                body: ProvincialBody::PartyCommittee,
            },
        ),
    ];
    assert_eq!(registration_points(&dup).unwrap_err().field(), Some("id"));
    let orphan = vec![org(
        "b",
        OrganisationKind::SubOrganisation {
            parent: "zz".into(),
            independence: INDEPENDENT,
        },
    )];
    let e = registration_points(&orphan).unwrap_err();
    assert_eq!(e.field(), Some("kind.parent"));
    assert!(e.to_string().contains("`b`"));
}
