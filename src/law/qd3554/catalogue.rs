//! Bộ tiêu chí điển hình — the model-unit criteria catalogues, as data.
//!
//! The signed texts of QĐ3554 (from 2025) and QĐ9745 (2023–2024) were not available (LAW.md §8).
//! What is known: QĐ3554 has **12 criteria in 4 groups, all required** (Sơn La PC Office plan §II); QĐ9745 was a
//! provisional set with one catalogue for communes and one for agencies, enterprises and schools
//! (Bắc Kạn 3/2023 §1). The library therefore ships **placeholder** catalogues — ids and groups only,
//! every criterion labelled as a placeholder with provenance
//! [`Provisional`](crate::citation::Provenance::Provisional) — and lets the caller replace any
//! of them from JSON with the signed texts ([`Catalogue::from_json`]).
//!
//! Provisional split: the group sizes of QĐ3554 are unknown; the placeholders put 3 criteria in
//! each of the 4 groups (`qd3554.g1` … `qd3554.g4`, criteria `qd3554.c01` … `qd3554.c12`). The
//! QĐ9745 commune placeholder holds the **34** criteria reported for it, in one group (its
//! grouping is unknown); the QĐ9745 agency, enterprise and school placeholder copies the
//! QĐ3554 shape (nothing about it is known).
//!
//! Which catalogue is in force follows the year ([`CatalogueSet::in_force`]): QĐ9745 from 2023,
//! QĐ3554 from the **switch year** ([`CatalogueSet::qd3554_from`]). QĐ3554 was signed on
//! 19/5/2025, before the 2025 results were decided in the autumn, but QĐ9745 is reported in use
//! into 2025: which of the two governed 2025 is not known. The built-in catalogues put the
//! switch at 2025 — a labelled provisional default ([`SWITCH_DEFAULT`], shown whenever it decided
//! a year); a policy sets the year it knows. Years before 2023 are an error.

use std::borrow::Cow;
use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Instrument, Source};
use crate::error::{Error, Subject};
use crate::explain::{Criterion, CriterionRef, Lang};
use crate::unit::KindTag;

/// The first year any model-unit catalogue is in force (QĐ9745, signed 28/12/2022).
pub const FIRST_YEAR: i32 = 2023;
/// The library's default first year of QĐ3554 (signed 19/5/2025, before the 2025 results were
/// decided) — **provisional**: QĐ9745 is reported in use into 2025. A policy may set another
/// year ([`CatalogueSet::qd3554_from`]).
pub const QD3554_FROM: i32 = 2025;

/// The provisional default switch year QĐ9745 → QĐ3554; appears as a finding whenever it decided
/// which catalogue applied (the year 2025, when the policy does not set the switch).
pub static SWITCH_DEFAULT: Criterion = Criterion {
    id: Cow::Borrowed("antq.provisional.qd3554_from"),
    source: Source::provisional(Citation::instrument(Instrument::Qd3554)),
    vi: Cow::Borrowed(
        "Giá trị tạm thời của thư viện: bộ tiêu chí Quyết định 3554 áp dụng từ năm 2025 \
         (Quyết định 9745 được báo cáo vẫn dùng trong năm 2025; tỉnh có thể đặt năm khác)",
    ),
    en: Cow::Borrowed(
        "Library's provisional default: the QĐ3554 criteria apply from 2025 (QĐ9745 is reported \
         in use into 2025; a province may set another year)",
    ),
};

/// Ids the model-unit decision uses for its own findings (registration, eligibility, summary,
/// the default switch year); a catalogue may not use them for a criterion.
pub const RESERVED_IDS: [&str; 6] = [
    "antq.provisional.qd3554_from",
    "qd3554.registered",
    "qd9745.registered",
    "qd3554.all_criteria_met",
    "qd9745.all_criteria_met",
    "qd3554.eligible_kind",
];

