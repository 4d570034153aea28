//! Issue 6 — the year pipeline end to end on the example files in `examples/data/`:
//! `year_input_small.json` (hand-written, 2 communes, 16 units), the policy file
//! `policy_son_la_override.json` and the broken inputs `year_input_broken_*.json`.
//!
//! The hand-written units and what the law says about each:
//!
//! | unit | facts | expected |
//! |---|---|---|
//! | `xa-nam-mau` | commune, every fact met, model-unit criteria all met | recognised, model unit |
//! | `ph-suoi-mau` | ward, a commune-police officer disciplined (cảnh cáo) + deduction fact | not recognised; deduction waived (Sơn La …/UBND-NC §2a) |
//! | `xa-nam-mau.ban-co-mau` | residential area, events and crime trend not given | cannot decide, the missing facts as issues |
//! | `ph-suoi-mau.to-3` | households 118/120, crime not reduced, a new social-evil person | not recognised |
//! | `xa-nam-mau.th` | primary school | not subject (TT124 Đ1 k2 b) |
//! | `xa-nam-mau.dn-che` | enterprise, 24 insured employees, 9.5 bn revenue | small: not subject |
//! | `ph-suoi-mau.dn-xi-mang` | large enterprise with tax debt | excluded from review (Sơn La …/UBND-NC §1b) |
//! | `ph-suoi-mau.tram-y-te` | agency, one reprimand (below warning) + deduction fact | recognised; 5 points deducted |
//!
//! The CLI (`examples/evaluate.rs`) is not run as a process: `CARGO_BIN_EXE_*` exists only for
//! `[[bin]]` targets, not examples. Its behaviour — parse, evaluate, all or nothing — is
//! checked here at library level: every broken input fails before a report exists.

use std::collections::BTreeSet;
use std::path::PathBuf;

use antq::error::{Error, Subject};
use antq::explain::{Status, Value};
use antq::law::tt124::UnitCounts;
use antq::outcome::{ExclusionReason, MovementClass, NotSubjectReason, SafetyOutcome};
use antq::policy::Policy;
use antq::year::report::Issue;
use antq::year::{evaluate, render, synthetic, Report, UnitReport, YearInput};
use antq::{Lang, UnitId};
use chrono::NaiveDate;

fn data_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join("data")
        .join(name)
}

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(data_path(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn input() -> YearInput {
    YearInput::from_json(&bytes("year_input_small.json")).expect("the example input parses")
}

fn son_la_report() -> Report {
    evaluate(&input(), &Policy::son_la_2026()).expect("the example input evaluates")
}

fn override_policy() -> Policy {
    let text = String::from_utf8(bytes("policy_son_la_override.json")).unwrap();
    Policy::from_json(&text).expect("the example policy file loads")
}

fn unit<'a>(r: &'a Report, id: &str) -> &'a UnitReport {
    r.unit(id)
        .unwrap_or_else(|| panic!("unit {id} missing from the report"))
}

fn issue<'a>(issues: &'a [Issue], criterion: &str) -> Option<&'a Issue> {
    issues.iter().find(|i| i.criterion == criterion)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

// ---------------------------------------------------------------- the example input itself

#[test]
fn example_input_is_a_labelled_hand_written_2026_province() {
    let i = input();
    assert_eq!(i.schema_version, antq::year::SCHEMA_VERSION);
    assert_eq!(i.year, 2026);
    assert!(!i.synthetic, "hand-written, not generated");
    assert!(i.province.contains("VÍ DỤ"), "{}", i.province);
    assert_eq!(i.units.len(), 16);
    let communes = i
        .units
        .iter()
        .filter(|u| u.unit.tag() == antq::KindTag::Commune)
        .count();
    let areas = i
        .units
        .iter()
        .filter(|u| u.unit.tag() == antq::KindTag::ResidentialArea)
        .count();
    assert_eq!((communes, areas), (2, 6));
}

// ---------------------------------------------------------------- determinism

