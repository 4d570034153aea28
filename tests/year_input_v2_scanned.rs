//! Issue 14, DESIGN §21.1: a v2 document held in memory has its unit records read by a hand
//! scanner (serde reads the header, and any record the scanner declines). Whatever the shape
//! of the document — compact, spaced, with escapes, a key after the units, broken — the
//! in-memory reading gives exactly what the streamed reading (serde alone) gives: the same
//! report, or the same error.

use antq::policy::Policy;
use antq::year::pipeline::{evaluate_json, evaluate_reader};
use antq::year::{synthetic, v2, YearInput};
use proptest::prelude::*;

fn in_memory(json: &[u8], policy: &Policy) -> Result<Vec<u8>, String> {
    evaluate_json(json, policy)
        .map(|r| serde_json::to_vec(&r).unwrap())
        .map_err(|e| e.to_string())
}

fn streamed(json: &[u8], policy: &Policy) -> Result<Vec<u8>, String> {
    evaluate_reader(json, policy)
        .map(|r| serde_json::to_vec(&r).unwrap())
        .map_err(|e| e.to_string())
}

fn parsed(json: &[u8]) -> Result<YearInput, String> {
    YearInput::from_json(json).map_err(|e| e.to_string())
}

fn province(seed: u64) -> YearInput {
    synthetic::province(&synthetic::Shape::small(), 2026, seed)
}

/// Spaces, tabs and newlines between the tokens of a compact document whose strings hold no
/// `,"` nor `":` (the synthetic ones do not).
fn spaced(json: &str) -> String {
    json.replace(",\"", " ,\n\t\"")
        .replace("\":", "\" : ")
        .replace('{', "{ ")
        .replace('[', "[\r\n")
}

/// What may be done to a document before it is read.
#[derive(Debug, Clone)]
enum Change {
    /// A record's name gets an escape (`\u0058` for its first letter): serde reads it.
    Escape(usize),
    /// A record's `em` becomes negative (a data error).
    Negative(usize),
    /// A record loses its closing brace (a syntax error).
    Unclosed(usize),
    /// A record's id repeats the one before it (a rule error).
    SameId(usize),
    /// The document is cut short.
    Cut(usize),
    /// `"synthetic": true` moves after the units.
    KeyAfterUnits,
    /// Whitespace between every token.
    Spaced,
    /// A record's QĐ510 points `a` (read by position in memory, by id in the stream) get
    /// another shape: 0 every entry of `score_items` given (entries outside the unit's sheet
    /// too), 1 all `null` (unscored items, listed), 2 the first over any maximum, 3 one past
    /// the table, 4 empty, 5 left out.
    Points(usize, u8),
    /// A record's model-unit codes `mu` (read by position in memory, by id in the stream) get
    /// another shape: 0 registered and every criterion met, 1 nothing given, 2 registered
    /// and the first criterion not met, 3 one past the table, 4 empty, 5 a byte that is no
    /// code, 6 left out.
    Codes(usize, u8),
}

/// The byte offsets where unit records begin in a compact v2 document.
fn record_starts(json: &str) -> Vec<usize> {
    let Some(units) = json.find("\"units\":[").map(|u| u + "\"units\":[".len()) else {
        return vec![0];
    };
    let mut starts = vec![units];
    starts.extend(
        json[units..]
            .match_indices("},{\"")
            .filter(|(i, _)| {
                json[units + i + 3..].starts_with("\"i\"")
                    || json[units + i + 3..].starts_with("\"r\"")
            })
            .map(|(i, _)| units + i + 2),
    );
    starts
}

