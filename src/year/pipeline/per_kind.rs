//! What a unit's kind finds in the policy for the year — its QĐ510 score sheet, its QĐ3554 /
//! QĐ9745 catalogue, and the provisional criteria that every model-unit decision under that
//! catalogue counts (registration, the catalogue's criteria, the summary, the switch note) —
//! found once when many units are decided under one policy and year
//! ([`UnitEvaluator`](super::UnitEvaluator)), instead of a map look-up, a search of the
//! catalogues and a filter over the catalogue for each unit (DESIGN §23.1).
//!
//! Only what the policy gives is kept: a kind without a sheet or catalogue in force has none
//! here, and the unit then asks the policy as before, which names the error.

use std::sync::Arc;

use crate::explain::CriterionRef;
use crate::law::qd3554::{self, Catalogue};
use crate::law::qd510::ScoreSheet;
use crate::policy::Policy;
use crate::unit::KindTag;

/// The sheet and catalogue of each kind (by [`KindTag::ALL`]'s order) under one policy and
/// year.
#[derive(Debug)]
pub(super) struct PerKind<'p> {
    policy: &'p Policy,
    year: i32,
    sheets: [Option<&'p ScoreSheet>; 5],
    /// The catalogue in force, and the provisional criteria of a decision under it, in the
    /// order they are counted (shared: the collector counts them as one segment, keeping it
    /// alive).
    catalogues: [Option<(&'p Catalogue, Arc<[CriterionRef]>)>; 5],
}

impl<'p> PerKind<'p> {
    /// Found once for `year` under `policy`.
    pub(super) fn new(year: i32, policy: &'p Policy) -> Self {
        let sheets = KindTag::ALL.map(|k| policy.score_sheets.sheets.get(&k));
        let catalogues = KindTag::ALL.map(|k| {
            let catalogue = policy.catalogues.in_force(year, k).ok()?;
            Some((
                catalogue,
                provisional_members(catalogue, policy, year).into(),
            ))
        });
        PerKind {
            policy,
            year,
            sheets,
            catalogues,
        }
    }

    /// Whether this was found for `year` under this very `policy`.
    #[inline]
    fn holds(&self, year: i32, policy: &Policy) -> bool {
        self.year == year && std::ptr::eq(self.policy, policy)
    }

    /// The score sheet of `kind` (`policy.score_sheets.sheet_for`), when found here.
    #[inline]
    pub(super) fn sheet(
        &self,
        year: i32,
        policy: &Policy,
        kind: KindTag,
    ) -> Option<&'p ScoreSheet> {
        if !self.holds(year, policy) {
            return None;
        }
        self.sheets[kind as usize]
    }

    /// The catalogue in force for `kind` (`policy.catalogues.in_force`) and the provisional
    /// criteria a decision under it counts, when found here.
    #[inline]
    pub(super) fn catalogue(
        &self,
        year: i32,
        policy: &Policy,
        kind: KindTag,
    ) -> Option<(&'p Catalogue, &Arc<[CriterionRef]>)> {
        if !self.holds(year, policy) {
            return None;
        }
        let (c, members) = self.catalogues[kind as usize].as_ref()?;
        Some((*c, members))
    }
}

/// The provisional criteria of a model-unit decision under `catalogue`, in the order the unit
/// stage counts them: the registration, each criterion of the catalogue, the summary, then
/// the note of the provisional switch QĐ9745 → QĐ3554 when it chose the catalogue. They
/// depend on the catalogue and the year only, not on the unit.
pub(super) fn provisional_members(
    catalogue: &Catalogue,
    policy: &Policy,
    year: i32,
) -> Vec<CriterionRef> {
    let note = policy.catalogues.switch_note(year).map(CriterionRef::from);
    let (registration, summary) = qd3554::own_criteria(catalogue);
    std::iter::once(CriterionRef::from(registration))
        .chain(catalogue.criteria.iter().map(|c| c.criterion.clone()))
        .chain(std::iter::once(CriterionRef::from(summary)))
        .chain(note)
        .filter(|c| c.source.is_provisional())
        .collect()
}