#[test]
fn identical_input_gives_a_byte_identical_report() {
    // Parse twice, evaluate twice, serialise each twice.
    let a = evaluate(&input(), &Policy::son_la_2026()).unwrap();
    let b = evaluate(&input(), &Policy::son_la_2026()).unwrap();
    let ja = serde_json::to_vec(&a).unwrap();
    let jb = serde_json::to_vec(&b).unwrap();
    assert_eq!(ja, jb);
    assert_eq!(ja, serde_json::to_vec(&a).unwrap());
    assert_eq!(
        serde_json::to_vec_pretty(&a).unwrap(),
        serde_json::to_vec_pretty(&b).unwrap()
    );
    // The report read back is the same report, and writes the same bytes.
    let back: Report = serde_json::from_slice(&ja).unwrap();
    assert_eq!(back, a);
    assert_eq!(serde_json::to_vec(&back).unwrap(), ja);
}

#[test]
fn input_round_trips_through_json_to_the_same_report() {
    let i = input();
    let again = YearInput::from_json(&serde_json::to_vec(&i).unwrap()).unwrap();
    assert_eq!(again, i);
    let p = Policy::son_la_2026();
    assert_eq!(
        serde_json::to_vec(&evaluate(&again, &p).unwrap()).unwrap(),
        serde_json::to_vec(&evaluate(&i, &p).unwrap()).unwrap()
    );
}

// ---------------------------------------------------------------- every unit exactly once

#[test]
fn every_input_unit_is_accounted_for_exactly_once() {
    let i = input();
    for policy in [Policy::son_la_2026(), Policy::national()] {
        let r = evaluate(&i, &policy).unwrap();
        let mut want: Vec<&UnitId> = i.units.iter().map(|u| &u.unit.id).collect();
        want.sort();
        let got: Vec<&UnitId> = r.units.iter().map(|u| &u.id).collect();
        assert_eq!(got, want, "report ids == input ids, sorted, no repeats");
        assert_eq!(r.totals.units, i.units.len() as u64);
        let by_outcome: u64 = r.totals.safety.values().flat_map(|m| m.values()).sum();
        assert_eq!(by_outcome, i.units.len() as u64);
        assert_eq!(r.communes.len(), 2);
    }
}

// ---------------------------------------------------------------- known outcomes

#[test]
fn son_la_ubnd_nc_2026_1b_enterprise_with_tax_debt_is_excluded_from_review() {
    let r = son_la_report();
    let u = unit(&r, "ph-suoi-mau.dn-xi-mang");
    assert_eq!(
        u.safety,
        SafetyOutcome::ExcludedFromReview(ExclusionReason::ProvincialExclusion(
            "son_la_2026.tax_debt".into()
        ))
    );
    assert_eq!(
        issue(&u.safety_issues, "son_la_2026.tax_debt").map(|i| i.status),
        Some(Status::NotMet)
    );
    assert!(r.criteria.contains_key("son_la_2026.tax_debt"));
    // The exclusion is Sơn La's: under the national policy the same facts are recognised.
    let n = evaluate(&input(), &Policy::national()).unwrap();
    assert_eq!(
        unit(&n, "ph-suoi-mau.dn-xi-mang").safety,
        SafetyOutcome::Recognised
    );
}

#[test]
fn son_la_ubnd_nc_2026_1b_enterprise_without_debt_and_with_confirmation_is_recognised() {
    let r = son_la_report();
    assert_eq!(
        unit(&r, "ph-suoi-mau.dn-van-tai").safety,
        SafetyOutcome::Recognised
    );
}

#[test]
fn tt124_d1_k2_b_small_enterprise_is_not_subject() {
    let r = son_la_report();
    let u = unit(&r, "xa-nam-mau.dn-che");
    assert_eq!(
        u.safety,
        SafetyOutcome::NotSubject(NotSubjectReason::SmallEnterprise)
    );
    assert!(u.classification.is_none() && u.recognised_by.is_none() && u.deadline.is_none());
    assert!(
        u.models.is_none(),
        "models are not reviewed for a unit not subject"
    );
}

#[test]
fn tt124_d1_k2_b_primary_school_is_not_subject_even_when_scored() {
    let r = son_la_report();
    let u = unit(&r, "xa-nam-mau.th");
    assert_eq!(
        u.safety,
        SafetyOutcome::NotSubject(NotSubjectReason::PrimarySchool)
    );
    assert!(u.classification.is_none(), "its score input is ignored");
    assert!(u.classified_by.is_none());
    assert!(r
        .score_lists()
        .iter()
        .all(|l| l.entries.iter().all(|e| e.id.as_str() != "xa-nam-mau.th")));
}

