//! Bộ tiêu chí điển hình — the model-unit criteria catalogues, as data.
//!
//! The signed texts of QĐ3554 (from 2025) and QĐ9745 (2023–2024) were not available (LAW.md §8).
//! What is known: QĐ3554 has **12 criteria in 4 groups, all required** (seed B §II); QĐ9745 was a
//! provisional set with one catalogue for communes and one for agencies, enterprises and schools
//! (seed D §1). The library therefore ships **placeholder** catalogues — ids and groups only,
//! every criterion labelled as a placeholder with provenance
//! [`Provisional`](crate::citation::Provenance::Provisional) — and lets the caller replace any
//! of them from JSON with the signed texts ([`Catalogue::from_json`]).
//!
//! Provisional split: the group sizes of QĐ3554 are unknown; the placeholders put 3 criteria in
//! each of the 4 groups (`qd3554.g1` … `qd3554.g4`, criteria `qd3554.c01` … `qd3554.c12`). The
//! two QĐ9745 placeholders copy that shape (nothing about their shape is known either).
//!
//! Which catalogue is in force follows the year ([`CatalogueSet::in_force`]): QĐ9745 for 2023 and
//! 2024, QĐ3554 from 2025 (it was signed on 19/5/2025, before the 2025 results were decided in
//! the autumn); years before 2023 are an error.

use std::borrow::Cow;
use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Instrument, Source};
use crate::error::{Error, Subject};
use crate::explain::{Criterion, CriterionRef, Lang};
use crate::unit::KindTag;

/// The first year any model-unit catalogue is in force (QĐ9745, signed 28/12/2022).
pub const FIRST_YEAR: i32 = 2023;
/// The first year QĐ3554 is in force (signed 19/5/2025; the 2025 results are decided under it).
pub const QD3554_FROM: i32 = 2025;

/// Ids the model-unit decision uses for its own findings (registration, eligibility, summary);
/// a catalogue may not use them for a criterion.
pub const RESERVED_IDS: [&str; 5] = [
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
placeholder_catalogue!(
    QD9745_COMMUNE_GROUPS,
    QD9745_COMMUNE_TEXTS,
    QD9745_COMMUNE_CRITERIA,
    Instrument::Qd9745,
    "qd9745.commune",
    "QĐ9745 (bộ tiêu chí xã)",
    "QĐ9745 (commune set)"
);
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

    /// QĐ9745 placeholder catalogue for communes (2023–2024), provisional in every criterion.
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
        }
    }

    /// Replace the catalogue with the same name (or add it when none has that name), then
    /// validate the whole set.
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
    pub fn validate(&self) -> Result<(), Error> {
        // Names through a set; overlaps per kind after sorting by first year — linear-log in
        // the number of catalogues rather than pairwise.
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
        let mut clash: Option<(usize, usize)> = None;
        for kind in KindTag::ALL {
            let mut of_kind: Vec<usize> = (0..self.catalogues.len())
                .filter(|&i| self.catalogues[i].applies_to.contains(&kind))
                .collect();
            of_kind.sort_by_key(|&i| (self.catalogues[i].in_force.from, i));
            // The catalogue reaching furthest so far: any later-starting one that begins before
            // it ends overlaps it.
            let mut reach: Option<usize> = None;
            for &i in &of_kind {
                let c = &self.catalogues[i];
                if let Some(r) = reach {
                    if self.catalogues[r].in_force.overlaps(c.in_force) {
                        let pair = (r.max(i), r.min(i));
                        clash = Some(clash.map_or(pair, |p| p.min(pair)));
                    }
                }
                let ends = |j: usize| self.catalogues[j].in_force.until.unwrap_or(i32::MAX);
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
            .find(|c| c.in_force.contains(year) && c.covers(kind))
            .ok_or_else(|| {
                Error::unknown(
                    Subject::Catalogue("model-unit catalogues".to_owned()),
                    "catalogues",
                    format!("a catalogue for {kind:?} in {year}"),
                )
            })
    }

    /// Read a set of catalogues from JSON and validate it.
    #[cfg(feature = "json")]
    pub fn from_json(json: &str) -> Result<CatalogueSet, Error> {
        let s: CatalogueSet =
            crate::json::parse(Subject::Catalogue("<json>".to_owned()), json.as_bytes())?;
        s.validate()?;
        Ok(s)
    }
}

/// The instrument whose model-unit criteria are in force in `year`: QĐ9745 for 2023–2024,
/// QĐ3554 from 2025; an error before 2023.
pub fn instrument_for_year(year: i32) -> Result<Instrument, Error> {
    if year < FIRST_YEAR {
        Err(Error::invalid(
            Subject::Catalogue("model-unit catalogues".to_owned()),
            "year",
            "2023 or later (QĐ9745 from 2023, QĐ3554 from 2025)",
            year,
        ))
    } else if year < QD3554_FROM {
        Ok(Instrument::Qd9745)
    } else {
        Ok(Instrument::Qd3554)
    }
}