/// Khoảng năm áp dụng — the years a catalogue is in force, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct YearRange {
    /// First year in force.
    #[serde(deserialize_with = "crate::strict::year")]
    pub from: i32,
    /// Last year in force; `None` while still in force.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::strict::opt_year"
    )]
    pub until: Option<i32>,
}

impl YearRange {
    /// Whether `year` falls in the range.
    pub fn contains(self, year: i32) -> bool {
        year >= self.from && self.until.is_none_or(|u| year <= u)
    }

    fn overlaps(self, other: YearRange) -> bool {
        let a_end = self.until.unwrap_or(i32::MAX);
        let b_end = other.until.unwrap_or(i32::MAX);
        self.from <= b_end && other.from <= a_end
    }
}

/// Nhóm tiêu chí — a group ("nhóm lĩnh vực") of criteria in a catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct CriteriaGroup {
    /// Stable id, e.g. `qd3554.g1`.
    pub id: Cow<'static, str>,
    /// Vietnamese label.
    pub vi: Cow<'static, str>,
    /// English label.
    pub en: Cow<'static, str>,
}

impl CriteriaGroup {
    /// Label in the given language.
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// Tiêu chí trong bộ tiêu chí — one criterion of a catalogue: the group it belongs to and the
/// [`Criterion`] itself (id, source, labels). In JSON the criterion's fields sit beside `group`:
/// `{"group": "g1", "id": "c1", "source": {…}, "vi": "…", "en": "…"}`.
///
/// The criterion is shared ([`CriterionRef`]): the built-in placeholders point to `static`
/// criteria and a catalogue read from JSON holds each criterion behind an `Arc`, so a decision's
/// findings copy a pointer (or bump a count) and never copy text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct CatalogueCriterion {
    /// Id of the group it belongs to (must be declared in [`Catalogue::groups`]).
    pub group: Cow<'static, str>,
    /// The criterion (id, citation + provenance, labels), shared with every finding on it.
    #[serde(flatten)]
    pub criterion: CriterionRef,
}

/// Bộ tiêu chí — a catalogue of model-unit criteria: every criterion must be met.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct Catalogue {
    /// Name used in errors and reports, e.g. `qd3554`.
    pub name: Cow<'static, str>,
    /// The instrument the catalogue belongs to (QĐ3554, QĐ9745, or another the caller loads).
    pub instrument: Instrument,
    /// Years in force.
    pub in_force: YearRange,
    /// Unit kinds the catalogue covers (communes and/or agencies, enterprises, schools).
    pub applies_to: Vec<KindTag>,
    /// Groups, in order.
    pub groups: Vec<CriteriaGroup>,
    /// Criteria, in order; each belongs to a declared group.
    pub criteria: Vec<CatalogueCriterion>,
}

const fn group(id: &'static str, vi: &'static str, en: &'static str) -> CriteriaGroup {
    CriteriaGroup {
        id: Cow::Borrowed(id),
        vi: Cow::Borrowed(vi),
        en: Cow::Borrowed(en),
    }
}

const fn placeholder(
    instrument: Instrument,
    id: &'static str,
    vi: &'static str,
    en: &'static str,
) -> Criterion {
    Criterion {
        id: Cow::Borrowed(id),
        source: Source::provisional(Citation::instrument(instrument)),
        vi: Cow::Borrowed(vi),
        en: Cow::Borrowed(en),
    }
}

const fn in_group(group: &'static str, criterion: &'static Criterion) -> CatalogueCriterion {
    CatalogueCriterion {
        group: Cow::Borrowed(group),
        criterion: CriterionRef::Static(criterion),
    }
}

