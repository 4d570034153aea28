//! The parts of a v2 record that the direct reading ([`super::scan_unit`]) reads by hand in
//! the writer's form or hands to serde, and its `f` facts: each either exactly what the usual
//! way (the scanner or serde into a `Record`, then `decode_into`) gives, or `None` where that
//! way reads the value otherwise or refuses the record (DESIGN §23.2).

use super::cursor::{packed, Cur};
use super::scan::opt;
use crate::law::qd510::DeductionFact;
use crate::law::tt124::discipline::DisciplineRecord;
use crate::law::tt124::facts::{Accident, Event, SeriousCrime};
use crate::law::tt124::Facts;

/// The `f` position of the documents (`dc`), the list whose buffer is kept across records.
const DOCUMENTS: usize = 20;

// The record's and the models' keys as [`Cur::short_key`] reads them.
pub(super) const KEY_I: u32 = packed(b"i");
pub(super) const KEY_R: u32 = packed(b"r");
pub(super) const KEY_N: u32 = packed(b"n");
pub(super) const KEY_K: u32 = packed(b"k");
pub(super) const KEY_M: u32 = packed(b"m");
pub(super) const KEY_G: u32 = packed(b"g");
pub(super) const KEY_C: u32 = packed(b"c");
pub(super) const KEY_D: u32 = packed(b"d");
pub(super) const KEY_F: u32 = packed(b"f");
pub(super) const KEY_E: u32 = packed(b"e");
pub(super) const KEY_HH: u32 = packed(b"hh");
pub(super) const KEY_PB: u32 = packed(b"pb");
pub(super) const KEY_EM: u32 = packed(b"em");
pub(super) const KEY_FR: u32 = packed(b"fr");
pub(super) const KEY_SS: u32 = packed(b"ss");
pub(super) const KEY_CM: u32 = packed(b"cm");
pub(super) const KEY_SU: u32 = packed(b"su");
pub(super) const KEY_DC: u32 = packed(b"dc");
pub(super) const KEY_A: u32 = packed(b"a");
pub(super) const KEY_MU: u32 = packed(b"mu");
pub(super) const KEY_MD: u32 = packed(b"md");
pub(super) const KEY_PS: u32 = packed(b"ps");
pub(super) const KEY_PC: u32 = packed(b"pc");
pub(super) const KEY_PM: u32 = packed(b"pm");
pub(super) const KEY_EV: u32 = packed(b"ev");
pub(super) const KEY_SC: u32 = packed(b"sc");
pub(super) const KEY_AC: u32 = packed(b"ac");
pub(super) const KEY_DI: u32 = packed(b"di");
pub(super) const KEY_SF: u32 = packed(b"sf");
pub(super) const KEY_UC: u32 = packed(b"uc");
pub(super) const KEY_X: u32 = packed(b"x");
pub(super) const KEY_H: u32 = packed(b"h");
pub(super) const KEY_RT: u32 = packed(b"rt");
pub(super) const KEY_HD: u32 = packed(b"hd");

/// The members of an object with short keys ([`Cur::short_key`]), each read by
/// `member(key)`, which returns its bit; a key met twice, or any other key, declines.
#[inline]
pub(super) fn members<'a>(
    c: &mut Cur<'a>,
    mut member: impl FnMut(&mut Cur<'a>, u32) -> Option<u32>,
) -> Option<u32> {
    let mut seen = 0u32;
    let mut next = first_key(c)?;
    while let Some(key) = next {
        c.ws();
        let bit = member(c, key)?;
        if seen & bit != 0 {
            return None;
        }
        seen |= bit;
        next = next_key(c)?;
    }
    Some(seen)
}

/// The opening brace of an object with short keys and its first key with its colon:
/// `Some(None)` for an empty object, `None` to decline. The writer's form has no whitespace:
/// the brace, the key and its colon are tried as one word first ([`Cur::sep_key`]), else read
/// token by token (the same tokens).
#[inline(always)]
pub(super) fn first_key(c: &mut Cur<'_>) -> Option<Option<u32>> {
    if let Some(key) = c.sep_key(b'{') {
        return Some(Some(key));
    }
    c.need(b'{')?;
    c.ws();
    if c.eat(b'}') {
        return Some(None);
    }
    key_then_colon(c).map(Some)
}

/// After a member's value: the next key with its colon, or `Some(None)` at the closing brace;
/// `None` to decline. The comma, the key and its colon are tried as one word first.
#[inline(always)]
pub(super) fn next_key(c: &mut Cur<'_>) -> Option<Option<u32>> {
    if let Some(key) = c.sep_key(b',') {
        return Some(Some(key));
    }
    c.ws();
    if c.eat(b',') {
        c.ws();
        return key_then_colon(c).map(Some);
    }
    c.need(b'}')?;
    Some(None)
}

/// A short key and its colon, whitespace allowed between them (the cursor at the key).
#[inline(never)]
fn key_then_colon(c: &mut Cur<'_>) -> Option<u32> {
    let key = c.short_key()?;
    c.ws();
    c.need(b':')?;
    Some(key)
}

