//! JSON year input → rows of the tabular format, as a person would type them (Vietnamese
//! labels, có/không). The inverse of [`super::build`]: used to fill templates in tests and to
//! show that every field of the JSON input has its column.

use std::collections::BTreeMap;

use serde_json::Value;

use super::columns::{Column, Sheet, SheetKind, Target, Ty, INFO_ROWS, SHEETS};

/// One row: column key → cell text.
pub type Row = BTreeMap<&'static str, String>;

fn get<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    if path.is_empty() {
        return Some(root);
    }
    path.split('.')
        .try_fold(root, |cur, seg| match seg.parse::<usize>() {
            Ok(i) => cur.get(i),
            Err(_) => cur.get(seg),
        })
}

/// A JSON value as the cell text of a column of type `ty`.
pub fn cell_text(v: &Value, ty: Ty) -> String {
    let label = |code: &str, values: &[(&str, &str)]| {
        values
            .iter()
            .find(|(_, c)| *c == code)
            .map_or_else(|| code.to_owned(), |(l, _)| (*l).to_owned())
    };
    match (ty, v) {
        (Ty::Bool, Value::Bool(b)) => if *b { "có" } else { "không" }.to_owned(),
        (Ty::Enum(values), Value::String(s)) => label(s, values),
        (Ty::List(_), Value::Array(a)) if a.is_empty() => "không".to_owned(),
        (Ty::List(values), Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(|s| label(s, values))
            .collect::<Vec<_>>()
            .join("; "),
        (Ty::Dec, Value::String(s)) => s.replace('.', ","),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    }
}

fn unit_row(rec: &Value, cols: &[Column]) -> Row {
    let mut row = Row::new();
    for c in cols {
        let text = match c.target {
            Target::UnitKey => get(rec, "unit.id").map(|v| cell_text(v, Ty::Text)),
            Target::Path(p) => get(rec, p)
                .filter(|v| !v.is_null())
                .map(|v| cell_text(v, c.ty)),
            Target::ListFlag(p) => get(rec, p)
                .and_then(Value::as_array)
                .map(|a| if a.is_empty() { "không" } else { "có" }.to_owned()),
        };
        if let Some(t) = text {
            row.insert(c.key, t);
        }
    }
    row
}

/// The rows of `sheet` for a JSON year input.
pub fn rows(sheet: &Sheet, input: &Value) -> Vec<Row> {
    let units = input
        .get("units")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    let cols = sheet.columns();
    let kind_of = |rec: &Value| -> Option<String> {
        match rec.pointer("/unit/kind")? {
            Value::String(s) => Some(s.clone()),
            Value::Object(m) => m.keys().next().cloned(),
            _ => None,
        }
    };
    let id = |rec: &Value| {
        rec.pointer("/unit/id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    match sheet.kind {
        SheetKind::Info => INFO_ROWS
            .iter()
            .filter_map(|(_, label, field)| {
                let v = input.get(*field)?;
                let text = match v {
                    Value::Bool(b) => if *b { "có" } else { "không" }.to_owned(),
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                Some(Row::from([("muc", (*label).to_owned()), ("gia_tri", text)]))
            })
            .collect(),
        SheetKind::Units(_, tag) => units
            .iter()
            .filter(|r| kind_of(r).as_deref() == Some(tag))
            .map(|r| unit_row(r, &cols))
            .collect(),
        SheetKind::Detail(path) => units
            .iter()
            .flat_map(|r| {
                let id = id(r);
                let cols = &cols;
                get(r, path)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .map(move |item| {
                        let mut row = Row::from([("ma_don_vi", id.clone())]);
                        for c in cols {
                            if let Target::Path(p) = c.target {
                                if p == "-" {
                                    continue;
                                }
                                if let Some(v) = get(item, p).filter(|v| !v.is_null()) {
                                    row.insert(c.key, cell_text(v, c.ty));
                                }
                            }
                        }
                        row
                    })
            })
            .collect(),
        SheetKind::Map(path) => units
            .iter()
            .flat_map(|r| {
                let id = id(r);
                let (k, v) = (cols[1], cols[2]);
                get(r, path)
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                    .map(move |(key, val)| {
                        Row::from([
                            ("ma_don_vi", id.clone()),
                            (k.key, key.clone()),
                            (v.key, cell_text(val, v.ty)),
                        ])
                    })
            })
            .collect(),
    }
}

/// Every sheet's rows for a JSON year input (sheets without rows included, for the template).
pub fn all_rows(input: &Value) -> Vec<(&'static Sheet, Vec<Row>)> {
    SHEETS.iter().map(|s| (s, rows(s, input))).collect()
}
