//! Xét điển hình thu gọn — a model-unit decision kept as a few machine words: the outcome, the
//! registration, each catalogue criterion's status in two bits (known, met) and the counts.
//!
//! It is made by the same rule code as the full decision ([`decide_into`](super::decide_into)):
//! the rule code writes each finding through a sink, and this one builds no finding, clones no
//! criterion. What it keeps is a transcript of the rule code's calls (the catalogue's criteria
//! named by index), so the findings are built when someone reads them, from the catalogue
//! ([`CompactModelUnit::explain_into`]): the same calls replayed into the full sink — or only
//! the findings not met or unknown ([`CompactModelUnit::open_findings_into`]).
//!
//! ```
//! use antq::law::qd3554::{decide_compact, Catalogue, ModelUnitFacts, ModelUnitOutcome};
//! use antq::unit::{CommuneType, ManagingLevel, Unit, UnitKind};
//! use antq::Status;
//! let commune = Unit::new("xa-1", "Xã A", UnitKind::commune(CommuneType::Xa),
//!     ManagingLevel::Province);
//! let cat = Catalogue::qd3554();
//! let mut facts = ModelUnitFacts { registered: Some(true), ..Default::default() };
//! for c in &cat.criteria { facts.criteria.insert(c.criterion.id.to_string(), true); }
//! facts.criteria.insert(cat.criteria[3].criterion.id.to_string(), false);
//! let d = decide_compact(&commune, 2026, &cat, &facts).unwrap();
//! assert_eq!(d.outcome(), ModelUnitOutcome::NotRecognised);
//! assert_eq!((d.met(), d.not_met(), d.unknown()), (11, 1, 0));
//! assert_eq!(d.status_of(3), Some(Status::NotMet));
//! // The findings, when someone reads them: registration, 12 criteria, the summary.
//! let full = d.explain(&commune);
//! assert_eq!(full.findings.len(), 14);
//! ```

use super::catalogue::Catalogue;
use super::decide::{ModelUnitFacts, ModelUnitOutcome};
use super::record::{decide_recorded, decide_recorded_from, own_criteria, Each, Open, Sink};
use crate::error::{Error, Subject};
use crate::explain::{Criterion, CriterionRef, Decision, Finding, Status, Value};
use crate::unit::{KindTag, Unit};

/// Two bits per catalogue criterion — known, met — the first 64 in one pair of words, any
/// further ones (a catalogue loaded from JSON may be longer) in 64-criterion chunks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Bits {
    /// `[known, met]` of criteria 0–63.
    first: [u64; 2],
    /// `[known, met]` of criteria 64–127, 128–191, …
    more: Vec<[u64; 2]>,
}

impl Bits {
    #[inline(always)]
    fn set(&mut self, index: usize, observed: Option<bool>) {
        let Some(met) = observed else { return };
        let (chunk, bit) = (index / 64, 1u64 << (index % 64));
        let word = if chunk == 0 {
            &mut self.first
        } else {
            if self.more.len() < chunk {
                self.more.resize(chunk, [0, 0]);
            }
            &mut self.more[chunk - 1]
        };
        word[0] |= bit;
        if met {
            word[1] |= bit;
        }
    }

    fn get(&self, index: usize) -> Option<bool> {
        let (chunk, bit) = (index / 64, 1u64 << (index % 64));
        let word = if chunk == 0 {
            self.first
        } else {
            *self.more.get(chunk - 1)?
        };
        (word[0] & bit != 0).then_some(word[1] & bit != 0)
    }
}

