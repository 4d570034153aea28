//! Reading a year input as a stream. One reader serves [`YearInput::from_json`](crate::year::YearInput::from_json),
//! [`evaluate_json`] and [`evaluate_reader`], so the three accept the same documents and reject
//! the others with the same error:
//!
//! - malformed JSON is an [`Error::Parse`] with line and column;
//! - a data error (wrong type, unknown or duplicated key, year outside 2000–2100, missing field)
//!   names the unit (its id, or `units[i]` when the id itself is unreadable) and the exact path
//!   (`units[12].safety.discipline[0].form`) — and wins over any error of the rules, since
//!   [`YearInput::from_json`](crate::year::YearInput::from_json) would report it before evaluating;
//! - otherwise the first error of the rules (header, then units in input order, then the
//!   year's checks) — the error [`evaluate`](super::evaluate) returns.
//!
//! The fast path reads each unit straight into its type. Only when that fails does
//! [`evaluate_json`] read the text once more, unit by unit as raw text, to name the unit and
//! the path; [`evaluate_reader`] cannot re-read, so it keeps a copy of the current unit's bytes
//! and reads the failing unit from that copy and the rest of the stream.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::io::Read;
use std::rc::Rc;

use serde::de::{self, IgnoredAny, MapAccess, Visitor};

use super::super::input::UnitInput;
use super::super::report::{Report, UnitReport};
use super::super::v2::{self, Tables, SCHEMA_VERSION_V2};
use super::diagnose::diagnose_stream;
use super::evaluator::Evaluator;
use super::positions::Positional;
use super::window::Window;
use super::MAX_UNITS_BEFORE_HEADER;
use crate::error::{Error, Subject};
use crate::json;
use crate::policy::Policy;
use crate::strict::{MAX_YEAR, MIN_YEAR};

mod in_memory;
mod units;

pub use in_memory::{evaluate_json, evaluate_json_reusing};

use units::{unique_ids, Units};

const TOP_FIELDS: &str = "`schema_version`, `province`, `year`, `synthetic`, `units`, and with \
     `schema_version` 2 `score_items` and `model_criteria`";

/// Where the reader is, to name a data error serde reports without a path.
#[derive(Clone, Copy)]
enum At {
    Top,
    Key(&'static str),
    Units,
}

#[derive(Clone, Default)]
struct Header {
    version: Option<u32>,
    province: Option<String>,
    year: Option<i32>,
    synthetic: Option<bool>,
}

/// What becomes of the units read.
enum Sink<'p> {
    /// Decide each as it arrives (units before the header: held when reading from a reader).
    Evaluate {
        policy: &'p Policy,
        ev: Option<Box<Evaluator<'p>>>,
        held: Vec<UnitInput>,
        /// Memory for the reports, handed to the evaluator when it starts (DESIGN §30).
        spare: Vec<UnitReport>,
    },
    /// Keep them all.
    Collect(Vec<UnitInput>),
    /// Read and check only.
    Check,
}

impl<'p> Sink<'p> {
    /// A sink that decides each unit as it arrives, its reports made in `spare`'s memory.
    fn evaluating(policy: &'p Policy, spare: Vec<UnitReport>) -> Sink<'p> {
        Sink::Evaluate {
            policy,
            ev: None,
            held: Vec::new(),
            spare,
        }
    }

    /// Hand `spare` to an evaluating sink (a collecting or checking one leaves it).
    fn give_spare(&mut self, spare: &mut Vec<UnitReport>) {
        if let Sink::Evaluate { spare: s, .. } = self {
            *s = std::mem::take(spare);
        }
    }
}

/// A [`Window`]'s shared counters: (bytes given out, where the current record began).
type Counters = (Rc<Cell<u64>>, Rc<Cell<u64>>);

struct Run<'p> {
    sink: Sink<'p>,
    /// Units are read as raw text first, then typed (the second reading that names the unit of
    /// a data error).
    raw: bool,
    /// Inside a unit record (an error there is the record's).
    in_element: bool,
    /// Reader only: (bytes read so far, where the current record began).
    window: Option<Counters>,
    /// Hold units that come before the header (reader) rather than skip them for a second pass.
    hold: bool,
    /// The header, read by a first pass (header after the units).
    known: Option<Header>,
    header: Header,
    at: At,
    index: usize,
    units_seen: bool,
    /// Units came before the header and were only checked: a second pass must evaluate them.
    skipped: bool,
    /// A data error, already in the crate's form.
    data: Option<Error>,
    /// The first error of the rules; reported when the document has no data error.
    deferred: Option<Error>,
    /// The v2 tables read in the header (`score_items`, `model_criteria`), and which were given.
    tables: Tables,
    tables_seen: [bool; 2],
    /// The units are read as v2 records (the header said `schema_version` 2 before them).
    v2: Option<Tables>,
    /// The v2 record and unit read into place, record after record (their strings, maps and
    /// vectors reused).
    v2_scratch: Option<Box<(v2::Record, UnitInput)>>,
    /// Where the `units` array read by hand ended (an offset in its text).
    units_end: Option<usize>,
}

