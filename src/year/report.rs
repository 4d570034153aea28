//! Báo cáo năm — the documented, versioned report of a year's evaluation.
//!
//! Per unit the report keeps the outcomes and only the findings a reader must act on (not met,
//! unknown); the criteria those findings cite are listed once, in `criteria`. Provisional values
//! used anywhere are counted in `provisional`. Units are sorted by id, so the report does not
//! depend on the input's order.

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::authority::{Body, Procedure};
use crate::calendar::CalendarEntry;
use crate::explain::{CriterionRef, Status, Value};
use crate::law::qd3554::{ModelUnitOutcome, PrerequisiteOutcome};
use crate::law::qd510::TargetCheck;
use crate::law::tt124::UnitCounts;
use crate::models::ModelAction;
use crate::outcome::{MovementClass, SafetyOutcome};
use crate::regime::Regime;
use crate::roadmap::{Candidate, LostStatus, Need, TargetProgress};
use crate::unit::{KindTag, ManagingLevel, UnitId};

/// The version of the report schema this crate writes: 2 since the routing of each unit moved
/// to the per-body dockets ([`BodySummary::unit_ids`]).
pub const REPORT_SCHEMA_VERSION: u32 = 2;

/// Vấn đề — a finding a reader must act on: not met, or not known yet.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Issue {
    /// The criterion's id (its citation and labels are in [`Report::criteria`]).
    pub criterion: Cow<'static, str>,
    /// Not met or unknown.
    pub status: Status,
    /// What the facts show.
    #[serde(default, skip_serializing_if = "is_none_value")]
    pub observed: Value,
    /// What the rule requires.
    #[serde(default, skip_serializing_if = "is_none_value")]
    pub required: Value,
}

/// `part / total` as a percentage rounded to `dp` decimals; 0 when `total` is 0.
pub(crate) fn share_percent(part: u64, total: u64, dp: u32) -> Decimal {
    if total == 0 {
        return Decimal::ZERO;
    }
    (Decimal::from(part) * Decimal::ONE_HUNDRED / Decimal::from(total)).round_dp(dp)
}

fn is_none_value(v: &Value) -> bool {
    *v == Value::None
}

/// Điểm và xếp loại — a unit's QĐ510 result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ClassSummary {
    /// Total points (0..=100).
    pub total: u32,
    /// Class.
    pub class: MovementClass,
    /// Items with no points given (the class is then a lower bound).
    pub unscored_items: u32,
    /// Whether a provisional value entered the result.
    pub provisional: bool,
}

/// Điển hình — a unit's QĐ3554 result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ModelUnitSummary {
    /// Prerequisites from last year, when the policy asks for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prerequisites: Option<PrerequisiteOutcome>,
    /// The model-unit outcome.
    pub outcome: ModelUnitOutcome,
    /// Catalogue criteria not met or unknown.
    pub unmet: u32,
}

/// Mô hình — a unit's movement-model review.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ModelsSummary {
    /// Whether the unit meets the model requirement.
    pub requirement: Status,
    /// Effective models.
    pub effective: u32,
    /// One action per model, in input order.
    pub actions: Vec<ModelAction>,
}