#[test]
fn missing_facts_make_cannot_decide_with_the_missing_facts_listed() {
    let r = son_la_report();
    let u = unit(&r, "xa-nam-mau.ban-co-mau");
    assert_eq!(u.safety, SafetyOutcome::CannotDecide);
    assert!(!u.safety_issues.is_empty());
    assert!(u.safety_issues.iter().all(|i| i.status == Status::Unknown));
    // `events` not given: every Đ4 k3 point is unknown; `crime_reduced` not given: Đ4 k4 a.
    for id in ["tt124.d4.k3.a", "tt124.d4.k3.g", "tt124.d4.k4.a"] {
        assert!(issue(&u.safety_issues, id).is_some(), "{id} listed");
        assert!(r.criteria.contains_key(id), "{id} cited once in criteria");
    }
    // Facts that were given (households, discipline) are not issues.
    assert!(issue(&u.safety_issues, "tt124.d4.k1.households").is_none());
    assert!(issue(&u.safety_issues, "tt124.d4.k5.discipline").is_none());
    // Not scored: counted among the unclassified subject units (the only one).
    assert!(u.classification.is_none());
    assert_eq!(r.totals.unclassified, 1);
    // Giving the missing facts decides it.
    let mut i = input();
    let rec = i
        .units
        .iter_mut()
        .find(|u| u.unit.id.as_str() == "xa-nam-mau.ban-co-mau")
        .unwrap();
    rec.safety.events = Some(vec![]);
    rec.safety.crime_reduced = Some(true);
    rec.safety.party_resolution = Some(true);
    let r2 = evaluate(&i, &Policy::son_la_2026()).unwrap();
    assert_eq!(
        unit(&r2, "xa-nam-mau.ban-co-mau").safety,
        SafetyOutcome::Recognised
    );
}

#[test]
fn tt124_d4_residential_area_failing_criteria_is_not_recognised() {
    let r = son_la_report();
    let u = unit(&r, "ph-suoi-mau.to-3");
    assert_eq!(u.safety, SafetyOutcome::NotRecognised);
    for id in [
        "tt124.d4.k1.households",
        "tt124.d4.k4.a",
        "tt124.d4.k4.c.social_evil",
    ] {
        assert_eq!(
            issue(&u.safety_issues, id).map(|i| i.status),
            Some(Status::NotMet),
            "{id}"
        );
    }
}

#[test]
fn son_la_ubnd_nc_2026_2a_discipline_at_a_commune_deducted_once() {
    let r = son_la_report();
    let u = unit(&r, "ph-suoi-mau");
    assert_eq!(u.safety, SafetyOutcome::NotRecognised);
    assert_eq!(
        issue(&u.safety_issues, "tt124.d5.k3.discipline").map(|i| i.status),
        Some(Status::NotMet)
    );
    let c = u.classification.as_ref().expect("scored");
    // Awarded 42: the 50 "An toàn" points are lost, and the 5-point deduction for the same
    // discipline is not applied on top.
    assert_eq!(c.total, 42);
    assert_eq!(c.class, MovementClass::Yeu);
    assert!(
        issue(&u.classification_issues, "qd510.d8.k11.c").is_none(),
        "waived deduction is not an issue: {:?}",
        u.classification_issues
    );

    // Both sides: without the discipline record the commune is recognised, and the same
    // deduction fact now costs its points once: 42 + 50 − 5.
    let mut i = input();
    let rec = i
        .units
        .iter_mut()
        .find(|u| u.unit.id.as_str() == "ph-suoi-mau")
        .unwrap();
    rec.safety.discipline = Some(vec![]);
    let r2 = evaluate(&i, &Policy::son_la_2026()).unwrap();
    let u2 = unit(&r2, "ph-suoi-mau");
    assert_eq!(u2.safety, SafetyOutcome::Recognised);
    assert_eq!(u2.classification.as_ref().map(|c| c.total), Some(87));
    assert_eq!(
        issue(&u2.classification_issues, "qd510.d8.k11.c").map(|i| (i.status, &i.observed)),
        Some((Status::NotMet, &Value::Points(-5)))
    );
}