impl<'p> Run<'p> {
    /// The memory for the reports back from a reading that stops: the spare if no evaluator
    /// took it, else the evaluator's reports (emptied when they are reused).
    fn take_spare(&mut self) -> Vec<UnitReport> {
        match &mut self.sink {
            Sink::Evaluate { ev: Some(ev), .. } => ev.take_reports(),
            Sink::Evaluate { spare, .. } => std::mem::take(spare),
            Sink::Collect(_) | Sink::Check => Vec::new(),
        }
    }

    fn new(sink: Sink<'p>, raw: bool, hold: bool, known: Option<Header>) -> Self {
        Run {
            sink,
            raw,
            in_element: false,
            window: None,
            hold,
            known,
            header: Header::default(),
            at: At::Top,
            index: 0,
            units_seen: false,
            skipped: false,
            data: None,
            deferred: None,
            tables: Tables::default(),
            tables_seen: [false; 2],
            v2: None,
            v2_scratch: None,
            units_end: None,
        }
    }

    /// Keep `e` as the data error and stop reading.
    fn fail<E: de::Error>(&mut self, e: Error) -> E {
        self.data = Some(e);
        E::custom("data error")
    }

    fn header(&self) -> &Header {
        self.known.as_ref().unwrap_or(&self.header)
    }

    fn start_units(&mut self) {
        let h = self.known.clone().unwrap_or_else(|| self.header.clone());
        if h.version == Some(SCHEMA_VERSION_V2) {
            self.v2 = Some(self.tables.clone());
        }
        if let Sink::Evaluate {
            policy, ev, spare, ..
        } = &mut self.sink
        {
            match (h.version, &h.province, h.year) {
                (Some(v), Some(p), Some(y)) => {
                    match Evaluator::new(v, p, y, h.synthetic.unwrap_or(false), policy) {
                        Ok(mut e) => {
                            e.reuse(std::mem::take(spare));
                            if self.v2.is_some() {
                                let t = &self.tables;
                                e.set_tables(&t.score_items, &t.model_criteria);
                            }
                            *ev = Some(Box::new(e));
                        }
                        Err(e) => self.deferred = Some(e),
                    }
                }
                _ if self.hold => {}
                _ => self.skipped = true,
            }
        }
    }

    fn take<E: de::Error>(&mut self, rec: Cow<'_, UnitInput>) -> Result<(), E> {
        self.take_at(rec, None)
    }

    /// Whether a unit taken now goes straight to the evaluator (so its QĐ510 points may be
    /// given by position, see [`Run::take_at`]).
    fn evaluating(&self) -> bool {
        matches!(&self.sink, Sink::Evaluate { ev: Some(_), .. })
            && self.deferred.is_none()
            && !self.skipped
    }