macro_rules! placeholder_catalogue {
    ($groups:ident, $texts:ident, $criteria:ident, $inst:expr, $p:literal, $what_vi:literal, $what_en:literal) => {
        static $groups: [CriteriaGroup; 4] = [
            group(
                concat!($p, ".g1"),
                concat!("Nhóm 1 (TẠM THỜI — chưa có văn bản ", $what_vi, ")"),
                concat!(
                    "Group 1 (PLACEHOLDER — text of ",
                    $what_en,
                    " not available)"
                ),
            ),
            group(
                concat!($p, ".g2"),
                concat!("Nhóm 2 (TẠM THỜI — chưa có văn bản ", $what_vi, ")"),
                concat!(
                    "Group 2 (PLACEHOLDER — text of ",
                    $what_en,
                    " not available)"
                ),
            ),
            group(
                concat!($p, ".g3"),
                concat!("Nhóm 3 (TẠM THỜI — chưa có văn bản ", $what_vi, ")"),
                concat!(
                    "Group 3 (PLACEHOLDER — text of ",
                    $what_en,
                    " not available)"
                ),
            ),
            group(
                concat!($p, ".g4"),
                concat!("Nhóm 4 (TẠM THỜI — chưa có văn bản ", $what_vi, ")"),
                concat!(
                    "Group 4 (PLACEHOLDER — text of ",
                    $what_en,
                    " not available)"
                ),
            ),
        ];
        static $texts: [Criterion; 12] = [
    placeholder_catalogue!(@c $inst, $p, "c01", "1", $what_vi, $what_en),
    placeholder_catalogue!(@c $inst, $p, "c02", "2", $what_vi, $what_en),
    placeholder_catalogue!(@c $inst, $p, "c03", "3", $what_vi, $what_en),
    placeholder_catalogue!(@c $inst, $p, "c04", "4", $what_vi, $what_en),
    placeholder_catalogue!(@c $inst, $p, "c05", "5", $what_vi, $what_en),
    placeholder_catalogue!(@c $inst, $p, "c06", "6", $what_vi, $what_en),
    placeholder_catalogue!(@c $inst, $p, "c07", "7", $what_vi, $what_en),
    placeholder_catalogue!(@c $inst, $p, "c08", "8", $what_vi, $what_en),
    placeholder_catalogue!(@c $inst, $p, "c09", "9", $what_vi, $what_en),
    placeholder_catalogue!(@c $inst, $p, "c10", "10", $what_vi, $what_en),
    placeholder_catalogue!(@c $inst, $p, "c11", "11", $what_vi, $what_en),
    placeholder_catalogue!(@c $inst, $p, "c12", "12", $what_vi, $what_en),
        ];
        static $criteria: [CatalogueCriterion; 12] = [
            in_group(concat!($p, ".g1"), &$texts[0]),
            in_group(concat!($p, ".g1"), &$texts[1]),
            in_group(concat!($p, ".g1"), &$texts[2]),
            in_group(concat!($p, ".g2"), &$texts[3]),
            in_group(concat!($p, ".g2"), &$texts[4]),
            in_group(concat!($p, ".g2"), &$texts[5]),
            in_group(concat!($p, ".g3"), &$texts[6]),
            in_group(concat!($p, ".g3"), &$texts[7]),
            in_group(concat!($p, ".g3"), &$texts[8]),
            in_group(concat!($p, ".g4"), &$texts[9]),
            in_group(concat!($p, ".g4"), &$texts[10]),
            in_group(concat!($p, ".g4"), &$texts[11]),
        ];
    };
    (@c $inst:expr, $p:literal, $c:literal, $n:literal, $what_vi:literal, $what_en:literal) => {
        placeholder(
            $inst,
            concat!($p, ".", $c),
            concat!(
                "Tiêu chí ",
                $n,
                " (TẠM THỜI — nội dung chưa có, thay bằng văn bản ",
                $what_vi,
                " đã ký)"
            ),
            concat!(
                "Criterion ",
                $n,
                " (PLACEHOLDER — wording unknown; replace with the signed text of ",
                $what_en,
                ")"
            ),
        )
    };
}