#[test]
fn qd510_d8_k11_c_reprimand_at_a_recognised_agency_is_deducted() {
    // A reprimand is below the warning threshold of TT124 Đ6: the agency stays recognised, and
    // QĐ510 deducts the (provisional) 5 points: 46 + 50 − 5.
    let r = son_la_report();
    let u = unit(&r, "ph-suoi-mau.tram-y-te");
    assert_eq!(u.safety, SafetyOutcome::Recognised);
    let c = u.classification.as_ref().unwrap();
    assert_eq!(c.total, 91);
    assert!(c.provisional);
    assert_eq!(
        issue(&u.classification_issues, "qd510.d8.k11.c").map(|i| i.status),
        Some(Status::NotMet)
    );
}

// ---------------------------------------------------------------- communes (Đ5 k4)

fn counts(total: u32, registered: u32, recognised: u32, undecided: u32) -> UnitCounts {
    UnitCounts {
        total,
        registered,
        recognised,
        undecided,
        ..Default::default()
    }
}

#[test]
fn tt124_d5_k4_commune_counts_are_tallied_from_its_units() {
    let r = son_la_report();
    let by_id = |id: &str| r.communes.iter().find(|c| c.id.as_str() == id).unwrap();
    // Xã Nậm Mẫu: 3 areas (one undecided), the health station and the lower-secondary school;
    // the primary school and the small enterprise are not subject and are left out.
    assert_eq!(by_id("xa-nam-mau").units, counts(5, 5, 4, 1));
    // Phường Suối Mẫu: 3 areas and the health station; the two enterprises and the upper-
    // secondary school are managed by the province and are not the ward's units.
    assert_eq!(by_id("ph-suoi-mau").units, counts(4, 4, 3, 0));
    assert_eq!(by_id("ph-suoi-mau").recognised_share.to_string(), "75");
    assert_eq!(by_id("ph-suoi-mau").margin, 0, "3 is exactly ⌈70% × 4⌉");
    assert!(by_id("ph-suoi-mau").at_risk);

    // The same counts, recomputed from the unit reports and the units' own registration facts.
    let inp = input();
    let registered = |id: &antq::UnitId| {
        inp.units
            .iter()
            .find(|x| x.unit.id == *id)
            .and_then(|x| x.safety.registered)
    };
    for c in &r.communes {
        let t = UnitCounts::tally(
            r.units
                .iter()
                .filter(|u| {
                    u.commune.as_ref() == Some(&c.id) && u.level == antq::ManagingLevel::Commune
                })
                .map(|u| (registered(&u.id), &u.safety)),
        );
        assert_eq!(t, c.units, "{}", c.id);
    }
}

#[test]
fn tt124_d5_k4_commune_fails_when_its_units_fall_below_seventy_percent() {
    // Break one more of Xã Nậm Mẫu's units: 3 recognised of 5 plus one undecided could still
    // reach 4/5 → unknown; break two: 2 of 5 + 1 undecided < 70% → not met.
    let mut i = input();
    for id in ["xa-nam-mau.ban-huoi-mau", "xa-nam-mau.tram-y-te"] {
        let rec = i
            .units
            .iter_mut()
            .find(|u| u.unit.id.as_str() == id)
            .unwrap();
        rec.safety.policies_implemented = Some(false);
    }
    let r = evaluate(&i, &Policy::son_la_2026()).unwrap();
    let c = unit(&r, "xa-nam-mau");
    assert_eq!(c.safety, SafetyOutcome::NotRecognised);
    assert_eq!(
        issue(&c.safety_issues, "tt124.d5.k4.recognised").map(|i| i.status),
        Some(Status::NotMet)
    );
    // Unbroken, the same commune meets it.
    let r0 = son_la_report();
    assert_eq!(unit(&r0, "xa-nam-mau").safety, SafetyOutcome::Recognised);
    assert!(issue(
        &unit(&r0, "xa-nam-mau").safety_issues,
        "tt124.d5.k4.recognised"
    )
    .is_none());
}

// ---------------------------------------------------------------- roadmap

