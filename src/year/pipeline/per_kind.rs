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
use crate::models::Recited;
use crate::policy::Policy;
use crate::unit::KindTag;

/// A kind's catalogue in force, with the provisional criteria of a decision under it, in the
/// order they are counted (shared: the collector counts them as one segment, keeping it
/// alive), and its ids as words when they can be read so.
#[derive(Debug)]
pub(super) struct KindCatalogue<'p> {
    pub(super) catalogue: &'p Catalogue,
    pub(super) members: Arc<[CriterionRef]>,
    pub(super) words: Option<IdWords>,
}

/// The sheet and catalogue of each kind (by [`KindTag::ALL`]'s order) under one policy and
/// year.
#[derive(Debug)]
pub(super) struct PerKind<'p> {
    policy: &'p Policy,
    year: i32,
    sheets: [Option<&'p ScoreSheet>; 5],
    /// The catalogue in force, with what a decision under it reads.
    catalogues: [Option<KindCatalogue<'p>>; 5],
    /// The models' criteria re-cited under the policy's documents.
    recited: Recited<'p>,
}

impl<'p> PerKind<'p> {
    /// Found once for `year` under `policy`.
    pub(super) fn new(year: i32, policy: &'p Policy) -> Self {
        let sheets = KindTag::ALL.map(|k| policy.score_sheets.sheets.get(&k));
        let catalogues = KindTag::ALL.map(|k| {
            let catalogue = policy.catalogues.in_force(year, k).ok()?;
            Some(KindCatalogue {
                catalogue,
                members: provisional_members(catalogue, policy, year).into(),
                words: IdWords::new(catalogue),
            })
        });
        PerKind {
            policy,
            year,
            sheets,
            catalogues,
            recited: Recited::new(&policy.models),
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

    /// The models' criteria re-cited under `policy`'s documents, when found here.
    #[inline]
    pub(super) fn recited(&self, year: i32, policy: &Policy) -> Option<&Recited<'p>> {
        self.holds(year, policy).then_some(&self.recited)
    }

    /// The catalogue in force for `kind` (`policy.catalogues.in_force`) and the provisional
    /// criteria a decision under it counts, when found here.
    #[inline]
    pub(super) fn catalogue(
        &self,
        year: i32,
        policy: &Policy,
        kind: KindTag,
    ) -> Option<&KindCatalogue<'p>> {
        if !self.holds(year, policy) {
            return None;
        }
        self.catalogues[kind as usize].as_ref()
    }
}

/// The ids of a catalogue's criteria as two words each — the first and the last eight bytes,
/// with the length — in catalogue order: only for a catalogue of at most 64 criteria whose ids
/// are sorted (as `str`s, each once) and 8 to 16 bytes long (`qd3554.c07`). Facts by id are
/// then read against them in one pass ([`IdWords::bits`]).
#[derive(Debug)]
pub(super) struct IdWords(Vec<(u64, u64, usize)>);

/// An id of 8 to 16 bytes as its first and last eight bytes and its length.
#[inline(always)]
fn id_words(id: &str) -> Option<(u64, u64, usize)> {
    let b = id.as_bytes();
    match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(x), Some(y)) if b.len() <= 16 => {
            Some((u64::from_ne_bytes(*x), u64::from_ne_bytes(*y), b.len()))
        }
        _ => None,
    }
}

impl IdWords {
    /// The words of `catalogue`'s ids, when they can be read so (see [`IdWords`]).
    pub(super) fn new(catalogue: &Catalogue) -> Option<IdWords> {
        let ids: Vec<&str> = catalogue
            .criteria
            .iter()
            .map(|c| c.criterion.id.as_ref())
            .collect();
        let sorted = ids.windows(2).all(|w| w[0] < w[1]);
        if ids.len() > 64 || !sorted {
            return None;
        }
        ids.into_iter()
            .map(id_words)
            .collect::<Option<_>>()
            .map(IdWords)
    }

    /// The statuses of `criteria` (facts by id) as bits by catalogue position (`known`,
    /// `met`): one pass over the map, each fact the next criterion's or a later one's (those
    /// between are not given). `None` for a fact whose id is no criterion's (or not of 8 to 16
    /// bytes): the caller decides by id, which names it. When it answers, the bits are the
    /// statuses the decision by id reads from the same facts.
    #[inline]
    pub(super) fn bits(
        &self,
        criteria: &std::collections::BTreeMap<String, bool>,
    ) -> Option<(u64, u64)> {
        let mut ids = self.0.iter().enumerate();
        let (mut known, mut met) = (0u64, 0u64);
        for (k, &v) in criteria {
            let key = id_words(k)?;
            loop {
                let (i, id) = ids.next()?;
                if *id == key {
                    known |= 1 << i;
                    met |= u64::from(v) << i;
                    break;
                }
            }
        }
        Some((known, met))
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

#[cfg(test)]
#[path = "per_kind_tests.rs"]
mod tests;
