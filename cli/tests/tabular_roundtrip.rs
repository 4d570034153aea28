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

/// A unit with every input field the tabular format carries.
fn every_field() -> Value {
    serde_json::json!({
        "schema_version": 1, "province": "P", "year": 2026, "synthetic": true,
        "units": [
            { "unit": { "id": "xa-1", "name": "Xã Một", "kind": { "commune": { "commune_type": "xa" } }, "managed_by": "province" },
              "safety": { "commune_police_effective": true } },
            { "unit": { "id": "dn-1", "name": "Công ty A", "managed_by": "province", "delegated_to": "commune",
                        "commune": "xa-1", "district": "Mai Sơn",
                        "kind": { "enterprise": { "size": { "sector": "trade_services", "average_insured_employees": "12.5",
                                  "revenue": "10000000000", "total_capital": "3000000000", "months_in_operation": 12 } } } },
              "safety": {
                "registered": true, "has_party_organisation": true, "party_resolution": true, "security_plan": true,
                "internal_rules": true, "people_briefed": [58, 60], "effective_models": 2, "policies_implemented": true,
                "events": ["unlawful_strike", "state_secret_breach"],
                "serious_crimes": [{ "force_majeure": false, "promptly_detected": true, "consequences_contained": true, "reported_immediately": true }],
                "accidents": [{ "kind": "food_safety_violation", "force_majeure": true }],
                "force_rating": "advanced_labour_collective", "has_protection_force": true, "eligible_for_rating": false,
                "discipline": [{ "role": "staff", "person": "worker", "form": "keo_dai_nang_luong", "ground": "social_evil" }],
                "sub_units": { "total": 9, "rated_well": 6 }, "staff_security_sanctions": 2,
                "documents": ["submission", "tax_clearance_confirmation", "ban_cam_ket"],
                "tax_debt": false, "extra": { "pccc_dat": true, "moi_truong": false }
              },
              "score": { "awarded": { "qd510.remainder": 30 }, "facts": [{ "deduction": "qd510.d8.k11.c", "fact": "kl-1" }] },
              "model_unit": { "registered": true, "criteria": { "qd3554.c01": true, "qd3554.c02": false } },
              "models": [{ "id": "m1", "name": "Camera", "effective": true, "rating": "kha", "dossier_complete": false, "has_dossier": true }],
              "previous": { "safety": { "outcome": "not_recognised" }, "class": "trung_binh", "model_unit": true },
              "model_history": { "2024": "recognised", "2025": "lost" } },
            { "unit": { "id": "kdc-1", "name": "Bản Một", "kind": "residential_area", "managed_by": "commune", "commune": "xa-1" },
              "safety": { "households_registered": [118, 120], "crime_reduced": false, "new_hotspot": true,
                          "new_social_evil_person": false, "offender_management_effective": true, "force_rating": "completed",
                          "events": [], "serious_crimes": [], "accidents": [], "discipline": [] },
              "models": [] },
            { "unit": { "id": "th-1", "name": "Trường A", "kind": { "school": { "level": "upper_secondary", "armed_forces": false } },
                        "managed_by": "province", "commune": "xa-1" },
              "safety": { "parent_coordination": true, "school_violence": false, "members_committed_crime": 1, "documents": [] } },
            { "unit": { "id": "cq-1", "name": "Trạm Y tế", "kind": { "agency": { "armed_forces": false } }, "managed_by": "commune", "commune": "xa-1" },
              "safety": { "eligible_for_rating": true } }
        ]
    })
}

/// Both sides parsed into the library's types, so that defaults compare equal.
fn typed(v: &Value) -> antq::year::YearInput {
    antq::year::YearInput::from_json(&serde_json::to_vec(v).unwrap()).unwrap()
}

#[test]
fn every_field_of_the_json_input_has_its_column_and_comes_back_unchanged() {
    let input = every_field();
    let dir = tmp("mau");
    let all: Vec<_> = SHEETS.iter().collect();
    antq_cli::output::write_all(&dir, &template::csv(&all)).unwrap();
    let filled = dir.with_file_name("du-lieu");
    fill_csv(&dir, &input, &filled);
    let loaded = antq_cli::input::load(&filled).unwrap();
    let back: Value = serde_json::from_slice(&loaded.json).unwrap();
    let (mut a, mut b) = (typed(&back), typed(&input));
    a.units.sort_by(|x, y| x.unit.id.cmp(&y.unit.id));
    b.units.sort_by(|x, y| x.unit.id.cmp(&y.unit.id));
    assert_eq!(a, b);
}
