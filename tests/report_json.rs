//! Issue 14 item 4, "written straight to the output" (DESIGN §19.2): `Report::write_json` and
//! `Report::write_json_pretty` write exactly the bytes `serde_json::to_vec` and
//! `serde_json::to_vec_pretty` write for the same report — for reports of synthetic provinces
//! (several seeds and shapes, facts knocked to unknown so issues appear, national default and
//! Sơn La 2026), of the example inputs under every example province file, and for reports
//! whose strings carry every escape class (quotes, backslashes, every control byte, Vietnamese,
//! emoji) in ids, names, jurisdictions, criteria and observed values.

use std::borrow::Cow;

use antq::explain::{CriterionRef, Status, Value};
use antq::law::qd3554::PrerequisiteOutcome;
use antq::models::ModelAction;
use antq::outcome::{ExclusionReason, NotSubjectReason, SafetyOutcome};
use antq::policy::province::Loader;
use antq::policy::Policy;
use antq::year::report::{Audit, ClassSummary, Issue, ModelUnitSummary, ModelsSummary};
use antq::year::synthetic::{province, Shape};
use antq::year::{evaluate, Report, YearInput};
use antq::{MovementClass, UnitId};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn file(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// Both writers against serde_json, with the first differing byte shown on failure.
fn assert_same_bytes(r: &Report) -> Result<(), TestCaseError> {
    let mut compact = Vec::new();
    r.write_json(&mut compact).unwrap();
    let reference = serde_json::to_vec(r).unwrap();
    prop_assert!(
        compact == reference,
        "compact differs at byte {}: {:?}",
        first_difference(&compact, &reference),
        context(&compact, &reference)
    );
    let mut pretty = Vec::new();
    r.write_json_pretty(&mut pretty).unwrap();
    let reference = serde_json::to_vec_pretty(r).unwrap();
    prop_assert!(
        pretty == reference,
        "pretty differs at byte {}: {:?}",
        first_difference(&pretty, &reference),
        context(&pretty, &reference)
    );
    Ok(())
}

fn first_difference(a: &[u8], b: &[u8]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

fn context(a: &[u8], b: &[u8]) -> (String, String) {
    let at = first_difference(a, b);
    let from = at.saturating_sub(60);
    let show = |s: &[u8]| String::from_utf8_lossy(&s[from..(at + 60).min(s.len())]).into_owned();
    (show(a), show(b))
}

/// Knock facts to unknown (or remove them) by `code`'s bits, so that the report has issues of
/// every part: TT124 facts unknown, not scored, model-unit criteria unknown, models unrated.
fn knock(mut input: YearInput, codes: &[u8]) -> YearInput {
    for (u, code) in input.units.iter_mut().zip(codes.iter().cycle()) {
        if code & 1 != 0 {
            u.safety.registered = None;
        }
        if code & 2 != 0 {
            u.safety.security_plan = None;
            u.safety.internal_rules = None;
        }
        if code & 4 != 0 {
            u.score = None;
        }
        if code & 8 != 0 {
            if let Some(m) = &mut u.model_unit {
                m.criteria.clear();
            }
        }
        if code & 16 != 0 {
            for m in u.models.iter_mut().flatten() {
                m.effective = None;
            }
        }
    }
    input
}

const POOL: &[char] = &[
    '\0', '\u{1}', '\u{7}', '\u{8}', '\t', '\n', '\u{b}', '\u{c}', '\r', '\u{e}', '\u{1b}',
    '\u{1f}', '"', '\\', '/', '\u{7f}', ' ', 'a', 'Z', '0', '-', 'ệ', 'Đ', 'ư', 'ờ', '😀', '🇻',
    '\u{2028}', '\u{feff}',
];

/// Strings drawn from every escape class, or anything at all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(prop::sample::select(POOL), 0..24)
            .prop_map(|cs| cs.into_iter().collect::<String>()),
        1 => any::<String>(),
        1 => (0u8..0x20).prop_map(|b| format!("ma-{}-{}", char::from(b), b)),
    ]
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0u32..12).prop_map(|(m, scale)| Decimal::new(m, scale))
}

