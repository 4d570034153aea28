//! Báo cáo ra JSON — the report written straight to the output, without `serde`, byte for byte
//! what `serde_json` writes for the same [`Report`] (the `Serialize` derive stays the reference:
//! schema tests and library users go through it).
//!
//! The parts that grow with the province — the units with their issues, the dockets with their
//! unit ids, the criteria cited — are written by hand, keys as literal bytes and strings through
//! a word-at-a-time escaper ([`super::report_json_out`]). The small or rare parts, and any value
//! holding a decimal, a date or a citation (header sections, communes, calendar, provisional
//! uses, roadmap), are handed to `serde_json` at the current depth, so their bytes are
//! `serde_json`'s by construction. Structure (commas, colons, pretty newlines and indentation)
//! always goes through `serde_json`'s own formatter calls.

use std::io;

use serde_json::ser::CompactFormatter;

use super::report::{
    BodySummary, ClassSummary, Issue, ModelUnitSummary, ModelsSummary, Report, UnitReport,
};
use super::report_json_names::{
    action_name, class_name, kind_name, level_name, model_outcome_name, not_subject_name,
    prerequisite_name, q, safety_name, status_name, Quoted,
};
use super::report_json_out::{Layout, Out, Pretty};
use crate::explain::{Criterion, Value};
use crate::outcome::SafetyOutcome;

impl Report {
    /// Write the report as compact JSON: exactly the bytes of `serde_json::to_writer(w, self)`,
    /// about twice as fast. `w` is not flushed.
    ///
    /// # Errors
    ///
    /// The writer's error, as it came.
    ///
    /// ```
    /// use antq::policy::Policy;
    /// use antq::year::{evaluate, synthetic};
    ///
    /// let input = synthetic::province(&synthetic::Shape::small(), 2026, 7);
    /// let report = evaluate(&input, &Policy::son_la_2026()).unwrap();
    /// let mut out = Vec::new();
    /// report.write_json(&mut out).unwrap();
    /// assert_eq!(out, serde_json::to_vec(&report).unwrap());
    /// let mut pretty = Vec::new();
    /// report.write_json_pretty(&mut pretty).unwrap();
    /// assert_eq!(pretty, serde_json::to_vec_pretty(&report).unwrap());
    /// ```
    pub fn write_json<W: io::Write>(&self, w: W) -> io::Result<()> {
        let mut out = Out::new(w, CompactFormatter);
        report(&mut out, self)?;
        out.finish()
    }

    /// Write the report as pretty JSON (two-space indent): exactly the bytes of
    /// `serde_json::to_writer_pretty(w, self)` (two-space indent), as the `antq` program
    /// writes its report. `w` is not flushed.
    ///
    /// # Errors
    ///
    /// The writer's error, as it came.
    pub fn write_json_pretty<W: io::Write>(&self, w: W) -> io::Result<()> {
        let mut out = Out::new(w, Pretty::new());
        report(&mut out, self)?;
        out.finish()
    }
}

/// `,"k":` as literal bytes: the key quoted, between the comma that comes before any key but
/// the first and the colon after it ([`Out::key`] takes the part its layout needs).
macro_rules! k {
    ($k:literal) => {
        concat!(",\"", $k, "\":").as_bytes()
    };
}

/// `"key": [ … ]`, each element written by `each` (a full chunk passed on between elements).
fn array<W: io::Write, F: Layout, T>(
    o: &mut Out<W, F>,
    first: bool,
    key: &[u8],
    items: &[T],
    mut each: impl FnMut(&mut Out<W, F>, &T) -> io::Result<()>,
) -> io::Result<()> {
    o.key(first, key)?;
    o.arr()?;
    for (i, item) in items.iter().enumerate() {
        o.elem(i == 0)?;
        each(o, item)?;
        o.end_elem()?;
        o.drain()?;
    }
    o.end_arr()?;
    o.end_field()
}

fn report<W: io::Write, F: Layout>(o: &mut Out<W, F>, r: &Report) -> io::Result<()> {
    o.obj()?;
    o.key(true, k!("schema_version"))?;
    o.u64(u64::from(r.schema_version));
    o.end_field()?;
    o.key(false, k!("province"))?;
    o.str(&r.province);
    o.end_field()?;
    o.key(false, k!("year"))?;
    o.i64(i64::from(r.year));
    o.end_field()?;
    o.key(false, k!("synthetic"))?;
    o.bool(r.synthetic);
    o.end_field()?;
    o.key(false, k!("policy"))?;
    o.str(&r.policy);
    o.end_field()?;
    o.key(false, k!("regime"))?;
    o.serde(&r.regime)?;
    o.end_field()?;
    o.key(false, k!("totals"))?;
    o.serde(&r.totals)?;
    o.end_field()?;
    // A commune holds a decimal share and a class map: serde_json writes each one.
    array(o, false, k!("communes"), &r.communes, |o, c| o.serde(c))?;
    array(o, false, k!("bodies"), &r.bodies, body)?;
    if let Some(roadmap) = &r.roadmap {
        o.key(false, k!("roadmap"))?;
        o.serde(roadmap)?;
        o.end_field()?;
    }
    if !r.class_targets.is_empty() {
        o.key(false, k!("class_targets"))?;
        o.serde(&r.class_targets)?;
        o.end_field()?;
    }
    o.key(false, k!("calendar"))?;
    o.serde(&r.calendar)?;
    o.end_field()?;
    o.key(false, k!("provisional"))?;
    o.serde(&r.provisional)?;
    o.end_field()?;
    o.key(false, k!("criteria"))?;
    o.obj()?;
    for (i, (id, c)) in r.criteria.iter().enumerate() {
        o.key_str(i == 0, id)?;
        criterion(o, c)?;
        o.end_field()?;
    }
    o.end_obj()?;
    o.end_field()?;
    array(o, false, k!("units"), &r.units, unit)?;
    if let Some(audit) = &r.audit {
        o.key(false, k!("audit"))?;
        o.serde(audit)?;
        o.end_field()?;
    }
    o.end_obj()
}

