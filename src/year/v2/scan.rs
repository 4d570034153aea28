//! A v2 unit record read by hand from its raw text — the fast path of a year input held in
//! memory (DESIGN §21.1).
//!
//! [`Scanner::record`] accepts only the plain shape of a record: the keys it knows, each once;
//! strings without escapes or control characters; integers without sign, fraction or
//! exponent; `null`, `true`, `false`. For anything else it *declines* (returns `false`) and
//! the caller reads the same text with serde, in place, as before — so an unusual record, and
//! every error, is serde's. Values whose meaning serde's derives define (the kind, managing
//! levels, ratings, outcomes, classes) are read by serde from their raw text once per distinct
//! text and then copied ([`Memo`]), so they are serde's by construction too.
//!
//! The contract, pinned by the proptests of `scan_tests.rs`: whenever [`Scanner::record`] accepts
//! a text, the [`Record`] it wrote equals serde's reading of that text.

use super::cursor::Cur;
use super::memo::Memo;
use super::record::{Codes, KindField, Model, Record};
use crate::law::tt124::facts::{CollectiveRating, SubUnits};
use crate::models::ModelRating;
use crate::outcome::{MovementClass, SafetyOutcome};
use crate::unit::ManagingLevel;

/// The hand reader of v2 records, with its memos (kept for a whole input).
#[derive(Default)]
pub(crate) struct Scanner {
    pub(super) kinds: Memo<KindField>,
    pub(super) levels: Memo<ManagingLevel>,
    pub(super) ratings: Memo<CollectiveRating>,
    pub(super) outcomes: Memo<SafetyOutcome>,
    pub(super) classes: Memo<MovementClass>,
    pub(super) model_ratings: Memo<ModelRating>,
    /// The models' ids of the record read straight into a unit ([`Scanner::unit`]): whether
    /// written whole (`i`), and where the id's text is.
    pub(super) model_ids: Vec<(bool, usize, usize)>,
    /// Models of earlier records read straight into a unit, kept for their strings' buffers.
    pub(super) spare_models: Vec<crate::models::MovementModel>,
    /// The models read straight into a unit, remembered by their text.
    pub(super) model_texts: super::model_memo::ModelMemo,
    /// The `f` code read straight into a unit last, decoded.
    pub(super) last_code: super::scan_parts::LastCode,
    /// The communes' ids made so far, so a commune's units share its id when it is longer
    /// than the 22 bytes an id holds inline (DESIGN §25.1, §27.1).
    pub(super) communes: crate::recent_ids::RecentIds,
    /// Where a unit's id given relative to its commune is put together.
    pub(super) id_text: String,
    /// The documents' buffer of a record read straight into a unit, kept while records
    /// have no `dc`.
    pub(super) spare_docs: Vec<String>,
    /// For each record key's place, the key that followed it last ([`Scanner::unit`]).
    pub(super) next_keys: [super::scan_unit::NextKey; super::scan_unit::PLACES],
}

/// `buf = s`, reusing the buffer.
#[inline]
pub(super) fn fill(buf: &mut String, s: &str) {
    buf.clear();
    buf.push_str(s);
}

/// `slot = Some(s)`, reusing the string already there.
#[inline]
pub(super) fn set_str(slot: &mut Option<String>, s: &str) {
    match slot {
        Some(buf) => fill(buf, s),
        None => *slot = Some(s.to_owned()),
    }
}

/// An optional value: `null` → `None`, else `read`.
#[inline(always)]
pub(super) fn opt<'a, T>(
    c: &mut Cur<'a>,
    read: impl FnOnce(&mut Cur<'a>) -> Option<T>,
) -> Option<Option<T>> {
    if c.null() {
        Some(None)
    } else {
        read(c).map(Some)
    }
}

/// A required string (a name) into `slot`, reusing its buffer.
#[inline]
pub(super) fn name(c: &mut Cur<'_>, slot: &mut String) -> Option<()> {
    fill(slot, c.string()?);
    Some(())
}

/// An optional string into `slot`.
#[inline]
fn opt_str(c: &mut Cur<'_>, slot: &mut Option<String>) -> Option<()> {
    if c.null() {
        *slot = None;
    } else {
        set_str(slot, c.string()?);
    }
    Some(())
}

