//! Lựa chọn xây dựng điển hình hằng năm — the yearly selection quotas of the three-tier years
//! (Bắc Kạn 3/2023 §6 and §2): each district People's Committee picks at least one commune and at least
//! one agency, enterprise or school to build as a model; the provincial police pick at least one
//! agency, enterprise or school under their own management. The check reports, tier by tier,
//! who falls short.
//!
//! Districts were abolished on 1/7/2025, so the quotas only exist for years decided under the
//! three-tier regime ([`Regime::for_year`]); asking for a two-tier year is an error.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Source};
use crate::error::{Error, Subject};
use crate::explain::{Criterion, Finding, Status, Value};
use crate::regime::Regime;
use crate::unit::{KindTag, UnitId};

use super::catalogue::FIRST_YEAR;

/// Each district selects ≥ 1 commune (Bắc Kạn 3/2023 §6).
pub static DISTRICT_COMMUNE: Criterion = Criterion {
    id: Cow::Borrowed("bac_kan_2023.6.district_selects_commune"),
    source: Source::provincial(Citation::doc_section(
        &crate::provinces::documents::BAC_KAN_UBND_2023,
        "6",
    )),
    vi: Cow::Borrowed("Huyện lựa chọn ít nhất 01 xã, phường, thị trấn xây dựng điển hình"),
    en: Cow::Borrowed("District selects at least one commune to build as a model"),
};

/// Each district selects ≥ 1 agency, enterprise or school (Bắc Kạn 3/2023 §6).
pub static DISTRICT_ORGANISATION: Criterion = Criterion {
    id: Cow::Borrowed("bac_kan_2023.6.district_selects_organisation"),
    source: Source::provincial(Citation::doc_section(
        &crate::provinces::documents::BAC_KAN_UBND_2023,
        "6",
    )),
    vi: Cow::Borrowed(
        "Huyện lựa chọn ít nhất 01 cơ quan, doanh nghiệp, cơ sở giáo dục xây dựng điển hình",
    ),
    en: Cow::Borrowed(
        "District selects at least one agency, enterprise or school to build as a model",
    ),
};

/// The provincial police select ≥ 1 unit they manage (Bắc Kạn 3/2023 §2).
pub static POLICE_ORGANISATION: Criterion = Criterion {
    id: Cow::Borrowed("bac_kan_2023.2.provincial_police_selects_unit"),
    source: Source::provincial(Citation::doc_section(&crate::provinces::documents::BAC_KAN_UBND_2023, "2")),
    vi: Cow::Borrowed(
        "Công an tỉnh lựa chọn ít nhất 01 cơ quan, doanh nghiệp, cơ sở giáo dục thuộc thẩm quyền quản lý",
    ),
    en: Cow::Borrowed("Provincial police select at least one agency, enterprise or school they manage"),
};

/// Cấp lựa chọn — who made a selection.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Selector {
    /// UBND cấp huyện — a district People's Committee, by district name.
    District(String),
    /// Công an tỉnh — the provincial police.
    ProvincialPolice,
}

/// Đơn vị được lựa chọn — one unit selected to build as a model this year.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct Selection {
    /// The unit.
    pub unit: UnitId,
    /// Its kind.
    pub kind: KindTag,
    /// Who selected it.
    pub selected_by: Selector,
}

/// Kết quả kiểm tra chỉ tiêu của một cấp — one selector's quota check.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct QuotaCheck {
    /// The district or the provincial police.
    pub selector: Selector,
    /// Whether every quota of this selector is met.
    pub met: bool,
    /// One finding per quota: observed count, required at least 1.
    pub findings: Vec<Finding>,
}

/// Báo cáo lựa chọn — the selection check for one year, one entry per district (in the order
/// given) then the provincial police.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct SelectionReport {
    /// The year checked.
    pub year: i32,
    /// One check per selector.
    pub checks: Vec<QuotaCheck>,
}

impl SelectionReport {
    /// Whether every selector met its quotas.
    pub fn all_met(&self) -> bool {
        self.checks.iter().all(|c| c.met)
    }

