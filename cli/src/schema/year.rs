//! The year-input schema.

use serde_json::{json, Map, Value};

use super::{array_of, enumeration, object, r, schema};
use crate::tabular::columns as c;

/// The year input (`antq::year::YearInput`, schema versions 1 and 2).
pub fn year_input() -> Value {
    let boolean = json!({ "type": "boolean" });
    let count = json!({ "type": "integer", "minimum": 0 });
    let text = json!({ "type": "string" });
    let pair =
        json!({ "type": "array", "prefixItems": [count, count], "items": false, "minItems": 2 });
    let decimal = json!({ "anyOf": [
        { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$" },
        { "type": "number" }
    ] });
    let level = enumeration(c::LEVELS);
    let mut facts = Map::new();
    for f in [
        "registered",
        "has_party_organisation",
        "party_resolution",
        "security_plan",
        "internal_rules",
        "policies_implemented",
        "parent_coordination",
        "crime_reduced",
        "new_hotspot",
        "new_social_evil_person",
        "offender_management_effective",
        "school_violence",
        "has_protection_force",
        "eligible_for_rating",
        "commune_police_effective",
        "tax_debt",
    ] {
        facts.insert(f.into(), boolean.clone());
    }
    for f in ["staff_security_sanctions", "members_committed_crime"] {
        facts.insert(f.into(), count.clone());
    }
    facts.insert("households_registered".into(), pair.clone());
    facts.insert("people_briefed".into(), pair);
    facts.insert("effective_models".into(), count.clone());
    facts.insert("events".into(), array_of(enumeration(c::EVENTS)));
    facts.insert("serious_crimes".into(), array_of(r("SeriousCrime")));
    facts.insert("accidents".into(), array_of(r("Accident")));
    facts.insert("force_rating".into(), enumeration(c::RATINGS));
    facts.insert("discipline".into(), array_of(r("DisciplineRecord")));
    facts.insert(
        "sub_units".into(),
        object(
            &["total", "rated_well"],
            json!({ "total": count, "rated_well": count }),
        ),
    );
    facts.insert(
        "units".into(),
        object(
            &["total", "registered", "recognised"],
            json!({ "total": count, "registered": count, "recognised": count, "undecided": count, "registration_unknown": count }),
        ),
    );
    facts.insert("documents".into(), array_of(text.clone()));
    facts.insert(
        "extra".into(),
        json!({ "type": "object", "additionalProperties": boolean }),
    );

    let kind = |name: &str, required: &[&str], props: Value| {
        let mut m = Map::new();
        m.insert(name.to_owned(), object(required, props));
        object(&[name], Value::Object(m))
    };
    let not_subject = [
        ("", "armed_forces"),
        ("", "micro_enterprise"),
        ("", "small_enterprise"),
        ("", "primary_school"),
        ("", "preschool"),
        ("", "creche"),
    ];
    let defs = json!({
        "UnitInput": object(&["unit"], json!({
            "unit": r("Unit"),
            "safety": r("Facts"),
            "score": r("ScoreInput"),
            "model_unit": object(&[], json!({
                "registered": boolean,
                "criteria": { "type": "object", "additionalProperties": boolean }
            })),
            "models": array_of(r("MovementModel")),
            "previous": object(&[], json!({
                "safety": r("SafetyOutcome"),
                "class": enumeration(c::CLASSES),
                "model_unit": boolean
            })),
            "model_history": {
                "type": "object",
                "propertyNames": { "pattern": "^[0-9]{4}$" },
                "additionalProperties": enumeration(c::MODEL_EVENTS)
            }
        })),
        "Unit": object(&["id", "name", "kind", "managed_by"], json!({
            "id": text, "name": text, "kind": r("UnitKind"),
            "managed_by": level, "delegated_to": level,
            "commune": text, "district": text
        })),
        "UnitKind": { "oneOf": [
            { "enum": ["residential_area", "agency", "enterprise"] },
            kind("residential_area", &[], json!({})),
            kind("commune", &["commune_type"], json!({ "commune_type": enumeration(c::COMMUNE_TYPES) })),
            kind("agency", &[], json!({ "armed_forces": boolean })),
            kind("enterprise", &[], json!({ "size": r("EnterpriseSize") })),
            kind("school", &["level"], json!({ "level": enumeration(c::SCHOOL_LEVELS), "armed_forces": boolean }))
        ] },
        "EnterpriseSize": object(&["sector"], json!({
            "sector": enumeration(c::SECTORS),
            "average_insured_employees": decimal,
            "monthly_insured_employees": array_of(count.clone()),
            "revenue": decimal,
            "total_capital": decimal,
            "months_in_operation": { "type": "integer", "minimum": 0, "maximum": 65535 }
        })),
        "Facts": {
            "type": "object",
            "additionalProperties": false,
            "properties": Value::Object(facts)
        },
        "SeriousCrime": object(&[], json!({
            "force_majeure": boolean, "promptly_detected": boolean,
            "consequences_contained": boolean, "reported_immediately": boolean
        })),
        "Accident": object(&["kind"], json!({ "kind": enumeration(c::ACCIDENTS), "force_majeure": boolean })),
        "DisciplineRecord": object(&["role", "person", "form", "ground"], json!({
            "role": enumeration(c::ROLES), "person": enumeration(c::PERSONS),
            "form": enumeration(c::FORMS), "ground": enumeration(c::GROUNDS)
        })),
        "ScoreInput": object(&[], json!({
            "awarded": { "type": "object", "additionalProperties": count },
            "facts": array_of(object(&["deduction", "fact"], json!({ "deduction": text, "fact": text })))
        })),
        "MovementModel": object(&["id", "name"], json!({
            "id": text, "name": text, "effective": boolean,
            "rating": enumeration(c::MODEL_RATINGS), "dossier_complete": boolean, "has_dossier": boolean
        })),
        "SafetyOutcome": { "oneOf": [
            object(&["outcome"], json!({ "outcome": { "enum": ["recognised", "not_recognised", "cannot_decide"] } })),
            object(&["outcome", "reason"], json!({ "outcome": { "const": "not_subject" }, "reason": enumeration(&not_subject) })),
            object(&["outcome", "reason"], json!({ "outcome": { "const": "excluded_from_review" }, "reason": { "oneOf": [
                object(&["reason"], json!({ "reason": { "const": "not_registered" } })),
                object(&["reason", "id"], json!({ "reason": { "enum": ["missing_document", "provincial_exclusion"] }, "id": text }))
            ] } }))
        ] }
    });
    let mut defs = defs;
    let v1_root = object(
        &["schema_version", "province", "year", "units"],
        json!({
            "schema_version": { "const": antq::year::SCHEMA_VERSION },
            "province": text,
            "year": { "type": "integer", "minimum": 2022, "maximum": antq::strict::MAX_YEAR },
            "synthetic": boolean,
            "units": array_of(r("UnitInput"))
        }),
    );
    if let Value::Object(d) = &mut defs {
        d.insert("YearInput".into(), v1_root);
        for (name, def) in super::year_v2::defs() {
            d.insert(name, def);
        }
    }
    schema(
        "antq — dữ liệu năm / year input",
        "Every unit of a province (or commune) for one year: antq::year::YearInput, schema_version 1 ($defs/YearInput) or 2 ($defs/YearInputV2, the same facts in fewer values: docs/year-input-v2.md). Only the unit is required per record; a fact left out is 'not given', never 'no' or 'met'. Unknown keys are errors. Exact amounts may be JSON numbers or strings (a string keeps every digit); a kind without required data may be a plain string (\"agency\", \"enterprise\", \"residential_area\").",
        json!({
            "if": { "properties": { "schema_version": { "const": antq::year::v2::SCHEMA_VERSION_V2 } } },
            "then": r("YearInputV2"),
            "else": r("YearInput")
        }),
        defs,
    )
}
