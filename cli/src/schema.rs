//! JSON Schema files (draft 2020-12) for the year input, the province (policy) file and the
//! report — written by `antq schema`, committed under `schema/`, and checked by tests: the
//! committed files are what this module writes, and real documents (the example year, the
//! synthetic province, a unit with every field, every preset, the demo report) validate
//! against them with [`validate`]. The year input is described completely (it is what offices
//! and other programs write); the policy file and the report are described to the level a
//! reader needs to find their way, with the library's documentation for the rest (DESIGN §14.7).
//!
//! Allowed values of the input's enumerations come from the tabular format's tables
//! ([`crate::tabular::columns`]), whose codes the round-trip tests prove the library accepts.

use serde_json::{json, Map, Value};

use crate::tabular::columns as c;

fn codes(values: &[(&str, &str)]) -> Value {
    Value::Array(
        values
            .iter()
            .map(|v| Value::String(v.1.to_owned()))
            .collect(),
    )
}

fn enumeration(values: &[(&str, &str)]) -> Value {
    json!({ "enum": codes(values) })
}

fn object(required: &[&str], properties: Value) -> Value {
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": required,
        "properties": properties,
    })
}

fn r(def: &str) -> Value {
    json!({ "$ref": format!("#/$defs/{def}") })
}

fn array_of(item: Value) -> Value {
    json!({ "type": "array", "items": item })
}

fn schema(title: &str, description: &str, root: Value, defs: Value) -> Value {
    let mut m = Map::new();
    m.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    m.insert("title".into(), json!(title));
    m.insert("description".into(), json!(description));
    if let Value::Object(root) = root {
        m.extend(root);
    }
    if defs.as_object().is_some_and(|d| !d.is_empty()) {
        m.insert("$defs".into(), defs);
    }
    Value::Object(m)
}

/// The year input (`antq::year::YearInput`, schema version 1).
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
    facts.insert("households_registered".into(), pair.clone());
    facts.insert("people_briefed".into(), pair);
    facts.insert("effective_models".into(), count.clone());
    facts.insert("staff_security_sanctions".into(), count.clone());
    facts.insert("members_committed_crime".into(), count.clone());
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
            json!({ "total": count, "registered": count, "recognised": count, "undecided": count }),
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
            { "const": "residential_area" },
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
    schema(
        "antq — dữ liệu năm / year input",
        "Every unit of a province (or commune) for one year: antq::year::YearInput, schema_version 1. Only `unit` is required per record; a fact left out is 'not given', never 'no'.",
        object(&["schema_version", "province", "year", "units"], json!({
            "schema_version": { "const": antq::year::SCHEMA_VERSION },
            "province": text,
            "year": { "type": "integer", "minimum": 2022 },
            "synthetic": boolean,
            "units": array_of(r("UnitInput"))
        })),
        defs,
    )
}

/// The province (policy) file (`antq::policy::PolicyOverride`): a preset and the parts it
/// replaces. Parts are described by their JSON type; their contents by the library's types.
pub fn province() -> Value {
    let obj = json!({ "type": "object" });
    schema(
        "antq — tệp tỉnh / province (policy) file",
        "A preset to start from and any parts to replace (antq::policy::PolicyOverride). Each part has the shape of the library type of the same name: additions (tt124::Additions), score_sheets (qd510::SheetSet), catalogues (qd3554::CatalogueSet), models (models::ModelsPolicy), roadmap (roadmap::Roadmap), class_targets (qd510::ClassTarget[]), calendar (calendar::CalendarPolicy), dossier (dossier::DossierPolicy).",
        object(&[], json!({
            "schema_version": { "const": antq::year::SCHEMA_VERSION },
            "preset": { "enum": antq::policy::PRESETS },
            "key": { "type": "string" },
            "name": { "type": "string" },
            "extends": { "type": "string" },
            "years": obj,
            "documents": { "type": "array", "items": obj },
            "routing": { "type": "array", "items": obj },
            "origins": obj,
            "regime": { "enum": ["three_tier", "two_tier", null] },
            "additions": obj, "score_sheets": obj, "catalogues": obj, "models": obj,
            "roadmap": { "type": ["object", "null"] },
            "class_targets": { "type": "array", "items": obj },
            "model_prerequisites": { "type": "boolean" },
            "calendar": obj, "dossier": obj
        })),
        json!({}),
    )
}

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
            "model_unit": obj, "model_unit_issues": arr, "models": obj,
            "recognised_by": body, "classified_by": body,
            "deadline": date, "classification_deadline": date
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
        "The report of a year's evaluation (antq::year::Report, schema_version 1). Units are sorted by id; per unit only the findings a reader must act on are kept, and the criteria they cite are listed once in `criteria`.",
        object(
            &["schema_version", "province", "year", "synthetic", "policy", "regime", "totals", "communes", "bodies", "calendar", "provisional", "criteria", "units"],
            json!({
                "schema_version": { "const": antq::year::SCHEMA_VERSION },
                "province": text, "year": { "type": "integer" }, "synthetic": { "type": "boolean" },
                "policy": text, "regime": { "enum": ["three_tier", "two_tier"] },
                "totals": obj, "communes": arr, "bodies": arr, "roadmap": obj,
                "class_targets": arr, "calendar": arr, "provisional": arr, "criteria": obj,
                "units": array_of(r("UnitReport")),
                "audit": r("Audit")
            }),
        ),
        defs,
    )
}