// One bit per record key.
const I: u64 = 1;
const R: u64 = 1 << 1;
const N: u64 = 1 << 2;
const K: u64 = 1 << 3;
const M: u64 = 1 << 4;
const G: u64 = 1 << 5;
const C: u64 = 1 << 6;
const D: u64 = 1 << 7;
const F: u64 = 1 << 8;
const HH: u64 = 1 << 9;
const PB: u64 = 1 << 10;
const EM: u64 = 1 << 11;
const FR: u64 = 1 << 12;
const SS: u64 = 1 << 13;
const CM: u64 = 1 << 14;
const SU: u64 = 1 << 15;
const DC: u64 = 1 << 16;
const A: u64 = 1 << 17;
const MU: u64 = 1 << 18;
const MD: u64 = 1 << 19;
const PS: u64 = 1 << 20;
const PC: u64 = 1 << 21;
const PM: u64 = 1 << 22;

impl Scanner {
    /// Read `text` (one record, nothing else) into `rec`: `true` when read, `false` when
    /// declined — `rec` then holds no particular value and the caller reads `text` with serde
    /// (which writes every field).
    #[cfg(test)]
    pub(crate) fn read(&mut self, text: &str, rec: &mut Record) -> bool {
        let mut c = Cur::new(text);
        c.ws();
        let read = self.record(&mut c, rec);
        c.ws();
        read && c.p == c.b.len()
    }

    /// Read the record at the cursor into `rec`, leaving the cursor after it; `false` when
    /// declined (the cursor is then anywhere).
    pub(crate) fn record(&mut self, c: &mut Cur<'_>, rec: &mut Record) -> bool {
        let Some(seen) = c.object(|c, key| self.member(c, key, rec)) else {
            return false;
        };
        if seen & (N | K | M) != (N | K | M) {
            return false;
        }
        clear_unseen(rec, seen);
        true
    }

    /// One member of a record; its bit, or `None` to decline.
    fn member(&mut self, c: &mut Cur<'_>, key: &str, rec: &mut Record) -> Option<u64> {
        Some(match key {
            "i" => {
                opt_str(c, &mut rec.i)?;
                I
            }
            "r" => {
                opt_str(c, &mut rec.r)?;
                R
            }
            "n" => {
                name(c, &mut rec.n)?;
                N
            }
            "k" => {
                rec.k = match super::scan_kind::enterprise(c) {
                    Some(k) => k,
                    None => self.kinds.read(c)?,
                };
                K
            }
            "m" => {
                rec.m = self.levels.read(c)?;
                M
            }
            "g" => {
                rec.g = opt(c, |c| self.levels.read(c))?;
                G
            }
            "c" => {
                opt_str(c, &mut rec.c)?;
                C
            }
            "d" => {
                opt_str(c, &mut rec.d)?;
                D
            }
            "f" => {
                rec.f = opt(c, |c| c.string().map(Codes::new))?;
                F
            }
            "mu" => {
                rec.mu = opt(c, |c| c.string().map(Codes::new))?;
                MU
            }
            "hh" => {
                rec.hh = opt(c, Cur::pair)?;
                HH
            }
            "pb" => {
                rec.pb = opt(c, Cur::pair)?;
                PB
            }
            "em" => {
                rec.em = opt(c, Cur::u32)?;
                EM
            }
            "ss" => {
                rec.ss = opt(c, Cur::u32)?;
                SS
            }
            "cm" => {
                rec.cm = opt(c, Cur::u32)?;
                CM
            }
            "fr" => {
                rec.fr = opt(c, |c| self.ratings.read(c))?;
                FR
            }
            "su" => {
                rec.su = opt(c, sub_units)?;
                SU
            }
            "a" => {
                points(c, &mut rec.a)?;
                A
            }
            "dc" => {
                documents(c, &mut rec.dc)?;
                DC
            }
            "md" => {
                self.models(c, &mut rec.md)?;
                MD
            }
            "ps" => {
                rec.ps = opt(c, |c| self.outcomes.read(c))?;
                PS
            }
            "pc" => {
                rec.pc = opt(c, |c| self.classes.read(c))?;
                PC
            }
            "pm" => {
                rec.pm = opt(c, Cur::bool)?;
                PM
            }
            // The rare lists (`ev`, `sc`, `ac`, `di`, `sf`), `uc`, `x`, `h` and unknown keys:
            // serde reads the record.
            _ => return None,
        })
    }

    /// `md`: the movement models, read into the elements already there.
    fn models(&mut self, c: &mut Cur<'_>, slot: &mut Option<Vec<Model>>) -> Option<()> {
        if c.null() {
            *slot = None;
            return Some(());
        }
        let models = slot.get_or_insert_with(Vec::new);
        let n = c.array(|c, k| {
            if k == models.len() {
                models.push(Model {
                    i: None,
                    r: None,
                    n: String::new(),
                    e: None,
                    rt: None,
                    dc: None,
                    hd: None,
                });
            }
            self.model(c, &mut models[k])
        })?;
        models.truncate(n);
        Some(())
    }

