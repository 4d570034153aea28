//! Dữ liệu chấm điểm — what the evaluating committee supplies for one unit: the points it
//! awarded and the facts reported against deductions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Dữ liệu chấm điểm — what the evaluating committee supplies for one unit.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct ScoreInput {
    /// Điểm hội đồng chấm — points per leaf item id (items with basis `awarded` only). Items
    /// left out count 0 and show as [`Status::Unknown`](crate::explain::Status::Unknown).
    #[serde(default, deserialize_with = "crate::strict::unique_map")]
    pub awarded: BTreeMap<String, u32>,
    /// Vi phạm bị trừ điểm — the facts reported against deductions.
    #[serde(default)]
    pub facts: Vec<DeductionFact>,
}

/// Sự việc bị trừ điểm — one reported fact (e.g. one disciplined officer) against a deduction.
///
/// The fact id identifies the fact itself: the same id reported twice — under the same or
/// another deduction — is deducted once.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct DeductionFact {
    /// The deduction's id in the sheet (e.g. `qd510.d8.k11.c`).
    pub deduction: String,
    /// The caller's id of the fact (e.g. `discipline:2026-07-nguyen-van-a`).
    pub fact: String,
}

impl DeductionFact {
    /// A fact against a deduction.
    pub fn new(deduction: impl Into<String>, fact: impl Into<String>) -> Self {
        DeductionFact {
            deduction: deduction.into(),
            fact: fact.into(),
        }
    }
}
