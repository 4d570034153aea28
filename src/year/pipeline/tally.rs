//! What the pipeline keeps per commune while units arrive: the Đ5 k4 counts of its
//! commune-managed units and its units' movement classes — found through the last commune
//! seen (units of one commune usually come together), so most units hash nothing.

use std::collections::{BTreeMap, HashMap};

use crate::law::tt124::UnitCounts;
use crate::outcome::MovementClass;

/// One commune's counts so far.
#[derive(Debug, Default)]
pub(super) struct Tally {
    /// Đ5 k4: its commune-managed units' registration and recognition.
    pub counts: UnitCounts,
    /// Its classified units per class.
    pub classes: BTreeMap<MovementClass, u32>,
}

/// Every commune a unit has named so far, with its tally.
#[derive(Debug, Default)]
pub(super) struct PerCommune {
    index: HashMap<String, usize>,
    /// The communes' ids, in the order first named (the positions of `tallies`).
    ids: Vec<String>,
    tallies: Vec<Tally>,
    /// The position of the commune of the last `slot` call.
    last: Option<usize>,
}

impl PerCommune {
    /// The tally of `commune`, started empty when it is named for the first time.
    pub(super) fn slot(&mut self, commune: &str) -> &mut Tally {
        let i = match self.last {
            Some(i) if self.ids[i] == commune => i,
            _ => match self.index.get(commune) {
                Some(&i) => i,
                None => {
                    self.index.insert(commune.to_owned(), self.ids.len());
                    self.ids.push(commune.to_owned());
                    self.tallies.push(Tally::default());
                    self.ids.len() - 1
                }
            },
        };
        self.last = Some(i);
        &mut self.tallies[i]
    }

    /// The communes named so far, in no particular order.
    pub(super) fn named(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }

    /// The Đ5 k4 counts of `commune`, if a unit named it.
    pub(super) fn counts(&self, commune: &str) -> Option<UnitCounts> {
        Some(self.tallies[*self.index.get(commune)?].counts)
    }

    /// The class counts of `commune` (moved out: a second commune of the same id — an error
    /// reported once the communes are decided — gets none), if a unit named it.
    pub(super) fn take_classes(&mut self, commune: &str) -> Option<BTreeMap<MovementClass, u32>> {
        let i = *self.index.get(commune)?;
        Some(std::mem::take(&mut self.tallies[i].classes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Đ5 k4 counts per commune: tallying through the last-commune shortcut gives, for
        /// units arriving in any order (runs of one commune, interleaved, repeated), what a
        /// plain map keyed by commune gives; every commune named is listed once.
        #[test]
        fn d5_k4_tallies_equal_a_plain_map(units in prop::collection::vec((0u8..6, 0u32..4), 0..60)) {
            let mut per = PerCommune::default();
            let mut plain: HashMap<String, (u32, BTreeMap<MovementClass, u32>)> = HashMap::new();
            for (c, class) in &units {
                let id = format!("xa-{c}");
                let class = [MovementClass::XuatSac, MovementClass::Kha,
                    MovementClass::TrungBinh, MovementClass::Yeu][*class as usize];
                let t = per.slot(&id);
                t.counts.total += 1;
                *t.classes.entry(class).or_default() += 1;
                let p = plain.entry(id).or_default();
                p.0 += 1;
                *p.1.entry(class).or_default() += 1;
            }
            let mut named: Vec<&str> = per.named().collect();
            named.sort_unstable();
            let mut expected: Vec<&str> = plain.keys().map(String::as_str).collect();
            expected.sort_unstable();
            prop_assert_eq!(&named, &expected);
            for (id, (total, classes)) in &plain {
                prop_assert_eq!(per.counts(id).unwrap().total, *total);
                prop_assert_eq!(per.counts(id).unwrap().total, *total, "counts are read, not moved");
                prop_assert_eq!(&per.take_classes(id).unwrap(), classes);
                prop_assert_eq!(per.take_classes(id).unwrap(), BTreeMap::new(), "classes are moved out");
            }
            prop_assert!(per.counts("xa-unknown").is_none());
            prop_assert!(per.take_classes("xa-unknown").is_none());
        }
    }
}
