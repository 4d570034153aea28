//! `check`: every problem of an input, not only the first — each unit is read and decided on
//! its own, then the references between units are checked, then the whole year.

use std::collections::{HashMap, HashSet};

use antq::policy::Policy;
use antq::year::{pipeline, YearInput};
use serde_json::Value;

use crate::input::Input;
use crate::tabular::columns::{sheet_named, SheetKind, Target, SHEETS};
use crate::tabular::Problem;

/// The field a library error names (`field \`x\``), if any.
fn error_field(msg: &str) -> Option<String> {
    let start = msg.find("field `")? + 7;
    let end = msg[start..].find('`')? + start;
    Some(msg[start..end].to_owned())
}

/// The unit id a library error names (`unit \`x\``), if any.
pub fn error_unit(msg: &str) -> Option<String> {
    let start = msg.find("unit `")? + 6;
    let end = msg[start..].find('`')? + start;
    Some(msg[start..end].to_owned())
}

/// The header of the unit-sheet column a library field path belongs to.
fn column_for(kind_sheet: &str, field: &str) -> Option<&'static str> {
    let mut f = String::with_capacity(field.len());
    for c in field.chars() {
        match c {
            '[' => f.push('.'),
            ']' => {}
            c => f.push(c),
        }
    }
    // `units.12.safety.events` → `safety.events`
    let f = match f.strip_prefix("units.") {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => {
            rest.split_once('.').map_or("", |(_, r)| r).to_owned()
        }
        _ => f,
    };
    let f = f.as_str();
    let sheet = sheet_named(kind_sheet)?;
    sheet.columns().into_iter().find_map(|c| {
        let p = match c.target {
            Target::Path(p) | Target::ListFlag(p) => p,
            Target::UnitKey => "unit.id",
        };
        let hit = p == f
            || p.ends_with(&format!(".{f}"))
            || f.starts_with(&format!("{p}."))
            || p.strip_suffix(".0").or_else(|| p.strip_suffix(".1")) == Some(f);
        hit.then_some(c.header)
    })
}

/// A library error about unit `i` of the input, placed at its row (tabular) or path (JSON).
pub fn place(input: &Input, i: Option<usize>, id: Option<&str>, e: &antq::Error) -> Problem {
    let msg = e.to_string();
    let id = id.map(str::to_owned).or_else(|| error_unit(&msg));
    // The unit is named once, in the location; the library's "unit `x`: " prefix is dropped.
    let msg = match &id {
        Some(id) => msg
            .strip_prefix(&format!("unit `{id}`: "))
            .map_or(msg.clone(), str::to_owned),
        None => msg,
    };
    match (&input.origins, i) {
        (Some(origins), Some(i)) if i < origins.len() => {
            let o = &origins[i];
            let col = error_field(&msg).and_then(|f| column_for(o.sheet, &f));
            o.problem(col, id.as_deref(), msg)
        }
        _ => Problem {
            location: match i {
                Some(i) => format!("{}: units[{i}]", input.path.display()),
                None => input.path.display().to_string(),
            },
            unit: id,
            message: match i {
                Some(i) => msg.replace("units[0]", &format!("units[{i}]")),
                None => msg,
            },
        },
    }
}

