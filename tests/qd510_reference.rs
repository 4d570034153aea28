//! QĐ510 classification against a plain reference (issue 14, DESIGN §20.1): over random sheets
//! (validated or not: duplicate ids, nested groups, "An toàn về ANTT" items anywhere, bands
//! with gaps, many deductions) and random inputs (points present, absent, above the maximum,
//! on unknown ids, on groups or the computed item; facts repeated, against unknown deductions,
//! with empty ids, more than a few), `classify` and `classify_compact` give exactly what the
//! rules say, written here the simplest way: every item looked up with `BTreeMap::get`, the
//! recursion stopping at the first error, the facts counted with a set, the first band that
//! holds the total. Same outcome, same findings in the same order, same error.

use std::collections::BTreeMap;

use antq::law::qd510::builtin::{FACT_ONCE, SINGLE_DEDUCTION};
use antq::law::qd510::{classify, classify_compact};
use proptest::prelude::*;

#[path = "qd510_reference/gen.rs"]
mod gen;
#[path = "qd510_reference/model.rs"]
mod model;
use gen::case;
use model::{key, reference};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn classification_is_the_reference_one((sheet, input, safety) in case()) {
        let expected = reference(&safety, &input, &sheet);
        let full = classify(&safety, &input, &sheet);
        let compact = classify_compact(&safety, &input, &sheet);
        match expected {
            Err(e) => {
                prop_assert_eq!(full.unwrap_err().to_string(), e.to_string());
                prop_assert_eq!(compact.unwrap_err().to_string(), e.to_string());
            }
            Ok(r) => {
                let full = full.unwrap();
                let o = &full.outcome;
                prop_assert_eq!(
                    (o.earned, o.deducted, o.waived, o.safety_points, o.total, o.unscored_items),
                    (r.earned, r.deducted, r.waived, r.safety_points, r.total, r.unscored)
                );
                prop_assert_eq!(&o.band, &r.band);
                prop_assert_eq!(o.class, r.band.class);
                let got: Vec<_> = full.findings.iter().map(key).collect();
                let want: Vec<_> = r.findings.iter().map(key).collect();
                prop_assert_eq!(got, want);
                // Items and deductions are the sheet's own criteria (a pointer copied).
                for (g, w) in full.findings.iter().zip(&r.findings) {
                    if !w.criterion.id.starts_with("qd510.band.") {
                        prop_assert!(g.criterion.same(&w.criterion));
                    }
                }
                prop_assert_eq!(
                    o.provisional,
                    r.findings.iter().any(|f| f.criterion.source.is_provisional())
                );
                let compact = compact.unwrap();
                prop_assert_eq!(&compact.outcome, o);
                prop_assert_eq!(compact.needs_action(), r.needs_action);
            }
        }
    }
}

/// The strategies reach every branch the reference has (a test that cannot fail is a defect:
/// here, a generator that never produced an error or a waiver would make the property empty).
#[test]
fn the_random_cases_reach_every_outcome() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut seen = BTreeMap::new();
    for _ in 0..3000 {
        let (sheet, input, safety) = case().new_tree(&mut runner).unwrap().current();
        let what = match reference(&safety, &input, &sheet) {
            Err(e) => {
                let field = e.field().unwrap_or("-");
                let field = if field.starts_with("awarded.") {
                    "awarded.<id>"
                } else if field.starts_with("facts[") {
                    "facts[i].fact"
                } else {
                    field
                };
                format!("error {field}")
            }
            Ok(r)
                if r.findings
                    .iter()
                    .any(|f| f.criterion.id == SINGLE_DEDUCTION.id) =>
            {
                "waived".into()
            }
            Ok(r) if r.findings.iter().any(|f| f.criterion.id == FACT_ONCE.id) => "repeat".into(),
            Ok(r) if r.unscored > 0 => "unscored".into(),
            Ok(_) => "ok".into(),
        };
        *seen.entry(what).or_insert(0u32) += 1;
    }
    for what in [
        "error awarded",
        "error awarded.<id>",
        "error facts[i].fact",
        "error facts.deduction",
        "error bands",
        "waived",
        "repeat",
        "unscored",
        "ok",
    ] {
        assert!(seen.contains_key(what), "{what} never reached: {seen:?}");
    }
}
