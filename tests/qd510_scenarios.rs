//! QĐ510 classification scenarios built by hand from Sơn La …/UBND-NC §2a–§2b, LAW.md §4 and Sơn Dương 54/KH-UBND.

use std::borrow::Cow;

use antq::citation::{Citation, Instrument, Provenance, Source};
use antq::explain::{Criterion, Decision, Finding, Lang, Status, Value};
use antq::law::qd510::{
    builtin, classify, classify_with, no_unit_weak, Classification, DeductionFact, ScoreInput,
    ScoreSheet, SheetSet, DISCIPLINE_DEDUCTION_ID, PROVISIONAL_DISCIPLINE_POINTS,
    REMAINDER_ITEM_ID, SAFETY_ITEM_ID, SON_DUONG_ALL_KHA_2030, SON_DUONG_NO_WEAK_YEARLY,
    SON_LA_2026_NO_WEAK,
};
use antq::{KindTag, MovementClass, SafetyOutcome, UnitId};

const EXAMPLE_SHEET: &str = include_str!("../examples/data/qd510_example_commune.json");

fn tt124(id: &'static str, article: u16, clause: u16) -> Criterion {
    Criterion {
        id: Cow::Borrowed(id),
        source: Source::text(Citation::clause(Instrument::Tt124, article, clause)),
        vi: Cow::Borrowed("Không có cán bộ, chiến sĩ bị kỷ luật"),
        en: Cow::Borrowed("No cadre or officer disciplined"),
    }
}