fn apply(json: &str, change: &Change) -> String {
    let starts = record_starts(json);
    let at = |k: usize| starts[k % starts.len()];
    match change {
        Change::Escape(k) => {
            let s = at(*k);
            let Some(name) = json[s..].find("\"n\":\"").map(|n| n + s + 5) else {
                return json.to_owned();
            };
            match json[name..].chars().next() {
                Some(first) if u32::from(first) <= 0xFFFF && first != '"' => format!(
                    "{}\\u{:04x}{}",
                    &json[..name],
                    u32::from(first),
                    &json[name + first.len_utf8()..]
                ),
                _ => json.to_owned(),
            }
        }
        // A document cut right after `"units":[` has no record to change.
        Change::Negative(k) if at(*k) >= json.len() => json.to_owned(),
        Change::Negative(k) => {
            let s = at(*k);
            format!("{}\"em\":-1,{}", &json[..s + 1], &json[s + 1..])
        }
        Change::Unclosed(k) => {
            let s = at(*k);
            match json[s..].find("},{") {
                Some(e) => format!("{}{}", &json[..s + e], &json[s + e + 1..]),
                None => json.to_owned(),
            }
        }
        Change::SameId(_) if starts.len() < 2 => json.to_owned(),
        Change::SameId(k) => {
            let k = 1 + k % (starts.len() - 1);
            let (prev, s) = (starts[k - 1], starts[k]);
            // Give record k the whole id of record k − 1.
            let Ok(prev_id) = serde_json::from_str::<serde_json::Value>(&extract(json, prev))
            else {
                return json.to_owned();
            };
            let whole = match (prev_id.get("i"), prev_id.get("r"), prev_id.get("c")) {
                (Some(i), _, _) => i.as_str().unwrap().to_owned(),
                (None, Some(r), Some(c)) => {
                    format!("{}-{}", c.as_str().unwrap(), r.as_str().unwrap())
                }
                _ => return json.to_owned(),
            };
            let rec = extract(json, s);
            let Ok(mut v) = serde_json::from_str::<serde_json::Value>(&rec) else {
                return json.to_owned();
            };
            let o = v.as_object_mut().unwrap();
            o.remove("r");
            o.insert("i".into(), whole.into());
            format!(
                "{}{}{}",
                &json[..s],
                serde_json::to_string(&v).unwrap(),
                &json[s + rec.len()..]
            )
        }
        Change::Cut(k) => {
            let mut end = (k * 7919) % json.len();
            while !json.is_char_boundary(end) {
                end -= 1;
            }
            json[..end].to_owned()
        }
        Change::KeyAfterUnits => {
            let moved = json.replacen("\"synthetic\":true,", "", 1);
            match moved.strip_suffix('}') {
                Some(body) if moved.len() < json.len() => format!("{body},\"synthetic\":true}}"),
                _ => json.to_owned(),
            }
        }
        Change::Spaced => spaced(json),
        Change::Points(k, shape) | Change::Codes(k, shape) => {
            let Ok(doc) = serde_json::from_str::<serde_json::Value>(json) else {
                return json.to_owned();
            };
            let table = doc["score_items"].as_array().map_or(0, Vec::len);
            let s = at(*k);
            let rec = extract(json, s);
            let Ok(mut v) = serde_json::from_str::<serde_json::Value>(&rec) else {
                return json.to_owned();
            };
            let o = v.as_object_mut().unwrap();
            if let Change::Codes(_, shape) = change {
                let n = doc["model_criteria"].as_array().map_or(0, Vec::len);
                let codes = match shape {
                    0 => "1".repeat(n + 1),
                    1 => "-".repeat(n + 1),
                    2 => format!("10{}", "1".repeat(n.saturating_sub(1))),
                    3 => "1".repeat(n + 2),
                    4 => String::new(),
                    5 => "1x".to_owned(),
                    _ => {
                        o.remove("mu");
                        String::new()
                    }
                };
                if *shape < 6 {
                    o.insert("mu".into(), codes.into());
                }
                return format!(
                    "{}{}{}",
                    &json[..s],
                    serde_json::to_string(&v).unwrap(),
                    &json[s + rec.len()..]
                );
            }
            let given = o.get("a").and_then(|a| a.as_array()).map_or(2, Vec::len);
            let points: Vec<serde_json::Value> = match shape {
                0 => vec![1.into(); table],
                1 => vec![serde_json::Value::Null; given.max(1)],
                2 => std::iter::once(999.into())
                    .chain(std::iter::repeat_n(1.into(), given.saturating_sub(1)))
                    .collect(),
                3 => vec![1.into(); table + 1],
                4 => Vec::new(),
                _ => {
                    o.remove("a");
                    Vec::new()
                }
            };
            if *shape < 5 {
                o.insert("a".into(), points.into());
            }
            format!(
                "{}{}{}",
                &json[..s],
                serde_json::to_string(&v).unwrap(),
                &json[s + rec.len()..]
            )
        }
    }
}

