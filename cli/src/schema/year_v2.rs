//! The year-input schema, version 2 (`docs/year-input-v2.md`): the definitions added to the
//! year schema's `$defs`. The v1 definitions it reuses (`UnitKind`, `SeriousCrime`, …) are
//! those of [`super::year`].

use serde_json::{json, Value};

use super::{array_of, enumeration, object, r};
use crate::tabular::columns as c;

/// (name, definition) pairs for the year schema's `$defs`.
pub fn defs() -> Vec<(String, Value)> {
    let boolean = json!({ "type": "boolean" });
    let count = json!({ "type": "integer", "minimum": 0 });
    let text = json!({ "type": "string" });
    let pair =
        json!({ "type": "array", "prefixItems": [count, count], "items": false, "minItems": 2 });
    let level = enumeration(c::LEVELS);
    let order: Vec<String> = antq::year::v2::FLAGS
        .iter()
        .enumerate()
        .map(|(i, (name, key))| {
            if *key == "bool" {
                format!("{i} {name}")
            } else {
                format!("{i} {name} (list `{key}`)")
            }
        })
        .collect();
    let flags = json!({
        "type": "string",
        "description": format!(
            "TT124 facts, one code per position: `1` yes, `0` no, `-` not given (a shorter string leaves the rest not given); for a list `0` none, `1` listed under its key, `-` not given. Positions: {}.",
            order.join(", ")
        )
    });
    let unit = object(
        &["n", "k", "m"],
        json!({
            "i": { "type": "string", "description": "unit id, whole (or `r`)" },
            "r": { "type": "string", "description": "unit id relative to the commune: `<c>-<r>`" },
            "n": text, "k": r("UnitKind"), "m": level, "g": level,
            "c": text, "d": text,
            "f": flags,
            "hh": pair, "pb": pair, "em": count,
            "fr": enumeration(c::RATINGS), "ss": count, "cm": count,
            "su": object(&["total", "rated_well"], json!({ "total": count, "rated_well": count })),
            "uc": object(
                &["total", "registered", "recognised"],
                json!({ "total": count, "registered": count, "recognised": count, "undecided": count, "registration_unknown": count }),
            ),
            "ev": array_of(enumeration(c::EVENTS)),
            "sc": array_of(r("SeriousCrime")),
            "ac": array_of(r("Accident")),
            "di": array_of(r("DisciplineRecord")),
            "dc": array_of(text.clone()),
            "x": { "type": "object", "additionalProperties": boolean },
            "a": {
                "type": "array",
                "items": { "anyOf": [count, { "type": "null" }] },
                "description": "QĐ510 points by position in `score_items`; null: not given; present: the unit is scored"
            },
            "sf": array_of(object(&["deduction", "fact"], json!({ "deduction": text, "fact": text }))),
            "mu": {
                "type": "string",
                "description": "model unit: the registration, then one code per `model_criteria` entry (`1`, `0`, `-` not given)"
            },
            "md": array_of(r("ModelV2")),
            "ps": r("SafetyOutcome"),
            "pc": enumeration(c::CLASSES),
            "pm": boolean,
            "h": {
                "type": "object",
                "propertyNames": { "pattern": "^[0-9]{4}$" },
                "additionalProperties": enumeration(c::MODEL_EVENTS)
            }
        }),
    );
    let model = object(
        &["n"],
        json!({
            "i": { "type": "string", "description": "model id, whole (or `r`)" },
            "r": { "type": "string", "description": "model id relative to the unit: `<unit id>-<r>`" },
            "n": text, "e": boolean, "rt": enumeration(c::MODEL_RATINGS),
            "dc": boolean, "hd": boolean
        }),
    );
    let root = object(
        &["schema_version", "province", "year", "units"],
        json!({
            "schema_version": { "const": antq::year::v2::SCHEMA_VERSION_V2 },
            "province": text,
            "year": { "type": "integer", "minimum": 2022, "maximum": antq::strict::MAX_YEAR },
            "synthetic": boolean,
            "score_items": array_of(text.clone()),
            "model_criteria": array_of(text),
            "units": array_of(r("UnitV2"))
        }),
    );
    vec![
        ("YearInputV2".into(), root),
        ("UnitV2".into(), unit),
        ("ModelV2".into(), model),
    ]
}
