//! Quyết định thu gọn — a TT124 decision kept as a few machine words.
//!
//! The criteria a unit is checked against are fixed by its kind: the applicability criteria
//! of Đ1 k2 (with NĐ80's for an enterprise) and then, for a unit that is subject, its article's
//! (see [`super::criteria::article_criteria`]). A
//! [`CompactDecision`] therefore keeps only each slot's status in two bits
//! ([`Statuses`]), one bit per note of the library's readings that fired, the statuses of the
//! policy's provincial rules, and the outcome. It is made by the same rule code as the full
//! decision — the checks write through a recorder ([`Record`]); this one never builds the
//! observed and required values — and answers without the facts: the outcome, every criterion
//! checked with its status and citation ([`CompactDecision::checked`]), `failed`, `unknown`,
//! `provisional`, `about` and `status_of`. The values are re-derived from the facts when
//! someone reads them ([`CompactDecision::explain`]).
//!
//! ```
//! use antq::law::tt124::{decide_compact, Facts};
//! use antq::unit::{ManagingLevel, Unit, UnitKind};
//! use antq::{Citation, Instrument, Policy, SafetyOutcome, Status};
//!
//! let area = Unit::new("ban-1", "Bản 1", UnitKind::ResidentialArea, ManagingLevel::Commune)
//!     .in_commune("xa-1");
//! let mut facts = Facts::comfortably_met();
//! facts.crime_reduced = Some(false);
//! let policy = Policy::national();
//! let d = decide_compact(&area, 2026, &facts, &policy.additions, None).unwrap();
//! assert_eq!(d.outcome(), SafetyOutcome::NotRecognised);
//! let (failed, _) = d.failed().next().unwrap();
//! assert_eq!(failed.source.citation, Citation::point(Instrument::Tt124, 4, 4, 'a'));
//! assert_eq!(d.status_of(&Citation::clause(Instrument::Tt124, 4, 4)), Some(Status::NotMet));
//! // The full explanation, values included, when someone reads it:
//! let full = d.explain(&area, &facts).unwrap();
//! assert_eq!(full.failed().count(), 1);
//! ```

use super::additions::{AdditionalRule, Additions};
use super::ended::Ended;
use super::facts::{Facts, UnitCounts};
use super::{applicability, criteria, decide_with, discipline};
use crate::citation::Citation;
use crate::error::{Error, Subject};
use crate::explain::{
    fold_status, scopes_of, Criterion, CriterionRef, Decision, Finding, Note, Record, Status,
    Statuses, Summary, Value,
};
use crate::outcome::SafetyOutcome;
use crate::unit::{KindTag, Unit};

/// A TT124 decision without its values: outcome, per-criterion statuses, notes and provincial
/// rules' statuses (see [`decide_compact`]). Borrows the [`Additions`] it was decided under,
/// whose rules and readings name the criteria of its provincial slots and notes, and whose ids
/// an exclusion names. A few machine words (72 bytes on 64-bit targets), without drop glue:
/// it is `Copy`, and returning or keeping it copies no text (DESIGN §28.1).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct CompactDecision<'a> {
    additions: &'a Additions,
    ended: Ended<'a>,
    /// Applicability, then the article (when subject), two bits each ([`Statuses`]).
    statuses: u64,
    /// The provincial rules that apply to the kind, in order, two bits each.
    rules: u64,
    units: Option<UnitCounts>,
    year: i32,
    kind: KindTag,
    statuses_len: u8,
    rules_len: u8,
    /// [`Note::bit`]s of the notes that fired; [`TRUNCATED`]: more provincial rules applied
    /// than [`Statuses::CAPACITY`], the later ones not kept.
    flags: u8,
}

/// The flag of a decision that kept only the first [`Statuses::CAPACITY`] provincial rules
/// (above every [`Note::bit`]).
const TRUNCATED: u8 = 0x80;

// Every note's bit is below the truncation flag (checked when compiling).
const _: () = {
    let mut i = 0;
    while i < Note::ALL.len() {
        assert!(Note::ALL[i].bit() & TRUNCATED == 0);
        i += 1;
    }
};

