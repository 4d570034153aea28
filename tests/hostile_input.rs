//! Issue 10 (hostile input) and issue 13 item 3 (strict, friendly JSON): one regression test per
//! numbered input of the issue, each run through every entry point that reads it.

use antq::error::{Error, Subject};
use antq::law::qd3554::Catalogue;
use antq::law::qd510::{ScoreSheet, SheetSet};
use antq::policy::Policy;
use antq::roadmap::Roadmap;
use antq::unit::{UnitId, UnitKind};
use antq::year::pipeline::{evaluate_json, evaluate_reader};
use antq::year::{evaluate, YearInput};
use serde_json::{json, Value};

fn data(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/examples/data/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn small() -> Value {
    serde_json::from_slice(&data("year_input_small.json")).unwrap()
}

/// Every path's result, as JSON bytes (report) or the error.
fn all_paths(json: &[u8]) -> [Result<Vec<u8>, Error>; 3] {
    let policy = Policy::national();
    let two_step = YearInput::from_json(json)
        .and_then(|i| evaluate(&i, &policy))
        .map(|r| serde_json::to_vec(&r).unwrap());
    let streamed = evaluate_json(json, &policy).map(|r| serde_json::to_vec(&r).unwrap());
    let read = evaluate_reader(json, &policy).map(|r| serde_json::to_vec(&r).unwrap());
    [two_step, streamed, read]
}

/// The error every path returns (they must agree).
fn rejected(json: &[u8]) -> Error {
    let [a, b, c] = all_paths(json);
    let e = a.expect_err("from_json + evaluate accepted it");
    assert_eq!(b.as_ref().unwrap_err(), &e, "evaluate_json disagrees");
    assert_eq!(c.as_ref().unwrap_err(), &e, "evaluate_reader disagrees");
    e
}

fn unit(id: &str) -> Subject {
    Subject::Unit(UnitId::new(id))
}

// ------------------------------------------------------------- data loss, silent last-wins

#[test]
fn issue_10_item_1_a_second_units_key_is_rejected_by_every_path() {
    let s = String::from_utf8(data("year_input_small.json")).unwrap();
    let doc = s.trim_end().strip_suffix('}').unwrap().to_owned() + r#", "units": []}"#;
    let e = rejected(doc.as_bytes());
    assert_eq!(e.subject(), &Subject::Input);
    assert_eq!(e.field(), Some("units"));
    assert!(e.to_string().contains("duplicate key"), "{e}");
}

#[test]
fn issue_10_item_2_duplicated_year_or_province_is_rejected_by_every_path() {
    for (key, dup) in [("year", "2025"), ("province", "\"khác\"")] {
        let doc = format!(
            r#"{{"schema_version": 1, "{key}": {dup}, "province": "x", "year": 2026, "units": []}}"#
        );
        let e = rejected(doc.as_bytes());
        assert_eq!(e.field(), Some(key), "{e}");
    }
    // A year after the units is read, not ignored: here it is the only one, and wrong.
    let e = rejected(br#"{"schema_version": 1, "province": "x", "units": [], "year": 2021}"#);
    assert_eq!(e.field(), Some("year"));
}

#[test]
fn issue_10_item_3_a_byte_order_mark_is_accepted_everywhere() {
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(data("year_input_small.json"));
    let [a, b, c] = all_paths(&bom);
    let plain = all_paths(&data("year_input_small.json"));
    assert_eq!(a.as_ref().unwrap(), plain[0].as_ref().unwrap());
    assert_eq!(b.unwrap(), a.clone().unwrap());
    assert_eq!(c.unwrap(), a.unwrap());
    let policy = String::from_utf8(data("policy_son_la_override.json")).unwrap();
    assert!(Policy::from_json(&format!("\u{feff}{policy}")).is_ok());
    let cat = String::from_utf8(data("qd3554_catalogue_placeholder.json")).unwrap();
    assert!(Catalogue::from_json(&format!("\u{feff}{cat}")).is_ok());
}

// ------------------------------------------------------------- errors name unit and field

#[test]
fn issue_10_item_4_wrong_types_in_enum_and_option_fields_name_the_unit_and_path() {
    let cases = [
        ("/units/2/unit/kind", json!(null), "units[2].unit.kind"),
        (
            "/units/2/unit/managed_by",
            json!(["commune"]),
            "units[2].unit.managed_by",
        ),
        (
            "/units/2/safety/force_rating",
            json!(7),
            "units[2].safety.force_rating",
        ),
    ];
    for (pointer, value, path) in cases {
        let mut v = small();
        *v.pointer_mut(pointer).unwrap() = value;
        let e = rejected(&serde_json::to_vec(&v).unwrap());
        assert_eq!(e.subject(), &unit("xa-nam-mau.ban-pa-mau"), "{e}");
        assert_eq!(e.field(), Some(path), "{e}");
        assert!(matches!(e, Error::Invalid { .. }), "{e:?}");
        assert!(!e.to_string().contains("line 1 column"), "{e}");
        assert!(
            e.to_string()
                .contains(&v.pointer(pointer).unwrap().to_string()),
            "{e}"
        );
    }
}

#[test]
fn issue_10_item_4_a_duplicated_key_inside_a_unit_names_the_unit() {
    let s = String::from_utf8(serde_json::to_vec(&small()).unwrap()).unwrap();
    let doc = s.replacen(
        r#""id":"xa-nam-mau.ban-pa-mau","#,
        r#""id":"xa-nam-mau.ban-pa-mau","name":"một","#,
        1,
    );
    let e = rejected(doc.as_bytes());
    assert_eq!(e.subject(), &unit("xa-nam-mau.ban-pa-mau"));
    assert_eq!(e.field(), Some("units[2].unit.name"));
    // A duplicated key of a map (not a struct) too.
    let doc = s.replacen(r#""awarded":{"#, r#""awarded":{"qd510.remainder":1,"#, 1);
    let e = rejected(doc.as_bytes());
    assert!(e.to_string().contains("duplicate key"), "{e}");
    assert!(
        e.field()
            .unwrap()
            .ends_with("score.awarded.qd510.remainder"),
        "{e}"
    );
}

#[test]
fn issue_10_item_4_a_unit_whose_id_is_bad_is_named_by_its_index() {
    let mut v = small();
    v["units"][4]["unit"]["id"] = json!(12);
    let e = rejected(&serde_json::to_vec(&v).unwrap());
    assert_eq!(e.subject(), &unit("units[4]"));
    assert_eq!(e.field(), Some("units[4].unit.id"));
}

#[test]
fn issue_10_item_5_policy_and_table_errors_name_the_path() {
    let e = Policy::from_json(r#"{"class_targets": [{"criterion": null}]}"#).unwrap_err();
    let floor = Policy::from_json(r#"{"class_targets": [{"floor": 7}]}"#).unwrap_err();
    assert_eq!(floor.field(), Some("class_targets[0].floor"), "{floor}");
    assert!(matches!(e.subject(), Subject::Policy(_)));
    assert_eq!(e.field(), Some("class_targets[0].criterion"));
    assert!(e.to_string().contains("expected struct Criterion"), "{e}");

    let mut sheet: Value = serde_json::from_slice(&data("qd510_example_commune.json")).unwrap();
    sheet["bands"] = json!("x");
    let e = ScoreSheet::from_json(&sheet.to_string()).unwrap_err();
    assert_eq!(e.field(), Some("bands"), "{e}");

    let one = data("qd510_example_commune.json");
    let one = String::from_utf8(one).unwrap();
    let e = SheetSet::from_json(&format!(r#"{{"commune": {one}, "commune": {one}}}"#)).unwrap_err();
    assert!(e.to_string().contains("duplicate key `commune`"), "{e}");

    let mut cat: Value =
        serde_json::from_slice(&data("qd3554_catalogue_placeholder.json")).unwrap();
    cat["criteria"][1]["source"]["citation"]["instrument"] = json!(null);
    let e = Catalogue::from_json(&cat.to_string()).unwrap_err();
    // A criterion's own fields sit beside `group` (serde's `flatten`): the path stops at the
    // criterion, the message names what was expected.
    assert_eq!(e.field(), Some("criteria[1]"), "{e}");
    assert!(e.to_string().contains("citation must name"), "{e}");

    let mut rm: Value = serde_json::from_slice(&data("roadmap_kh10_son_la.json")).unwrap();
    rm["targets"][2]["basis"] = json!("sometimes");
    let e = Roadmap::from_json(&rm.to_string()).unwrap_err();
    assert_eq!(e.field(), Some("targets[2].basis"), "{e}");
}

#[test]
fn issue_10_item_6_an_error_in_the_last_unit_is_named_on_every_path() {
    let mut v = small();
    let last = v["units"].as_array().unwrap().len() - 1;
    v["units"][last]["safety"]["registered"] = json!("có");
    let e = rejected(&serde_json::to_vec(&v).unwrap());
    assert_eq!(
        e.field(),
        Some(format!("units[{last}].safety.registered").as_str())
    );
}

// ------------------------------------------------------------- cost a file dictates

#[test]
fn issue_10_item_7_years_outside_2000_2100_are_rejected_at_load() {
    for y in [99999, 262143, 1999, 2101, -2147483648i64] {
        let doc = format!(r#"{{"schema_version": 1, "province": "x", "year": {y}, "units": []}}"#);
        let e = rejected(doc.as_bytes());
        assert_eq!(e.field(), Some("year"), "{y}: {e}");
        assert!(e.to_string().contains("2000 to 2100"), "{e}");
    }
    let mut rm: Value = serde_json::from_slice(&data("roadmap_kh10_son_la.json")).unwrap();
    rm["from_year"] = json!(-2147483648i64);
    let e = Roadmap::from_json(&rm.to_string()).unwrap_err();
    assert_eq!(e.field(), Some("from_year"), "{e}");
    let policy = format!(r#"{{"preset": "son_la_2026", "roadmap": {rm}}}"#);
    let e = Policy::from_json(&policy).unwrap_err();
    assert_eq!(e.field(), Some("roadmap.from_year"), "{e}");
    // A history year outside the window.
    let mut v = small();
    v["units"][0]["model_history"] = json!({"1500": "recognised"});
    let e = rejected(&serde_json::to_vec(&v).unwrap());
    assert_eq!(e.field(), Some("units[0].model_history"), "{e}");
    assert!(e.to_string().contains("2000 to 2100"), "{e}");
}

#[test]
fn issue_10_item_9_a_header_after_the_units_is_read_on_every_path() {
    let mut v = small();
    let units = v.as_object_mut().unwrap().remove("units").unwrap();
    let doc = format!(
        r#"{{"units": {units}, "synthetic": false, "schema_version": 1, "province": "p", "year": 2026}}"#
    );
    let [a, b, c] = all_paths(doc.as_bytes());
    let a = a.unwrap();
    assert_eq!(b.unwrap(), a);
    assert_eq!(c.unwrap(), a);
}

#[test]
fn issue_10_item_10_long_ids_and_names_are_rejected_stating_the_limit() {
    let mut v = small();
    v["units"][3]["unit"]["name"] = json!("x".repeat(2000));
    let e = rejected(&serde_json::to_vec(&v).unwrap());
    assert_eq!(e.field(), Some("unit.name"));
    assert!(e.to_string().contains("at most 1024 bytes"), "{e}");
    // Nesting deeper than serde_json's limit (128) is malformed, not a crash.
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let e = Policy::from_json(&format!(r#"{{"roadmap": {deep}}}"#)).unwrap_err();
    assert!(
        matches!(e, Error::Parse { .. } | Error::Invalid { .. }),
        "{e:?}"
    );
    let e = rejected(format!(r#"{{"units": {deep}}}"#).as_bytes());
    assert!(
        matches!(e, Error::Parse { .. } | Error::Invalid { .. }),
        "{e:?}"
    );
    let deep_object = format!("{}1{}", r#"{"a":"#.repeat(10_000), "}".repeat(10_000));
    let e = rejected(format!(r#"{{"units": [{deep_object}]}}"#).as_bytes());
    assert!(
        e.to_string().contains("recursion limit") || e.field().is_some(),
        "{e}"
    );
}

// ------------------------------------------------------------- issue 13 item 3

#[test]
fn issue_13_item_3_a_kind_without_data_may_be_a_plain_string() {
    for (text, kind) in [
        (
            r#""agency""#,
            UnitKind::Agency {
                armed_forces: false,
            },
        ),
        (
            r#"{"agency": {}}"#,
            UnitKind::Agency {
                armed_forces: false,
            },
        ),
        (r#""enterprise""#, UnitKind::Enterprise { size: None }),
        (r#""residential_area""#, UnitKind::ResidentialArea),
    ] {
        assert_eq!(
            serde_json::from_str::<UnitKind>(text).unwrap(),
            kind,
            "{text}"
        );
    }
    // A kind that needs data says so.
    let e = serde_json::from_str::<UnitKind>(r#""school""#).unwrap_err();
    assert!(e.to_string().contains("level"), "{e}");
    let mut v = small();
    v["units"][8]["unit"]["kind"] = json!("agency");
    let [a, ..] = all_paths(&serde_json::to_vec(&v).unwrap());
    assert!(a.is_ok());
    v["units"][8]["unit"]["kind"] = json!({"agency": {"armed_force": true}});
    let e = rejected(&serde_json::to_vec(&v).unwrap());
    assert_eq!(
        e.field(),
        Some("units[8].unit.kind.agency.armed_force"),
        "{e}"
    );
}

#[test]
fn issue_13_item_3_money_and_counts_as_numbers_or_strings() {
    let mut v = small();
    let size = v
        .pointer_mut("/units/11/unit/kind/enterprise/size")
        .unwrap();
    let as_strings = size.clone();
    size["average_insured_employees"] = json!(24);
    size["revenue"] = json!(9500000000u64);
    size["total_capital"] = json!(4200000000.5);
    let with_numbers: YearInput = YearInput::from_json(&serde_json::to_vec(&v).unwrap()).unwrap();
    let UnitKind::Enterprise { size: Some(s) } = &with_numbers.units[11].unit.kind else {
        panic!("enterprise")
    };
    assert_eq!(s.total_capital.unwrap().to_string(), "4200000000.5");
    assert_eq!(
        s.average_insured_employees.unwrap().to_string(),
        as_strings["average_insured_employees"].as_str().unwrap()
    );
    // Not a number at all.
    let mut v = small();
    v["units"][11]["unit"]["kind"]["enterprise"]["size"]["revenue"] = json!("nhiều");
    let e = rejected(&serde_json::to_vec(&v).unwrap());
    assert_eq!(
        e.field(),
        Some("units[11].unit.kind.enterprise.size.revenue"),
        "{e}"
    );
}

#[test]
fn issue_13_item_3_misspelled_keys_are_errors_at_every_level() {
    let e = Policy::from_json(
        r#"{"preset": "son_la_2026", "additions": {"rules": [], "delegated_too": 1}}"#,
    )
    .unwrap_err();
    assert!(e.field().unwrap().ends_with("delegated_too"), "{e}");
    let mut v = small();
    v["units"][9]["safety"]["regsitered"] = json!(true);
    let e = rejected(&serde_json::to_vec(&v).unwrap());
    assert_eq!(e.field(), Some("units[9].safety.regsitered"), "{e}");
    assert_eq!(e.subject(), &unit("xa-nam-mau.thcs"));
}

#[test]
fn issue_10_item_12_fuzz_finding_an_empty_key_is_still_named() {
    // Found by the fuzz harness: `{"": 1}` gave an error with an empty field.
    let e = Roadmap::from_json(r#"{"": 1}"#).unwrap_err();
    assert_eq!(e.field(), Some(r#""""#), "{e}");
    let e = rejected(br#"{"schema_version": 1, "": 1}"#);
    assert_eq!(e.field(), Some(r#""""#), "{e}");
    let mut v = small();
    v["units"][0]["safety"][""] = json!(1);
    let e = rejected(&serde_json::to_vec(&v).unwrap());
    assert_eq!(e.field(), Some(r#"units[0].safety."""#), "{e}");
}

#[test]
fn issue_10_item_12_fuzz_finding_a_file_cut_inside_a_unit_is_the_same_parse_error_everywhere() {
    // Found by the fuzz harness: the stream reader said "EOF while parsing an object" where
    // the other paths said "EOF while parsing a value".
    let s = String::from_utf8(data("year_input_small.json")).unwrap();
    let cut = &s[..s.find("\"safety\"").unwrap() + 12];
    let e = rejected(cut.as_bytes());
    assert!(matches!(e, Error::Parse { .. }), "{e:?}");
}

#[test]
fn issue_10_item_12_fuzz_finding_garbage_between_records_is_the_same_parse_error_everywhere() {
    // Found by the fuzz harness: a number after the last record (no comma) was read by the
    // stream reader as a record of the wrong type.
    let s = String::from_utf8(data("year_input_broken_duplicate_id.json")).unwrap();
    let at = s.rfind(']').unwrap();
    let doc = format!("{}-2147483648{}", &s[..at], &s[at..]);
    let [a, b, c] = all_paths(doc.as_bytes());
    let e = a.unwrap_err();
    assert!(matches!(e, Error::Parse { .. }), "{e:?}");
    assert_eq!(b.unwrap_err(), e);
    assert!(
        matches!(c.unwrap_err(), Error::Parse { ref message, .. } if message.starts_with("expected `,` or `]`"))
    );
}

/// A source that hands out at most `n` bytes per read.
struct Trickle<'a>(&'a [u8], usize);

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = self.1.min(out.len()).min(self.0.len());
        out[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn issue_10_item_6_a_stream_names_an_error_far_into_it_without_re_reading() {
    // Several 64 KiB blocks (whitespace between and inside records), a source that trickles, a
    // BOM split across reads and a bad value in the last unit, inside a record that spans
    // blocks: the stream reader names it from what it kept of that unit.
    let mut v = small();
    let last = v["units"].as_array().unwrap().len() - 1;
    v["units"][last]["safety"]["registered"] = json!(7);
    let text = serde_json::to_string(&v).unwrap();
    let pad = " ".repeat(100_000);
    let text = text.replacen("\"units\":[", &format!("\"units\":[{pad}"), 1);
    let at = text.rfind("\"safety\":").unwrap();
    let text = format!("{}{pad}{}", &text[..at], &text[at..]);
    let mut doc = b"\xEF\xBB\xBF".to_vec();
    doc.extend(text.as_bytes());
    let policy = Policy::national();
    let expected = evaluate_json(&doc, &policy).unwrap_err();
    assert_eq!(
        expected.field(),
        Some(format!("units[{last}].safety.registered").as_str())
    );
    assert_eq!(
        expected.subject(),
        &unit(v["units"][last]["unit"]["id"].as_str().unwrap())
    );
    for n in [1, 2, 7, 4096, 1 << 20] {
        let e = evaluate_reader(Trickle(&doc, n), &policy).unwrap_err();
        assert_eq!(e, expected, "{n} bytes per read");
    }
    // And a good file read the same way gives the same report.
    let good = String::from_utf8(data("year_input_small.json")).unwrap();
    let good = good.replacen("\"units\"", &format!("{pad}\"units\""), 1);
    let a = evaluate_json(good.as_bytes(), &policy).unwrap();
    let b = evaluate_reader(Trickle(good.as_bytes(), 3), &policy).unwrap();
    assert_eq!(a, b);
}
