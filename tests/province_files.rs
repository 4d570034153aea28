//! Province files (issue 11): documents as data, one loader for built-in and user files,
//! `extends`, validation errors naming file and path, routing and calendar as data (issue 9
//! items 10–12), and a sixth province written only as a file.

use antq::authority::{Body, Procedure, StepRole};
use antq::calendar::{year_calendar, EntryKind, Timing};
use antq::citation::{Instrument, Provenance};
use antq::policy::province::Loader;
use antq::policy::{Policy, PRESETS};
use antq::unit::{CommuneType, ManagingLevel, Unit, UnitKind};
use antq::year::{evaluate, render, YearInput};
use antq::{Error, Lang, Subject};
use chrono::NaiveDate;

const TINH_MAU: &str = include_str!("data/tinh_mau_2026.json");
const XA_MAU: &str = include_str!("data/xa_mau_2026.json");

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn village() -> Unit {
    Unit::new(
        "ban-a",
        "Bản A",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("xa-a")
}

fn school_of_commune() -> Unit {
    Unit::new(
        "thcs-a",
        "Trường THCS A",
        UnitKind::School {
            level: antq::unit::SchoolLevel::LowerSecondary,
            armed_forces: false,
        },
        ManagingLevel::Commune,
    )
    .in_commune("xa-a")
}

fn commune() -> Unit {
    Unit::new(
        "xa-a",
        "Xã A",
        UnitKind::Commune {
            commune_type: CommuneType::Xa,
        },
        ManagingLevel::Province,
    )
}

fn route(p: &Policy, procedure: Procedure, u: &Unit, date: NaiveDate) -> antq::authority::Route {
    p.route_on(procedure, u, date).unwrap()
}

/// Load `text` (a province file) as `mau.json` and return the error's text.
fn load_err(text: &str) -> Error {
    Loader::new().load_str("mau.json", text).unwrap_err()
}

// ------------------------------------------------------------------ one loader, documents as data

#[test]
fn every_built_in_province_is_an_embedded_file_loaded_through_the_public_loader() {
    for name in PRESETS {
        let text = antq::provinces::file(name).expect("embedded");
        let by_loader = Loader::new().load_str(name, text).unwrap();
        assert_eq!(by_loader, Policy::preset(name).unwrap(), "{name}");
        assert_eq!(by_loader.key.as_deref(), Some(name));
    }
}

#[test]
fn declared_documents_equal_the_documents_the_library_code_cites() {
    for name in PRESETS {
        for doc in Policy::preset(name).unwrap().documents {
            let builtin = antq::provinces::documents::ALL
                .iter()
                .find(|d| d.key == doc.key)
                .unwrap_or_else(|| panic!("{} declared in {name}", doc.key));
            assert_eq!(**builtin, *doc, "{name}: {}", doc.key);
        }
    }
    // Each built-in document is declared by exactly the file(s) of its province.
    let declared: Vec<String> = PRESETS
        .iter()
        .flat_map(|n| Policy::preset(n).unwrap().documents)
        .map(|d| d.key.to_string())
        .collect();
    for d in antq::provinces::documents::ALL {
        assert!(declared.iter().any(|k| k == d.key.as_ref()), "{}", d.key);
    }
}

#[test]
fn a_document_citation_renders_like_national_law_with_its_own_number() {
    let p = Policy::hung_yen_2026();
    let r = route(
        &p,
        Procedure::MovementClassification,
        &village(),
        d(2026, 11, 1),
    );
    let c = &r.basis[0].citation;
    assert_eq!(
        c.render(Lang::Vi),
        "mục 1(2) Công văn số 07/BCĐ-CQTT ngày 16/4/2026 của Ban Chỉ đạo tỉnh Hưng Yên"
    );
    assert_eq!(c.short(), "07/BCĐ-CQTT §1(2)");
    assert_eq!(r.basis[0].provenance, Provenance::ProvincialDocument);
}

#[test]
fn nothing_a_user_sees_says_seed() {
    for name in PRESETS {
        let text = antq::provinces::file(name).unwrap();
        assert!(!text.to_lowercase().contains("seed"), "{name}");
        let json = serde_json::to_string(&Policy::preset(name).unwrap()).unwrap();
        assert!(!json.to_lowercase().contains("seed"), "{name}");
    }
    for i in Instrument::ALL {
        assert!(!i.short().to_lowercase().contains("seed"));
        assert!(!i.name_vi().to_lowercase().contains("seed"));
    }
}

// ------------------------------------------------------------------ validation (issue 11 item 5)

#[test]
fn unknown_key_is_rejected_naming_file_and_path() {
    let e = load_err(r#"{ "extends": "national", "calendar": { "entries": [], "colour": 1 } }"#);
    let msg = e.to_string();
    assert_eq!(e.subject(), &Subject::Policy("mau.json".into()));
    assert!(msg.contains("calendar") && msg.contains("colour"), "{msg}");
    assert_eq!(e.field(), Some("calendar.colour"), "{msg}");
    assert!(msg.contains("`entries` or `overrides`"), "{msg}");
}

#[test]
fn the_file_format_version_is_1_and_any_other_is_rejected_naming_file_and_field() {
    let ok = Loader::new().load_str(
        "mau.json",
        r#"{ "extends": "national", "schema_version": 1 }"#,
    );
    assert!(ok.is_ok(), "{ok:?}");
    for v in [0, 2] {
        let text = format!(r#"{{ "extends": "national", "schema_version": {v} }}"#);
        let e = load_err(&text);
        assert_eq!(e.subject(), &Subject::Policy("mau.json".into()));
        assert_eq!(e.field(), Some("schema_version"), "{e}");
        let msg = e.to_string();
        assert!(msg.contains('1') && msg.contains(&v.to_string()), "{msg}");
    }
}

#[test]
fn citation_to_an_undeclared_document_is_rejected_naming_file_and_path() {
    let text = r#"{
      "extends": "national",
      "documents": [],
      "class_targets": [ { "criterion": { "id": "x.no_weak",
          "source": { "citation": { "document": "tinh_mau_ubnd_99_2026", "section": "3" },
                      "provenance": "provincial_document" },
          "vi": "a", "en": "a" },
        "floor": "trung_binh", "share_percent": 100, "from_year": 2026, "to_year": 2026 } ]
    }"#;
    let e = load_err(text);
    let msg = e.to_string();
    assert_eq!(e.subject(), &Subject::Policy("mau.json".into()));
    assert!(
        msg.contains("class_targets[0].criterion.source.citation.document"),
        "{msg}"
    );
    assert!(
        msg.contains("`tinh_mau_ubnd_99_2026` is not declared"),
        "{msg}"
    );
}

#[test]
fn document_dated_after_the_first_year_of_its_rules_is_rejected() {
    // The same letter, dated 2027, cited by rules that apply from 2026.
    let text = TINH_MAU.replace(r#""date": "2026-01-20""#, r#""date": "2027-01-20""#);
    let e = load_err(&text);
    let msg = e.to_string();
    assert_eq!(e.subject(), &Subject::Policy("mau.json".into()));
    assert!(
        msg.contains("additions.rules[0].criterion.source.citation.document"),
        "{msg}"
    );
    assert!(msg.contains("dated 2027-01-20, after 2026"), "{msg}");
    // Dated in the year itself is fine (both sides of the line).
    assert!(Loader::new().load_str("mau.json", TINH_MAU).is_ok());
}

#[test]
fn document_date_check_at_evaluation_time_names_the_document() {
    let mut p = Loader::new().load_str("mau.json", TINH_MAU).unwrap();
    p.years = None;
    p.regime = None;
    let e = p.validate(2025).unwrap_err();
    assert_eq!(e.field(), Some("documents.tinh_mau_ubnd_15_2026"));
    assert!(p.validate(2026).is_ok());
}

#[test]
fn two_routing_rules_for_the_same_case_conflict() {
    let mut f: serde_json::Value = serde_json::from_str(TINH_MAU).unwrap();
    let first = f["routing"][0].clone();
    let mut second = first.clone();
    second["kinds"] = serde_json::json!(["school"]);
    second["decider"] = serde_json::json!("commune_steering_committee");
    f["routing"].as_array_mut().unwrap().push(second);
    let e = load_err(&f.to_string());
    assert_eq!(e.subject(), &Subject::Policy("mau.json".into()));
    assert_eq!(e.field(), Some("routing[2]"));
    assert!(e.to_string().contains("routing[0] already routes"), "{e}");
    // Different levels do not conflict.
    let mut f: serde_json::Value = serde_json::from_str(TINH_MAU).unwrap();
    let mut other = f["routing"][0].clone();
    other["levels"] = serde_json::json!(["province"]);
    f["routing"].as_array_mut().unwrap().push(other);
    assert!(Loader::new().load_str("mau.json", &f.to_string()).is_ok());
}

#[test]
fn two_calendar_entries_with_one_key_or_an_entry_reusing_a_national_key_conflict() {
    let mut f: serde_json::Value = serde_json::from_str(TINH_MAU).unwrap();
    let e0 = f["calendar"]["entries"][0].clone();
    f["calendar"]["entries"].as_array_mut().unwrap().push(e0);
    let e = load_err(&f.to_string());
    assert!(matches!(e, Error::Duplicate { .. }), "{e:?}");
    assert_eq!(e.subject(), &Subject::Policy("mau.json".into()));

    let mut f: serde_json::Value = serde_json::from_str(TINH_MAU).unwrap();
    f["calendar"]["entries"][0]["key"] = serde_json::json!("tt124.d9.k1.a");
    let e = load_err(&f.to_string());
    assert_eq!(e.field(), Some("calendar.entries[0].key"));
    assert!(e.to_string().contains("overrides"), "{e}");
}

#[test]
fn a_document_key_redeclared_with_other_contents_conflicts_with_the_parent() {
    let xa = XA_MAU.replace(
        r#""documents": ["#,
        r#""documents": [{"key": "tinh_mau_ubnd_15_2026", "number": "16/UBND-NC", "kind": "cong_van", "issuer": "UBND tỉnh Mẫu", "date": "2026-01-20", "title": "khác"}, "#,
    );
    let e = Loader::new()
        .with_file("tinh_mau_2026", TINH_MAU)
        .load_str("xa.json", &xa)
        .unwrap_err();
    assert_eq!(e.subject(), &Subject::Policy("xa.json".into()));
    assert_eq!(e.field(), Some("documents[0]"));
}

#[test]
fn regime_that_does_not_fit_the_years_conflicts() {
    let text = TINH_MAU.replace(r#""regime": "two_tier""#, r#""regime": "three_tier""#);
    let e = load_err(&text);
    assert_eq!(e.field(), Some("regime"));
    assert_eq!(e.subject(), &Subject::Policy("mau.json".into()));
}

#[test]
fn extends_chains_national_province_commune_and_refuses_cycles_and_unknown_names() {
    let loader = Loader::new()
        .with_file("tinh_mau_2026", TINH_MAU)
        .with_file("xa_mau_2026", XA_MAU);
    let xa = loader.load("xa_mau_2026").unwrap();
    let tinh = loader.load("tinh_mau_2026").unwrap();
    // The commune plan keeps the province's parts and adds its own document and entry.
    assert_eq!(xa.additions, tinh.additions);
    assert_eq!(xa.routing, tinh.routing);
    assert_eq!(xa.documents.len(), 2);
    let keys: Vec<&str> = xa.calendar.entries.iter().map(|e| e.key.as_ref()).collect();
    assert_eq!(
        keys,
        [
            "tinh_mau_2026.classification_communes",
            "xa_mau_2026.report"
        ]
    );
    // What neither says comes from the national default, and the policy says so.
    assert_eq!(xa.score_sheets, Policy::national().score_sheets);
    assert_eq!(xa.origin("score_sheets"), None);
    assert_eq!(xa.origin("routing"), Some("tinh_mau_2026"));
    assert_eq!(xa.origin("calendar"), Some("xa_mau_2026"));
    assert_eq!(xa.origin("roadmap"), Some("tinh_mau_2026"));
    let sl = Policy::son_la_2026();
    assert_eq!(sl.origin("additions"), Some("son_la_2026"));
    assert_eq!(sl.origin("catalogues"), None);
    // A cycle is an error naming the chain.
    let a = r#"{"extends": "b"}"#;
    let b = r#"{"extends": "a"}"#;
    let e = Loader::new()
        .with_file("a", a)
        .with_file("b", b)
        .load("a")
        .unwrap_err();
    assert_eq!(e.field(), Some("extends"));
    assert!(e.to_string().contains("a → b"), "{e}");
    let e = load_err(r#"{"extends": "tinh_khong_co"}"#);
    assert!(matches!(e, Error::UnknownReference { .. }));
}

// ------------------------------------------------------------------ routing per province (issue 9 item 10)

#[test]
fn hung_yen_07_bcd_cqtt_1_2_commune_pc_organises_classification_of_villages_and_schools() {
    let p = Policy::hung_yen_2026();
    for u in [village(), school_of_commune()] {
        let r = route(&p, Procedure::MovementClassification, &u, d(2026, 11, 1));
        assert_eq!(r.decider, Body::CommunePeoplesCommittee, "{}", u.id);
        assert_eq!(r.steps[0].body, Body::CommuneSteeringCommittee);
        assert_eq!(r.steps[0].role, StepRole::Advises);
        assert_eq!(r.basis[0].citation.short(), "07/BCĐ-CQTT §1(2)");
    }
    // Communes are not named by §1(2): the national default applies, labelled provisional.
    let r = route(
        &p,
        Procedure::MovementClassification,
        &commune(),
        d(2026, 11, 1),
    );
    assert_eq!(r.decider, Body::ProvincialSteeringCommittee);
    assert!(r.decider_is_provisional());
}

#[test]
fn son_la_2c_commune_steering_committee_classifies_only_in_son_la() {
    let date = d(2026, 11, 1);
    let sl = route(
        &Policy::son_la_2026(),
        Procedure::MovementClassification,
        &village(),
        date,
    );
    assert_eq!(sl.decider, Body::CommuneSteeringCommittee);
    assert!(!sl.decider_is_provisional());
    assert_eq!(
        sl.basis[0].citation.document().map(|d| d.key.as_ref()),
        Some("son_la_ubnd_nc_2026")
    );
    // The national default decides with the same body by analogy, but says it is provisional
    // and cites no province.
    let n = route(
        &Policy::national(),
        Procedure::MovementClassification,
        &village(),
        date,
    );
    assert_eq!(n.decider, Body::CommuneSteeringCommittee);
    assert!(n.decider_is_provisional());
    assert!(n.sources().all(|s| !s.citation.is_provincial()));
    // Hưng Yên: the commune People's Committee.
    let hy = route(
        &Policy::hung_yen_2026(),
        Procedure::MovementClassification,
        &village(),
        date,
    );
    assert_eq!(hy.decider, Body::CommunePeoplesCommittee);
}

#[test]
fn national_default_routes_cite_no_province_in_any_year() {
    let n = Policy::national();
    for date in [d(2023, 11, 1), d(2026, 11, 1)] {
        for p in Procedure::ALL {
            for u in [village(), school_of_commune()] {
                if let Ok(r) = n.route_on(p, &u, date) {
                    assert!(
                        r.sources().all(|s| !s.citation.is_provincial()),
                        "{p:?} {} {date}",
                        u.id
                    );
                }
            }
        }
    }
}

// ------------------------------------------------------------------ TT48 carry-overs (issue 9 item 11)

#[test]
fn tt48_two_tier_d9_k1_a_appraisal_and_d9_k1_b_deadline_are_provisional_carry_overs() {
    let n = Policy::national();
    let r = route(&n, Procedure::SafetyRecognition, &village(), d(2026, 11, 1));
    let appraisal = &r.steps[0];
    assert_eq!(appraisal.body, Body::CommuneSteeringStandingOffice);
    assert_eq!(
        appraisal.source.citation.instrument_cited(),
        Some(Instrument::Tt124AmendedByTt48)
    );
    assert!(appraisal.source.is_provisional());
    assert!(r.deadline.source.is_provisional());
    assert!(r.render(Lang::Vi).contains(
        "điểm a khoản 1 Điều 9 Thông tư số 124/2021/TT-BCA được sửa đổi bởi Thông tư số 48/2025/TT-BCA"
    ));
    let c = route(&n, Procedure::SafetyRecognition, &commune(), d(2026, 11, 1));
    assert_eq!(c.deadline.key, "tt124.d9.k1.b");
    assert!(c.deadline.source.is_provisional());
    // Three-tier years: the TT124 text itself.
    let mut old = village();
    old.commune = Some("xa-a".into());
    let r3 = route(&n, Procedure::SafetyRecognition, &old, d(2024, 11, 1));
    assert_eq!(
        r3.steps[0].source.citation.instrument_cited(),
        Some(Instrument::Tt124)
    );
    assert_eq!(r3.steps[0].source.provenance, Provenance::Text);
    // The calendar says the same, year by year.
    for (year, provisional) in [(2024, false), (2026, true)] {
        let cal = year_calendar(year, &n.calendar).unwrap();
        for key in ["tt124.d9.k1.a", "tt124.d9.k1.b"] {
            let e = cal.iter().find(|e| e.key == key).unwrap();
            assert_eq!(e.source.is_provisional(), provisional, "{key} {year}");
        }
    }
}

// ------------------------------------------------------------------ Bắc Kạn 3/2023 (issue 9 item 12)

#[test]
fn bac_kan_25_10_is_the_provincial_polices_appraisal_and_the_yearly_report_is_due_before_15_10() {
    let cal = year_calendar(2023, &Policy::bac_kan_2023().calendar).unwrap();
    let police = cal
        .iter()
        .find(|e| e.key == "bac_kan_2023.1_1.provincial_police")
        .unwrap();
    assert_eq!(police.kind, EntryKind::Step, "an appraisal, not a decision");
    assert_eq!(police.body, Some(Body::ProvincialPolice));
    assert_eq!(police.timing, Timing::Before(d(2023, 10, 25)));
    let report = cal
        .iter()
        .find(|e| e.key == "bac_kan_2023.closing.yearly_report")
        .unwrap();
    assert_eq!(report.kind, EntryKind::Report);
    assert_eq!(report.timing, Timing::Before(d(2023, 10, 15)));
    assert_eq!(report.day(), d(2023, 10, 14));
    assert_eq!(
        report.source.citation.document().map(|d| d.key.as_ref()),
        Some("bac_kan_ubnd_2023")
    );
    // Neither is in the national calendar.
    let national = year_calendar(2023, &Policy::national().calendar).unwrap();
    assert!(national.iter().all(|e| !e.key.starts_with("bac_kan")));
}

// ------------------------------------------------------------------ the sixth province (item 6)

#[test]
fn tinh_mau_written_only_as_a_file_cites_its_own_letter_everywhere() {
    let p = Loader::new()
        .load_str("tinh_mau_2026.json", TINH_MAU)
        .unwrap();
    // `Policy::from_json` reads the same file (only the name errors would use differs).
    assert_eq!(Policy::from_json(TINH_MAU).unwrap(), p);
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/year_input_small.json"
    );
    let input = YearInput::from_json(&std::fs::read(path).unwrap()).unwrap();
    let report = evaluate(&input, &p).unwrap();
    // Every provincial document the report cites is Tỉnh Mẫu's letter.
    let json = serde_json::to_value(&report).unwrap();
    let mut docs = Vec::new();
    collect_documents(&json, &mut docs);
    assert!(!docs.is_empty(), "the report cites the letter");
    docs.sort();
    docs.dedup();
    assert!(docs.contains(&"tinh_mau_ubnd_15_2026".to_owned()));
    // No criterion of the report cites another province's document.
    let mut leaks: Vec<String> = report
        .criteria
        .values()
        .filter(|c| {
            c.source
                .citation
                .document()
                .is_some_and(|d| d.key != "tinh_mau_ubnd_15_2026")
        })
        .map(|c| c.id.to_string())
        .collect();
    leaks.sort();
    assert_eq!(leaks, Vec::<String>::new());
    // Its routing: the commune PC classifies villages and schools, the provincial PC the
    // communes by its own calendar entry.
    let r = route(
        &p,
        Procedure::MovementClassification,
        &village(),
        d(2026, 11, 1),
    );
    assert_eq!(r.decider, Body::CommunePeoplesCommittee);
    let c = route(
        &p,
        Procedure::MovementClassification,
        &commune(),
        d(2026, 11, 1),
    );
    assert_eq!(c.decider, Body::ProvincialPeoplesCommittee);
    assert_eq!(c.deadline.timing, Timing::Before(d(2026, 12, 5)));
    assert_eq!(c.deadline.source.citation.short(), "15/UBND-NC §2");
    // Its tax rule: a document requirement, no exclusion for debt.
    assert_eq!(p.additions.rules.len(), 1);
    assert!(matches!(
        p.additions.rules[0].effect,
        antq::law::tt124::Effect::RequireDocument(_)
    ));
    // Its roadmap, 2026–2030.
    let rm = p.roadmap.as_ref().unwrap();
    assert!(rm.covers(2026) && rm.covers(2030));
    // Every rendered report line that cites a provincial document names the letter in full.
    let text = render::summary(&report, Lang::Vi, None);
    for line in text.lines().filter(|l| l.contains("UBND")) {
        assert!(
            line.contains("15/UBND-NC"),
            "a provincial citation that is not Tỉnh Mẫu's letter: {line}"
        );
    }
    for c in report.criteria.values() {
        if let Some(doc) = c.source.citation.document() {
            assert_eq!(doc.key, "tinh_mau_ubnd_15_2026", "{}", c.id);
            assert!(c
                .source
                .citation
                .render(Lang::Vi)
                .contains("Công văn số 15/UBND-NC ngày 20/1/2026 của UBND tỉnh Mẫu"));
        }
    }
    // Every full decision (TT124 with the file's additions, the model review) cites no other
    // province, and the tax rule's finding renders the letter in full.
    let mut tax_findings = 0;
    for rec in &input.units {
        let mut findings = Vec::new();
        if let Ok(dec) = antq::law::tt124::decide(&rec.unit, 2026, &rec.safety, &p.additions) {
            findings.extend(dec.findings);
        }
        if let Some(models) = &rec.models {
            let m = antq::models::review(&rec.unit.id, rec.unit.tag(), models, &p.models);
            findings.extend(m.findings);
        }
        for f in &findings {
            if let Some(doc) = f.criterion.source.citation.document() {
                assert_eq!(doc.key, "tinh_mau_ubnd_15_2026", "{}", f.criterion.id);
                assert!(f
                    .render(Lang::Vi)
                    .contains("mục 1 Công văn số 15/UBND-NC ngày 20/1/2026 của UBND tỉnh Mẫu"));
                tax_findings += 1;
            }
        }
    }
    assert!(tax_findings > 0, "the input has enterprises");
    // Nothing of another province leaks in.
    let all = serde_json::to_string(&report).unwrap();
    for other in ["Sơn La", "Hưng Yên", "Bắc Kạn", "Sơn Dương"] {
        assert!(!all.contains(other), "{other} in Tỉnh Mẫu's report");
    }
}

fn collect_documents(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(serde_json::Value::Object(doc)) = m.get("document") {
                if let Some(k) = doc.get("key").and_then(|k| k.as_str()) {
                    out.push(k.to_owned());
                }
            }
            for x in m.values() {
                collect_documents(x, out);
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_documents(x, out)),
        _ => {}
    }
}

#[test]
fn the_yearly_review_of_models_cites_son_la_4a_only_under_son_la() {
    use antq::models::{review, MovementModel};
    let m: MovementModel = serde_json::from_str(
        r#"{"id": "m1", "name": "Tổ tự quản", "effective": true, "has_dossier": true, "dossier_complete": true}"#,
    )
    .unwrap();
    let id = antq::UnitId::new("cq");
    let sl = review(
        &id,
        antq::KindTag::Agency,
        std::slice::from_ref(&m),
        &Policy::son_la_2026().models,
    );
    assert_eq!(
        sl.findings[0].criterion.source.citation.short(),
        "UBND-NC Sơn La 2026 §4a"
    );
    assert!(!sl.findings[0].criterion.source.is_provisional());
    for p in [
        Policy::national(),
        Policy::hung_yen_2026(),
        Policy::son_duong_2026(),
    ] {
        let d = review(
            &id,
            antq::KindTag::Agency,
            std::slice::from_ref(&m),
            &p.models,
        );
        assert!(
            d.findings[0].criterion.source.is_provisional(),
            "{}",
            p.name
        );
        assert!(!d.findings[0].criterion.source.citation.is_provincial());
    }
}