/// Decide one unit compactly: the same checks, in the same order, as
/// [`decide_with_units`](super::decide_with_units), keeping statuses only. For a commune,
/// `units` are the Đ5 k4 counts.
///
/// # Errors
///
/// As [`decide_with_units`](super::decide_with_units).
pub fn decide_compact<'a>(
    unit: &Unit,
    year: i32,
    facts: &Facts,
    additions: &'a Additions,
    units: Option<UnitCounts>,
) -> Result<CompactDecision<'a>, Error> {
    let kind = unit.tag();
    let mut rec = Compact::new(kind);
    let ended = decide_with(unit, year, facts, additions, units, &mut rec)?;
    Ok(rec.into_decision(additions, ended, units, year, kind))
}

/// The criterion of slot `i` for a kind: applicability first, then the article.
fn slot(kind: KindTag, i: usize) -> Option<&'static Criterion> {
    let prefix = applicability::criteria(kind);
    match prefix.get(i) {
        Some(c) => Some(c),
        None => criteria::article_criteria(kind)
            .get(i - prefix.len())
            .copied(),
    }
}

/// For each kind (by [`KindTag::ALL`]'s order), the slots whose criterion is provisional, as
/// bits (slot `i`: bit `i`; [`Statuses::CAPACITY`] slots at most).
fn provisional_slots() -> &'static [u64; 5] {
    static SLOTS: std::sync::OnceLock<[u64; 5]> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| {
        KindTag::ALL.map(|kind| {
            (0..Statuses::CAPACITY)
                .filter(|&i| slot(kind, i).is_some_and(|c| c.source.is_provisional()))
                .fold(0u64, |m, i| m | 1 << i)
        })
    })
}

/// The compact recorder.
struct Compact {
    statuses: Statuses,
    rules: Statuses,
    notes: u8,
    truncated: bool,
    /// (not met, unknown) among the provincial rules' statuses not kept (beyond
    /// [`Statuses::CAPACITY`]), so that [`Summary`] still covers every status recorded.
    lost: (bool, bool),
    #[cfg(debug_assertions)]
    kind: KindTag,
}

impl Compact {
    fn new(kind: KindTag) -> Self {
        let _ = kind;
        Compact {
            statuses: Statuses::new(),
            rules: Statuses::new(),
            notes: 0,
            truncated: false,
            lost: (false, false),
            #[cfg(debug_assertions)]
            kind,
        }
    }

    fn into_decision<'a>(
        self,
        additions: &'a Additions,
        ended: Ended<'a>,
        units: Option<UnitCounts>,
        year: i32,
        kind: KindTag,
    ) -> CompactDecision<'a> {
        CompactDecision {
            additions,
            ended,
            statuses: self.statuses.bits(),
            rules: self.rules.bits(),
            units,
            year,
            kind,
            statuses_len: self.statuses.len() as u8,
            rules_len: self.rules.len() as u8,
            flags: self.notes | if self.truncated { TRUNCATED } else { 0 },
        }
    }
}

impl Record for Compact {
    #[inline(always)]
    fn record<V: FnOnce() -> (Value, Value)>(&mut self, c: &'static Criterion, s: Status, _: V) {
        #[cfg(debug_assertions)]
        {
            let at = self.statuses.len();
            let expected = slot(self.kind, at);
            assert!(
                expected.is_some_and(|e| std::ptr::eq(e, c)),
                "slot {} of {:?} is {:?}, recorded {}",
                at,
                self.kind,
                expected.map(|e| &e.id),
                c.id
            );
        }
        let _ = c;
        self.statuses.push(s);
    }

    #[inline(always)]
    fn record_rule<V: FnOnce() -> (Value, Value)>(&mut self, _: &CriterionRef, s: Status, _: V) {
        if !self.rules.push(s) {
            self.truncated = true;
            self.lost.0 |= s == Status::NotMet;
            self.lost.1 |= s == Status::Unknown;
        }
    }

    #[inline(always)]
    fn note(&mut self, note: Note, _: &'static Criterion) {
        self.notes |= note.bit();
    }
}

