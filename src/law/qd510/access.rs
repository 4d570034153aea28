//! Driving a classification by hand: awarding the committee's points without typing item ids,
//! and reading the outcome of a deduction.

use std::borrow::Cow;

use super::builtin::SINGLE_DEDUCTION;
use super::classify::Classification;
use super::input::{DeductionFact, ScoreInput};
use super::sheet::{ItemBasis, ScoreItem, ScoreSheet};
use crate::explain::{Decision, Status, Value};

impl ScoreInput {
    /// No points awarded and no facts reported.
    pub fn new() -> ScoreInput {
        ScoreInput::default()
    }

    /// Award `points` to the leaf item `item` (an id from [`ScoreSheet::awarded_items`]).
    /// Awarding the same item again replaces its points. [`classify`](super::classify()) checks
    /// the id and the maximum.
    pub fn award(mut self, item: impl Into<String>, points: u32) -> ScoreInput {
        self.awarded.insert(item.into(), points);
        self
    }

    /// Award every item the committee scores its maximum — the sheet's best case, for what-if
    /// analysis: change one item and see the class move.
    pub fn full_marks(sheet: &ScoreSheet) -> ScoreInput {
        sheet
            .awarded_items()
            .into_iter()
            .fold(ScoreInput::new(), |i, item| {
                i.award(item.id(), item.max_points)
            })
    }

    /// Report a fact (e.g. one disciplined officer, `fact` being the caller's id for it) against
    /// the deduction `deduction`.
    pub fn with_fact(mut self, deduction: impl Into<String>, fact: impl Into<String>) -> Self {
        self.facts.push(DeductionFact::new(deduction, fact));
        self
    }
}

impl ScoreSheet {
    /// The leaf items the committee awards points to (basis [`ItemBasis::Awarded`]), in the
    /// sheet's order — what [`ScoreInput::award`] takes, without hard-coding (often provisional)
    /// item ids.
    ///
    /// ```
    /// use antq::law::qd510::ScoreSheet;
    /// use antq::KindTag;
    /// let sheet = ScoreSheet::builtin(KindTag::Agency);
    /// let total: u32 = sheet.awarded_items().iter().map(|i| i.max_points).sum();
    /// assert_eq!(total + 50, 100); // the other 50 points are computed from TT124
    /// ```
    pub fn awarded_items(&self) -> Vec<&ScoreItem> {
        fn walk<'a>(items: &'a [ScoreItem], out: &mut Vec<&'a ScoreItem>) {
            for i in items {
                if i.is_leaf() {
                    if i.basis == ItemBasis::Awarded {
                        out.push(i);
                    }
                } else {
                    walk(&i.sub_items, out);
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.items, &mut out);
        out
    }

    /// The ids of the deductions, in the sheet's order.
    pub fn deduction_ids(&self) -> impl Iterator<Item = &str> {
        self.deductions.iter().map(|d| d.id())
    }
}

/// Kết quả một khoản trừ — what happened to one deduction of the sheet.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeductionOutcome {
    /// Nothing was reported against it.
    NotApplied,
    /// It was applied: `points` taken off the total.
    Applied {
        /// Points deducted.
        points: u32,
    },
    /// It was waived because the unit already lost the "An toàn về ANTT" points for the same
    /// fact (the single-deduction rule, Sơn La …/UBND-NC §2a).
    Waived {
        /// The failed TT124 criterion that covers the fact (e.g. `tt124.d6.k4.discipline`).
        covered_by: Cow<'static, str>,
    },
}

impl Decision<Classification> {
    /// What happened to the deduction `id` ([`ScoreSheet::deduction_ids`]), or `None` when the
    /// sheet has no such deduction.
    ///
    /// ```
    /// use antq::law::qd510::{classify, DeductionOutcome, ScoreInput, ScoreSheet, DISCIPLINE_DEDUCTION_ID};
    /// use antq::{Decision, KindTag, SafetyOutcome, UnitId};
    /// let safety = Decision::new(UnitId::new("cq-1"), SafetyOutcome::Recognised, vec![]);
    /// let sheet = ScoreSheet::builtin(KindTag::Agency);
    /// let input = ScoreInput::full_marks(&sheet).with_fact(DISCIPLINE_DEDUCTION_ID, "officer-1");
    /// let d = classify(&safety, &input, &sheet).unwrap();
    /// assert_eq!(d.deduction(DISCIPLINE_DEDUCTION_ID), Some(DeductionOutcome::Applied { points: 5 }));
    /// assert_eq!(d.outcome.safety_points, 50);
    /// ```
    pub fn deduction(&self, id: &str) -> Option<DeductionOutcome> {
        let at = self.findings.iter().position(|f| f.criterion.id == id)?;
        let f = &self.findings[at];
        if f.status == Status::NotApplicable {
            let waiver = self
                .findings
                .get(at + 1)
                .filter(|w| w.criterion.id == SINGLE_DEDUCTION.id);
            if let Some(w) = waiver {
                if let Value::Text(t) = &w.observed {
                    return Some(DeductionOutcome::Waived {
                        covered_by: t.clone(),
                    });
                }
            }
        }
        match (&f.status, &f.observed) {
            (Status::NotMet, Value::Points(p)) if *p < 0 => Some(DeductionOutcome::Applied {
                points: u32::try_from(-p).unwrap_or(u32::MAX),
            }),
            _ => Some(DeductionOutcome::NotApplied),
        }
    }

    /// The points of the "An toàn về ANTT" item (QĐ510 Đ8 k10 c), computed from the TT124
    /// decision: [`Classification::safety_points`].
    pub fn safety_points(&self) -> u32 {
        self.outcome.safety_points
    }
}
