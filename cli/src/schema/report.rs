//! The report schema.

use serde_json::{json, Value};

use super::{array_of, enumeration, object, r, schema};
use crate::tabular::columns as c;

/// The report (`antq::year::Report`): every top-level part, each unit's record, the audit
/// trail; deeper parts by their JSON type.
pub fn report() -> Value {
    let obj = json!({ "type": "object" });
    let arr = json!({ "type": "array", "items": { "type": "object" } });
    let text = json!({ "type": "string" });
    let date = json!({ "type": "string", "format": "date" });
    let body = json!({ "type": "string" });
    let defs = json!({
        "UnitReport": object(&["id", "name", "kind", "level", "safety"], json!({
            "id": text, "name": text, "kind": text, "commune": text, "district": text, "level": text,
            "safety": obj, "safety_issues": arr,
            "classification": object(&["total", "class", "unscored_items", "provisional"], json!({
                "total": { "type": "integer", "minimum": 0, "maximum": 100 },
                "class": enumeration(c::CLASSES),
                "unscored_items": { "type": "integer", "minimum": 0 },
                "provisional": { "type": "boolean" }
            })),
            "classification_issues": arr,
            "model_unit": obj, "model_unit_issues": arr, "models": obj
        })),
        "Docket": object(&["procedure", "body", "jurisdiction", "deadline", "units", "favourable", "unit_ids"], json!({
            "procedure": text, "body": body, "jurisdiction": text, "deadline": date,
            "units": { "type": "integer", "minimum": 0 },
            "favourable": { "type": "integer", "minimum": 0 },
            "unit_ids": { "type": "array", "items": text }
        })),
        "Audit": object(&["crate_version", "province", "province_source", "province_sha256", "input", "input_sha256"], json!({
            "crate_version": text, "province": text, "province_source": text,
            "province_sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" },
            "input": text,
            "input_sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }
        }))
    });
    schema(
        "antq — báo cáo năm / year report",
        "The report of a year's evaluation (antq::year::Report, schema_version 2). Units are sorted by id; per unit only the findings a reader must act on are kept, and the criteria they cite are listed once in `criteria`. Who decides a unit and by when is written once, on the deciding body's docket in `bodies` (`unit_ids`), not on the unit (as schema_version 1 did).",
        object(
            &["schema_version", "province", "year", "synthetic", "policy", "regime", "totals", "communes", "bodies", "calendar", "provisional", "criteria", "units"],
            json!({
                "schema_version": { "const": antq::year::REPORT_SCHEMA_VERSION },
                "province": text, "year": { "type": "integer" }, "synthetic": { "type": "boolean" },
                "policy": text, "regime": { "enum": ["three_tier", "two_tier"] },
                "totals": obj, "communes": arr, "bodies": array_of(r("Docket")), "roadmap": obj,
                "class_targets": arr, "calendar": arr, "provisional": arr, "criteria": obj,
                "units": array_of(r("UnitReport")),
                "audit": r("Audit")
            }),
        ),
        defs,
    )
}
