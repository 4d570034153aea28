//! A v2 unit record read by hand straight into the [`UnitInput`] the evaluator takes, its
//! points and model-unit codes by position — one pass instead of the scanner's [`Record`] then
//! [`decode_into`] (DESIGN §23.2).
//!
//! [`Scanner::unit`] reads what [`Scanner::record`] reads (the same plain shape, the same
//! values, through the same memos) *and* only records that decode without an error: any
//! other record — a shape the scanner declines, an id that cannot be made, an `f`, `a`, `mu`
//! or list that [`decode_into`] refuses — is declined, and the caller reads it the way it did
//! before (scanner or serde into a [`Record`], then [`decode_into`]), so every error stays word
//! for word. The contract, pinned by `scan_unit_tests.rs`: whenever [`Scanner::unit`] reads a
//! text, the unit, the points and the codes equal what that way gives; whenever it gives an
//! error, [`Scanner::unit`] declines.
//!
//! [`Record`]: super::Record
//! [`decode_into`]: super::decode_into

use super::cursor::{packed, Cur};
use super::decode::write_id;
use super::scan::{documents, fill, name, opt, set_str, sub_units, Scanner};
use super::Tables;
use crate::law::qd3554::ModelUnitFacts;
use crate::law::qd510::{DeductionFact, ScoreInput};
use crate::law::tt124::discipline::DisciplineRecord;
use crate::law::tt124::facts::{Accident, Event, SeriousCrime};
use crate::law::tt124::Facts;
use crate::models::MovementModel;
use crate::unit::UnitId;
use crate::year::input::UnitInput;

/// The `f` position of the documents (`dc`), the last list and the only one the scanner reads.
const DOCUMENTS: usize = 20;

/// Models kept for their buffers when a record has fewer than the one before.
const SPARE_MODELS: usize = 16;

// One bit per record key (as in the scanner).
const I: u32 = 1;
const R: u32 = 1 << 1;
const N: u32 = 1 << 2;
const K: u32 = 1 << 3;
const M: u32 = 1 << 4;
const G: u32 = 1 << 5;
const C: u32 = 1 << 6;
const D: u32 = 1 << 7;
const F: u32 = 1 << 8;
const HH: u32 = 1 << 9;
const PB: u32 = 1 << 10;
const EM: u32 = 1 << 11;
const FR: u32 = 1 << 12;
const SS: u32 = 1 << 13;
const CM: u32 = 1 << 14;
const SU: u32 = 1 << 15;
const DC: u32 = 1 << 16;
const A: u32 = 1 << 17;
const MU: u32 = 1 << 18;
const MD: u32 = 1 << 19;
const PS: u32 = 1 << 20;
const PC: u32 = 1 << 21;
const PM: u32 = 1 << 22;
const EV: u32 = 1 << 23;
const SC: u32 = 1 << 24;
const AC: u32 = 1 << 25;
const DI: u32 = 1 << 26;
const SF: u32 = 1 << 27;
const UC: u32 = 1 << 28;
const X: u32 = 1 << 29;
const H: u32 = 1 << 30;

const KEY_I: u32 = packed(b"i");
const KEY_R: u32 = packed(b"r");
const KEY_N: u32 = packed(b"n");
const KEY_K: u32 = packed(b"k");
const KEY_M: u32 = packed(b"m");
const KEY_G: u32 = packed(b"g");
const KEY_C: u32 = packed(b"c");
const KEY_D: u32 = packed(b"d");
const KEY_F: u32 = packed(b"f");
const KEY_E: u32 = packed(b"e");
const KEY_HH: u32 = packed(b"hh");
const KEY_PB: u32 = packed(b"pb");
const KEY_EM: u32 = packed(b"em");
const KEY_FR: u32 = packed(b"fr");
const KEY_SS: u32 = packed(b"ss");
const KEY_CM: u32 = packed(b"cm");
const KEY_SU: u32 = packed(b"su");
const KEY_DC: u32 = packed(b"dc");
const KEY_A: u32 = packed(b"a");
const KEY_MU: u32 = packed(b"mu");
const KEY_MD: u32 = packed(b"md");
const KEY_PS: u32 = packed(b"ps");
const KEY_PC: u32 = packed(b"pc");
const KEY_PM: u32 = packed(b"pm");
const KEY_EV: u32 = packed(b"ev");
const KEY_SC: u32 = packed(b"sc");
const KEY_AC: u32 = packed(b"ac");
const KEY_DI: u32 = packed(b"di");
const KEY_SF: u32 = packed(b"sf");
const KEY_UC: u32 = packed(b"uc");
const KEY_X: u32 = packed(b"x");
const KEY_H: u32 = packed(b"h");
const KEY_RT: u32 = packed(b"rt");
const KEY_HD: u32 = packed(b"hd");

