//! Report schema version 2 (issue 14 item 4, DESIGN §18.3): each unit's routing (the TT124
//! Đ9–Đ10 deciding body and deadline, the QĐ510 classifying body and deadline) is written once,
//! on its body's docket, instead of on every unit. Nothing is lost: the v1 per-unit fields
//! rebuilt from the dockets equal what the report of version 1 wrote (golden files written by
//! the crate before this change, same inputs), and a report read back equals the one written.

use antq::policy::Policy;
use antq::year::pipeline::evaluate_json;
use antq::year::{evaluate, synthetic, Report};
use serde_json::{Map, Value};

fn file(path: &str) -> Vec<u8> {
    std::fs::read(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The v1 shape of a v2 report, rebuilt from its JSON text alone: the routing fields go back
/// on the units (from the dockets), the dockets lose their unit ids.
fn v1_projection(v2: &[u8]) -> Value {
    let mut doc: Value = serde_json::from_slice(v2).unwrap();
    assert_eq!(doc["schema_version"], 2);
    doc["schema_version"] = Value::from(1);
    let mut routing: std::collections::HashMap<String, Map<String, Value>> = Default::default();
    for b in doc["bodies"].as_array_mut().unwrap() {
        let b = b.as_object_mut().unwrap();
        let ids = b.remove("unit_ids").expect("every docket lists its units");
        let (body_key, date_key) = match b["procedure"].as_str().unwrap() {
            "safety_recognition" => ("recognised_by", "deadline"),
            "movement_classification" => ("classified_by", "classification_deadline"),
            other => panic!("unexpected docket {other}"),
        };
        for id in ids.as_array().unwrap() {
            let r = routing.entry(id.as_str().unwrap().to_owned()).or_default();
            assert!(
                r.insert(body_key.into(), b["body"].clone()).is_none(),
                "{id} twice"
            );
            r.insert(date_key.into(), b["deadline"].clone());
        }
    }
    for u in doc["units"].as_array_mut().unwrap() {
        let u = u.as_object_mut().unwrap();
        for key in [
            "recognised_by",
            "classified_by",
            "deadline",
            "classification_deadline",
        ] {
            assert!(!u.contains_key(key), "a v2 unit has no {key}");
        }
        if let Some(r) = routing.remove(u["id"].as_str().unwrap()) {
            u.extend(r);
        }
    }
    assert!(
        routing.is_empty(),
        "docket ids that are no unit: {routing:?}"
    );
    doc
}

#[test]
fn issue_14_item_4_v1_routing_rebuilt_from_the_dockets_equals_the_v1_report() {
    let small = file("examples/data/year_input_small.json");
    let v2 = serde_json::to_vec(&evaluate_json(&small, &Policy::son_la_2026()).unwrap()).unwrap();
    let golden: Value =
        serde_json::from_slice(&file("tests/data/report_v1_year_input_small_son_la.json")).unwrap();
    assert_eq!(v1_projection(&v2), golden);

    let input = synthetic::province(&synthetic::Shape::small(), 2026, 11);
    let v2 = serde_json::to_vec(&evaluate(&input, &Policy::national()).unwrap()).unwrap();
    let golden: Value =
        serde_json::from_slice(&file("tests/data/report_v1_synthetic_small_national.json"))
            .unwrap();
    assert_eq!(v1_projection(&v2), golden);
}

#[test]
fn issue_14_item_4_a_unit_not_scored_stays_on_its_classifying_docket() {
    // The example has a subject unit without a score: the body must still classify it, so it
    // is on the docket, but not counted among the decisions ready (`units`).
    let small = file("examples/data/year_input_small.json");
    let r = evaluate_json(&small, &Policy::son_la_2026()).unwrap();
    let unscored = r
        .units
        .iter()
        .find(|u| u.classified_by.is_some() && u.classification.is_none())
        .expect("an unscored subject unit");
    let docket = r
        .bodies
        .iter()
        .find(|b| b.unit_ids.contains(&unscored.id) && b.body == unscored.classified_by.unwrap())
        .unwrap();
    let scored = docket
        .unit_ids
        .iter()
        .filter(|id| r.unit(id.as_str()).unwrap().classification.is_some())
        .count();
    assert_eq!(docket.units as usize, scored);
}

#[test]
fn issue_14_item_4_a_report_read_back_has_its_routing() {
    let input = synthetic::province(&synthetic::Shape::small(), 2026, 5);
    let r = evaluate(&input, &Policy::son_la_2026()).unwrap();
    let bytes = serde_json::to_vec(&r).unwrap();
    let back: Report = serde_json::from_slice(&bytes).unwrap();
    assert!(back.units.iter().any(|u| u.recognised_by.is_some()));
    assert_eq!(back, r);
    assert_eq!(serde_json::to_vec(&back).unwrap(), bytes);
}
