//! The model-unit rule code, written once: [`decide_recorded`] decides the outcome and writes
//! each finding's status through a [`Sink`]. `Vec<Finding>` builds the full explanation
//! ([`decide_into`](super::decide_into)); the compact decision's sink keeps statuses in bits
//! ([`decide_compact`](super::decide_compact)) and can replay what it kept into another sink
//! (how the compact decision is explained).

use std::borrow::Cow;

use super::catalogue::Catalogue;
use super::outcome::{ModelUnitFacts, ModelUnitOutcome, ALL_MET, ALL_MET_QD9745, ELIGIBLE_KIND};
use super::outcome::{REGISTERED, REGISTERED_QD9745};
use crate::citation::Instrument;
use crate::error::{Error, Subject};
use crate::explain::{Criterion, CriterionRef, Finding, Status, Value};
use crate::law::ids;
use crate::unit::{KindTag, Unit};

/// Where the rule code writes the findings of a model-unit decision, in their order:
/// eligibility (only when not eligible, and then nothing else), registration, one per catalogue
/// criterion, the summary.
pub(super) trait Sink {
    /// The unit's kind cannot become a model unit (a residential area).
    fn not_eligible(&mut self, kind: KindTag);
    /// Registration (`criterion` follows the catalogue's instrument).
    fn registered(&mut self, criterion: &'static Criterion, observed: Option<bool>);
    /// The `index`-th criterion of the catalogue, met (`Some(true)`), not met or unknown.
    fn criterion(&mut self, index: usize, criterion: &CriterionRef, observed: Option<bool>);
    /// "Every criterion met": `met` of `total`, with its status.
    fn summary(&mut self, criterion: &'static Criterion, status: Status, met: u64, total: u64);

    /// Whether the sink takes the statuses of a catalogue of at most 64 criteria in one call
    /// ([`Sink::criteria_bits`]) instead of one [`Sink::criterion`] call each.
    const BITS: bool = false;
    /// The statuses of every criterion at once, bit `i` for the `i`-th: known, and met (only
    /// called when [`Sink::BITS`], for a catalogue of at most 64 criteria; `met` ⊆ `known`),
    /// with the counts they make: `(met, not met, unknown)`.
    fn criteria_bits(&mut self, _known: u64, _met: u64, _counts: (u64, u64, u64)) {}
}

impl Sink for Vec<Finding> {
    fn not_eligible(&mut self, kind: KindTag) {
        pushing(self).not_eligible(kind);
    }
    fn registered(&mut self, criterion: &'static Criterion, observed: Option<bool>) {
        self.push(Finding::boolean(criterion, observed, true));
    }
    fn criterion(&mut self, _: usize, criterion: &CriterionRef, observed: Option<bool>) {
        self.push(Finding::boolean(criterion.clone(), observed, true));
    }
    fn summary(&mut self, criterion: &'static Criterion, status: Status, met: u64, total: u64) {
        pushing(self).summary(criterion, status, met, total);
    }
}

/// An [`Each`] that pushes each finding onto `findings`: the one place the not-eligible and
/// summary findings of `Vec<Finding>` are made from their parts.
fn pushing(
    findings: &mut Vec<Finding>,
) -> Each<impl FnMut(CriterionRef, Status, Value, Value) + '_> {
    Each(|criterion, status, observed, required| {
        findings.push(Finding {
            criterion,
            status,
            observed,
            required,
        })
    })
}

/// A sink handing each finding's parts — criterion, status, observed and required values —
/// to a function instead of building a [`Finding`]: the same parts `Vec<Finding>` keeps (its
/// registration and criteria are [`Finding::boolean`]'s, required `true`).
pub(crate) struct Each<F>(pub(crate) F);

impl<F: FnMut(CriterionRef, Status, Value, Value)> Sink for Each<F> {
    fn not_eligible(&mut self, kind: KindTag) {
        (self.0)(
            CriterionRef::Static(&ELIGIBLE_KIND),
            Status::NotMet,
            Value::Text(Cow::Borrowed(kind.name_vi())),
            Value::Text(Cow::Borrowed(
                "xã, phường, đặc khu, cơ quan, doanh nghiệp, cơ sở giáo dục",
            )),
        );
    }
    #[inline]
    fn registered(&mut self, criterion: &'static Criterion, observed: Option<bool>) {
        let f = Finding::boolean(criterion, observed, true);
        (self.0)(f.criterion, f.status, f.observed, f.required);
    }
    #[inline]
    fn criterion(&mut self, _: usize, criterion: &CriterionRef, observed: Option<bool>) {
        let f = Finding::boolean(criterion.clone(), observed, true);
        (self.0)(f.criterion, f.status, f.observed, f.required);
    }
    #[inline]
    fn summary(&mut self, criterion: &'static Criterion, status: Status, met: u64, total: u64) {
        (self.0)(
            CriterionRef::Static(criterion),
            status,
            Value::Ratio {
                num: met,
                den: total,
            },
            Value::AtLeast(total),
        );
    }
}

/// The findings of `sink` that are not met or unknown — what a report lists.
pub(super) struct Open<'v, S>(pub(super) &'v mut S);

