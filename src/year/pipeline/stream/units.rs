//! The `units` array of a year input: each record read (v1 `UnitInput`, or v2 `Record`
//! decoded with the header's tables) and handed to the run; and the checks of the v2 header.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, IgnoredAny, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::super::super::input::UnitInput;
use super::super::super::v2::{self, SCHEMA_VERSION_V2};
use super::super::diagnose::read_record;
use super::super::positions::Positional;
use super::{Run, TOP_FIELDS};
use crate::error::{Error, Subject};

/// Deserializes a `T` into an existing value ([`Deserialize::deserialize_in_place`](serde::Deserialize::deserialize_in_place)): what it
/// holds is overwritten, its allocations reused.
struct InPlace<'a, T>(&'a mut T);

impl<'de, T: de::Deserialize<'de>> de::DeserializeSeed<'de> for InPlace<'_, T> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        T::deserialize_in_place(d, self.0)
    }
}

impl Run<'_> {
    /// A v2 document gave its header before the units; a v1 document has no v2 tables.
    pub(super) fn check_version_shape(&self, v: u32) -> Result<(), Error> {
        if v == SCHEMA_VERSION_V2 && self.v2.is_none() {
            return Err(Error::invalid(
                Subject::Input,
                "units",
                "`schema_version` 2 (and the tables) before `units`",
                "the units before the header",
            ));
        }
        if v != SCHEMA_VERSION_V2 {
            let given = ["score_items", "model_criteria"]
                .into_iter()
                .zip(self.tables_seen)
                .find(|(_, seen)| *seen);
            if let Some((name, _)) = given {
                return Err(Error::invalid(
                    Subject::Input,
                    name,
                    format!("a known field: {TOP_FIELDS}"),
                    format!("`{name}`, a field of `schema_version` 2"),
                ));
            }
        }
        Ok(())
    }
}

/// A v2 table names each id once.
pub(super) fn unique_ids(name: &str, ids: &[String]) -> Result<(), Error> {
    let mut seen = std::collections::HashSet::with_capacity(ids.len());
    for (k, id) in ids.iter().enumerate() {
        if !seen.insert(id.as_str()) {
            return Err(Error::invalid(
                Subject::Input,
                format!("{name}[{k}]"),
                "each id once",
                format!("`{id}` again"),
            ));
        }
    }
    Ok(())
}

pub(super) struct Units<'r, 'p, 't>(pub(super) &'r mut Run<'p>, pub(super) Option<&'t str>);

impl<'de> de::DeserializeSeed<'de> for Units<'_, '_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Units<'_, '_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of units")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let run = self.0;
        if let Some(text) = self.1 {
            // The deserializer holds `[]` in the array's place; the records are read by hand.
            if seq.next_element::<IgnoredAny>()?.is_some() {
                return Err(de::Error::custom("units read by hand"));
            }
            return run.hand_units(text);
        }
        loop {
            if let Some((read, mark)) = &run.window {
                mark.set(read.get());
            }
            run.in_element = true;
            // The v2 record and unit of the previous iteration, when reading in place.
            let mut scratch = None;
            let rec = if run.raw {
                let Some(raw) = seq.next_element::<Box<RawValue>>()? else {
                    run.in_element = false;
                    break;
                };
                match read_record(run.index, raw.get(), run.v2.as_ref()) {
                    Ok(rec) => Cow::Owned(rec),
                    Err(e) => return Err(run.fail(e)),
                }
            } else if let Some(tables) = &run.v2 {
                // Read in place: the record and the unit of the previous iteration are
                // overwritten, their strings, maps and vectors reused.
                let (record, unit) = &mut **scratch.insert(
                    run.v2_scratch
                        .take()
                        .unwrap_or_else(|| Box::new((v2::Record::empty(), v2::empty_unit()))),
                );
                if seq.next_element_seed(InPlace(record))?.is_none() {
                    run.in_element = false;
                    break;
                }
                if let Err(e) = v2::decode_into(record, tables, run.index, unit, true) {
                    return Err(run.fail(e));
                }
                Cow::Borrowed(&*unit)
            } else {
                match seq.next_element::<UnitInput>()? {
                    Some(rec) => Cow::Owned(rec),
                    None => {
                        run.in_element = false;
                        break;
                    }
                }
            };
            run.in_element = false;
            run.take(rec)?;
            run.v2_scratch = scratch;
            run.index += 1;
        }
        Ok(())
    }
}

impl Run<'_> {
    /// The records of a plain v2 document's `units` array (`text`, from its `[` on), read by
    /// the hand scanner, or by serde from a record's raw text when the scanner declines. Any
    /// error stops the fast reading (the caller then reads the document the usual way).
    fn hand_units<E: de::Error>(&mut self, text: &str) -> Result<(), E> {
        let Some(tables) = self.v2.take() else {
            return Err(E::custom("units read by hand without the v2 tables"));
        };
        let result = self.hand_records(text, &tables);
        self.v2 = Some(tables);
        result
    }

    fn hand_records<E: de::Error>(&mut self, text: &str, tables: &v2::Tables) -> Result<(), E> {
        let mut records = v2::Records::new(text).ok_or_else(|| E::custom("not an array"))?;
        let mut scanner = v2::Scanner::default();
        // The points of a record read straight into its unit (`a`, by position).
        let mut points = Vec::new();
        loop {
            // A run whose result is already an error (a rule's, or units before the header)
            // is read again the usual way: reading on here would be wasted.
            if self.deferred.is_some() || self.skipped {
                return Err(E::custom("read the usual way"));
            }
            let mut scratch = self
                .v2_scratch
                .take()
                .unwrap_or_else(|| Box::new((v2::Record::empty(), v2::empty_unit())));
            let (record, unit) = &mut *scratch;
            // A unit going straight to the evaluator gets its points and model-unit codes by
            // position: the maps of facts by id are not built (the evaluator builds them only
            // when it must). The usual record is read straight into the unit (DESIGN §23.2);
            // any other is read into the record and decoded, as below.
            let by_position = self.evaluating();
            if by_position {
                if let Some(codes) = records.next_unit(&mut scanner, tables, unit, &mut points) {
                    let at = Positional {
                        points: &points,
                        codes,
                    };
                    self.take_at(Cow::Borrowed(&*unit), Some(at))?;
                    self.v2_scratch = Some(scratch);
                    self.index += 1;
                    continue;
                }
            }
            match records.next(&mut scanner, record) {
                v2::Step::End => break,
                v2::Step::Read => {}
                v2::Step::Serde(raw) => {
                    let mut de = serde_json::Deserializer::from_str(raw);
                    de::Deserialize::deserialize_in_place(&mut de, record)
                        .and_then(|()| de.end())
                        .map_err(E::custom)?;
                }
                v2::Step::Malformed => return Err(E::custom("a malformed units array")),
            }
            if let Err(e) = v2::decode_into(record, tables, self.index, unit, !by_position) {
                return Err(self.fail(e));
            }
            let at = by_position.then(|| Positional {
                points: record.a.as_deref().unwrap_or_default(),
                codes: record.mu.as_ref().map(|c| c.as_str()),
            });
            self.take_at(Cow::Borrowed(&*unit), at)?;
            self.v2_scratch = Some(scratch);
            self.index += 1;
        }
        self.units_end = Some(records.offset());
        Ok(())
    }
}
