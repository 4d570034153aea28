//! Xếp loại thu gọn — a classification without its findings.
//!
//! The same rule code as [`classify`](fn@super::classify) (it writes through a recorder), with a
//! recorder that builds no findings: it keeps whether a reader must act on something (an item
//! without points, a deduction applied) and, when asked, the provisional criteria used, in
//! order. The findings are built again from the same inputs when someone reads them
//! ([`CompactClassification::explain`]).
//!
//! ```
//! use antq::law::qd510::{
//!     classify_compact, DeductionFact, ScoreInput, ScoreSheet, DISCIPLINE_DEDUCTION_ID,
//! };
//! use antq::{Decision, KindTag, MovementClass, SafetyOutcome, UnitId};
//! let safety = Decision::new(UnitId::new("xa-1"), SafetyOutcome::Recognised, vec![]);
//! let sheet = ScoreSheet::builtin(KindTag::Commune);
//! let mut input = ScoreInput::new().award(sheet.awarded_items()[0].id(), 40);
//! let c = classify_compact(&safety, &input, &sheet).unwrap();
//! assert_eq!(c.outcome.class, MovementClass::XuatSac);
//! assert!(!c.needs_action()); // every item scored, nothing deducted: nothing to list
//! input.facts.push(DeductionFact::new(DISCIPLINE_DEDUCTION_ID, "ky-luat-1"));
//! let c = classify_compact(&safety, &input, &sheet).unwrap();
//! assert!(c.needs_action()); // a deduction applied is listed
//! assert_eq!(c.explain(&safety, &input, &sheet).unwrap().outcome, c.outcome);
//! ```

use super::awarded::{Awarded, Points};
use super::classify::{classify, classify_points, Classification};
use super::input::{DeductionFact, ScoreInput};
use super::sheet::ScoreSheet;
use super::sink::Sink;
use crate::error::Error;
use crate::explain::{Criterion, CriterionRef, Decision, Record, Status, Value};
use crate::outcome::SafetyOutcome;

/// A classification kept as its outcome and whether a reader must act on it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CompactClassification {
    /// Points and class, as [`classify`] gives them.
    pub outcome: Classification,
    pub(super) needs_action: bool,
}

impl CompactClassification {
    /// Whether an item has no points (its status is unknown) or a deduction was applied — what
    /// the year report lists for the unit.
    pub fn needs_action(&self) -> bool {
        self.needs_action
    }

    /// The full decision with every finding, from the same inputs.
    ///
    /// # Errors
    ///
    /// As [`classify`].
    pub fn explain(
        &self,
        safety: &Decision<SafetyOutcome>,
        input: &ScoreInput,
        sheet: &ScoreSheet,
    ) -> Result<Decision<Classification>, Error> {
        classify(safety, input, sheet)
    }
}

/// [`classify`] without findings, through the same rule code: the classification, and whether
/// a reader must act on it (an item without points, a deduction applied).
///
/// # Errors
///
/// As [`classify`].
pub fn classify_compact(
    safety: &Decision<SafetyOutcome>,
    input: &ScoreInput,
    sheet: &ScoreSheet,
) -> Result<CompactClassification, Error> {
    classify_lean(
        safety,
        || Awarded::new(&input.awarded),
        &input.facts,
        sheet,
        None,
    )
}

/// [`classify_compact`] also listing the provisional criteria used, in order, into
/// `provisional` (cleared first) — what the year pipeline counts for a unit it does not list.
pub(crate) fn classify_counting(
    safety: &Decision<SafetyOutcome>,
    input: &ScoreInput,
    sheet: &ScoreSheet,
    provisional: &mut Vec<CriterionRef>,
) -> Result<CompactClassification, Error> {
    provisional.clear();
    classify_lean(
        safety,
        || Awarded::new(&input.awarded),
        &input.facts,
        sheet,
        Some(provisional),
    )
}

/// The rule code through the [`Lean`] recorder, with the points from `points` (by id or by
/// leaf position), listing the provisional criteria into `provisional` when given.
#[inline(always)]
pub(super) fn classify_lean<P: Points>(
    safety: &Decision<SafetyOutcome>,
    points: impl FnOnce() -> P,
    facts: &[DeductionFact],
    sheet: &ScoreSheet,
    provisional: Option<&mut Vec<CriterionRef>>,
) -> Result<CompactClassification, Error> {
    let mut lean = Lean {
        provisional,
        any_provisional: false,
        needs_action: false,
    };
    let outcome = classify_points(safety, points, facts, sheet, &mut lean)?;
    Ok(CompactClassification {
        outcome,
        needs_action: lean.needs_action,
    })
}

/// The recorder that keeps no findings.
pub(super) struct Lean<'v> {
    /// Where the provisional criteria seen are listed, in order (when asked).
    pub(super) provisional: Option<&'v mut Vec<CriterionRef>>,
    /// Whether a provisional criterion was seen.
    pub(super) any_provisional: bool,
    /// Whether a reader must act on something seen.
    pub(super) needs_action: bool,
}

impl Lean<'_> {
    #[inline(always)]
    fn see(&mut self, c: &Criterion, to_ref: impl FnOnce() -> CriterionRef) {
        if c.source.is_provisional() {
            self.any_provisional = true;
            if let Some(list) = self.provisional.as_deref_mut() {
                list.push(to_ref());
            }
        }
    }
}

impl Record for Lean<'_> {
    #[inline(always)]
    fn record<V: FnOnce() -> (Value, Value)>(&mut self, c: &'static Criterion, s: Status, _: V) {
        self.needs_action |= s == Status::Unknown;
        self.see(c, || CriterionRef::Static(c));
    }

    #[inline(always)]
    fn record_rule<V: FnOnce() -> (Value, Value)>(&mut self, c: &CriterionRef, s: Status, _: V) {
        self.needs_action |= s == Status::Unknown;
        self.see(c, || c.clone());
    }
}

