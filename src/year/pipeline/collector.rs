//! What the year collects across units while they are evaluated: the provisional criteria used
//! (with how many decisions used each) and every criterion an issue cites.
//!
//! Both are keyed by criterion id — two criteria objects with the same id are one criterion.
//! A unit uses a few dozen criteria, almost always the same objects (the built-in tables, the
//! policy's sheets and catalogues), so each map is fronted by a small cache keyed by the
//! object's address: one multiply to hash, no string hashed or compared on the usual path. A
//! cached entry holds a clone of the criterion, so the address cannot be reused by another
//! object while it is cached; the cache is emptied when it grows past [`PTR_CACHE`] entries (a
//! policy that builds a new object per decision gains nothing from it, and loses nothing).
//!
//! A group of provisional criteria that every unit of a kind uses alike (a catalogue's
//! placeholder criteria: they depend on the catalogue, not on the unit) is counted with one
//! increment per unit ([`Collector::count_provisional_group`]) and added to each member's
//! count when the list is read ([`Provisional`]'s `into_iter`, at the end of the run).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use super::super::report::Issue;
use crate::explain::{CriterionRef, Finding, Status};
use crate::unit::KindTag;

/// Hashes an address: addresses are not chosen by the input, so a fixed multiplier is enough
/// (no flooding to guard against), and it is far cheaper than hashing an id.
#[derive(Default)]
pub(super) struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        // The product's high half mixes every bit of `n`; rotated down, it picks the bucket.
        self.0 = (self.0 ^ n)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(32);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

type ByAddress<V> = HashMap<usize, V, BuildHasherDefault<AddressHasher>>;

/// Most addresses a cache keeps before it is emptied.
const PTR_CACHE: usize = 4096;

/// Most groups kept at once (a run meets one per catalogue in force); past it the groups are
/// added to their members' counts and forgotten.
const GROUPS: usize = 16;

/// The provisional criteria used, with how many decisions used each, in order of first use
/// (one entry per id), and the groups whose uses are not yet added to their members' counts.
/// Read it through `into_iter`, which adds them first.
#[derive(Default)]
pub(super) struct Provisional {
    uses: Vec<(CriterionRef, u64)>,
    groups: Vec<Group>,
}

/// A list of criteria counted as one (see [`Collector::count_provisional_group`]).
struct Group {
    /// The caller's key (the address of what the list depends on, e.g. the catalogue).
    key: usize,
    /// Every member, in order, kept alive: their addresses identify the list, and cannot be
    /// reused by other objects while the group is kept.
    members: Vec<CriterionRef>,
    /// The index in `uses` of each provisional member (a member's id may repeat).
    indices: Vec<usize>,
    /// Uses of the whole group not yet added to `uses`.
    pending: u64,
}

impl Provisional {
    /// Add an entry as it is (the caller's: provisional parts of the policy itself).
    pub(super) fn push(&mut self, entry: (CriterionRef, u64)) {
        self.uses.push(entry);
    }

    /// Add every group's pending uses to its members' counts.
    fn settle(&mut self) {
        for g in &mut self.groups {
            for &i in &g.indices {
                self.uses[i].1 += g.pending;
            }
            g.pending = 0;
        }
    }
}

impl IntoIterator for Provisional {
    type Item = (CriterionRef, u64);
    type IntoIter = std::vec::IntoIter<(CriterionRef, u64)>;

    /// The entries with every group's uses added, in order of first use.
    fn into_iter(mut self) -> Self::IntoIter {
        self.settle();
        self.uses.into_iter()
    }
}

/// Whether `members` are the objects of `kept`, in order.
fn same_members<'m>(
    kept: &[CriterionRef],
    mut members: impl Iterator<Item = &'m CriterionRef>,
) -> bool {
    kept.iter()
        .all(|k| members.next().is_some_and(|m| address(m) == address(k)))
        && members.next().is_none()
}

fn address(c: &CriterionRef) -> usize {
    std::ptr::from_ref::<crate::explain::Criterion>(c) as usize
}

fn issue_of(f: &Finding) -> Issue {
    Issue {
        criterion: f.criterion.id.clone(),
        status: f.status,
        observed: f.observed.clone(),
        required: f.required.clone(),
    }
}

/// Everything collected across units while they are evaluated.
#[derive(Default)]
pub(super) struct Collector {
    pub(super) provisional: Provisional,
    /// Every criterion cited by an issue, by id: hashed while units arrive (a sheet of many
    /// items would make an ordered map's inserts n log n), ordered once in the report.
    pub(super) criteria: HashMap<Cow<'static, str>, CriterionRef>,
    /// Index of `provisional` by criterion id.
    by_id: HashMap<Cow<'static, str>, usize>,
    /// `by_id` by address (the cached criterion kept alive beside its index).
    provisional_cache: ByAddress<(CriterionRef, usize)>,
    /// Addresses of criteria already in `criteria` (each kept alive).
    cited_cache: ByAddress<CriterionRef>,
    /// Deduction ids of a score sheet with many deductions, by unit kind (the policy is fixed
    /// for one collector).
    pub(super) deductions: HashMap<KindTag, HashSet<String>>,
}

