//! A validator for the keywords these schemas use.

use serde_json::Value;

/// Validate `doc` against `schema` for the keywords these schemas use (`type`, `enum`,
/// `const`, `properties`, `required`, `additionalProperties`, `propertyNames.pattern` (digits
/// only), `items`, `prefixItems`, `minItems`, `minimum`, `maximum`, `oneOf`, `anyOf`, `if`/`then`/`else`, `$ref`
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
    if let Some(cond) = s.get("if") {
        let mut probe = Vec::new();
        check(root, cond, v, at, &mut probe);
        let branch = if probe.is_empty() { "then" } else { "else" };
        if let Some(b) = s.get(branch) {
            check(root, b, v, at, out);
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

/// The patterns these schemas use: a decimal number, 64 hex digits, a document date.
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
        "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" => {
            let parts: Vec<&str> = s.split('-').collect();
            parts.len() <= 3
                && parts.iter().enumerate().all(|(i, p)| {
                    p.len() == if i == 0 { 4 } else { 2 } && p.chars().all(|c| c.is_ascii_digit())
                })
        }
        _ => true,
    }
}