fn open(observed: Option<bool>) -> bool {
    observed != Some(true)
}

impl<S: Sink> Sink for Open<'_, S> {
    fn not_eligible(&mut self, kind: KindTag) {
        self.0.not_eligible(kind);
    }
    fn registered(&mut self, criterion: &'static Criterion, observed: Option<bool>) {
        if open(observed) {
            self.0.registered(criterion, observed);
        }
    }
    fn criterion(&mut self, index: usize, criterion: &CriterionRef, observed: Option<bool>) {
        if open(observed) {
            self.0.criterion(index, criterion, observed);
        }
    }
    fn summary(&mut self, criterion: &'static Criterion, status: Status, met: u64, total: u64) {
        if matches!(status, Status::NotMet | Status::Unknown) {
            self.0.summary(criterion, status, met, total);
        }
    }
}

/// The registration and summary criteria of a catalogue's instrument (QĐ9745 or QĐ3554).
pub(crate) fn own_criteria(catalogue: &Catalogue) -> (&'static Criterion, &'static Criterion) {
    if catalogue.instrument == Instrument::Qd9745 {
        (&REGISTERED_QD9745, &ALL_MET_QD9745)
    } else {
        (&REGISTERED, &ALL_MET)
    }
}

fn eligible(kind: KindTag) -> bool {
    kind != KindTag::ResidentialArea
}

/// The model-unit decision (see [`decide`](super::decide())): checks, the outcome, and every
/// finding's status written to `sink` in order.
#[inline(always)]
pub(super) fn decide_recorded(
    unit: &Unit,
    year: i32,
    catalogue: &Catalogue,
    facts: &ModelUnitFacts,
    sink: &mut impl Sink,
) -> Result<ModelUnitOutcome, Error> {
    decide_recorded_from(unit, year, catalogue, facts, None, sink)
}

/// [`decide_recorded`] with the criteria's statuses given as bits by catalogue position
/// (`known`, `met` ⊆ `known`) when `bits` is given — then `facts.criteria` is not read (only
/// `facts.registered`) and the catalogue must have at most 64 criteria.
#[inline(always)]
pub(super) fn decide_recorded_from(
    unit: &Unit,
    year: i32,
    catalogue: &Catalogue,
    facts: &ModelUnitFacts,
    bits: Option<(u64, u64)>,
    sink: &mut impl Sink,
) -> Result<ModelUnitOutcome, Error> {
    if !catalogue.in_force.contains(year) {
        return Err(Error::invalid(
            Subject::Catalogue(catalogue.name.to_string()),
            "in_force",
            "a catalogue in force in the year decided",
            year,
        ));
    }
    let kind = unit.tag();
    if !eligible(kind) {
        sink.not_eligible(kind);
        return Ok(ModelUnitOutcome::NotEligible);
    }
    if !catalogue.covers(kind) {
        return Err(Error::invalid(
            Subject::Unit(unit.id.clone()),
            "kind",
            "a kind covered by the catalogue given",
            format!("{kind:?} (catalogue `{}`)", catalogue.name),
        ));
    }

    let (registered, all_met) = own_criteria(catalogue);
    sink.registered(registered, facts.registered);
    let from_bits = bits.map(|(known, met)| statuses_given(sink, catalogue, known, met));
    let (met, not_met, unknown) =
        match from_bits.or_else(|| statuses_in_bits(sink, catalogue, facts)) {
            Some(counts) => counts,
            None => statuses_one_by_one(unit, catalogue, facts, sink)?,
        };
    let total = catalogue.criteria.len() as u64;
    let all_status = if not_met > 0 {
        Status::NotMet
    } else if unknown > 0 {
        Status::Unknown
    } else {
        Status::Met
    };
    sink.summary(all_met, all_status, met, total);
    let outcome = match (facts.registered, all_status) {
        (Some(false), _) => ModelUnitOutcome::NotRegistered,
        (_, Status::NotMet) => ModelUnitOutcome::NotRecognised,
        (Some(true), Status::Met) => ModelUnitOutcome::Recognised,
        _ => ModelUnitOutcome::CannotDecide,
    };
    Ok(outcome)
}

