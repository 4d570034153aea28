//! Ids met again: a cheap hash of an id's text, and a bounded table of recently made ids, so
//! that a text read again (a commune named by each of its units) becomes a clone of the id
//! made the first time — one shared text ([`UnitId`](crate::UnitId)'s clone), not a new
//! allocation.
//!
//! The cheap hash only picks the entry to compare; the text is always compared whole, so a
//! collision (crafted or not) costs one comparison and a new id, never a wrong one.

/// A cheap hash of `id`, `bits` bits wide: its bytes taken eight at a time, each word mixed in
/// by a rotation and a multiplication (as rustc's own `FxHasher` does), the length with the
/// last bytes.
pub(crate) fn cheap_hash(id: &str, bits: u32) -> usize {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mix = |h: u64, word: u64| (h.rotate_left(5) ^ word).wrapping_mul(K);
    let bytes = id.as_bytes();
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

// Only the v2 reading (the `json` feature) meets ids again.
#[cfg(any(feature = "json", test))]
pub(crate) use table::RecentIds;

#[cfg(any(feature = "json", test))]
mod table {
    use super::cheap_hash;
    use crate::id::UnitId;

    /// The last id made for each of `2^bits` entries (by the text's cheap hash). Its memory
    /// is taken at the first look-up, so a reader that never meets an id pays nothing for it.
    /// (Entries of two-byte positions into a list of ids, 64 KiB instead of 512 KiB, were
    /// tried: more cache misses in a simulation of the national year, one load more per
    /// look-up — DESIGN §25.1.)
    #[derive(Debug)]
    pub(crate) struct RecentIds {
        bits: u32,
        slots: Vec<Option<UnitId>>,
    }

    impl Default for RecentIds {
        fn default() -> Self {
            RecentIds::with_bits(RECENT_BITS)
        }
    }

    /// 32,768 entries: a country's ≈ 3,300 communes fill a tenth, so about nine in ten keep
    /// an entry of their own.
    pub(super) const RECENT_BITS: u32 = 15;

    impl RecentIds {
        /// Empty, with `2^bits` entries.
        pub(crate) fn with_bits(bits: u32) -> Self {
            RecentIds {
                bits,
                slots: Vec::new(),
            }
        }

        /// The id of `text`: a clone of the one made before if its entry still holds it,
        /// else a new one, which then takes the entry.
        pub(crate) fn get(&mut self, text: &str) -> UnitId {
            if self.slots.is_empty() {
                self.slots = vec![None; 1 << self.bits];
            }
            let slot = &mut self.slots[cheap_hash(text, self.bits)];
            match slot {
                Some(id) if id.as_str() == text => id.clone(),
                _ => slot.insert(UnitId::from(text)).clone(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::table::RECENT_BITS;
    use super::*;
    use crate::id::UnitId;
    use proptest::prelude::*;

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
                let text = format!("xa-{t}");
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
    fn a_large_table_keeps_a_countrys_communes_apart() {
        let mut recent = RecentIds::default();
        let first: Vec<UnitId> = (0..3_321)
            .map(|i| recent.get(&format!("x{i:04}")))
            .collect();
        let kept = (0..3_321)
            .filter(|&i| recent.get(&format!("x{i:04}")).shares_text_with(&first[i]))
            .count();
        // At a tenth full, a commune keeps its entry through the second round when no other
        // commune's hash picks it: n·e^(−n/m) ≈ 3,001 of 3,321 for a well-spread hash.
        assert!((2_900..=3_321).contains(&kept), "{kept}");
    }
}
