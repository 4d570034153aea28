//! The provisional criteria the year's decisions used, with how many decisions used each, in
//! order of first use (one entry per id; the first object seen is kept).
//!
//! A unit's decisions use a handful to a few dozen provisional criteria, and units nearly
//! always use one of a few hundred sequences of the same objects (a national year: 296). So
//! the uses are counted on a *trie* of the sequences seen, one root per key
//! ([`Provisional::start_unit`], e.g. the unit's kind): each use steps from the current node
//! to the child with the same object (compared by address) and the same number of uses, and
//! counts one pass there — no id hashed, no criterion cloned. A use with no such child makes
//! one, and only then is the criterion looked up in the list (so the order of first use is
//! the order of counting each use at once: a criterion's first use always makes a node). The
//! passes are added to the list's counts when it is read (`into_iter`). A node keeps its
//! criterion alive, so an address in the trie cannot stand for another object while the node
//! is kept; past [`NODES`] nodes the trie is settled and started again.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use super::by_address::{address, ByAddress, PTR_CACHE};
use crate::explain::CriterionRef;

/// Most nodes kept before the trie is settled and started again.
pub(super) const NODES: usize = 1 << 16;

/// One use (or one use of each criterion of a segment) after the uses on the path from its
/// root.
struct Node {
    /// How many uses the step stands for (one use of each criterion for a segment).
    uses: u64,
    /// What the step counts, kept alive.
    what: What,
    /// Steps through this node not yet added to the entries' counts.
    passes: u64,
    /// The first child's address, uses and node (compared without visiting the child; most
    /// nodes have one child), then the others'.
    first: Step,
    more: Vec<Step>,
}