placeholder_catalogue!(
    QD3554_GROUPS,
    QD3554_TEXTS,
    QD3554_CRITERIA,
    Instrument::Qd3554,
    "qd3554",
    "QĐ3554",
    "QĐ3554"
);
/// QĐ9745 commune set: **34 criteria** are reported; their texts and any grouping are not
/// available, so the placeholder holds them in one group.
static QD9745_COMMUNE_GROUPS: [CriteriaGroup; 1] = [group(
    "qd9745.commune.g1",
    "Bộ tiêu chí xã (TẠM THỜI — chưa có văn bản QĐ9745; cách chia nhóm chưa biết)",
    "Commune set (PLACEHOLDER — text of QĐ9745 not available; grouping unknown)",
)];

macro_rules! commune_9745 {
    ($c:literal, $n:literal) => {
        placeholder(
            Instrument::Qd9745,
            concat!("qd9745.commune.", $c),
            concat!(
                "Tiêu chí ",
                $n,
                "/34 (TẠM THỜI — nội dung chưa có, thay bằng văn bản QĐ9745 (bộ tiêu chí xã) đã ký)"
            ),
            concat!(
                "Criterion ",
                $n,
                "/34 (PLACEHOLDER — wording unknown; replace with the signed text of QĐ9745 (commune set))"
            ),
        )
    };
}

/// Number of criteria reported for the QĐ9745 commune set.
pub const QD9745_COMMUNE_CRITERIA_COUNT: usize = 34;

static QD9745_COMMUNE_TEXTS: [Criterion; QD9745_COMMUNE_CRITERIA_COUNT] = [
    commune_9745!("c01", "1"),
    commune_9745!("c02", "2"),
    commune_9745!("c03", "3"),
    commune_9745!("c04", "4"),
    commune_9745!("c05", "5"),
    commune_9745!("c06", "6"),
    commune_9745!("c07", "7"),
    commune_9745!("c08", "8"),
    commune_9745!("c09", "9"),
    commune_9745!("c10", "10"),
    commune_9745!("c11", "11"),
    commune_9745!("c12", "12"),
    commune_9745!("c13", "13"),
    commune_9745!("c14", "14"),
    commune_9745!("c15", "15"),
    commune_9745!("c16", "16"),
    commune_9745!("c17", "17"),
    commune_9745!("c18", "18"),
    commune_9745!("c19", "19"),
    commune_9745!("c20", "20"),
    commune_9745!("c21", "21"),
    commune_9745!("c22", "22"),
    commune_9745!("c23", "23"),
    commune_9745!("c24", "24"),
    commune_9745!("c25", "25"),
    commune_9745!("c26", "26"),
    commune_9745!("c27", "27"),
    commune_9745!("c28", "28"),
    commune_9745!("c29", "29"),
    commune_9745!("c30", "30"),
    commune_9745!("c31", "31"),
    commune_9745!("c32", "32"),
    commune_9745!("c33", "33"),
    commune_9745!("c34", "34"),
];

static QD9745_COMMUNE_CRITERIA: [CatalogueCriterion; QD9745_COMMUNE_CRITERIA_COUNT] = [
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[0]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[1]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[2]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[3]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[4]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[5]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[6]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[7]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[8]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[9]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[10]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[11]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[12]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[13]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[14]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[15]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[16]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[17]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[18]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[19]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[20]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[21]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[22]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[23]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[24]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[25]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[26]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[27]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[28]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[29]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[30]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[31]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[32]),
    in_group("qd9745.commune.g1", &QD9745_COMMUNE_TEXTS[33]),
];
placeholder_catalogue!(
    QD9745_ORG_GROUPS,
    QD9745_ORG_TEXTS,
    QD9745_ORG_CRITERIA,
    Instrument::Qd9745,
    "qd9745.organisation",
    "QĐ9745 (bộ tiêu chí cơ quan, doanh nghiệp, cơ sở giáo dục)",
    "QĐ9745 (agency, enterprise and school set)"
);