/// Whether any status recorded was not met or unknown, read from the packed statuses once
/// instead of tracked criterion by criterion.
impl Summary for Compact {
    #[inline(always)]
    fn summary(&self) -> Option<(bool, bool)> {
        let (a, b) = (self.statuses.summary(), self.rules.summary());
        Some((a.0 | b.0 | self.lost.0, a.1 | b.1 | self.lost.1))
    }
}

impl Summary for Both<'_> {
    #[inline(always)]
    fn summary(&self) -> Option<(bool, bool)> {
        self.compact.summary()
    }
}

impl std::fmt::Debug for CompactDecision<'_> {
    /// The decision's own fields, decoded (statuses and notes as lists); the additions it
    /// borrows are left out.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (statuses, rules) = (self.statuses(), self.rules());
        let notes: Vec<Note> = Note::ALL
            .into_iter()
            .filter(|n| self.notes() & n.bit() != 0)
            .collect();
        f.debug_struct("CompactDecision")
            .field("outcome", &self.outcome())
            .field("year", &self.year)
            .field("kind", &self.kind)
            .field("statuses", &statuses.iter().collect::<Vec<_>>())
            .field("rules", &rules.iter().collect::<Vec<_>>())
            .field("notes", &notes)
            .field("complete", &self.is_complete())
            .field("units", &self.units)
            .finish_non_exhaustive()
    }
}

impl<'a> CompactDecision<'a> {
    /// The outcome. An exclusion's id is cloned from the additions on each call (no copy is
    /// made while deciding).
    pub fn outcome(&self) -> SafetyOutcome {
        self.ended.outcome()
    }

    /// Whether the unit is subject to the standard (the outcome is not
    /// [`SafetyOutcome::NotSubject`]), without making the outcome.
    pub fn is_subject(&self) -> bool {
        !matches!(self.ended, Ended::NotSubject(_))
    }

    /// The provincial rules' statuses, in order.
    fn rules(&self) -> Statuses {
        Statuses::from_parts(self.rules, self.rules_len)
    }

    /// [`Note::bit`]s of the notes that fired.
    fn notes(&self) -> u8 {
        self.flags & !TRUNCATED
    }

    /// The year decided.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The kind of unit decided.
    pub fn kind(&self) -> KindTag {
        self.kind
    }

    /// The statuses of the applicability and article criteria, in order.
    pub fn statuses(&self) -> Statuses {
        Statuses::from_parts(self.statuses, self.statuses_len)
    }

    /// Whether every provincial rule's status is kept (always, up to
    /// [`Statuses::CAPACITY`] rules applying to one kind).
    pub fn is_complete(&self) -> bool {
        self.flags & TRUNCATED == 0
    }

    /// Whether a reader must act on something: a criterion or provincial rule not met or
    /// unknown (or rules beyond what the compact form keeps).
    pub fn needs_action(&self) -> bool {
        self.statuses().any_not_met_or_unknown()
            || self.rules().any_not_met_or_unknown()
            || !self.is_complete()
    }

    /// The provincial rules that apply to the unit's kind, in order.
    fn applicable_rules(&self) -> impl Iterator<Item = &'a AdditionalRule> + 'a {
        let kind = self.kind;
        self.additions
            .rules
            .iter()
            .filter(move |r| r.applies_to.contains(&kind))
    }