/// The members of an object with short keys ([`Cur::short_key`]), each read by
/// `member(key)`, which returns its bit; a key met twice, or any other key, declines.
#[inline]
fn members<'a>(
    c: &mut Cur<'a>,
    mut member: impl FnMut(&mut Cur<'a>, u32) -> Option<u32>,
) -> Option<u32> {
    c.need(b'{')?;
    c.ws();
    let mut seen = 0u32;
    if c.eat(b'}') {
        return Some(seen);
    }
    // The writer's form has no whitespace: each step tries the byte it expects first.
    loop {
        let key = match c.short_key() {
            Some(key) => key,
            None => {
                c.ws();
                c.short_key()?
            }
        };
        if !c.eat(b':') {
            c.ws();
            c.need(b':')?;
        }
        c.ws();
        let bit = member(c, key)?;
        if seen & bit != 0 {
            return None;
        }
        seen |= bit;
        if c.eat(b',') {
            continue;
        }
        c.ws();
        if c.eat(b',') {
            continue;
        }
        c.need(b'}')?;
        return Some(seen);
    }
}

/// An optional string, borrowed from the text.
#[inline]
fn opt_text<'a>(c: &mut Cur<'a>) -> Option<Option<&'a str>> {
    opt(c, Cur::string)
}

/// What a record gives that is placed only once the whole record is read.
#[derive(Default)]
struct Later<'a> {
    /// The rare lists, read by serde from their text (`None`: not given).
    ev: Option<Vec<Event>>,
    sc: Option<Vec<SeriousCrime>>,
    ac: Option<Vec<Accident>>,
    di: Option<Vec<DisciplineRecord>>,
    sf: Option<Vec<DeductionFact>>,
    i: Option<&'a str>,
    r: Option<&'a str>,
    c: Option<&'a str>,
    f: Option<&'a str>,
    mu: Option<&'a str>,
    /// `a` given (not `null`).
    a: bool,
    /// `dc` given (not `null`), its strings in the documents' buffer.
    dc: bool,
}

