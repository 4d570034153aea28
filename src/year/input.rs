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

use crate::error::{Error, Subject};
use crate::law::qd3554::{ModelUnitFacts, PreviousYear};
use crate::law::qd510::ScoreInput;
use crate::law::tt124::Facts;
use crate::models::MovementModel;
use crate::roadmap::ModelEvent;
use crate::unit::Unit;

/// The version of the input and report schemas this crate reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Dữ liệu năm — every unit of a province (or commune) for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearInput {
    /// Must be [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Name of the province (or commune) evaluated.
    pub province: String,
    /// The year evaluated.
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
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
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

#[cfg(feature = "json")]
mod json {
    use super::*;
    use serde::de::DeserializeOwned;
    use serde_json::Value;

    fn try_part<T: DeserializeOwned>(v: &Value) -> Result<(), String> {
        serde_json::from_value::<T>(v.clone())
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    /// Tries to read one part of a record.
    type Check = fn(&Value) -> Result<(), String>;

    const UNIT_FIELDS: [&str; 7] = [
        "id",
        "name",
        "kind",
        "managed_by",
        "delegated_to",
        "commune",
        "district",
    ];

    /// Find which unit and field a data error is in, by re-reading the document part by part.
    fn locate(json: &[u8], original: serde_json::Error) -> Error {
        let whole = || Error::Parse {
            subject: Subject::Input,
            message: original.to_string(),
        };
        let Ok(doc) = serde_json::from_slice::<Value>(json) else {
            return whole();
        };
        let Some(units) = doc.get("units").and_then(Value::as_array) else {
            return whole();
        };
        for (i, u) in units.iter().enumerate() {
            let id = u
                .get("unit")
                .and_then(|x| x.get("id"))
                .and_then(Value::as_str)
                .map_or_else(|| format!("units[{i}]"), str::to_owned);
            let subject = || Subject::Unit(crate::unit::UnitId(id.clone()));
            let Some(obj) = u.as_object() else {
                return Error::invalid(subject(), format!("units[{i}]"), "an object", u);
            };
            for key in obj.keys() {
                if !matches!(
                    key.as_str(),
                    "unit"
                        | "safety"
                        | "score"
                        | "model_unit"
                        | "models"
                        | "previous"
                        | "model_history"
                ) {
                    return Error::unknown(subject(), "record", key);
                }
            }
            let Some(unit) = obj.get("unit") else {
                return Error::missing(subject(), "unit", "the unit's id, name, kind and level");
            };
            if let Err(msg) = try_part::<Unit>(unit) {
                let field = unit
                    .as_object()
                    .and_then(|o| {
                        UNIT_FIELDS.iter().find(|f| match (**f, o.get(**f)) {
                            (_, None) => false,
                            ("kind", Some(v)) => try_part::<crate::unit::UnitKind>(v).is_err(),
                            ("managed_by", Some(v)) | ("delegated_to", Some(v)) => {
                                try_part::<Option<crate::unit::ManagingLevel>>(v).is_err()
                            }
                            (_, Some(v)) => try_part::<Option<String>>(v).is_err(),
                        })
                    })
                    .map_or_else(|| "unit".to_owned(), |f| format!("unit.{f}"));
                return Error::invalid(subject(), field, "a valid value", msg);
            }
            let checks: [(&str, Check); 6] = [
                ("safety", try_part::<Facts>),
                ("score", try_part::<ScoreInput>),
                ("model_unit", try_part::<ModelUnitFacts>),
                ("models", try_part::<Vec<MovementModel>>),
                ("previous", try_part::<PreviousYear>),
                ("model_history", try_part::<BTreeMap<i32, ModelEvent>>),
            ];
            for (part, check) in checks {
                if let Some(v) = obj.get(part) {
                    if let Err(msg) = check(v) {
                        let field = v
                            .as_object()
                            .and_then(|o| {
                                o.keys().find(|k| {
                                    let mut probe = serde_json::Map::new();
                                    probe.insert((*k).clone(), o[*k].clone());
                                    check(&Value::Object(probe)).is_err()
                                })
                            })
                            .map_or_else(|| part.to_owned(), |k| format!("{part}.{k}"));
                        return Error::invalid(subject(), field, "a valid value", msg);
                    }
                }
            }
        }
        whole()
    }

    impl YearInput {
        /// Parse a year input. A syntax error is an [`Error::Parse`] with line and column; a
        /// data error names the unit (by id, or `units[i]`) and the field.
        pub fn from_json(json: &[u8]) -> Result<YearInput, Error> {
            serde_json::from_slice::<YearInput>(json).map_err(|e| {
                if e.is_syntax() || e.is_eof() {
                    Error::Parse {
                        subject: Subject::Input,
                        message: e.to_string(),
                    }
                } else {
                    locate(json, e)
                }
            })
        }
    }
}
