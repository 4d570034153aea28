//! Year input schema version 2 (issue 14 item 3, DESIGN §18.2): the same facts in fewer values.
//! A v2 document reads into the same `YearInput` as its v1 form on every entry point, so the
//! reports are byte-identical; a fact left out of a v2 record is "not given", never "met"; every
//! error names the unit and the field.

use antq::law::tt124::facts::{Accident, AccidentKind};
use antq::policy::Policy;
use antq::year::pipeline::{evaluate_json, evaluate_reader};
use antq::year::{evaluate, synthetic, v2, YearInput};
use antq::{Error, SafetyOutcome};
use proptest::prelude::*;

fn data(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/examples/data/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// The report of `json` by every entry point, checked equal; the bytes.
fn report(json: &[u8], policy: &Policy) -> Result<Vec<u8>, Error> {
    let two_step = YearInput::from_json(json)
        .and_then(|i| evaluate(&i, policy))
        .map(|r| serde_json::to_vec(&r).unwrap());
    let streamed = evaluate_json(json, policy).map(|r| serde_json::to_vec(&r).unwrap());
    let read = evaluate_reader(json, policy).map(|r| serde_json::to_vec(&r).unwrap());
    assert_eq!(streamed, two_step, "evaluate_json vs two-step");
    assert_eq!(read, two_step, "evaluate_reader vs two-step");
    two_step
}

fn rejected(json: &str) -> Error {
    report(json.as_bytes(), &Policy::son_la_2026()).unwrap_err()
}

const HEAD: &str = r#"{"schema_version": 2, "province": "p", "year": 2026, "score_items": ["qd510.remainder"], "model_criteria": ["qd3554.c01"], "units": ["#;

fn one(record: &str) -> String {
    format!("{HEAD}{record}]}}")
}

#[test]
fn issue_14_v2_example_file_reads_as_its_v1_original() {
    let v1 = YearInput::from_json(&data("year_input_small.json")).unwrap();
    let v2 = YearInput::from_json(&data("year_input_v2_small.json")).unwrap();
    assert_eq!(v1, v2);
    for policy in [Policy::national(), Policy::son_la_2026()] {
        assert_eq!(
            report(&data("year_input_small.json"), &policy).unwrap(),
            report(&data("year_input_v2_small.json"), &policy).unwrap()
        );
    }
}

#[test]
fn issue_14_v2_rewrite_of_a_synthetic_province_gives_a_byte_identical_report() {
    let input = synthetic::province(&synthetic::Shape::son_la(), 2026, 3);
    let v1 = serde_json::to_vec(&input).unwrap();
    let v2 = v2::to_json(&input);
    assert!(
        v2.len() * 2 < v1.len(),
        "v2 {} B vs v1 {} B",
        v2.len(),
        v1.len()
    );
    assert_eq!(YearInput::from_json(&v2).unwrap(), input);
    let policy = Policy::son_la_2026();
    assert_eq!(report(&v1, &policy).unwrap(), report(&v2, &policy).unwrap());
}

#[test]
fn issue_14_v2_a_fact_left_out_is_not_given_never_met() {
    // `f` stops after `registered`: every other TT124 fact is not given, the lists too.
    let e = one(r#"{"i": "k1", "n": "Cơ quan 1", "k": "agency", "m": "province", "f": "1"}"#);
    let input = YearInput::from_json(e.as_bytes()).unwrap();
    let s = &input.units[0].safety;
    assert_eq!(s.registered, Some(true));
    assert_eq!(s.party_resolution, None);
    assert_eq!(s.events, None, "a list left out is not 'none'");
    assert_eq!(input.units[0].score, None);
    assert_eq!(input.units[0].model_unit, None);
    let r = evaluate(&input, &Policy::national()).unwrap();
    assert_eq!(r.units[0].safety, SafetyOutcome::CannotDecide);
    // `-` and `0` for a list: not given, and none.
    let e = one(
        r#"{"i": "k1", "n": "Bản 1", "k": "residential_area", "m": "province", "f": "1----------------0"}"#,
    );
    let input = YearInput::from_json(e.as_bytes()).unwrap();
    assert_eq!(input.units[0].safety.events, None);
    assert_eq!(input.units[0].safety.serious_crimes, Some(vec![]));
}

#[test]
fn issue_14_v2_lists_relative_ids_and_tables_decode() {
    let rec = r#"{"r": "k1", "c": "x1", "n": "Bản 1", "k": "residential_area", "m": "commune",
        "f": "------------------1", "ac": [{"kind": "serious_fire_or_explosion"}],
        "a": [30], "mu": "1-", "md": [{"r": "m0", "n": "Camera"}, {"i": "other", "n": "Zalo"}]}"#;
    let input = YearInput::from_json(one(rec).as_bytes()).unwrap();
    let u = &input.units[0];
    assert_eq!(u.unit.id.as_str(), "x1-k1");
    assert_eq!(
        u.safety.accidents,
        Some(vec![Accident {
            kind: AccidentKind::SeriousFireOrExplosion,
            force_majeure: false
        }])
    );
    assert_eq!(u.score.as_ref().unwrap().awarded["qd510.remainder"], 30);
    let mu = u.model_unit.as_ref().unwrap();
    assert_eq!(mu.registered, Some(true));
    assert!(mu.criteria.is_empty(), "`-` leaves the criterion not given");
    let models = u.models.as_ref().unwrap();
    assert_eq!(models[0].id, "x1-k1-m0");
    assert_eq!(models[1].id, "other");
}

#[test]
fn issue_14_v2_errors_name_the_unit_and_the_field_on_every_path() {
    let base = r#""n": "Bản 1", "k": "residential_area", "m": "province""#;
    let cases: [(String, &str, &str); 9] = [
        (
            format!(r#"{{"i": "k1", {base}, "f": "1x"}}"#),
            "k1",
            "units[0].f",
        ),
        (
            format!(r#"{{"i": "k1", {base}, "f": "1111111111111111111111"}}"#),
            "k1",
            "units[0].f",
        ),
        (
            format!(r#"{{"i": "k1", {base}, "f": "----------------1"}}"#),
            "k1",
            "units[0].ev",
        ),
        (
            format!(r#"{{"i": "k1", {base}, "f": "----------------0", "ev": ["sabotage"]}}"#),
            "k1",
            "units[0].ev",
        ),
        (
            format!(r#"{{"i": "k1", {base}, "a": [1, 2]}}"#),
            "k1",
            "units[0].a[1]",
        ),
        (
            format!(r#"{{"i": "k1", {base}, "mu": "12"}}"#),
            "k1",
            "units[0].mu",
        ),
        (
            format!(r#"{{"i": "k1", "r": "k", {base}}}"#),
            "units[0]",
            "units[0].i",
        ),
        (
            format!(r#"{{"i": "k1", {base}, "hh": [1, "x"]}}"#),
            "k1",
            "units[0].hh[1]",
        ),
        (
            format!(r#"{{"i": "k1", {base}, "zz": 1}}"#),
            "k1",
            "units[0].zz",
        ),
    ];
    for (rec, unit, field) in cases {
        let e = rejected(&one(&rec));
        assert_eq!(e.field(), Some(field), "{rec}: {e}");
        assert!(e.to_string().contains(unit), "{rec}: {e}");
    }
}

#[test]
fn issue_14_v2_header_must_precede_the_units_and_tables_are_v2_only() {
    let e = rejected(r#"{"units": [], "schema_version": 2, "province": "p", "year": 2026}"#);
    assert_eq!(e.field(), Some("units"));
    let e = rejected(
        r#"{"schema_version": 1, "province": "p", "year": 2026, "score_items": [], "units": []}"#,
    );
    assert_eq!(e.field(), Some("score_items"));
    let e = rejected(
        r#"{"schema_version": 2, "province": "p", "year": 2026, "score_items": ["a", "a"], "units": []}"#,
    );
    assert_eq!(e.field(), Some("score_items[1]"));
    let e = rejected(r#"{"schema_version": 3, "province": "p", "year": 2026, "units": []}"#);
    assert_eq!(e.field(), Some("schema_version"));
}

/// A synthetic province with some facts made unknown, some lists emptied or filled, some scores
/// and model units dropped — the states v2 must keep apart.
fn varied(seed: u64, knock: &[(usize, u8)]) -> YearInput {
    let mut input = synthetic::province(&synthetic::Shape::small(), 2026, seed);
    let n = input.units.len();
    for &(at, what) in knock {
        let u = &mut input.units[at % n];
        match what % 8 {
            0 => u.safety.registered = None,
            1 => u.safety.events = None,
            2 => u.safety.accidents = Some(vec![]),
            3 => u.score = None,
            4 => u.model_unit = None,
            5 => u.safety.party_resolution = Some(false),
            6 => {
                if let Some(m) = u.models.as_mut().and_then(|m| m.first_mut()) {
                    m.id = format!("free-{at}");
                }
            }
            _ => u.safety.crime_reduced = None,
        }
    }
    input
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn issue_14_v2_round_trip_and_same_report(
        seed in 0u64..1000,
        knock in proptest::collection::vec((0usize..10_000, 0u8..8), 0..40),
    ) {
        let input = varied(seed, &knock);
        let v2 = v2::to_json(&input);
        prop_assert_eq!(&YearInput::from_json(&v2).unwrap(), &input);
        let v1 = serde_json::to_vec(&input).unwrap();
        let policy = Policy::son_la_2026();
        prop_assert_eq!(report(&v1, &policy), report(&v2, &policy));
    }
}
