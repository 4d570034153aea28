//! A v2 unit record read by hand straight into the [`UnitInput`] the evaluator takes, its
//! points and model-unit codes by position — one pass instead of the scanner's [`Record`] then
//! [`decode_into`] (DESIGN §23.2).
//!
//! [`Scanner::unit`] reads what [`Scanner::record`] reads (the same plain shape, the same
//! values, through the same memos), the rare parts the scanner leaves to serde (`ev`, `sc`,
//! `ac`, `di`, `sf`, `uc`, `x`, `h`) by serde from their own text, and only records that
//! decode without an error: any other record — a shape it declines, an id that cannot be
//! made, an `f`, `a`, `mu` or list that [`decode_into`] refuses — is declined, and the caller reads it the way it did
//! before (scanner or serde into a [`Record`], then [`decode_into`]), so every error stays word
//! for word. The contract, pinned by `scan_unit_tests.rs`: whenever [`Scanner::unit`] reads a
//! text, the unit, the points and the codes equal what that way gives; whenever it gives an
//! error, [`Scanner::unit`] declines.
//!
//! [`Record`]: super::Record
//! [`decode_into`]: super::decode_into

use super::cursor::Cur;
use super::ids::{given_whole, make_id};
use super::scan::{documents, fill, name, opt, set_str, sub_units, Scanner};
use super::scan_parts::{
    by_serde, code_value, facts, first_key, next_key, opt_text, plain_pair, plain_points,
    plain_sub_units, Extra, History, Later,
};
use super::Tables;
use crate::law::qd3554::ModelUnitFacts;
use crate::law::qd510::ScoreInput;
use crate::law::tt124::Facts;
use crate::year::input::UnitInput;

#[path = "scan_unit_keys.rs"]
mod keys;
use keys::{at, index_of, PLACE};
pub(super) use keys::{NextKey, PLACES};
use keys::{A, AC, C, CM, D, DC, DI, EM, EV, F, FR, G, H, HH, I, K, M, MD, MU, N, PB, PC, PM, PS};
use keys::{R, SC, SF, SS, SU, UC, X};