impl Scanner {
    /// Read the record at the cursor straight into `out`, its points (`a`) into `points` (`[]`
    /// when not given) and its model-unit codes (`mu`) returned: `Some(codes)` when read (the
    /// cursor then after the record), `None` when declined (the cursor and `out` anywhere; the
    /// caller reads the record the usual way, which writes every field of `out`). The maps of
    /// facts by id are left empty, as [`decode_into`](super::decode_into) leaves them without
    /// `awarded`.
    pub(crate) fn unit<'a>(
        &mut self,
        c: &mut Cur<'a>,
        tables: &Tables,
        out: &mut UnitInput,
        points: &mut Vec<Option<u32>>,
    ) -> Option<Option<&'a str>> {
        // The documents' buffer is kept across records; everything else of the facts is new.
        let mut docs = out.safety.documents.take().unwrap_or_default();
        out.safety = Facts::default();
        if !out.model_history.is_empty() {
            out.model_history.clear();
        }
        points.clear();
        self.model_ids.clear();
        let mut later = Later::default();
        let seen = members(c, |c, key| {
            self.unit_member(c, key, out, points, &mut docs, &mut later)
        })?;
        if seen & (N | K | M) != (N | K | M) {
            return None;
        }
        let text = c.text;
        self.finish_unit(text, tables, out, points, docs, &mut later, seen)?;
        Some(later.mu)
    }

    /// One member of a record; its bit, or `None` to decline.
    #[inline]
    fn unit_member<'a>(
        &mut self,
        c: &mut Cur<'a>,
        key: u32,
        out: &mut UnitInput,
        points: &mut Vec<Option<u32>>,
        docs: &mut Vec<String>,
        later: &mut Later<'a>,
    ) -> Option<u32> {
        let s = &mut out.safety;
        Some(match key {
            KEY_I => {
                later.i = opt_text(c)?;
                I
            }
            KEY_R => {
                later.r = opt_text(c)?;
                R
            }
            KEY_C => {
                later.c = opt_text(c)?;
                C
            }
            KEY_N => {
                name(c, &mut out.unit.name)?;
                N
            }
            KEY_K => {
                out.unit.kind = match super::scan_kind::enterprise(c) {
                    Some(k) => k.0,
                    None => self.kinds.read(c)?.0,
                };
                K
            }
            KEY_M => {
                out.unit.managed_by = self.levels.read(c)?;
                M
            }
            KEY_G => {
                out.unit.delegated_to = opt(c, |c| self.levels.read(c))?;
                G
            }
            KEY_D => {
                match opt_text(c)? {
                    Some(d) => set_str(&mut out.unit.district, d),
                    None => out.unit.district = None,
                }
                D
            }
            KEY_F => {
                later.f = opt_text(c)?;
                F
            }
            KEY_MU => {
                later.mu = opt_text(c)?;
                MU
            }
            KEY_HH => {
                s.households_registered = opt(c, |c| plain_pair(c).or_else(|| c.pair()))?;
                HH
            }
            KEY_PB => {
                s.people_briefed = opt(c, |c| plain_pair(c).or_else(|| c.pair()))?;
                PB
            }
            KEY_EM => {
                s.effective_models = opt(c, Cur::u32)?;
                EM
            }
            KEY_SS => {
                s.staff_security_sanctions = opt(c, Cur::u32)?;
                SS
            }
            KEY_CM => {
                s.members_committed_crime = opt(c, Cur::u32)?;
                CM
            }
            KEY_FR => {
                s.force_rating = opt(c, |c| self.ratings.read(c))?;
                FR
            }
            KEY_SU => {
                s.sub_units = opt(c, |c| plain_sub_units(c).or_else(|| sub_units(c)))?;
                SU
            }
            KEY_A => {
                if !c.null() {
                    c.array(|c, _| {
                        points.push(opt(c, Cur::u32)?);
                        Some(())
                    })?;
                    later.a = true;
                }
                A
            }
            KEY_DC => {
                let mut slot = Some(std::mem::take(docs));
                documents(c, &mut slot)?;
                later.dc = slot.is_some();
                *docs = slot.unwrap_or_default();
                DC
            }
            KEY_MD => {
                self.unit_models(c, &mut out.models)?;
                MD
            }
            KEY_PS => {
                out.previous.safety = opt(c, |c| self.outcomes.read(c))?;
                PS
            }
            KEY_PC => {
                out.previous.class = opt(c, |c| self.classes.read(c))?;
                PC
            }
            KEY_PM => {
                out.previous.model_unit = opt(c, Cur::bool)?;
                PM
            }
            // The rare parts, read by serde from their own text: serde's by construction.
            KEY_EV => {
                later.ev = by_serde(c)?;
                EV
            }
            KEY_SC => {
                later.sc = by_serde(c)?;
                SC
            }
            KEY_AC => {
                later.ac = by_serde(c)?;
                AC
            }
            KEY_DI => {
                later.di = by_serde(c)?;
                DI
            }
            KEY_SF => {
                later.sf = by_serde(c)?;
                SF
            }
            KEY_UC => {
                s.units = by_serde(c)?;
                UC
            }
            KEY_X => {
                s.extra = by_serde::<Extra>(c)?.0;
                X
            }
            KEY_H => {
                out.model_history = by_serde::<History>(c)?.0;
                H
            }
            // Unknown keys: the record is read the usual way (which names the error).
            _ => return None,
        })
    }

    /// `md`: the movement models, read into the elements already there; their ids noted in
    /// `model_ids` (made once the unit id is known).
    fn unit_models(
        &mut self,
        c: &mut Cur<'_>,
        slot: &mut Option<Vec<MovementModel>>,
    ) -> Option<()> {
        if c.null() {
            *slot = None;
            return Some(());
        }
        let models = slot.get_or_insert_with(Vec::new);
        let n = c.array(|c, k| {
            if k == models.len() {
                // A model of an earlier record, its strings' buffers kept.
                models.push(self.spare_models.pop().unwrap_or_else(|| MovementModel {
                    id: String::new(),
                    name: String::new(),
                    effective: None,
                    rating: None,
                    dossier_complete: None,
                    has_dossier: None,
                }));
            }
            self.unit_model(c, &mut models[k])
        })?;
        if models.len() > n && self.spare_models.len() < SPARE_MODELS {
            self.spare_models.extend(models.drain(n..));
        }
        models.truncate(n);
        Some(())
    }

    fn unit_model(&mut self, c: &mut Cur<'_>, m: &mut MovementModel) -> Option<()> {
        // Where each form of the id is (`i` whole, `r` relative): exactly one must be given.
        let (mut whole, mut relative) = (None, None);
        let seen = members(c, |c, key| {
            Some(match key {
                KEY_I => {
                    whole = opt_text(c)?.map(|s| span(c, s));
                    1
                }
                KEY_R => {
                    relative = opt_text(c)?.map(|s| span(c, s));
                    2
                }
                KEY_N => {
                    name(c, &mut m.name)?;
                    4
                }
                KEY_E => {
                    m.effective = opt(c, Cur::bool)?;
                    8
                }
                KEY_RT => {
                    m.rating = opt(c, |c| self.model_ratings.read(c))?;
                    16
                }
                KEY_DC => {
                    m.dossier_complete = opt(c, Cur::bool)?;
                    32
                }
                KEY_HD => {
                    m.has_dossier = opt(c, Cur::bool)?;
                    64
                }
                _ => return None,
            })
        })?;
        if seen & 4 == 0 {
            return None;
        }
        if seen & 8 == 0 {
            m.effective = None;
        }
        if seen & 16 == 0 {
            m.rating = None;
        }
        if seen & 32 == 0 {
            m.dossier_complete = None;
        }
        if seen & 64 == 0 {
            m.has_dossier = None;
        }
        match (whole, relative) {
            (Some((a, b)), None) => self.model_ids.push((true, a, b)),
            (None, Some((a, b))) => self.model_ids.push((false, a, b)),
            _ => return None,
        }
        Some(())
    }

    /// The parts placed once the record is read: the ids, the `f` facts, the points' and the
    /// model unit's checks, what was left out. `None` where `decode_into` gives an error.
    #[allow(clippy::too_many_arguments)]
    fn finish_unit(
        &self,
        text: &str,
        tables: &Tables,
        out: &mut UnitInput,
        points: &[Option<u32>],
        docs: Vec<String>,
        later: &mut Later<'_>,
        seen: u32,
    ) -> Option<()> {
        let u = &mut out.unit;
        if !write_id(&mut u.id.0, later.i, later.r, later.c) {
            return None;
        }
        match (&mut u.commune, later.c) {
            (Some(have), Some(c)) => fill(&mut have.0, c),
            (slot, c) => *slot = c.map(|c| UnitId(c.to_owned())),
        }
        let unseen = |bit: u32| seen & bit == 0;
        if unseen(G) {
            u.delegated_to = None;
        }
        if unseen(D) {
            u.district = None;
        }
        let docs = later.dc.then_some(docs);
        facts(later.f.unwrap_or(""), &mut out.safety, docs, later)?;
        // `a`: no more values than the table; the points go by position.
        if later.a || later.sf.is_some() {
            if points.len() > tables.score_items.len() {
                return None;
            }
            let score = out.score.get_or_insert_with(ScoreInput::default);
            if !score.awarded.is_empty() {
                score.awarded.clear();
            }
            score.facts.clear();
            if let Some(sf) = later.sf.take() {
                score.facts = sf;
            }
        } else {
            out.score = None;
        }
        match later.mu {
            None => out.model_unit = None,
            Some(code) => {
                if code.len() > tables.model_criteria.len() + 1 {
                    return None;
                }
                let mut registered = None;
                for (pos, b) in code.bytes().enumerate() {
                    let value = code_value(b)?;
                    if pos == 0 {
                        registered = value;
                    }
                }
                let facts = out.model_unit.get_or_insert_with(ModelUnitFacts::default);
                facts.registered = registered;
                if !facts.criteria.is_empty() {
                    facts.criteria.clear();
                }
            }
        }
        match &mut out.models {
            Some(models) if !unseen(MD) => {
                let id = out.unit.id.0.as_str();
                for (m, &(whole, a, b)) in models.iter_mut().zip(&self.model_ids) {
                    let given = text.get(a..b)?;
                    if whole {
                        fill(&mut m.id, given);
                    } else {
                        m.id.clear();
                        m.id.push_str(id);
                        m.id.push('-');
                        m.id.push_str(given);
                    }
                }
            }
            slot => *slot = None,
        }
        let p = &mut out.previous;
        if unseen(PS) {
            p.safety = None;
        }
        if unseen(PC) {
            p.class = None;
        }
        if unseen(PM) {
            p.model_unit = None;
        }
        Some(())
    }
}

