//! Đầu mối đăng ký — which organisations register as one point for TT124 (Sơn La …/UBND-NC §1a, Sơn La).
//!
//! - Each provincial-level agency (under the provincial Party committee, People's Council,
//!   People's Committee or Fatherland Front) is one point.
//! - A public service unit or internal organisation of such an agency, and a mass association
//!   the Party or State assigns tasks to, is a point of its own only when it passes the
//!   independence test: its own office, legal personality, its own seal and state-budget funding.
//!   The Sơn La guidance §1a says only what passing the test means. That a sub-organisation that fails it
//!   registers within its parent's point, and that a mass association that fails it is no point,
//!   is **the library's own inference**: those placements cite §1a with provenance
//!   [`Provisional`](crate::citation::Provenance::Provisional) and say so.
//! - At commune level the Party, council–committee and Front bodies are grouped into exactly three
//!   points; the commune health centre is one point; each commune-level school is one point except
//!   primary schools, pre-schools and crèches (not subject, TT124 Đ1 k2 b).
//!
//! Every organisation of the input is placed exactly once, with a finding that says why.
//!
//! ```
//! use antq::registration::{registration_points, Organisation, OrganisationKind, ProvincialBody};
//! let orgs = [Organisation {
//!     id: "so-tu-phap".into(),
//!     name: "Sở Tư pháp".into(),
//!     kind: OrganisationKind::ProvincialAgency { body: ProvincialBody::PeoplesCommittee },
//! }];
//! let r = registration_points(&orgs).unwrap();
//! assert_eq!(r.points.len(), 1);
//! assert_eq!(r.placements[0].point.as_deref(), Some("so-tu-phap"));
//! ```

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Source};
use crate::error::{Error, Subject};
use crate::explain::{Criterion, Finding, Status, Value};
use crate::unit::{SchoolLevel, UnitId};

/// Khối cơ quan cấp tỉnh — which provincial body an agency belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProvincialBody {
    /// Tỉnh ủy.
    PartyCommittee,
    /// Hội đồng nhân dân tỉnh.
    PeoplesCouncil,
    /// Ủy ban nhân dân tỉnh.
    PeoplesCommittee,
    /// Ủy ban MTTQ Việt Nam tỉnh.
    FatherlandFront,
}

/// Nhóm cơ quan cấp xã — the three commune-level groups of Sơn La …/UBND-NC §1a.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommuneGroup {
    /// (1) Văn phòng Đảng ủy and the Party's boards, inspection committee, political centre.
    PartyOffice,
    /// (2) Văn phòng HĐND–UBND and the committee's rooms, service centres, council boards.
    CouncilCommitteeOffice,
    /// (3) Ủy ban MTTQ and the socio-political organisations.
    FrontAndMassOrganisations,
}

/// Tiêu chí độc lập — the four conditions for a sub-organisation to be its own point.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Independence {
    /// Trụ sở độc lập.
    pub own_office: bool,
    /// Tư cách pháp nhân.
    pub legal_personality: bool,
    /// Con dấu riêng.
    pub own_seal: bool,
    /// Được đảm bảo hoạt động từ ngân sách nhà nước.
    pub state_budget: bool,
}

impl Independence {
    /// All four conditions hold.
    pub fn passes(&self) -> bool {
        self.own_office && self.legal_personality && self.own_seal && self.state_budget
    }
}

/// Loại tổ chức — what an organisation is, for registration purposes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    /// A provincial-level agency.
    ProvincialAgency {
        /// The body it sits under.
        body: ProvincialBody,
    },
    /// A public service unit or internal organisation of a provincial agency.
    SubOrganisation {
        /// Id of the parent provincial agency.
        parent: String,
        /// The independence test.
        independence: Independence,
    },
    /// A mass association the Party or State assigns tasks to (provincial level).
    MassAssociation {
        /// The independence test.
        independence: Independence,
    },
    /// A body of the commune's Party committee, council, committee or Front.
    CommuneBody {
        /// Id of the commune.
        commune: String,
        /// Its group.
        group: CommuneGroup,
    },
    /// Trung tâm Y tế xã.
    CommuneHealthCentre {
        /// Id of the commune.
        commune: String,
    },
    /// A commune-level school.
    CommuneSchool {
        /// Id of the commune.
        commune: String,
        /// Its level.
        level: SchoolLevel,
    },
}

/// Tổ chức — one organisation of the input list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Unique id.
    pub id: String,
    /// Name.
    pub name: String,
    /// What it is.
    pub kind: OrganisationKind,
}

