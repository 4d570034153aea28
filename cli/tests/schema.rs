//! The JSON Schema files: `schema/` holds exactly what `antq schema` writes, and real documents
//! validate against them — so a field added to the input or the report without its schema
//! fails here.

use std::path::Path;

use antq::law::qd3554::{ModelUnitFacts, PreviousYear};
use antq::law::qd510::{DeductionFact, ScoreInput};
use antq::law::tt124::discipline::{
    DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
};
use antq::law::tt124::{Accident, AccidentKind, Facts, SeriousCrime};
use antq::models::MovementModel;
use antq::policy::Policy;
use antq::unit::{EnterpriseSize, ManagingLevel, Sector, Unit, UnitKind};
use antq::year::{evaluate, synthetic, Audit, UnitInput, YearInput};
use antq_cli::schema::{files, province, report, validate, year_input};
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

#[test]
fn committed_schema_files_are_current() {
    for (name, bytes) in files() {
        let committed = std::fs::read(root().join("schema").join(&name))
            .unwrap_or_else(|_| panic!("schema/{name} missing: run `antq schema`"));
        assert!(
            committed == bytes,
            "schema/{name} is stale: run `cargo run -p antq-cli -- schema`"
        );
    }
}

fn assert_valid(schema: &Value, doc: &Value, what: &str) {
    let e = validate(schema, doc);
    assert!(e.is_empty(), "{what}:\n{}", e.join("\n"));
}

/// A unit with every input field given.
fn kitchen_sink() -> UnitInput {
    let mut u = UnitInput::new(Unit {
        delegated_to: Some(ManagingLevel::Commune),
        district: Some("Mai Sơn".into()),
        ..Unit::new(
            "dn-1",
            "Công ty A",
            UnitKind::Enterprise {
                size: Some(EnterpriseSize {
                    sector: Sector::TradeServices,
                    average_insured_employees: Some("12.5".parse().unwrap()),
                    monthly_insured_employees: Some(vec![12, 13]),
                    revenue: Some("10000000000".parse().unwrap()),
                    total_capital: Some("3000000000".parse().unwrap()),
                    months_in_operation: Some(12),
                }),
            },
            ManagingLevel::Province,
        )
        .in_commune("xa-1")
    });
    let mut f = Facts::all_met();
    f.events = Some(vec![antq::law::tt124::Event::UnlawfulStrike]);
    f.serious_crimes = Some(vec![SeriousCrime {
        force_majeure: true,
        ..SeriousCrime::unexcused()
    }]);
    f.accidents = Some(vec![Accident {
        kind: AccidentKind::SeriousIncident,
        force_majeure: false,
    }]);
    f.discipline = Some(vec![DisciplineRecord {
        role: PersonRole::Staff,
        person: PersonCategory::Worker,
        form: DisciplineForm::SaThai,
        ground: Ground::Other,
    }]);
    f.extra.insert("khac".into(), true);
    u.safety = f;
    u.score = Some(ScoreInput {
        awarded: [("qd510.remainder".to_owned(), 30)].into(),
        facts: vec![DeductionFact::new("qd510.d8.k11.c", "f1")],
    });
    u.model_unit = Some(ModelUnitFacts {
        registered: Some(true),
        criteria: [("qd3554.c01".to_owned(), true)].into(),
    });
    u.models = Some(vec![MovementModel {
        id: "m".into(),
        name: "M".into(),
        effective: Some(true),
        rating: Some(antq::models::ModelRating::Kha),
        dossier_complete: Some(true),
        has_dossier: Some(true),
    }]);
    u.previous = PreviousYear {
        safety: Some(antq::SafetyOutcome::ExcludedFromReview(
            antq::outcome::ExclusionReason::ProvincialExclusion("x".into()),
        )),
        class: Some(antq::MovementClass::Kha),
        model_unit: Some(true),
    };
    u.model_history
        .insert(2025, antq::roadmap::ModelEvent::Recognised);
    u
}