impl Collector {
    /// Count provisional criteria and turn not-met / unknown findings into issues.
    pub(super) fn take(&mut self, findings: &[Finding]) -> Vec<Issue> {
        self.take_if(findings, |_| true)
    }

    /// [`Collector::take`], keeping as issues only the findings `keep` accepts.
    pub(super) fn take_if(
        &mut self,
        findings: &[Finding],
        keep: impl Fn(&Finding) -> bool,
    ) -> Vec<Issue> {
        let mut issues = Vec::new();
        for f in findings {
            if f.criterion.source.is_provisional() {
                self.count_provisional(&f.criterion);
            }
            if self.issue(f, &keep) {
                issues.push(issue_of(f));
            }
        }
        issues
    }

    /// [`Collector::take`] without counting provisional criteria: the issues of the findings
    /// not met or unknown, their criteria cited.
    pub(super) fn issues(&mut self, findings: &[Finding]) -> Vec<Issue> {
        let mut issues = Vec::new();
        for f in findings {
            if self.issue(f, |_| true) {
                issues.push(issue_of(f));
            }
        }
        issues
    }

    /// Cite `f`'s criterion when `f` is not met or unknown and `keep` accepts it (then `true`:
    /// it is an issue).
    fn issue(&mut self, f: &Finding, keep: impl Fn(&Finding) -> bool) -> bool {
        let issue = matches!(f.status, Status::NotMet | Status::Unknown) && keep(f);
        if issue {
            self.cite(&f.criterion);
        }
        issue
    }

    /// Keep `c` among the criteria the report lists (once per id: the first object seen).
    pub(super) fn cite(&mut self, c: &CriterionRef) {
        let key = address(c);
        if self.cited_cache.contains_key(&key) {
            return;
        }
        if !self.criteria.contains_key(c.id.as_ref()) {
            self.criteria.insert(c.id.clone(), c.clone());
        }
        if self.cited_cache.len() >= PTR_CACHE {
            self.cited_cache.clear();
        }
        self.cited_cache.insert(key, c.clone());
    }

    /// Count one use of a provisional criterion (in order of first use, by id).
    pub(super) fn count_provisional(&mut self, c: &CriterionRef) {
        self.count_provisional_times(c, 1);
    }

    /// Count `uses` uses of a provisional criterion at once.
    pub(super) fn count_provisional_times(&mut self, c: &CriterionRef, uses: u64) {
        let i = self.provisional_index(c);
        self.provisional.uses[i].1 += uses;
    }

    /// Count one use of each provisional criterion of `members`, in order — what
    /// [`Collector::count_provisional`] on each would count. When the same objects in the same
    /// order were counted under `key` before, that is one increment (the members' counts are
    /// settled when the list is read); `key` only finds the group, the members decide whether
    /// it is the same (each kept alive by the group, so an address cannot stand for another
    /// object).
    pub(super) fn count_provisional_group<'m, I>(&mut self, key: usize, members: I)
    where
        I: IntoIterator<Item = &'m CriterionRef>,
        I::IntoIter: Clone,
    {
        let members = members.into_iter();
        let groups = &mut self.provisional.groups;
        if let Some(at) = groups.iter().position(|g| g.key == key) {
            if same_members(&groups[at].members, members.clone()) {
                groups[at].pending += 1;
                return;
            }
            // Other objects under this key: the old list is settled and forgotten.
            self.provisional.settle();
            self.provisional.groups.swap_remove(at);
        } else if groups.len() >= GROUPS {
            self.provisional.settle();
            self.provisional.groups.clear();
        }
        let mut group = Group {
            key,
            members: Vec::new(),
            indices: Vec::new(),
            pending: 1,
        };
        for c in members {
            if c.source.is_provisional() {
                group.indices.push(self.provisional_index(c));
            }
            group.members.push(c.clone());
        }
        self.provisional.groups.push(group);
    }

    /// The index of `c`'s entry (by id), made with no use when it is new.
    fn provisional_index(&mut self, c: &CriterionRef) -> usize {
        let key = address(c);
        if let Some((_, i)) = self.provisional_cache.get(&key) {
            return *i;
        }
        let i = match self.by_id.get(c.id.as_ref()) {
            Some(&i) => i,
            None => {
                let i = self.provisional.uses.len();
                self.by_id.insert(c.id.clone(), i);
                self.provisional.uses.push((c.clone(), 0));
                i
            }
        };
        if self.provisional_cache.len() >= PTR_CACHE {
            self.provisional_cache.clear();
        }
        self.provisional_cache.insert(key, (c.clone(), i));
        i
    }
}

#[cfg(test)]
#[path = "collector_tests.rs"]
mod tests;
