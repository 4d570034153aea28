//! A v2 record → the [`UnitInput`] its v1 form reads into. Nothing left out becomes "met": a
//! position not written, `-`, `null` or an absent key is "not given", exactly as a v1 field
//! left out.

use super::ids::{make_id, write_id};
use super::record::{flag, Flag, Model, Record, FLAGS};
use super::Tables;
use crate::error::{Error, Subject};
use crate::law::qd3554::{ModelUnitFacts, PreviousYear};
use crate::law::qd510::ScoreInput;
use crate::law::tt124::Facts;
use crate::models::MovementModel;
use crate::unit::{Unit, UnitId};
use crate::year::input::UnitInput;

/// A unit with every field empty or at a placeholder, for [`decode_into`] to write over.
pub(crate) fn empty_unit() -> UnitInput {
    UnitInput::new(Unit::new(
        "",
        "",
        crate::unit::UnitKind::ResidentialArea,
        crate::unit::ManagingLevel::Commune,
    ))
}

/// Where a record is: its index, and its id once known (errors name the unit by it).
struct Ctx<'a> {
    id: Option<&'a str>,
    index: usize,
}

impl Ctx<'_> {
    fn err(&self, field: &str, expected: impl Into<String>, found: impl ToString) -> Error {
        let id = self
            .id
            .map_or_else(|| format!("units[{}]", self.index), str::to_owned);
        Error::invalid(
            Subject::Unit(UnitId::from(id)),
            format!("units[{}].{field}", self.index),
            expected.into(),
            found.to_string(),
        )
    }
}

/// Decode record `index` of a v2 input.
///
/// # Errors
///
/// A data error naming the unit and the field (`units[i].f`, `units[i].a[3]`, …).
pub(crate) fn decode(rec: Record, tables: &Tables, index: usize) -> Result<UnitInput, Error> {
    let mut out = empty_unit();
    decode_into(&rec, tables, index, &mut out, true)?;
    Ok(out)
}

/// [`decode`] into `out`, whose strings, maps and vectors are reused where the record allows
/// (the reader keeps one `UnitInput` for a whole input, so a usual record allocates nothing).
/// Every field of `out` is written; on an error `out` holds no particular value. Without
/// `awarded`, the points `a` and the model-unit codes `mu` are checked but not written into
/// the maps of facts by id (`out.score`'s points, `out.model_unit`'s criteria), which are
/// left empty: the caller passes them on by position.
///
/// # Errors
///
/// As [`decode`].
pub(crate) fn decode_into(
    rec: &Record,
    tables: &Tables,
    index: usize,
    out: &mut UnitInput,
    awarded: bool,
) -> Result<(), Error> {
    let mut ctx = Ctx { id: None, index };
    let (i, r, c) = (rec.i.as_deref(), rec.r.as_deref(), rec.c.as_deref());
    let Some(unit_id) = make_id(&mut String::new(), i, r, c) else {
        let found = match (i, r) {
            (Some(_), Some(_)) => "both `i` and `r`",
            (None, Some(_)) => "`r` without a commune `c`",
            _ => "neither `i` nor `r`",
        };
        return Err(ctx.err(
            "i",
            "the unit id: `i` (whole) or `r` (relative to the commune `c`)",
            found,
        ));
    };
    out.unit.id = unit_id;
    let id = out.unit.id.as_str();
    ctx.id = Some(id);
    let mut safety = Facts {
        households_registered: rec.hh,
        people_briefed: rec.pb,
        effective_models: rec.em,
        force_rating: rec.fr,
        staff_security_sanctions: rec.ss,
        members_committed_crime: rec.cm,
        sub_units: rec.su,
        units: rec.uc,
        extra: rec.x.clone(),
        ..Facts::default()
    };
    let mut lists = Lists {
        ev: rec.ev.as_ref(),
        sc: rec.sc.as_ref(),
        ac: rec.ac.as_ref(),
        di: rec.di.as_ref(),
        dc: rec.dc.as_ref(),
    };
    flags(
        &ctx,
        rec.f.as_ref().map_or("", super::record::Codes::as_str),
        &mut safety,
        &mut lists,
    )?;
    for (key, given) in lists.given() {
        if given {
            let expected = format!("`{key}` only when `f` marks its list `1`");
            return Err(ctx.err(key, expected, "a list where `f` does not mark it `1`"));
        }
    }
    score(
        &ctx,
        rec.a.as_deref(),
        rec.sf.as_deref(),
        tables,
        &mut out.score,
        awarded,
    )?;
    match &rec.mu {
        None => out.model_unit = None,
        Some(code) => model_unit(&ctx, code.as_str(), tables, &mut out.model_unit, awarded)?,
    }
    match &rec.md {
        None => out.models = None,
        Some(ms) => models(&ctx, id, ms, out.models.get_or_insert_with(Vec::new))?,
    }
    out.safety = safety;
    let u = &mut out.unit;
    u.name.clone_from(&rec.n);
    u.kind.clone_from(&rec.k.0);
    u.managed_by = rec.m;
    u.delegated_to = rec.g;
    match (&mut u.commune, &rec.c) {
        (Some(have), Some(c)) if have.as_str() == c => {}
        (slot, c) => *slot = c.as_deref().map(UnitId::from),
    }
    match (&mut u.district, &rec.d) {
        (Some(have), Some(d)) => have.clone_from(d),
        (slot, d) => slot.clone_from(d),
    }
    out.previous = PreviousYear {
        safety: rec.ps.clone(),
        class: rec.pc,
        model_unit: rec.pm,
    };
    out.model_history.clone_from(&rec.h);
    Ok(())
}

