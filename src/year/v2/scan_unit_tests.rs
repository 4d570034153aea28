//! The direct reading's contract (DESIGN §23.2): whenever [`Scanner::unit`] reads a record,
//! the unit, points and codes are those of the usual way (the scanner or serde into a
//! `Record`, then `decode_into` without the maps by id); whenever the usual way gives an
//! error, it declines — also when the unit it writes into held another one before.

use proptest::prelude::*;

use super::super::cursor::Cur;
use super::super::record::Record;
use super::super::scan::tests::{draws, members, plain, record_text_from, tables, BASE};
use super::super::{decode_into, empty_unit, Tables};
use super::Scanner;
use crate::year::input::UnitInput;
use crate::year::synthetic;

/// A unit, its points and its `mu` codes.
type Read = (UnitInput, Vec<Option<u32>>, Option<String>);

/// The usual way: the record (scanner, else serde), then `decode_into` by position.
fn usual(text: &str, tables: &Tables) -> Option<Result<Read, String>> {
    let mut rec = Record::empty();
    if !Scanner::default().read(text, &mut rec) {
        rec = serde_json::from_str(text).ok()?;
    }
    let mut unit = empty_unit();
    Some(
        decode_into(&rec, tables, 0, &mut unit, false)
            .map(|()| {
                let points = rec.a.clone().unwrap_or_default();
                let codes = rec.mu.as_ref().map(|c| c.as_str().to_owned());
                (unit, points, codes)
            })
            .map_err(|e| e.to_string()),
    )
}

/// Read `text` straight into `out` (which may hold a unit read before); when it reads, check
/// it against the usual way. Returns whether it read.
fn check(scanner: &mut Scanner, out: &mut UnitInput, text: &str, tables: &Tables) -> bool {
    let mut points = vec![Some(99)];
    let mut c = Cur::new(text);
    c.ws();
    let read = scanner
        .unit(&mut c, tables, out, &mut points)
        .map(|codes| codes.map(str::to_owned));
    c.ws();
    let read = read.filter(|_| c.p == text.len());
    let expected = usual(text, tables);
    match (read, expected) {
        (Some(codes), Some(Ok((unit, p, cs)))) => {
            assert_eq!(*out, unit, "{text}");
            assert_eq!(points, p, "{text}");
            assert_eq!(codes, cs, "{text}");
            true
        }
        (Some(_), other) => panic!("read directly, but the usual way gives {other:?}: {text}"),
        (None, _) => false,
    }
}

fn read_one(text: &str) -> bool {
    check(&mut Scanner::default(), &mut empty_unit(), text, &tables())
}

