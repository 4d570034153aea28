//! The scanner's contract: whenever it reads a record, the record equals serde's reading of
//! the same text — including when the record it writes into held another one before.

use proptest::prelude::*;

use super::super::record::Record;
use super::super::{decode, Tables};
use super::Scanner;
use crate::year::synthetic;

/// serde's reading of `text` as a record, as JSON (the comparison form: `Record` has no
/// `PartialEq`; its serde form writes every field it holds).
fn serde_form(text: &str) -> Option<serde_json::Value> {
    let rec: Record = serde_json::from_str(text).ok()?;
    Some(serde_json::to_value(&rec).unwrap())
}

pub(crate) fn tables() -> Tables {
    Tables {
        score_items: vec!["qd510.remainder".into(), "qd510.d7.k1".into()],
        model_criteria: vec!["qd3554.c01".into(), "qd3554.c02".into()],
    }
}

/// Read `text` with the scanner into `rec`; when it reads, check it against serde (the record
/// and the unit it decodes into). Returns whether it read.
fn check(scanner: &mut Scanner, rec: &mut Record, text: &str) -> bool {
    if !scanner.read(text, rec) {
        return false;
    }
    let expected =
        serde_form(text).unwrap_or_else(|| panic!("the scanner read a text serde rejects: {text}"));
    assert_eq!(serde_json::to_value(&*rec).unwrap(), expected, "{text}");
    let ours = decode(
        serde_json::from_value(serde_json::to_value(&*rec).unwrap()).unwrap(),
        &tables(),
        0,
    );
    let theirs = decode(serde_json::from_str(text).unwrap(), &tables(), 0);
    assert_eq!(
        ours.map_err(|e| e.to_string()),
        theirs.map_err(|e| e.to_string()),
        "{text}"
    );
    true
}

fn read_one(text: &str) -> bool {
    check(&mut Scanner::default(), &mut Record::empty(), text)
}

pub(crate) const BASE: &str = r#"{"r":"k1","c":"xa-1","n":"Bản Mường","k":"residential_area","m":"commune","f":"111--1-1001-----0010","hh":[120,118],"a":[36,null],"mu":"1-0","md":[{"r":"m0","n":"Camera an ninh","e":true,"rt":"kha","dc":true}],"ps":{"outcome":"recognised"},"pc":"kha"}"#;

#[test]
fn a_plain_record_is_read_as_serde_reads_it() {
    assert!(read_one(BASE));
    let spaced = BASE
        .replace(',', " ,\n\t")
        .replace(':', " : ")
        .replace('{', "{ ");
    assert!(read_one(&format!("  {spaced}\r\n")));
}

/// A record text without any of the rare keys (`ev`, `sc`, `ac`, `di`, `sf`, `uc`, `x`, `h`),
/// which the scanner leaves to serde.
pub(crate) fn plain(text: &str) -> bool {
    ![
        "\"ev\"", "\"sc\"", "\"ac\"", "\"di\"", "\"sf\"", "\"uc\"", "\"x\"", "\"h\"",
    ]
    .iter()
    .any(|k| text.contains(k))
}

#[test]
fn every_record_of_a_synthetic_province_is_read_by_the_scanner() {
    let province = synthetic::province(&synthetic::Shape::small(), 2026, 7);
    let doc: serde_json::Value = serde_json::from_slice(&super::super::to_json(&province)).unwrap();
    let (mut scanner, mut rec) = (Scanner::default(), Record::empty());
    let units = doc["units"].as_array().unwrap();
    assert!(units.len() > 20, "{}", units.len());
    for u in units {
        let text = serde_json::to_string(u).unwrap();
        assert_eq!(check(&mut scanner, &mut rec, &text), plain(&text), "{text}");
    }
}

#[test]
fn what_the_scanner_declines() {
    for text in [
        // escapes and control bytes in strings, anywhere
        r#"{"n":"a\"b","k":"agency","m":"province"}"#,
        r#"{"n":"a\u0041","k":"agency","m":"province"}"#,
        "{\"n\":\"a\tb\",\"k\":\"agency\",\"m\":\"province\"}",
        r#"{"\u006e":"a","k":"agency","m":"province"}"#,
        // a key twice, an unknown key, a rare key read by serde
        r#"{"n":"a","n":"b","k":"agency","m":"province"}"#,
        r#"{"n":"a","k":"agency","m":"province","zz":1}"#,
        r#"{"n":"a","k":"agency","m":"province","x":{}}"#,
        // required keys missing
        r#"{"k":"agency","m":"province"}"#,
        r#"{"n":"a","m":"province"}"#,
        r#"{"n":"a","k":"agency"}"#,
        // numbers: sign, fraction, exponent, leading zero, past u32
        r#"{"n":"a","k":"agency","m":"province","em":-1}"#,
        r#"{"n":"a","k":"agency","m":"province","em":1.0}"#,
        r#"{"n":"a","k":"agency","m":"province","em":1e2}"#,
        r#"{"n":"a","k":"agency","m":"province","em":01}"#,
        r#"{"n":"a","k":"agency","m":"province","em":4294967296}"#,
        // wrong shapes: a pair of three, a struct as an array, a model without a name
        r#"{"n":"a","k":"agency","m":"province","hh":[1,2,3]}"#,
        r#"{"n":"a","k":"agency","m":"province","su":[3,2]}"#,
        r#"{"n":"a","k":"agency","m":"province","md":[{"r":"m0"}]}"#,
        // values serde does not read as the type
        r#"{"n":"a","k":"nothing","m":"province"}"#,
        r#"{"n":"a","k":"agency","m":"nowhere"}"#,
        r#"{"n":1,"k":"agency","m":"province"}"#,
        // not one whole object
        r#"{"n":"a","k":"agency","m":"province"} 1"#,
        r#"{"n":"a","k":"agency","m":"province""#,
        r#"[]"#,
    ] {
        assert!(!read_one(text), "{text}");
    }
}