    /// [`Run::take`], with the unit's QĐ510 points and model-unit codes by the positions of the
    /// v2 tables when given (the unit's maps of facts by id then empty): only when
    /// [`Run::evaluating`].
    fn take_at<E: de::Error>(
        &mut self,
        rec: Cow<'_, UnitInput>,
        at: Option<Positional<'_>>,
    ) -> Result<(), E> {
        if at.is_some() && !self.evaluating() {
            // Never kept or passed on with its map left empty.
            return Err(E::custom(
                "internal: points by position without an evaluator",
            ));
        }
        match &mut self.sink {
            Sink::Collect(v) => v.push(rec.into_owned()),
            Sink::Check => {}
            Sink::Evaluate { ev, held, .. } => {
                if self.deferred.is_some() || self.skipped {
                    return Ok(());
                }
                match ev {
                    Some(ev) => {
                        if let Err(e) = ev.push_at(&rec, at) {
                            self.deferred = Some(e);
                        }
                    }
                    None if held.len() >= MAX_UNITS_BEFORE_HEADER => {
                        let e = Error::invalid(
                            Subject::Input,
                            "units",
                            format!(
                                "`schema_version`, `province` and `year` before the units \
                                 (read from a stream, at most {MAX_UNITS_BEFORE_HEADER} units \
                                 may come before them)"
                            ),
                            format!("more than {MAX_UNITS_BEFORE_HEADER} units before the header"),
                        );
                        return Err(self.fail(e));
                    }
                    None => held.push(rec.into_owned()),
                }
            }
        }
        Ok(())
    }

    /// The crate's error for a serde error that stopped the reader; `element` names an error
    /// met inside a unit record read in typed mode (the fast path).
    fn error_after(
        &mut self,
        e: serde_json::Error,
        element: impl FnOnce(&serde_json::Error) -> Error,
    ) -> Error {
        if let Some(d) = self.data.take() {
            return d;
        }
        if self.in_element && !self.raw {
            return element(&e);
        }
        if e.is_syntax() || e.is_eof() || e.is_io() {
            return json::from_serde(Subject::Input, "", &e);
        }
        match self.at {
            At::Key(name) => json::from_serde(Subject::Input, name, &e),
            At::Units => json::from_serde(Subject::Input, "units", &e),
            At::Top => json::from_serde(Subject::Input, "", &e),
        }
    }

    /// Required header fields and the units, checked in a fixed order.
    fn check_complete(&self) -> Result<(u32, String, i32, bool), Error> {
        let h = self.header();
        let missing = |f| Error::missing(Subject::Input, f, "a value (required)");
        let v = h.version.ok_or_else(|| missing("schema_version"))?;
        let p = h.province.clone().ok_or_else(|| missing("province"))?;
        let y = h.year.ok_or_else(|| missing("year"))?;
        if !self.units_seen {
            return Err(missing("units"));
        }
        self.check_version_shape(v)?;
        Ok((v, p, y, h.synthetic.unwrap_or(false)))
    }

    /// The report, once the whole document was read without a data error.
    fn finish(self) -> Result<Report, Error> {
        let (v, p, y, synthetic) = self.check_complete()?;
        if let Some(e) = self.deferred {
            return Err(e);
        }
        match self.sink {
            Sink::Evaluate {
                ev: Some(mut ev), ..
            } => {
                ev.set_synthetic(synthetic);
                ev.finish()
            }
            Sink::Evaluate {
                policy,
                held,
                spare,
                ..
            } => {
                let mut ev = Evaluator::new(v, &p, y, synthetic, policy)?;
                ev.reuse(spare);
                for rec in &held {
                    ev.push(rec)?;
                }
                ev.finish()
            }
            Sink::Collect(_) | Sink::Check => Err(Error::Parse {
                subject: Subject::Input,
                message: "internal: no evaluator".into(),
            }),
        }
    }
}

/// The top-level object; with the text of the `units` array when it is read by hand (the
/// deserializer then sees `[]` in its place).
struct Top<'r, 'p, 't>(&'r mut Run<'p>, Option<&'t str>);