impl Catalogue {
    /// QĐ3554 placeholder catalogue: 12 criteria in 4 groups (3 each — a provisional split),
    /// in force from 2025, for communes, agencies, enterprises and schools. Every criterion is
    /// [`Provenance::Provisional`](crate::citation::Provenance::Provisional) and says so in its
    /// label; replace it with [`Catalogue::from_json`] once the signed text is at hand.
    pub fn qd3554() -> Catalogue {
        Catalogue {
            name: Cow::Borrowed("qd3554"),
            instrument: Instrument::Qd3554,
            in_force: YearRange {
                from: QD3554_FROM,
                until: None,
            },
            applies_to: vec![
                KindTag::Commune,
                KindTag::Agency,
                KindTag::Enterprise,
                KindTag::School,
            ],
            groups: QD3554_GROUPS.to_vec(),
            criteria: QD3554_CRITERIA.to_vec(),
        }
    }

    /// QĐ9745 placeholder catalogue for communes (2023–2024): the **34** criteria reported, in one
    /// group (the grouping is unknown), provisional in every criterion.
    pub fn qd9745_communes() -> Catalogue {
        Catalogue {
            name: Cow::Borrowed("qd9745.commune"),
            instrument: Instrument::Qd9745,
            in_force: YearRange {
                from: FIRST_YEAR,
                until: Some(QD3554_FROM - 1),
            },
            applies_to: vec![KindTag::Commune],
            groups: QD9745_COMMUNE_GROUPS.to_vec(),
            criteria: QD9745_COMMUNE_CRITERIA.to_vec(),
        }
    }

    /// QĐ9745 placeholder catalogue for agencies, enterprises and schools (2023–2024),
    /// provisional in every criterion.
    pub fn qd9745_organisations() -> Catalogue {
        Catalogue {
            name: Cow::Borrowed("qd9745.organisation"),
            instrument: Instrument::Qd9745,
            in_force: YearRange {
                from: FIRST_YEAR,
                until: Some(QD3554_FROM - 1),
            },
            applies_to: vec![KindTag::Agency, KindTag::Enterprise, KindTag::School],
            groups: QD9745_ORG_GROUPS.to_vec(),
            criteria: QD9745_ORG_CRITERIA.to_vec(),
        }
    }

    /// Whether every criterion of the catalogue is a provisional placeholder.
    pub fn is_placeholder(&self) -> bool {
        self.criteria
            .iter()
            .all(|c| c.criterion.source.is_provisional())
    }

    /// The criterion with the given id.
    pub fn criterion(&self, id: &str) -> Option<&CatalogueCriterion> {
        self.criteria.iter().find(|c| c.criterion.id == id)
    }