/// Kết quả một đơn vị — everything decided about one unit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct UnitReport {
    /// Unit id.
    pub id: UnitId,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: KindTag,
    /// The commune it sits in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commune: Option<UnitId>,
    /// The district it sits in (three-tier years).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    /// Managing level (after delegation).
    pub level: ManagingLevel,
    /// TT124 outcome.
    pub safety: SafetyOutcome,
    /// TT124 findings not met or unknown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub safety_issues: Vec<Issue>,
    /// QĐ510 result (`None`: not subject, or not scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<ClassSummary>,
    /// QĐ510 findings not met or unknown (deductions applied, items not scored).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub classification_issues: Vec<Issue>,
    /// QĐ3554 result, for units building a model unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_unit: Option<ModelUnitSummary>,
    /// Model-unit findings not met or unknown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub model_unit_issues: Vec<Issue>,
    /// Movement-model review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub models: Option<ModelsSummary>,
    /// The body that decides "An toàn về ANTT" (subject units). Not written with the unit:
    /// the report (schema version 2) lists the unit on that body's docket
    /// ([`BodySummary::unit_ids`]), and reading a report fills it back from there.
    #[serde(skip)]
    pub recognised_by: Option<Body>,
    /// The body that decides the movement class (subject units); on its docket, like
    /// [`UnitReport::recognised_by`].
    #[serde(skip)]
    pub classified_by: Option<Body>,
    /// Last day of the "An toàn" decision (the docket's deadline).
    #[serde(skip)]
    pub deadline: Option<NaiveDate>,
    /// Last day of the classification decision (the docket's deadline).
    #[serde(skip)]
    pub classification_deadline: Option<NaiveDate>,
}

/// Tổng hợp cấp xã — one commune and its units.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CommuneSummary {
    /// Commune id.
    pub id: UnitId,
    /// Name.
    pub name: String,
    /// The commune's own TT124 outcome.
    pub outcome: SafetyOutcome,
    /// Đ5 k4 counts of its units.
    pub units: UnitCounts,
    /// Recognised share of its units (%), two decimals.
    pub recognised_share: Decimal,
    /// Recognised units above (+) or below (−) the 70% line.
    pub margin: i64,
    /// Its units' classes.
    pub classes: BTreeMap<MovementClass, u32>,
    /// Not recognised, undecided, or within one unit of the 70% line.
    pub at_risk: bool,
}

/// Tổng hợp theo cơ quan quyết định — one deciding body's docket.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BodySummary {
    /// The procedure.
    pub procedure: Procedure,
    /// The body.
    pub body: Body,
    /// Where it sits: a commune id, a district name, `province` or `ministry`.
    pub jurisdiction: String,
    /// Last day for its decisions.
    pub deadline: NaiveDate,
    /// Units on its docket with a decision to take (for classification: those scored).
    pub units: u32,
    /// Of which recognised (safety) — or classified Khá or better (classification).
    pub favourable: u32,
    /// Every unit routed to this body for this procedure and deadline, by id — for
    /// classification also the units not scored yet (still the body's to classify). This is
    /// where a unit's [`UnitReport::recognised_by`] / [`UnitReport::deadline`] (or
    /// `classified_by` / `classification_deadline`) are written (schema version 2).
    pub unit_ids: Vec<UnitId>,
}

/// Một giá trị tạm thời đã dùng — a provisional criterion (or provisional part of the policy,
/// such as a class target or a calendar date) and how many decisions or report entries used it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ProvisionalUse {
    /// The provisional criterion.
    pub criterion: CriterionRef,
    /// Decisions that used it.
    pub decisions: u64,
}

/// Lộ trình — the roadmap section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoadmapSection {
    /// The roadmap's name.
    pub name: String,
    /// Each target of the year: achieved, required, shortfall.
    pub progress: Vec<TargetProgress>,
    /// Targets of the year not measured because their category has no units here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<String>,
    /// How many more units of which category.
    pub needs: Vec<Need>,
    /// Registered units closest to qualifying as model units.
    pub closest: Vec<Candidate>,
    /// Units that lost the title and must rebuild it.
    pub must_rebuild: Vec<LostStatus>,
    /// Achieved model-unit share (%) per category and year so far, for the chart.
    pub history: BTreeMap<String, BTreeMap<i32, Decimal>>,
}

/// Số liệu tổng — counts for the whole province.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Totals {
    /// Units evaluated.
    pub units: u64,
    /// Per kind, per TT124 outcome code.
    pub safety: BTreeMap<KindTag, BTreeMap<String, u64>>,
    /// Per kind, per class.
    pub classes: BTreeMap<KindTag, BTreeMap<MovementClass, u64>>,
    /// Subject units not classified (not scored).
    pub unclassified: u64,
    /// Per model-unit outcome code.
    pub model_units: BTreeMap<String, u64>,
}

