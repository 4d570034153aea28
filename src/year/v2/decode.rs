//! A v2 record → the [`UnitInput`] its v1 form reads into. Nothing left out becomes "met": a
//! position not written, `-`, `null` or an absent key is "not given", exactly as a v1 field
//! left out.

use super::record::{flag, Flag, Record, FLAGS};
use super::Tables;
use crate::error::{Error, Subject};
use crate::law::qd3554::{ModelUnitFacts, PreviousYear};
use crate::law::qd510::ScoreInput;
use crate::law::tt124::Facts;
use crate::models::MovementModel;
use crate::unit::{Unit, UnitId};
use crate::year::input::UnitInput;

/// The unit id of a record: `i`, or `<c>-<r>`; `None` when neither (or both) can be used.
pub(crate) fn record_id(i: Option<&str>, r: Option<&str>, c: Option<&str>) -> Option<String> {
    match (i, r, c) {
        (Some(i), None, _) => Some(i.to_owned()),
        (None, Some(r), Some(c)) => Some(format!("{c}-{r}")),
        _ => None,
    }
}

struct Ctx {
    subject: Subject,
    index: usize,
}

impl Ctx {
    fn err(&self, field: &str, expected: impl Into<String>, found: impl ToString) -> Error {
        Error::invalid(
            self.subject.clone(),
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
    let id = record_id(rec.i.as_deref(), rec.r.as_deref(), rec.c.as_deref());
    let ctx = Ctx {
        subject: Subject::Unit(UnitId(
            id.clone().unwrap_or_else(|| format!("units[{index}]")),
        )),
        index,
    };
    let Some(id) = id else {
        let found = match (&rec.i, &rec.r) {
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
    let mut safety = Facts {
        households_registered: rec.hh,
        people_briefed: rec.pb,
        effective_models: rec.em,
        force_rating: rec.fr,
        staff_security_sanctions: rec.ss,
        members_committed_crime: rec.cm,
        sub_units: rec.su,
        units: rec.uc,
        extra: rec.x,
        ..Facts::default()
    };
    let mut lists = Lists {
        ev: rec.ev,
        sc: rec.sc,
        ac: rec.ac,
        di: rec.di,
        dc: rec.dc,
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
    let score = score(&ctx, rec.a, rec.sf, tables)?;
    let model_unit = match rec.mu {
        None => None,
        Some(code) => Some(model_unit(&ctx, code.as_str(), tables)?),
    };
    // Mapped in place where the allocation allows (no second vector per record).
    let models = match rec.md {
        None => None,
        Some(ms) => Some(
            ms.into_iter()
                .enumerate()
                .map(|(j, m)| {
                    let model_id = match (m.i, m.r) {
                        (Some(i), None) => i,
                        (None, Some(r)) => format!("{id}-{r}"),
                        (i, _) => {
                            let found = if i.is_some() {
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
                    };
                    Ok(MovementModel {
                        id: model_id,
                        name: m.n,
                        effective: m.e,
                        rating: m.rt,
                        dossier_complete: m.dc,
                        has_dossier: m.hd,
                    })
                })
                .collect::<Result<Vec<_>, Error>>()?,
        ),
    };
    let unit = Unit {
        id: UnitId(id),
        name: rec.n,
        kind: rec.k.0,
        managed_by: rec.m,
        delegated_to: rec.g,
        commune: rec.c.map(UnitId),
        district: rec.d,
    };
    Ok(UnitInput {
        unit,
        safety,
        score,
        model_unit,
        models,
        previous: PreviousYear {
            safety: rec.ps,
            class: rec.pc,
            model_unit: rec.pm,
        },
        model_history: rec.h,
    })
}

struct Lists {
    ev: Option<Vec<crate::law::tt124::facts::Event>>,
    sc: Option<Vec<crate::law::tt124::facts::SeriousCrime>>,
    ac: Option<Vec<crate::law::tt124::facts::Accident>>,
    di: Option<Vec<crate::law::tt124::discipline::DisciplineRecord>>,
    dc: Option<Vec<String>>,
}

impl Lists {
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

/// Read the `f` code string into `safety`, moving the lists it marks `1` out of `lists`.
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
        16 => l.ev.take().map(|v| s.events = Some(v)).is_some(),
        17 => l.sc.take().map(|v| s.serious_crimes = Some(v)).is_some(),
        18 => l.ac.take().map(|v| s.accidents = Some(v)).is_some(),
        19 => l.di.take().map(|v| s.discipline = Some(v)).is_some(),
        _ => l.dc.take().map(|v| s.documents = Some(v)).is_some(),
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

fn score(
    ctx: &Ctx,
    a: Option<Vec<Option<u32>>>,
    sf: Option<Vec<crate::law::qd510::DeductionFact>>,
    tables: &Tables,
) -> Result<Option<ScoreInput>, Error> {
    if a.is_none() && sf.is_none() {
        return Ok(None);
    }
    let mut awarded = Vec::new();
    for (pos, v) in a.unwrap_or_default().into_iter().enumerate() {
        let Some(item) = tables.score_items.get(pos) else {
            let expected = format!(
                "at most {} values (one per `score_items` entry in the header)",
                tables.score_items.len()
            );
            return Err(ctx.err(&format!("a[{pos}]"), expected, "a value past the table"));
        };
        if let Some(v) = v {
            awarded.push((item.clone(), v));
        }
    }
    Ok(Some(ScoreInput {
        // Table ids are unique, so this is the map; built in one go rather than by inserts.
        awarded: awarded.into_iter().collect(),
        facts: sf.unwrap_or_default(),
    }))
}

fn model_unit(ctx: &Ctx, code: &str, tables: &Tables) -> Result<ModelUnitFacts, Error> {
    let mut facts = ModelUnitFacts::default();
    let mut criteria = Vec::with_capacity(code.len());
    let limit = tables.model_criteria.len() + 1;
    if code.len() > limit {
        let expected =
            format!("at most {limit} codes (registration, then one per `model_criteria` entry)");
        return Err(ctx.err("mu", expected, format!("{} codes", code.chars().count())));
    }
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
        match (pos, value) {
            (0, v) => facts.registered = v,
            (_, Some(v)) => criteria.push((tables.model_criteria[pos - 1].clone(), v)),
            (_, None) => {}
        }
    }
    // Table ids are unique: the map in one go (sorted once, built in bulk).
    facts.criteria = criteria.into_iter().collect();
    Ok(facts)
}
