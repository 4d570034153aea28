//! The `units` array of a year input: each record read (v1 `UnitInput`, or v2 `Record`
//! decoded with the header's tables) and handed to the run; and the checks of the v2 header.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::super::super::input::UnitInput;
use super::super::super::v2::{self, SCHEMA_VERSION_V2};
use super::super::diagnose::read_record;
use super::{Run, TOP_FIELDS};
use crate::error::{Error, Subject};

/// Deserializes a `T` into an existing value ([`Deserialize::deserialize_in_place`]): what it
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

pub(super) struct Units<'r, 'p>(pub(super) &'r mut Run<'p>);

impl<'de> de::DeserializeSeed<'de> for Units<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Units<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of units")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let run = self.0;
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
                if let Err(e) = v2::decode_into(record, tables, run.index, unit) {
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