/// An optional string, borrowed from the text.
#[inline]
pub(super) fn opt_text<'a>(c: &mut Cur<'a>) -> Option<Option<&'a str>> {
    opt(c, Cur::string)
}

/// What a record gives that is placed only once the whole record is read.
#[derive(Default)]
pub(super) struct Later<'a> {
    /// The rare lists, read by serde from their text (`None`: not given).
    pub(super) ev: Option<Vec<Event>>,
    pub(super) sc: Option<Vec<SeriousCrime>>,
    pub(super) ac: Option<Vec<Accident>>,
    pub(super) di: Option<Vec<DisciplineRecord>>,
    pub(super) sf: Option<Vec<DeductionFact>>,
    pub(super) i: Option<&'a str>,
    pub(super) r: Option<&'a str>,
    pub(super) c: Option<&'a str>,
    pub(super) f: Option<&'a str>,
    pub(super) mu: Option<&'a str>,
    /// `a` given (not `null`).
    pub(super) a: bool,
    /// `dc` given (not `null`), its strings in the documents' buffer.
    pub(super) dc: bool,
}

/// `su` in the writer's form, `{"total":n,"rated_well":n}` with no space; `None` with the
/// cursor where it was for any other (then read as the scanner reads it).
#[inline]
pub(super) fn plain_sub_units(c: &mut Cur<'_>) -> Option<crate::law::tt124::facts::SubUnits> {
    let start = c.p;
    let read = (|| {
        if !c.word(br#"{"total":"#) {
            return None;
        }
        let total = c.u32()?;
        if !c.word(br#","rated_well":"#) {
            return None;
        }
        let rated_well = c.u32()?;
        c.need(b'}')?;
        Some(crate::law::tt124::facts::SubUnits { total, rated_well })
    })();
    if read.is_none() {
        c.p = start;
    }
    read
}

/// `a`'s points in the writer's form, `[n,n,…]` (at least one, no space, no `null`), pushed
/// onto `points`: `false` with the cursor and `points` as they were for any other (then read
/// as the scanner reads it).
#[inline]
pub(super) fn plain_points(c: &mut Cur<'_>, points: &mut Vec<Option<u32>>) -> bool {
    let (start, len) = (c.p, points.len());
    if c.eat(b'[') {
        while let Some(v) = c.u32() {
            points.push(Some(v));
            if c.eat(b',') {
                continue;
            }
            if c.eat(b']') {
                return true;
            }
            break;
        }
    }
    c.p = start;
    points.truncate(len);
    false
}

/// `[part, total]` in the writer's form, no space; `None` with the cursor where it was for
/// any other (then read as the scanner reads it).
#[inline]
pub(super) fn plain_pair(c: &mut Cur<'_>) -> Option<(u32, u32)> {
    let start = c.p;
    let read = pair_here(c);
    if read.is_none() {
        c.p = start;
    }
    read
}

#[inline(always)]
fn pair_here(c: &mut Cur<'_>) -> Option<(u32, u32)> {
    c.need(b'[')?;
    let part = c.u32()?;
    c.need(b',')?;
    let total = c.u32()?;
    c.need(b']')?;
    Some((part, total))
}

/// Where the string `s`, just read, stands in the text.
#[inline]
pub(super) fn span(c: &Cur<'_>, s: &str) -> (usize, usize) {
    let end = c.p - 1;
    (end - s.len(), end)
}

const NOT_GIVEN: u8 = 0;
const NO: u8 = 1;
const YES: u8 = 2;
const NO_CODE: u8 = 4;

/// Each byte as a code of `f`: `-` not given, `0` no, `1` yes, any other byte no code.
const CODE_OF: [u8; 256] = {
    let mut t = [NO_CODE; 256];
    t[b'-' as usize] = NOT_GIVEN;
    t[b'0' as usize] = NO;
    t[b'1' as usize] = YES;
    t
};

/// A code of `f` or `mu`: `1` yes, `0` no, `-` not given; `None` for any other byte.
#[inline]
pub(super) fn code_value(b: u8) -> Option<Option<bool>> {
    match b {
        b'1' => Some(Some(true)),
        b'0' => Some(Some(false)),
        b'-' => Some(None),
        _ => None,
    }
}

/// The `f` codes read last and each position's fact by them: records repeat a few codes
/// (often alternating), so a code equal to one of the last few is not decoded again.
#[derive(Default)]
pub(crate) struct LastCode {
    /// Up to [`CODES`] codes decoded.
    decoded: Vec<Decoded>,
    /// The entry met last (tried first).
    last: usize,
    /// The entry replaced next when all are taken.
    next: usize,
}

/// Codes remembered.
const CODES: usize = 8;

/// One code decoded.
struct Decoded {
    /// The code's bytes, zeros after its end, and its length: two codes are the same exactly
    /// when both are equal.
    code: [u8; FLAG_COUNT],
    len: usize,
    /// Each position's fact: `None` not given (also past the code), `Some(yes)`.
    facts: [Option<bool>; FLAG_COUNT],
}

