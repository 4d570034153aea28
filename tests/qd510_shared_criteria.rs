//! QĐ510 findings share their sheet's criteria: a built-in sheet's findings point to `static`
//! criteria and a sheet read from JSON hands each finding the `Arc` it holds, so classifying a
//! unit copies pointers, never criterion text.

use std::sync::Arc;

use antq::explain::{CriterionRef, Decision};
use antq::law::qd510::{
    classify, DeductionFact, ScoreInput, ScoreItem, ScoreSheet, DISCIPLINE_DEDUCTION_ID,
    REMAINDER_ITEM_ID,
};
use antq::{KindTag, SafetyOutcome, UnitId};

const EXAMPLE_SHEET: &str = include_str!("../examples/data/qd510_example_commune.json");

fn safety(unit: &UnitId, outcome: SafetyOutcome) -> Decision<SafetyOutcome> {
    Decision {
        unit: unit.clone(),
        outcome,
        findings: vec![],
    }
}

fn leaves(items: &[ScoreItem]) -> Vec<&ScoreItem> {
    items
        .iter()
        .flat_map(|i| std::iter::once(i).chain(leaves(&i.sub_items)))
        .collect()
}

#[test]
fn qd510_builtin_sheet_findings_point_to_static_criteria() {
    for kind in KindTag::ALL {
        let unit = UnitId::new("don-vi-1");
        let sheet = ScoreSheet::builtin(kind);
        let mut input = ScoreInput::default();
        input.awarded.insert(REMAINDER_ITEM_ID.into(), 10);
        input
            .facts
            .push(DeductionFact::new(DISCIPLINE_DEDUCTION_ID, "ky-luat-1"));
        input
            .facts
            .push(DeductionFact::new(DISCIPLINE_DEDUCTION_ID, "ky-luat-1"));
        let d = classify(&safety(&unit, SafetyOutcome::Recognised), &input, &sheet).unwrap();
        // Items, the deduction, the fact-once exception and the band: all built in.
        assert!(d.findings.len() >= 5, "{kind:?}");
        for f in &d.findings {
            assert!(
                matches!(f.criterion, CriterionRef::Static(_)),
                "{kind:?}: {} is not static",
                f.criterion.id
            );
        }
        for item in leaves(&sheet.items) {
            let (CriterionRef::Static(a), Some(CriterionRef::Static(b))) =
                (&item.criterion, d.finding(item.id()).map(|f| &f.criterion))
            else {
                panic!("{kind:?}: {} is not static", item.id());
            };
            assert!(std::ptr::eq(*a, *b), "{}", item.id());
        }
    }
}

#[test]
fn qd510_json_sheet_findings_share_the_sheets_arcs() {
    let sheet = ScoreSheet::from_json(EXAMPLE_SHEET).unwrap();
    let unit = UnitId::new("xa-1");
    let mut input = ScoreInput::default();
    input.awarded.insert("example.k2".into(), 20);
    let d = classify(&safety(&unit, SafetyOutcome::Recognised), &input, &sheet).unwrap();
    let mut shared = 0;
    let criteria = leaves(&sheet.items)
        .into_iter()
        .map(|i| &i.criterion)
        .chain(sheet.deductions.iter().map(|d| &d.criterion));
    for c in criteria {
        let CriterionRef::Shared(arc) = c else {
            panic!("{} read from JSON is not shared", c.id);
        };
        let f = d.finding(&c.id).unwrap();
        let CriterionRef::Shared(g) = &f.criterion else {
            panic!("finding {} does not share the sheet's criterion", c.id);
        };
        assert!(Arc::ptr_eq(arc, g), "{}", c.id);
        shared += 1;
    }
    // 3 items, 2 sub-items, 2 deductions.
    assert_eq!(shared, 7);
    // The example's bands use the uncited provisional source: their finding is static too.
    let band = d.findings.last().unwrap();
    assert!(band.criterion.id.starts_with("qd510.band."));
    assert!(matches!(band.criterion, CriterionRef::Static(_)));
    assert_eq!(band.criterion.source, d.outcome.band.source);
}

#[test]
fn qd510_sheet_with_shared_criteria_round_trips_through_json() {
    let sheet = ScoreSheet::from_json(EXAMPLE_SHEET).unwrap();
    let again = ScoreSheet::from_json(&serde_json::to_string(&sheet).unwrap()).unwrap();
    assert_eq!(again, sheet);
    let builtin = ScoreSheet::builtin(KindTag::Agency);
    let again = ScoreSheet::from_json(&serde_json::to_string(&builtin).unwrap()).unwrap();
    assert_eq!(again, builtin);
}