/// What a node's step counts.
enum What {
    /// Nothing: a root.
    Root,
    /// `uses` uses of a criterion, with its entry in the list.
    One(#[allow(dead_code)] CriterionRef, usize),
    /// One use of each criterion of a segment, in order, with their entries. The segment is
    /// an `Arc`, kept alive by the node, so its address cannot stand for another segment
    /// while the node is kept (nor for a criterion: another object).
    Segment(#[allow(dead_code)] Arc<[CriterionRef]>, Vec<usize>),
}

/// A use to count, as given.
enum Use<'a> {
    One(&'a CriterionRef),
    Each(&'a Arc<[CriterionRef]>),
}

/// A child as its parent sees it: address, uses, node (`NONE` when there is none).
type Step = (usize, u64, u32);

/// The uses a segment's step is filed under (beside its address).
const SEGMENT: u64 = u64::MAX;

/// No node.
const NONE: u32 = u32::MAX;

/// The provisional uses collected. Read it through `into_iter`, which settles every count.
#[derive(Default)]
pub(super) struct Provisional {
    uses: Vec<(CriterionRef, u64)>,
    /// Index of `uses` by criterion id.
    by_id: HashMap<Cow<'static, str>, usize>,
    /// `by_id` by address (the cached criterion kept alive beside its index).
    cache: ByAddress<(CriterionRef, usize)>,
    nodes: Vec<Node>,
    /// The root of each key.
    roots: Vec<(usize, u32)>,
    /// The key of the unit being counted, and the node its uses have reached.
    key: usize,
    at: u32,
    /// A smaller limit than [`NODES`] (tests).
    #[cfg(test)]
    limit: Option<usize>,
}

impl Provisional {
    /// Add an entry as it is (the caller's: provisional parts of the policy itself), after
    /// every entry so far.
    pub(super) fn push(&mut self, entry: (CriterionRef, u64)) {
        self.uses.push(entry);
    }

    /// Begin counting the next unit's uses, under `key` (units under one key tend to use the
    /// same sequences: e.g. the unit's kind).
    pub(super) fn start_unit(&mut self, key: usize) {
        self.key = key;
        self.at = match self.roots.iter().find(|(k, _)| *k == key) {
            Some(&(_, root)) => root,
            None => self.new_node(What::Root, 0),
        };
    }

    /// Count `uses` uses of the provisional criterion `c` for the unit being counted.
    #[inline]
    pub(super) fn count(&mut self, c: &CriterionRef, uses: u64) {
        self.step(address(c), uses, |p| p.grow(Use::One(c), uses));
    }

    /// Count one use of each criterion of `segment`, in order, for the unit being counted —
    /// as [`Provisional::count`] for each, in one step of the trie (a sequence that a policy
    /// fixes, kept once and passed again and again: its criteria are not compared).
    #[inline]
    pub(super) fn count_each(&mut self, segment: &Arc<[CriterionRef]>) {
        if segment.is_empty() {
            return;
        }
        let a = segment.as_ptr() as usize;
        self.step(a, SEGMENT, |p| p.grow(Use::Each(segment), SEGMENT));
    }

    /// One step from the current node: to the child filed under `(a, uses)`, made by `grow`
    /// when there is none; one pass counted there.
    #[inline(always)]
    fn step(&mut self, a: usize, uses: u64, grow: impl FnOnce(&mut Self) -> u32) {
        let here = self.nodes.get(self.at as usize);
        let next = match here {
            Some(Node { first, .. }) if first.0 == a && first.1 == uses => first.2,
            Some(here) => match here.more.iter().find(|&&(ca, cu, _)| ca == a && cu == uses) {
                Some(&(_, _, n)) => n,
                None => grow(self),
            },
            None => grow(self),
        };
        if let Some(n) = self.nodes.get_mut(next as usize) {
            n.passes += 1;
        }
        self.at = next;
    }

    /// The new child of the current node for a step counting `what` (the trie started again
    /// first when it is full, or when no unit was started); each criterion's entry is found
    /// (made when new) in order.
    #[cold]
    fn grow(&mut self, what: Use<'_>, uses: u64) -> u32 {
        if self.nodes.len() >= self.limit() || self.nodes.is_empty() {
            // Settled and started again: the unit goes on from a new root.
            self.settle();
            self.nodes.clear();
            self.roots.clear();
            self.start_unit(self.key);
        }
        let (what, a) = match what {
            Use::One(c) => (What::One(c.clone(), self.index(c)), address(c)),
            Use::Each(seg) => {
                let indices = seg.iter().map(|c| self.index(c)).collect();
                (What::Segment(seg.clone(), indices), seg.as_ptr() as usize)
            }
        };
        let n = self.new_node(what, uses);
        let step = (a, uses, n);
        let here = &mut self.nodes[self.at as usize];
        if here.first.2 == NONE {
            here.first = step;
        } else {
            here.more.push(step);
        }
        n
    }

    /// A node with no pass (a root when `what` is [`What::Root`]: then kept as the key's
    /// root).
    fn new_node(&mut self, what: What, uses: u64) -> u32 {
        let n = u32::try_from(self.nodes.len()).expect("at most NODES nodes");
        let root = matches!(what, What::Root);
        self.nodes.push(Node {
            uses,
            what,
            passes: 0,
            first: (0, 0, NONE),
            more: Vec::new(),
        });
        if root {
            self.roots.push((self.key, n));
        }
        n
    }

    /// Add every node's passes to its entries' counts.
    fn settle(&mut self) {
        for n in &mut self.nodes {
            match &n.what {
                What::Root => {}
                What::One(_, index) => self.uses[*index].1 += n.passes * n.uses,
                What::Segment(_, indices) => {
                    for &i in indices {
                        self.uses[i].1 += n.passes;
                    }
                }
            }
            n.passes = 0;
        }
    }

    /// The index of `c`'s entry (by id), made with no use when it is new.
    fn index(&mut self, c: &CriterionRef) -> usize {
        let key = address(c);
        if let Some((_, i)) = self.cache.get(&key) {
            return *i;
        }
        let i = match self.by_id.get(c.id.as_ref()) {
            Some(&i) => i,
            None => {
                let i = self.uses.len();
                self.by_id.insert(c.id.clone(), i);
                self.uses.push((c.clone(), 0));
                i
            }
        };
        if self.cache.len() >= PTR_CACHE {
            self.cache.clear();
        }
        self.cache.insert(key, (c.clone(), i));
        i
    }

    /// Most nodes kept.
    fn limit(&self) -> usize {
        #[cfg(test)]
        if let Some(n) = self.limit {
            return n;
        }
        NODES
    }

    /// An empty list whose trie keeps at most `limit` nodes (tests).
    #[cfg(test)]
    pub(super) fn with_limit(limit: usize) -> Provisional {
        Provisional {
            limit: Some(limit),
            ..Provisional::default()
        }
    }

    /// The entries counted so far, settled (for tests).
    #[cfg(test)]
    pub(super) fn settled(&mut self) -> &[(CriterionRef, u64)] {
        self.settle();
        &self.uses
    }

    /// How many nodes the trie has (for tests).
    #[cfg(test)]
    pub(super) fn nodes(&self) -> usize {
        self.nodes.len()
    }
}

impl IntoIterator for Provisional {
    type Item = (CriterionRef, u64);
    type IntoIter = std::vec::IntoIter<(CriterionRef, u64)>;

    /// The entries with every count settled, in order of first use.
    fn into_iter(mut self) -> Self::IntoIter {
        self.settle();
        self.uses.into_iter()
    }
}
