//! A plan of every sheet of a set, for the year pipeline (many units, one policy).

use crate::error::Error;
use crate::explain::{CriterionRef, Decision};
use crate::outcome::SafetyOutcome;

use super::compact::{classify_counting, CompactClassification};
use super::input::{DeductionFact, ScoreInput};
use super::plan::ScorePlan;
use super::sheet::{ScoreSheet, SheetSet};

/// A [`ScorePlan`] of each sheet of a [`SheetSet`] that has one (a sheet that fails
/// [`ScoreSheet::validate`] has none), found once for many units: the pipeline's
/// [`SheetPlans::classify_counting`] then reads each unit's points along a walk found once.
/// The plans borrow the set, so they cannot go stale.
#[derive(Debug, Clone, Default)]
pub(crate) struct SheetPlans<'s> {
    plans: Vec<ScorePlan<'s>>,
    /// The ids of a table of items that points may be given against by position (a v2
    /// input's `score_items`), and, for each plan, the leaf position of each table entry
    /// (`None`: not an awarded leaf of that sheet).
    table: Vec<String>,
    leaf_of: Vec<Vec<Option<usize>>>,
}

impl<'s> SheetPlans<'s> {
    /// The plans of `set`'s sheets.
    pub(crate) fn new(set: &'s SheetSet) -> Self {
        SheetPlans {
            plans: set
                .sheets
                .values()
                .filter_map(|s| ScorePlan::new(s).ok())
                .collect(),
            table: Vec::new(),
            leaf_of: Vec::new(),
        }
    }

    /// Points will be given by the positions of `table` (distinct item ids): map each entry
    /// onto each plan's leaves once.
    // Only a v2 year (read with the `json` feature) gives facts by position.
    #[cfg(any(feature = "json", test))]
    pub(crate) fn set_table(&mut self, table: &[String]) {
        self.table = table.to_vec();
        self.leaf_of = self
            .plans
            .iter()
            .map(|p| table.iter().map(|id| p.position(id)).collect())
            .collect();
    }

    /// `points[i]` (the points of the table's entry `i`, see [`SheetPlans::set_table`]) as the
    /// points by id that [`ScoreInput::awarded`] holds.
    pub(crate) fn awarded(
        &self,
        points: &[Option<u32>],
    ) -> std::collections::BTreeMap<String, u32> {
        self.table
            .iter()
            .zip(points)
            .filter_map(|(id, v)| v.map(|v| (id.clone(), v)))
            .collect()
    }

    /// `classify_counting` with the points by the table's positions (see
    /// [`SheetPlans::set_table`]), through the plan of `sheet` and `leaf_points` (a buffer):
    /// `None` when they cannot be taken so — no plan of that sheet, more points than the
    /// table, a point for an entry that is not an awarded leaf of the sheet, or any error —
    /// and the caller then classifies by id (which gives the error). When it answers, it is
    /// what `classify_counting` answers for the same points by id (with `list_items` alike).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn classify_counting_by_table(
        &self,
        safety: &Decision<SafetyOutcome>,
        points: &[Option<u32>],
        facts: &[DeductionFact],
        sheet: &ScoreSheet,
        leaf_points: &mut Vec<Option<u32>>,
        provisional: &mut Vec<CriterionRef>,
        list_items: bool,
    ) -> Option<CompactClassification> {
        let k = self
            .plans
            .iter()
            .position(|p| std::ptr::eq(p.sheet(), sheet))?;
        let (plan, leaf_of) = (&self.plans[k], self.leaf_of.get(k)?);
        if points.len() > leaf_of.len() {
            return None;
        }
        leaf_points.clear();
        leaf_points.resize(plan.len(), None);
        for (v, at) in points.iter().zip(leaf_of) {
            if let Some(v) = v {
                leaf_points[(*at)?] = Some(*v);
            }
        }
        plan.classify_counting_at(safety, leaf_points, facts, provisional, list_items)
            .ok()
    }

    /// The provisional criteria of `sheet`'s items when this holds a plan of that very sheet
    /// object: then every list [`SheetPlans::classify_counting`] and
    /// [`SheetPlans::classify_counting_by_table`] give for it begins with them, in order
    /// (`None`: no plan, the list is made without one).
    pub(crate) fn items_provisional(
        &self,
        sheet: &ScoreSheet,
    ) -> Option<&std::sync::Arc<[CriterionRef]>> {
        self.plans
            .iter()
            .find(|p| std::ptr::eq(p.sheet(), sheet))
            .map(|p| p.items_provisional())
    }

    /// `classify_counting(safety, input, sheet, provisional)`: through the plan of `sheet`
    /// when this holds one (of that very sheet object), else without a plan. Same result,
    /// same list, same errors — except that through a plan without `list_items` the list
    /// leaves out the items' provisional criteria ([`SheetPlans::items_provisional`]).
    pub(crate) fn classify_counting(
        &self,
        safety: &Decision<SafetyOutcome>,
        input: &ScoreInput,
        sheet: &ScoreSheet,
        provisional: &mut Vec<CriterionRef>,
        list_items: bool,
    ) -> Result<CompactClassification, Error> {
        for plan in &self.plans {
            if std::ptr::eq(plan.sheet(), sheet) {
                return plan.classify_counting(safety, input, provisional, list_items);
            }
        }
        classify_counting(safety, input, sheet, provisional)
    }
}