impl Sink for Lean<'_> {
    #[inline(always)]
    fn open(&mut self, c: &CriterionRef) -> usize {
        self.see(c, || c.clone());
        0
    }

    #[inline(always)]
    fn close<V: FnOnce() -> (Value, Value)>(&mut self, _: usize, s: Status, _: V) {
        self.needs_action |= s == Status::Unknown;
    }

    fn any_provisional(&self) -> bool {
        self.any_provisional
    }

    #[inline(always)]
    fn record_item<V: FnOnce() -> (Value, Value)>(
        &mut self,
        c: &CriterionRef,
        resolved: &Criterion,
        s: Status,
        _: V,
    ) {
        self.needs_action |= s == Status::Unknown;
        self.see(resolved, || c.clone());
    }

    #[inline(always)]
    fn record_deduction<V: FnOnce() -> (Value, Value)>(
        &mut self,
        c: &CriterionRef,
        s: Status,
        _: V,
    ) {
        self.needs_action |= matches!(s, Status::NotMet | Status::Unknown);
        self.see(c, || c.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::super::classify::DeductionFact;
    use super::super::fact_counts::{fact_counts_hashed, fact_counts_small, SMALL};
    use super::*;
    use crate::explain::Finding;
    use crate::unit::KindTag;
    use proptest::prelude::*;

    proptest! {
        /// The pipeline's count of provisional criteria (`classify_counting`) lists exactly the
        /// provisional criteria of the full decision's findings, in order and as the same
        /// objects, with the same classification — on every built-in sheet and the example
        /// sheet read from JSON (criteria behind `Arc`s), for points present or absent, facts
        /// repeated or not, every TT124 outcome that reaches QĐ510.
        #[test]
        fn counting_lists_the_provisional_findings_in_order(
            k in 0usize..6,
            points in prop::collection::vec(prop::option::of(0u32..60), 8),
            facts in prop::collection::vec((0u8..2, 0u8..3), 0..5),
            outcome in 0u8..3,
            violated in any::<bool>(),
            stale in 0usize..4,
        ) {
            let sheet = if k == 5 {
                ScoreSheet::from_json(include_str!("../../../examples/data/qd510_example_commune.json"))
                    .unwrap()
            } else {
                ScoreSheet::builtin(KindTag::ALL[k])
            };
            let mut input = ScoreInput::new();
            for (item, p) in sheet.awarded_items().iter().zip(&points) {
                if let Some(p) = p {
                    input = input.award(item.id(), (*p).min(item.max_points));
                }
            }
            for (d, f) in facts {
                let d = sheet.deductions[usize::from(d) % sheet.deductions.len()].id();
                input.facts.push(DeductionFact::new(d, format!("f{f}")));
            }
            let discipline = Criterion {
                id: super::super::builtin::discipline_criteria(sheet.kind)[0].into(),
                source: crate::citation::Source::text(crate::citation::Citation::instrument(
                    crate::citation::Instrument::Tt124,
                )),
                vi: "".into(),
                en: "".into(),
            };
            let findings = vec![Finding::new(
                discipline,
                if violated { Status::NotMet } else { Status::Met },
                Value::None,
                Value::None,
            )];
            let outcome = [
                SafetyOutcome::Recognised,
                SafetyOutcome::NotRecognised,
                SafetyOutcome::CannotDecide,
            ][usize::from(outcome)].clone();
            let safety = Decision::new("dv-1", outcome, findings);
            let full = classify(&safety, &input, &sheet).unwrap();
            // A list left from an earlier unit is cleared first.
            let mut listed: Vec<CriterionRef> = vec![(&super::super::builtin::REMAINDER).into(); stale];
            let counted = classify_counting(&safety, &input, &sheet, &mut listed).unwrap();
            prop_assert_eq!(&counted.outcome, &full.outcome);
            let expected: Vec<&CriterionRef> = full
                .findings
                .iter()
                .filter(|f| f.criterion.source.is_provisional())
                .map(|f| &f.criterion)
                .collect();
            prop_assert_eq!(listed.len(), expected.len());
            for (got, want) in listed.iter().zip(expected) {
                prop_assert_eq!(&got.id, &want.id);
                if !want.id.starts_with("qd510.band.") || matches!(want, CriterionRef::Static(_)) {
                    prop_assert!(got.same(want), "{} is another object", want.id);
                }
            }
            prop_assert_eq!(counted.needs_action(), classify_compact(&safety, &input, &sheet).unwrap().needs_action());
        }
    }

    proptest! {
        /// Sơn La …/UBND-NC §2a and the library's fact-once reading: counting a few facts
        /// without hashing gives the same (distinct, repeats) per deduction as hashing.
        #[test]
        fn small_fact_counts_equal_the_hashed_ones(
            facts in prop::collection::vec((0usize..3, 0u8..4), 0..=SMALL),
        ) {
            let mut sheet = ScoreSheet::builtin(KindTag::Commune);
            let first = sheet.deductions[0].clone();
            for i in 1..3 {
                let mut d = first.clone();
                let mut c = (*d.criterion).clone();
                c.id = format!("test.deduction.{i}").into();
                d.criterion = c.into();
                sheet.deductions.push(d);
            }
            let mut input = ScoreInput::new();
            for (d, fact) in facts {
                input.facts.push(DeductionFact::new(sheet.deductions[d].id(), format!("f{fact}")));
            }
            let small = fact_counts_small(&sheet, &input.facts);
            let hashed = fact_counts_hashed(&sheet, &input.facts);
            for (i, h) in hashed.iter().enumerate() {
                prop_assert_eq!(small[i], *h);
            }
        }
    }
}
