//! Issue 10 item 8: the four input shapes that were quadratic, each run at the size that used
//! to take 10–40 s (catalogue with 30,000 criteria, roadmap with every target the year window
//! allows, score sheet with 30,000 items, one commune with 30,000 deduction facts). The time
//! ratio 10× / 1× is measured by the `scale` bench (`cargo bench --bench scale`); these tests pin
//! the results the linear code must still give at that size.

#[path = "scale/shapes.rs"]
mod shapes;

use antq::law::qd510::{classify, SheetSet};
use antq::policy::Policy;
use antq::unit::{CommuneType, ManagingLevel, Unit, UnitKind};
use antq::year::pipeline::evaluate_one;
use antq::year::UnitInput;
use antq::{Error, KindTag, UnitId, Value};

#[test]
fn issue_10_item_8_a_catalogue_of_30000_criteria_validates_and_names_a_late_duplicate() {
    let mut c = shapes::catalogue(30_000);
    c.validate().unwrap();
    let mut dup = c.criteria[17].clone();
    dup.group = c.criteria[29_999].group.clone();
    c.criteria.push(dup);
    let e = c.validate().unwrap_err();
    assert!(
        matches!(e, Error::Duplicate { ref id, .. } if id == "scale.c17"),
        "{e:?}"
    );
}

#[test]
fn issue_10_item_8_a_roadmap_filling_the_year_window_validates_once() {
    let r = shapes::roadmap(usize::MAX);
    assert_eq!(r.targets.len(), 101 * 5 * 8);
    r.validate().unwrap();
    // A cumulative share that drops, set at the very end, is still found.
    let mut bad = r.clone();
    let last = bad
        .targets
        .iter()
        .rposition(|t| t.basis == antq::roadmap::Basis::Cumulative)
        .unwrap();
    bad.targets[last].min_share = rust_decimal::Decimal::ZERO;
    let e = bad.validate().unwrap_err();
    assert!(e.field().unwrap().ends_with("min_share"), "{e}");
}

#[test]
fn issue_10_item_8_a_sheet_of_30000_items_is_scored_with_every_item_listed() {
    let sheet = shapes::sheet(30_000);
    let policy = Policy {
        score_sheets: SheetSet::builtin().with_sheet(sheet).unwrap(),
        ..Policy::national()
    };
    let unit = Unit::new(
        "xa-1",
        "Xã Một",
        UnitKind::Commune {
            commune_type: CommuneType::Xa,
        },
        ManagingLevel::Province,
    );
    let mut rec = UnitInput::new(unit);
    rec.score = Some(Default::default());
    rec.safety.units = Some(Default::default());
    let r = evaluate_one(&rec, 2026, &policy).unwrap();
    let c = r
        .classification
        .expect("a subject commune with a score is classified");
    assert!(c.unscored_items >= 30_000, "{c:?}");
    assert!(c.provisional);
}

#[test]
fn issue_10_item_8_30000_deduction_facts_are_deduplicated_in_one_pass() {
    let unit = UnitId::new("xa-1");
    let d = classify(
        &shapes::recognised(&unit),
        &shapes::facts(30_000),
        &antq::law::qd510::ScoreSheet::builtin(KindTag::Commune),
    )
    .unwrap();
    // Every fact id is given twice: 15,000 repeats, reported as such.
    assert!(
        d.findings
            .iter()
            .any(|f| f.observed == Value::Count(15_000)),
        "{:?}",
        d.findings.iter().map(|f| &f.observed).collect::<Vec<_>>()
    );
}
