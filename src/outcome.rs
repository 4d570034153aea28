//! The outcomes each instrument produces — the shared vocabulary of later stages.
//!
//! "Not subject" ≠ "excluded from review" ≠ "not recognised" ≠ "recognised": each means what
//! the law means, and later stages (classification, model units, aggregates) read them.
//!
//! ```
//! use antq::law::tt124::Facts;
//! use antq::outcome::NotSubjectReason;
//! use antq::unit::{ManagingLevel, Unit, UnitKind};
//! use antq::{Policy, SafetyOutcome};
//! let barracks = Unit::new("ql-1", "Đơn vị A", UnitKind::armed_forces_agency(), ManagingLevel::Province);
//! let d = Policy::national().decide_safety(&barracks, 2026, &Facts::comfortably_met()).unwrap();
//! assert!(matches!(d.outcome, SafetyOutcome::NotSubject(NotSubjectReason::ArmedForces)));
//! assert!(!d.outcome.is_subject());
//! ```

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::explain::{Describe, Lang};

/// Lý do không thuộc đối tượng — why a unit is outside TT124 altogether (Đ1 k2 b).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NotSubjectReason {
    /// Cơ quan, đơn vị lực lượng vũ trang.
    ArmedForces,
    /// Doanh nghiệp siêu nhỏ (NĐ80 Đ5 k1).
    MicroEnterprise,
    /// Doanh nghiệp nhỏ (NĐ80 Đ5 k2).
    SmallEnterprise,
    /// Cơ sở giáo dục tiểu học.
    PrimarySchool,
    /// Cơ sở giáo dục mầm non.
    Preschool,
    /// Nhà trẻ.
    Creche,
}

/// Lý do không xét — why a subject unit is not reviewed this year.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "reason", content = "id")]
#[non_exhaustive]
pub enum ExclusionReason {
    /// Không đăng ký phấn đấu — the unit did not register in Q1.
    NotRegistered,
    /// Hồ sơ thiếu — a required document is missing (document id).
    MissingDocument(Cow<'static, str>),
    /// Loại trừ theo quy định của tỉnh (TT124 Đ8 k1) — the provincial rule's id.
    ProvincialExclusion(Cow<'static, str>),
}

/// Kết quả xét "An toàn về ANTT" — the TT124 outcome for one unit and year.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "outcome", content = "reason")]
#[non_exhaustive]
pub enum SafetyOutcome {
    /// Không thuộc đối tượng áp dụng (Đ1 k2).
    NotSubject(NotSubjectReason),
    /// Thuộc đối tượng nhưng không được xét năm nay.
    ExcludedFromReview(ExclusionReason),
    /// Chưa đạt — at least one criterion not met (each listed in the findings).
    NotRecognised,
    /// Đạt — every criterion met.
    Recognised,
    /// Chưa đủ dữ liệu để quyết định — facts missing (each listed as unknown).
    CannotDecide,
}

impl SafetyOutcome {
    /// Whether the unit is recognised "An toàn về ANTT".
    pub fn is_recognised(&self) -> bool {
        *self == SafetyOutcome::Recognised
    }

    /// Whether the unit is subject to the standard at all.
    pub fn is_subject(&self) -> bool {
        !matches!(self, SafetyOutcome::NotSubject(_))
    }

    /// A stable code for tables and counts.
    pub fn code(&self) -> &'static str {
        match self {
            SafetyOutcome::NotSubject(_) => "not_subject",
            SafetyOutcome::ExcludedFromReview(_) => "excluded_from_review",
            SafetyOutcome::NotRecognised => "not_recognised",
            SafetyOutcome::Recognised => "recognised",
            SafetyOutcome::CannotDecide => "cannot_decide",
        }
    }
}

impl Describe for SafetyOutcome {
    fn describe(&self, lang: Lang) -> Cow<'static, str> {
        let s: &'static str = match (self, lang) {
            (SafetyOutcome::NotSubject(r), Lang::Vi) => {
                return Cow::Owned(format!(
                    "không thuộc đối tượng áp dụng ({})",
                    r.describe(lang)
                ))
            }
            (SafetyOutcome::NotSubject(r), Lang::En) => {
                return Cow::Owned(format!(
                    "not subject to the standard ({})",
                    r.describe(lang)
                ))
            }
            (SafetyOutcome::ExcludedFromReview(r), _) => return r.describe(lang),
            (SafetyOutcome::NotRecognised, Lang::Vi) => "chưa đạt tiêu chuẩn \"An toàn về ANTT\"",
            (SafetyOutcome::NotRecognised, Lang::En) => "not recognised \"An toàn về ANTT\"",
            (SafetyOutcome::Recognised, Lang::Vi) => "đạt tiêu chuẩn \"An toàn về ANTT\"",
            (SafetyOutcome::Recognised, Lang::En) => "recognised \"An toàn về ANTT\"",
            (SafetyOutcome::CannotDecide, Lang::Vi) => "chưa đủ dữ liệu để xét",
            (SafetyOutcome::CannotDecide, Lang::En) => "cannot decide yet (facts missing)",
        };
        Cow::Borrowed(s)
    }
}

