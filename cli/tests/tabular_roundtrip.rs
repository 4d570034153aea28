//! Item 2 of the issue: the tabular round trip. The template is written, read back as a person
//! would open it, filled by the test (from the equivalent JSON), and evaluated: the report is
//! the one the JSON gives.

use std::path::{Path, PathBuf};

use antq::policy::Policy;
use antq::year::pipeline::evaluate_json;
use antq::year::synthetic;
use antq_cli::tabular::columns::{column_named, sheet_named, Ty, SHEETS};
use antq_cli::tabular::{export, template};
use calamine::{open_workbook, Data, Reader, Xlsx};
use rust_xlsxwriter::Workbook;
use serde_json::Value;

fn small_json() -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/data/year_input_small.json");
    std::fs::read(p).unwrap()
}

fn tmp(name: &str) -> PathBuf {
    let d = tempfile::tempdir().unwrap().keep();
    d.join(name)
}

/// Read the template's sheets and headers with calamine, as an office would see them.
fn template_headers(path: &Path) -> Vec<(String, Vec<String>, Vec<String>)> {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let names = wb.sheet_names();
    names
        .into_iter()
        .map(|n| {
            let r = wb.worksheet_range(&n).unwrap();
            let mut rows = r.rows();
            let text = |row: &[Data]| row.iter().map(|c| c.to_string()).collect::<Vec<_>>();
            let headers = text(rows.next().unwrap());
            let allowed = text(rows.next().unwrap());
            (n, headers, allowed)
        })
        .collect()
}

/// Fill the template from `input` (JSON) and save it as a new workbook.
fn fill_xlsx(template: &Path, input: &Value, out: &Path) {
    let mut wb = Workbook::new();
    for (name, headers, allowed) in template_headers(template) {
        let sheet = sheet_named(&name).unwrap();
        let cols = sheet.columns();
        let ws = wb.add_worksheet();
        ws.set_name(&name).unwrap();
        for (i, h) in headers.iter().enumerate() {
            ws.write(0, i as u16, h.as_str()).unwrap();
            ws.write(1, i as u16, allowed[i].as_str()).unwrap();
        }
        // The "Chung" sheet comes pre-filled with its item names: overwrite those rows.
        for (r, row) in export::rows(sheet, input).iter().enumerate() {
            for (i, h) in headers.iter().enumerate() {
                let c = column_named(&cols, h).unwrap();
                let Some(text) = row.get(c.key) else { continue };
                let (r, i) = (r as u32 + 2, i as u16);
                match c.ty {
                    // An office types numbers into number cells.
                    Ty::UInt | Ty::Dec => ws
                        .write(r, i, text.replace(',', ".").parse::<f64>().unwrap())
                        .unwrap(),
                    _ => ws.write(r, i, text.as_str()).unwrap(),
                };
            }
        }
    }
    wb.save(out).unwrap();
}

/// The JSON pointers at which two values differ (first few), for a readable failure.
fn diff(a: &Value, b: &Value, at: String, out: &mut Vec<String>) {
    if out.len() > 8 {
        return;
    }
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for k in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => diff(p, q, format!("{at}/{k}"), out),
                    (p, q) => out.push(format!("{at}/{k}: {p:?} vs {q:?}")),
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                diff(p, q, format!("{at}/{i}"), out);
            }
        }
        (p, q) if p != q => out.push(format!("{at}: {p} vs {q}")),
        _ => {}
    }
}

fn assert_same(tabular: &Value, json: &Value) {
    let mut d = Vec::new();
    diff(tabular, json, String::new(), &mut d);
    assert!(d.is_empty(), "tabular vs JSON:\n{}", d.join("\n"));
}

fn report_of(json: &[u8], policy: &Policy) -> Value {
    serde_json::to_value(evaluate_json(json, policy).unwrap()).unwrap()
}

#[test]
fn template_filled_as_xlsx_gives_the_same_report_as_the_json() {
    let json = small_json();
    let input: Value = serde_json::from_slice(&json).unwrap();
    let t = tmp("mau.xlsx");
    let all: Vec<_> = SHEETS.iter().collect();
    std::fs::write(&t, template::xlsx(&all).unwrap()).unwrap();
    let filled = t.with_file_name("du-lieu.xlsx");
    fill_xlsx(&t, &input, &filled);
    let loaded = antq_cli::input::load(&filled).unwrap();
    let policy = Policy::son_la_2026();
    assert_same(
        &report_of(&loaded.json, &policy),
        &report_of(&json, &policy),
    );
}

/// Write the CSV set from the template's CSV headers, `;`-separated, some files without BOM.
fn fill_csv(template_dir: &Path, input: &Value, out: &Path) {
    std::fs::create_dir_all(out).unwrap();
    for entry in std::fs::read_dir(template_dir).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let sheet = sheet_named(&stem).unwrap();
        let cols = sheet.columns();
        let mut r = csv::Reader::from_path(&path).unwrap();
        let headers: Vec<String> = r
            .headers()
            .unwrap()
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').to_owned())
            .collect();
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .from_writer(Vec::new());
        w.write_record(&headers).unwrap();
        for row in export::rows(sheet, input) {
            let cells: Vec<String> = headers
                .iter()
                .map(|h| {
                    row.get(column_named(&cols, h).unwrap().key)
                        .cloned()
                        .unwrap_or_default()
                })
                .collect();
            w.write_record(&cells).unwrap();
        }
        let mut bytes = if stem.len() % 2 == 0 {
            b"\xEF\xBB\xBF".to_vec()
        } else {
            Vec::new()
        };
        bytes.extend(w.into_inner().unwrap());
        std::fs::write(out.join(format!("{stem}.csv")), bytes).unwrap();
    }
}

#[test]
fn template_filled_as_csv_gives_the_same_report_as_the_json() {
    let json = small_json();
    let input: Value = serde_json::from_slice(&json).unwrap();
    let dir = tmp("mau");
    let all: Vec<_> = SHEETS.iter().collect();
    antq_cli::output::write_all(&dir, &template::csv(&all)).unwrap();
    let filled = dir.with_file_name("du-lieu");
    fill_csv(&dir, &input, &filled);
    let loaded = antq_cli::input::load(&filled).unwrap();
    let policy = Policy::son_la_2026();
    assert_same(
        &report_of(&loaded.json, &policy),
        &report_of(&json, &policy),
    );
}

#[test]
fn the_synthetic_province_survives_the_csv_round_trip() {
    let year = synthetic::province(&synthetic::Shape::small(), 2026, 7);
    let json = serde_json::to_vec(&year).unwrap();
    let input: Value = serde_json::from_slice(&json).unwrap();
    let dir = tmp("mau");
    let all: Vec<_> = SHEETS.iter().collect();
    antq_cli::output::write_all(&dir, &template::csv(&all)).unwrap();
    let filled = dir.with_file_name("du-lieu");
    fill_csv(&dir, &input, &filled);
    let loaded = antq_cli::input::load(&filled).unwrap();
    let policy = Policy::son_la_2026();
    assert_same(
        &report_of(&loaded.json, &policy),
        &report_of(&json, &policy),
    );
}