/// The files `antq schema` writes: (name, bytes), pretty JSON with a final newline.
pub fn files() -> Vec<(String, Vec<u8>)> {
    [
        ("year-input.schema.json", year_input()),
        ("province.schema.json", province()),
        ("report.schema.json", report()),
    ]
    .into_iter()
    .map(|(n, v)| {
        let mut bytes = serde_json::to_vec_pretty(&v).unwrap_or_default();
        bytes.push(b'\n');
        (n.to_owned(), bytes)
    })
    .collect()
}

/// Validate `doc` against `schema` for the keywords these schemas use (`type`, `enum`,
/// `const`, `properties`, `required`, `additionalProperties`, `propertyNames.pattern` (digits
/// only), `items`, `prefixItems`, `minItems`, `minimum`, `maximum`, `oneOf`, `anyOf`, `$ref`
/// to `#/$defs/…`). Returns the problems with their JSON paths; empty when valid.
pub fn validate(schema: &Value, doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    check(schema, schema, doc, "$", &mut out);
    out
}

fn type_ok(t: &str, v: &Value) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "null" => v.is_null(),
        _ => false,
    }
}

fn check(root: &Value, s: &Value, v: &Value, at: &str, out: &mut Vec<String>) {
    if s == &Value::Bool(false) {
        out.push(format!("{at}: not allowed"));
        return;
    }
    if let Some(rf) = s.get("$ref").and_then(Value::as_str) {
        let name = rf.trim_start_matches("#/$defs/");
        match root.pointer(&format!("/$defs/{name}")) {
            Some(d) => check(root, d, v, at, out),
            None => out.push(format!("{at}: unknown $ref {rf}")),
        }
    }
    match s.get("type") {
        Some(Value::String(t)) if !type_ok(t, v) => out.push(format!("{at}: expected {t}")),
        Some(Value::Array(ts)) if !ts.iter().any(|t| t.as_str().is_some_and(|t| type_ok(t, v))) => {
            out.push(format!("{at}: expected one of {ts:?}"))
        }
        _ => {}
    }
    if let Some(Value::Array(e)) = s.get("enum") {
        if !e.contains(v) {
            out.push(format!(
                "{at}: {v} is not one of {}",
                Value::Array(e.clone())
            ));
        }
    }
    if let Some(c) = s.get("const") {
        if c != v {
            out.push(format!("{at}: expected {c}, found {v}"));
        }
    }
    if let Some(n) = v.as_f64() {
        if s.get("minimum")
            .and_then(Value::as_f64)
            .is_some_and(|m| n < m)
        {
            out.push(format!("{at}: {n} below the minimum"));
        }
        if s.get("maximum")
            .and_then(Value::as_f64)
            .is_some_and(|m| n > m)
        {
            out.push(format!("{at}: {n} above the maximum"));
        }
    }
    if let (Some(Value::String(p)), Some(text)) = (s.get("pattern"), v.as_str()) {
        if !simple_pattern(p, text) {
            out.push(format!("{at}: \"{text}\" does not match {p}"));
        }
    }
    for (key, any) in [("oneOf", false), ("anyOf", true)] {
        if let Some(Value::Array(alts)) = s.get(key) {
            let ok = alts
                .iter()
                .filter(|a| {
                    let mut e = Vec::new();
                    check(root, a, v, at, &mut e);
                    e.is_empty()
                })
                .count();
            if (any && ok == 0) || (!any && ok != 1) {
                out.push(format!("{at}: matches {ok} of the {key} alternatives"));
            }
        }
    }
    if let Some(obj) = v.as_object() {
        let props = s.get("properties").and_then(Value::as_object);
        if let Some(Value::Array(req)) = s.get("required") {
            for k in req.iter().filter_map(Value::as_str) {
                if !obj.contains_key(k) {
                    out.push(format!("{at}: missing \"{k}\""));
                }
            }
        }
        for (k, val) in obj {
            let path = format!("{at}.{k}");
            if s.pointer("/propertyNames/pattern").is_some()
                && !k.chars().all(|c| c.is_ascii_digit())
            {
                out.push(format!("{path}: key must be a year"));
            }
            match props.and_then(|p| p.get(k)) {
                Some(ps) => check(root, ps, val, &path, out),
                None => match s.get("additionalProperties") {
                    Some(Value::Bool(false)) if props.is_some() => {
                        out.push(format!("{path}: unknown field"))
                    }
                    Some(extra @ Value::Object(_)) => check(root, extra, val, &path, out),
                    _ => {}
                },
            }
        }
    }
    if let Some(items) = v.as_array() {
        let prefix = s.get("prefixItems").and_then(Value::as_array);
        if s.get("minItems")
            .and_then(Value::as_u64)
            .is_some_and(|m| (items.len() as u64) < m)
        {
            out.push(format!("{at}: too few items"));
        }
        for (i, item) in items.iter().enumerate() {
            let path = format!("{at}[{i}]");
            match prefix.and_then(|p| p.get(i)) {
                Some(ps) => check(root, ps, item, &path, out),
                None => {
                    if let Some(is) = s.get("items") {
                        check(root, is, item, &path, out);
                    }
                }
            }
        }
    }
}

/// The two patterns these schemas use: a decimal number and 64 hex digits.
fn simple_pattern(p: &str, s: &str) -> bool {
    match p {
        "^[0-9a-f]{64}$" => {
            s.len() == 64
                && s.chars()
                    .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        }
        "^-?[0-9]+(\\.[0-9]+)?$" => {
            let s = s.strip_prefix('-').unwrap_or(s);
            let (int, frac) = s.split_once('.').unwrap_or((s, "0"));
            !int.is_empty()
                && !frac.is_empty()
                && int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit())
        }
        _ => true,
    }
}