#[test]
fn son_la_ubnd_nc_2026_3a_kh10_roadmap_progress_is_reported_under_son_la() {
    let r = son_la_report();
    let rm = r.roadmap.as_ref().expect("KH10 covers 2026");
    assert_eq!(rm.name, "kh10_son_la_2026_2030");
    let t = |id: &str| {
        rm.progress
            .iter()
            .find(|p| p.target == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let reg = t("kh10.2026.communes.registered");
    assert_eq!((reg.achieved, reg.total, reg.met), (2, 2, true));
    // One of two communes is a model unit; 75% of 2 needs 2.
    let mu = t("kh10.2026.communes.model_unit");
    assert_eq!(
        (mu.achieved, mu.total, mu.required, mu.shortfall, mu.met),
        (1, 2, 2, 1, false)
    );
    assert!(rm
        .closest
        .iter()
        .any(|c| c.unit.as_str() == "ph-suoi-mau" && c.unmet == 2));
    assert_eq!(
        rm.history
            .get("communes")
            .and_then(|h| h.get(&2026))
            .map(|d| d.to_string()),
        Some("50".to_owned())
    );
    // No roadmap under the national policy.
    assert!(evaluate(&input(), &Policy::national())
        .unwrap()
        .roadmap
        .is_none());
}

// ---------------------------------------------------------------- rendering

#[test]
fn summary_renders_in_vietnamese_and_flags_only_synthetic_input() {
    let r = son_la_report();
    let s = render::summary(&r, Lang::Vi, None);
    for part in [
        "năm 2026",
        "\"An toàn về ANTT\" (TT124)",
        "Phân loại phong trào (QĐ510)",
        "Xã, phường có nguy cơ",
        "Lộ trình",
        "Hạn quyết định",
        "TẠM THỜI",
        "Phường Suối Mẫu",
    ] {
        assert!(s.contains(part), "missing {part:?} in\n{s}");
    }
    assert!(!s.contains("DỮ LIỆU GIẢ LẬP"), "{s}");
    assert!(!render::summary(&r, Lang::En, None).contains("SYNTHETIC DATA"));

    // The same input marked synthetic is flagged …
    let mut i = input();
    i.synthetic = true;
    let rs = evaluate(&i, &Policy::son_la_2026()).unwrap();
    assert!(render::summary(&rs, Lang::Vi, None).contains("DỮ LIỆU GIẢ LẬP"));
    // … and so is the generated province.
    let g = synthetic::province(&synthetic::Shape::small(), 2026, 3);
    let rg = evaluate(&g, &Policy::son_la_2026()).unwrap();
    assert!(render::summary(&rg, Lang::Vi, None).contains("DỮ LIỆU GIẢ LẬP"));
    assert!(render::summary(&rg, Lang::En, None).contains("SYNTHETIC DATA"));
}

#[test]
fn roadmap_svg_renders_for_son_la_and_not_without_a_roadmap() {
    let p = Policy::son_la_2026();
    let r = son_la_report();
    let svg = render::roadmap_svg(&r, &p).expect("Sơn La has a roadmap");
    assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(80)]);
    assert!(svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains("2026") && svg.contains("2030"));
    let n = evaluate(&input(), &Policy::national()).unwrap();
    assert!(render::roadmap_svg(&n, &Policy::national()).is_none());
}

// ---------------------------------------------------------------- score lists (QĐ510 Đ11 k2)