/// Every problem of `input` under `policy` (empty when it evaluates).
pub fn check(input: &Input, policy: &Policy) -> Vec<Problem> {
    let file = input.path.display().to_string();
    let bytes = input
        .json
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&input.json);
    let doc: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            return vec![Problem {
                location: format!("{file}: line {}, column {}", e.line(), e.column()),
                unit: None,
                message: format!("not valid JSON: {e}"),
            }]
        }
    };
    let Some(obj) = doc.as_object() else {
        return vec![Problem {
            location: file,
            unit: None,
            message: "expected a JSON object with schema_version, province, year and units".into(),
        }];
    };
    let mut problems = Vec::new();
    // The header alone.
    let mut header = obj.clone();
    header.insert("units".into(), Value::Array(Vec::new()));
    let header_ok = match YearInput::from_json(&serde_json::to_vec(&header).unwrap_or_default()) {
        Ok(h) => {
            if let Err(e) =
                pipeline::Evaluator::new(h.schema_version, &h.province, h.year, h.synthetic, policy)
            {
                problems.push(place(input, None, None, &e));
            }
            Some(h)
        }
        Err(e) => {
            problems.push(place(input, None, None, &e));
            None
        }
    };
    let units = match obj.get("units") {
        Some(Value::Array(u)) => u.as_slice(),
        Some(_) => return problems,
        None => &[],
    };
    // Each unit on its own.
    let year = header_ok.as_ref().map_or(2026, |h| h.year);
    let mut one = serde_json::Map::new();
    // The document's own version (1 or 2) and, for version 2, its tables, so that each record
    // reads as it does in the whole document.
    let version = obj
        .get("schema_version")
        .cloned()
        .unwrap_or_else(|| Value::from(antq::year::SCHEMA_VERSION));
    one.insert("schema_version".into(), version);
    for table in ["score_items", "model_criteria"] {
        if let Some(t) = obj.get(table) {
            one.insert(table.into(), t.clone());
        }
    }
    one.insert("province".into(), Value::String("check".into()));
    one.insert("year".into(), Value::from(year));
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut communes: HashSet<String> = HashSet::new();
    let mut refs: Vec<(usize, String, String)> = Vec::new();
    for (i, u) in units.iter().enumerate() {
        let text = |p: &str| u.pointer(p).and_then(Value::as_str);
        let id = text("/unit/id").map(str::to_owned).or_else(|| {
            // Version 2: `i` whole, or `r` relative to the commune `c`.
            text("/i")
                .map(str::to_owned)
                .or_else(|| text("/r").zip(text("/c")).map(|(r, c)| format!("{c}-{r}")))
        });
        one.insert("units".into(), Value::Array(vec![u.clone()]));
        let parsed = YearInput::from_json(&serde_json::to_vec(&one).unwrap_or_default());
        let rec = match parsed {
            Ok(mut y) if y.units.len() == 1 => y.units.remove(0),
            Ok(_) => continue,
            Err(e) => {
                problems.push(place(input, Some(i), id.as_deref(), &e));
                continue;
            }
        };
        let id = rec.unit.id.as_str().to_owned();
        if let Some(&first) = ids.get(&id) {
            problems.push(place(
                input,
                Some(i),
                Some(&id),
                &antq::Error::duplicate(
                    antq::Subject::Unit(rec.unit.id.clone()),
                    "unit.id",
                    format!("{id} (first at units[{first}])"),
                ),
            ));
            continue;
        }
        ids.insert(id.clone(), i);
        if rec.unit.tag() == antq::KindTag::Commune {
            communes.insert(id.clone());
        }
        if let Some(c) = &rec.unit.commune {
            refs.push((i, id.clone(), c.as_str().to_owned()));
        }
        if header_ok.is_some() {
            if let Err(e) = pipeline::evaluate_one(&rec, year, policy) {
                problems.push(place(input, Some(i), Some(&id), &e));
            }
        }
    }
    for (i, id, c) in refs {
        if !communes.contains(&c) {
            problems.push(place(
                input,
                Some(i),
                Some(&id),
                &antq::Error::unknown(
                    antq::Subject::Unit(antq::UnitId::new(id.clone())),
                    "unit.commune",
                    format!("{c} (no commune-level unit has this id)"),
                ),
            ));
        }
    }
    // The whole year, once nothing else is wrong.
    if problems.is_empty() {
        if let Err(e) = pipeline::evaluate_json(&input.json, policy) {
            let id = error_unit(&e.to_string());
            let i = id.as_ref().and_then(|id| ids.get(id).copied());
            problems.push(place(input, i, id.as_deref(), &e));
        }
    }
    problems
}

/// Names of the sheets a tabular input may have, for help texts.
pub fn sheet_list() -> String {
    SHEETS
        .iter()
        .map(|s| match s.kind {
            SheetKind::Units(..) => format!("{} ({}.csv)", s.name, s.key),
            _ => format!("{} ({}.csv)", s.name, s.key),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