#[test]
fn u32_boundaries_are_serde_s() {
    assert!(read_one(
        r#"{"n":"a","k":"agency","m":"province","em":4294967295}"#
    ));
    assert!(read_one(r#"{"n":"a","k":"agency","m":"province","em":0}"#));
    assert!(read_one(
        r#"{"n":"a","k":"agency","m":"province","em":null}"#
    ));
}

/// Members a record may be built from: each key with values of the right and of wrong shapes.
pub(crate) fn members() -> Vec<(&'static str, Vec<&'static str>)> {
    let strs = vec![
        r#""x""#,
        r#""Bản Mường 12345678""#,
        "null",
        "1",
        r#""a\nb""#,
        "[]",
    ];
    let ints = vec![
        "0",
        "7",
        "4294967295",
        "4294967296",
        "-1",
        "2.5",
        "null",
        r#""7""#,
    ];
    let bools = vec!["true", "false", "null", "1"];
    vec![
        ("i", strs.clone()),
        ("r", strs.clone()),
        ("c", strs.clone()),
        ("d", strs.clone()),
        ("n", strs.clone()),
        (
            "k",
            vec![
                r#""residential_area""#,
                r#""agency""#,
                r#""enterprise""#,
                r#"{"commune":{"commune_type":"xa"}}"#,
                r#"{"school":{"level":"primary","armed_forces":false}}"#,
                r#"{"agency":{"armed_forces":true}}"#,
                r#"{"enterprise":{"size":{"sector":"trade_services","average_insured_employees":"11","revenue":"18000000000","total_capital":"5000000000"}}}"#,
                r#"{"enterprise":{"size":{"sector":"industry_construction","average_insured_employees":"0","revenue":"0","total_capital":"999999999999999999"}}}"#,
                r#"{"enterprise":{"size":{"sector":"trade_services","average_insured_employees":"011","revenue":"18000000000","total_capital":"5000000000"}}}"#,
                r#"{"enterprise":{"size":{"sector":"trade_services","revenue":"18000000000","average_insured_employees":"11","total_capital":"5000000000"}}}"#,
                r#""school""#,
                "null",
                r#""nothing""#,
            ],
        ),
        (
            "m",
            vec![
                r#""commune""#,
                r#""province""#,
                r#""district""#,
                r#"{"province":null}"#,
                "null",
                r#""x""#,
            ],
        ),
        ("g", vec![r#""commune""#, "null", "3"]),
        (
            "f",
            vec![r#""1111-1-1001---1-0000""#, r#""""#, r#""2""#, "null", "1"],
        ),
        ("mu", vec![r#""1111011110111""#, r#""""#, "null"]),
        (
            "hh",
            vec!["[120,118]", "[1, 2]", "null", "[1]", "[1,2,3]", "[-1,2]"],
        ),
        ("pb", vec!["[50,49]", "null", "{}"]),
        ("em", ints.clone()),
        ("ss", ints.clone()),
        ("cm", ints),
        (
            "fr",
            vec![r#""good""#, r#""excellent""#, r#""kha""#, "null"],
        ),
        (
            "su",
            vec![
                r#"{"total":3,"rated_well":2}"#,
                r#"{"rated_well":2,"total":3}"#,
                r#"{"total":3}"#,
                r#"{"total":3,"rated_well":2,"total":4}"#,
                "[3,2]",
                "null",
            ],
        ),
        (
            "a",
            vec!["[36]", "[36,null,4]", "[]", "null", "[-1]", "[null]"],
        ),
        ("dc", vec![r#"["giấy-1","giấy-2"]"#, "[]", "null", "[1]"]),
        (
            "md",
            vec![
                r#"[{"r":"m0","n":"Camera","e":true,"rt":"kha","dc":true}]"#,
                r#"[{"i":"free","n":"Tổ","e":false,"hd":false},{"r":"m1","n":"x","rt":null}]"#,
                "[]",
                "null",
                r#"[{"r":"m0"}]"#,
                r#"[{"n":"x","n":"y"}]"#,
                r#"[{"n":"x","zz":1}]"#,
                r#"[{"n":"x","rt":"tot"}]"#,
            ],
        ),
        (
            "ps",
            vec![
                r#"{"outcome":"recognised"}"#,
                r#"{"outcome":"not_recognised"}"#,
                r#""recognised""#,
                "null",
            ],
        ),
        (
            "pc",
            vec![r#""kha""#, r#""xuat_sac""#, r#""yeu""#, "null", r#""best""#],
        ),
        ("pm", bools),
        ("x", vec!["{}", r#"{"a":true}"#]),
        ("h", vec![r#"{"2025":"recognised"}"#]),
        ("ev", vec!["[]"]),
        ("zz", vec!["1"]),
    ]
}

fn record_text() -> impl Strategy<Value = String> {
    record_text_from(members(), 12)
}

/// Records of the required members (in a few forms) and fewer than `max` members of `table`,
/// in any order, with any whitespace.
pub(crate) fn record_text_from(
    table: Vec<(&'static str, Vec<&'static str>)>,
    max: usize,
) -> impl Strategy<Value = String> {
    let n = table.len();
    let member = (0..n, 0usize..16, 0usize..4).prop_map(move |(k, v, ws)| {
        let (key, values) = &table[k];
        let space = ["", " ", "\n  ", "\t"][ws];
        format!(
            "{space}\"{key}\"{space}:{space}{}{space}",
            values[v % values.len()]
        )
    });
    let required = (0usize..3, 0usize..3, 0usize..2).prop_map(|(n, k, m)| {
        vec![
            format!(r#""n":{}"#, [r#""Tên""#, r#""x""#, "1"][n]),
            format!(
                r#""k":{}"#,
                [
                    r#""agency""#,
                    r#"{"school":{"level":"primary","armed_forces":false}}"#,
                    r#""residential_area""#
                ][k]
            ),
            format!(r#""m":{}"#, [r#""province""#, r#""commune""#][m]),
        ]
    });
    (
        required,
        proptest::collection::vec(member, 0..max),
        any::<u64>(),
    )
        .prop_map(|(mut parts, extra, shuffle)| {
            parts.extend(extra);
            let len = parts.len();
            for i in 0..len {
                let j = (shuffle.rotate_left(i as u32 * 7) as usize) % len;
                parts.swap(i, j);
            }
            format!("{{{}}}", parts.join(","))
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// DESIGN §21.1: whenever the scanner reads a record, it is serde's record — read one
    /// after another into the same record, so nothing of one survives into the next.
    #[test]
    fn issue_14_scanned_record_equals_serde_s(texts in proptest::collection::vec(record_text(), 1..6)) {
        let (mut scanner, mut rec) = (Scanner::default(), Record::empty());
        for text in &texts {
            check(&mut scanner, &mut rec, text);
        }
    }
}

/// `n` texts drawn from `strategy` by a deterministic runner (to count which sides of a
/// contract its proptest reaches).
pub(crate) fn draws(strategy: impl Strategy<Value = String>, n: usize) -> Vec<String> {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    (0..n)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .collect()
}

/// The generator reaches both sides: texts the scanner reads and texts it declines.
#[test]
fn the_record_generator_reaches_both_sides() {
    let (mut read, mut declined) = (0, 0);
    for text in draws(record_text(), 1000) {
        if read_one(&text) {
            read += 1;
        } else {
            declined += 1;
        }
    }
    assert!(
        read > 100 && declined > 100,
        "read {read}, declined {declined}"
    );
}

/// Reading into the record of the one before: for every key, every ordered pair of its values
/// (and of "left out") in two records read one after the other — nothing of the first may
/// survive into the second, in the record or in its models.
#[test]
fn issue_14_a_record_read_in_place_keeps_nothing_of_the_one_before() {
    const REQUIRED: &str = r#""n":"Tên","k":"agency","m":"province""#;
    let mut pairs = 0;
    for (key, values) in members() {
        let texts: Vec<String> = std::iter::once(format!("{{{REQUIRED}}}"))
            .chain(
                values
                    .iter()
                    .filter(|_| key != "n")
                    .map(|v| format!("{{{REQUIRED},\"{key}\":{v}}}")),
            )
            .collect();
        for first in &texts {
            for second in &texts {
                let (mut scanner, mut rec) = (Scanner::default(), Record::empty());
                if check(&mut scanner, &mut rec, first) && check(&mut scanner, &mut rec, second) {
                    pairs += 1;
                }
            }
        }
    }
    assert!(pairs > 300, "{pairs}");
}
