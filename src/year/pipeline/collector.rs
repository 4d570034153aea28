//! What the year collects across units while they are evaluated: the provisional criteria used
//! (with how many decisions used each) and every criterion an issue cites.
//!
//! Both are keyed by criterion id — two criteria objects with the same id are one criterion.
//! A unit uses a few dozen criteria, almost always the same objects (the built-in tables, the
//! policy's sheets and catalogues), so each map is fronted by a small cache keyed by the
//! object's address (`by_address`): one multiply to hash, no string hashed or compared on the usual path. A
//! cached entry holds a clone of the criterion, so the address cannot be reused by another
//! object while it is cached; the cache is emptied when it grows past [`PTR_CACHE`] entries (a
//! policy that builds a new object per decision gains nothing from it, and loses nothing).
//!
//! The provisional criteria are counted unit by unit as sequences (see [`Provisional`]): a
//! unit that uses the same objects in the same order as the last unit of its kind costs one
//! comparison per use and one increment.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::super::report::Issue;
use super::by_address::{address, ByAddress, PTR_CACHE};
pub(super) use super::provisional::Provisional;
use crate::explain::{CriterionRef, Finding, Status, Value};
use crate::unit::KindTag;

fn issue_of(f: &Finding) -> Issue {
    Issue {
        criterion: f.criterion.id.clone(),
        status: f.status,
        observed: f.observed.clone(),
        required: f.required.clone(),
    }
}

/// How many addresses [`Collector::cite`] tries before its map.
const RECENT: usize = 16;

/// The recent slot of an address: criteria objects are at least 8-byte aligned and larger
/// than 64 bytes, so the bits above the sixth tell neighbours apart.
#[inline(always)]
fn recent_slot(key: usize) -> usize {
    (key >> 6 ^ key >> 10) % RECENT
}

/// Everything collected across units while they are evaluated.
#[derive(Default)]
pub(super) struct Collector {
    pub(super) provisional: Provisional,
    /// Every criterion cited by an issue, by id: hashed while units arrive (a sheet of many
    /// items would make an ordered map's inserts n log n), ordered once in the report.
    pub(super) criteria: HashMap<Cow<'static, str>, CriterionRef>,
    /// Addresses of criteria already in `criteria` (each kept alive).
    cited_cache: ByAddress<CriterionRef>,
    /// A few addresses of `cited_cache` in one slot each (by the address's bits), tried
    /// before it: a unit cites the same few criteria as the last (0: empty — no object is at
    /// address 0). Emptied with `cited_cache`, so an address here is always kept alive there.
    cited_recent: [usize; RECENT],
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

    /// [`Collector::take`] for one finding given by its parts (not built), without counting
    /// provisional criteria: an issue, its criterion cited, when `status` is not met or
    /// unknown.
    #[inline]
    pub(super) fn issue_from(
        &mut self,
        criterion: &CriterionRef,
        status: Status,
        observed: Value,
        required: Value,
        issues: &mut Vec<Issue>,
    ) {
        if matches!(status, Status::NotMet | Status::Unknown) {
            self.cite(criterion);
            issues.push(Issue {
                criterion: criterion.id.clone(),
                status,
                observed,
                required,
            });
        }
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
    #[inline]
    pub(super) fn cite(&mut self, c: &CriterionRef) {
        let key = address(c);
        let slot = recent_slot(key);
        if self.cited_recent[slot] == key {
            return;
        }
        self.cite_cached(c, key, slot);
    }

    /// [`Collector::cite`] past the recent slots.
    fn cite_cached(&mut self, c: &CriterionRef, key: usize, slot: usize) {
        if !self.cited_cache.contains_key(&key) {
            if !self.criteria.contains_key(c.id.as_ref()) {
                self.criteria.insert(c.id.clone(), c.clone());
            }
            if self.cited_cache.len() >= PTR_CACHE {
                self.cited_cache.clear();
                self.cited_recent = [0; RECENT];
            }
            self.cited_cache.insert(key, c.clone());
        }
        self.cited_recent[slot] = key;
    }

    /// Count one use of a provisional criterion (in order of first use, by id).
    pub(super) fn count_provisional(&mut self, c: &CriterionRef) {
        self.count_provisional_times(c, 1);
    }

    /// Count `uses` uses of a provisional criterion at once.
    #[inline]
    pub(super) fn count_provisional_times(&mut self, c: &CriterionRef, uses: u64) {
        self.provisional.count(c, uses);
    }

    /// Count one use of each provisional criterion of `segment`, in order (see
    /// [`Provisional::count_each`]).
    #[inline]
    pub(super) fn count_provisional_each(&mut self, segment: &std::sync::Arc<[CriterionRef]>) {
        self.provisional.count_each(segment);
    }

    /// Begin counting the next unit's provisional uses, under `key` (see [`Provisional`]).
    pub(super) fn start_unit(&mut self, key: usize) {
        self.provisional.start_unit(key);
    }
}

#[cfg(test)]
#[path = "collector_tests.rs"]
mod tests;
