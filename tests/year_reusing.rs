//! `evaluate_json_reusing` and `Evaluator::reuse` make the reports in the memory of a previous
//! report's units (DESIGN §30): the report is that of `evaluate_json` whatever that memory
//! held, and the memory is really used when it has room. The example files (errors included)
//! and the header after the units: `tests/year_streaming.rs`.

use antq::policy::Policy;
use antq::year::pipeline::{evaluate_json, evaluate_json_reusing, Evaluator};
use antq::year::{synthetic, v2, Report, UnitReport};
use proptest::prelude::*;

/// The units of another province's report: what a caller hands back after a year.
fn spare(seed: u64, keep: usize) -> Vec<UnitReport> {
    let input = synthetic::province(&synthetic::Shape::small(), 2025, seed);
    let mut units = antq::year::evaluate(&input, &Policy::national())
        .unwrap()
        .units;
    units.truncate(keep);
    units
}

fn province_json(seed: u64, as_v2: bool) -> Vec<u8> {
    let input = synthetic::province(&synthetic::Shape::small(), 2026, seed);
    if as_v2 {
        v2::to_json(&input)
    } else {
        serde_json::to_vec(&input).unwrap()
    }
}

/// The documents one province can be written as, each read by another path: v1; plain v2
/// (the fast reading); v2 with a field after the units (the fast reading starts, stops, and
/// the text is read again); v1 with the header after the units (the text read twice).
fn every_path(seed: u64) -> Vec<(&'static str, Vec<u8>)> {
    let v1 = province_json(seed, false);
    let v2 = String::from_utf8(province_json(seed, true)).unwrap();
    assert!(v2.contains(",\"synthetic\":true,") && v2.ends_with("]}"));
    let late_field = v2.replacen(",\"synthetic\":true,", ",", 1);
    let late_field = format!(
        "{}],\"synthetic\":true}}",
        &late_field[..late_field.len() - 2]
    );
    let input = synthetic::province(&synthetic::Shape::small(), 2026, seed);
    let units = serde_json::to_string(&input.units).unwrap();
    let header_last = format!(
        "{{\"units\": {units}, \"schema_version\": 1, \"province\": {}, \"year\": 2026, \"synthetic\": true}}",
        serde_json::to_string(&input.province).unwrap()
    );
    vec![
        ("v1", v1),
        ("plain v2", v2.into_bytes()),
        ("v2, a field after the units", late_field.into_bytes()),
        ("v1, the header after the units", header_last.into_bytes()),
    ]
}

/// The reports are made where the spare's were, whichever way the document is read, when it
/// has room.
#[test]
fn the_reports_are_made_in_the_spare_memory() {
    let policy = Policy::son_la_2026();
    for (path, json) in every_path(11) {
        let plain = evaluate_json(&json, &policy).unwrap();
        let mut room = spare(3, usize::MAX);
        room.reserve(plain.units.len());
        let at = room.as_ptr();
        let report = evaluate_json_reusing(&json, &policy, room).unwrap();
        assert_eq!(report.units.as_ptr(), at, "{path}");
        assert_eq!(report, plain, "{path}");
    }
}

/// A spare handed over after the first unit is dropped: the reports already made stay.
#[test]
fn evaluator_reuse_after_a_push_changes_nothing() {
    let input = synthetic::province(&synthetic::Shape::small(), 2026, 5);
    let policy = Policy::national();
    let run = |reuse_at: Option<usize>| -> Report {
        let mut ev = Evaluator::new(1, &input.province, 2026, input.synthetic, &policy).unwrap();
        for (i, u) in input.units.iter().enumerate() {
            if reuse_at == Some(i) {
                ev.reuse(spare(9, usize::MAX));
            }
            ev.push(u).unwrap();
        }
        ev.finish().unwrap()
    };
    let plain = run(None);
    assert_eq!(run(Some(0)), plain);
    assert_eq!(run(Some(1)), plain);
    assert_eq!(run(Some(input.units.len() - 1)), plain);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Whatever the spare holds (another year's units, some or none, with any room), the
    /// report is the one `evaluate_json` makes, for v1 and v2 input.
    #[test]
    fn any_spare_leaves_the_report_as_it_is(
        seed in 0u64..1_000,
        other in 0u64..1_000,
        keep in 0usize..40,
        room in 0usize..64,
        as_v2 in any::<bool>(),
    ) {
        let json = province_json(seed, as_v2);
        let policy = Policy::son_la_2026();
        let mut s = spare(other, keep);
        s.reserve(room);
        prop_assert_eq!(
            evaluate_json_reusing(&json, &policy, s).unwrap(),
            evaluate_json(&json, &policy).unwrap()
        );
    }
}
