//! Điển hình — what the model-unit decision reads and gives: the unit's facts, the outcome,
//! and the decision's own criteria (eligible kind, registration, every criterion met).

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Instrument, Source};
use crate::explain::{Criterion, Describe, Lang};

/// Kinds eligible for the model-unit title: communes (xã, phường, đặc khu), agencies,
/// enterprises and schools — not residential areas (Sơn La …/UBND-NC §3; Sơn La PC Office plan names QĐ3554's scope).
pub static ELIGIBLE_KIND: Criterion = Criterion {
    id: Cow::Borrowed("qd3554.eligible_kind"),
    source: Source::reported(Citation::instrument(Instrument::Qd3554)),
    vi: Cow::Borrowed("Loại đơn vị được xây dựng điển hình (xã, phường, đặc khu, cơ quan, doanh nghiệp, cơ sở giáo dục)"),
    en: Cow::Borrowed("Kind of unit that can become a model unit (commune, agency, enterprise, school)"),
};

/// Registered to build a model unit this year (QĐ3554 era: Sơn La …/UBND-NC §3a, KH10).
pub static REGISTERED: Criterion = Criterion {
    id: Cow::Borrowed("qd3554.registered"),
    source: Source::reported(Citation::instrument(Instrument::Qd3554)),
    vi: Cow::Borrowed("Đã đăng ký xây dựng đơn vị điển hình trong năm"),
    en: Cow::Borrowed("Registered to build a model unit this year"),
};

/// Registered to build a model unit this year (QĐ9745 era: Bắc Kạn 3/2023 §1, registration in Q1).
pub static REGISTERED_QD9745: Criterion = Criterion {
    id: Cow::Borrowed("qd9745.registered"),
    source: Source::reported(Citation::instrument(Instrument::Qd9745)),
    vi: Cow::Borrowed("Đã đăng ký xây dựng đơn vị điển hình trong quý I"),
    en: Cow::Borrowed("Registered in the first quarter to build a model unit"),
};

/// Every criterion of the catalogue is met — QĐ3554: 12 criteria in 4 groups, all required
/// (Sơn La PC Office plan §II).
pub static ALL_MET: Criterion = Criterion {
    id: Cow::Borrowed("qd3554.all_criteria_met"),
    source: Source::reported(Citation::instrument(Instrument::Qd3554)),
    vi: Cow::Borrowed("Đạt đủ tất cả tiêu chí của Bộ tiêu chí"),
    en: Cow::Borrowed("Every criterion of the catalogue met"),
};

/// Every criterion of the catalogue is met — QĐ9745 era (Bắc Kạn 3/2023 §1: units meeting all criteria
/// are proposed).
pub static ALL_MET_QD9745: Criterion = Criterion {
    id: Cow::Borrowed("qd9745.all_criteria_met"),
    source: Source::reported(Citation::instrument(Instrument::Qd9745)),
    vi: Cow::Borrowed("Đạt đủ tất cả tiêu chí của Bộ tiêu chí tạm thời"),
    en: Cow::Borrowed("Every criterion of the provisional catalogue met"),
};

/// Dữ liệu xét điển hình — one unit's facts for one year: whether it registered and, per
/// criterion id of the catalogue in force, whether the criterion is met. A criterion left out
/// is "unknown"; an id that is not in the catalogue is an error.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct ModelUnitFacts {
    /// Đăng ký xây dựng điển hình — registered to build a model unit this year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered: Option<bool>,
    /// Criterion id → met.
    #[serde(default, deserialize_with = "crate::strict::unique_map")]
    pub criteria: BTreeMap<String, bool>,
}

/// Kết quả xét điển hình — the model-unit outcome for one unit and year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ModelUnitOutcome {
    /// Không thuộc diện — residential areas have no model-unit title.
    NotEligible,
    /// Không xét — the unit did not register this year.
    NotRegistered,
    /// Chưa đạt — at least one criterion not met.
    NotRecognised,
    /// Đạt điển hình — every criterion met.
    Recognised,
    /// Chưa đủ dữ liệu — no criterion failed but some facts are missing.
    CannotDecide,
}

impl ModelUnitOutcome {
    /// Whether the unit is recognised as a model unit.
    pub fn is_recognised(self) -> bool {
        self == ModelUnitOutcome::Recognised
    }

    /// A stable code for tables and counts.
    pub fn code(self) -> &'static str {
        match self {
            ModelUnitOutcome::NotEligible => "not_eligible",
            ModelUnitOutcome::NotRegistered => "not_registered",
            ModelUnitOutcome::NotRecognised => "not_recognised",
            ModelUnitOutcome::Recognised => "recognised",
            ModelUnitOutcome::CannotDecide => "cannot_decide",
        }
    }
}

impl Describe for ModelUnitOutcome {
    fn describe(&self, lang: Lang) -> Cow<'static, str> {
        Cow::Borrowed(match (self, lang) {
            (ModelUnitOutcome::NotEligible, Lang::Vi) => {
                "không thuộc diện xây dựng điển hình (khu dân cư)"
            }
            (ModelUnitOutcome::NotEligible, Lang::En) => {
                "not eligible for the model-unit title (residential area)"
            }
            (ModelUnitOutcome::NotRegistered, Lang::Vi) => {
                "không xét điển hình: chưa đăng ký xây dựng"
            }
            (ModelUnitOutcome::NotRegistered, Lang::En) => {
                "not reviewed as a model unit: did not register"
            }
            (ModelUnitOutcome::NotRecognised, Lang::Vi) => "chưa đạt tiêu chí điển hình",
            (ModelUnitOutcome::NotRecognised, Lang::En) => "not recognised as a model unit",
            (ModelUnitOutcome::Recognised, Lang::Vi) => "đạt tiêu chí điển hình",
            (ModelUnitOutcome::Recognised, Lang::En) => "recognised as a model unit",
            (ModelUnitOutcome::CannotDecide, Lang::Vi) => "chưa đủ dữ liệu để xét điển hình",
            (ModelUnitOutcome::CannotDecide, Lang::En) => {
                "cannot decide the model-unit title yet (facts missing)"
            }
        })
    }
}