    fn note_criterion(&self, note: Note) -> &'static Criterion {
        let r = &self.additions.readings;
        match note {
            Note::Worker => &discipline::WORKER_EQUIVALENCE,
            Note::Sanction => r.d6_k3_h.criterion(),
            Note::Crime => r.d7_k4.criterion(),
            Note::Force => r.d6_k4_protection_force.criterion(),
            Note::Party => r.party_organisation.criterion(),
            Note::Unregistered => r.d8_k1_unregistered.criterion(),
        }
    }

    fn notes_where(&self, unregistered: bool) -> impl Iterator<Item = (CriterionRef, Status)> + '_ {
        // No note (the usual decision): nothing to walk.
        let bits = self.notes();
        let notes = if bits == 0 { 0 } else { Note::ALL.len() };
        Note::ALL
            .into_iter()
            .take(notes)
            .filter(move |n| (*n == Note::Unregistered) == unregistered)
            .filter(move |n| bits & n.bit() != 0)
            .map(move |n| (CriterionRef::Static(self.note_criterion(n)), Status::Met))
    }

    /// Every criterion checked with its status, in the order of the full decision's findings:
    /// applicability, the article, the notes of the readings that decided something, the
    /// provincial rules, the note on an unregistered unit.
    pub fn checked(&self) -> impl Iterator<Item = (CriterionRef, Status)> + '_ {
        let kind = self.kind;
        let (statuses, rules) = (self.statuses(), self.rules());
        let slots = statuses.iter().enumerate().map(move |(i, s)| {
            let c = slot(kind, i).expect("a recorded slot has a criterion");
            (CriterionRef::Static(c), s)
        });
        let rules = self
            .applicable_rules()
            .zip(rules.iter())
            .map(|(r, s)| (r.criterion.clone(), s));
        slots
            .chain(self.notes_where(false))
            .chain(rules)
            .chain(self.notes_where(true))
    }

    /// The criteria not met.
    pub fn failed(&self) -> impl Iterator<Item = (CriterionRef, Status)> + '_ {
        self.checked().filter(|(_, s)| *s == Status::NotMet)
    }

    /// The criteria whose facts were not given.
    pub fn unknown(&self) -> impl Iterator<Item = (CriterionRef, Status)> + '_ {
        self.checked().filter(|(_, s)| *s == Status::Unknown)
    }

    /// The criteria resting on a provisional default or reading: [`CompactDecision::checked`]
    /// filtered so, in the same order. The applicability and article criteria are found from a
    /// mask of the provisional ones, made once per kind (their tables are static), so the
    /// usual decision — none of them provisional — visits none of them; the notes and the
    /// provincial rules (every kept status, as `checked` reads them, also when the decision
    /// is incomplete) are filtered one by one.
    pub fn provisional(&self) -> impl Iterator<Item = (CriterionRef, Status)> + '_ {
        let kind = self.kind;
        let (statuses, rules) = (self.statuses(), self.rules());
        let len = statuses.len().min(Statuses::CAPACITY);
        let mut mask = provisional_slots()[kind as usize] & ((1u64 << len) - 1);
        let slots = std::iter::from_fn(move || {
            if mask == 0 {
                return None;
            }
            let i = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            Some(i)
        })
        .filter_map(move |i| Some((CriterionRef::Static(slot(kind, i)?), statuses.get(i)?)));
        let rules = self
            .applicable_rules()
            .zip(rules.iter())
            .map(|(r, s)| (r.criterion.clone(), s));
        let rest = self
            .notes_where(false)
            .chain(rules)
            .chain(self.notes_where(true))
            .filter(|(c, _)| c.source.is_provisional());
        slots.chain(rest)
    }

    /// The criteria checked that rest on `citation`, as [`Decision::about`] answers.
    pub fn about(&self, citation: &Citation) -> Vec<(CriterionRef, Status)> {
        let all: Vec<_> = self.checked().collect();
        let scopes = scopes_of(citation, all.iter().map(|(c, _)| &**c));
        all.into_iter()
            .filter(|(c, _)| scopes.iter().any(|s| s.contains(&c.source.citation)))
            .collect()
    }

    /// One status for the part of the law at `citation`, as [`Decision::status_of`] answers.
    pub fn status_of(&self, citation: &Citation) -> Option<Status> {
        let about = self.about(citation);
        fold_status(about.iter().map(|(c, s)| (&**c, *s)))
    }

    /// The full explained decision: the rule code run again with the full recorder, its
    /// criteria and statuses checked against this compact form, the observed and required
    /// values re-derived from the facts.
    ///
    /// # Errors
    ///
    /// As [`decide_compact`]; also facts (or a unit) other than the ones decided, when they
    /// give another status to any criterion (field `facts`).
    pub fn explain(&self, unit: &Unit, facts: &Facts) -> Result<Decision<SafetyOutcome>, Error> {
        let mut findings = Vec::with_capacity(usize::from(self.statuses_len) + 6);
        self.explain_into(unit, facts, &mut findings)?;
        Ok(Decision {
            unit: unit.id.clone(),
            outcome: self.outcome(),
            findings,
        })
    }

    /// [`CompactDecision::explain`] writing the findings into `findings` (cleared first).
    ///
    /// # Errors
    ///
    /// As [`CompactDecision::explain`].
    pub fn explain_into(
        &self,
        unit: &Unit,
        facts: &Facts,
        findings: &mut Vec<Finding>,
    ) -> Result<(), Error> {
        findings.clear();
        let ended = decide_with(unit, self.year, facts, self.additions, self.units, findings)?;
        if ended != self.ended || unit.tag() != self.kind || !self.agrees_with(findings) {
            return Err(other_facts(unit));
        }
        Ok(())
    }

    /// Whether `findings` check the same criteria, in the same order, with the same statuses.
    /// A decision that kept only the first [`Statuses::CAPACITY`] provincial rules
    /// ([`CompactDecision::is_complete`] false) agrees with findings that go on past them.
    pub(crate) fn agrees_with(&self, findings: &[Finding]) -> bool {
        let mut n = 0;
        for (i, (c, s)) in self.checked().enumerate() {
            match findings.get(i) {
                Some(f) if f.status == s && (f.criterion.same(&c) || f.criterion.id == c.id) => {}
                _ => return false,
            }
            n += 1;
        }
        n == findings.len() || (!self.is_complete() && n < findings.len())
    }
}