#[test]
fn year_inputs_validate_and_every_field_has_its_schema() {
    let s = year_input();
    let small: Value = serde_json::from_slice(
        &std::fs::read(root().join("examples/data/year_input_small.json")).unwrap(),
    )
    .unwrap();
    assert_valid(&s, &small, "example year");
    let demo = synthetic::province(&synthetic::Shape::son_la(), 2026, 2026);
    assert_valid(
        &s,
        &serde_json::to_value(&demo).unwrap(),
        "synthetic province",
    );
    let sink = YearInput {
        schema_version: 1,
        province: "P".into(),
        year: 2026,
        synthetic: false,
        units: vec![kitchen_sink()],
    };
    assert_valid(
        &s,
        &serde_json::to_value(&sink).unwrap(),
        "a unit with every field",
    );
    // Version 2: the example file, and the v2 form of the same documents.
    let small2: Value = serde_json::from_slice(
        &std::fs::read(root().join("examples/data/year_input_v2_small.json")).unwrap(),
    )
    .unwrap();
    assert_valid(&s, &small2, "example year, v2");
    for (doc, what) in [
        (&demo, "synthetic province, v2"),
        (&sink, "every field, v2"),
    ] {
        let v2: Value = serde_json::from_slice(&antq::year::v2::to_json(doc)).unwrap();
        assert_valid(&s, &v2, what);
    }
}

#[test]
fn the_year_schema_rejects_a_misspelled_key_and_an_unknown_kind() {
    let s = year_input();
    let mut doc: Value = serde_json::from_slice(
        &std::fs::read(root().join("examples/data/year_input_small.json")).unwrap(),
    )
    .unwrap();
    let u = doc["units"][0].as_object_mut().unwrap();
    let safety = u.remove("safety").unwrap();
    u.insert("safty".into(), safety);
    let e = validate(&s, &doc).join("\n");
    assert!(e.contains("$.units[0].safty: unknown field"), "{e}");
    doc["units"][1]["unit"]["kind"] = Value::String("farm".into());
    assert!(validate(&s, &doc)
        .iter()
        .any(|e| e.starts_with("$.units[1].unit.kind")));
}

#[test]
fn every_province_file_validates() {
    let s = province();
    for (name, text) in antq::provinces::FILES {
        let doc: Value = serde_json::from_str(text).unwrap();
        assert_valid(&s, &doc, name);
    }
    for path in [
        "tests/data/tinh_mau_2026.json",
        "tests/data/xa_mau_2026.json",
        "examples/data/policy_son_la_override.json",
    ] {
        let doc: Value =
            serde_json::from_slice(&std::fs::read(root().join(path)).unwrap()).unwrap();
        assert_valid(&s, &doc, path);
    }
}

#[test]
fn the_province_schema_rejects_a_misspelled_key_and_an_undated_document() {
    let s = province();
    let mut doc: Value =
        serde_json::from_str(antq::provinces::file("son_la_2026").unwrap()).unwrap();
    let o = doc.as_object_mut().unwrap();
    let routing = o.remove("routing").unwrap();
    o.insert("routeing".into(), routing);
    doc["documents"][0]["date"] = Value::String("8/1/2026".into());
    let e = validate(&s, &doc).join("\n");
    assert!(e.contains("$.routeing: unknown field"), "{e}");
    assert!(e.contains("$.documents[0].date"), "{e}");
}

#[test]
fn the_demo_report_with_its_audit_trail_validates() {
    let input = synthetic::province(&synthetic::Shape::son_la(), 2026, 2026);
    let mut r = evaluate(&input, &Policy::son_la_2026()).unwrap();
    r.audit = Some(Audit::new(
        "P",
        "preset:son_la_2026",
        "a".repeat(64),
        "demo",
        "b".repeat(64),
    ));
    assert_valid(&report(), &serde_json::to_value(&r).unwrap(), "demo report");
}

/// Issue 10: a kind without required data may be a plain string; a commune or a school needs
/// its data. The schema and the library agree on both sides.
#[test]
fn plain_string_kinds_the_library_reads_are_the_ones_the_schema_accepts() {
    let s = year_input();
    let doc = |kind: Value| {
        serde_json::json!({ "schema_version": 1, "province": "P", "year": 2026, "units": [
            { "unit": { "id": "u", "name": "U", "kind": kind, "managed_by": "province" } }
        ] })
    };
    for kind in [
        "agency",
        "enterprise",
        "residential_area",
        "commune",
        "school",
    ] {
        let d = doc(Value::String(kind.into()));
        let lib = YearInput::from_json(&serde_json::to_vec(&d).unwrap()).is_ok();
        let sch = validate(&s, &d).is_empty();
        assert_eq!(
            lib, sch,
            "{kind}: library reads it {lib}, schema accepts it {sch}"
        );
        assert_eq!(lib, !matches!(kind, "commune" | "school"), "{kind}");
    }
    let d = doc(
        serde_json::json!({ "enterprise": { "size": { "sector": "trade_services", "revenue": 10000000000u64 } } }),
    );
    assert!(YearInput::from_json(&serde_json::to_vec(&d).unwrap()).is_ok());
    assert_valid(&s, &d, "revenue as a JSON number");
}