fn criterion<W: io::Write, F: Layout>(o: &mut Out<W, F>, c: &Criterion) -> io::Result<()> {
    o.obj()?;
    o.key(true, k!("id"))?;
    o.str(&c.id);
    o.end_field()?;
    o.key(false, k!("source"))?;
    o.serde(&c.source)?;
    o.end_field()?;
    o.key(false, k!("vi"))?;
    o.str(&c.vi);
    o.end_field()?;
    o.key(false, k!("en"))?;
    o.str(&c.en);
    o.end_field()?;
    o.end_obj()
}

fn body<W: io::Write, F: Layout>(o: &mut Out<W, F>, b: &BodySummary) -> io::Result<()> {
    o.obj()?;
    o.key(true, k!("procedure"))?;
    o.name(b.procedure.code());
    o.end_field()?;
    o.key(false, k!("body"))?;
    o.name(b.body.code());
    o.end_field()?;
    o.key(false, k!("jurisdiction"))?;
    o.str(&b.jurisdiction);
    o.end_field()?;
    o.key(false, k!("deadline"))?;
    o.serde(&b.deadline)?;
    o.end_field()?;
    o.key(false, k!("units"))?;
    o.u64(u64::from(b.units));
    o.end_field()?;
    o.key(false, k!("favourable"))?;
    o.u64(u64::from(b.favourable));
    o.end_field()?;
    array(o, false, k!("unit_ids"), &b.unit_ids, |o, id| {
        o.id(id);
        Ok(())
    })?;
    o.end_obj()
}

fn unit<W: io::Write, F: Layout>(o: &mut Out<W, F>, u: &UnitReport) -> io::Result<()> {
    o.obj()?;
    o.key(true, k!("id"))?;
    o.id(&u.id);
    o.end_field()?;
    o.key(false, k!("name"))?;
    o.str(&u.name);
    o.end_field()?;
    o.key(false, k!("kind"))?;
    o.quoted(kind_name(u.kind));
    o.end_field()?;
    if let Some(c) = &u.commune {
        o.key(false, k!("commune"))?;
        o.id(c);
        o.end_field()?;
    }
    if let Some(d) = &u.district {
        o.key(false, k!("district"))?;
        o.str(d);
        o.end_field()?;
    }
    o.key(false, k!("level"))?;
    o.quoted(level_name(u.level));
    o.end_field()?;
    o.key(false, k!("safety"))?;
    safety(o, &u.safety)?;
    o.end_field()?;
    issues(o, k!("safety_issues"), &u.safety_issues)?;
    if let Some(c) = &u.classification {
        o.key(false, k!("classification"))?;
        class(o, c)?;
        o.end_field()?;
    }
    issues(o, k!("classification_issues"), &u.classification_issues)?;
    if let Some(m) = &u.model_unit {
        o.key(false, k!("model_unit"))?;
        model_unit(o, m)?;
        o.end_field()?;
    }
    issues(o, k!("model_unit_issues"), &u.model_unit_issues)?;
    if let Some(m) = &u.models {
        o.key(false, k!("models"))?;
        models(o, m)?;
        o.end_field()?;
    }
    // recognised_by, classified_by, deadline, classification_deadline: `#[serde(skip)]`, on
    // the dockets (schema version 2).
    o.end_obj()
}

/// `SafetyOutcome`: adjacently tagged (`outcome`, `reason`).
fn safety<W: io::Write, F: Layout>(o: &mut Out<W, F>, s: &SafetyOutcome) -> io::Result<()> {
    match s {
        SafetyOutcome::NotSubject(reason) => {
            o.obj()?;
            o.key(true, k!("outcome"))?;
            o.quoted(safety_name(s));
            o.end_field()?;
            o.key(false, k!("reason"))?;
            o.quoted(not_subject_name(*reason));
            o.end_field()?;
            o.end_obj()
        }
        // Rare, and its reason is itself tagged with a payload: serde_json writes it.
        SafetyOutcome::ExcludedFromReview(_) => o.serde(s),
        SafetyOutcome::NotRecognised | SafetyOutcome::Recognised | SafetyOutcome::CannotDecide => {
            o.obj()?;
            o.key(true, k!("outcome"))?;
            o.quoted(safety_name(s));
            o.end_field()?;
            o.end_obj()
        }
    }
}

