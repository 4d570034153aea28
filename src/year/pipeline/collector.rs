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

fn address(c: &CriterionRef) -> usize {
    std::ptr::from_ref::<crate::explain::Criterion>(c) as usize
}

/// Everything collected across units while they are evaluated.
#[derive(Default)]
pub(super) struct Collector {
    pub(super) provisional: Vec<(CriterionRef, u64)>,
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
            if matches!(f.status, Status::NotMet | Status::Unknown) && keep(f) {
                self.cite(&f.criterion);
                issues.push(Issue {
                    criterion: f.criterion.id.clone(),
                    status: f.status,
                    observed: f.observed.clone(),
                    required: f.required.clone(),
                });
            }
        }
        issues
    }

    /// Keep `c` among the criteria the report lists (once per id: the first object seen).
    fn cite(&mut self, c: &CriterionRef) {
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
        let key = address(c);
        if let Some((_, i)) = self.provisional_cache.get(&key) {
            self.provisional[*i].1 += 1;
            return;
        }
        let i = match self.by_id.get(c.id.as_ref()) {
            Some(&i) => i,
            None => {
                let i = self.provisional.len();
                self.by_id.insert(c.id.clone(), i);
                self.provisional.push((c.clone(), 0));
                i
            }
        };
        self.provisional[i].1 += 1;
        if self.provisional_cache.len() >= PTR_CACHE {
            self.provisional_cache.clear();
        }
        self.provisional_cache.insert(key, (c.clone(), i));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citation::{Citation, Instrument, Source};
    use crate::explain::Criterion;

    fn criterion(id: &str, provisional: bool) -> CriterionRef {
        let citation = Citation::point(Instrument::Tt124, 6, 3, 'a');
        let source = if provisional {
            Source::provisional(citation)
        } else {
            Source::text(citation)
        };
        CriterionRef::from(Criterion {
            id: id.to_owned().into(),
            source,
            vi: "tiêu chí".into(),
            en: "criterion".into(),
        })
    }

    /// Two objects with one id are one criterion: counted together, in order of first use,
    /// whichever object comes first — also once the address cache has been emptied.
    #[test]
    fn provisional_uses_are_counted_by_id_not_by_object() {
        let mut col = Collector::default();
        let (a1, a2, b) = (
            criterion("a", true),
            criterion("a", true),
            criterion("b", true),
        );
        for c in [&b, &a1, &a2, &b, &a2] {
            col.count_provisional(c);
        }
        for i in 0..PTR_CACHE + 10 {
            // Fresh objects fill the cache past its limit.
            col.count_provisional(&criterion(&format!("x{i}"), true));
        }
        col.count_provisional(&a1);
        let counts: Vec<(&str, u64)> = col
            .provisional
            .iter()
            .take(2)
            .map(|(c, n)| (c.id.as_ref(), *n))
            .collect();
        assert_eq!(counts, [("b", 2), ("a", 4)]);
        assert!(
            col.provisional[1].0.same(&a1),
            "the first object seen is kept"
        );
        assert_eq!(col.provisional.len(), 2 + PTR_CACHE + 10);
    }

    /// A cited criterion is listed once per id, as the first object seen.
    #[test]
    fn cited_criteria_are_listed_once_per_id() {
        let mut col = Collector::default();
        let (a1, a2) = (criterion("a", false), criterion("a", false));
        let finding = |c: &CriterionRef| {
            Finding::new(
                c.clone(),
                Status::NotMet,
                crate::explain::Value::None,
                crate::explain::Value::None,
            )
        };
        let issues = col.take(&[finding(&a1), finding(&a2), finding(&a1)]);
        assert_eq!(issues.len(), 3);
        assert_eq!(col.criteria.len(), 1);
        assert!(col.criteria["a"].same(&a1));
        assert!(col.provisional.is_empty(), "not provisional: not counted");
    }
}