    fn model(&mut self, c: &mut Cur<'_>, m: &mut Model) -> Option<()> {
        let seen = c.object(|c, key| {
            Some(match key {
                "i" => {
                    opt_str(c, &mut m.i)?;
                    1
                }
                "r" => {
                    opt_str(c, &mut m.r)?;
                    2
                }
                "n" => {
                    name(c, &mut m.n)?;
                    4
                }
                "e" => {
                    m.e = opt(c, Cur::bool)?;
                    8
                }
                "rt" => {
                    m.rt = opt(c, |c| self.model_ratings.read(c))?;
                    16
                }
                "dc" => {
                    m.dc = opt(c, Cur::bool)?;
                    32
                }
                "hd" => {
                    m.hd = opt(c, Cur::bool)?;
                    64
                }
                _ => return None,
            })
        })?;
        if seen & 4 == 0 {
            return None;
        }
        if seen & 1 == 0 {
            m.i = None;
        }
        if seen & 2 == 0 {
            m.r = None;
        }
        if seen & 8 == 0 {
            m.e = None;
        }
        if seen & 16 == 0 {
            m.rt = None;
        }
        if seen & 32 == 0 {
            m.dc = None;
        }
        if seen & 64 == 0 {
            m.hd = None;
        }
        Some(())
    }
}

/// `su`: `{"total": n, "rated_well": n}`, both required.
pub(super) fn sub_units(c: &mut Cur<'_>) -> Option<SubUnits> {
    let (mut total, mut rated_well) = (0, 0);
    let seen = c.object(|c, key| match key {
        "total" => {
            total = c.u32()?;
            Some(1)
        }
        "rated_well" => {
            rated_well = c.u32()?;
            Some(2)
        }
        _ => None,
    })?;
    (seen == 3).then_some(SubUnits { total, rated_well })
}

/// `a`: points by position, `null` for a position not given.
fn points(c: &mut Cur<'_>, slot: &mut Option<Vec<Option<u32>>>) -> Option<()> {
    if c.null() {
        *slot = None;
        return Some(());
    }
    let points = slot.get_or_insert_with(Vec::new);
    points.clear();
    c.array(|c, _| {
        points.push(opt(c, Cur::u32)?);
        Some(())
    })?;
    Some(())
}

/// `dc`: the documents, strings read into the elements already there.
pub(super) fn documents(c: &mut Cur<'_>, slot: &mut Option<Vec<String>>) -> Option<()> {
    if c.null() {
        *slot = None;
        return Some(());
    }
    let docs = slot.get_or_insert_with(Vec::new);
    let n = c.array(|c, k| {
        let s = c.string()?;
        match docs.get_mut(k) {
            Some(d) => fill(d, s),
            None => docs.push(s.to_owned()),
        }
        Some(())
    })?;
    docs.truncate(n);
    Some(())
}

/// Every optional field the record did not give is left out (`None`, empty), as serde's
/// in-place reading leaves it; the rare fields the scanner never accepts are cleared too.
fn clear_unseen(rec: &mut Record, seen: u64) {
    let unseen = |bit: u64| seen & bit == 0;
    if unseen(I) {
        rec.i = None;
    }
    if unseen(R) {
        rec.r = None;
    }
    if unseen(G) {
        rec.g = None;
    }
    if unseen(C) {
        rec.c = None;
    }
    if unseen(D) {
        rec.d = None;
    }
    if unseen(F) {
        rec.f = None;
    }
    if unseen(HH) {
        rec.hh = None;
    }
    if unseen(PB) {
        rec.pb = None;
    }
    if unseen(EM) {
        rec.em = None;
    }
    if unseen(FR) {
        rec.fr = None;
    }
    if unseen(SS) {
        rec.ss = None;
    }
    if unseen(CM) {
        rec.cm = None;
    }
    if unseen(SU) {
        rec.su = None;
    }
    if unseen(DC) {
        rec.dc = None;
    }
    if unseen(A) {
        rec.a = None;
    }
    if unseen(MU) {
        rec.mu = None;
    }
    if unseen(MD) {
        rec.md = None;
    }
    if unseen(PS) {
        rec.ps = None;
    }
    if unseen(PC) {
        rec.pc = None;
    }
    if unseen(PM) {
        rec.pm = None;
    }
    rec.uc = None;
    rec.ev = None;
    rec.sc = None;
    rec.ac = None;
    rec.di = None;
    rec.sf = None;
    rec.x.clear();
    rec.h.clear();
}

#[cfg(test)]
#[path = "scan_tests.rs"]
pub(crate) mod tests;