/// A list of issues under `key`, left out when empty.
fn issues<W: io::Write, F: Layout>(
    o: &mut Out<W, F>,
    key: &[u8],
    list: &[Issue],
) -> io::Result<()> {
    if list.is_empty() {
        return Ok(());
    }
    array(o, false, key, list, |o, is| {
        o.obj()?;
        o.key(true, k!("criterion"))?;
        o.str(&is.criterion);
        o.end_field()?;
        o.key(false, k!("status"))?;
        o.quoted(status_name(is.status));
        o.end_field()?;
        if is.observed != Value::None {
            o.key(false, k!("observed"))?;
            value(o, &is.observed)?;
            o.end_field()?;
        }
        if is.required != Value::None {
            o.key(false, k!("required"))?;
            value(o, &is.required)?;
            o.end_field()?;
        }
        o.end_obj()
    })
}

/// `Value`: adjacently tagged (`type`, `value`); serde_json writes the decimals.
fn value<W: io::Write, F: Layout>(o: &mut Out<W, F>, v: &Value) -> io::Result<()> {
    o.obj()?;
    o.key(true, k!("type"))?;
    match v {
        Value::None => {
            o.quoted(q!("none"));
            o.end_field()?;
            return o.end_obj();
        }
        Value::Bool(b) => {
            content(o, q!("bool"))?;
            o.bool(*b);
        }
        Value::Count(n) => {
            content(o, q!("count"))?;
            o.u64(*n);
        }
        Value::Number(d) => {
            content(o, q!("number"))?;
            o.serde(d)?;
        }
        Value::Ratio { num, den } => {
            content(o, q!("ratio"))?;
            o.obj()?;
            o.key(true, k!("num"))?;
            o.u64(*num);
            o.end_field()?;
            o.key(false, k!("den"))?;
            o.u64(*den);
            o.end_field()?;
            o.end_obj()?;
        }
        Value::Percent(d) => {
            content(o, q!("percent"))?;
            o.serde(d)?;
        }
        Value::AtLeastPercent(d) => {
            content(o, q!("at_least_percent"))?;
            o.serde(d)?;
        }
        Value::AtLeast(n) => {
            content(o, q!("at_least"))?;
            o.u64(*n);
        }
        Value::AtMost(n) => {
            content(o, q!("at_most"))?;
            o.u64(*n);
        }
        Value::Money(d) => {
            content(o, q!("money"))?;
            o.serde(d)?;
        }
        Value::Points(p) => {
            content(o, q!("points"))?;
            o.i64(*p);
        }
        Value::Text(t) => {
            content(o, q!("text"))?;
            o.str(t);
        }
        Value::List(items) => {
            content(o, q!("list"))?;
            o.strs(items.iter().map(|s| &**s))?;
        }
    }
    o.end_field()?;
    o.end_obj()
}

/// The tag's name (given quoted), then the `value` key.
fn content<W: io::Write, F: Layout>(o: &mut Out<W, F>, tag: &Quoted) -> io::Result<()> {
    o.quoted(tag);
    o.end_field()?;
    o.key(false, k!("value"))
}

fn class<W: io::Write, F: Layout>(o: &mut Out<W, F>, c: &ClassSummary) -> io::Result<()> {
    o.obj()?;
    o.key(true, k!("total"))?;
    o.u64(u64::from(c.total));
    o.end_field()?;
    o.key(false, k!("class"))?;
    o.quoted(class_name(c.class));
    o.end_field()?;
    o.key(false, k!("unscored_items"))?;
    o.u64(u64::from(c.unscored_items));
    o.end_field()?;
    o.key(false, k!("provisional"))?;
    o.bool(c.provisional);
    o.end_field()?;
    o.end_obj()
}

fn model_unit<W: io::Write, F: Layout>(o: &mut Out<W, F>, m: &ModelUnitSummary) -> io::Result<()> {
    o.obj()?;
    if let Some(p) = m.prerequisites {
        o.key(true, k!("prerequisites"))?;
        o.quoted(prerequisite_name(p));
        o.end_field()?;
    }
    o.key(m.prerequisites.is_none(), k!("outcome"))?;
    o.quoted(model_outcome_name(m.outcome));
    o.end_field()?;
    o.key(false, k!("unmet"))?;
    o.u64(u64::from(m.unmet));
    o.end_field()?;
    o.end_obj()
}

fn models<W: io::Write, F: Layout>(o: &mut Out<W, F>, m: &ModelsSummary) -> io::Result<()> {
    o.obj()?;
    o.key(true, k!("requirement"))?;
    o.quoted(status_name(m.requirement));
    o.end_field()?;
    o.key(false, k!("effective"))?;
    o.u64(u64::from(m.effective));
    o.end_field()?;
    array(o, false, k!("actions"), &m.actions, |o, a| {
        o.quoted(action_name(*a));
        Ok(())
    })?;
    o.end_obj()
}
