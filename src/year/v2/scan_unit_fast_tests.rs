//! The direct reading's shortcuts of DESIGN §25.2, each pinned from both sides against the
//! usual way (`check`): a key that followed another last, compared as one word; the writer's
//! `,"k":` read as one word; the `f` codes remembered; `a`'s points in the writer's form; the
//! documents' buffer kept. Every text is read one after another by the same scanner, so what
//! it learned from the texts before is in use.

use super::super::super::empty_unit;
use super::super::super::scan::tests::tables;
use super::{check, Scanner};

const HEAD: &str = r#"{"i":"u","n":"a","k":"agency","m":"province""#;

/// Read `texts` one after another with one scanner into one unit: whether each was read
/// straight into the unit (each checked against the usual way when it was).
fn read_in_turn(texts: &[String]) -> Vec<bool> {
    let (mut scanner, mut unit) = (Scanner::default(), empty_unit());
    texts
        .iter()
        .map(|t| check(&mut scanner, &mut unit, t, &tables()))
        .collect()
}

/// After records that teach the scanner that `pc` follows `ps`, records with other bytes at
/// that place: the same key (read), the key spaced, another key, a longer key starting with
/// the same letters, an escaped key, the key twice, a key the record does not have — each
/// read only where the usual way reads it, and the learned key then still read.
#[test]
fn issue_14_a_key_learned_after_another_reads_only_its_own_bytes() {
    let plain = format!(r#"{HEAD},"ps":{{"outcome":"recognised"}},"pc":"kha"}}"#);
    let cases = [
        (plain.clone(), true),
        (plain.replace(r#","pc":"#, r#", "pc" :"#), true),
        (plain.replace(r#","pc":"#, r#","pm":false,"pc":"#), true),
        (plain.replace(r#","pc":"#, r#","pcc":"#), false),
        (plain.replace(r#","pc":"#, r#","pcx":"#), false),
        (plain.replace(r#","pc":"#, r#","p\u0063":"#), false),
        (
            plain.replace(r#""pc":"kha""#, r#""pc":"kha","pc":"kha""#),
            false,
        ),
        (
            plain.replace(r#""pc":"kha""#, r#""pc":"kha","ps":null"#),
            false,
        ),
        (plain.replace(r#","pc":"#, r#","zz":"#), false),
        (plain.replace(r#","pc":"kha""#, ""), true),
        (plain.replace(r#","pc":"kha""#, r#","pc":"kha"  "#), true),
    ];
    for (text, reads) in &cases {
        // Taught first, then the case, then the plain record again.
        let texts = [plain.clone(), text.clone(), plain.clone()];
        assert_eq!(read_in_turn(&texts), [true, *reads, true], "{text}");
    }
}

/// The comma, key and colon read as one word (`,"k":`, `,"kk":`) or token by token: keys of
/// one and two letters, spaced at each place, near the end of the text (fewer than eight
/// bytes left), and a first key right after the brace — all read as the usual way reads them.
#[test]
fn issue_14_keys_read_as_one_word_or_token_by_token_agree() {
    let texts: Vec<String> = [
        r#"{"i":"u","n":"a","k":"agency","m":"province","em":1}"#,
        r#"{"i":"u","n":"a","k":"agency","m":"province" ,"em":1}"#,
        r#"{"i":"u","n":"a","k":"agency","m":"province", "em":1}"#,
        r#"{"i":"u","n":"a","k":"agency","m":"province","em" :1}"#,
        r#"{"i":"u","n":"a","k":"agency","m":"province","em": 1}"#,
        r#"{ "i":"u","n":"a","k":"agency","m":"province","g":null}"#,
        r#"{"i" :"u","n":"a","k":"agency","m":"province","g":null}"#,
        r#"{"m":"province","i":"u","n":"a","k":"agency","d":null}"#,
        r#"{"i":"u","n":"a","k":"agency","m":"province","e":1}"#,
        r#"{"i":"u","n":"a","k":"agency","m":"province","EM":1}"#,
        r#"{"i":"u","n":"a","k":"agency","m":"province","em":1,}"#,
        r#"{"i":"u","n":"a","k":"agency","m":"province","em":1"#,
    ]
    .map(String::from)
    .to_vec();
    let read = read_in_turn(&texts);
    let n = texts.len();
    assert_eq!(read[..8], [true; 8], "{read:?}");
    assert_eq!(read[8..], vec![false; n - 8], "{read:?}");
}

/// More than the eight `f` codes remembered, in turn and back again, codes that are prefixes
/// of others, and a code with a byte that is no code after codes remembered: each record the
/// usual way's, the last refused.
#[test]
fn issue_14_f_codes_remembered_decode_as_the_usual_way() {
    let codes = [
        "1",
        "10",
        "1-",
        "11",
        "0",
        "",
        "01",
        "101",
        "1-0",
        "111",
        "0000000000000000",
        "1",
        "10",
        "0",
        "111",
        "1",
        "1x",
    ];
    let texts: Vec<String> = codes
        .iter()
        .map(|f| format!(r#"{HEAD},"f":"{f}"}}"#))
        .collect();
    let read = read_in_turn(&texts);
    let n = texts.len();
    assert_eq!(read[..n - 1], vec![true; n - 1], "{read:?}");
    assert!(!read[n - 1]);
}

/// `a` in the writer's form and otherwise: numbers at the edge of a `u32`, a leading zero, a
/// fraction or exponent, `null` items, spaces — read exactly where the usual way reads them.
#[test]
fn issue_14_points_read_in_the_writer_s_form_or_otherwise_agree() {
    let cases = [
        ("[0]", true),
        ("[7,4294967295]", true),
        ("[4294967296]", false),
        ("[99999999999]", false),
        ("[00]", false),
        ("[01]", false),
        ("[1.5]", false),
        ("[1e2]", false),
        ("[1,null]", true),
        ("[null,2]", true),
        ("[ 1 , 2 ]", true),
        ("[1 ,2]", true),
        ("[]", true),
        ("[1,]", false),
        ("[-1]", false),
    ];
    for (a, reads) in cases {
        let text = format!(r#"{HEAD},"a":{a}}}"#);
        assert_eq!(read_in_turn(std::slice::from_ref(&text)), [reads], "{text}");
    }
}

/// The documents' buffer kept across records without `dc`: documents, none, fewer, more, none,
/// `null` — each unit the usual way's.
#[test]
fn issue_14_documents_kept_across_records_agree() {
    let marked = r#","f":"--------------------1""#;
    let texts: Vec<String> = [
        format!(r#"{HEAD}{marked},"dc":["a","b"]}}"#),
        format!("{HEAD}}}"),
        format!(r#"{HEAD}{marked},"dc":["c"]}}"#),
        format!(r#"{HEAD}{marked},"dc":["d","e","f"]}}"#),
        format!(r#"{HEAD},"f":"--------------------0"}}"#),
        format!(r#"{HEAD},"dc":null}}"#),
        format!(r#"{HEAD}{marked},"dc":["g"]}}"#),
    ]
    .to_vec();
    assert_eq!(read_in_turn(&texts), vec![true; texts.len()]);
}
