//! Điều kiện đăng ký xây dựng điển hình — who may register to build a model unit in year Y
//! (Bắc Kạn 3/2023 §1): recognised "An toàn về ANTT" (TT124) **and** classified Khá or better (QĐ510) in
//! year Y − 1. Each condition is its own finding, so a refusal always says which one failed.
//!
//! This is a provincial rule (Bắc Kạn, three-tier era); a province that does not ask for it
//! (Sơn La 2026 has every commune register) simply does not call this check.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Source};
use crate::explain::{Criterion, Decision, Describe, Finding, Lang, Status, Value};
use crate::outcome::{MovementClass, SafetyOutcome};
use crate::unit::UnitId;

/// Recognised "An toàn về ANTT" in the previous year (Bắc Kạn 3/2023 §1, TT124).
pub static PREV_SAFETY: Criterion = Criterion {
    id: Cow::Borrowed("bac_kan_2023.1.previous_year_safe"),
    source: Source::provincial(Citation::doc_section(
        &crate::provinces::documents::BAC_KAN_UBND_2023,
        "1",
    )),
    vi: Cow::Borrowed("Năm trước đạt tiêu chuẩn \"An toàn về ANTT\""),
    en: Cow::Borrowed("Recognised \"An toàn về ANTT\" in the previous year"),
};

/// Classified Khá or better in the previous year's movement classification (Bắc Kạn 3/2023 §1, QĐ510).
pub static PREV_CLASS: Criterion = Criterion {
    id: Cow::Borrowed("bac_kan_2023.1.previous_year_kha_or_better"),
    source: Source::provincial(Citation::doc_section(
        &crate::provinces::documents::BAC_KAN_UBND_2023,
        "1",
    )),
    vi: Cow::Borrowed("Năm trước phong trào được phân loại Khá trở lên"),
    en: Cow::Borrowed("Movement classified Khá (good) or better in the previous year"),
};

/// Kết quả năm trước — the previous year's results of one unit, as the year pipeline records
/// them. Missing values make the check "unknown", never a silent pass.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct PreviousYear {
    /// The TT124 outcome of the previous year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety: Option<SafetyOutcome>,
    /// The QĐ510 class of the previous year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<MovementClass>,
    /// Whether the unit held the model-unit title in the previous year (informational here;
    /// read by the roadmap's status tracking).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_unit: Option<bool>,
}

/// Kết quả kiểm tra điều kiện đăng ký — may the unit register to build a model unit?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrerequisiteOutcome {
    /// Đủ điều kiện đăng ký.
    Eligible,
    /// Không đủ điều kiện — at least one condition not met (each listed).
    NotEligible,
    /// Chưa đủ dữ liệu — no condition failed but a previous-year result is missing.
    CannotDecide,
}

impl PrerequisiteOutcome {
    /// Whether the unit may register.
    pub fn is_eligible(self) -> bool {
        self == PrerequisiteOutcome::Eligible
    }
}

impl Describe for PrerequisiteOutcome {
    fn describe(&self, lang: Lang) -> Cow<'static, str> {
        Cow::Borrowed(match (self, lang) {
            (PrerequisiteOutcome::Eligible, Lang::Vi) => "đủ điều kiện đăng ký xây dựng điển hình",
            (PrerequisiteOutcome::Eligible, Lang::En) => "may register to build a model unit",
            (PrerequisiteOutcome::NotEligible, Lang::Vi) => {
                "chưa đủ điều kiện đăng ký xây dựng điển hình"
            }
            (PrerequisiteOutcome::NotEligible, Lang::En) => {
                "may not register to build a model unit"
            }
            (PrerequisiteOutcome::CannotDecide, Lang::Vi) => {
                "chưa đủ dữ liệu năm trước để xét điều kiện đăng ký"
            }
            (PrerequisiteOutcome::CannotDecide, Lang::En) => {
                "cannot decide yet (previous year's results missing)"
            }
        })
    }
}

/// Kiểm tra điều kiện đăng ký — may `unit` register to build a model unit this year, given its
/// results of the previous year?
///
/// - "An toàn về ANTT": met only when the previous outcome is `Recognised`; not subject, excluded
///   from review or not recognised are each "not met" (observed shows which); `CannotDecide` or a
///   missing outcome is "unknown".
/// - Class: met when Khá or Xuất sắc; Trung bình or Yếu is "not met"; missing is "unknown".
pub fn check_prerequisites(unit: &UnitId, prev: &PreviousYear) -> Decision<PrerequisiteOutcome> {
    let safety = match &prev.safety {
        None => Finding::new(&PREV_SAFETY, Status::Unknown, Value::None, recognised()),
        Some(o) => {
            let status = match o {
                SafetyOutcome::Recognised => Status::Met,
                SafetyOutcome::CannotDecide => Status::Unknown,
                _ => Status::NotMet,
            };
            Finding::new(
                &PREV_SAFETY,
                status,
                Value::Text(Cow::Borrowed(o.code())),
                recognised(),
            )
        }
    };
    let class = match prev.class {
        None => Finding::new(&PREV_CLASS, Status::Unknown, Value::None, kha()),
        Some(c) => Finding::new(
            &PREV_CLASS,
            if c.at_least_kha() {
                Status::Met
            } else {
                Status::NotMet
            },
            Value::Text(Cow::Borrowed(c.name_vi())),
            kha(),
        ),
    };
    let outcome = if safety.status == Status::NotMet || class.status == Status::NotMet {
        PrerequisiteOutcome::NotEligible
    } else if safety.status == Status::Met && class.status == Status::Met {
        PrerequisiteOutcome::Eligible
    } else {
        PrerequisiteOutcome::CannotDecide
    };
    Decision {
        unit: unit.clone(),
        outcome,
        findings: vec![safety, class],
    }
}

fn recognised() -> Value {
    Value::Text(Cow::Borrowed("recognised"))
}

fn kha() -> Value {
    Value::Text(Cow::Borrowed("Khá trở lên"))
}