    /// The criteria of one group, in order.
    pub fn group_criteria<'a>(
        &'a self,
        group: &'a str,
    ) -> impl Iterator<Item = &'a CatalogueCriterion> + 'a {
        self.criteria.iter().filter(move |c| c.group == group)
    }

    /// Whether the catalogue covers units of this kind.
    pub fn covers(&self, kind: KindTag) -> bool {
        self.applies_to.contains(&kind)
    }

    /// Check the catalogue: a name, at least one kind (never residential areas), at least one
    /// group and one criterion, unique group and criterion ids, every criterion in a declared
    /// group, every group used, and a year range that starts no later than it ends.
    ///
    /// # Errors
    ///
    /// The first rule above the catalogue breaks, naming the catalogue and the field.
    pub fn validate(&self) -> Result<(), Error> {
        let subject = || Subject::Catalogue(self.name.to_string());
        if self.name.trim().is_empty() {
            return Err(Error::missing(
                subject(),
                "name",
                "a non-empty catalogue name",
            ));
        }
        if let Some(until) = self.in_force.until {
            if until < self.in_force.from {
                return Err(Error::invalid(
                    subject(),
                    "in_force.until",
                    "a year not before in_force.from",
                    until,
                ));
            }
        }
        if self.applies_to.is_empty() {
            return Err(Error::missing(
                subject(),
                "applies_to",
                "at least one of commune, agency, enterprise, school",
            ));
        }
        for (i, k) in self.applies_to.iter().enumerate() {
            if *k == KindTag::ResidentialArea {
                return Err(Error::invalid(
                    subject(),
                    "applies_to",
                    "commune, agency, enterprise or school (no model-unit title for residential areas)",
                    "residential_area",
                ));
            }
            // Only five kinds exist, so a repeat shows within the first six entries: the scan
            // stays short however long the list.
            if self.applies_to[..i.min(KindTag::ALL.len())].contains(k) {
                return Err(Error::duplicate(subject(), "applies_to", format!("{k:?}")));
            }
        }
        if self.groups.is_empty() {
            return Err(Error::missing(subject(), "groups", "at least one group"));
        }
        if self.criteria.is_empty() {
            return Err(Error::missing(
                subject(),
                "criteria",
                "at least one criterion",
            ));
        }
        // Sets of ids, so validation stays linear in the catalogue's size.
        let mut group_ids: HashSet<&str> = HashSet::with_capacity(self.groups.len());
        for g in &self.groups {
            if g.id.trim().is_empty() {
                return Err(Error::missing(
                    subject(),
                    "groups.id",
                    "a non-empty group id",
                ));
            }
            if !group_ids.insert(g.id.as_ref()) {
                return Err(Error::duplicate(subject(), "groups.id", &g.id));
            }
        }
        let mut criterion_ids: HashSet<&str> = HashSet::with_capacity(self.criteria.len());
        let mut used_groups: HashSet<&str> = HashSet::new();
        for c in &self.criteria {
            let id = &c.criterion.id;
            if id.trim().is_empty() {
                return Err(Error::missing(
                    subject(),
                    "criteria.id",
                    "a non-empty criterion id",
                ));
            }
            if RESERVED_IDS.contains(&id.as_ref()) {
                return Err(Error::invalid(
                    subject(),
                    "criteria.id",
                    "an id not reserved for the decision's own findings",
                    id,
                ));
            }
            if !criterion_ids.insert(id.as_ref()) {
                return Err(Error::duplicate(subject(), "criteria.id", id));
            }
            used_groups.insert(c.group.as_ref());
            if !group_ids.contains(c.group.as_ref()) {
                return Err(Error::unknown(subject(), "criteria.group", &c.group));
            }
        }
        for g in &self.groups {
            if !used_groups.contains(g.id.as_ref()) {
                return Err(Error::invalid(
                    subject(),
                    "groups",
                    "every declared group to hold at least one criterion",
                    format!("empty group `{}`", g.id),
                ));
            }
        }
        Ok(())
    }

    /// Read a catalogue from JSON (e.g. the signed text of QĐ3554) and validate it.
    ///
    /// # Errors
    ///
    /// Malformed JSON ([`Error::Parse`]), an unknown or duplicated field, or an invalid catalogue
    /// ([`Catalogue::validate`]).
    #[cfg(feature = "json")]
    pub fn from_json(json: &str) -> Result<Catalogue, Error> {
        let c: Catalogue =
            crate::json::parse(Subject::Catalogue("<json>".to_owned()), json.as_bytes())?;
        c.validate()?;
        Ok(c)
    }
}

/// Các bộ tiêu chí theo năm — the catalogues a province uses, each with its years and kinds.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct CatalogueSet {
    /// The catalogues; no two may cover the same kind in the same year.
    pub catalogues: Vec<Catalogue>,
    /// Năm chuyển QĐ9745 → QĐ3554 — the first year decided under QĐ3554. When set, it moves
    /// the boundary between the two national instruments whatever their catalogues' own ranges
    /// say: QĐ9745 catalogues end the year before, QĐ3554 catalogues begin that year. `None`:
    /// the catalogues' own ranges, which for the built-in placeholders is the provisional
    /// default [`QD3554_FROM`] (2025).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qd3554_from: Option<i32>,
}

impl CatalogueSet {
    /// The built-in placeholders: QĐ9745 (communes; agencies, enterprises, schools) for
    /// 2023–2024 and QĐ3554 from 2025.
    pub fn builtin() -> CatalogueSet {
        CatalogueSet {
            catalogues: vec![
                Catalogue::qd9745_communes(),
                Catalogue::qd9745_organisations(),
                Catalogue::qd3554(),
            ],
            qd3554_from: None,
        }
    }

