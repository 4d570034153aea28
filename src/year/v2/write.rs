//! Writing a [`YearInput`] as a v2 document.

use std::collections::BTreeMap;
use std::io::Write;

use super::decode::bools;
use super::record::{Codes, KindField, Model, Record, FLAGS};
use super::{Tables, SCHEMA_VERSION_V2};
use crate::year::input::{UnitInput, YearInput};

/// The ids of `ids`, most used first (ties by id): the first positions are the ones most units
/// fill, so their arrays stay short.
fn table<'a>(ids: impl Iterator<Item = &'a String>) -> Vec<String> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for id in ids {
        *count.entry(id.as_str()).or_default() += 1;
    }
    let mut v: Vec<(&str, usize)> = count.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter().map(|(id, _)| id.to_owned()).collect()
}

fn tables(input: &YearInput) -> Tables {
    Tables {
        score_items: table(
            input
                .units
                .iter()
                .filter_map(|u| u.score.as_ref())
                .flat_map(|s| s.awarded.keys()),
        ),
        model_criteria: table(
            input
                .units
                .iter()
                .filter_map(|u| u.model_unit.as_ref())
                .flat_map(|m| m.criteria.keys()),
        ),
    }
}

fn code(v: Option<bool>) -> u8 {
    match v {
        Some(true) => b'1',
        Some(false) => b'0',
        None => b'-',
    }
}

fn list_code<T>(v: &Option<Vec<T>>) -> u8 {
    match v {
        None => b'-',
        Some(l) if l.is_empty() => b'0',
        Some(_) => b'1',
    }
}

fn nonempty<T: Clone>(v: &Option<Vec<T>>) -> Option<Vec<T>> {
    v.as_ref().filter(|l| !l.is_empty()).cloned()
}

fn trim(mut codes: Vec<u8>, keep: usize) -> String {
    while codes.len() > keep && codes.last() == Some(&b'-') {
        codes.pop();
    }
    String::from_utf8(codes).expect("ASCII codes")
}

/// `id` written relative to `base` (`<base>-<rest>`) when it can be.
fn relative(id: &str, base: &str) -> Option<String> {
    id.strip_prefix(base)
        .and_then(|rest| rest.strip_prefix('-'))
        .filter(|rest| !rest.is_empty())
        .map(str::to_owned)
}

fn encode(u: &UnitInput, tables: &Tables) -> Record {
    let s = &u.safety;
    let id = u.unit.id.as_str();
    let r = u
        .unit
        .commune
        .as_ref()
        .and_then(|c| relative(id, c.as_str()));
    let mut f: Vec<u8> = bools(s).iter().map(|&b| code(b)).collect();
    f.push(list_code(&s.events));
    f.push(list_code(&s.serious_crimes));
    f.push(list_code(&s.accidents));
    f.push(list_code(&s.discipline));
    f.push(list_code(&s.documents));
    debug_assert_eq!(f.len(), FLAGS.len());
    let f = trim(f, 0);
    let a = u.score.as_ref().map(|sc| {
        let mut a: Vec<Option<u32>> = Vec::new();
        for (pos, item) in tables.score_items.iter().enumerate() {
            if let Some(&v) = sc.awarded.get(item) {
                a.resize(pos + 1, None);
                a[pos] = Some(v);
            }
        }
        a
    });
    let mu = u.model_unit.as_ref().map(|m| {
        let mut codes = vec![code(m.registered)];
        codes.extend(
            tables
                .model_criteria
                .iter()
                .map(|c| code(m.criteria.get(c).copied())),
        );
        Codes::new(&trim(codes, 0))
    });
    let md = u.models.as_ref().map(|ms| {
        ms.iter()
            .map(|m| {
                let r = relative(&m.id, id);
                Model {
                    i: if r.is_none() {
                        Some(m.id.clone())
                    } else {
                        None
                    },
                    r,
                    n: m.name.clone(),
                    e: m.effective,
                    rt: m.rating,
                    dc: m.dossier_complete,
                    hd: m.has_dossier,
                }
            })
            .collect()
    });
    Record {
        i: if r.is_none() {
            Some(id.to_owned())
        } else {
            None
        },
        r,
        n: u.unit.name.clone(),
        k: KindField(u.unit.kind.clone()),
        m: u.unit.managed_by,
        g: u.unit.delegated_to,
        c: u.unit.commune.as_ref().map(|c| c.as_str().to_owned()),
        d: u.unit.district.clone(),
        f: if f.is_empty() {
            None
        } else {
            Some(Codes::new(&f))
        },
        hh: s.households_registered,
        pb: s.people_briefed,
        em: s.effective_models,
        fr: s.force_rating,
        ss: s.staff_security_sanctions,
        cm: s.members_committed_crime,
        su: s.sub_units,
        uc: s.units,
        ev: nonempty(&s.events),
        sc: nonempty(&s.serious_crimes),
        ac: nonempty(&s.accidents),
        di: nonempty(&s.discipline),
        dc: nonempty(&s.documents),
        x: s.extra.clone(),
        a,
        sf: u
            .score
            .as_ref()
            .map(|sc| sc.facts.clone())
            .filter(|f| !f.is_empty()),
        mu,
        md,
        ps: u.previous.safety.clone(),
        pc: u.previous.class,
        pm: u.previous.model_unit,
        h: u.model_history.clone(),
    }
}

/// Write `input` as a v2 document (header and tables first, then one record per unit, in input
/// order). Reading it back ([`YearInput::from_json`]) gives `input` again (with
/// `schema_version` 1, the version of the in-memory form).
///
/// ```
/// use antq::year::{synthetic, v2, YearInput};
/// let input = synthetic::province(&synthetic::Shape::small(), 2026, 7);
/// let text = v2::to_json(&input);
/// assert!(text.len() * 2 < serde_json::to_vec(&input).unwrap().len());
/// assert_eq!(YearInput::from_json(&text).unwrap(), input);
/// ```
pub fn to_json(input: &YearInput) -> Vec<u8> {
    let mut out = Vec::new();
    to_writer(&mut out, input).expect("writing to memory");
    out
}

/// [`to_json`] to a writer.
///
/// # Errors
///
/// A write error of `w`.
pub fn to_writer<W: Write>(mut w: W, input: &YearInput) -> std::io::Result<()> {
    let tables = tables(input);
    write!(w, "{{\"schema_version\":{SCHEMA_VERSION_V2},\"province\":")?;
    serde_json::to_writer(&mut w, &input.province)?;
    write!(
        w,
        ",\"year\":{},\"synthetic\":{}",
        input.year, input.synthetic
    )?;
    if !tables.score_items.is_empty() {
        w.write_all(b",\"score_items\":")?;
        serde_json::to_writer(&mut w, &tables.score_items)?;
    }
    if !tables.model_criteria.is_empty() {
        w.write_all(b",\"model_criteria\":")?;
        serde_json::to_writer(&mut w, &tables.model_criteria)?;
    }
    w.write_all(b",\"units\":[")?;
    for (n, u) in input.units.iter().enumerate() {
        if n > 0 {
            w.write_all(b",")?;
        }
        serde_json::to_writer(&mut w, &encode(u, &tables))?;
    }
    w.write_all(b"]}")
}