/// Every member the scanner's tests use, and the forms `decode_into` refuses: codes of `f`
/// and `mu` too long or not `1`/`0`/`-`, lists marked but not given or given but not marked,
/// points past the table, ids that cannot be made.
fn unit_members() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut table = members();
    table.extend([
        (
            "sc",
            vec![
                r#"[{"force_majeure":false,"promptly_detected":true,"consequences_contained":true,"reported_immediately":false}]"#,
                r#"[{"force_majeure":false,"zz":true}]"#,
                "[]",
                "null",
            ],
        ),
        (
            "ac",
            vec![
                r#"[{"kind":"serious_fire_or_explosion","force_majeure":true}]"#,
                r#"[{"kind":"nothing"}]"#,
                "null",
            ],
        ),
        (
            "di",
            vec![
                r#"[{"role":"commune_police","person":"civil_servant","form":"canh_cao","ground":"other"}]"#,
                "[{}]",
                "null",
            ],
        ),
        (
            "sf",
            vec![
                r#"[{"deduction":"qd510.d8.k11.c","fact":"ky-luat-1"}]"#,
                "[]",
                "null",
                r#"[{"deduction":1}]"#,
            ],
        ),
        (
            "uc",
            vec![r#"{"total":3,"rated_well":2}"#, "null", "[3]"],
        ),
    ]);
    for (key, values) in &mut table {
        let more: &[&'static str] = match *key {
            "f" => &[
                r#""----------------00001""#,
                r#""----------------0000""#,
                r#""11110""#,
                r#""----------------1""#,
                r#""-----------------1""#,
                r#""----------------00000-""#,
                r#""1x""#,
            ],
            "dc" => &[r#"["giấy-1"]"#, "null"],
            "a" => &["[1,2]", "[null,null]", "[1,2,3]"],
            "mu" => &[r#""1-0""#, r#""10""#, r#""-""#, r#""1-0-""#, r#""1x""#],
            "md" => &[
                r#"[{"i":"a","r":"b","n":"x"}]"#,
                r#"[{"n":"x"}]"#,
                r#"[{"i":null,"r":"m1","n":"x"},{"r":null,"i":"w","n":"y","hd":true}]"#,
                // The texts of the members' table again, at another position, spaced, twice.
                r#"[{"n":"x"},{"r":"m0","n":"Camera","e":true,"rt":"kha","dc":true}]"#,
                r#"[{"r":"m0","n":"Camera","e":true,"rt":"kha","dc":true} ,{ "r":"m0","n":"Camera","e":true,"rt":"kha","dc":true}]"#,
                r#"[{"r":"m0","n":"Camera","e":true,"rt":"kha","dc":false}]"#,
                r#"[{"r":"m0","n":"Camera","e":true,"rt":"kha","dc":true,"dc":true}]"#,
            ],
            "c" => &[r#""xa-1""#],
            "x" => &[r#"{"a":true,"a":false}"#, r#"{"b":1}"#, "null"],
            "h" => &[
                r#"{"2024":"recognised","2025":"not_recognised"}"#,
                r#"{"99999":"recognised"}"#,
                "{}",
                "null",
            ],
            "ev" => &[r#"["prolonged_disputes"]"#, r#"["nothing"]"#, "null"],
            _ => &[],
        };
        values.extend_from_slice(more);
    }
    table
}

/// Records with an id of either form, then anything of the scanner's generator.
fn unit_text() -> impl Strategy<Value = String> {
    let id = prop_oneof![
        Just(r#""i":"u","#),
        Just(r#""r":"k1","c":"xa-1","#),
        Just(""),
    ];
    (id, record_text_from(unit_members(), 6)).prop_map(|(id, text)| format!("{{{id}{}", &text[1..]))
}

#[test]
fn a_plain_record_is_read_straight_into_its_unit() {
    // The scanner's plain record marks accidents `1` without listing them: refused (as the
    // usual way refuses it); with none, read.
    assert!(!read_one(BASE));
    let plain = BASE.replace("-----0010", "-----0000");
    assert!(read_one(&plain));
    let spaced = plain
        .replace(',', " ,\n\t")
        .replace(':', " : ")
        .replace('{', "{ ");
    assert!(read_one(&format!("  {spaced}\r\n")));
    // A unit id written whole; documents claimed by `f`; no `a`, no `mu`, no models.
    assert!(read_one(
        r#"{"i":"xa-1","n":"Xã","k":{"commune":{"commune_type":"xa"}},"m":"province","f":"----------------00001","dc":["giấy-1","giấy-2"]}"#
    ));
    assert!(read_one(
        r#"{"i":"u","n":"a","k":"agency","m":"province","a":null,"mu":null,"md":null}"#
    ));
}

#[test]
fn every_record_of_a_synthetic_province_is_read_straight_into_its_unit() {
    let province = synthetic::province(&synthetic::Shape::small(), 2026, 7);
    let json = super::super::to_json(&province);
    let doc: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let tables = Tables {
        score_items: serde_json::from_value(doc["score_items"].clone()).unwrap(),
        model_criteria: serde_json::from_value(doc["model_criteria"].clone()).unwrap(),
    };
    let (mut scanner, mut unit) = (Scanner::default(), empty_unit());
    let units = doc["units"].as_array().unwrap();
    let mut read = 0;
    for u in units {
        let text = serde_json::to_string(u).unwrap();
        let plain = plain(&text);
        assert_eq!(
            check(&mut scanner, &mut unit, &text, &tables),
            plain,
            "{text}"
        );
        read += usize::from(plain);
    }
    assert!(read > 20, "{read}");
}

/// What the usual way reads without an error but the direct reading leaves to it (the
/// scanner's declines), and every record the usual way refuses (its error stays word for
/// word): all declined.
#[test]
fn what_the_direct_reading_declines() {
    const REQ: &str = r#""n":"a","k":"agency","m":"province""#;
    for members in [
        // the scanner's declines: escapes, rare keys, numbers it does not read
        r#""i":"u","n":"a\"b","k":"agency","m":"province""#,
        r#""i":"u","n":"a","k":"agency","m":"province","zz":{}"#,
        r#""i":"u","n":"a","k":"agency","m":"province","x":{"a":true,"a":true}"#,
        r#""i":"u","n":"a","k":"agency","m":"province","h":{"2025":"nothing"}"#,
        r#""i":"u","n":"a","k":"agency","m":"province","ev":["nothing"]"#,
        r#""i":"u","n":"a","k":"agency","m":"province","em":1.0"#,
        r#""i":"u","n":"a","k":"agency","m":"province","i":"v""#,
        // a key longer than three letters, even one the record does not have
        r#""i":"u","n":"a","k":"agency","m":"province","abcd":1"#,
        // ids: both, neither, `r` without `c`; a model's both or neither
        &format!(r#""i":"u","r":"v","c":"x",{REQ}"#),
        REQ,
        &format!(r#""r":"v",{REQ}"#),
        &format!(r#""i":"u",{REQ},"md":[{{"i":"a","r":"b","n":"x"}}]"#),
        &format!(r#""i":"u",{REQ},"md":[{{"n":"x"}}]"#),
        // `f`: too long, a byte that is no code, a list marked `1` but not given, documents
        // or a rare list given but not marked `1` (`0`, `-`, left out, `f` left out)
        &format!(r#""i":"u",{REQ},"ev":[]"#),
        &format!(r#""i":"u",{REQ},"f":"----------------0","ev":[]"#),
        &format!(r#""i":"u",{REQ},"f":"-----------------1","ev":[]"#),
        &format!(r#""i":"u",{REQ},"f":"1111111111111111000000""#),
        &format!(r#""i":"u",{REQ},"f":"12""#),
        &format!(r#""i":"u",{REQ},"f":"----------------1""#),
        &format!(r#""i":"u",{REQ},"f":"--------------------1""#),
        &format!(r#""i":"u",{REQ},"f":"--------------------0","dc":[]"#),
        &format!(r#""i":"u",{REQ},"f":"--------------------","dc":[]"#),
        &format!(r#""i":"u",{REQ},"f":"1","dc":["x"]"#),
        &format!(r#""i":"u",{REQ},"dc":["x"]"#),
        // `a` past the table (two items), `mu` past it (registration + two) or not a code
        &format!(r#""i":"u",{REQ},"a":[1,2,3]"#),
        &format!(r#""i":"u",{REQ},"mu":"1111""#),
        &format!(r#""i":"u",{REQ},"mu":"1x""#),
        &format!(r#""i":"u",{REQ},"mu":"x""#),
    ] {
        let text = format!("{{{members}}}");
        assert!(!read_one(&text), "{text}");
    }
}

/// The boundaries on the side that reads: `f` of 21 codes with the documents claimed, `a` of
/// exactly the table's length, `mu` of exactly registration + table.
#[test]
fn the_direct_reading_reads_up_to_each_table_s_length() {
    for text in [
        r#"{"i":"u","n":"a","k":"agency","m":"province","f":"1111111111111111000001","dc":["x"]}"#,
        r#"{"i":"u","n":"a","k":"agency","m":"province","f":"111111111111111100001","dc":["x"]}"#,
        r#"{"i":"u","n":"a","k":"agency","m":"province","a":[1,null]}"#,
        r#"{"i":"u","n":"a","k":"agency","m":"province","mu":"1-0"}"#,
        r#"{"i":"u","n":"a","k":"agency","m":"province","mu":""}"#,
        r#"{"i":"u","n":"a","k":"agency","m":"province","a":[]}"#,
    ] {
        let reads = !text.contains("1111111111111111000001");
        assert_eq!(read_one(text), reads, "{text}");
    }
}

/// Reading into the unit of the one before: for every key, every ordered pair of its values
/// (and of "left out") — nothing of the first may survive into the second.
#[test]
fn issue_14_a_unit_read_in_place_keeps_nothing_of_the_one_before() {
    const REQUIRED: &str = r#""i":"u","c":"xa-1","n":"Tên","k":"agency","m":"province""#;
    let mut pairs = 0;
    for (key, values) in unit_members() {
        if matches!(key, "n" | "i" | "c") {
            continue;
        }
        let texts: Vec<String> = std::iter::once(format!("{{{REQUIRED}}}"))
            .chain(
                values
                    .iter()
                    .map(|v| format!("{{{REQUIRED},\"{key}\":{v}}}")),
            )
            .collect();
        for first in &texts {
            for second in &texts {
                let (mut scanner, mut unit) = (Scanner::default(), empty_unit());
                if check(&mut scanner, &mut unit, first, &tables())
                    && check(&mut scanner, &mut unit, second, &tables())
                {
                    pairs += 1;
                }
            }
        }
    }
    assert!(pairs > 300, "{pairs}");
}

/// Both sides are reached by the generator of the proptest below.
#[test]
fn the_unit_generator_reaches_both_sides() {
    let (mut read, mut declined, mut refused) = (0, 0, 0);
    for text in draws(unit_text(), 1000) {
        if read_one(&text) {
            read += 1;
        } else {
            declined += 1;
            refused += usize::from(matches!(usual(&text, &tables()), Some(Err(_))));
        }
    }
    assert!(
        read > 100 && declined > 100 && refused > 50,
        "read {read}, declined {declined}, refused {refused}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// DESIGN §23.2: whenever a record is read straight into its unit, the unit, points and
    /// codes are the usual way's, and whenever the usual way refuses the record the direct
    /// reading declines — read one after another into the same unit.
    #[test]
    fn issue_14_unit_read_directly_equals_the_usual_way(
        texts in proptest::collection::vec(unit_text(), 1..6)
    ) {
        let (mut scanner, mut unit) = (Scanner::default(), empty_unit());
        for text in &texts {
            check(&mut scanner, &mut unit, text, &tables());
        }
    }
}

/// TT124 facts by `f` position (docs/year-input-v2.md): each position, each code, alone, read
/// straight into the fact `FLAGS` names — the same unit as the usual way — or refused where it
/// refuses (a list marked `1` that is not given).
#[test]
fn f_positions_are_those_of_flags() {
    use super::super::record::{flag, Flag, FLAGS};
    for pos in 0..FLAGS.len() {
        for code in ['1', '0', '-'] {
            let f = format!("{}{code}", "-".repeat(pos));
            let text = format!(r#"{{"i":"u","n":"a","k":"agency","m":"province","f":"{f}"}}"#);
            let refused = code == '1' && matches!(flag(pos), Flag::List(_));
            assert_eq!(read_one(&text), !refused, "{text}");
            if let (Flag::List(key), '1') = (flag(pos), code) {
                let item = [
                    r#""prolonged_disputes""#,
                    r#"{"force_majeure":false,"promptly_detected":true,"consequences_contained":true,"reported_immediately":false}"#,
                    r#"{"kind":"serious_fire_or_explosion","force_majeure":true}"#,
                    r#"{"role":"commune_police","person":"civil_servant","form":"canh_cao","ground":"other"}"#,
                    r#""giấy""#,
                ][pos - 16];
                let listed = text.replace("\"}", &format!("\",\"{key}\":[{item}]}}"));
                assert!(read_one(&listed), "{listed}");
            }
        }
    }
    assert_eq!(FLAGS[20], ("documents", "dc"));
}

#[path = "scan_unit_fast_tests.rs"]
mod fast;