/// A movement model with nothing in it yet: the element a record's model is read into, its
/// strings' buffers reused from record to record.
pub(super) fn blank_model() -> MovementModel {
    MovementModel {
        id: String::new(),
        name: String::new(),
        effective: None,
        rating: None,
        dossier_complete: None,
        has_dossier: None,
    }
}

/// The movement models of unit `id` into `out` (its elements' strings reused).
fn models(ctx: &Ctx, id: &str, ms: &[Model], out: &mut Vec<MovementModel>) -> Result<(), Error> {
    out.truncate(ms.len());
    for (j, m) in ms.iter().enumerate() {
        if j == out.len() {
            out.push(blank_model());
        }
        let o = &mut out[j];
        if !write_id(&mut o.id, m.i.as_deref(), m.r.as_deref(), Some(id)) {
            let found = if m.i.is_some() {
                "both `i` and `r`"
            } else {
                "neither"
            };
            return Err(ctx.err(
                &format!("md[{j}].i"),
                "the model id: `i` (whole) or `r` (relative to the unit id)",
                found,
            ));
        }
        o.name.clone_from(&m.n);
        o.effective = m.e;
        o.rating = m.rt;
        o.dossier_complete = m.dc;
        o.has_dossier = m.hd;
    }
    Ok(())
}

struct Lists<'r> {
    ev: Option<&'r Vec<crate::law::tt124::facts::Event>>,
    sc: Option<&'r Vec<crate::law::tt124::facts::SeriousCrime>>,
    ac: Option<&'r Vec<crate::law::tt124::facts::Accident>>,
    di: Option<&'r Vec<crate::law::tt124::discipline::DisciplineRecord>>,
    dc: Option<&'r Vec<String>>,
}

impl Lists<'_> {
    /// Lists still held (given in the record but not claimed by a `1` in `f`).
    fn given(&self) -> [(&'static str, bool); 5] {
        [
            ("ev", self.ev.is_some()),
            ("sc", self.sc.is_some()),
            ("ac", self.ac.is_some()),
            ("di", self.di.is_some()),
            ("dc", self.dc.is_some()),
        ]
    }
}