#[cfg(test)]
mod tests {
    use super::super::builtin::{discipline_criteria, discipline_deduction, provisional_bands};
    use super::super::classify::{classify, DeductionFact};
    use super::super::sheet::{Deduction, Frequency, ItemBasis, ScoreItem};
    use super::*;
    use crate::citation::{Citation, Instrument, Source};
    use crate::explain::{Criterion, Finding, Status, Value};
    use crate::unit::KindTag;
    use proptest::prelude::*;

    fn crit(id: &str, provisional: bool) -> Criterion {
        Criterion {
            id: id.to_owned().into(),
            source: if provisional {
                Source::provisional(Citation::instrument(Instrument::Provisional))
            } else {
                Source::reported(Citation::instrument(Instrument::Qd510))
            },
            vi: "".into(),
            en: "".into(),
        }
    }

    /// A sheet of three levels — a provisional group holding a leaf and a group that holds a
    /// provisional leaf and the computed item (QĐ510 Đ8 k10 c) — with the discipline deduction
    /// (Đ8 k11 c, waived under Sơn La …/UBND-NC §2a) and a per-occurrence provisional one.
    fn nested_sheet() -> ScoreSheet {
        let inner = ScoreItem::group(
            crit("t.a.inner", false),
            vec![
                ScoreItem::awarded(crit("t.a.inner.x", true), 10),
                ScoreItem {
                    criterion: crit("t.safety", false).into(),
                    max_points: 50,
                    basis: ItemBasis::SafetyRecognised,
                    sub_items: Vec::new(),
                },
            ],
        );
        let a = ScoreItem::group(
            crit("t.a", true),
            vec![ScoreItem::awarded(crit("t.a.one", false), 10), inner],
        );
        let sheet = ScoreSheet {
            name: "test.nested".to_owned(),
            kind: KindTag::Agency,
            items: vec![a, ScoreItem::awarded(crit("t.b", true), 30)],
            deductions: vec![
                discipline_deduction(KindTag::Agency),
                Deduction {
                    criterion: crit("t.incident", true).into(),
                    points: 3,
                    frequency: Frequency::PerOccurrence,
                    covered_by: Vec::new(),
                },
            ],
            bands: provisional_bands(),
        };
        sheet.validate().unwrap();
        sheet
    }

    fn sheet_of(k: usize) -> ScoreSheet {
        match k {
            0..=4 => ScoreSheet::builtin(KindTag::ALL[k]),
            5 => ScoreSheet::from_json(include_str!(
                "../../../examples/data/qd510_example_commune.json"
            ))
            .unwrap(),
            _ => nested_sheet(),
        }
    }

    fn safety_of(sheet: &ScoreSheet, outcome: u8, violated: bool) -> Decision<SafetyOutcome> {
        let discipline = Criterion {
            id: discipline_criteria(sheet.kind)[0].into(),
            source: Source::text(Citation::instrument(Instrument::Tt124)),
            vi: "".into(),
            en: "".into(),
        };
        let findings = vec![Finding::new(
            discipline,
            if violated {
                Status::NotMet
            } else {
                Status::Met
            },
            Value::None,
            Value::None,
        )];
        let outcome = match outcome {
            0 => SafetyOutcome::Recognised,
            1 => SafetyOutcome::NotRecognised,
            2 => SafetyOutcome::CannotDecide,
            _ => SafetyOutcome::NotSubject(crate::outcome::NotSubjectReason::ArmedForces),
        };
        Decision::new("dv-1", outcome, findings)
    }