/// A recorder that keeps both: the findings (for the explained decision) and the statuses
/// (for the compact one), from one pass of the rule code.
pub(crate) struct Both<'f> {
    compact: Compact,
    full: &'f mut Vec<Finding>,
}

impl Record for Both<'_> {
    #[inline(always)]
    fn record<V: FnOnce() -> (Value, Value)>(&mut self, c: &'static Criterion, s: Status, v: V) {
        self.compact.record(c, s, || (Value::None, Value::None));
        self.full.record(c, s, v);
    }

    #[inline(always)]
    fn record_rule<V: FnOnce() -> (Value, Value)>(&mut self, c: &CriterionRef, s: Status, v: V) {
        self.compact
            .record_rule(c, s, || (Value::None, Value::None));
        self.full.record_rule(c, s, v);
    }

    #[inline(always)]
    fn note(&mut self, note: Note, c: &'static Criterion) {
        self.compact.note(note, c);
        self.full.note(note, c);
    }
}

/// One pass of the rule code giving both the compact decision and the findings (cleared
/// first) — what [`decide_into`](super::decide_into) does. In debug builds (every test) the
/// compact form is checked against the findings when it keeps every provincial rule.
pub(crate) fn decide_both<'a>(
    unit: &Unit,
    year: i32,
    facts: &Facts,
    additions: &'a Additions,
    units: Option<UnitCounts>,
    findings: &mut Vec<Finding>,
) -> Result<CompactDecision<'a>, Error> {
    findings.clear();
    let kind = unit.tag();
    let mut both = Both {
        compact: Compact::new(kind),
        full: findings,
    };
    let ended = decide_with(unit, year, facts, additions, units, &mut both)?;
    let d = both
        .compact
        .into_decision(additions, ended, units, year, kind);
    // A decision with more provincial rules than it keeps lists fewer criteria than the
    // findings by design (`is_complete() == false`); only a complete one must agree.
    debug_assert!(
        !d.is_complete() || d.agrees_with(findings),
        "compact and full decisions differ"
    );
    Ok(d)
}

fn other_facts(unit: &Unit) -> Error {
    Error::invalid(
        Subject::Unit(unit.id.clone()),
        "facts",
        "the unit and facts the compact decision was made from",
        "facts that give another status",
    )
}

#[cfg(test)]
#[path = "compact_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "compact_provisional_tests.rs"]
mod provisional_tests;
