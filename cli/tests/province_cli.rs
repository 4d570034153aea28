//! `--province` as a process: a province file is identified by its name and content hash; a
//! commune plan extends the province file in its own folder.

mod common;

use std::path::Path;

use common::*;

#[test]
fn a_province_file_is_identified_by_its_name_and_content_hash() {
    let d = tmp();
    let policy = data("policy_son_la_override.json");
    let o = antq(
        &d,
        &[
            "evaluate",
            &data("year_input_small.json"),
            "--province",
            &policy,
            "--out",
            "kq",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.join("kq/bao-cao-2026.json")).unwrap()).unwrap();
    assert_eq!(report["audit"]["province_source"], policy.as_str());
    assert_eq!(
        report["audit"]["province_sha256"],
        antq_cli::audit::sha256_hex(&std::fs::read(&policy).unwrap())
    );
    assert!(report["audit"]["province"]
        .as_str()
        .unwrap()
        .contains("VÍ DỤ"));

    let o = antq(
        &d,
        &[
            "evaluate",
            &data("year_input_small.json"),
            "--province",
            "ha_noi_2026",
            "--out",
            "kq2",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("unknown province \"ha_noi_2026\"") && err(&o).contains("son_la_2026"),
        "{}",
        err(&o)
    );
    assert!(!d.join("kq2").exists());
}

#[test]
fn a_commune_plan_extends_the_province_file_in_its_folder_and_both_are_hashed() {
    let d = tmp();
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data");
    let xa = std::fs::read(tests.join("xa_mau_2026.json")).unwrap();
    let tinh = std::fs::read(tests.join("tinh_mau_2026.json")).unwrap();
    std::fs::write(d.join("xa_mau_2026.json"), &xa).unwrap();
    let args = |out: &'static str| {
        [
            "check".to_owned(),
            data("year_input_small.json"),
            "--province".to_owned(),
            "xa_mau_2026.json".to_owned(),
        ]
        .into_iter()
        .chain((!out.is_empty()).then(|| out.to_owned()))
        .collect::<Vec<_>>()
    };
    // Without its parent next to it the plan is an error naming the file it extends.
    let a = args("");
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let o = antq(&d, &a);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("tinh_mau_2026"), "{}", err(&o));
    // With it, the plan loads, and the audit hash covers both files.
    std::fs::write(d.join("tinh_mau_2026.json"), &tinh).unwrap();
    let p = antq_cli::province::load(&d.join("xa_mau_2026.json").display().to_string()).unwrap();
    assert!(p.policy.name.contains("Xã Mẫu"), "{}", p.policy.name);
    assert!(p.policy.documents.len() >= 2);
    let both: Vec<u8> = xa.iter().chain(tinh.iter()).copied().collect();
    assert_eq!(p.sha256, antq_cli::audit::sha256_hex(&both));
}