/// `su` in the writer's form, `{"total":n,"rated_well":n}` with no space; `None` with the
/// cursor where it was for any other (then read as the scanner reads it).
#[inline]
fn plain_sub_units(c: &mut Cur<'_>) -> Option<crate::law::tt124::facts::SubUnits> {
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

/// `[part, total]` in the writer's form, no space; `None` with the cursor where it was for
/// any other (then read as the scanner reads it).
#[inline]
fn plain_pair(c: &mut Cur<'_>) -> Option<(u32, u32)> {
    let start = c.p;
    let read = (|| {
        c.need(b'[')?;
        let part = c.u32()?;
        c.need(b',')?;
        let total = c.u32()?;
        c.need(b']')?;
        Some((part, total))
    })();
    if read.is_none() {
        c.p = start;
    }
    read
}

/// Where the string `s`, just read, stands in the text.
#[inline]
fn span(c: &Cur<'_>, s: &str) -> (usize, usize) {
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
fn code_value(b: u8) -> Option<Option<bool>> {
    match b {
        b'1' => Some(Some(true)),
        b'0' => Some(Some(false)),
        b'-' => Some(None),
        _ => None,
    }
}

/// The `f` code string into `safety` (every fact already not given), each list given
/// (`docs`, `later`'s) claimed by a `1` at its position. `None` where `decode_into` gives an
/// error: a code too long or not `1`/`0`/`-`, a list marked `1` that is not given, a list given
/// that `f` does not mark `1`. The positions are those of [`FLAGS`](super::FLAGS), written out
/// (pinned by `f_positions_are_those_of_flags`).
fn facts(
    code: &str,
    s: &mut Facts,
    docs: Option<Vec<String>>,
    later: &mut Later<'_>,
) -> Option<()> {
    let code = code.as_bytes();
    if code.len() > super::record::FLAGS.len() {
        return None;
    }
    // Each position's code (a position past the code is not given); a byte that is no code
    // refuses the record.
    let mut codes = [NOT_GIVEN; super::record::FLAGS.len()];
    let mut all = 0;
    for (slot, &b) in codes.iter_mut().zip(code) {
        *slot = CODE_OF[usize::from(b)];
        all |= *slot;
    }
    if all & NO_CODE != 0 {
        return None;
    }
    let at = |pos: usize| -> Option<Option<bool>> {
        Some(match codes[pos] {
            NOT_GIVEN => None,
            NO => Some(false),
            _ => Some(true),
        })
    };
    s.registered = at(0)?;
    s.has_party_organisation = at(1)?;
    s.party_resolution = at(2)?;
    s.security_plan = at(3)?;
    s.internal_rules = at(4)?;
    s.policies_implemented = at(5)?;
    s.parent_coordination = at(6)?;
    s.crime_reduced = at(7)?;
    s.new_hotspot = at(8)?;
    s.new_social_evil_person = at(9)?;
    s.offender_management_effective = at(10)?;
    s.school_violence = at(11)?;
    s.has_protection_force = at(12)?;
    s.eligible_for_rating = at(13)?;
    s.commune_police_effective = at(14)?;
    s.tax_debt = at(15)?;
    s.events = list(at(16)?, later.ev.take())?;
    s.serious_crimes = list(at(17)?, later.sc.take())?;
    s.accidents = list(at(18)?, later.ac.take())?;
    s.discipline = list(at(19)?, later.di.take())?;
    s.documents = list(at(DOCUMENTS)?, docs)?;
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
fn by_serde<T: serde::de::DeserializeOwned>(c: &mut Cur<'_>) -> Option<T> {
    serde_json::from_str(c.raw()?).ok()
}

/// `x` as the record reads it (`crate::strict::unique_map`).
#[derive(serde::Deserialize)]
#[serde(transparent)]
struct Extra(
    #[serde(deserialize_with = "crate::strict::unique_map")]
    std::collections::BTreeMap<String, bool>,
);

/// `h` as the record reads it (`crate::strict::year_map`).
#[derive(serde::Deserialize)]
#[serde(transparent)]
struct History(
    #[serde(deserialize_with = "crate::strict::year_map")]
    std::collections::BTreeMap<i32, crate::roadmap::ModelEvent>,
);

#[cfg(test)]
#[path = "scan_unit_tests.rs"]
mod tests;