impl Scanner {
    /// Read the record at the cursor straight into `out`, its points (`a`) into `points` (`[]`
    /// when not given) and its model-unit codes (`mu`) returned: `Some(codes)` when read (the
    /// cursor then after the record), `None` when declined (the cursor and `out` anywhere; the
    /// caller reads the record the usual way, which writes every field of `out`). The maps of
    /// facts by id are left empty, as [`decode_into`](super::decode_into) leaves them without
    /// `awarded`. Not inlined into its caller, so that its members are inlined into it.
    #[inline(never)]
    pub(crate) fn unit<'a>(
        &mut self,
        c: &mut Cur<'a>,
        tables: &Tables,
        out: &mut UnitInput,
        points: &mut Vec<Option<u32>>,
    ) -> Option<Option<&'a str>> {
        // The documents' buffer is kept across records; everything else of the facts is new.
        let mut docs = out
            .safety
            .documents
            .take()
            .unwrap_or_else(|| std::mem::take(&mut self.spare_docs));
        not_given(&mut out.safety);
        if !out.model_history.is_empty() {
            out.model_history.clear();
        }
        points.clear();
        self.model_ids.clear();
        let mut later = Later::default();
        // The members' loop written out (not through `members`' closure), so that each
        // member's reading is inlined here.
        let mut seen = 0u32;
        if let Some(key) = first_key(c)? {
            let mut place = PLACE[index_of(key)];
            loop {
                c.ws();
                let bit = self.unit_member(c, place, out, points, &mut docs, &mut later)?;
                if seen & bit != 0 {
                    return None;
                }
                seen |= bit;
                // The next key: the one that followed this one last, when the same bytes are
                // here (one compare), else read.
                let at = c.p;
                if let Some(&w) = c.b.get(at..).and_then(<[u8]>::first_chunk::<8>) {
                    let w = u64::from_le_bytes(w);
                    let guess = &mut self.next_keys[usize::from(place) % PLACES];
                    if w & guess.mask == guess.bytes {
                        c.p = at + usize::from(guess.len);
                        place = guess.place;
                        continue;
                    }
                    if let Some(key) = c.sep_key(b',') {
                        place = PLACE[index_of(key)];
                        *guess = NextKey::of(w, c.p - at, place);
                        continue;
                    }
                }
                match next_key(c)? {
                    Some(key) => place = PLACE[index_of(key)],
                    None => break,
                }
            }
        }
        if seen & (N | K | M) != (N | K | M) {
            return None;
        }
        let text = c.text;
        self.finish_unit(text, tables, out, points, docs, &mut later, seen)?;
        Some(later.mu)
    }

    /// One member of a record; its bit, or `None` to decline.
    #[inline(always)]
    fn unit_member<'a>(
        &mut self,
        c: &mut Cur<'a>,
        place: u8,
        out: &mut UnitInput,
        points: &mut Vec<Option<u32>>,
        docs: &mut Vec<String>,
        later: &mut Later<'a>,
    ) -> Option<u32> {
        let s = &mut out.safety;
        Some(match place {
            at::I => {
                later.i = opt_text(c)?;
                I
            }
            at::R => {
                later.r = opt_text(c)?;
                R
            }
            at::C => {
                later.c = opt_text(c)?;
                C
            }
            at::N => {
                name(c, &mut out.unit.name)?;
                N
            }
            at::K => {
                out.unit.kind = match super::scan_kind::enterprise(c) {
                    Some(k) => k.0,
                    None => self.kinds.read(c)?.0,
                };
                K
            }
            at::M => {
                out.unit.managed_by = self.levels.read(c)?;
                M
            }
            at::G => {
                out.unit.delegated_to = opt(c, |c| self.levels.read(c))?;
                G
            }
            at::D => {
                match opt_text(c)? {
                    Some(d) => set_str(&mut out.unit.district, d),
                    None => out.unit.district = None,
                }
                D
            }
            at::F => {
                later.f = opt_text(c)?;
                F
            }
            at::MU => {
                later.mu = opt_text(c)?;
                MU
            }
            at::HH => {
                s.households_registered = opt(c, |c| plain_pair(c).or_else(|| c.pair()))?;
                HH
            }
            at::PB => {
                s.people_briefed = opt(c, |c| plain_pair(c).or_else(|| c.pair()))?;
                PB
            }
            at::EM => {
                s.effective_models = opt(c, Cur::u32)?;
                EM
            }
            at::SS => {
                s.staff_security_sanctions = opt(c, Cur::u32)?;
                SS
            }
            at::CM => {
                s.members_committed_crime = opt(c, Cur::u32)?;
                CM
            }
            at::FR => {
                s.force_rating = opt(c, |c| self.ratings.read(c))?;
                FR
            }
            at::SU => {
                s.sub_units = opt(c, |c| plain_sub_units(c).or_else(|| sub_units(c)))?;
                SU
            }
            at::A => {
                if !c.null() {
                    if !plain_points(c, points) {
                        c.array(|c, _| {
                            points.push(opt(c, Cur::u32)?);
                            Some(())
                        })?;
                    }
                    later.a = true;
                }
                A
            }
            at::DC => {
                let mut slot = Some(std::mem::take(docs));
                documents(c, &mut slot)?;
                later.dc = slot.is_some();
                *docs = slot.unwrap_or_default();
                DC
            }
            at::MD => {
                self.unit_models(c, &mut out.models)?;
                MD
            }
            at::PS => {
                out.previous.safety = opt(c, |c| self.outcomes.read(c))?;
                PS
            }
            at::PC => {
                out.previous.class = opt(c, |c| self.classes.read(c))?;
                PC
            }
            at::PM => {
                out.previous.model_unit = opt(c, Cur::bool)?;
                PM
            }
            // The rare parts, read by serde from their own text: serde's by construction.
            at::EV => {
                later.ev = by_serde(c)?;
                EV
            }
            at::SC => {
                later.sc = by_serde(c)?;
                SC
            }
            at::AC => {
                later.ac = by_serde(c)?;
                AC
            }
            at::DI => {
                later.di = by_serde(c)?;
                DI
            }
            at::SF => {
                later.sf = by_serde(c)?;
                SF
            }
            at::UC => {
                s.units = by_serde(c)?;
                UC
            }
            at::X => {
                s.extra = by_serde::<Extra>(c)?.0;
                X
            }
            at::H => {
                out.model_history = by_serde::<History>(c)?.0;
                H
            }
            // Unknown keys: the record is read the usual way (which names the error).
            _ => return None,
        })
    }

    /// The parts placed once the record is read: the ids, the `f` facts, the points' and the
    /// model unit's checks, what was left out. `None` where `decode_into` gives an error.
    #[allow(clippy::too_many_arguments)]
    fn finish_unit(
        &mut self,
        text: &str,
        tables: &Tables,
        out: &mut UnitInput,
        points: &[Option<u32>],
        docs: Vec<String>,
        later: &mut Later<'_>,
        seen: u32,
    ) -> Option<()> {
        let u = &mut out.unit;
        u.id = make_id(&mut self.id_text, later.i, later.r, later.c)?;
        u.commune = later.c.map(|c| self.communes.get(c));
        let unseen = |bit: u32| seen & bit == 0;
        if unseen(G) {
            u.delegated_to = None;
        }
        if unseen(D) {
            u.district = None;
        }
        // Without `dc` the buffer is kept for a later record's.
        let docs = if later.dc {
            Some(docs)
        } else {
            self.spare_docs = docs;
            None
        };
        facts(
            later.f.unwrap_or(""),
            &mut self.last_code,
            &mut out.safety,
            docs,
            later,
        )?;
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
                // The text the unit's id was made from: given whole, or written into
                // `id_text` (not read back from the id, which would check it as UTF-8 again).
                let id = given_whole(later.i, later.r).unwrap_or(&self.id_text);
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

/// Every fact not given (`*s = Facts::default()`), an old list or map dropped only when there
/// is one — the usual unit has none. Written field by field as a destructuring, so that a fact
/// added to [`Facts`] cannot be left holding the unit before's value.
#[inline]
fn not_given(s: &mut Facts) {
    let Facts {
        registered,
        has_party_organisation,
        party_resolution,
        security_plan,
        households_registered,
        internal_rules,
        people_briefed,
        effective_models,
        policies_implemented,
        parent_coordination,
        events,
        crime_reduced,
        serious_crimes,
        new_hotspot,
        new_social_evil_person,
        offender_management_effective,
        accidents,
        school_violence,
        force_rating,
        has_protection_force,
        eligible_for_rating,
        commune_police_effective,
        discipline,
        staff_security_sanctions,
        members_committed_crime,
        sub_units,
        units,
        documents,
        tax_debt,
        extra,
    } = s;
    for fact in [
        registered,
        has_party_organisation,
        party_resolution,
        security_plan,
        internal_rules,
        policies_implemented,
        parent_coordination,
        crime_reduced,
        new_hotspot,
        new_social_evil_person,
        offender_management_effective,
        school_violence,
        has_protection_force,
        eligible_for_rating,
        commune_police_effective,
        tax_debt,
    ] {
        *fact = None;
    }
    *households_registered = None;
    *people_briefed = None;
    *effective_models = None;
    *force_rating = None;
    *staff_security_sanctions = None;
    *members_committed_crime = None;
    *sub_units = None;
    if events.is_some() {
        *events = None;
    }
    if serious_crimes.is_some() {
        *serious_crimes = None;
    }
    if accidents.is_some() {
        *accidents = None;
    }
    if discipline.is_some() {
        *discipline = None;
    }
    if units.is_some() {
        *units = None;
    }
    if documents.is_some() {
        *documents = None;
    }
    if !extra.is_empty() {
        extra.clear();
    }
}

#[cfg(test)]
#[path = "scan_unit_tests.rs"]
mod tests;