    /// The built-in placeholders with the switch to QĐ3554 in `year`.
    pub fn builtin_switching_in(year: i32) -> CatalogueSet {
        CatalogueSet {
            qd3554_from: Some(year),
            ..CatalogueSet::builtin()
        }
    }

    /// The years a catalogue is in force in this set: its own range, with the boundary between
    /// QĐ9745 and QĐ3554 moved to the switch year when one is set.
    pub fn effective_range(&self, c: &Catalogue) -> YearRange {
        match (self.qd3554_from, c.instrument) {
            (Some(y), Instrument::Qd9745) => YearRange {
                from: c.in_force.from,
                until: Some(y - 1),
            },
            (Some(y), Instrument::Qd3554) => YearRange {
                from: y,
                until: c.in_force.until,
            },
            _ => c.in_force,
        }
    }

    /// The first year decided under QĐ3554 in this set (the switch year, else the default).
    pub fn switch_year(&self) -> i32 {
        self.qd3554_from.unwrap_or(QD3554_FROM)
    }

    /// The provisional default switch year, when it decided which catalogue applies in `year`:
    /// the switch is not set and the year is 2025 (QĐ9745 under the other reading).
    pub fn switch_note(&self, year: i32) -> Option<&'static Criterion> {
        (self.qd3554_from.is_none() && year == QD3554_FROM).then_some(&SWITCH_DEFAULT)
    }

    /// The instrument whose model-unit criteria are in force in `year` under this set's switch.
    ///
    /// # Errors
    ///
    /// A year before 2023, when no model-unit criteria existed.
    pub fn instrument_for(&self, year: i32) -> Result<Instrument, Error> {
        instrument_switching(year, self.switch_year())
    }

    /// Replace the catalogue with the same name (or add it when none has that name), then
    /// validate the whole set.
    ///
    /// # Errors
    ///
    /// The new set is invalid ([`CatalogueSet::validate`]); the set is then left with the catalogue
    /// replaced.
    pub fn replace(&mut self, catalogue: Catalogue) -> Result<(), Error> {
        catalogue.validate()?;
        match self
            .catalogues
            .iter_mut()
            .find(|c| c.name == catalogue.name)
        {
            Some(slot) => *slot = catalogue,
            None => self.catalogues.push(catalogue),
        }
        self.validate()
    }

    /// Check every catalogue, that names are unique and that no two catalogues cover the same
    /// kind in overlapping years.
    ///
    /// # Errors
    ///
    /// An invalid catalogue, a name used twice, or two catalogues covering one kind in overlapping
    /// years.
    pub fn validate(&self) -> Result<(), Error> {
        if let Some(y) = self.qd3554_from.filter(|&y| y < QD3554_FROM) {
            return Err(Error::invalid(
                Subject::Catalogue("model-unit catalogues".to_owned()),
                "qd3554_from",
                "2025 or later (QĐ3554 was signed on 19/5/2025)",
                y,
            ));
        }
        // Names through a set; overlaps per kind after sorting by first year — linear-log in
        // the number of catalogues rather than pairwise. Years are the effective ones (after the
        // QĐ9745 → QĐ3554 switch year).
        let mut names: HashSet<&str> = HashSet::with_capacity(self.catalogues.len());
        for c in &self.catalogues {
            c.validate()?;
            if !names.insert(c.name.as_ref()) {
                return Err(Error::duplicate(
                    Subject::Catalogue(c.name.to_string()),
                    "name",
                    &c.name,
                ));
            }
        }
        let ranges: Vec<YearRange> = self
            .catalogues
            .iter()
            .map(|c| self.effective_range(c))
            .collect();
        let mut clash: Option<(usize, usize)> = None;
        for kind in KindTag::ALL {
            let mut of_kind: Vec<usize> = (0..self.catalogues.len())
                .filter(|&i| self.catalogues[i].applies_to.contains(&kind))
                .collect();
            of_kind.sort_by_key(|&i| (ranges[i].from, i));
            // The catalogue reaching furthest so far: any later-starting one that begins before
            // it ends overlaps it.
            let mut reach: Option<usize> = None;
            for &i in &of_kind {
                if let Some(r) = reach {
                    if ranges[r].overlaps(ranges[i]) {
                        let pair = (r.max(i), r.min(i));
                        clash = Some(clash.map_or(pair, |p| p.min(pair)));
                    }
                }
                let ends = |j: usize| ranges[j].until.unwrap_or(i32::MAX);
                if reach.is_none_or(|r| ends(i) > ends(r)) {
                    reach = Some(i);
                }
            }
        }
        if let Some((later, earlier)) = clash {
            let (c, o) = (&self.catalogues[later], &self.catalogues[earlier]);
            return Err(Error::invalid(
                Subject::Catalogue(c.name.to_string()),
                "in_force",
                "years that do not overlap another catalogue for the same kind",
                format!("overlaps catalogue `{}`", o.name),
            ));
        }
        Ok(())
    }

    /// The catalogue in force in `year` for units of `kind`.
    ///
    /// Errors: a year before 2023 (no model-unit criteria existed), a residential area (no
    /// model-unit title exists for it), or no catalogue covering that year and kind.
    ///
    /// # Errors
    ///
    /// A year before 2023, a residential area, or no catalogue covering that year and kind.
    pub fn in_force(&self, year: i32, kind: KindTag) -> Result<&Catalogue, Error> {
        if year < FIRST_YEAR {
            return Err(Error::invalid(
                Subject::Catalogue("model-unit catalogues".to_owned()),
                "year",
                "2023 or later (QĐ9745 from 2023, QĐ3554 from 2025)",
                year,
            ));
        }
        if kind == KindTag::ResidentialArea {
            return Err(Error::invalid(
                Subject::Catalogue("model-unit catalogues".to_owned()),
                "kind",
                "commune, agency, enterprise or school",
                "residential_area",
            ));
        }
        self.catalogues
            .iter()
            .find(|c| self.effective_range(c).contains(year) && c.covers(kind))
            .ok_or_else(|| {
                Error::unknown(
                    Subject::Catalogue("model-unit catalogues".to_owned()),
                    "catalogues",
                    format!("a catalogue for {kind:?} in {year}"),
                )
            })
    }

    /// Read a set of catalogues from JSON and validate it.
    ///
    /// # Errors
    ///
    /// Malformed JSON ([`Error::Parse`]) or an invalid set ([`CatalogueSet::validate`]).
    #[cfg(feature = "json")]
    pub fn from_json(json: &str) -> Result<CatalogueSet, Error> {
        let s: CatalogueSet =
            crate::json::parse(Subject::Catalogue("<json>".to_owned()), json.as_bytes())?;
        s.validate()?;
        Ok(s)
    }
}

/// The instrument whose model-unit criteria are in force in `year` under the library's default
/// switch: QĐ9745 for 2023–2024, QĐ3554 from 2025 (provisional; see
/// [`CatalogueSet::instrument_for`] for a policy's switch); an error before 2023.
///
/// # Errors
///
/// A year before 2023.
pub fn instrument_for_year(year: i32) -> Result<Instrument, Error> {
    instrument_switching(year, QD3554_FROM)
}

fn instrument_switching(year: i32, switch: i32) -> Result<Instrument, Error> {
    if year < FIRST_YEAR {
        Err(Error::invalid(
            Subject::Catalogue("model-unit catalogues".to_owned()),
            "year",
            "2023 or later (QĐ9745 from 2023, QĐ3554 from 2025)",
            year,
        ))
    } else if year < switch {
        Ok(Instrument::Qd9745)
    } else {
        Ok(Instrument::Qd3554)
    }
}