    proptest! {
        /// QĐ510 Đ7–Đ8 (items, the computed Đ8 k10 c item, the Đ8 k11 c deduction and Sơn La
        /// …/UBND-NC §2a's single deduction, the provisional bands): the pipeline's count
        /// through a plan gives what the walk without a plan gives — same classification,
        /// `needs_action`, error and provisional criteria (the same objects, in order) — and
        /// the list is the full decision's provisional findings; on every built-in sheet, the
        /// JSON example and a three-level sheet; points absent, within, at and above the
        /// maximum, for unknown ids; facts repeated or against unknown deductions; every TT124
        /// outcome that reaches QĐ510 and one that does not.
        #[test]
        fn counting_through_a_plan_equals_counting_by_the_walk(
            k in 0usize..7,
            points in prop::collection::vec(prop::option::of(0u32..60), 8),
            stray in prop::option::weighted(0.1, 0u32..3),
            facts in prop::collection::vec((0u8..10, 0u8..3), 0..5),
            outcome in 0u8..4,
            violated in any::<bool>(),
            stale in 0usize..4,
        ) {
            let sheet = sheet_of(k);
            let mut set = SheetSet::default();
            set.sheets.insert(sheet.kind, sheet);
            let sheet = &set.sheets.values().next().unwrap().clone();
            let planned = set.sheets.values().next().unwrap();
            let plans = SheetPlans::new(&set);
            prop_assert_eq!(plans.plans.len(), 1);
            let mut input = ScoreInput::new();
            for (item, p) in sheet.awarded_items().iter().zip(&points) {
                if let Some(p) = p {
                    // Mostly within the maximum; some above it (an error).
                    let p = if *p >= 58 { item.max_points + 1 } else { (*p).min(item.max_points) };
                    input = input.award(item.id(), p);
                }
            }
            if let Some(s) = stray {
                input = input.award("t.no.such.item", s);
            }
            for (d, f) in facts {
                // One fact in ten against a deduction the sheet does not have (an error).
                let d = if d == 9 {
                    "t.no.such.deduction".to_owned()
                } else {
                    sheet.deductions[usize::from(d) % sheet.deductions.len()].id().to_owned()
                };
                input.facts.push(DeductionFact::new(d, format!("f{f}")));
            }
            let safety = safety_of(sheet, outcome, violated);
            let mut by_walk = Vec::new();
            let walked = classify_counting(&safety, &input, sheet, &mut by_walk);
            let mut by_plan: Vec<CriterionRef> =
                vec![(&super::super::builtin::REMAINDER).into(); stale];
            let through = plans.classify_counting(&safety, &input, planned, &mut by_plan, true);
            // Without the items listed (DESIGN §24.1): the same classification, the list
            // without its first entries, which are the plan's items' provisional criteria.
            let mut rules_only = vec![(&super::super::builtin::REMAINDER).into(); stale];
            let short = plans.classify_counting(&safety, &input, planned, &mut rules_only, false);
            prop_assert_eq!(&short, &through);
            if through.is_ok() {
                let items = plans.items_provisional(planned).unwrap();
                prop_assert!(by_plan.len() >= items.len());
                let (head, tail) = by_plan.split_at(items.len());
                for (a, b) in head.iter().zip(items.iter()) {
                    prop_assert!(a.same(b), "{} is another object", a.id);
                }
                prop_assert_eq!(tail.len(), rules_only.len());
                for (a, b) in tail.iter().zip(&rules_only) {
                    prop_assert!(a.same(b), "{} is another object", a.id);
                }
            }
            // A sheet the set does not hold (an equal copy) is counted without a plan, every
            // item listed whatever `list_items` says, and has no items' segment.
            let mut by_copy = Vec::new();
            let copy = plans.classify_counting(&safety, &input, sheet, &mut by_copy, false);
            prop_assert_eq!(&copy, &walked);
            prop_assert!(plans.items_provisional(sheet).is_none());
            if walked.is_ok() {
                prop_assert_eq!(&by_copy, &by_walk);
            }
            match (&walked, &through) {
                (Ok(w), Ok(t)) => {
                    prop_assert_eq!(w, t);
                    prop_assert_eq!(w.needs_action(), t.needs_action());
                    let full = classify(&safety, &input, planned).unwrap();
                    prop_assert_eq!(&full.outcome, &t.outcome);
                    let expected: Vec<&CriterionRef> = full
                        .findings
                        .iter()
                        .filter(|f| f.criterion.source.is_provisional())
                        .map(|f| &f.criterion)
                        .collect();
                    prop_assert_eq!(by_plan.len(), expected.len());
                    for (got, want) in by_plan.iter().zip(expected) {
                        prop_assert_eq!(&got.id, &want.id);
                        if !want.id.starts_with("qd510.band.") || matches!(want, CriterionRef::Static(_)) {
                            prop_assert!(got.same(want), "{} is another object", want.id);
                        }
                    }
                }
                (Err(w), Err(t)) => prop_assert_eq!(w.to_string(), t.to_string()),
                _ => prop_assert!(false, "{:?} against {:?}", walked, through),
            }
        }
    }

    /// QĐ510 Đ8 k10 c: the computed item's status is unknown when TT124 cannot decide — a
    /// reader must act on it even when every awarded item is scored; a unit recognised or not
    /// subject with every item scored has nothing to act on. Through a plan as by the walk.
    #[test]
    fn qd510_d8_k10_c_undecided_tt124_is_to_act_on_through_a_plan() {
        for k in [0, 2, 6] {
            let sheet = sheet_of(k);
            let mut set = SheetSet::default();
            set.sheets.insert(sheet.kind, sheet);
            let planned = set.sheets.values().next().unwrap();
            let plans = SheetPlans::new(&set);
            let input = planned
                .awarded_items()
                .iter()
                .fold(ScoreInput::new(), |i, item| {
                    i.award(item.id(), item.max_points)
                });
            for (outcome, act) in [(0, false), (1, false), (2, true), (3, false)] {
                let safety = safety_of(planned, outcome, false);
                let mut list = Vec::new();
                let c = plans
                    .classify_counting(&safety, &input, planned, &mut list, true)
                    .unwrap();
                assert_eq!(c.needs_action(), act, "sheet {k}, outcome {outcome}");
                let w = classify_counting(&safety, &input, planned, &mut Vec::new()).unwrap();
                assert_eq!(c, w);
                assert_eq!(c.outcome.unscored_items, 0);
            }
        }
    }
}
