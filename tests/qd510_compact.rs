//! The compact QĐ510 classification (issue 14, DESIGN §18.1): for arbitrary points, deduction
//! facts and TT124 decisions, on every built-in sheet, it gives the same classification as the
//! full decision, and says a reader must act exactly when the full decision has an item without
//! points or a deduction not met (what the year report lists).

use antq::law::qd510::{
    classify, classify_compact, DeductionFact, ScoreInput, ScoreSheet, DISCIPLINE_DEDUCTION_ID,
};
use antq::law::tt124::discipline::{
    DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
};
use antq::law::tt124::{decide, Additions, Facts};
use antq::{KindTag, SafetyOutcome, Status};
use proptest::prelude::*;

mod common;

const KINDS: [KindTag; 5] = [
    KindTag::ResidentialArea,
    KindTag::Commune,
    KindTag::Agency,
    KindTag::Enterprise,
    KindTag::School,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn compact_classification_equals_the_full_one(
        k in 0usize..5,
        points in prop::collection::vec(prop::option::of(0u32..60), 8),
        facts in prop::collection::vec(0u8..3, 0..4),
        violated in any::<bool>(),
        blank in any::<bool>(),
    ) {
        let unit = common::every_kind().swap_remove(k);
        let kind = KINDS[k];
        prop_assert_eq!(unit.tag(), kind);
        let mut f = Facts::comfortably_met();
        if violated {
            f.security_plan = Some(false);
            f.discipline = Some(vec![DisciplineRecord::new(
                PersonRole::Staff,
                PersonCategory::CivilServant,
                DisciplineForm::CanhCao,
                Ground::Other,
            )]);
        }
        if blank {
            f.events = None;
        }
        let safety = decide(&unit, 2026, &f, &Additions::none()).unwrap();
        let sheet = ScoreSheet::builtin(kind);
        let mut input = ScoreInput::new();
        for (item, p) in sheet.awarded_items().iter().zip(&points) {
            if let Some(p) = p {
                input = input.award(item.id(), (*p).min(item.max_points));
            }
        }
        for (i, which) in facts.iter().enumerate() {
            input.facts.push(DeductionFact::new(DISCIPLINE_DEDUCTION_ID, format!("ky-luat-{}", (i as u8 + which) % 3)));
        }
        let full = classify(&safety, &input, &sheet).unwrap();
        let compact = classify_compact(&safety, &input, &sheet).unwrap();
        prop_assert_eq!(&compact.outcome, &full.outcome);
        let listed = full.findings.iter().any(|x| {
            x.status == Status::Unknown
                || (x.status == Status::NotMet && sheet.deduction(x.criterion.id.as_ref()).is_some())
        });
        prop_assert_eq!(compact.needs_action(), listed);
        prop_assert_eq!(compact.explain(&safety, &input, &sheet).unwrap(), full);
        prop_assert!(matches!(safety.outcome, SafetyOutcome::Recognised | SafetyOutcome::NotRecognised | SafetyOutcome::CannotDecide));
    }
}
