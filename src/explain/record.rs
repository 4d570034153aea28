//! Recorders — where the rule code writes each criterion's result.
//!
//! A check computes a criterion's [`Status`] eagerly and its observed / required [`Value`]s
//! lazily: it hands the recorder a closure that builds them. The full recorder
//! (`Vec<Finding>`) calls it and keeps a [`Finding`]; a compact recorder (e.g.
//! [`crate::law::tt124::CompactDecision`]) keeps the status only and never calls it. So one
//! rule code serves both the explained decision and the compact one, and no rule exists twice.

use super::{Criterion, CriterionRef, Finding, Status, Value};

/// Which note of the library's own readings fired (TT124; see
/// [`crate::law::tt124::readings`]). A recorder that keeps statuses only stores a bit per note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Note {
    /// The provisional Labour Code worker mapping decided a discipline criterion.
    Worker,
    /// The reading of TT124 Đ6 k3 h decided it.
    Sanction,
    /// The reading of TT124 Đ7 k4 decided it.
    Crime,
    /// The reading of TT124 Đ6 k4 (protection force) decided it.
    Force,
    /// The reading of the Party-organisation exemption decided it.
    Party,
    /// The reading of TT124 Đ8 k1 (an unregistered unit) decided the outcome.
    Unregistered,
}

impl Note {
    /// Every note, in the order a decision lists them (the unregistered note comes after the
    /// provincial rules, see [`crate::law::tt124::decide`]).
    pub const ALL: [Note; 6] = [
        Note::Worker,
        Note::Sanction,
        Note::Crime,
        Note::Force,
        Note::Party,
        Note::Unregistered,
    ];

    /// The note's bit in a mask of notes.
    pub const fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// Where rule code records the result of each criterion it checks, in the article's order.
pub trait Record {
    /// One built-in criterion: its status now, its (observed, required) values on demand.
    fn record<V: FnOnce() -> (Value, Value)>(
        &mut self,
        criterion: &'static Criterion,
        status: Status,
        values: V,
    );

    /// One criterion loaded at run time (a provincial rule), in the order of the rules.
    fn record_rule<V: FnOnce() -> (Value, Value)>(
        &mut self,
        criterion: &CriterionRef,
        status: Status,
        values: V,
    );

    /// A note that one of the library's readings decided something; `criterion` is the
    /// reading's criterion (status met, no values).
    fn note(&mut self, note: Note, criterion: &'static Criterion) {
        let _ = note;
        self.record(criterion, Status::Met, || (Value::None, Value::None));
    }
}

/// The full recorder: one [`Finding`] per criterion, with its values.
impl Record for Vec<Finding> {
    #[inline]
    fn record<V: FnOnce() -> (Value, Value)>(
        &mut self,
        criterion: &'static Criterion,
        status: Status,
        values: V,
    ) {
        let (observed, required) = values();
        self.push(Finding {
            criterion: CriterionRef::Static(criterion),
            status,
            observed,
            required,
        });
    }

    #[inline]
    fn record_rule<V: FnOnce() -> (Value, Value)>(
        &mut self,
        criterion: &CriterionRef,
        status: Status,
        values: V,
    ) {
        let (observed, required) = values();
        self.push(Finding {
            criterion: criterion.clone(),
            status,
            observed,
            required,
        });
    }
}

/// What a recorder can answer about the statuses it kept: whether any was not met, whether
/// any was unknown. A recorder that keeps every status packed ([`Statuses`]) answers from the
/// bits once, at the end; one that does not answers `None`, and [`Tracking`] keeps the two
/// flags itself, one update per criterion.
pub(crate) trait Summary {
    /// `(any not met, any unknown)` over everything recorded, or `None`.
    #[inline(always)]
    fn summary(&self) -> Option<(bool, bool)> {
        None
    }
}

impl Summary for Vec<Finding> {}

/// Wraps a recorder and remembers whether any criterion was not met or unknown — what an
/// outcome is decided from, whichever recorder keeps the results. For a recorder whose
/// [`Summary`] answers, its answer is used and the flags kept here are never read (so, inlined,
/// never computed).
pub(crate) struct Tracking<'r, R> {
    pub(crate) inner: &'r mut R,
    not_met: bool,
    unknown: bool,
}

impl<R: Summary> Tracking<'_, R> {
    /// Whether any criterion recorded was not met.
    #[inline(always)]
    pub(crate) fn any_not_met(&self) -> bool {
        self.inner.summary().map_or(self.not_met, |(n, _)| n)
    }

    /// Whether any criterion recorded was unknown.
    #[inline(always)]
    pub(crate) fn any_unknown(&self) -> bool {
        self.inner.summary().map_or(self.unknown, |(_, u)| u)
    }
}

impl<'r, R: Record> Tracking<'r, R> {
    pub(crate) fn new(inner: &'r mut R) -> Self {
        Tracking {
            inner,
            not_met: false,
            unknown: false,
        }
    }

    #[inline(always)]
    fn track(&mut self, s: Status) {
        self.not_met |= s == Status::NotMet;
        self.unknown |= s == Status::Unknown;
    }
}

