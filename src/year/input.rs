//! Dữ liệu đầu vào năm — the documented, versioned input of a year's evaluation.
//!
//! JSON shape (`schema_version` 1):
//!
//! ```json
//! { "schema_version": 1, "province": "Sơn La", "year": 2026, "synthetic": false,
//!   "units": [
//!     { "unit": { "id": "kdc-1", "name": "Bản Mường", "kind": "residential_area",
//!                 "managed_by": "commune", "commune": "xa-1" },
//!       "safety": { "registered": true, "events": [], "...": "TT124 facts" },
//!       "score": { "awarded": { "qd510.remainder": 30 }, "facts": [] },
//!       "model_unit": { "registered": true, "criteria": { "qd3554.c01": true } },
//!       "models": [ { "id": "m1", "name": "Camera an ninh", "effective": true } ],
//!       "previous": { "safety": { "outcome": "recognised" }, "class": "kha" },
//!       "model_history": { "2025": "recognised" } } ] }
//! ```
//!
//! Only `unit` is required per record; every other part may be left out, and what is left out
//! shows in the report as "not decided" with the missing facts, never as a silent default.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::law::qd3554::{ModelUnitFacts, PreviousYear};
use crate::law::qd510::ScoreInput;
use crate::law::tt124::Facts;
use crate::models::MovementModel;
use crate::roadmap::ModelEvent;
use crate::unit::Unit;

/// The version of the input and report schemas this crate reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The denser year-input schema (`year::v2`, `docs/year-input-v2.md`), read by every entry point
/// with the `json` feature; it reads into the same [`YearInput`].
pub const SCHEMA_VERSION_V2: u32 = 2;

/// Dữ liệu năm — every unit of a province (or commune) for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearInput {
    /// Must be [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Name of the province (or commune) evaluated.
    pub province: String,
    /// The year evaluated (2000–2100 when read; see [`crate::strict::MAX_YEAR`]).
    #[serde(deserialize_with = "crate::strict::year")]
    pub year: i32,
    /// Whether the data is synthetic (reports say so).
    #[serde(default)]
    pub synthetic: bool,
    /// The units, in any order.
    pub units: Vec<UnitInput>,
}

/// Hồ sơ một đơn vị — one unit and its facts for the year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitInput {
    /// The unit.
    pub unit: Unit,
    /// TT124 facts.
    #[serde(default)]
    pub safety: Facts,
    /// QĐ510 points awarded by the committee and deduction facts; `None`: not scored yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<ScoreInput>,
    /// QĐ3554 model-unit facts; `None`: the unit is not building a model unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_unit: Option<ModelUnitFacts>,
    /// Movement models; `None`: not reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub models: Option<Vec<MovementModel>>,
    /// Last year's results (model-unit prerequisites).
    #[serde(default)]
    pub previous: PreviousYear,
    /// Model-unit history before this year, year → event.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::strict::year_map"
    )]
    pub model_history: BTreeMap<i32, ModelEvent>,
}

impl UnitInput {
    /// A record with only the unit.
    pub fn new(unit: Unit) -> Self {
        UnitInput {
            unit,
            safety: Facts::default(),
            score: None,
            model_unit: None,
            models: None,
            previous: PreviousYear::default(),
            model_history: BTreeMap::new(),
        }
    }
}
