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

mod province;
mod report;
mod validate;
mod year;
mod year_v2;

pub use province::province;
pub use report::report;
pub use validate::validate;
pub use year::year_input;

/// The JSON names of a library enum, asked of the type ([`crate::probe::variants`]), as an
/// `enum`; a type the probe cannot read gives an unconstrained schema.
pub(crate) fn library_enum<T: for<'de> serde::Deserialize<'de>>() -> Value {
    match crate::probe::variants::<T>() {
        Some(v) => json!({ "enum": v }),
        None => json!({}),
    }
}

pub(crate) fn codes(values: &[(&str, &str)]) -> Value {
    Value::Array(
        values
            .iter()
            .map(|v| Value::String(v.1.to_owned()))
            .collect(),
    )
}

pub(crate) fn enumeration(values: &[(&str, &str)]) -> Value {
    json!({ "enum": codes(values) })
}

pub(crate) fn object(required: &[&str], properties: Value) -> Value {
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": required,
        "properties": properties,
    })
}

pub(crate) fn r(def: &str) -> Value {
    json!({ "$ref": format!("#/$defs/{def}") })
}

pub(crate) fn array_of(item: Value) -> Value {
    json!({ "type": "array", "items": item })
}

pub(crate) fn schema(title: &str, description: &str, root: Value, defs: Value) -> Value {
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