/// The record text starting at `at` (balanced braces; synthetic strings hold none).
fn extract(json: &str, at: usize) -> String {
    let mut depth = 0;
    for (i, b) in json[at..].bytes().enumerate() {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return json[at..at + i + 1].to_owned();
                }
            }
            _ => {}
        }
    }
    json[at..].to_owned()
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0usize..500).prop_map(Change::Escape),
        (0usize..500).prop_map(Change::Negative),
        (0usize..500).prop_map(Change::Unclosed),
        (0usize..500).prop_map(Change::SameId),
        (1usize..100_000).prop_map(Change::Cut),
        Just(Change::KeyAfterUnits),
        Just(Change::Spaced),
        (0usize..500, 0u8..6).prop_map(|(k, shape)| Change::Points(k, shape)),
        (0usize..500, 0u8..7).prop_map(|(k, shape)| Change::Codes(k, shape)),
    ]
}

#[test]
fn issue_14_scanned_reading_gives_the_report_of_the_v1_reading() {
    for seed in [1, 2, 3] {
        let input = province(seed);
        let v1 = serde_json::to_vec(&input).unwrap();
        let v2 = v2::to_json(&input);
        for policy in [Policy::national(), Policy::son_la_2026()] {
            let expected = in_memory(&v1, &policy).unwrap();
            assert_eq!(in_memory(&v2, &policy).unwrap(), expected);
            assert_eq!(streamed(&v2, &policy).unwrap(), expected);
            let spaced = spaced(std::str::from_utf8(&v2).unwrap());
            assert_eq!(in_memory(spaced.as_bytes(), &policy).unwrap(), expected);
        }
        assert_eq!(parsed(&v2).unwrap(), parsed(&v1).unwrap());
    }
}

/// DESIGN §22.5: in memory a unit's QĐ510 points and model-unit codes go to the evaluator by
/// position (the maps of facts by id are not built), in the stream by id. Every shape of `a`
/// and of `mu` on many records, under two policies: the same report or the same error — and
/// both sides are reached.
#[test]
fn issue_14_facts_by_position_give_the_report_of_facts_by_id() {
    let json = String::from_utf8(v2::to_json(&province(1))).unwrap();
    let (mut reports, mut errors) = (0, 0);
    let changes = (0..6)
        .map(|shape| (shape, true))
        .chain((0..7).map(|shape| (shape, false)));
    for policy in [Policy::national(), Policy::son_la_2026()] {
        for (shape, points) in changes.clone() {
            for k in (0..40).map(|k| k * 7) {
                let change = if points {
                    Change::Points(k, shape)
                } else {
                    Change::Codes(k, shape)
                };
                let changed = apply(&json, &change);
                let got = in_memory(changed.as_bytes(), &policy);
                assert_eq!(
                    got,
                    streamed(changed.as_bytes(), &policy),
                    "shape {shape}, record {k}"
                );
                match got {
                    Ok(_) => reports += 1,
                    Err(_) => errors += 1,
                }
            }
        }
    }
    assert!(
        reports > 100 && errors > 100,
        "{reports} reports, {errors} errors"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any change to a document: the in-memory reading (hand scanner) and the streamed one
    /// (serde alone) give the same report or the same error, and `from_json` the same input or
    /// error as the v1 form when there is one.
    #[test]
    fn issue_14_scanned_reading_equals_serde_s_reading(
        seed in 0u64..50,
        changes in proptest::collection::vec(change(), 1..4),
    ) {
        let input = province(seed);
        let mut json = String::from_utf8(v2::to_json(&input)).unwrap();
        for c in &changes {
            if matches!(c, Change::Spaced) {
                continue;
            }
            json = apply(&json, c);
        }
        if changes.iter().any(|c| matches!(c, Change::Spaced)) {
            json = spaced(&json);
        }
        let policy = Policy::national();
        prop_assert_eq!(in_memory(json.as_bytes(), &policy), streamed(json.as_bytes(), &policy));
        // And `from_json` then `evaluate` (issue 6: the same report or error as one pass).
        let two_step = parsed(json.as_bytes()).and_then(|input| {
            antq::year::evaluate(&input, &policy)
                .map(|r| serde_json::to_vec(&r).unwrap())
                .map_err(|e| e.to_string())
        });
        prop_assert_eq!(two_step, streamed(json.as_bytes(), &policy));
    }
}