/// Read the `f` code string into `safety`, copying the lists it marks `1` out of `lists`.
fn flags(ctx: &Ctx, code: &str, safety: &mut Facts, lists: &mut Lists) -> Result<(), Error> {
    if code.len() > FLAGS.len() {
        let expected = format!("at most {} codes", FLAGS.len());
        return Err(ctx.err("f", expected, format!("{} codes", code.chars().count())));
    }
    for (pos, c) in code.bytes().enumerate() {
        let (name, _) = FLAGS[pos];
        let bad = || {
            let expected = match flag(pos) {
                Flag::Bool => format!("`1`, `0` or `-` for `{name}` (position {pos})"),
                Flag::List(k) => format!(
                    "`1` (listed under `{k}`), `0` (none) or `-` for `{name}` (position {pos})"
                ),
            };
            let found = code[pos..].chars().next().map_or(String::new(), |c| {
                let mut s = String::from("`");
                s.push(c);
                s.push('`');
                s
            });
            ctx.err("f", expected, found)
        };
        let value = match c {
            b'1' => Some(true),
            b'0' => Some(false),
            b'-' => None,
            _ => return Err(bad()),
        };
        match flag(pos) {
            Flag::Bool => *bool_slot(safety, pos) = value,
            Flag::List(key) => {
                if value == Some(true) {
                    if !take_list(safety, lists, pos) {
                        let expected = format!("the list `{key}` (`f` marks `{name}` `1`)");
                        return Err(ctx.err(key, expected, "nothing"));
                    }
                } else if value == Some(false) {
                    none_list(safety, pos);
                }
            }
        }
    }
    Ok(())
}

fn bool_slot(s: &mut Facts, pos: usize) -> &mut Option<bool> {
    match pos {
        0 => &mut s.registered,
        1 => &mut s.has_party_organisation,
        2 => &mut s.party_resolution,
        3 => &mut s.security_plan,
        4 => &mut s.internal_rules,
        5 => &mut s.policies_implemented,
        6 => &mut s.parent_coordination,
        7 => &mut s.crime_reduced,
        8 => &mut s.new_hotspot,
        9 => &mut s.new_social_evil_person,
        10 => &mut s.offender_management_effective,
        11 => &mut s.school_violence,
        12 => &mut s.has_protection_force,
        13 => &mut s.eligible_for_rating,
        14 => &mut s.commune_police_effective,
        _ => &mut s.tax_debt,
    }
}

/// The boolean facts of `s` in [`FLAGS`] order (for the writer).
pub(crate) fn bools(s: &Facts) -> [Option<bool>; 16] {
    [
        s.registered,
        s.has_party_organisation,
        s.party_resolution,
        s.security_plan,
        s.internal_rules,
        s.policies_implemented,
        s.parent_coordination,
        s.crime_reduced,
        s.new_hotspot,
        s.new_social_evil_person,
        s.offender_management_effective,
        s.school_violence,
        s.has_protection_force,
        s.eligible_for_rating,
        s.commune_police_effective,
        s.tax_debt,
    ]
}

fn take_list(s: &mut Facts, l: &mut Lists, pos: usize) -> bool {
    match pos {
        16 => l.ev.take().map(|v| s.events = Some(v.clone())).is_some(),
        17 => {
            l.sc.take()
                .map(|v| s.serious_crimes = Some(v.clone()))
                .is_some()
        }
        18 => l.ac.take().map(|v| s.accidents = Some(v.clone())).is_some(),
        19 => {
            l.di.take()
                .map(|v| s.discipline = Some(v.clone()))
                .is_some()
        }
        _ => l.dc.take().map(|v| s.documents = Some(v.clone())).is_some(),
    }
}

fn none_list(s: &mut Facts, pos: usize) {
    match pos {
        16 => s.events = Some(Vec::new()),
        17 => s.serious_crimes = Some(Vec::new()),
        18 => s.accidents = Some(Vec::new()),
        19 => s.discipline = Some(Vec::new()),
        _ => s.documents = Some(Vec::new()),
    }
}