/// Đầu mối — one registration point.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistrationPoint {
    /// Point id: the organisation's id, or `{commune}/{group}` for a commune group.
    pub id: String,
    /// Name of the point.
    pub name: String,
    /// Ids of the organisations registering through it, sorted.
    pub members: Vec<String>,
}

/// Xếp đầu mối — where one organisation registers, and why.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    /// The organisation.
    pub organisation: String,
    /// The point it registers through; `None` when it is not a point and belongs to none.
    pub point: Option<String>,
    /// The rule that placed it.
    pub finding: Finding,
}

/// The result: the points, and every organisation's placement in input order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    /// Registration points, sorted by id.
    pub points: Vec<RegistrationPoint>,
    /// One placement per input organisation, in input order.
    pub placements: Vec<Placement>,
}

const fn rule(id: &'static str, vi: &'static str, en: &'static str) -> Criterion {
    Criterion {
        id: Cow::Borrowed(id),
        source: Source::provincial(Citation::doc_section(
            &crate::provinces::documents::SON_LA_UBND_NC_2026,
            "1a",
        )),
        vi: Cow::Borrowed(vi),
        en: Cow::Borrowed(en),
    }
}

static PROVINCIAL_AGENCY: Criterion = rule(
    "son_la_2026.1a.provincial_agency",
    "Mỗi cơ quan cấp tỉnh là một đầu mối",
    "Each provincial-level agency is one point",
);
static INDEPENDENT: Criterion = rule(
    "son_la_2026.1a.independence",
    "Là đầu mối riêng khi có trụ sở độc lập, tư cách pháp nhân, con dấu riêng, ngân sách nhà nước",
    "Own point when it has its own office, legal personality, seal and state-budget funding",
);
/// The library's reading of §1a for a sub-organisation that fails the independence test.
static WITHIN_PARENT: Criterion = Criterion {
    id: Cow::Borrowed("antq.reading.registration_within_parent"),
    source: Source::provisional(Citation::doc_section(
        &crate::provinces::documents::SON_LA_UBND_NC_2026,
        "1a",
    )),
    vi: Cow::Borrowed(
        "Cách hiểu của thư viện: không đủ 4 điều kiện độc lập thì đăng ký chung đầu mối của cơ \
         quan cấp tỉnh chủ quản (mục 1a chỉ quy định trường hợp đủ điều kiện)",
    ),
    en: Cow::Borrowed(
        "Library's reading: failing the four independence tests, it registers within its \
         parent agency's point (§1a only says what passing them means)",
    ),
};

/// The library's reading of §1a for a mass association that fails the independence test.
static NO_POINT: Criterion = Criterion {
    id: Cow::Borrowed("antq.reading.mass_association_no_point"),
    source: Source::provisional(Citation::doc_section(
        &crate::provinces::documents::SON_LA_UBND_NC_2026,
        "1a",
    )),
    vi: Cow::Borrowed(
        "Cách hiểu của thư viện: hội quần chúng không đủ 4 điều kiện độc lập thì không là đầu \
         mối đăng ký (mục 1a chỉ quy định trường hợp đủ điều kiện)",
    ),
    en: Cow::Borrowed(
        "Library's reading: a mass association failing the four independence tests is no \
         registration point (§1a only says what passing them means)",
    ),
};

static COMMUNE_GROUP: Criterion = rule(
    "son_la_2026.1a.commune_group",
    "Cơ quan cấp xã đăng ký theo 3 nhóm đầu mối",
    "Commune bodies register as three grouped points",
);
static HEALTH_CENTRE: Criterion = rule(
    "son_la_2026.1a.health_centre",
    "Trung tâm Y tế xã là một đầu mối",
    "The commune health centre is one point",
);
static COMMUNE_SCHOOL: Criterion = rule(
    "son_la_2026.1a.commune_school",
    "Mỗi cơ sở giáo dục cấp xã là một đầu mối, trừ tiểu học, mầm non, nhà trẻ",
    "Each commune school is one point, except primary, pre-school and crèche",
);

fn group_name(g: CommuneGroup) -> (&'static str, &'static str) {
    match g {
        CommuneGroup::PartyOffice => ("party_office", "Văn phòng Đảng ủy"),
        CommuneGroup::CouncilCommitteeOffice => {
            ("council_committee_office", "Văn phòng HĐND - UBND")
        }
        CommuneGroup::FrontAndMassOrganisations => (
            "front",
            "Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội",
        ),
    }
}