/// Báo cáo năm — the whole report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "super::report_wire::ReportWire")]
pub struct Report {
    /// Schema version ([`REPORT_SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// Province (or commune) evaluated.
    pub province: String,
    /// Year evaluated.
    pub year: i32,
    /// Whether the input was synthetic.
    pub synthetic: bool,
    /// Policy applied.
    pub policy: String,
    /// Regime of the year.
    pub regime: Regime,
    /// Counts.
    pub totals: Totals,
    /// Communes, sorted by id.
    pub communes: Vec<CommuneSummary>,
    /// Deciding bodies, sorted by deadline, procedure, body, jurisdiction.
    pub bodies: Vec<BodySummary>,
    /// Roadmap progress, when the policy has a roadmap covering the year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roadmap: Option<RoadmapSection>,
    /// Class targets of the policy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub class_targets: Vec<TargetCheck>,
    /// The year's calendar.
    pub calendar: Vec<CalendarEntry>,
    /// Provisional values used, with how many decisions used each (never silent).
    pub provisional: Vec<ProvisionalUse>,
    /// Every criterion cited by an issue, by id.
    pub criteria: BTreeMap<Cow<'static, str>, CriterionRef>,
    /// Every unit, sorted by id.
    pub units: Vec<UnitReport>,
    /// How to reproduce the report: crate version, province file and input hashes. Set by the
    /// program that read the files (the `antq` program always sets it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit: Option<Audit>,
}

/// Dấu vết kiểm tra — what a report was computed from, so that it can be reproduced.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Audit {
    /// Version of the `antq` library that decided.
    pub crate_version: String,
    /// The province file (or preset) applied: its name.
    pub province: String,
    /// Where the province came from: a file path, or `preset:<name>`.
    pub province_source: String,
    /// SHA-256 (hex) of the province file's bytes; for a preset, of its canonical JSON.
    pub province_sha256: String,
    /// The input as given: a file name, or a folder of CSV files.
    pub input: String,
    /// SHA-256 (hex) of the input's bytes (a folder: of each file's name and bytes, by name).
    pub input_sha256: String,
}

impl Audit {
    /// An audit record with this crate's version.
    pub fn new(
        province: impl Into<String>,
        province_source: impl Into<String>,
        province_sha256: impl Into<String>,
        input: impl Into<String>,
        input_sha256: impl Into<String>,
    ) -> Audit {
        Audit {
            crate_version: env!("CARGO_PKG_VERSION").to_owned(),
            province: province.into(),
            province_source: province_source.into(),
            province_sha256: province_sha256.into(),
            input: input.into(),
            input_sha256: input_sha256.into(),
        }
    }
}

use super::report_lists::csv_field;
pub use super::report_lists::{ProposalEntry, ProposalList, ScoreList, ScoreListEntry, CSV_BOM};

impl UnitReport {
    /// Where `body` sits for this unit — the commune, district, province or ministry whose
    /// docket and score list the unit is on.
    pub fn jurisdiction(&self, body: Body) -> &str {
        match body.level() {
            ManagingLevel::Commune => self.commune.as_ref().unwrap_or(&self.id).as_str(),
            ManagingLevel::District => self.district.as_deref().unwrap_or("district"),
            ManagingLevel::Province => "province",
            ManagingLevel::Ministry => "ministry",
        }
    }

    /// [`UnitReport::jurisdiction`] as bytes: a commune's id is not checked as UTF-8 again.
    pub(crate) fn jurisdiction_bytes(&self, body: Body) -> &[u8] {
        match body.level() {
            ManagingLevel::Commune => self.commune.as_ref().unwrap_or(&self.id).as_bytes(),
            _ => self.jurisdiction(body).as_bytes(),
        }
    }
}