/// Every `Value` variant.
fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::None),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::Count),
        decimal().prop_map(Value::Number),
        (any::<u64>(), any::<u64>()).prop_map(|(num, den)| Value::Ratio { num, den }),
        decimal().prop_map(Value::Percent),
        decimal().prop_map(Value::AtLeastPercent),
        any::<u64>().prop_map(Value::AtLeast),
        any::<u64>().prop_map(Value::AtMost),
        decimal().prop_map(Value::Money),
        any::<i64>().prop_map(Value::Points),
        text().prop_map(|s| Value::Text(Cow::Owned(s))),
        prop::collection::vec(text().prop_map(Cow::Owned), 0..4).prop_map(Value::List),
    ]
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(vec![
        Status::Met,
        Status::NotMet,
        Status::NotApplicable,
        Status::Unknown,
    ])
}

fn safety_outcome() -> impl Strategy<Value = SafetyOutcome> {
    prop_oneof![
        Just(SafetyOutcome::Recognised),
        Just(SafetyOutcome::NotRecognised),
        Just(SafetyOutcome::CannotDecide),
        Just(SafetyOutcome::NotSubject(NotSubjectReason::Creche)),
        Just(SafetyOutcome::NotSubject(NotSubjectReason::ArmedForces)),
        Just(SafetyOutcome::ExcludedFromReview(
            ExclusionReason::NotRegistered
        )),
        text().prop_map(
            |s| SafetyOutcome::ExcludedFromReview(ExclusionReason::MissingDocument(Cow::Owned(s)))
        ),
    ]
}

/// What to write over a report: strings, values and outcomes, applied in turn.
#[derive(Debug, Clone)]
struct Decoration {
    texts: Vec<String>,
    values: Vec<Value>,
    statuses: Vec<Status>,
    outcomes: Vec<SafetyOutcome>,
    numbers: Vec<u32>,
}

fn decoration() -> impl Strategy<Value = Decoration> {
    (
        prop::collection::vec(text(), 1..12),
        prop::collection::vec(value(), 1..16),
        prop::collection::vec(status(), 1..4),
        prop::collection::vec(safety_outcome(), 1..6),
        prop::collection::vec(any::<u32>(), 1..6),
    )
        .prop_map(|(texts, values, statuses, outcomes, numbers)| Decoration {
            texts,
            values,
            statuses,
            outcomes,
            numbers,
        })
}

/// Write the decoration over every string, value and optional part of the report. The report
/// need not make sense any more: the writers must agree on whatever a `Report` holds.
fn decorate(r: &mut Report, d: &Decoration) {
    let mut t = d.texts.iter().cycle().cloned();
    let mut v = d.values.iter().cycle().cloned();
    let mut st = d.statuses.iter().cycle().copied();
    let mut o = d.outcomes.iter().cycle().cloned();
    let mut n = d.numbers.iter().cycle().copied();
    r.province = t.next().unwrap();
    r.policy = t.next().unwrap();
    r.year = -(n.next().unwrap() as i32);
    for c in &mut r.communes {
        c.name = t.next().unwrap();
        c.id = UnitId::new(t.next().unwrap());
    }
    for b in &mut r.bodies {
        b.jurisdiction = t.next().unwrap();
        b.units = n.next().unwrap();
        b.unit_ids.push(UnitId::new(t.next().unwrap()));
    }
    if let Some(c) = r.criteria.values().next().cloned() {
        for _ in 0..3 {
            let mut c = (*c).clone();
            c.id = Cow::Owned(t.next().unwrap());
            c.vi = Cow::Owned(t.next().unwrap());
            c.en = Cow::Owned(t.next().unwrap());
            r.criteria
                .insert(Cow::Owned(t.next().unwrap()), CriterionRef::from(c));
        }
    }
    for (i, u) in r.units.iter_mut().enumerate() {
        u.id = UnitId::new(t.next().unwrap());
        u.name = t.next().unwrap();
        u.commune = (i % 3 != 0).then(|| UnitId::new(t.next().unwrap()));
        u.district = (i % 2 == 0).then(|| t.next().unwrap());
        if i % 4 == 1 {
            u.safety = o.next().unwrap();
        }
        let mut issue = || Issue {
            criterion: Cow::Owned(t.next().unwrap()),
            status: st.next().unwrap(),
            observed: v.next().unwrap(),
            required: v.next().unwrap(),
        };
        match i % 5 {
            0 => u.safety_issues.push(issue()),
            1 => u.classification_issues.push(issue()),
            2 => u.model_unit_issues.push(issue()),
            3 => {
                u.safety_issues.clear();
                u.classification_issues.clear();
                u.model_unit_issues.clear();
            }
            _ => {}
        }
        match i % 7 {
            0 => {
                u.classification = Some(ClassSummary {
                    total: n.next().unwrap(),
                    class: MovementClass::TrungBinh,
                    unscored_items: n.next().unwrap(),
                    provisional: i % 2 == 0,
                })
            }
            1 => u.classification = None,
            2 => {
                u.model_unit = Some(ModelUnitSummary {
                    prerequisites: (i % 2 == 0).then_some(PrerequisiteOutcome::CannotDecide),
                    outcome: antq::law::qd3554::ModelUnitOutcome::NotRegistered,
                    unmet: n.next().unwrap(),
                })
            }
            3 => {
                u.models = Some(ModelsSummary {
                    requirement: st.next().unwrap(),
                    effective: n.next().unwrap(),
                    actions: vec![ModelAction::WindUp; i % 3],
                })
            }
            4 => {
                u.model_unit = None;
                u.models = None;
            }
            _ => {}
        }
    }
    r.audit = Some(Audit::new(
        t.next().unwrap(),
        t.next().unwrap(),
        t.next().unwrap(),
        t.next().unwrap(),
        t.next().unwrap(),
    ));
}