#[test]
fn qd510_d11_k2_score_lists_group_by_deciding_body() {
    use antq::authority::Body;
    let r = son_la_report();
    let lists = r.score_lists();
    let classified: Vec<&UnitReport> = r
        .units
        .iter()
        .filter(|u| u.classification.is_some())
        .collect();
    assert_eq!(classified.len(), 13);
    assert_eq!(
        lists.iter().map(|l| l.entries.len()).sum::<usize>(),
        classified.len(),
        "one row per classified unit"
    );
    let mut keys = BTreeSet::new();
    for l in &lists {
        assert!(
            keys.insert((l.body, l.jurisdiction.clone())),
            "one list per body"
        );
        let ids: Vec<&str> = l.entries.iter().map(|e| e.id.as_str()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted, "rows by id");
        for e in &l.entries {
            let u = unit(&r, e.id.as_str());
            assert_eq!(u.classified_by, Some(l.body));
            let c = u.classification.as_ref().unwrap();
            assert_eq!((e.total, e.class), (c.total, c.class));
        }
        // CSV: a header and one row per unit.
        let csv = l.to_csv();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "ma_don_vi,ten_don_vi,loai,tong_diem,xep_loai,tam_thoi"
        );
        assert_eq!(lines.len(), 1 + l.entries.len());
        for (line, e) in lines[1..].iter().zip(&l.entries) {
            assert!(line.starts_with(&format!("{},", e.id)), "{line}");
            assert!(line.contains(&format!(",{},", e.total)), "{line}");
            assert!(line.contains(e.class.name_vi()), "{line}");
        }
    }
    // Each commune's steering committee lists its own units; the province lists the communes
    // and the units it manages.
    let sizes: Vec<(Body, &str, usize)> = lists
        .iter()
        .map(|l| (l.body, l.jurisdiction.as_str(), l.entries.len()))
        .collect();
    assert_eq!(
        sizes,
        vec![
            (Body::CommuneSteeringCommittee, "ph-suoi-mau", 4),
            (Body::CommuneSteeringCommittee, "xa-nam-mau", 4),
            (Body::ProvincialSteeringCommittee, "province", 5),
        ]
    );
    let json = serde_json::to_string(&lists).unwrap();
    assert!(json.contains("\"commune_steering_committee\""));
}

// ---------------------------------------------------------------- the policy file

#[test]
fn policy_file_loads_and_changes_the_result() {
    let p = override_policy();
    assert!(p.name.contains("VÍ DỤ"));
    p.validate(2026).unwrap();
    // Started from son_la_2026: its other parts are kept.
    let preset = Policy::son_la_2026();
    assert_eq!(p.additions, preset.additions);
    assert_eq!(p.roadmap, preset.roadmap);
    assert_eq!(p.regime, preset.regime);
    assert_eq!(p.class_targets.len(), 2);
    assert_ne!(p.calendar, preset.calendar);

    let base = son_la_report();
    let r = evaluate(&input(), &p).unwrap();
    assert_ne!(
        serde_json::to_vec(&r).unwrap(),
        serde_json::to_vec(&base).unwrap()
    );
    assert_eq!(r.policy, p.name);
    // Safety outcomes do not change.
    for (a, b) in r.units.iter().zip(&base.units) {
        assert_eq!((&a.id, &a.safety), (&b.id, &b.safety));
    }
    // The added class target: 9 of 13 classified units are Khá or better, 80% needs 11.
    let kha = r
        .class_targets
        .iter()
        .find(|t| t.criterion.id == "example.kha_80")
        .expect("added target checked");
    assert_eq!((kha.units, kha.at_or_above, kha.met), (13, 9, false));
    assert_eq!(base.class_targets.len(), 1);
    // The calendar override moves the residential-area classification deadline (before 20/11
    // → before 18/11), and only that one.
    let area = "xa-nam-mau.ban-pa-mau";
    assert_eq!(
        unit(&base, area).classification_deadline,
        Some(date(2026, 11, 19))
    );
    assert_eq!(
        unit(&r, area).classification_deadline,
        Some(date(2026, 11, 17))
    );
    assert_eq!(
        unit(&r, "xa-nam-mau").classification_deadline,
        unit(&base, "xa-nam-mau").classification_deadline
    );
    let entry = r
        .calendar
        .iter()
        .find(|e| e.key == "qd510.d11.k3.residential_area")
        .unwrap();
    assert!(
        entry.source.is_provisional(),
        "the override carries its own source"
    );
}

// ---------------------------------------------------------------- broken inputs

fn rejected(name: &str) -> Error {
    let b = bytes(name);
    let result = YearInput::from_json(&b).and_then(|i| {
        // Rejected under any policy: the error is in the input.
        let national = evaluate(&i, &Policy::national());
        let son_la = evaluate(&i, &Policy::son_la_2026());
        assert_eq!(national.is_err(), son_la.is_err());
        son_la
    });
    match result {
        Ok(_) => panic!("{name}: a report was produced"),
        Err(e) => e,
    }
}

fn unit_subject(id: &str) -> Subject {
    Subject::Unit(UnitId::new(id))
}