/// The statuses of the catalogue's criteria in two words, for a sink that takes them so
/// ([`Sink::BITS`]), when the usual case holds: at most 64 criteria, and the facts (sorted by
/// id) met in the catalogue's order with every fact id equal to a criterion's (the facts may
/// leave criteria out: unknown). One walk, one equality test per criterion; the counts come
/// from the bits. `None` otherwise (an unsorted catalogue, a fact id the catalogue lacks, a
/// longer catalogue): then the criteria are written one by one, as for any sink.
#[inline(always)]
fn statuses_in_bits<S: Sink>(
    sink: &mut S,
    catalogue: &Catalogue,
    facts: &ModelUnitFacts,
) -> Option<(u64, u64, u64)> {
    let total = catalogue.criteria.len();
    if !S::BITS || total > 64 {
        return None;
    }
    // Driven by the facts: each is the next criterion's, or a later one's (those between are
    // unknown).
    let mut criteria = catalogue.criteria.iter();
    let mut index = 0usize;
    let (mut known, mut met) = (0u64, 0u64);
    for (k, &v) in &facts.criteria {
        loop {
            let id: &str = criteria.next()?.criterion.id.as_ref();
            if same_short_id(k, id) {
                known |= 1 << index;
                met |= u64::from(v) << index;
                index += 1;
                break;
            }
            if ids::less(k, id) {
                return None;
            }
            index += 1;
        }
    }
    let (n_known, n_met) = (u64::from(known.count_ones()), u64::from(met.count_ones()));
    let counts = (n_met, n_known - n_met, total as u64 - n_known);
    sink.criteria_bits(known, met, counts);
    Some(counts)
}

/// The statuses given as bits by catalogue position, written to `sink` (in two words when it
/// takes them so, else criterion by criterion): `(met, not met, unknown)`.
#[inline(always)]
fn statuses_given<S: Sink>(
    sink: &mut S,
    catalogue: &Catalogue,
    known: u64,
    met: u64,
) -> (u64, u64, u64) {
    let total = catalogue.criteria.len();
    debug_assert!(total <= 64 && met & !known == 0);
    let (n_known, n_met) = (u64::from(known.count_ones()), u64::from(met.count_ones()));
    let counts = (n_met, n_known - n_met, total as u64 - n_known);
    if S::BITS {
        sink.criteria_bits(known, met, counts);
    } else {
        for (index, c) in catalogue.criteria.iter().enumerate() {
            let observed = (known >> index & 1 == 1).then_some(met >> index & 1 == 1);
            sink.criterion(index, &c.criterion, observed);
        }
    }
    counts
}

/// `a == b` for ids: those of 8 to 16 bytes (the usual ones, `qd3554.c07`) as two words —
/// the first eight bytes and the last eight — without a call to `memcmp`.
#[inline(always)]
fn same_short_id(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    if x.len() != y.len() {
        return false;
    }
    match (x.first_chunk::<8>(), y.first_chunk::<8>()) {
        (Some(a0), Some(b0)) if x.len() <= 16 => {
            let (a1, b1) = (x.last_chunk::<8>(), y.last_chunk::<8>());
            u64::from_ne_bytes(*a0) == u64::from_ne_bytes(*b0)
                && a1.map(|w| u64::from_ne_bytes(*w)) == b1.map(|w| u64::from_ne_bytes(*w))
        }
        _ => ids::same_id(a, b),
    }
}

/// The criteria one by one, each with its status, to `sink`: `(met, not met, unknown)`.
#[inline(always)]
fn statuses_one_by_one(
    unit: &Unit,
    catalogue: &Catalogue,
    facts: &ModelUnitFacts,
    sink: &mut impl Sink,
) -> Result<(u64, u64, u64), Error> {
    // Facts are sorted by id (BTreeMap). When the catalogue is sorted too (the built-in ones
    // are), a single merge walk pairs them with one comparison per step; the first sign that
    // it is not (a fact id smaller than the current criterion's) switches to map lookups.
    let mut pending = facts.criteria.iter().peekable();
    let mut merging = true;
    let mut seen = 0usize;
    let (mut met, mut not_met, mut unknown) = (0u64, 0u64, 0u64);
    for (index, c) in catalogue.criteria.iter().enumerate() {
        let id: &str = c.criterion.id.as_ref();
        let observed = if merging {
            match pending.peek() {
                // Compared in line (ids are short; `cmp` would call `memcmp`).
                Some((k, v)) => match crate::law::ids::order(k.as_bytes(), id.as_bytes()) {
                    std::cmp::Ordering::Equal => {
                        let v = **v;
                        pending.next();
                        Some(v)
                    }
                    std::cmp::Ordering::Greater => None,
                    std::cmp::Ordering::Less => {
                        merging = false;
                        facts.criteria.get(id).copied()
                    }
                },
                None => None,
            }
        } else {
            facts.criteria.get(id).copied()
        };
        match observed {
            Some(true) => met += 1,
            Some(false) => not_met += 1,
            None => unknown += 1,
        }
        seen += usize::from(observed.is_some());
        sink.criterion(index, &c.criterion, observed);
    }
    if seen != facts.criteria.len() {
        if let Some(bad) = facts
            .criteria
            .keys()
            .find(|k| catalogue.criterion(k).is_none())
        {
            return Err(Error::unknown(
                Subject::Unit(unit.id.clone()),
                "criteria",
                bad,
            ));
        }
    }
    Ok((met, not_met, unknown))
}
