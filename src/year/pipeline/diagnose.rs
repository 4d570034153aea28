//! Naming the unit and path of an error inside a unit record, from the record's text.

use std::io::Read;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::value::RawValue;

use super::super::input::UnitInput;
use super::super::v2::{self, Tables};
use crate::error::{Error, Subject};
use crate::json;
use crate::unit::UnitId;

/// The id of a unit record, if it can be read (v1: `unit.id` a string; v2: `i`, or `c` and
/// `r`).
fn record_id(text: &str, short: bool) -> Option<String> {
    #[derive(Deserialize)]
    struct Probe {
        unit: Option<ProbeUnit>,
    }
    #[derive(Deserialize)]
    struct ProbeUnit {
        id: Option<String>,
    }
    #[derive(Deserialize)]
    struct Probe2 {
        i: Option<String>,
        r: Option<String>,
        c: Option<String>,
    }
    if short {
        let p = serde_json::from_str::<Probe2>(text).ok()?;
        return v2::record_id(p.i.as_deref(), p.r.as_deref(), p.c.as_deref());
    }
    serde_json::from_str::<Probe>(text)
        .ok()
        .and_then(|p| p.unit)
        .and_then(|u| u.id)
}

/// Read record `i` (its raw text) of a v1 input (`tables` `None`) or a v2 input; a data error
/// names the unit, the exact path and what was expected.
pub(super) fn read_record(
    i: usize,
    text: &str,
    tables: Option<&Tables>,
) -> Result<UnitInput, Error> {
    match tables {
        None => serde_json::from_str::<UnitInput>(text)
            .map_err(|_| diagnose_record::<UnitInput>(i, text, false)),
        Some(t) => match serde_json::from_str::<v2::Record>(text) {
            Ok(rec) => v2::decode(rec, t, i),
            Err(_) => Err(diagnose_record::<v2::Record>(i, text, true)),
        },
    }
}

/// The data error of record `i` (its raw text, which does not read as a `T`): the unit, the
/// exact path, what was expected.
fn diagnose_record<T: DeserializeOwned>(i: usize, text: &str, short: bool) -> Error {
    let index = format!("units[{i}]");
    let subject = Subject::Unit(UnitId::new(
        record_id(text, short).unwrap_or_else(|| index.clone()),
    ));
    let mut track = serde_path_to_error::Track::new();
    let mut de = serde_json::Deserializer::from_str(text);
    let result = T::deserialize(serde_path_to_error::Deserializer::new(&mut de, &mut track))
        .and_then(|_| de.end());
    match result {
        Ok(()) => Error::invalid(subject, index, "a unit record", "an unreadable record"),
        Err(e) => {
            let path = track.path();
            let field = json::path_string(&index, &path);
            if e.is_syntax() {
                // The text is well-formed (it was read as one raw value): an enum of the wrong
                // JSON type.
                json::wrong_type(subject, &field, text.as_bytes(), &path)
            } else {
                json::from_serde(subject, &field, &e)
            }
        }
    }
}

/// Unit record `i` is not well-formed JSON: the fast path's own error (`original`) when it is a
/// syntax error, with its position; otherwise (a data error met before the malformed part) the
/// malformed part, named by the record.
pub(super) fn not_json(i: usize, original: &serde_json::Error, raw: &serde_json::Error) -> Error {
    if original.is_syntax() || original.is_eof() || original.is_io() {
        return json::from_serde(Subject::Input, "", original);
    }
    let full = raw.to_string();
    let message = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(m, _)| m);
    Error::Parse {
        subject: Subject::Input,
        message: format!("{message} in units[{i}]"),
    }
}

/// The reader's counterpart of [`diagnose_record`]: record `i` is what was read of it (`prefix`)
/// followed by the rest of the stream, read as one raw value.
pub(super) fn diagnose_stream(
    i: usize,
    tables: Option<&Tables>,
    prefix: &[u8],
    rest: impl Read,
    original: &serde_json::Error,
) -> Error {
    // What separates the record from the one before: whitespace, and a comma after the first.
    let ws = |b: &&u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    let mut at = prefix.iter().take_while(ws).count();
    if i > 0 {
        if prefix.get(at) != Some(&b',') {
            // No comma: the array itself is malformed, as the fast path said.
            return json::from_serde(Subject::Input, "", original);
        }
        at += 1;
        at += prefix[at..].iter().take_while(ws).count();
    }
    let text = std::io::Cursor::new(&prefix[at..]).chain(rest);
    let mut de = serde_json::Deserializer::from_reader(text);
    match Box::<RawValue>::deserialize(&mut de) {
        Ok(raw) => match read_record(i, raw.get(), tables) {
            Err(e) => e,
            Ok(_) => json::from_serde(Subject::Input, "units", original),
        },
        Err(e) => not_json(i, original, &e),
    }
}
