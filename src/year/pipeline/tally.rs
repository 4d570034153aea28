//! What the pipeline keeps per commune while units arrive: the Đ5 k4 counts of its
//! commune-managed units and its units' movement classes — found through the last commune
//! seen (units of one commune often come together), else through the commune first named
//! after that one (units listed round after round, one per commune, as the national year's
//! are: a step through memory), else through a small table of recent communes under a cheap
//! hash, and only then through the map, whose keyed hash (SipHash) keeps a
//! crafted list of commune ids from making the look-ups slow: the cheap hash only picks which
//! entry to compare, so a collision costs one comparison more, never a wrong commune.

use std::collections::{BTreeMap, HashMap};

use crate::law::tt124::UnitCounts;
use crate::outcome::MovementClass;
use crate::recent_ids::{cheap_hash, guess};
use crate::unit::UnitId;

/// One commune's counts so far.
#[derive(Debug, Default)]
pub(super) struct Tally {
    /// Đ5 k4: its commune-managed units' registration and recognition.
    pub counts: UnitCounts,
    /// Its classified units per class, by the class's place (`Yeu` first).
    pub classes: [u32; 4],
}

/// Every commune a unit has named so far, with its tally.
#[derive(Debug)]
pub(super) struct PerCommune {
    index: HashMap<UnitId, usize>,
    /// The communes' ids, in the order first named (the positions of `tallies`).
    ids: Vec<UnitId>,
    tallies: Vec<Tally>,
    /// The position of the commune of the last `slot` call.
    last: Option<usize>,
    /// Position + 1 of a commune recently looked up, by its id's cheap hash (0: none).
    recent: Vec<u32>,
}

impl Default for PerCommune {
    fn default() -> Self {
        PerCommune::with_recent(RECENT_BITS)
    }
}

/// 32,768 recent communes (a country has about 3,300: at a tenth full, few share an entry).
const RECENT_BITS: u32 = 15;

impl PerCommune {
    /// Empty, with a table of `2^bits` recent communes.
    fn with_recent(bits: u32) -> Self {
        PerCommune {
            index: HashMap::new(),
            ids: Vec::new(),
            tallies: Vec::new(),
            last: None,
            recent: vec![0; 1 << bits],
        }
    }

    /// The tally of `commune`, started empty when it is named for the first time.
    pub(super) fn slot(&mut self, commune: &UnitId) -> &mut Tally {
        // The last commune, or the one first named after it (`ids` is in the order named).
        let guessed = self
            .last
            .and_then(|last| guess(&self.ids, last, |id| id == commune));
        let i = match guessed {
            Some(i) => i,
            None => {
                let bits = self.recent.len().trailing_zeros();
                let h = cheap_hash(commune.as_bytes(), bits);
                match self.recent[h].checked_sub(1).map(|i| i as usize) {
                    Some(i) if self.ids[i] == *commune => i,
                    _ => {
                        let i = self.position(commune);
                        // Positions past u32 are never remembered (a year has far fewer).
                        self.recent[h] = u32::try_from(i + 1).unwrap_or(0);
                        i
                    }
                }
            }
        };
        self.last = Some(i);
        &mut self.tallies[i]
    }

    /// The position of `commune` through the map, added when new.
    fn position(&mut self, commune: &UnitId) -> usize {
        match self.index.get(commune) {
            Some(&i) => i,
            None => {
                self.index.insert(commune.clone(), self.ids.len());
                self.ids.push(commune.clone());
                self.tallies.push(Tally::default());
                self.ids.len() - 1
            }
        }
    }

    /// The communes named so far, in no particular order.
    pub(super) fn named(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(UnitId::as_str)
    }

    /// The Đ5 k4 counts of `commune`, if a unit named it.
    pub(super) fn counts(&self, commune: &UnitId) -> Option<UnitCounts> {
        Some(self.tallies[*self.index.get(commune)?].counts)
    }

    /// The class counts of `commune` (moved out: a second commune of the same id — an error
    /// reported once the communes are decided — gets none), if a unit named it.
    pub(super) fn take_classes(
        &mut self,
        commune: &UnitId,
    ) -> Option<BTreeMap<MovementClass, u32>> {
        let i = *self.index.get(commune)?;
        Some(by_class(std::mem::take(&mut self.tallies[i].classes)))
    }
}

/// Counts kept by a class's place (`MovementClass as usize`: Yếu first) as a map of the
/// classes counted at least once.
pub(super) fn by_class<N: Copy + Default + PartialEq>(
    counts: [N; 4],
) -> BTreeMap<MovementClass, N> {
    let mut worst_first = MovementClass::BEST_FIRST;
    worst_first.reverse();
    worst_first
        .into_iter()
        .zip(counts)
        .filter(|(_, n)| *n != N::default())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Đ5 k4 counts per commune: tallying through the last-commune shortcut and the table
        /// of recent communes (one entry, two — communes colliding all the time — or the
        /// pipeline's 32,768) gives, for units arriving in any order (runs of one commune,
        /// interleaved, repeated), what a plain map keyed by commune gives; every commune
        /// named is listed once.
        #[test]
        fn d5_k4_tallies_equal_a_plain_map(
            units in prop_oneof![
                prop::collection::vec((0u8..6, 0u32..4), 0..60),
                // Round after round, one unit per commune (each commune's next guess right),
                // with a few units out of turn.
                (1u8..6, 1usize..5, prop::collection::vec((0usize..30, 0u8..6), 0..3))
                    .prop_map(|(n, rounds, odd)| {
                        let mut v: Vec<(u8, u32)> =
                            (0..rounds).flat_map(|_| 0..n).map(|c| (c, u32::from(c) % 4)).collect();
                        for (at, c) in odd {
                            v.insert(at.min(v.len()), (c, 0));
                        }
                        v
                    }),
            ],
            bits in prop_oneof![Just(0u32), Just(1), Just(RECENT_BITS)],
        ) {
            let mut per = PerCommune::with_recent(bits);
            let mut plain: HashMap<String, (u32, BTreeMap<MovementClass, u32>)> = HashMap::new();
            for (c, class) in &units {
                let id = UnitId::from(format!("xa-{c}"));
                let class = [MovementClass::XuatSac, MovementClass::Kha,
                    MovementClass::TrungBinh, MovementClass::Yeu][*class as usize];
                let t = per.slot(&id);
                t.counts.total += 1;
                t.classes[class as usize] += 1;
                let p = plain.entry(id.as_str().to_owned()).or_default();
                p.0 += 1;
                *p.1.entry(class).or_default() += 1;
            }
            let mut named: Vec<&str> = per.named().collect();
            named.sort_unstable();
            let mut expected: Vec<&str> = plain.keys().map(String::as_str).collect();
            expected.sort_unstable();
            prop_assert_eq!(&named, &expected);
            for (id, (total, classes)) in &plain {
                let id = &UnitId::from(id.as_str());
                prop_assert_eq!(per.counts(id).unwrap().total, *total);
                prop_assert_eq!(per.counts(id).unwrap().total, *total, "counts are read, not moved");
                prop_assert_eq!(&per.take_classes(id).unwrap(), classes);
                prop_assert_eq!(per.take_classes(id).unwrap(), BTreeMap::new(), "classes are moved out");
            }
            let unknown = UnitId::from("xa-unknown");
            prop_assert!(per.counts(&unknown).is_none());
            prop_assert!(per.take_classes(&unknown).is_none());
        }
    }
}
