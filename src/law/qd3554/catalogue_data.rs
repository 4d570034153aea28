//! The built-in placeholder catalogues, as data: QĐ3554 (12 criteria in 4 groups) and QĐ9745
//! (communes: 34 criteria; agencies, enterprises and schools: QĐ3554's shape), every criterion
//! labelled provisional (see [`super::catalogue`]).

use std::borrow::Cow;

use super::catalogue::{
    Catalogue, CatalogueCriterion, CriteriaGroup, YearRange, FIRST_YEAR, QD3554_FROM,
    QD9745_COMMUNE_CRITERIA_COUNT,
};
use crate::citation::{Citation, Instrument, Source};
use crate::explain::{Criterion, CriterionRef};
use crate::unit::KindTag;

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
}
