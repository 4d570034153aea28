//! The `antq` binary as a process (issue 13, "How it is checked"): each subcommand, each exit
//! code (0 success, 1 input or rule error, 2 usage), the wording on stderr, nothing written on
//! failure, and a broken pipe that ends quietly.

mod common;

use std::io::Read;
use std::process::{Command, Stdio};

use common::*;

#[test]
fn help_of_every_subcommand_is_in_vietnamese_and_english_exit_0() {
    let d = tmp();
    let o = antq(&d, &["--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        out(&o).contains("Đánh giá một năm") && out(&o).contains("Evaluate a year"),
        "{}",
        out(&o)
    );
    for (cmd, vi, en) in [
        (
            "evaluate",
            "Thư mục ghi kết quả",
            "Folder to write the results into",
        ),
        ("check", "Kiểm tra dữ liệu", "Check the input"),
        ("explain", "Mã đơn vị", "The unit's id"),
        ("template", "Định dạng", "Format"),
        ("schema", "JSON Schema", "JSON Schema"),
        ("demo", "Tỉnh mẫu", "synthetic province"),
    ] {
        let o = antq(&d, &[cmd, "--help"]);
        assert_eq!(o.status.code(), Some(0), "{cmd}");
        let text = out(&o);
        assert!(text.contains(vi) && text.contains(en), "{cmd}: {text}");
    }
}

#[test]
fn usage_errors_exit_2_and_say_usage() {
    let d = tmp();
    for args in [
        &["evaluate"][..],
        &["bogus"],
        &["evaluate", "x.json", "--lang", "fr"],
        &["template", "--format", "ods"],
    ] {
        let o = antq(&d, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(err(&o).starts_with("error:"), "{args:?}: {}", err(&o));
        assert!(out(&o).is_empty());
    }
    let o = antq(&d, &["template", "trang_trai"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("unknown unit kind \"trang_trai\""),
        "{}",
        err(&o)
    );
    assert!(files(&d).is_empty(), "nothing written on a usage error");
}

#[test]
fn demo_prints_the_summary_and_writes_every_output() {
    let d = tmp();
    let o = antq(&d, &["demo", "--out", "kq"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("DỮ LIỆU GIẢ LẬP"));
    // The Vietnamese summary names its sources in words, not by the audit trail's ids, and
    // carries no English.
    let summary = out(&o);
    assert!(
        summary.contains("tệp tỉnh có sẵn son_la_2026")
            && summary.contains("dữ liệu giả lập của lệnh demo"),
        "{summary}"
    );
    for english in ["preset:", "demo:", "provisional", "Written", "province:"] {
        assert!(!summary.contains(english), "{english} in\n{summary}");
    }
    assert_eq!(
        files(&d.join("kq")),
        [
            "bao-cao-2026.json",
            "danh-sach-xep-loai-2026.csv",
            "danh-sach-xep-loai-2026.xlsx",
            "de-nghi-cong-nhan-2026.csv",
            "de-nghi-cong-nhan-2026.xlsx",
            "lo-trinh-2026-2030.svg",
            "tom-tat-2026.txt",
        ]
    );
    let o = antq(&d, &["demo", "--lang", "en", "--out", "kq"]);
    assert!(out(&o).contains("SYNTHETIC DATA"));
}

#[test]
fn a_broken_pipe_ends_quietly_with_exit_0() {
    let d = tmp();
    let mut child = Command::new(env!("CARGO_BIN_EXE_antq"))
        .args(["demo", "--out", "kq"])
        .current_dir(&d)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Like `antq demo | head -1`: the reader goes away before the summary is written.
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {stderr}");
    assert!(stderr.is_empty(), "quiet on a broken pipe, got: {stderr}");
}

#[test]
fn evaluate_json_writes_the_report_with_its_audit_trail() {
    let d = tmp();
    let input = data("year_input_small.json");
    let o = antq(
        &d,
        &[
            "evaluate",
            &input,
            "--province",
            "son_la_2026",
            "--out",
            "kq",
            "-q",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("Xã, phường có nguy cơ"));
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.join("kq/bao-cao-2026.json")).unwrap()).unwrap();
    let audit = &report["audit"];
    assert_eq!(audit["crate_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(audit["province_source"], "preset:son_la_2026");
    assert_eq!(
        audit["input_sha256"],
        antq_cli::audit::sha256_hex(&std::fs::read(&input).unwrap())
    );
    let canonical = serde_json::to_vec(&antq::policy::Policy::son_la_2026()).unwrap();
    assert_eq!(
        audit["province_sha256"],
        antq_cli::audit::sha256_hex(&canonical)
    );
}

#[test]
fn evaluate_with_bad_input_exits_1_names_the_unit_and_writes_nothing() {
    let d = tmp();
    std::fs::create_dir(d.join("kq")).unwrap();
    for (file, named) in [
        ("year_input_broken_missing_commune.json", "xa-bac-mau"),
        ("year_input_broken_duplicate_id.json", "duplicate"),
        ("year_input_broken_malformed.json", "line"),
    ] {
        let o = antq(&d, &["evaluate", &data(file), "--out", "kq"]);
        assert_eq!(o.status.code(), Some(1), "{file}");
        let e = err(&o);
        assert!(
            e.starts_with("antq: ") && e.contains("problem"),
            "{file}: {e}"
        );
        assert!(e.contains(named), "{file}: {e}");
        assert!(out(&o).is_empty(), "{file}: no summary on failure");
        assert!(files(&d.join("kq")).is_empty(), "{file}: nothing written");
    }
    assert_eq!(files(&d), ["kq"], "no staging folder left behind");
}

#[test]
fn check_lists_every_error_not_only_the_first() {
    let d = tmp();
    let bad = r#"{"schema_version": 1, "province": "Thử", "year": 2026, "units": [
      {"unit": {"id": "xa-1", "name": "Xã Một", "kind": {"commune": {"commune_type": "xa"}}, "managed_by": "province"}},
      {"unit": {"id": "kdc-1", "name": "Bản Một", "kind": "residential_area", "managed_by": "commune", "commune": "xa-2"}},
      {"unit": {"id": "kdc-2", "name": "Bản Hai", "kind": "residential_area", "managed_by": "village", "commune": "xa-1"}},
      {"unit": {"id": "dn-1", "name": "DN", "kind": {"enterprise": {}}, "managed_by": "province", "commune": "xa-1"}},
      {"unit": {"id": "kdc-3", "name": "Bản Ba", "kind": "residential_area", "managed_by": "commune", "commune": "xa-1"}, "safty": {}}
    ]}"#;
    std::fs::write(d.join("bad.json"), bad).unwrap();
    let o = antq(&d, &["check", "bad.json"]);
    assert_eq!(o.status.code(), Some(1));
    let e = err(&o);
    assert!(e.contains("4 problems"), "{e}");
    for (unit, what) in [
        ("kdc-1", "xa-2"),
        ("kdc-2", "managed_by"),
        ("dn-1", "size"),
        ("kdc-3", "safty"),
    ] {
        let line = e
            .lines()
            .find(|l| l.contains(&format!("(unit {unit})")))
            .unwrap_or_else(|| panic!("{unit} missing: {e}"));
        assert!(line.contains("bad.json") && line.contains(what), "{line}");
    }

    let o = antq(
        &d,
        &[
            "check",
            &data("year_input_small.json"),
            "--province",
            "son_la_2026",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("16"), "{}", out(&o));
}

#[test]
fn a_misspelled_key_in_json_is_an_error_naming_it() {
    let d = tmp();
    let text = std::fs::read_to_string(data("year_input_small.json")).unwrap();
    std::fs::write(
        d.join("typo.json"),
        text.replacen("\"safety\"", "\"safty\"", 1),
    )
    .unwrap();
    for cmd in ["check", "evaluate"] {
        let o = antq(&d, &[cmd, "typo.json"]);
        assert_eq!(o.status.code(), Some(1), "{cmd}");
        assert!(
            err(&o).contains("safty") && err(&o).contains("xa-nam-mau"),
            "{cmd}: {}",
            err(&o)
        );
    }
}

#[test]
fn a_misspelled_unit_field_is_an_error_naming_it() {
    let d = tmp();
    let text = std::fs::read_to_string(data("year_input_small.json")).unwrap();
    std::fs::write(
        d.join("typo.json"),
        text.replacen("\"managed_by\"", "\"managed_bi\"", 1),
    )
    .unwrap();
    let o = antq(&d, &["check", "typo.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("managed_bi"), "{}", err(&o));
}

#[test]
fn an_unknown_column_in_csv_is_an_error_naming_it_and_the_sheet() {
    let d = tmp();
    std::fs::create_dir(d.join("csv")).unwrap();
    std::fs::write(d.join("csv/chung.csv"), "Mục,Giá trị\nTỉnh,Thử\nNăm,2026\n").unwrap();
    std::fs::write(
        d.join("csv/xa_phuong.csv"),
        "\u{feff}Mã đơn vị;Tên đơn vị;Loại (xã/phường/đặc khu);Cấp quản lý;Dang ky phan dau;So dien thoai\nxa-1;Xã Một;xã;cấp tỉnh;có;0212\n",
    )
    .unwrap();
    let o = antq(&d, &["check", "csv"]);
    assert_eq!(o.status.code(), Some(1));
    let e = err(&o);
    assert!(
        e.contains("xa_phuong.csv")
            && e.contains("sheet \"Xã, phường\"")
            && e.contains("column \"So dien thoai\"")
            && e.contains("unknown column"),
        "{e}"
    );
    assert!(
        e.contains("1 problem"),
        "the unaccented alias 'Dang ky phan dau' is accepted: {e}"
    );
}

#[test]
fn tabular_errors_name_file_sheet_row_column_unit_and_what_was_expected() {
    let d = tmp();
    std::fs::create_dir(d.join("csv")).unwrap();
    std::fs::write(d.join("csv/chung.csv"), "Mục,Giá trị\nTỉnh,Thử\nNăm,2026\n").unwrap();
    std::fs::write(
        d.join("csv/khu_dan_cu.csv"),
        "Mã đơn vị,Tên đơn vị,Cấp quản lý,\"Mã xã, phường\",Đăng ký phấn đấu (quý I),Số hộ đăng ký\nkdc-1,Bản Một,cấp thôn,xa-1,có lẽ,10\n",
    )
    .unwrap();
    let o = antq(&d, &["check", "csv"]);
    assert_eq!(o.status.code(), Some(1));
    let e = err(&o);
    assert!(e.contains("khu_dan_cu.csv: sheet \"Khu dân cư\", row 2, column \"Cấp quản lý\" (unit kdc-1): expected cấp xã / cấp huyện / cấp tỉnh / Bộ Công an, found \"cấp thôn\""), "{e}");
    assert!(
        e.contains("column \"Đăng ký phấn đấu (quý I)\" (unit kdc-1): expected có or không"),
        "{e}"
    );
    assert!(
        e.contains("give \"Số hộ đăng ký\" and \"Tổng số hộ\" together"),
        "{e}"
    );
}

#[test]
fn explain_gives_every_finding_with_its_citation() {
    let d = tmp();
    let o = antq(
        &d,
        &[
            "explain",
            &data("year_input_small.json"),
            "ph-suoi-mau.to-3",
            "--province",
            "son_la_2026",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    assert!(
        text.contains("Tổ dân phố 3") && text.contains("Thông tư số 124/2021/TT-BCA"),
        "{text}"
    );
    assert!(
        text.contains("[không đạt]") && text.contains("[đạt]"),
        "{text}"
    );
    let o = antq(
        &d,
        &[
            "explain",
            &data("year_input_small.json"),
            "ph-suoi-mau.to-3",
            "--lang",
            "en",
        ],
    );
    assert!(
        out(&o).contains("Circular 124/2021/TT-BCA") || out(&o).contains("124/2021/TT-BCA"),
        "{}",
        out(&o)
    );
    let o = antq(&d, &["explain", &data("year_input_small.json"), "khong-co"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("(unit khong-co): no unit with this id"),
        "{}",
        err(&o)
    );
}

#[test]
fn template_writes_a_workbook_or_a_csv_set() {
    let d = tmp();
    let o = antq(&d, &["template"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(d.join("mau-nhap-lieu.xlsx").is_file());
    let o = antq(
        &d,
        &[
            "template",
            "doanh_nghiep",
            "Khu dân cư",
            "--format",
            "csv",
            "--out",
            "mau",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let f = files(&d.join("mau"));
    assert!(f.contains(&"doanh_nghiep.csv".to_owned()) && f.contains(&"khu_dan_cu.csv".to_owned()));
    assert!(!f.contains(&"co_quan.csv".to_owned()), "{f:?}");
    assert!(f.contains(&"ky_luat.csv".to_owned()) && f.contains(&"vu_viec.csv".to_owned()));
    // A blank template checks as "year missing", not as a crash.
    let o = antq(&d, &["check", "mau"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("Năm"), "{}", err(&o));
}

#[test]
fn schema_writes_the_three_schema_files() {
    let d = tmp();
    let o = antq(&d, &["schema", "--out", "s"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(
        files(&d.join("s")),
        [
            "province.schema.json",
            "report.schema.json",
            "year-input.schema.json"
        ]
    );
    for f in files(&d.join("s")) {
        let v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(d.join("s").join(&f)).unwrap()).unwrap();
        assert_eq!(
            v["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{f}"
        );
    }
}

#[test]
fn evaluate_and_explain_read_a_folder_of_csv_files() {
    use antq_cli::tabular::{columns::SHEETS, export};
    let d = tmp();
    let input: serde_json::Value =
        serde_json::from_slice(&std::fs::read(data("year_input_small.json")).unwrap()).unwrap();
    std::fs::create_dir(d.join("csv")).unwrap();
    for s in SHEETS {
        let cols = s.columns();
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(cols.iter().map(|c| c.header)).unwrap();
        for row in export::rows(s, &input) {
            w.write_record(
                cols.iter()
                    .map(|c| row.get(c.key).cloned().unwrap_or_default()),
            )
            .unwrap();
        }
        std::fs::write(
            d.join("csv").join(format!("{}.csv", s.key)),
            w.into_inner().unwrap(),
        )
        .unwrap();
    }
    let o = antq(
        &d,
        &[
            "evaluate",
            "csv",
            "--province",
            "son_la_2026",
            "--out",
            "kq",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.join("kq/bao-cao-2026.json")).unwrap()).unwrap();
    assert_eq!(report["units"].as_array().unwrap().len(), 16);
    assert_eq!(report["audit"]["input"], "csv");
    let o = antq(
        &d,
        &[
            "explain",
            "csv",
            "ph-suoi-mau.to-3",
            "--province",
            "son_la_2026",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("Tổ dân phố 3"));
}