fn placed(finding: Finding, org: &Organisation, point: Option<String>) -> Placement {
    Placement {
        organisation: org.id.clone(),
        point,
        finding,
    }
}

fn test_finding(c: &'static Criterion, ok: bool) -> Finding {
    Finding::new(
        c,
        if ok { Status::Met } else { Status::NotMet },
        Value::Bool(ok),
        Value::Bool(true),
    )
}

/// Work out the registration points of an organisation list.
///
/// Errors: a duplicate id, a sub-organisation whose parent is not in the list or is not a
/// provincial agency, an empty commune id.
///
/// # Errors
///
/// A duplicate id, a sub-organisation whose parent is not in the list or is not a provincial
/// agency, an empty commune id.
pub fn registration_points(orgs: &[Organisation]) -> Result<Registration, Error> {
    let subject = |id: &str| Subject::Unit(UnitId::new(id));
    let mut seen = BTreeSet::new();
    let mut by_id = BTreeMap::new();
    for o in orgs {
        if !seen.insert(o.id.as_str()) {
            return Err(Error::duplicate(subject(&o.id), "id", &o.id));
        }
        by_id.insert(o.id.as_str(), o);
    }
    let mut points: BTreeMap<String, RegistrationPoint> = BTreeMap::new();
    let mut add = |id: String, name: &str, member: &str| {
        points
            .entry(id.clone())
            .or_insert_with(|| RegistrationPoint {
                id,
                name: name.to_owned(),
                members: Vec::new(),
            })
            .members
            .push(member.to_owned());
    };
    let mut placements = Vec::with_capacity(orgs.len());
    for o in orgs {
        let p = match &o.kind {
            OrganisationKind::ProvincialAgency { .. } => {
                add(o.id.clone(), &o.name, &o.id);
                placed(
                    test_finding(&PROVINCIAL_AGENCY, true),
                    o,
                    Some(o.id.clone()),
                )
            }
            OrganisationKind::SubOrganisation {
                parent,
                independence,
            } => {
                let parent_org = by_id
                    .get(parent.as_str())
                    .ok_or_else(|| Error::unknown(subject(&o.id), "kind.parent", parent))?;
                if !matches!(parent_org.kind, OrganisationKind::ProvincialAgency { .. }) {
                    return Err(Error::invalid(
                        subject(&o.id),
                        "kind.parent",
                        "the id of a provincial agency",
                        parent,
                    ));
                }
                if independence.passes() {
                    add(o.id.clone(), &o.name, &o.id);
                    placed(test_finding(&INDEPENDENT, true), o, Some(o.id.clone()))
                } else {
                    add(parent.clone(), &parent_org.name, &o.id);
                    placed(test_finding(&WITHIN_PARENT, false), o, Some(parent.clone()))
                }
            }
            OrganisationKind::MassAssociation { independence } => {
                if independence.passes() {
                    add(o.id.clone(), &o.name, &o.id);
                    placed(test_finding(&INDEPENDENT, true), o, Some(o.id.clone()))
                } else {
                    placed(test_finding(&NO_POINT, false), o, None)
                }
            }
            OrganisationKind::CommuneBody { commune, group } => {
                non_empty(&o.id, commune)?;
                let (key, name) = group_name(*group);
                let id = format!("{commune}/{key}");
                add(id.clone(), name, &o.id);
                placed(test_finding(&COMMUNE_GROUP, true), o, Some(id))
            }
            OrganisationKind::CommuneHealthCentre { commune } => {
                non_empty(&o.id, commune)?;
                add(o.id.clone(), &o.name, &o.id);
                placed(test_finding(&HEALTH_CENTRE, true), o, Some(o.id.clone()))
            }
            OrganisationKind::CommuneSchool { commune, level } => {
                non_empty(&o.id, commune)?;
                if level.excluded_from_tt124() {
                    placed(test_finding(&COMMUNE_SCHOOL, false), o, None)
                } else {
                    add(o.id.clone(), &o.name, &o.id);
                    placed(test_finding(&COMMUNE_SCHOOL, true), o, Some(o.id.clone()))
                }
            }
        };
        placements.push(p);
    }
    let mut points: Vec<RegistrationPoint> = points.into_values().collect();
    for p in &mut points {
        p.members.sort();
    }
    Ok(Registration { points, placements })
}

fn non_empty(org: &str, commune: &str) -> Result<(), Error> {
    if commune.trim().is_empty() {
        return Err(Error::missing(
            Subject::Unit(UnitId::new(org)),
            "kind.commune",
            "the id of the commune",
        ));
    }
    Ok(())
}
