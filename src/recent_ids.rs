//! Ids met again: a cheap hash of an id's text, and a bounded table of recently made ids, so
//! that a text read again (a commune named by each of its units) becomes a clone of the id
//! made the first time — one shared text ([`UnitId`](crate::UnitId)'s clone), not a new
//! allocation. Only ids longer than 22 bytes go through the table: shorter ones are held
//! inline, and making one again is cheaper than finding it (DESIGN §27.1).
//!
//! The cheap hash only picks the entry to compare; the text is always compared whole, so a
//! collision (crafted or not) costs one comparison and a new id, never a wrong one.

/// A cheap hash of an id's `bytes`, `bits` bits wide: taken eight at a time, each word mixed in
/// by a rotation and a multiplication (as rustc's own `FxHasher` does), the length with the
/// last bytes.
pub(crate) fn cheap_hash(bytes: &[u8], bits: u32) -> usize {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mix = |h: u64, word: u64| (h.rotate_left(5) ^ word).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    let mut h = 0u64;
    for c in &mut chunks {
        h = mix(h, u64::from_le_bytes(c.try_into().unwrap_or_default()));
    }
    let tail = chunks
        .remainder()
        .iter()
        .rev()
        .fold(0u64, |t, &b| t << 8 | u64::from(b));
    h = mix(mix(h, tail), bytes.len() as u64);
    // Its top `bits` bits (the best mixed); none of them for a table of one entry.
    h.checked_shr(64 - bits).unwrap_or(0) as usize
}

/// Where in `list` `is_it` holds, trying only `last` and the place after it (wrapping round to
/// the first): input listed commune by commune meets the same commune again, input listed
/// round after round, one unit per commune, the commune first met after the last one — a step
/// through memory instead of a jump through a table. `None` when `list` has no place `last`.
pub(crate) fn guess<T>(list: &[T], last: usize, is_it: impl Fn(&T) -> bool) -> Option<usize> {
    if is_it(list.get(last)?) {
        return Some(last);
    }
    let next = if last + 1 < list.len() { last + 1 } else { 0 };
    is_it(&list[next]).then_some(next)
}

// Only the v2 reading (the `json` feature) meets ids again.
#[cfg(any(feature = "json", test))]
pub(crate) use table::RecentIds;

#[cfg(any(feature = "json", test))]
mod table {
    use super::{cheap_hash, guess};
    use crate::id::UnitId;

    /// The ids made, in the order made (at most [`MADE_MAX`]), and for each of `2^bits`
    /// entries (by the text's cheap hash) the last of them made there. A look-up first tries
    /// the id given last and the one made after it (wrapping round): units listed commune by
    /// commune, or round after round one per commune (the national year), find their commune
    /// by a step through memory, and only the others go through the table. The table's
    /// memory is taken at its first use, so a reader that never meets an id pays nothing for
    /// it. (Before the two guesses, entries holding the ids themselves beat entries holding
    /// positions, one load fewer per look-up — DESIGN §25.1; with the guesses the table is
    /// the rare path — §26.)
    #[derive(Debug)]
    pub(crate) struct RecentIds {
        bits: u32,
        /// Position + 1 in `made` of the id last made for each entry (0: none).
        pub(super) slots: Vec<u32>,
        pub(super) made: Vec<UnitId>,
        /// The position in `made` of the id given last.
        last: usize,
    }

    impl Default for RecentIds {
        fn default() -> Self {
            RecentIds::with_bits(RECENT_BITS)
        }
    }

    /// 32,768 entries: a country's ≈ 3,300 communes fill a tenth, so about nine in ten keep
    /// an entry of their own.
    pub(super) const RECENT_BITS: u32 = 15;

    /// Ids made and kept at most (1 MiB of them). The cap counts ids made, not distinct texts:
    /// a text met again after another took its entry (and missed by both guesses) is made and
    /// kept again. Once it is reached, ids not kept are made anew each time — still right,
    /// only not shared.
    pub(super) const MADE_MAX: usize = 1 << 16;

    impl RecentIds {
        /// Empty, with `2^bits` entries.
        pub(crate) fn with_bits(bits: u32) -> Self {
            RecentIds {
                bits,
                slots: Vec::new(),
                made: Vec::new(),
                last: 0,
            }
        }

        /// The id of `text`: made anew when it is short enough to be held inline (22 bytes or
        /// fewer); else a clone of the one made before if it is the last given, the one
        /// made after it, or the one its entry holds; else a new one, which then takes the
        /// entry.
        pub(crate) fn get(&mut self, text: &str) -> UnitId {
            if text.len() <= crate::id::INLINE {
                // Held inside the value: nothing to share, and making it is cheaper than
                // finding it (DESIGN §27.1).
                return UnitId::from(text);
            }
            if let Some(at) = guess(&self.made, self.last, |id| id.as_str() == text) {
                self.last = at;
                return self.made[at].clone();
            }
            if self.slots.is_empty() {
                self.slots = vec![0; 1 << self.bits];
            }
            let h = cheap_hash(text.as_bytes(), self.bits);
            if let Some(at) = self.slots[h].checked_sub(1) {
                let at = at as usize;
                if self.made[at].as_str() == text {
                    self.last = at;
                    return self.made[at].clone();
                }
            }
            let id = UnitId::from(text);
            if self.made.len() < MADE_MAX {
                self.last = self.made.len();
                // MADE_MAX fits in u32.
                self.slots[h] = u32::try_from(self.made.len() + 1).unwrap_or(0);
                self.made.push(id.clone());
            }
            id
        }
    }
}

