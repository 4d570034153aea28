//! A year input held in memory: [`evaluate_json`] and [`YearInput::from_json`], with the fast
//! reading of a plain v2 document (DESIGN §21.1) and the second reading that names the unit
//! and path of a data error.

use super::super::super::input::{YearInput, SCHEMA_VERSION};
use super::super::super::report::{Report, UnitReport};
use super::super::super::v2::{self, SCHEMA_VERSION_V2};
use super::super::diagnose::not_json;
use super::{drive, drive_with, Header, Run, Sink};
use crate::error::{Error, Subject};
use crate::json;
use crate::policy::Policy;

/// [`drive`] over the text: as `str` when it is valid UTF-8 (checked once, here, instead of
/// string by string as the byte reader does), else as bytes, so that an invalid byte is still
/// reported where it is.
fn drive_slice(run: &mut Run<'_>, json: &[u8]) -> Result<(), serde_json::Error> {
    match std::str::from_utf8(json) {
        Ok(text) => drive(run, serde_json::Deserializer::from_str(text)),
        Err(_) => drive(run, serde_json::Deserializer::from_slice(json)),
    }
}

/// Read the text once more, units as raw text, to name the unit and path of an error the fast
/// path met inside a unit record (`original`).
fn diagnose(json: &[u8], original: &serde_json::Error) -> Error {
    let mut run = Run::new(Sink::Check, true, false, None);
    match drive_slice(&mut run, json) {
        Err(e) => match run.data.take() {
            Some(d) => d,
            None if run.in_element => not_json(run.index, original, &e),
            None => run.error_after(e, |e| json::from_serde(Subject::Input, "units", e)),
        },
        Ok(()) => json::from_serde(Subject::Input, "units", original),
    }
}

/// Read a year input whole (the reader behind [`YearInput::from_json`]).
fn read_year_input(json: &[u8]) -> Result<YearInput, Error> {
    let json = json::strip_bom(json);
    let fast = Sink::Collect(Vec::new())
        .run_fast(json, &mut Vec::new())
        .and_then(|run| run.check_complete().ok().map(|header| (run, header)));
    let (run, (schema_version, province, year, synthetic)) = match fast {
        Some(read) => read,
        None => {
            let mut run = Run::new(Sink::Collect(Vec::new()), false, false, None);
            if let Err(e) = drive_slice(&mut run, json) {
                return Err(run.error_after(e, |e| diagnose(json, e)));
            }
            let header = run.check_complete()?;
            (run, header)
        }
    };
    let Sink::Collect(units) = run.sink else {
        unreachable!("the sink is Collect")
    };
    Ok(YearInput {
        // A v2 document reads into the in-memory form, whose serde form is version 1.
        schema_version: if schema_version == SCHEMA_VERSION_V2 {
            SCHEMA_VERSION
        } else {
            schema_version
        },
        province,
        year,
        synthetic,
        units,
    })
}

impl YearInput {
    /// Parse a year input. A syntax error is an [`Error::Parse`] with line and column; a data
    /// error names the unit (by id, or `units[i]`) and the exact path. A UTF-8 byte-order mark
    /// is accepted; duplicated keys, unknown fields and years outside 2000–2100 are errors.
    ///
    /// # Errors
    ///
    /// Those listed above.
    pub fn from_json(json: &[u8]) -> Result<YearInput, Error> {
        read_year_input(json)
    }
}

/// Parse and evaluate a year input in one pass: each unit is decided as soon as it is read
/// and dropped, so the parsed input never sits in memory whole. Same report and same error as
/// [`YearInput::from_json`] followed by [`evaluate`](super::super::evaluate). When the header
/// (`schema_version`, `province`, `year`) follows the units, the text is read twice (once to
/// check it and find the header, once to evaluate), still without holding the parsed units.
///
/// # Errors
///
/// Those of [`YearInput::from_json`] and [`evaluate`](super::super::evaluate).
pub fn evaluate_json(json: &[u8], policy: &Policy) -> Result<Report, Error> {
    evaluate_json_reusing(json, policy, Vec::new())
}

/// [`evaluate_json`], making the report's units in the memory of `spare` (emptied first):
/// a program that evaluates year after year in one process hands back the units of the
/// report it is done with (`std::mem::take(&mut report.units)`), so that the next year's
/// reports go where the last year's were instead of into memory fresh from the system
/// (DESIGN §30). The same report and the same errors as [`evaluate_json`], whatever `spare`
/// held.
///
/// # Errors
///
/// Those of [`evaluate_json`].
pub fn evaluate_json_reusing(
    json: &[u8],
    policy: &Policy,
    mut spare: Vec<UnitReport>,
) -> Result<Report, Error> {
    let json = json::strip_bom(json);
    let fast = Sink::evaluating(policy, Vec::new()).run_fast(json, &mut spare);
    if let Some(Ok(report)) = fast.map(Run::finish) {
        return Ok(report);
    }
    // Unless the fast reading found an error (read again below only to name it), `spare` is
    // back here: it goes to the reading that makes the report.
    let mut first = Sink::evaluating(policy, spare).run_slice(json, None)?;
    if !first.skipped {
        return first.finish();
    }
    first.check_complete()?;
    let known = first.header.clone();
    Sink::evaluating(policy, first.take_spare())
        .run_slice(json, Some(known))?
        .finish()
}

impl<'p> Sink<'p> {
    /// The fast reading of a plain v2 document in memory (DESIGN §21.1): serde reads the header
    /// from the text before `units` (with `[]}` after it), the records are read by hand.
    /// `None` when the document is not plain or anything at all goes wrong — the caller then
    /// reads it the usual way, which gives the same result or names the error exactly.
    /// `spare` (memory for the reports) goes to the evaluator once the document is known to be
    /// v2 with its header first, and is handed back when the reading then stops.
    fn run_fast(mut self, json: &[u8], spare: &mut Vec<UnitReport>) -> Option<Run<'p>> {
        let text = std::str::from_utf8(json).ok()?;
        let start = v2::units_start(text)?;
        self.give_spare(spare);
        let mut head = String::with_capacity(start + 3);
        head.push_str(&text[..start]);
        head.push_str("[]}");
        let units = &text[start..];
        let mut run = Run::new(self, false, false, None);
        let read = drive_with(
            &mut run,
            serde_json::Deserializer::from_str(&head),
            Some(units),
        );
        match run.units_end {
            Some(end) if read.is_ok() && v2::ends_after_units(&units[end..]) && !run.skipped => {
                Some(run)
            }
            _ => {
                *spare = run.take_spare();
                None
            }
        }
    }

    fn run_slice(self, json: &[u8], known: Option<Header>) -> Result<Run<'p>, Error> {
        let mut run = Run::new(self, false, false, known);
        match drive_slice(&mut run, json) {
            Ok(()) => Ok(run),
            Err(e) => Err(run.error_after(e, |e| diagnose(json, e))),
        }
    }
}