#[test]
fn broken_input_unknown_unit_kind_names_the_unit_and_field() {
    let e = rejected("year_input_broken_unknown_kind.json");
    assert!(matches!(e, Error::Invalid { .. }), "{e:?}");
    assert_eq!(e.subject(), &unit_subject("xa-nam-mau.nha-may"));
    assert_eq!(e.field(), Some("units[1].unit.kind"));
    assert!(e.to_string().contains("factory"), "{e}");
}

#[test]
fn broken_input_sub_unit_pointing_to_a_missing_commune_names_the_unit_and_field() {
    let e = rejected("year_input_broken_missing_commune.json");
    assert!(
        matches!(e, Error::UnknownReference { ref id, .. } if id == "xa-bac-mau"),
        "{e:?}"
    );
    assert_eq!(e.subject(), &unit_subject("xa-bac-mau.ban-lac"));
    assert_eq!(e.field(), Some("unit.commune"));
}

#[test]
fn broken_input_duplicate_unit_id_names_the_unit_and_field() {
    let e = rejected("year_input_broken_duplicate_id.json");
    assert!(
        matches!(e, Error::Duplicate { ref id, .. } if id == "xa-nam-mau.ban-pa-mau"),
        "{e:?}"
    );
    assert_eq!(e.subject(), &unit_subject("xa-nam-mau.ban-pa-mau"));
    assert_eq!(e.field(), Some("unit.id"));
}

#[test]
fn broken_input_malformed_json_is_a_parse_error_with_its_position() {
    let e = rejected("year_input_broken_malformed.json");
    match &e {
        Error::Parse { subject, message } => {
            assert_eq!(subject, &Subject::Input);
            assert!(message.contains("line"), "{message}");
        }
        other => panic!("expected Error::Parse, got {other:?}"),
    }
    assert_eq!(e.field(), None);
}

#[test]
fn unknown_field_in_a_unit_record_names_the_unit() {
    let mut v: serde_json::Value = serde_json::from_slice(&bytes("year_input_small.json")).unwrap();
    v["units"][2]["saftey"] = serde_json::json!({});
    let e = YearInput::from_json(&serde_json::to_vec(&v).unwrap()).unwrap_err();
    assert_eq!(e.subject(), &unit_subject("xa-nam-mau.ban-pa-mau"));
    assert_eq!(e.field(), Some("units[2].saftey"));
    assert!(e.to_string().contains("saftey"), "{e}");
}

#[test]
fn bad_fact_value_names_the_unit_and_the_fact() {
    let mut v: serde_json::Value = serde_json::from_slice(&bytes("year_input_small.json")).unwrap();
    v["units"][3]["safety"]["crime_reduced"] = serde_json::json!("có");
    let e = YearInput::from_json(&serde_json::to_vec(&v).unwrap()).unwrap_err();
    assert_eq!(e.subject(), &unit_subject("xa-nam-mau.ban-huoi-mau"));
    assert_eq!(e.field(), Some("units[3].safety.crime_reduced"));
}

#[test]
fn wrong_schema_version_is_rejected() {
    let mut i = input();
    i.schema_version = 3;
    let e = evaluate(&i, &Policy::son_la_2026()).unwrap_err();
    assert_eq!(e.subject(), &Subject::Input);
    assert_eq!(e.field(), Some("schema_version"));
}

// ---------------------------------------------------------------- empty roadmap categories

#[test]
fn issue_6_every_unit_is_reported_even_without_a_commune_under_son_la() {
    // Two province-managed units, valid on their own (national policy reports both).
    let mut i = input();
    i.units.retain(|u| {
        matches!(
            u.unit.id.as_str(),
            "ph-suoi-mau.thpt" | "ph-suoi-mau.dn-van-tai"
        )
    });
    for u in &mut i.units {
        u.unit.commune = None;
    }
    assert_eq!(evaluate(&i, &Policy::national()).unwrap().units.len(), 2);
    let r = evaluate(&i, &Policy::son_la_2026()).unwrap();
    assert_eq!(r.units.len(), 2);
    // the commune targets of KH10 cannot be measured without communes: skipped, not failed
    let rm = r.roadmap.expect("KH10 covers 2026");
    assert!(!rm.skipped.is_empty());
    assert!(rm.progress.is_empty());
}
