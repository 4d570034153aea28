//! Looking up the committee's points in sheet order.
//!
//! `ScoreInput.awarded` is a map sorted by item id, and a sheet usually lists its leaf items in
//! that same order (the built-in sheets always do). So the first entry not yet found is tried
//! first — one comparison of ids. The entry before it and that entry are neighbours in the
//! map, so an id strictly between them is in no entry at all (an item without points, listed
//! in order); only any other id is searched in the map (a sheet in another order). The answer
//! is always the map's own (`BTreeMap::get`); only the cost differs.
//!
//! The scoring walk asks for points through [`Points`], so the same walk also serves points
//! given by leaf position ([`ScorePlan`](super::plan::ScorePlan)).

use std::collections::btree_map::{self, BTreeMap};

use crate::error::Error;
use crate::law::ids::{less, same_id};
use crate::unit::UnitId;

use super::bands::BandTable;
use super::input_check::check_awarded;
use super::sheet::ScoreSheet;

/// Where the scoring walk finds the committee's points: asked once per leaf taking awarded
/// points, in sheet order.
pub(super) trait Points {
    /// The points of the next leaf taking awarded points (in sheet order), whose id is `id`;
    /// `None` when none were given.
    fn next(&mut self, id: &str) -> Option<u32>;
    /// After the walk, in which `matched` leaves were given points within their maximum: the
    /// error for points that went to no such leaf, if any.
    fn unmatched(&self, unit: &UnitId, sheet: &ScoreSheet, matched: usize) -> Result<(), Error>;
    /// The sheet's bands found once for every total, when the caller has them (`None`: each
    /// decision looks its band up in the sheet).
    #[inline(always)]
    fn bands(&self) -> Option<&BandTable> {
        None
    }
}

impl Points for Awarded<'_> {
    #[inline(always)]
    fn next(&mut self, id: &str) -> Option<u32> {
        self.get(id)
    }

    #[inline(always)]
    fn unmatched(&self, unit: &UnitId, sheet: &ScoreSheet, matched: usize) -> Result<(), Error> {
        if matched == self.map.len() {
            return Ok(());
        }
        // Some awarded id matched no leaf: find it (and name it) the slow way.
        check_awarded(unit, self.map, sheet)
    }
}

/// A cursor over the awarded points (see the module).
pub(super) struct Awarded<'a> {
    map: &'a BTreeMap<String, u32>,
    /// The entries after the cursor.
    rest: btree_map::Iter<'a, String, u32>,
    /// The entry at the cursor: the first one not yet found in order.
    next: Option<(&'a String, &'a u32)>,
    /// The entry just before the cursor (`None` at the first entry).
    prev: Option<&'a str>,
}

impl<'a> Awarded<'a> {
    /// A cursor at the first entry.
    #[inline]
    pub(super) fn new(map: &'a BTreeMap<String, u32>) -> Self {
        let mut rest = map.iter();
        let next = rest.next();
        Awarded {
            map,
            rest,
            next,
            prev: None,
        }
    }

    /// The points awarded to `id`, as `map.get(id)`. Finding the entry at the cursor moves
    /// the cursor to the next one; any other look-up leaves it where it is.
    #[inline(always)]
    pub(super) fn get(&mut self, id: &str) -> Option<u32> {
        if let Some((k, &v)) = self.next {
            if same_id(k, id) {
                self.prev = Some(k);
                self.next = self.rest.next();
                return Some(v);
            }
        }
        // `prev` and `next` are neighbours in the sorted map: nothing lies strictly between.
        let after_prev = self.prev.is_none_or(|p| less(p, id));
        let before_next = self.next.is_none_or(|(k, _)| less(id, k));
        if after_prev && before_next {
            return None;
        }
        self.map.get(id).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the order of the look-ups (sorted, shuffled, repeated, ids absent from the
        /// map), the cursor answers what the map answers.
        #[test]
        fn cursor_answers_what_the_map_answers(
            map in prop::collection::btree_map("[a-d]{0,3}", 0u32..100, 0..8),
            asked in prop::collection::vec("[a-d]{0,3}", 0..12),
            sorted in any::<bool>(),
        ) {
            let mut asked = asked;
            if sorted {
                asked.sort();
            }
            let mut cursor = Awarded::new(&map);
            for id in &asked {
                prop_assert_eq!(cursor.get(id), map.get(id).copied(), "{}", id);
            }
        }
    }

    #[test]
    fn sheet_order_hits_the_cursor_and_absent_ids_are_none() {
        let map: BTreeMap<String, u32> = [("a", 1), ("b", 2), ("d", 4)]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        let mut c = Awarded::new(&map);
        assert_eq!(c.get("a"), Some(1));
        assert_eq!(c.get("c"), None);
        assert_eq!(c.get("d"), Some(4));
        assert_eq!(c.get("b"), Some(2));
        assert_eq!(c.get("b"), Some(2));
        assert_eq!(c.get("e"), None);
        let empty = BTreeMap::new();
        assert_eq!(Awarded::new(&empty).get("a"), None);
    }
}
