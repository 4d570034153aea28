//! Scoring and roadmap progress driven through the public API (issue 12 items 4 and 5).

use antq::law::qd510::{
    classify, DeductionOutcome, ItemBasis, ScoreInput, ScoreSheet, DISCIPLINE_DEDUCTION_ID,
    SAFETY_ITEM_ID,
};
use antq::roadmap::{progress, Category, CategoryCounts, Metric, Roadmap, Tally};
use antq::{Decision, KindTag, SafetyOutcome};

#[test]
fn qd510_awarded_items_are_the_leaves_the_committee_scores_never_the_50_points() {
    for kind in [KindTag::Commune, KindTag::Agency, KindTag::School] {
        let sheet = ScoreSheet::builtin(kind);
        let items = sheet.awarded_items();
        assert!(items
            .iter()
            .all(|i| i.is_leaf() && i.basis == ItemBasis::Awarded));
        assert!(items.iter().all(|i| i.id() != SAFETY_ITEM_ID));
        let awarded: u32 = items.iter().map(|i| i.max_points).sum();
        assert_eq!(awarded, 50, "{kind:?}");
    }
}

#[test]
fn qd510_full_marks_and_the_deduction_outcome_on_both_sides() {
    let sheet = ScoreSheet::builtin(KindTag::Agency);
    let recognised = Decision::new("cq-1", SafetyOutcome::Recognised, vec![]);
    let d = classify(&recognised, &ScoreInput::full_marks(&sheet), &sheet).unwrap();
    assert_eq!((d.safety_points(), d.outcome.total), (50, 100));
    assert_eq!(
        d.deduction(DISCIPLINE_DEDUCTION_ID),
        Some(DeductionOutcome::NotApplied)
    );
    assert_eq!(d.deduction("qd510.no_such_deduction"), None);
    let input = ScoreInput::full_marks(&sheet).with_fact(DISCIPLINE_DEDUCTION_ID, "a");
    let d = classify(&recognised, &input, &sheet).unwrap();
    assert_eq!(
        d.deduction(DISCIPLINE_DEDUCTION_ID),
        Some(DeductionOutcome::Applied { points: 5 })
    );
    // Not recognised without a covering TT124 finding: 0 of 50, and the deduction applies.
    let failed = Decision::new("cq-1", SafetyOutcome::NotRecognised, vec![]);
    let d = classify(&failed, &input, &sheet).unwrap();
    assert_eq!((d.safety_points(), d.outcome.deducted), (0, 5));
}

#[test]
fn qd510_award_replaces_and_is_checked_against_the_maximum() {
    let sheet = ScoreSheet::builtin(KindTag::Commune);
    let item = sheet.awarded_items()[0];
    let safety = Decision::new("xa-1", SafetyOutcome::Recognised, vec![]);
    let over = ScoreInput::new().award(item.id(), item.max_points + 1);
    assert!(classify(&safety, &over, &sheet).is_err());
    let fixed = over.award(item.id(), item.max_points);
    assert!(classify(&safety, &fixed, &sheet).is_ok());
}

#[test]
fn roadmap_combined_category_is_summed_from_its_parts_and_given_counts_win() {
    let counts = CategoryCounts::default()
        .with(
            Category::Communes,
            Tally::of(75).with_annual(Metric::SafetyRecognised, 70),
        )
        .with(
            Category::Organisations,
            Tally::of(25)
                .with_annual(Metric::SafetyRecognised, 20)
                .with_annual(Metric::ModelUnit, 3),
        );
    let all = counts.tally(Category::CommunesAndOrganisations).unwrap();
    assert_eq!(all.total, 100);
    assert_eq!(all.annual_count(Metric::SafetyRecognised), Some(90));
    // A metric counted in only one part is not counted for the whole.
    assert_eq!(all.annual_count(Metric::ModelUnit), None);
    assert!(counts
        .tally(Category::ResidentialAreasAndOrganisations)
        .is_none());
    let given = counts.with(Category::CommunesAndOrganisations, Tally::of(7));
    assert_eq!(
        given
            .tally(Category::CommunesAndOrganisations)
            .unwrap()
            .total,
        7
    );
}

#[test]
fn roadmap_progress_accessors_find_targets_by_id_and_by_category_and_metric() {
    let counts = CategoryCounts::default().with(
        Category::Communes,
        Tally::of(75)
            .with_annual(Metric::ModelUnit, 57)
            .with_annual(Metric::ModelUnitRegistered, 75),
    );
    let p = progress(&Roadmap::kh10_son_la(), 2026, &counts).unwrap();
    assert!(p.not_counted.is_empty());
    assert!(p.all_met());
    let t = p.target("kh10.2026.communes.model_unit").unwrap();
    assert_eq!(Some(t), p.of(Category::Communes, Metric::ModelUnit));
    assert_eq!(p.len(), 2); // derefs to the targets
}
