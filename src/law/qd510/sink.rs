//! What a classification is recorded through: the full findings (`Vec<Finding>`) or a compact
//! recorder — one rule code for both.

use crate::explain::{Criterion, CriterionRef, Finding, Record, Status, Value};

/// A recorder for a classification: [`Record`] plus the group items, whose status is known only
/// after their sub-items (a group is listed before them), and whether any provisional criterion
/// was recorded.
pub(crate) trait Sink: Record {
    /// Open a group's slot (before its sub-items); returns a handle for [`Sink::close`].
    fn open(&mut self, c: &CriterionRef) -> usize;
    /// Give an opened group its status and values.
    fn close<V: FnOnce() -> (Value, Value)>(&mut self, at: usize, status: Status, values: V);
    /// Whether any recorded criterion is provisional.
    fn any_provisional(&self) -> bool;
    /// An item's finding; `resolved` is the criterion `c` refers to, already at hand.
    #[inline(always)]
    fn record_item<V: FnOnce() -> (Value, Value)>(
        &mut self,
        c: &CriterionRef,
        resolved: &Criterion,
        status: Status,
        values: V,
    ) {
        let _ = resolved;
        self.record_rule(c, status, values);
    }
    /// A deduction's finding (a reader must act on one that is not met).
    fn record_deduction<V: FnOnce() -> (Value, Value)>(
        &mut self,
        c: &CriterionRef,
        status: Status,
        values: V,
    ) {
        self.record_rule(c, status, values);
    }
}

impl Sink for Vec<Finding> {
    fn open(&mut self, c: &CriterionRef) -> usize {
        self.push(Finding {
            criterion: c.clone(),
            status: Status::NotApplicable,
            observed: Value::None,
            required: Value::None,
        });
        self.len() - 1
    }

    fn close<V: FnOnce() -> (Value, Value)>(&mut self, at: usize, status: Status, values: V) {
        let (observed, required) = values();
        let f = &mut self[at];
        f.status = status;
        f.observed = observed;
        f.required = required;
    }

    fn any_provisional(&self) -> bool {
        self.iter().any(|f| f.criterion.source.is_provisional())
    }
}