impl Describe for NotSubjectReason {
    fn describe(&self, lang: Lang) -> Cow<'static, str> {
        Cow::Borrowed(match (self, lang) {
            (NotSubjectReason::ArmedForces, Lang::Vi) => "đơn vị lực lượng vũ trang",
            (NotSubjectReason::MicroEnterprise, Lang::Vi) => "doanh nghiệp siêu nhỏ",
            (NotSubjectReason::SmallEnterprise, Lang::Vi) => "doanh nghiệp nhỏ",
            (NotSubjectReason::PrimarySchool, Lang::Vi) => "cơ sở giáo dục tiểu học",
            (NotSubjectReason::Preschool, Lang::Vi) => "cơ sở giáo dục mầm non",
            (NotSubjectReason::Creche, Lang::Vi) => "nhà trẻ",
            (NotSubjectReason::ArmedForces, Lang::En) => "armed-forces unit",
            (NotSubjectReason::MicroEnterprise, Lang::En) => "micro enterprise",
            (NotSubjectReason::SmallEnterprise, Lang::En) => "small enterprise",
            (NotSubjectReason::PrimarySchool, Lang::En) => "primary school",
            (NotSubjectReason::Preschool, Lang::En) => "pre-school",
            (NotSubjectReason::Creche, Lang::En) => "crèche",
        })
    }
}

impl Describe for ExclusionReason {
    fn describe(&self, lang: Lang) -> Cow<'static, str> {
        match (self, lang) {
            (ExclusionReason::NotRegistered, Lang::Vi) => {
                Cow::Borrowed("không xét: chưa đăng ký phấn đấu")
            }
            (ExclusionReason::NotRegistered, Lang::En) => {
                Cow::Borrowed("not reviewed: did not register")
            }
            (ExclusionReason::MissingDocument(d), Lang::Vi) => {
                Cow::Owned(format!("không xét: hồ sơ thiếu `{d}`"))
            }
            (ExclusionReason::MissingDocument(d), Lang::En) => {
                Cow::Owned(format!("not reviewed: dossier lacks `{d}`"))
            }
            (ExclusionReason::ProvincialExclusion(r), Lang::Vi) => {
                Cow::Owned(format!("không xét theo quy định của tỉnh (`{r}`)"))
            }
            (ExclusionReason::ProvincialExclusion(r), Lang::En) => {
                Cow::Owned(format!("not reviewed under a provincial rule (`{r}`)"))
            }
        }
    }
}

/// Xếp loại phong trào — the movement class of QĐ510, ordered worst to best
/// (`Yeu < TrungBinh < Kha < XuatSac`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MovementClass {
    /// Yếu — weak.
    Yeu,
    /// Trung bình — average.
    TrungBinh,
    /// Khá — good.
    Kha,
    /// Xuất sắc — excellent.
    XuatSac,
}

impl MovementClass {
    /// All classes, best first.
    pub const BEST_FIRST: [MovementClass; 4] = [
        MovementClass::XuatSac,
        MovementClass::Kha,
        MovementClass::TrungBinh,
        MovementClass::Yeu,
    ];

    /// "Khá trở lên" — Khá or better.
    pub fn at_least_kha(self) -> bool {
        self >= MovementClass::Kha
    }

    /// Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            MovementClass::XuatSac => "Xuất sắc",
            MovementClass::Kha => "Khá",
            MovementClass::TrungBinh => "Trung bình",
            MovementClass::Yeu => "Yếu",
        }
    }

    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            MovementClass::XuatSac => "Excellent",
            MovementClass::Kha => "Good",
            MovementClass::TrungBinh => "Average",
            MovementClass::Yeu => "Weak",
        }
    }
}

impl Describe for MovementClass {
    fn describe(&self, lang: Lang) -> Cow<'static, str> {
        Cow::Borrowed(match lang {
            Lang::Vi => self.name_vi(),
            Lang::En => self.name_en(),
        })
    }
}
