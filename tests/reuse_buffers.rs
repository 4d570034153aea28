//! The `*_into` variants, which reuse one findings buffer across units, decide exactly as the
//! allocating entry points do — even when the buffer still holds another unit's findings.

mod common;

use antq::law::qd3554::{self, CatalogueSet, ModelUnitFacts};
use antq::law::qd510::{self, ScoreInput, SheetSet};
use antq::law::tt124::{self, Additions};
use antq::models::{self, ModelsPolicy, MovementModel};
use antq::policy::additions::son_la_2026;
use antq::Finding;
use common::*;

fn dirty() -> Vec<Finding> {
    // Another unit's findings left in the buffer.
    tt124::decide(&commune(), 2026, &passing(), &Additions::none())
        .unwrap()
        .findings
}

#[test]
fn tt124_decide_into_matches_decide() {
    for unit in every_kind() {
        let mut f = passing();
        f.new_hotspot = Some(true);
        f.crime_reduced = None;
        let d = tt124::decide(&unit, 2026, &f, &son_la_2026()).unwrap();
        let mut buf = dirty();
        let o = tt124::decide_into(&unit, 2026, &f, &son_la_2026(), f.units, &mut buf).unwrap();
        assert_eq!((o, buf), (d.outcome, d.findings), "{}", unit.id);
    }
}

#[test]
fn qd510_classify_into_matches_classify() {
    let sheets = SheetSet::builtin();
    for unit in every_kind() {
        let safety = tt124::decide(&unit, 2026, &passing(), &Additions::none()).unwrap();
        let input = ScoreInput::default();
        let sheet = sheets.get(unit.tag()).unwrap();
        let d = qd510::classify(&safety, &input, sheet).unwrap();
        let mut buf = dirty();
        let o = qd510::classify_into(&safety, &input, sheet, &mut buf).unwrap();
        assert_eq!((o, buf), (d.outcome, d.findings), "{}", unit.id);
    }
}

#[test]
fn qd3554_decide_into_and_models_review_into_match() {
    let cats = CatalogueSet::builtin();
    let unit = agency();
    let cat = cats.in_force(2026, unit.tag()).unwrap();
    let facts = ModelUnitFacts {
        registered: Some(true),
        criteria: cat
            .criteria
            .iter()
            .enumerate()
            .map(|(i, c)| (c.criterion.id.to_string(), i != 3))
            .collect(),
    };
    let d = qd3554::decide(&unit, 2026, cat, &facts).unwrap();
    let mut buf = dirty();
    let o = qd3554::decide_into(&unit, 2026, cat, &facts, &mut buf).unwrap();
    assert_eq!((o, &buf), (d.outcome, &d.findings));

    let list = vec![MovementModel {
        id: "m1".into(),
        name: "Camera".into(),
        effective: Some(true),
        rating: None,
        dossier_complete: Some(false),
        has_dossier: None,
    }];
    let policy = ModelsPolicy::son_duong_2026();
    let d = models::review(&unit.id, unit.tag(), &list, &policy);
    let o = models::review_into(unit.tag(), &list, &policy, &mut buf);
    assert_eq!((o, buf), (d.outcome, d.findings));
}
