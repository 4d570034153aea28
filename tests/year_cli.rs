//! Issue 6 §3 — the contract of `examples/evaluate.rs` (JSON in → JSON out), checked at library
//! level.
//!
//! The example is not run as a process: Cargo exposes `CARGO_BIN_EXE_<name>` only for `[[bin]]`
//! targets, and `cargo test --test year_cli` does not build examples, so a process test would
//! depend on how the suite was invoked. What the CLI does is `YearInput::from_json` →
//! `Policy::from_json` → `evaluate` → `serde_json::to_writer`, printing `Error`'s `Display` on
//! stderr; each step is checked here: the message it would print names the unit and the field,
//! and no report value exists when any step fails.

use std::path::PathBuf;

use antq::policy::Policy;
use antq::year::{evaluate, Report, YearInput};

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(name)
}

/// What `evaluate INPUT [--policy P]` does, minus the file writing: the report's JSON, or the
/// message it prints on stderr.
fn run(input: &str, policy: Option<&str>) -> Result<Vec<u8>, String> {
    let bytes = std::fs::read(data(input)).map_err(|e| e.to_string())?;
    let input = YearInput::from_json(&bytes).map_err(|e| e.to_string())?;
    let policy = match policy {
        None => Policy::national(),
        Some(p) => {
            let text = std::fs::read_to_string(data(p)).map_err(|e| e.to_string())?;
            Policy::from_json(&text).map_err(|e| e.to_string())?
        }
    };
    let report = evaluate(&input, &policy).map_err(|e| e.to_string())?;
    serde_json::to_vec(&report).map_err(|e| e.to_string())
}

#[test]
fn example_input_with_policy_file_gives_a_readable_json_report() {
    let out = run("year_input_small.json", Some("policy_son_la_override.json")).unwrap();
    let r: Report = serde_json::from_slice(&out).unwrap();
    assert_eq!(r.schema_version, antq::year::REPORT_SCHEMA_VERSION);
    assert_eq!(r.units.len(), 16);
    assert!(r.policy.contains("VÍ DỤ"));
    // The same command twice writes the same bytes.
    assert_eq!(
        run("year_input_small.json", Some("policy_son_la_override.json")).unwrap(),
        out
    );
    // Without a policy file the national default applies.
    let n: Report = serde_json::from_slice(&run("year_input_small.json", None).unwrap()).unwrap();
    assert_eq!(n.policy, Policy::national().name);
}

#[test]
fn stderr_message_for_each_broken_input_names_the_unit_and_the_field() {
    for (file, unit, field) in [
        (
            "year_input_broken_unknown_kind.json",
            "xa-nam-mau.nha-may",
            "units[1].unit.kind",
        ),
        (
            "year_input_broken_missing_commune.json",
            "xa-bac-mau.ban-lac",
            "unit.commune",
        ),
        (
            "year_input_broken_duplicate_id.json",
            "xa-nam-mau.ban-pa-mau",
            "unit.id",
        ),
    ] {
        for policy in [None, Some("policy_son_la_override.json")] {
            let msg = run(file, policy).expect_err(file);
            assert!(msg.contains(&format!("unit `{unit}`")), "{file}: {msg}");
            assert!(msg.contains(&format!("field `{field}`")), "{file}: {msg}");
        }
    }
}

#[test]
fn stderr_message_for_malformed_json_gives_the_position() {
    let msg = run("year_input_broken_malformed.json", None).unwrap_err();
    assert!(msg.starts_with("input: cannot parse"), "{msg}");
    assert!(msg.contains("line") && msg.contains("column"), "{msg}");
}

#[test]
fn stderr_message_for_a_bad_policy_file_names_the_policy_and_field() {
    let msg = Policy::from_json(r#"{"preset": "son_la_2099"}"#)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("policy `<policy>`"), "{msg}");
    assert!(msg.contains("field `extends`"), "{msg}");
    assert!(msg.contains("son_la_2099"), "{msg}");
}
