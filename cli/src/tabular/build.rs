//! Tables → the library's JSON year input. Every problem is collected (not only the first),
//! each naming the file, sheet, row, column and unit.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};

use super::columns::{column_named, Column, SheetKind, Target, Ty, INFO_ROWS};
pub use super::json_path::set_path;
use super::json_path::{ensure_array, ensure_object, get_path};
use super::source::Table;
use super::values::{allowed, convert};
use super::Problem;
use crate::fold::fold;

/// Where a unit's record came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// File.
    pub file: String,
    /// Sheet name.
    pub sheet: &'static str,
    /// Row number.
    pub row: usize,
}

impl Origin {
    /// A problem at this row.
    pub fn problem(&self, column: Option<&str>, unit: Option<&str>, message: String) -> Problem {
        Problem::cell(
            &self.file,
            self.sheet,
            Some(self.row),
            column,
            unit,
            message,
        )
    }
}

/// The year input built from tables, with each unit's origin (same order as `units`).
#[derive(Debug, Clone)]
pub struct Built {
    /// The JSON year input (schema version 1).
    pub input: Value,
    /// Where each unit came from.
    pub origins: Vec<Origin>,
}

/// Map a table's headers to columns: unknown and repeated headers and missing required columns
/// are problems.
fn map_headers(t: &Table, columns: &[Column], problems: &mut Vec<Problem>) -> Vec<Option<Column>> {
    let mut seen: Vec<&'static str> = Vec::new();
    let mapped: Vec<Option<Column>> = t
        .headers
        .iter()
        .map(|h| {
            if h.trim().is_empty() {
                return None;
            }
            match column_named(columns, h) {
                Some(c) if seen.contains(&c.key) => {
                    problems.push(Problem::cell(
                        &t.file,
                        t.sheet.name,
                        None,
                        Some(h),
                        None,
                        "this column appears twice".into(),
                    ));
                    None
                }
                Some(c) => {
                    seen.push(c.key);
                    Some(c)
                }
                None => {
                    problems.push(Problem::cell(
                        &t.file,
                        t.sheet.name,
                        Some(1),
                        Some(h),
                        None,
                        format!(
                            "unknown column; the columns of this sheet are {}",
                            columns
                                .iter()
                                .map(|c| format!("\"{}\"", c.header))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                    None
                }
            }
        })
        .collect();
    for c in columns.iter().filter(|c| c.required) {
        if !seen.contains(&c.key) {
            problems.push(Problem::cell(
                &t.file,
                t.sheet.name,
                Some(1),
                Some(c.header),
                None,
                "required column missing".into(),
            ));
        }
    }
    mapped
}

/// A row's unit id (the key column's text, empty when there is none) and where the row is.
fn keyed_row(
    t: &Table,
    key_at: Option<usize>,
    row: usize,
    cells: &[super::values::Cell],
) -> (String, Origin) {
    let id = key_at
        .and_then(|i| cells.get(i))
        .map(|c| c.text())
        .unwrap_or_default();
    let origin = Origin {
        file: t.file.clone(),
        sheet: t.sheet.name,
        row,
    };
    (id, origin)
}

fn kind_init(tag: &str) -> Value {
    if tag == "residential_area" {
        Value::String(tag.into())
    } else {
        let mut m = Map::new();
        m.insert(tag.into(), Value::Object(Map::new()));
        Value::Object(m)
    }
}

/// The cell values of one row, by column, converted; conversion problems recorded.
fn row_values(
    t: &Table,
    row: usize,
    cells: &[super::values::Cell],
    cols: &[Option<Column>],
    unit: Option<&str>,
    problems: &mut Vec<Problem>,
) -> Vec<(Column, Value)> {
    let mut out = Vec::new();
    for (i, c) in cols.iter().enumerate() {
        let (Some(c), Some(cell)) = (c, cells.get(i)) else {
            continue;
        };
        match convert(cell, c.ty) {
            Ok(Some(v)) => out.push((*c, v)),
            Ok(None) => {}
            Err(expected) => problems.push(Problem::cell(
                &t.file,
                t.sheet.name,
                Some(row),
                Some(c.header),
                unit,
                format!("expected {expected}, found \"{}\"", cell.text()),
            )),
        }
    }
    for c in cols.iter().flatten().filter(|c| c.required) {
        let given = out.iter().any(|(o, _)| o.key == c.key);
        if !given && c.target != Target::UnitKey {
            problems.push(Problem::cell(
                &t.file,
                t.sheet.name,
                Some(row),
                Some(c.header),
                unit,
                format!("required; {}", describe(c.ty)),
            ));
        }
    }
    out
}

/// What a column accepts, in words.
pub fn describe(ty: Ty) -> String {
    match ty {
        Ty::Text => "text".into(),
        Ty::Bool => "có / không".into(),
        Ty::UInt => "a whole number".into(),
        Ty::Dec => "a number".into(),
        Ty::Enum(v) => format!("one of {}", allowed(v)),
        Ty::List(v) => format!("values separated by ';' among {}", allowed(v)),
    }
}

/// Build the year input from tables.
pub fn build(tables: &[Table]) -> Result<Built, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut header = Map::new();
    header.insert(
        "schema_version".into(),
        Value::from(antq::year::SCHEMA_VERSION),
    );
    let mut units: Vec<Value> = Vec::new();
    let mut origins: Vec<Origin> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    // (unit index, list path) → có / không
    let mut flags: BTreeMap<(usize, &'static str), (bool, Origin, &'static str)> = BTreeMap::new();
    let mut info_seen = false;

    // Unit sheets first, so detail sheets can find their units whatever the order.
    let mut ordered: Vec<&Table> = tables.iter().collect();
    ordered.sort_by_key(|t| !matches!(t.sheet.kind, SheetKind::Info | SheetKind::Units(..)));
    for t in ordered {
        let columns = t.sheet.columns();
        let cols = map_headers(t, &columns, &mut problems);
        let key_at = cols
            .iter()
            .position(|c| c.is_some_and(|c| c.target == Target::UnitKey));
        match t.sheet.kind {
            SheetKind::Info => {
                info_seen = true;
                for (row, cells) in &t.rows {
                    let vals = row_values(t, *row, cells, &cols, None, &mut problems);
                    let get = |k: &str| {
                        vals.iter()
                            .find(|(c, _)| c.key == k)
                            .and_then(|(_, v)| v.as_str().map(str::to_owned))
                    };
                    let (Some(key), value) = (get("muc"), get("gia_tri")) else {
                        continue;
                    };
                    let Some((_, label, field)) = INFO_ROWS
                        .iter()
                        .find(|(k, l, _)| fold(k) == fold(&key) || fold(l) == fold(&key))
                    else {
                        problems.push(Problem::cell(
                            &t.file,
                            t.sheet.name,
                            Some(*row),
                            Some("Mục"),
                            None,
                            format!(
                                "unknown item \"{key}\"; items are {}",
                                INFO_ROWS
                                    .iter()
                                    .map(|r| format!("\"{}\"", r.1))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        ));
                        continue;
                    };
                    let value = value.unwrap_or_default();
                    let v = match *field {
                        "year" => value
                            .parse::<i32>()
                            .map(Value::from)
                            .map_err(|_| "a year such as 2026"),
                        // Left empty: not synthetic (the default).
                        "synthetic" if value.is_empty() => continue,
                        "synthetic" => convert(&super::values::Cell::Text(value.clone()), Ty::Bool)
                            .ok()
                            .flatten()
                            .ok_or("có / không"),
                        _ if value.is_empty() => Err("the province's name"),
                        _ => Ok(Value::String(value.clone())),
                    };
                    match v {
                        Ok(v) => {
                            header.insert((*field).into(), v);
                        }
                        Err(exp) => problems.push(Problem::cell(
                            &t.file,
                            t.sheet.name,
                            Some(*row),
                            Some(label),
                            None,
                            format!("expected {exp}, found \"{value}\""),
                        )),
                    }
                }
            }
            SheetKind::Units(_, tag) => {
                for (row, cells) in &t.rows {
                    let (id, origin) = keyed_row(t, key_at, *row, cells);
                    if id.is_empty() {
                        problems.push(origin.problem(
                            Some("Mã đơn vị"),
                            None,
                            "required: the unit's id".into(),
                        ));
                        continue;
                    }
                    let vals = row_values(t, *row, cells, &cols, Some(&id), &mut problems);
                    let mut rec = Value::Object(Map::new());
                    set_path(&mut rec, "unit.id", Value::String(id.clone()));
                    set_path(&mut rec, "unit.kind", kind_init(tag));
                    let at = units.len();
                    for (c, v) in &vals {
                        match c.target {
                            Target::Path(p) => set_path(&mut rec, p, v.clone()),
                            Target::ListFlag(p) => {
                                flags.insert(
                                    (at, p),
                                    (v == &Value::Bool(true), origin.clone(), c.header),
                                );
                            }
                            Target::UnitKey => {}
                        }
                    }
                    // Pairs (`x.0`, `x.1`) are given together.
                    for (c, _) in &vals {
                        if let Target::Path(p) = c.target {
                            if let Some(base) =
                                p.strip_suffix(".0").or_else(|| p.strip_suffix(".1"))
                            {
                                if get_path(&rec, base)
                                    .and_then(Value::as_array)
                                    .is_some_and(|a| a.len() < 2 || a.iter().any(Value::is_null))
                                {
                                    let other = columns.iter().find(|o| matches!(o.target, Target::Path(q) if q != p && q.starts_with(base) && q.len() == p.len())).map_or("", |o| o.header);
                                    problems.push(origin.problem(
                                        Some(c.header),
                                        Some(&id),
                                        format!("give \"{}\" and \"{other}\" together", c.header),
                                    ));
                                }
                            }
                        }
                    }
                    if let Some(&prev) = index.get(&id) {
                        let o = &origins[prev];
                        problems.push(origin.problem(
                            Some("Mã đơn vị"),
                            Some(&id),
                            format!(
                                "the id is already used on sheet \"{}\", row {}",
                                o.sheet, o.row
                            ),
                        ));
                        continue;
                    }
                    index.insert(id, at);
                    units.push(rec);
                    origins.push(origin);
                }
            }
            SheetKind::Detail(path) | SheetKind::Map(path) => {
                for (row, cells) in &t.rows {
                    let (id, origin) = keyed_row(t, key_at, *row, cells);
                    let Some(&at) = index.get(&id) else {
                        let msg = if id.is_empty() {
                            "required: the id of a unit".to_owned()
                        } else {
                            "no unit with this id on the unit sheets".to_owned()
                        };
                        problems.push(origin.problem(
                            Some("Mã đơn vị"),
                            (!id.is_empty()).then_some(id.as_str()),
                            msg,
                        ));
                        continue;
                    };
                    let vals = row_values(t, *row, cells, &cols, Some(&id), &mut problems);
                    let rec = &mut units[at];
                    if let SheetKind::Map(_) = t.sheet.kind {
                        let mut kv = vals.iter().filter(|(c, _)| c.target != Target::UnitKey);
                        let (Some((_, k)), Some((_, v))) = (kv.next(), kv.next()) else {
                            continue;
                        };
                        let key = match k {
                            Value::String(s) => s.clone(),
                            other => other.to_string(),
                        };
                        let full = format!("{path}.{key}");
                        if get_path(rec, &full).is_some() {
                            problems.push(origin.problem(
                                None,
                                Some(&id),
                                format!("\"{key}\" is given twice for this unit"),
                            ));
                            continue;
                        }
                        // Keys may hold dots (`qd510.remainder`): insert by hand.
                        let map = ensure_object(rec, path);
                        map.insert(key, v.clone());
                        continue;
                    }
                    let item = match vals
                        .iter()
                        .filter(|(c, _)| c.target != Target::UnitKey)
                        .collect::<Vec<_>>()
                        .as_slice()
                    {
                        [(c, v)] if c.target == Target::Path("") => v.clone(),
                        fields => {
                            let mut obj = Value::Object(Map::new());
                            for (c, v) in fields {
                                if let Target::Path(p) = c.target {
                                    if !p.is_empty() && p != "-" {
                                        set_path(&mut obj, p, v.clone());
                                    }
                                }
                            }
                            obj
                        }
                    };
                    let list = ensure_array(rec, path);
                    list.push(item);
                }
            }
        }
    }

    // có / không columns against the detail sheets.
    for ((at, path), (yes, origin, header)) in flags {
        let id = units[at]["unit"]["id"].as_str().unwrap_or("").to_owned();
        let rows = get_path(&units[at], path)
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        let sheet = super::columns::SHEETS
            .iter()
            .find(|s| s.kind == SheetKind::Detail(path))
            .map_or("", |s| s.name);
        match (yes, rows) {
            (true, 0) => problems.push(origin.problem(
                Some(header),
                Some(&id),
                format!("\"có\", but sheet \"{sheet}\" has no row for this unit"),
            )),
            (false, n) if n > 0 => problems.push(origin.problem(
                Some(header),
                Some(&id),
                format!("\"không\", but sheet \"{sheet}\" has {n} row(s) for this unit"),
            )),
            (false, _) => set_path(&mut units[at], path, Value::Array(Vec::new())),
            (true, _) => {}
        }
    }

    if !info_seen {
        problems.push(Problem::cell("", "Chung", None, None, None, "sheet \"Chung\" (chung.csv) is missing: it gives the province (Tỉnh) and the year (Năm)".into()));
    } else {
        for (key, label, field) in INFO_ROWS.iter().take(2) {
            if !header.contains_key(*field) {
                problems.push(Problem::cell(
                    "",
                    "Chung",
                    None,
                    Some(label),
                    None,
                    format!("the row \"{label}\" ({key}) is missing"),
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    header.insert("units".into(), Value::Array(units));
    Ok(Built {
        input: Value::Object(header),
        origins,
    })
}