impl<'de> Visitor<'de> for Top<'_, '_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a year input object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let (run, units_text) = (self.0, self.1);
        let mut seen = [false; 7];
        while let Some(key) = map.next_key::<String>()? {
            let (i, name) = match key.as_str() {
                "schema_version" => (0, "schema_version"),
                "province" => (1, "province"),
                "year" => (2, "year"),
                "synthetic" => (3, "synthetic"),
                "units" => (4, "units"),
                "score_items" => (5, "score_items"),
                "model_criteria" => (6, "model_criteria"),
                other => {
                    let e = Error::invalid(
                        Subject::Input,
                        json::key_text(other).to_owned(),
                        format!("a known field: {TOP_FIELDS}"),
                        format!("unknown field `{other}`"),
                    );
                    return Err(run.fail(e));
                }
            };
            if std::mem::replace(&mut seen[i], true) {
                let e = Error::invalid(
                    Subject::Input,
                    name,
                    "the key once",
                    format!("duplicate key `{name}`"),
                );
                return Err(run.fail(e));
            }
            run.at = At::Key(name);
            if i != 4 && run.known.is_some() {
                // Second pass: the header was read and checked by the first.
                map.next_value::<IgnoredAny>()?;
            } else {
                match i {
                    0 => run.header.version = Some(map.next_value()?),
                    1 => run.header.province = Some(map.next_value()?),
                    2 => {
                        let y: i32 = map.next_value()?;
                        if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
                            let e = Error::invalid(
                                Subject::Input,
                                "year",
                                "a year from 2000 to 2100",
                                y,
                            );
                            return Err(run.fail(e));
                        }
                        run.header.year = Some(y);
                    }
                    3 => run.header.synthetic = Some(map.next_value()?),
                    5 | 6 => {
                        let ids: Vec<String> = map.next_value()?;
                        if let Err(e) = unique_ids(name, &ids) {
                            return Err(run.fail(e));
                        }
                        run.tables_seen[i - 5] = true;
                        if i == 5 {
                            run.tables.score_items = ids;
                        } else {
                            run.tables.model_criteria = ids;
                        }
                    }
                    _ => {
                        run.units_seen = true;
                        run.start_units();
                        run.at = At::Units;
                        map.next_value_seed(Units(&mut *run, units_text))?;
                    }
                }
            }
            run.at = At::Top;
        }
        Ok(())
    }
}

/// Run the year-input reader over one serde_json deserializer, to the end of the text.
fn drive<'de, R: serde_json::de::Read<'de>>(
    run: &mut Run<'_>,
    de: serde_json::Deserializer<R>,
) -> Result<(), serde_json::Error> {
    drive_with(run, de, None)
}

/// [`drive`], the `units` array read by hand from `units_text` when given.
fn drive_with<'de, R: serde_json::de::Read<'de>>(
    run: &mut Run<'_>,
    mut de: serde_json::Deserializer<R>,
    units_text: Option<&str>,
) -> Result<(), serde_json::Error> {
    de::Deserializer::deserialize_map(&mut de, Top(run, units_text))?;
    de.end()
}

/// [`evaluate_json`] reading from a stream (e.g. a buffered file), so not even the input text
/// is held in memory; same report and same errors. A copy of the current unit record's bytes is
/// kept, so that an error in it is named from them and the rest of the stream, without
/// re-reading. Units that come before the header are held until it arrives, at most
/// [`MAX_UNITS_BEFORE_HEADER`] of them.
///
/// # Errors
///
/// Those of [`evaluate_json`], and a read error of `reader`.
pub fn evaluate_reader<R: Read>(reader: R, policy: &Policy) -> Result<Report, Error> {
    let sink = Sink::evaluating(policy, Vec::new());
    let mut window = Window::new(reader);
    let mut run = Run::new(sink, false, true, None);
    run.window = Some((Rc::clone(&window.read), Rc::clone(&window.mark)));
    let result = drive(&mut run, serde_json::Deserializer::from_reader(&mut window));
    if let Err(e) = result {
        let index = run.index;
        let tables = run.v2.clone();
        return Err(run.error_after(e, |e| {
            let (prefix, rest) = window.record();
            diagnose_stream(index, tables.as_ref(), &prefix, rest, e)
        }));
    }
    run.finish()
}