#[cfg(test)]
mod tests {
    use super::table::{self, RECENT_BITS};
    use super::*;
    use crate::id::UnitId;
    use proptest::prelude::*;

    /// Texts past the 22 bytes an id holds inline, so that they are kept and shared.
    fn long(tail: impl std::fmt::Display) -> String {
        format!("ubnd-xa-co-ten-that-dai-{tail}")
    }

    #[test]
    fn a_short_text_is_made_inline_and_never_kept() {
        let mut recent = RecentIds::with_bits(4);
        let a = recent.get("x0012-k00031");
        let b = recent.get("x0012-k00031");
        assert_eq!((a.as_str(), b.is_inline()), ("x0012-k00031", true));
        assert_eq!(a, b);
        assert!(recent.made.is_empty() && recent.slots.is_empty());
        // 23 bytes: kept, and met again shares the text.
        let c = recent.get("x0012-k00031-0123456789");
        assert!(!c.is_inline());
        assert!(recent.get("x0012-k00031-0123456789").shares_text_with(&c));
    }

    proptest! {
        /// Whatever the table's size (one entry: every text collides) and the order the texts
        /// come in, the id given has the text asked for; a text asked again while its entry
        /// still holds it shares the first id's text.
        #[test]
        fn an_id_met_again_is_the_same_text_never_another(
            texts in prop::collection::vec(0u16..40, 0..80),
            bits in prop_oneof![Just(0u32), Just(1), Just(RECENT_BITS)],
        ) {
            let mut recent = RecentIds::with_bits(bits);
            let mut last: Option<UnitId> = None;
            for t in &texts {
                let text = long(t);
                let id = recent.get(&text);
                prop_assert_eq!(id.as_str(), text.as_str());
                if let Some(prev) = &last {
                    // The same text twice in a row is always still in its entry.
                    prop_assert_eq!(prev.as_str() == text, prev.shares_text_with(&id));
                }
                last = Some(id);
            }
        }
    }

    #[test]
    fn a_guess_tries_the_last_place_then_the_next_wrapping_round_and_nothing_else() {
        let list = ["a", "b", "c"];
        let at = |last: usize, text: &str| guess(&list, last, |t| *t == text);
        assert_eq!(at(1, "b"), Some(1));
        assert_eq!(at(1, "c"), Some(2));
        assert_eq!(at(2, "a"), Some(0), "wraps round");
        assert_eq!(at(0, "c"), None, "two places on: not tried");
        assert_eq!(at(1, "a"), None, "the place before: not tried");
        assert_eq!(at(3, "a"), None, "no such place");
        assert_eq!(guess(&[] as &[&str], 0, |_| true), None);
    }

    #[test]
    fn round_after_round_each_commune_is_found_through_the_guesses_alone() {
        // A table of one entry: every text collides there, so only the guesses (the id given
        // last, the one made after it, wrapping round) can find an id again.
        let mut recent = RecentIds::with_bits(0);
        let name = |i: usize| long(format!("x{i:02}"));
        let first: Vec<UnitId> = (0..50).map(|i| recent.get(&name(i))).collect();
        for _round in 0..3 {
            for (i, id) in first.iter().enumerate() {
                let again = recent.get(&name(i));
                assert!(again.shares_text_with(id), "x{i:02}");
                // Commune by commune: the same one twice.
                assert!(recent.get(&name(i)).shares_text_with(id));
            }
        }
        // Out of turn: neither guess nor the one entry (x49's) holds it, so a right id is
        // made anew, and it is the one given last from then on.
        let odd = recent.get(&name(10));
        assert_eq!(odd.as_str(), name(10));
        assert!(!odd.shares_text_with(&first[10]));
        assert!(recent.get(&name(10)).shares_text_with(&odd));
    }

    #[test]
    fn past_the_most_ids_kept_ids_are_made_anew_and_still_right() {
        let mut recent = RecentIds::with_bits(4);
        for i in 0..table::MADE_MAX + 3 {
            assert_eq!(recent.get(&long(i)).as_str(), long(i));
        }
        let late = long(table::MADE_MAX + 1);
        let a = recent.get(&late);
        let b = recent.get(&late);
        assert_eq!((a.as_str(), b.as_str()), (late.as_str(), late.as_str()));
        // Not kept, so not shared; an early one still is, through its entry or the guesses.
        assert!(!a.shares_text_with(&b));
        let early = recent.get(&long(0));
        assert!(recent.get(&long(0)).shares_text_with(&early));
    }

    #[test]
    fn a_large_table_keeps_a_countrys_communes_apart() {
        let mut recent = RecentIds::default();
        let first: Vec<UnitId> = (0..3_321)
            .map(|i| recent.get(&long(format_args!("x{i:04}"))))
            .collect();
        let kept = (0..3_321)
            .filter(|&i| {
                recent
                    .get(&long(format_args!("x{i:04}")))
                    .shares_text_with(&first[i])
            })
            .count();
        // At a tenth full, a commune keeps its entry through the second round when no other
        // commune's hash picks it: n·e^(−n/m) ≈ 3,001 of 3,321 for a well-spread hash.
        assert!((2_900..=3_321).contains(&kept), "{kept}");
    }
}