impl Report {
    /// The QĐ510 Đ11 k2 score lists, one per classifying body and jurisdiction, units by id.
    pub fn score_lists(&self) -> Vec<ScoreList> {
        let mut lists: BTreeMap<(Body, String), Vec<ScoreListEntry>> = BTreeMap::new();
        for u in &self.units {
            let (Some(body), Some(c)) = (u.classified_by, &u.classification) else {
                continue;
            };
            lists
                .entry((body, u.jurisdiction(body).to_owned()))
                .or_default()
                .push(ScoreListEntry {
                    id: u.id.clone(),
                    name: u.name.clone(),
                    kind: u.kind,
                    total: c.total,
                    class: c.class,
                    provisional: c.provisional,
                });
        }
        lists
            .into_iter()
            .map(|((body, jurisdiction), entries)| ScoreList {
                body,
                jurisdiction,
                entries,
            })
            .collect()
    }

    /// Tên địa bàn — a jurisdiction as a person reads it: the commune's name, "huyện …",
    /// the province, or the Ministry.
    pub fn jurisdiction_name(&self, jurisdiction: &str, lang: crate::explain::Lang) -> String {
        use crate::explain::Lang;
        match jurisdiction {
            "province" => match lang {
                Lang::Vi => format!("cấp tỉnh ({})", self.province),
                Lang::En => format!("province ({})", self.province),
            },
            "ministry" => match lang {
                Lang::Vi => "Bộ Công an".to_owned(),
                Lang::En => "Ministry of Public Security".to_owned(),
            },
            other => self
                .communes
                .binary_search_by(|c| c.id.as_str().cmp(other))
                .map_or_else(|_| other.to_owned(), |i| self.communes[i].name.clone()),
        }
    }

    /// Danh sách đề nghị công nhận — per deadline, "An toàn" deciding body and jurisdiction,
    /// the units recognised (proposed for the decision), by id; bodies with none are left out.
    /// A commune's People's Committee has two lists: residential areas (decided before 15/11)
    /// and the other units (before 20/11).
    pub fn proposal_lists(&self) -> Vec<ProposalList> {
        let mut lists: BTreeMap<(NaiveDate, Body, String), Vec<ProposalEntry>> = BTreeMap::new();
        for u in &self.units {
            let (Some(body), Some(deadline)) = (u.recognised_by, u.deadline) else {
                continue;
            };
            if !u.safety.is_recognised() {
                continue;
            }
            lists
                .entry((deadline, body, u.jurisdiction(body).to_owned()))
                .or_default()
                .push(ProposalEntry {
                    id: u.id.clone(),
                    name: u.name.clone(),
                    kind: u.kind,
                });
        }
        lists
            .into_iter()
            .map(|((deadline, body, jurisdiction), entries)| ProposalList {
                body,
                jurisdiction,
                deadline,
                entries,
            })
            .collect()
    }

    /// The QĐ510 Đ11 k2 score lists as one CSV table an office can open: UTF-8 with BOM,
    /// Vietnamese headers, one row per unit with its deciding body and jurisdiction by name,
    /// RFC 4180 quoting, no comment lines.
    pub fn score_lists_csv(&self) -> String {
        let mut s = String::from(CSV_BOM);
        s.push_str("Cơ quan quyết định,Địa bàn,Mã đơn vị,Tên đơn vị,Loại đơn vị,Tổng điểm,Xếp loại,Có giá trị tạm thời\n");
        for l in self.score_lists() {
            let place = self.jurisdiction_name(&l.jurisdiction, crate::explain::Lang::Vi);
            for e in &l.entries {
                let cells = [
                    l.body.name_vi(),
                    &place,
                    e.id.as_str(),
                    &e.name,
                    e.kind.name_vi(),
                    &e.total.to_string(),
                    e.class.name_vi(),
                    if e.provisional { "có" } else { "không" },
                ];
                for (i, c) in cells.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    s.push_str(&csv_field(c));
                }
                s.push('\n');
            }
        }
        s
    }

    /// A unit's report by id (units are sorted by id).
    pub fn unit(&self, id: &str) -> Option<&UnitReport> {
        self.units
            .binary_search_by(|u| u.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.units[i])
    }
}