/// What the compact sink keeps: every call the rule code made, without the criteria objects
/// of the catalogue (named by index) — enough to replay them into another sink.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Recorded {
    not_eligible: Option<KindTag>,
    registration: Option<(&'static Criterion, Option<bool>)>,
    bits: Bits,
    summary: Option<(&'static Criterion, Status, u64, u64)>,
    met: u32,
    not_met: u32,
    unknown: u32,
}

impl Sink for Recorded {
    #[inline(always)]
    fn not_eligible(&mut self, kind: KindTag) {
        self.not_eligible = Some(kind);
    }
    #[inline(always)]
    fn registered(&mut self, criterion: &'static Criterion, observed: Option<bool>) {
        self.registration = Some((criterion, observed));
    }
    #[inline(always)]
    fn criterion(&mut self, index: usize, _: &CriterionRef, observed: Option<bool>) {
        match observed {
            Some(true) => self.met += 1,
            Some(false) => self.not_met += 1,
            None => self.unknown += 1,
        }
        self.bits.set(index, observed);
    }
    #[inline(always)]
    fn summary(&mut self, criterion: &'static Criterion, status: Status, met: u64, total: u64) {
        self.summary = Some((criterion, status, met, total));
    }
    const BITS: bool = true;
    #[inline(always)]
    fn criteria_bits(&mut self, known: u64, met: u64, (m, n, u): (u64, u64, u64)) {
        // What `criterion` would have kept, call by call, for criteria 0–63 (`more` stays
        // empty: the rule code gives bits only for catalogues of at most 64 criteria).
        self.bits.first = [known, met];
        // Each count is at most 64.
        (self.met, self.not_met, self.unknown) = (m as u32, n as u32, u as u32);
    }
}

impl Recorded {
    /// The calls the rule code made, made again on `sink` (the criteria from `catalogue`).
    fn replay(&self, catalogue: &Catalogue, sink: &mut impl Sink) {
        if let Some(kind) = self.not_eligible {
            sink.not_eligible(kind);
            return;
        }
        if let Some((criterion, observed)) = self.registration {
            sink.registered(criterion, observed);
        }
        for (i, c) in catalogue.criteria.iter().enumerate() {
            sink.criterion(i, &c.criterion, self.bits.get(i));
        }
        if let Some((criterion, status, met, total)) = self.summary {
            sink.summary(criterion, status, met, total);
        }
    }

    /// [`Recorded::replay`] into [`Open`]: the same findings, but a catalogue of at most 64
    /// criteria visits only those not met (their bit of `met` clear; `met` ⊆ `known`), found
    /// from the bits, instead of every criterion — a met one gives no open finding.
    #[inline]
    fn replay_open(&self, catalogue: &Catalogue, findings: &mut impl Sink) {
        let n = catalogue.criteria.len();
        if n > 64 {
            self.replay(catalogue, &mut Open(findings));
            return;
        }
        let mut sink = Open(findings);
        if let Some(kind) = self.not_eligible {
            sink.not_eligible(kind);
            return;
        }
        if let Some((criterion, observed)) = self.registration {
            sink.registered(criterion, observed);
        }
        let criteria = if n == 0 { 0 } else { u64::MAX >> (64 - n) };
        let mut open = !self.bits.first[1] & criteria;
        while open != 0 {
            let i = open.trailing_zeros() as usize;
            open &= open - 1;
            if let Some(c) = catalogue.criteria.get(i) {
                sink.criterion(i, &c.criterion, self.bits.get(i));
            }
        }
        if let Some((criterion, status, met, total)) = self.summary {
            sink.summary(criterion, status, met, total);
        }
    }
}

/// A model-unit decision without its findings (see [`decide_compact`]). Borrows the catalogue
/// it was decided under, whose criteria its statuses are about (and whose criteria its
/// findings cite when they are built).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompactModelUnit<'a> {
    catalogue: &'a Catalogue,
    outcome: ModelUnitOutcome,
    recorded: Recorded,
}

/// [`decide`](super::decide()) without building findings: the outcome, the registration and each
/// catalogue criterion's status, from the same rule code. The errors are the same, in the same
/// order.
///
/// # Errors
///
/// As [`decide`](super::decide()).
pub fn decide_compact<'a>(
    unit: &Unit,
    year: i32,
    catalogue: &'a Catalogue,
    facts: &ModelUnitFacts,
) -> Result<CompactModelUnit<'a>, Error> {
    let mut recorded = Recorded::default();
    let outcome = decide_recorded(unit, year, catalogue, facts, &mut recorded)?;
    Ok(CompactModelUnit {
        catalogue,
        outcome,
        recorded,
    })
}

/// [`decide_compact`] with the criteria's statuses already read from `facts.criteria` as bits
/// by catalogue position (`known`, `met` ⊆ `known`; the catalogue has at most 64 criteria) —
/// what the year pipeline reads once against the catalogue's ids (DESIGN §23.1). The
/// registration is `facts.registered`; the map is not read again.
#[inline(never)]
pub(crate) fn decide_compact_read<'a>(
    unit: &Unit,
    year: i32,
    catalogue: &'a Catalogue,
    facts: &ModelUnitFacts,
    (known, met): (u64, u64),
) -> Result<CompactModelUnit<'a>, Error> {
    let mut recorded = Recorded::default();
    let bits = Some((known, met & known));
    let outcome = decide_recorded_from(unit, year, catalogue, facts, bits, &mut recorded)?;
    Ok(CompactModelUnit {
        catalogue,
        outcome,
        recorded,
    })
}