/// The positions of `f` ([`FLAGS`](super::FLAGS)).
const FLAG_COUNT: usize = super::record::FLAGS.len();

impl LastCode {
    /// Each position's fact by `code`; `None` when it is longer than [`FLAG_COUNT`] bytes or a
    /// byte is no code (nothing remembered then).
    #[inline]
    fn facts(&mut self, code: &[u8]) -> Option<&[Option<bool>; FLAG_COUNT]> {
        let mut key = [0u8; FLAG_COUNT];
        key.get_mut(..code.len())?.copy_from_slice(code);
        let len = code.len();
        let same = |d: &Decoded| d.len == len && d.code == key;
        let k = if self.decoded.get(self.last).is_some_and(same) {
            self.last
        } else if let Some(k) = self.decoded.iter().position(same) {
            k
        } else {
            self.decode(key, len)?
        };
        self.last = k;
        Some(&self.decoded[k].facts)
    }

    /// Decode a code not remembered, remember it and say where.
    #[inline(never)]
    fn decode(&mut self, code: [u8; FLAG_COUNT], len: usize) -> Option<usize> {
        let mut facts = [None; FLAG_COUNT];
        let mut all = 0;
        for (slot, &b) in facts.iter_mut().zip(&code[..len]) {
            let c = CODE_OF[usize::from(b)];
            all |= c;
            *slot = (c != NOT_GIVEN).then_some(c == YES);
        }
        if all & NO_CODE != 0 {
            return None;
        }
        let d = Decoded { code, len, facts };
        if self.decoded.len() < CODES {
            self.decoded.push(d);
            return Some(self.decoded.len() - 1);
        }
        let k = self.next;
        self.next = (k + 1) % CODES;
        self.decoded[k] = d;
        Some(k)
    }
}

/// The `f` code string into `safety` (every fact already not given), each list given
/// (`docs`, `later`'s) claimed by a `1` at its position. `None` where `decode_into` gives an
/// error: a code too long or not `1`/`0`/`-`, a list marked `1` that is not given, a list given
/// that `f` does not mark `1`. The positions are those of [`FLAGS`](super::FLAGS), written out
/// (pinned by `f_positions_are_those_of_flags`).
pub(super) fn facts(
    code: &str,
    last: &mut LastCode,
    s: &mut Facts,
    docs: Option<Vec<String>>,
    later: &mut Later<'_>,
) -> Option<()> {
    let code = code.as_bytes();
    if code.len() > FLAG_COUNT {
        return None;
    }
    let at = last.facts(code)?;
    s.registered = at[0];
    s.has_party_organisation = at[1];
    s.party_resolution = at[2];
    s.security_plan = at[3];
    s.internal_rules = at[4];
    s.policies_implemented = at[5];
    s.parent_coordination = at[6];
    s.crime_reduced = at[7];
    s.new_hotspot = at[8];
    s.new_social_evil_person = at[9];
    s.offender_management_effective = at[10];
    s.school_violence = at[11];
    s.has_protection_force = at[12];
    s.eligible_for_rating = at[13];
    s.commune_police_effective = at[14];
    s.tax_debt = at[15];
    s.events = list(at[16], later.ev.take())?;
    s.serious_crimes = list(at[17], later.sc.take())?;
    s.accidents = list(at[18], later.ac.take())?;
    s.discipline = list(at[19], later.di.take())?;
    s.documents = list(at[DOCUMENTS], docs)?;
    Some(())
}

/// A list by its code and what the record gives under its key: `1` the list given, `0` none
/// (nothing given), `-` not given (nothing given); anything else refused (`None`).
#[inline]
fn list<T>(code: Option<bool>, given: Option<Vec<T>>) -> Option<Option<Vec<T>>> {
    match (code, given) {
        (Some(true), Some(v)) => Some(Some(v)),
        (Some(false), None) => Some(Some(Vec::new())),
        (None, None) => Some(None),
        _ => None,
    }
}

/// A value read by serde from its raw text: serde's reading by construction; `None` when
/// serde does not read it as a `T`.
pub(super) fn by_serde<T: serde::de::DeserializeOwned>(c: &mut Cur<'_>) -> Option<T> {
    serde_json::from_str(c.raw()?).ok()
}

/// `x` as the record reads it (`crate::strict::unique_map`).
#[derive(serde::Deserialize)]
#[serde(transparent)]
pub(super) struct Extra(
    #[serde(deserialize_with = "crate::strict::unique_map")]
    pub(super)  std::collections::BTreeMap<String, bool>,
);

/// `h` as the record reads it (`crate::strict::year_map`).
#[derive(serde::Deserialize)]
#[serde(transparent)]
pub(super) struct History(
    #[serde(deserialize_with = "crate::strict::year_map")]
    pub(super)  std::collections::BTreeMap<i32, crate::roadmap::ModelEvent>,
);