impl<R: Record> Record for Tracking<'_, R> {
    #[inline(always)]
    fn record<V: FnOnce() -> (Value, Value)>(&mut self, c: &'static Criterion, s: Status, v: V) {
        self.track(s);
        self.inner.record(c, s, v);
    }

    #[inline(always)]
    fn record_rule<V: FnOnce() -> (Value, Value)>(&mut self, c: &CriterionRef, s: Status, v: V) {
        self.track(s);
        self.inner.record_rule(c, s, v);
    }

    #[inline(always)]
    fn note(&mut self, note: Note, c: &'static Criterion) {
        self.inner.note(note, c);
    }
}

/// Statuses packed two bits each (up to [`Statuses::CAPACITY`]), in recording order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Statuses {
    bits: u64,
    len: u8,
}

impl Statuses {
    /// How many statuses fit.
    pub const CAPACITY: usize = 32;

    /// No statuses.
    pub const fn new() -> Self {
        Statuses { bits: 0, len: 0 }
    }

    /// Append one status; returns `false` (and keeps nothing) when full.
    #[inline(always)]
    pub fn push(&mut self, s: Status) -> bool {
        if usize::from(self.len) >= Self::CAPACITY {
            return false;
        }
        self.bits |= (code(s) as u64) << (2 * self.len);
        self.len += 1;
        true
    }

    /// Statuses from their packed bits and count (as [`Statuses::bits`] gives them).
    #[inline(always)]
    pub(crate) const fn from_parts(bits: u64, len: u8) -> Self {
        Statuses { bits, len }
    }

    /// The packed bits: status `i` at bits `2i` and `2i + 1`.
    #[inline(always)]
    pub(crate) const fn bits(&self) -> u64 {
        self.bits
    }

    /// How many statuses are kept.
    pub const fn len(&self) -> usize {
        self.len as usize
    }

    /// Whether none is kept.
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The status at `i`, if kept.
    pub fn get(&self, i: usize) -> Option<Status> {
        (i < self.len()).then(|| decode((self.bits >> (2 * i)) & 3))
    }

    /// The statuses in order (the iterator holds its own copy of the few words).
    pub fn iter(self) -> impl Iterator<Item = Status> {
        (0..self.len()).map(move |i| decode((self.bits >> (2 * i)) & 3))
    }

    /// `(any kept status not met, any unknown)`, from the bits at once.
    #[inline(always)]
    pub(crate) fn summary(&self) -> (bool, bool) {
        // Codes: met 0, not met 1, not applicable 2, unknown 3.
        let low = self.bits & 0x5555_5555_5555_5555;
        let high = (self.bits >> 1) & 0x5555_5555_5555_5555;
        (low & !high != 0, low & high != 0)
    }

    /// Whether any kept status is not met or unknown (what a reader must act on).
    pub fn any_not_met_or_unknown(&self) -> bool {
        // Codes: met 0, not met 1, not applicable 2, unknown 3 — not met and unknown have the
        // low bit set.
        self.bits & 0x5555_5555_5555_5555 != 0
    }
}

const fn code(s: Status) -> u8 {
    match s {
        Status::Met => 0,
        Status::NotMet => 1,
        Status::NotApplicable => 2,
        Status::Unknown => 3,
    }
}

const fn decode(c: u64) -> Status {
    match c {
        0 => Status::Met,
        1 => Status::NotMet,
        2 => Status::NotApplicable,
        _ => Status::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_and_flag_what_needs_acting_on() {
        let all = [
            Status::Met,
            Status::NotMet,
            Status::NotApplicable,
            Status::Unknown,
        ];
        let mut s = Statuses::new();
        for i in 0..Statuses::CAPACITY {
            assert!(s.push(all[i % 4]));
        }
        assert!(!s.push(Status::Met), "a full list keeps nothing more");
        assert_eq!(s.len(), Statuses::CAPACITY);
        for (i, got) in s.iter().enumerate() {
            assert_eq!(got, all[i % 4]);
        }
        let mut clean = Statuses::new();
        clean.push(Status::Met);
        clean.push(Status::NotApplicable);
        assert!(!clean.any_not_met_or_unknown());
        for bad in [Status::NotMet, Status::Unknown] {
            let mut one = clean;
            one.push(bad);
            assert!(one.any_not_met_or_unknown(), "{bad:?}");
        }
    }

    /// The outcome's "any not met" / "any unknown" read from the packed bits equal the flags
    /// tracked status by status: every list of up to four statuses (each status at each
    /// place, present and absent), and a full list whose last status alone is not met or
    /// unknown.
    #[test]
    fn tt124_outcome_flags_from_packed_statuses_equal_the_tracked_flags() {
        let all = [
            Status::Met,
            Status::NotMet,
            Status::NotApplicable,
            Status::Unknown,
        ];
        for len in 0..=4u32 {
            for n in 0..4usize.pow(len) {
                let mut s = Statuses::new();
                let mut tracked = (false, false);
                let mut k = n;
                for _ in 0..len {
                    let st = all[k % 4];
                    k /= 4;
                    s.push(st);
                    tracked.0 |= st == Status::NotMet;
                    tracked.1 |= st == Status::Unknown;
                }
                assert_eq!(s.summary(), tracked, "{:?}", s.iter().collect::<Vec<_>>());
            }
        }
        for last in all {
            let mut s = Statuses::new();
            for _ in 1..Statuses::CAPACITY {
                s.push(Status::NotApplicable);
            }
            s.push(last);
            assert_eq!(
                s.summary(),
                (last == Status::NotMet, last == Status::Unknown),
                "{last:?}"
            );
        }
    }
}