fn shape() -> impl Strategy<Value = Shape> {
    prop_oneof![
        Just(Shape::small()),
        (1u32..4, 0u32..12, 0u32..30).prop_map(|(communes, residential_areas, organisations)| {
            Shape {
                communes,
                residential_areas,
                organisations,
            }
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Reports of synthetic provinces, facts knocked to unknown, under the national default
    /// and Sơn La 2026, as the pipeline builds them.
    #[test]
    fn the_writers_write_serde_json_bytes_for_synthetic_province_reports(
        seed in any::<u64>(),
        shape in shape(),
        codes in prop::collection::vec(any::<u8>(), 1..16),
    ) {
        let input = knock(province(&shape, 2026, seed), &codes);
        for policy in [Policy::national(), Policy::son_la_2026()] {
            let r = evaluate(&input, &policy).unwrap();
            assert_same_bytes(&r)?;
        }
    }

    /// The same reports with every string, value and optional part overwritten: escapes of
    /// every class in ids, names, jurisdictions, criteria, observed and required values.
    #[test]
    fn the_writers_write_serde_json_bytes_for_reports_with_every_escape_and_shape(
        seed in any::<u64>(),
        codes in prop::collection::vec(any::<u8>(), 1..8),
        d in decoration(),
        son_la in any::<bool>(),
    ) {
        let input = knock(province(&Shape::small(), 2026, seed), &codes);
        let policy = if son_la { Policy::son_la_2026() } else { Policy::national() };
        let mut r = evaluate(&input, &policy).unwrap();
        decorate(&mut r, &d);
        assert_same_bytes(&r)?;
    }
}

/// The policies the example inputs are evaluated under: the presets, the example override and
/// the example province and commune files (roadmap, class targets, provincial documents).
fn policies() -> Vec<(&'static str, Policy)> {
    let loader = Loader::new()
        .with_file("tinh_mau_2026", file("tests/data/tinh_mau_2026.json"))
        .with_file("xa_mau_2026", file("tests/data/xa_mau_2026.json"));
    vec![
        ("national", Policy::national()),
        ("son_la_2026", Policy::son_la_2026()),
        (
            "policy_son_la_override",
            Policy::from_json(&file("examples/data/policy_son_la_override.json")).unwrap(),
        ),
        ("tinh_mau_2026", loader.load("tinh_mau_2026").unwrap()),
        ("xa_mau_2026", loader.load("xa_mau_2026").unwrap()),
    ]
}

fn example_reports() -> Vec<(String, Report)> {
    let mut out = Vec::new();
    for input in [
        "examples/data/year_input_small.json",
        "examples/data/year_input_v2_small.json",
    ] {
        let parsed = YearInput::from_json(file(input).as_bytes()).unwrap();
        for (name, policy) in policies() {
            let mut r = evaluate(&parsed, &policy).unwrap();
            out.push((format!("{input} under {name}"), r.clone()));
            r.audit = Some(Audit::new(name, "preset:x", "ab", input, "cd"));
            out.push((format!("{input} under {name}, with audit"), r));
        }
    }
    out
}

#[test]
fn the_writers_write_serde_json_bytes_for_the_example_inputs_under_every_example_province() {
    for (what, r) in example_reports() {
        assert_same_bytes(&r).unwrap_or_else(|e| panic!("{what}: {e}"));
    }
}

/// The comparisons above are not vacuous: between them, the reports compared hold every part
/// the writer writes by hand or hands on, present and absent.
#[test]
fn the_reports_compared_hold_every_part_of_the_report() {
    let reports: Vec<Report> = example_reports().into_iter().map(|(_, r)| r).collect();
    let units = || reports.iter().flat_map(|r| &r.units);
    assert!(reports.iter().any(|r| r.roadmap.is_some()));
    assert!(reports.iter().any(|r| r.roadmap.is_none()));
    assert!(reports.iter().any(|r| !r.class_targets.is_empty()));
    assert!(reports.iter().any(|r| r.class_targets.is_empty()));
    assert!(reports.iter().any(|r| r.audit.is_some()));
    assert!(reports.iter().any(|r| r.audit.is_none()));
    assert!(reports.iter().any(|r| !r.criteria.is_empty()));
    assert!(reports.iter().any(|r| !r.provisional.is_empty()));
    assert!(reports
        .iter()
        .flat_map(|r| &r.bodies)
        .any(|b| b.unit_ids.len() > 1));
    assert!(units().any(|u| u.commune.is_some()));
    assert!(units().any(|u| u.commune.is_none()));
    assert!(units().any(|u| !u.safety_issues.is_empty()));
    assert!(units().any(|u| !u.classification_issues.is_empty()));
    assert!(units().any(|u| u.classification.is_some()));
    assert!(units().any(|u| u.model_unit.is_some()));
    assert!(units().any(|u| u.models.is_some()));
    assert!(units().any(|u| matches!(u.safety, SafetyOutcome::NotSubject(_))));
    assert!(units()
        .flat_map(|u| u.safety_issues.iter().chain(&u.classification_issues))
        .any(|i| i.observed != Value::None));
}

/// A string with every byte below 0x20, quotes, backslashes, Vietnamese and emoji, at every
/// offset from an eight-byte word boundary, in a unit's id, name and an observed value.
#[test]
fn every_escape_class_at_every_word_offset_is_written_as_serde_json_writes_it() {
    let input = province(&Shape::small(), 2026, 3);
    let base = evaluate(&input, &Policy::national()).unwrap();
    let specials: Vec<String> = (0u8..0x20)
        .map(|b| char::from(b).to_string())
        .chain(["\"", "\\", "/", "\u{7f}", "ệ", "😀"].map(String::from))
        .collect();
    for sp in &specials {
        let mut r = base.clone();
        for (i, u) in r.units.iter_mut().enumerate() {
            let s = format!("{}{sp}{}", "x".repeat(i % 17), "Đ".repeat(i % 5));
            u.id = UnitId::new(s.clone());
            u.name = format!("{s}{sp}{sp}");
            u.safety_issues.push(Issue {
                criterion: Cow::Owned(s.clone()),
                status: Status::Unknown,
                observed: Value::Text(Cow::Owned(s.clone())),
                required: Value::List(vec![Cow::Owned(s), Cow::Borrowed(sp_static(sp))]),
            });
        }
        assert_same_bytes(&r).unwrap_or_else(|e| panic!("{sp:?}: {e}"));
    }
}

fn sp_static(sp: &str) -> &'static str {
    Box::leak(sp.to_owned().into_boxed_str())
}

/// A report larger than the writer's buffer goes through whole (chunks passed on in order).
#[test]
fn a_report_larger_than_the_writers_buffer_is_written_whole() {
    let input = province(&Shape::son_la(), 2026, 11);
    let r = evaluate(&input, &Policy::son_la_2026()).unwrap();
    let reference = serde_json::to_vec(&r).unwrap();
    assert!(reference.len() > 1 << 20);
    assert_same_bytes(&r).unwrap();
    // Into a writer that takes a few bytes at a time.
    struct Dribble(Vec<u8>);
    impl std::io::Write for Dribble {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            let n = b.len().min(7);
            self.0.extend_from_slice(&b[..n]);
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut d = Dribble(Vec::new());
    r.write_json(&mut d).unwrap();
    assert!(d.0 == reference);
}

/// A writer's error reaches the caller (nothing is silently dropped).
#[test]
fn a_failing_writer_fails_the_write() {
    struct Full;
    impl std::io::Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let r = evaluate(&province(&Shape::small(), 2026, 1), &Policy::national()).unwrap();
    let e = r.write_json(Full).unwrap_err();
    assert_eq!(e.to_string(), "disk full");
    assert!(r.write_json_pretty(Full).is_err());
}
