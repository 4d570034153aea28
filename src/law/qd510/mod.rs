//! Xếp loại phong trào theo điểm — movement classification by points (Quyết định
//! 510/QĐ-BCA-V05).
//!
//! Each year every unit gets points out of 100 and a class: Xuất sắc, Khá, Trung bình or Yếu.
//! Most of QĐ510's point tables are not available, so this module is a points engine driven by
//! data:
//!
//! * [`sheet`] — [`ScoreSheet`]: items (with sub-items), deductions and class bands for one unit
//!   kind, validated on load (maxima sum to 100, bands partition 0–100, unique ids), loadable
//!   from JSON; [`SheetSet`] holds one sheet per kind.
//! * [`builtin`] — what is known, with provenance: Đ7 k1–k4 a for agencies, enterprises and
//!   schools (reported); 50 points for being recognised "An toàn về ANTT" (Đ8 k10 c, Sơn La …/UBND-NC
//!   §2a), computed from the TT124 decision; the discipline deduction (Đ8 k11 c) with a
//!   provisional amount; a provisional "remaining items" item completing each sheet to 100;
//!   provisional class bands (90 / 70 / 50).
//! * [`classify()`] — the decision: every item with awarded / maximum points, every deduction
//!   applied or waived (the single-deduction rule of Sơn La …/UBND-NC §2a is an explicit exception), the
//!   total clamped to 0–100, the class and the band that produced it. Provisional values appear
//!   as findings whose source is provisional ([`Decision::provisional`](crate::Decision::provisional)).
//! * [`ScorePlan`] — the same classification with the committee's points given by leaf
//!   position (a sheet validated once, its leaves in order): no id compared per item.
//! * [`targets`] — "no unit Yếu" (Sơn La …/UBND-NC §2b, Sơn Dương 54/KH-UBND) and "100 % Khá or better by 2030"
//!   (Sơn Dương 54/KH-UBND) over a set of units, with the offending units.
//!
//! ```
//! use antq::law::qd510::{classify, ScoreInput, ScoreSheet, DeductionOutcome, DISCIPLINE_DEDUCTION_ID};
//! use antq::{Decision, KindTag, MovementClass, SafetyOutcome};
//!
//! // Recognised "An toàn về ANTT" (the reprimand was below the level TT124 looks at).
//! let safety = Decision::new("co-quan-01", SafetyOutcome::Recognised, vec![]);
//! let sheet = ScoreSheet::builtin(KindTag::Agency);
//! // The committee's points, item by item, without typing (provisional) item ids.
//! let input = sheet
//!     .awarded_items()
//!     .iter()
//!     .fold(ScoreInput::new(), |i, item| i.award(item.id(), item.max_points - 1))
//!     .with_fact(DISCIPLINE_DEDUCTION_ID, "khien-trach-2026-01");
//! let d = classify(&safety, &input, &sheet)?;
//! assert_eq!(d.safety_points(), 50);
//! assert_eq!(d.outcome.earned, 94); // 50 + six awarded items, each one point short
//! assert_eq!(d.deduction(DISCIPLINE_DEDUCTION_ID), Some(DeductionOutcome::Applied { points: 5 }));
//! assert_eq!(d.outcome.total, 89);
//! assert_eq!(d.outcome.class, MovementClass::Kha); // provisional bands 90/70/50
//! # Ok::<(), antq::Error>(())
//! ```

mod access;
mod awarded;
mod bands;
pub mod builtin;
pub mod classify;
mod compact;
mod fact_counts;
mod input;
mod input_check;
mod lean_walk;
mod plan;
mod scoring;
pub mod sheet;
mod sheet_checks;
mod sheet_plans;
mod sink;
pub mod targets;

pub use access::DeductionOutcome;
pub use builtin::{
    DISCIPLINE_DEDUCTION_ID, PROVISIONAL_DISCIPLINE_POINTS, REMAINDER_ITEM_ID, SAFETY_ITEM_ID,
    SAFETY_POINTS,
};
pub use classify::{
    classify, classify_into, classify_with, Classification, DeductionFact, ScoreInput,
};
pub use compact::{classify_compact, CompactClassification};
pub use plan::ScorePlan;
pub use sheet::{
    ClassBand, Deduction, Frequency, ItemBasis, ScoreItem, ScoreSheet, SheetSet, MAX_TOTAL,
};
pub(crate) use sheet_plans::SheetPlans;
pub use targets::{
    all_at_least_kha, no_unit_weak, ClassTarget, TargetCheck, SON_DUONG_ALL_KHA_2030,
    SON_DUONG_NO_WEAK_YEARLY, SON_LA_2026_NO_WEAK,
};