    /// The districts that fall short (in the order given).
    pub fn districts_short(&self) -> Vec<&str> {
        self.checks
            .iter()
            .filter(|c| !c.met)
            .filter_map(|c| match &c.selector {
                Selector::District(d) => Some(d.as_str()),
                Selector::ProvincialPolice => None,
            })
            .collect()
    }

    /// Whether the provincial police fall short.
    pub fn police_short(&self) -> bool {
        self.checks
            .iter()
            .any(|c| c.selector == Selector::ProvincialPolice && !c.met)
    }
}

fn quota(criterion: &'static Criterion, count: u64) -> Finding {
    Finding::new(
        criterion,
        if count >= 1 {
            Status::Met
        } else {
            Status::NotMet
        },
        Value::Count(count),
        Value::AtLeast(1),
    )
}

/// Kiểm tra chỉ tiêu lựa chọn — check one year's selections against the quotas of every
/// district in `districts` and of the provincial police.
///
/// Errors (subject: the selection procedure or the unit): a year not decided under three tiers
/// (or before 2023), no districts, a district listed twice, a selection by an unknown district,
/// a residential area selected, a commune selected by the provincial police, a unit selected
/// twice.
///
/// # Errors
///
/// Listed above: each names the selection procedure or the unit and the field.
pub fn check_selection(
    year: i32,
    districts: &[String],
    selections: &[Selection],
) -> Result<SelectionReport, Error> {
    let proc = || Subject::Procedure("model_unit_selection".to_owned());
    if year < FIRST_YEAR || Regime::for_year(year) != Regime::ThreeTier {
        return Err(Error::invalid(
            proc(),
            "year",
            "a year decided under three-tier government (2023–2024)",
            year,
        ));
    }
    if districts.is_empty() {
        return Err(Error::missing(proc(), "districts", "at least one district"));
    }
    for (i, d) in districts.iter().enumerate() {
        if districts[..i].contains(d) {
            return Err(Error::duplicate(proc(), "districts", d));
        }
    }
    let mut seen: Vec<&UnitId> = Vec::with_capacity(selections.len());
    let mut communes = vec![0u64; districts.len()];
    let mut orgs = vec![0u64; districts.len()];
    let mut police = 0u64;
    for s in selections {
        let unit = || Subject::Unit(s.unit.clone());
        if seen.contains(&&s.unit) {
            return Err(Error::duplicate(proc(), "selections.unit", &s.unit));
        }
        seen.push(&s.unit);
        if s.kind == KindTag::ResidentialArea {
            return Err(Error::invalid(
                unit(),
                "kind",
                "commune, agency, enterprise or school",
                "residential_area",
            ));
        }
        match &s.selected_by {
            Selector::District(d) => {
                let i = districts
                    .iter()
                    .position(|x| x == d)
                    .ok_or_else(|| Error::unknown(unit(), "selected_by", d))?;
                if s.kind == KindTag::Commune {
                    communes[i] += 1;
                } else {
                    orgs[i] += 1;
                }
            }
            Selector::ProvincialPolice => {
                if s.kind == KindTag::Commune {
                    return Err(Error::invalid(
                        unit(),
                        "kind",
                        "agency, enterprise or school (the provincial police select among units they manage)",
                        "commune",
                    ));
                }
                police += 1;
            }
        }
    }
    let mut checks = Vec::with_capacity(districts.len() + 1);
    for (i, d) in districts.iter().enumerate() {
        let findings = vec![
            quota(&DISTRICT_COMMUNE, communes[i]),
            quota(&DISTRICT_ORGANISATION, orgs[i]),
        ];
        checks.push(QuotaCheck {
            selector: Selector::District(d.clone()),
            met: findings.iter().all(|f| f.status == Status::Met),
            findings,
        });
    }
    let f = quota(&POLICE_ORGANISATION, police);
    checks.push(QuotaCheck {
        selector: Selector::ProvincialPolice,
        met: f.status == Status::Met,
        findings: vec![f],
    });
    Ok(SelectionReport { year, checks })
}
