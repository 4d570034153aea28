//! Streaming evaluation (`evaluate_json`) gives the same report and the same errors as parsing
//! the whole input first (`YearInput::from_json` + `evaluate`).

use antq::policy::Policy;
use antq::year::pipeline::{evaluate_json, evaluate_json_reusing};
use antq::year::{evaluate, synthetic, YearInput};

fn two_step(json: &[u8], policy: &Policy) -> Result<Vec<u8>, antq::Error> {
    let input = YearInput::from_json(json)?;
    let r = evaluate(&input, policy)?;
    Ok(serde_json::to_vec(&r).unwrap())
}

fn streamed(json: &[u8], policy: &Policy) -> Result<Vec<u8>, antq::Error> {
    evaluate_json(json, policy).map(|r| serde_json::to_vec(&r).unwrap())
}

const FILES: [&str; 5] = [
    "year_input_small.json",
    "year_input_broken_duplicate_id.json",
    "year_input_broken_malformed.json",
    "year_input_broken_missing_commune.json",
    "year_input_broken_unknown_kind.json",
];

#[test]
fn issue_6_streaming_matches_two_step_on_every_example_file() {
    for f in FILES {
        let json =
            std::fs::read(format!("{}/examples/data/{f}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        for policy in [Policy::national(), Policy::son_la_2026()] {
            assert_eq!(streamed(&json, &policy), two_step(&json, &policy), "{f}");
            // Memory handed over for the reports (another province's units) changes nothing,
            // neither the report nor the error.
            let other = synthetic::province(&synthetic::Shape::small(), 2025, 7);
            let spare = evaluate(&other, &Policy::national()).unwrap().units;
            assert_eq!(
                evaluate_json_reusing(&json, &policy, spare),
                evaluate_json(&json, &policy),
                "{f}, reusing"
            );
        }
    }
}

#[test]
fn issue_6_streaming_matches_two_step_on_a_synthetic_province() {
    let input = synthetic::province(&synthetic::Shape::son_la(), 2026, 3);
    let json = serde_json::to_vec(&input).unwrap();
    let policy = Policy::son_la_2026();
    let a = streamed(&json, &policy).unwrap();
    assert_eq!(a, two_step(&json, &policy).unwrap());
}

#[test]
fn issue_6_streaming_accepts_the_header_after_the_units() {
    let input = synthetic::province(&synthetic::Shape::small(), 2026, 4);
    let mut v = serde_json::to_value(&input).unwrap();
    let units = v.as_object_mut().unwrap().remove("units").unwrap();
    let json = format!(
        "{{\"units\": {units}, \"schema_version\": 1, \"province\": {}, \"year\": 2026, \"synthetic\": true}}",
        serde_json::to_string(&input.province).unwrap()
    );
    let policy = Policy::national();
    assert_eq!(
        streamed(json.as_bytes(), &policy).unwrap(),
        two_step(json.as_bytes(), &policy).unwrap()
    );
    // The text is read twice; memory handed over for the reports (another province's units)
    // passes from the first reading, which stops at the units, to the second, and changes
    // nothing.
    let other = synthetic::province(&synthetic::Shape::small(), 2025, 2);
    let spare = evaluate(&other, &policy).unwrap().units;
    assert_eq!(
        evaluate_json_reusing(json.as_bytes(), &policy, spare).unwrap(),
        evaluate_json(json.as_bytes(), &policy).unwrap()
    );
}

#[test]
fn issue_6_streaming_rejects_a_wrong_schema_version() {
    let json = br#"{"schema_version": 3, "province": "x", "year": 2026, "units": []}"#;
    let e = evaluate_json(json, &Policy::national()).unwrap_err();
    assert_eq!(e.field(), Some("schema_version"));
    assert_eq!(two_step(json, &Policy::national()).unwrap_err(), e);
}

#[test]
fn issue_10_malformed_json_wins_over_a_wrong_schema_version_on_every_path() {
    // YearInput::from_json cannot read it, so no path may report the header first.
    let json = br#"{"schema_version": 3, "province": "x", "year": 2026, "units": [}"#;
    let e = evaluate_json(json, &Policy::national()).unwrap_err();
    assert!(matches!(e, antq::Error::Parse { .. }), "{e:?}");
    assert_eq!(two_step(json, &Policy::national()).unwrap_err(), e);
}