/// The QĐ510 input into `out`: `None` when neither `a` nor `sf` is given. The map of points is
/// updated in place when it holds exactly the items this record gives (the usual case: units
/// of one kind score the same items), else rebuilt.
fn score(
    ctx: &Ctx,
    a: Option<&[Option<u32>]>,
    sf: Option<&[crate::law::qd510::DeductionFact]>,
    tables: &Tables,
    out: &mut Option<ScoreInput>,
    awarded: bool,
) -> Result<(), Error> {
    if a.is_none() && sf.is_none() {
        *out = None;
        return Ok(());
    }
    let a = a.unwrap_or_default();
    if a.len() > tables.score_items.len() {
        let pos = tables.score_items.len();
        let expected = format!(
            "at most {} values (one per `score_items` entry in the header)",
            tables.score_items.len()
        );
        return Err(ctx.err(&format!("a[{pos}]"), expected, "a value past the table"));
    }
    let given = || {
        a.iter()
            .zip(&tables.score_items)
            .filter_map(|(v, item)| v.map(|v| (item, v)))
    };
    let out = out.get_or_insert_with(|| ScoreInput {
        awarded: std::collections::BTreeMap::new(),
        facts: Vec::new(),
    });
    if awarded {
        fill_map(&mut out.awarded, given().count(), given());
    } else {
        out.awarded.clear();
    }
    out.facts.clear();
    out.facts.extend_from_slice(sf.unwrap_or_default());
    Ok(())
}

/// Make `map` hold exactly the `n` pairs of `pairs` (distinct keys): values set in place when
/// `map` already has exactly those keys, else the map is rebuilt.
fn fill_map<'t, V: Copy>(
    map: &mut std::collections::BTreeMap<String, V>,
    n: usize,
    pairs: impl Iterator<Item = (&'t String, V)> + Clone,
) {
    // One search per pair: with `n` distinct keys all found in a map of `n` entries, the map
    // has exactly those keys. A key not found stops the walk; the rebuild overwrites what the
    // walk set.
    if map.len() == n {
        let found = pairs.clone().all(|(k, v)| match map.get_mut(k.as_str()) {
            Some(slot) => {
                *slot = v;
                true
            }
            None => false,
        });
        if found {
            return;
        }
    }
    // Table ids are unique, so this is the map; built in one go rather than by inserts.
    *map = pairs.map(|(k, v)| (k.clone(), v)).collect();
}

fn model_unit(
    ctx: &Ctx,
    code: &str,
    tables: &Tables,
    out: &mut Option<ModelUnitFacts>,
    by_id: bool,
) -> Result<(), Error> {
    let limit = tables.model_criteria.len() + 1;
    if code.len() > limit {
        let expected =
            format!("at most {limit} codes (registration, then one per `model_criteria` entry)");
        return Err(ctx.err("mu", expected, format!("{} codes", code.chars().count())));
    }
    let mut registered = None;
    for (pos, c) in code.bytes().enumerate() {
        let value = match c {
            b'1' => Some(true),
            b'0' => Some(false),
            b'-' => None,
            _ => {
                let what = if pos == 0 {
                    "`registered`".to_owned()
                } else {
                    format!("`{}`", tables.model_criteria[pos - 1])
                };
                let found = code[pos..].chars().next().unwrap_or(' ');
                return Err(ctx.err(
                    "mu",
                    format!("`1`, `0` or `-` for {what} (position {pos})"),
                    format!("`{found}`"),
                ));
            }
        };
        if pos == 0 {
            registered = value;
        }
    }
    // Criteria given (`1` or `0`) by position after the registration; `-` is not given.
    let given = || {
        code.bytes()
            .skip(1)
            .zip(&tables.model_criteria)
            .filter(|(c, _)| *c != b'-')
            .map(|(c, id)| (id, c == b'1'))
    };
    let out = out.get_or_insert_with(ModelUnitFacts::default);
    out.registered = registered;
    if by_id {
        fill_map(&mut out.criteria, given().count(), given());
    } else {
        out.criteria.clear();
    }
    Ok(())
}