/// A TT124 decision by hand: `violations` are (criterion id, article, clause, violated?).
fn safety(
    unit: &UnitId,
    outcome: SafetyOutcome,
    violations: &[(&'static str, u16, u16, bool)],
) -> Decision<SafetyOutcome> {
    Decision {
        unit: unit.clone(),
        outcome,
        findings: violations
            .iter()
            .map(|&(id, a, k, v)| Finding::boolean(tt124(id, a, k), Some(v), false))
            .collect(),
    }
}

fn input(awarded: &[(&str, u32)], facts: &[(&str, &str)]) -> ScoreInput {
    ScoreInput {
        awarded: awarded.iter().map(|&(k, v)| (k.to_owned(), v)).collect(),
        facts: facts
            .iter()
            .map(|&(d, f)| DeductionFact::new(d, f))
            .collect(),
    }
}

fn commune(unit: &UnitId, outcome: SafetyOutcome, remainder: u32) -> Decision<Classification> {
    let s = safety(unit, outcome, &[]);
    classify(
        &s,
        &input(&[(REMAINDER_ITEM_ID, remainder)], &[]),
        &ScoreSheet::builtin(KindTag::Commune),
    )
    .unwrap()
}

// ---------------------------------------------------------------------------------------------
// Sơn La …/UBND-NC §2a — the single-deduction rule.

#[test]
fn son_la_ubnd_nc_2026_2a_discipline_that_failed_tt124_costs_the_50_points_only() {
    let unit = UnitId::new("xa-chieng-sinh");
    let s = safety(
        &unit,
        SafetyOutcome::NotRecognised,
        &[("tt124.d5.k3.discipline", 5, 3, true)],
    );
    let inp = input(
        &[(REMAINDER_ITEM_ID, 45)],
        &[(DISCIPLINE_DEDUCTION_ID, "kỷ-luật-cán-bộ-A")],
    );
    let d = classify(&s, &inp, &ScoreSheet::builtin(KindTag::Commune)).unwrap();

    // 50 points lost through the TT124 item …
    let item = d.finding(SAFETY_ITEM_ID).unwrap();
    assert_eq!(item.status, Status::NotMet);
    assert_eq!(item.observed, Value::Points(0));
    // … and the discipline deduction is waived, citing Sơn La …/UBND-NC §2a with the covering criterion.
    let ded = d.finding(DISCIPLINE_DEDUCTION_ID).unwrap();
    assert_eq!(ded.status, Status::NotApplicable);
    let waiver = d.finding("qd510.exception.single_deduction").unwrap();
    assert_eq!(waiver.status, Status::Met);
    assert_eq!(
        waiver.criterion.source.citation,
        Citation::doc_section(&antq::provinces::documents::SON_LA_UBND_NC_2026, "2a")
    );
    assert_eq!(
        waiver.observed,
        Value::Text(Cow::Borrowed("tt124.d5.k3.discipline"))
    );
    assert_eq!(d.outcome.earned, 45);
    assert_eq!(d.outcome.deducted, 0);
    assert_eq!(d.outcome.waived, PROVISIONAL_DISCIPLINE_POINTS);
    assert_eq!(d.outcome.total, 45);
    let text = d.render(Lang::Vi);
    assert!(text.contains("mục 2a Công văn số …/UBND-NC năm 2026 của UBND tỉnh Sơn La"));
    assert!(text.contains("chỉ trừ 1 lần"));
}

#[test]
fn son_la_ubnd_nc_2026_2a_waiver_needs_no_reported_fact_to_explain_itself() {
    // The TT124 failure alone shows the waiver, so the explanation says why nothing is deducted.
    let unit = UnitId::new("xa-muong-bu");
    let s = safety(
        &unit,
        SafetyOutcome::NotRecognised,
        &[("tt124.d5.k3.discipline", 5, 3, true)],
    );
    let d = classify(
        &s,
        &input(&[(REMAINDER_ITEM_ID, 45)], &[]),
        &ScoreSheet::builtin(KindTag::Commune),
    )
    .unwrap();
    assert!(d.finding("qd510.exception.single_deduction").is_some());
    assert_eq!(d.outcome.waived, 0);
    assert_eq!(d.outcome.total, 45);
}

#[test]
fn son_la_ubnd_nc_2026_2a_discipline_deducted_once_when_unit_recognised_anyway() {
    // Agency: a reprimand below warning level is outside TT124 Đ6 k3 h, so the unit is recognised
    // and the QĐ510 deduction applies — once, however many distinct facts are reported.
    let unit = UnitId::new("so-tai-chinh");
    let s = safety(
        &unit,
        SafetyOutcome::Recognised,
        &[
            ("tt124.d6.k3.h", 6, 3, false),
            ("tt124.d6.k4.discipline", 6, 4, false),
        ],
    );
    let awarded = [
        ("qd510.d7.k1", 3),
        ("qd510.d7.k2", 3),
        ("qd510.d7.k3", 5),
        ("qd510.d7.k4.a", 1),
        (REMAINDER_ITEM_ID, 30),
    ];
    let sheet = ScoreSheet::builtin(KindTag::Agency);
    let one = classify(
        &s,
        &input(&awarded, &[(DISCIPLINE_DEDUCTION_ID, "khiển-trách-1")]),
        &sheet,
    )
    .unwrap();
    assert_eq!(one.outcome.earned, 92);
    assert_eq!(one.outcome.deducted, PROVISIONAL_DISCIPLINE_POINTS);
    assert_eq!(one.outcome.total, 92 - PROVISIONAL_DISCIPLINE_POINTS);
    let ded = one.finding(DISCIPLINE_DEDUCTION_ID).unwrap();
    assert_eq!(ded.status, Status::NotMet);
    assert!(
        ded.criterion.source.is_provisional(),
        "amount is provisional"
    );
    assert!(one.finding("qd510.exception.single_deduction").is_none());

    let two = classify(
        &s,
        &input(
            &awarded,
            &[
                (DISCIPLINE_DEDUCTION_ID, "khiển-trách-1"),
                (DISCIPLINE_DEDUCTION_ID, "khiển-trách-2"),
            ],
        ),
        &sheet,
    )
    .unwrap();
    assert_eq!(two.outcome.deducted, PROVISIONAL_DISCIPLINE_POINTS);

    let none = classify(&s, &input(&awarded, &[]), &sheet).unwrap();
    assert_eq!(none.outcome.deducted, 0);
    assert_eq!(
        none.finding(DISCIPLINE_DEDUCTION_ID).unwrap().status,
        Status::Met
    );
}

#[test]
fn son_la_ubnd_nc_2026_2a_deduction_applies_when_tt124_failed_for_another_reason() {
    let unit = UnitId::new("xa-noong-lay");
    let s = Decision {
        unit: unit.clone(),
        outcome: SafetyOutcome::NotRecognised,
        findings: vec![
            Finding::boolean(tt124("tt124.d5.k3.discipline", 5, 3), Some(false), false),
            Finding::boolean(tt124("tt124.d5.k1", 5, 1), Some(true), false),
        ],
    };
    let d = classify(
        &s,
        &input(
            &[(REMAINDER_ITEM_ID, 45)],
            &[(DISCIPLINE_DEDUCTION_ID, "kỷ-luật-1")],
        ),
        &ScoreSheet::builtin(KindTag::Commune),
    )
    .unwrap();
    assert!(d.finding("qd510.exception.single_deduction").is_none());
    assert_eq!(d.outcome.deducted, PROVISIONAL_DISCIPLINE_POINTS);
    assert_eq!(d.outcome.total, 45 - PROVISIONAL_DISCIPLINE_POINTS);
}

#[test]
fn son_la_ubnd_nc_2026_2a_same_fact_reported_twice_is_deducted_once() {
    let unit = UnitId::new("xa-hat-lot");
    let s = safety(&unit, SafetyOutcome::Recognised, &[]);
    let d = classify(
        &s,
        &input(
            &[(REMAINDER_ITEM_ID, 50)],
            &[
                (DISCIPLINE_DEDUCTION_ID, "vụ-1"),
                (DISCIPLINE_DEDUCTION_ID, "vụ-1"),
            ],
        ),
        &ScoreSheet::builtin(KindTag::Commune),
    )
    .unwrap();
    assert_eq!(d.outcome.deducted, PROVISIONAL_DISCIPLINE_POINTS);
    let once = d.finding("qd510.exception.fact_once").unwrap();
    assert_eq!(once.observed, Value::Count(1));
}

#[test]
fn per_occurrence_deduction_counts_distinct_facts_and_a_fact_once_across_deductions() {
    let sheet = ScoreSheet::from_json(EXAMPLE_SHEET).unwrap();
    let unit = UnitId::new("phuong-to-hieu");
    let s = safety(&unit, SafetyOutcome::Recognised, &[]);
    let awarded = [
        ("example.k1.a", 10),
        ("example.k1.b", 20),
        ("example.k2", 20),
    ];
    let d = classify(
        &s,
        &input(
            &awarded,
            &[
                ("example.incident", "vụ-1"),
                ("example.incident", "vụ-2"),
                ("example.incident", "vụ-2"),
                // Also reported as discipline: the earlier deduction of the sheet takes it.
                (DISCIPLINE_DEDUCTION_ID, "vụ-1"),
            ],
        ),
        &sheet,
    )
    .unwrap();
    // discipline 10 (for vụ-1) + incident 3 (vụ-2 only: vụ-1 already deducted, vụ-2 repeated).
    assert_eq!(d.outcome.deducted, 13);
    assert_eq!(d.outcome.waived, 6);
    assert_eq!(d.outcome.total, 87);
}

// ---------------------------------------------------------------------------------------------
// QĐ510 Đ8 k10 c — the 50 points come from the TT124 decision.

#[test]
fn qd510_d8_k10_c_recognised_is_worth_50_points() {
    let unit = UnitId::new("xa-1");
    let yes = commune(&unit, SafetyOutcome::Recognised, 0);
    assert_eq!(yes.outcome.earned, 50);
    assert_eq!(yes.finding(SAFETY_ITEM_ID).unwrap().status, Status::Met);
    for outcome in [
        SafetyOutcome::NotRecognised,
        SafetyOutcome::CannotDecide,
        SafetyOutcome::ExcludedFromReview(antq::outcome::ExclusionReason::NotRegistered),
    ] {
        let no = commune(&unit, outcome, 0);
        assert_eq!(no.outcome.earned, 0);
    }
}

#[test]
fn qd510_d8_k10_c_commune_item_is_from_son_la_ubnd_nc_2026_other_kinds_by_provisional_analogy() {
    let c = ScoreSheet::builtin(KindTag::Commune);
    let item = c.item(SAFETY_ITEM_ID).unwrap();
    assert_eq!(item.max_points, 50);
    assert_eq!(
        item.criterion.source.provenance,
        Provenance::ProvincialDocument
    );
    for kind in [KindTag::ResidentialArea, KindTag::Agency, KindTag::School] {
        let s = ScoreSheet::builtin(kind);
        assert!(s
            .item(SAFETY_ITEM_ID)
            .unwrap()
            .criterion
            .source
            .is_provisional());
    }
}

#[test]
fn qd510_d7_known_items_for_agencies_enterprises_schools() {
    for kind in [KindTag::Agency, KindTag::Enterprise, KindTag::School] {
        let s = ScoreSheet::builtin(kind);
        s.validate().unwrap();
        let pts = |id| s.item(id).map(|i| i.max_points);
        assert_eq!(pts("qd510.d7.k1"), Some(3));
        assert_eq!(pts("qd510.d7.k2"), Some(3));
        assert_eq!(pts("qd510.d7.k3"), Some(5));
        assert_eq!(pts("qd510.d7.k4.a"), Some(1));
        // QĐ510 Đ7 k7 (movement models): the requirement reported, its points provisional.
        assert_eq!(pts("qd510.d7.k7"), Some(5));
        let k7 = &s.item("qd510.d7.k7").unwrap().criterion.source;
        assert_eq!(k7.provenance, Provenance::Reported);
        assert_eq!(
            k7.citation.document().and_then(|d| d.number.as_deref()),
            Some("07/BCĐ-CQTT")
        );
        assert!(s
            .item("qd510.d7.k7.points")
            .unwrap()
            .criterion
            .source
            .is_provisional());
        assert_eq!(pts(REMAINDER_ITEM_ID), Some(33));
        assert_eq!(
            s.item("qd510.d7.k1").unwrap().criterion.source.provenance,
            Provenance::Reported
        );
        assert!(s
            .item(REMAINDER_ITEM_ID)
            .unwrap()
            .criterion
            .source
            .is_provisional());
    }
    for kind in [KindTag::Commune, KindTag::ResidentialArea] {
        let s = ScoreSheet::builtin(kind);
        s.validate().unwrap();
        assert!(s.item("qd510.d7.k1").is_none());
        assert_eq!(s.item(REMAINDER_ITEM_ID).unwrap().max_points, 50);
    }
}

#[test]
fn qd510_d7_k4_group_sums_its_sub_items() {
    let unit = UnitId::new("truong-thpt");
    let s = safety(&unit, SafetyOutcome::Recognised, &[]);
    let d = classify(
        &s,
        &input(&[("qd510.d7.k4.a", 1)], &[]),
        &ScoreSheet::builtin(KindTag::School),
    )
    .unwrap();
    let g = d.finding("qd510.d7.k4").unwrap();
    assert_eq!(g.observed, Value::Points(1));
    assert_eq!(g.status, Status::Met);
    // k1, k2, k3, k7 and the remainder were not given: counted 0 and shown unknown.
    assert_eq!(d.outcome.unscored_items, 5);
    assert_eq!(d.finding("qd510.d7.k1").unwrap().status, Status::Unknown);
    assert_eq!(d.outcome.earned, 51);
}

// ---------------------------------------------------------------------------------------------
// Provisional bands: both sides of every threshold.

#[test]
fn provisional_band_49_is_yeu_50_is_trung_binh() {
    let u = UnitId::new("xa-2");
    assert_eq!(
        commune(&u, SafetyOutcome::NotRecognised, 49).outcome.class,
        MovementClass::Yeu
    );
    assert_eq!(
        commune(&u, SafetyOutcome::NotRecognised, 50).outcome.class,
        MovementClass::TrungBinh
    );
}

#[test]
fn provisional_band_69_is_trung_binh_70_is_kha() {
    let u = UnitId::new("xa-3");
    assert_eq!(
        commune(&u, SafetyOutcome::Recognised, 19).outcome.class,
        MovementClass::TrungBinh
    );
    assert_eq!(
        commune(&u, SafetyOutcome::Recognised, 20).outcome.class,
        MovementClass::Kha
    );
}

#[test]
fn provisional_band_89_is_kha_90_is_xuat_sac() {
    let u = UnitId::new("xa-4");
    let d89 = commune(&u, SafetyOutcome::Recognised, 39);
    let d90 = commune(&u, SafetyOutcome::Recognised, 40);
    assert_eq!(
        (d89.outcome.total, d89.outcome.class),
        (89, MovementClass::Kha)
    );
    assert_eq!(
        (d90.outcome.total, d90.outcome.class),
        (90, MovementClass::XuatSac)
    );
    assert_eq!((d90.outcome.band.min, d90.outcome.band.max), (90, 100));
}

#[test]
fn provisional_bands_are_labelled_in_every_decision() {
    let u = UnitId::new("xa-5");
    let d = commune(&u, SafetyOutcome::Recognised, 50);
    assert_eq!(d.outcome.total, 100);
    assert!(d.outcome.provisional);
    let band = d.finding("qd510.band.xuat_sac").unwrap();
    assert!(band.criterion.source.is_provisional());
    assert!(d
        .provisional()
        .any(|f| f.criterion.id == "qd510.band.xuat_sac"));
    assert!(d.render(Lang::Vi).contains("TẠM THỜI"));
    assert!(d.render(Lang::En).contains("PROVISIONAL"));
}

#[test]
fn total_below_zero_is_clamped_to_zero() {
    let sheet = ScoreSheet::from_json(EXAMPLE_SHEET).unwrap();
    let unit = UnitId::new("phuong-6");
    let s = safety(&unit, SafetyOutcome::NotRecognised, &[]);
    let facts: Vec<(String, String)> = (0..5)
        .map(|i| ("example.incident".to_owned(), format!("vụ-{i}")))
        .collect();
    let facts: Vec<(&str, &str)> = facts
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let d = classify(&s, &input(&[("example.k2", 5)], &facts), &sheet).unwrap();
    assert_eq!(d.outcome.deducted, 15);
    assert_eq!(d.outcome.total, 0);
    assert_eq!(d.outcome.class, MovementClass::Yeu);
}

// ---------------------------------------------------------------------------------------------
// A province's sheet loaded from JSON changes the result.

#[test]
fn custom_province_sheet_from_json_changes_the_class() {
    let unit = UnitId::new("xa-7");
    let s = safety(&unit, SafetyOutcome::Recognised, &[]);
    let builtin_d = classify(
        &s,
        &input(&[(REMAINDER_ITEM_ID, 40)], &[]),
        &ScoreSheet::builtin(KindTag::Commune),
    )
    .unwrap();
    let sheets = SheetSet::builtin()
        .with_sheet(ScoreSheet::from_json(EXAMPLE_SHEET).unwrap())
        .unwrap();
    let commune = antq::Unit::new(
        "xa-7",
        "Xã 7",
        antq::UnitKind::commune(antq::unit::CommuneType::Xa),
        antq::ManagingLevel::Province,
    );
    let custom = classify_with(
        &commune,
        &s,
        &input(
            &[
                ("example.k1.a", 10),
                ("example.k1.b", 15),
                ("example.k2", 15),
            ],
            &[],
        ),
        &sheets,
    )
    .unwrap();
    assert_eq!(builtin_d.outcome.total, 90);
    assert_eq!(custom.outcome.total, 90);
    assert_eq!(builtin_d.outcome.class, MovementClass::XuatSac);
    assert_eq!(custom.outcome.class, MovementClass::Kha); // the sheet's Xuất sắc starts at 95
                                                          // Other kinds keep the built-in sheet.
    assert_eq!(sheets.get(KindTag::Agency).unwrap().name, "builtin.agency");
}

#[test]
fn custom_sheet_deduction_amount_replaces_the_provisional_one() {
    let sheet = ScoreSheet::from_json(EXAMPLE_SHEET).unwrap();
    let unit = UnitId::new("xa-8");
    let s = safety(&unit, SafetyOutcome::Recognised, &[]);
    let d = classify(
        &s,
        &input(
            &[
                ("example.k1.a", 10),
                ("example.k1.b", 20),
                ("example.k2", 20),
            ],
            &[(DISCIPLINE_DEDUCTION_ID, "kỷ-luật-1")],
        ),
        &sheet,
    )
    .unwrap();
    assert_eq!(d.outcome.deducted, 10);
    assert_eq!(d.outcome.class, MovementClass::Kha);
}

#[test]
fn decision_describes_items_deductions_total_and_band() {
    let unit = UnitId::new("xa-9");
    let d = commune(&unit, SafetyOutcome::Recognised, 25);
    // 2 items + 1 deduction + 1 band.
    assert_eq!(d.findings.len(), 4);
    let vi = d.render(Lang::Vi);
    assert!(
        vi.starts_with("Đơn vị xa-9: xếp loại Khá — 75/100 điểm"),
        "{vi}"
    );
    assert!(vi.contains("điểm c khoản 10 Điều 8 Quyết định số 510/QĐ-BCA-V05"));
    let en = d.render(Lang::En);
    assert!(en.contains("class Good — 75/100 points"), "{en}");
}

#[test]
fn builtin_exposes_the_provisional_bands_and_deduction() {
    let bands = builtin::provisional_bands();
    assert_eq!(bands.len(), 4);
    assert!(bands.iter().all(|b| b.source.is_provisional()));
    let d = builtin::discipline_deduction(KindTag::School);
    assert_eq!(d.points, PROVISIONAL_DISCIPLINE_POINTS);
    assert!(d.covered_by.iter().any(|c| c == "tt124.d7.k5.discipline"));
}

// ---------------------------------------------------------------------------------------------
// Targets over a set of units.

fn classes(list: &[(&str, MovementClass)]) -> Vec<(UnitId, MovementClass)> {
    list.iter().map(|&(u, c)| (UnitId::new(u), c)).collect()
}

#[test]
fn son_la_ubnd_nc_2026_2b_no_unit_weak_in_2026_names_the_offenders() {
    let set = classes(&[
        ("b", MovementClass::Yeu),
        ("a", MovementClass::TrungBinh),
        ("c", MovementClass::XuatSac),
        ("d", MovementClass::Yeu),
    ]);
    let r = SON_LA_2026_NO_WEAK
        .check(set.iter().map(|(u, c)| (u, *c)))
        .unwrap();
    assert!(!r.met);
    assert_eq!(r.offending, vec![UnitId::new("b"), UnitId::new("d")]);
    assert_eq!((r.units, r.at_or_above, r.required), (4, 2, 4));
    assert!(SON_LA_2026_NO_WEAK.applies_in(2026));
    assert!(!SON_LA_2026_NO_WEAK.applies_in(2027));
    assert!(SON_DUONG_NO_WEAK_YEARLY.applies_in(2028));

    let ok = classes(&[("a", MovementClass::TrungBinh)]);
    assert!(
        SON_LA_2026_NO_WEAK
            .check(ok.iter().map(|(u, c)| (u, *c)))
            .unwrap()
            .met
    );
}

#[test]
fn son_duong_kh54_2026_all_kha_or_better_by_2030() {
    let set = classes(&[("a", MovementClass::Kha), ("b", MovementClass::TrungBinh)]);
    let r = SON_DUONG_ALL_KHA_2030
        .check(set.iter().map(|(u, c)| (u, *c)))
        .unwrap();
    assert!(!r.met);
    assert_eq!(r.offending, vec![UnitId::new("b")]);
    assert_eq!(r.finding().status, Status::NotMet);
    let set = classes(&[("a", MovementClass::Kha), ("b", MovementClass::XuatSac)]);
    assert!(
        SON_DUONG_ALL_KHA_2030
            .check(set.iter().map(|(u, c)| (u, *c)))
            .unwrap()
            .met
    );
    assert!(SON_DUONG_ALL_KHA_2030.applies_in(2030));
    assert!(!SON_DUONG_ALL_KHA_2030.applies_in(2029));
}

#[test]
fn target_checks_read_classification_decisions() {
    let a = commune(&UnitId::new("a"), SafetyOutcome::Recognised, 30);
    let b = commune(&UnitId::new("b"), SafetyOutcome::NotRecognised, 30);
    let r = no_unit_weak([&a, &b]).unwrap();
    assert_eq!(r.offending, vec![UnitId::new("b")]);
    let r = antq::law::qd510::all_at_least_kha([&a]).unwrap();
    assert!(r.met);
}

#[test]
fn target_share_is_a_ceiling_in_integers() {
    let mut t = SON_DUONG_ALL_KHA_2030.clone();
    t.share_percent = 75;
    let set = classes(&[
        ("a", MovementClass::Kha),
        ("b", MovementClass::Kha),
        ("c", MovementClass::Kha),
        ("d", MovementClass::Yeu),
    ]);
    let r = t.check(set.iter().map(|(u, c)| (u, *c))).unwrap();
    assert_eq!(r.required, 3);
    assert!(r.met);
    let set = classes(&[
        ("a", MovementClass::Kha),
        ("b", MovementClass::Kha),
        ("c", MovementClass::Yeu),
        ("d", MovementClass::Yeu),
        ("e", MovementClass::Kha),
    ]);
    let r = t.check(set.iter().map(|(u, c)| (u, *c))).unwrap();
    assert_eq!(r.required, 4); // ⌈0.75 · 5⌉
    assert!(!r.met);
}

#[test]
fn target_rejects_a_unit_listed_twice() {
    let set = classes(&[("a", MovementClass::Kha), ("a", MovementClass::Yeu)]);
    let e = SON_LA_2026_NO_WEAK
        .check(set.iter().map(|(u, c)| (u, *c)))
        .unwrap_err();
    assert!(matches!(e, antq::Error::Duplicate { .. }));
}