/// [`decide_compact`] with the criteria's facts given as bits by catalogue position — `known`
/// (a fact given) and `met` (given and met, ⊆ `known`) — as a v2 record's `mu` codes give
/// them once mapped onto the catalogue: what `decide_compact` decides from the facts by id
/// with the same statuses. The catalogue must have at most 64 criteria (else an error).
pub(crate) fn decide_compact_bits<'a>(
    unit: &Unit,
    year: i32,
    catalogue: &'a Catalogue,
    registered: Option<bool>,
    (known, met): (u64, u64),
) -> Result<CompactModelUnit<'a>, Error> {
    if catalogue.criteria.len() > 64 {
        return Err(Error::invalid(
            Subject::Catalogue(catalogue.name.to_string()),
            "criteria",
            "at most 64 criteria for facts given by position",
            catalogue.criteria.len(),
        ));
    }
    let facts = ModelUnitFacts {
        registered,
        criteria: std::collections::BTreeMap::new(),
    };
    let mut recorded = Recorded::default();
    let bits = Some((known, met & known));
    let outcome = decide_recorded_from(unit, year, catalogue, &facts, bits, &mut recorded)?;
    Ok(CompactModelUnit {
        catalogue,
        outcome,
        recorded,
    })
}

impl<'a> CompactModelUnit<'a> {
    /// The outcome.
    pub fn outcome(&self) -> ModelUnitOutcome {
        self.outcome
    }

    /// The catalogue decided under.
    pub fn catalogue(&self) -> &'a Catalogue {
        self.catalogue
    }

    /// Whether the unit's kind may become a model unit (a residential area may not: then
    /// nothing else was checked).
    pub fn is_eligible(&self) -> bool {
        self.recorded.not_eligible.is_none()
    }

    /// The registration fact as decided (`None` also when the unit is not eligible).
    pub fn registered(&self) -> Option<bool> {
        self.recorded
            .registration
            .and_then(|(_, observed)| observed)
    }

    /// Whether the `index`-th criterion of the catalogue is met (`None`: unknown, or the unit
    /// is not eligible, or there is no such criterion).
    pub fn observed(&self, index: usize) -> Option<bool> {
        self.recorded.bits.get(index)
    }

    /// The status of the `index`-th criterion of the catalogue (`None` when it was not checked:
    /// the unit is not eligible, or there is no such criterion).
    pub fn status_of(&self, index: usize) -> Option<Status> {
        if self.recorded.not_eligible.is_some() || index >= self.catalogue.criteria.len() {
            return None;
        }
        Some(match self.observed(index) {
            Some(true) => Status::Met,
            Some(false) => Status::NotMet,
            None => Status::Unknown,
        })
    }

    /// Catalogue criteria met.
    pub fn met(&self) -> u32 {
        self.recorded.met
    }

    /// Catalogue criteria not met.
    pub fn not_met(&self) -> u32 {
        self.recorded.not_met
    }

    /// Catalogue criteria whose fact is missing.
    pub fn unknown(&self) -> u32 {
        self.recorded.unknown
    }

    /// Catalogue criteria not met or not known yet — [`unmet_criteria`](super::unmet_criteria)
    /// of the full decision.
    pub fn unmet(&self) -> u32 {
        self.recorded.not_met + self.recorded.unknown
    }

    /// Whether some finding of the full decision is not met or unknown: exactly when the unit
    /// is not recognised (a recognised unit registered and met every criterion; any other
    /// outcome has an eligibility, registration, criterion or summary finding not met or
    /// unknown).
    pub fn has_open_findings(&self) -> bool {
        self.outcome != ModelUnitOutcome::Recognised
    }

    /// The registration and summary criteria of the decision (they follow the catalogue's
    /// instrument).
    pub fn own_criteria(&self) -> (&'static Criterion, &'static Criterion) {
        own_criteria(self.catalogue)
    }

    /// The full decision's findings — exactly [`decide_into`](super::decide_into)'s — into
    /// `findings` (cleared first), built from the catalogue and the statuses kept.
    pub fn explain_into(&self, findings: &mut Vec<Finding>) {
        findings.clear();
        self.recorded.replay(self.catalogue, findings);
    }

    /// Only the findings that are not met or unknown, in the full decision's order, into
    /// `findings` (cleared first) — what a report lists.
    pub fn open_findings_into(&self, findings: &mut Vec<Finding>) {
        findings.clear();
        self.recorded.replay_open(self.catalogue, findings);
    }

    /// [`CompactModelUnit::open_findings_into`] without building the findings: each one's
    /// criterion, status, observed and required values handed to `each`, in the same order —
    /// what the year pipeline turns straight into issues.
    pub(crate) fn open_each(&self, each: impl FnMut(CriterionRef, Status, Value, Value)) {
        self.recorded.replay_open(self.catalogue, &mut Each(each));
    }

    /// The full decision of `unit` ([`CompactModelUnit::explain_into`] into a new vector).
    pub fn explain(&self, unit: &Unit) -> Decision<ModelUnitOutcome> {
        let mut findings = Vec::with_capacity(self.catalogue.criteria.len() + 2);
        self.explain_into(&mut findings);
        Decision {
            unit: unit.id.clone(),
            outcome: self.outcome,
            findings,
        }
    }
}

#[cfg(test)]
#[path = "compact_bits_tests.rs"]
mod bits_tests;
