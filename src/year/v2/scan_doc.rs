//! A v2 year input held in memory, at the level of the document: where its `units` array
//! begins, and the records of that array one by one (DESIGN §21.1). The header itself is left
//! to serde (the reader gives serde the text before the array and an empty array in its
//! place); only the records, the bulk of the text, are read by hand.

use super::cursor::Cur;
use super::record::Record;
use super::scan::Scanner;
use super::Tables;
use crate::year::input::UnitInput;

/// Where the `units` array of `text` begins, when the document is a plain v2 one: a JSON
/// object whose members before `units` include `"schema_version": 2` and are read over by
/// their raw text. `None` for anything else (the caller then reads the document with serde
/// alone, as before).
pub(crate) fn units_start(text: &str) -> Option<usize> {
    let mut c = Cur::new(text);
    c.ws();
    c.need(b'{')?;
    let mut v2 = false;
    loop {
        c.ws();
        let key = c.string()?;
        c.ws();
        c.need(b':')?;
        c.ws();
        if key == "units" {
            return (v2 && c.peek() == Some(b'[')).then_some(c.p);
        }
        let value = c.raw()?;
        v2 |= key == "schema_version" && value == "2";
        c.ws();
        c.need(b',')?;
    }
}

/// The end of the document after its `units` array: only whitespace, the closing brace and
/// whitespace (a plain v2 document has its header first).
pub(crate) fn ends_after_units(rest: &str) -> bool {
    let mut c = Cur::new(rest);
    c.ws();
    if !c.eat(b'}') {
        return false;
    }
    c.ws();
    c.p == c.b.len()
}

/// What [`Records::next`] found.
pub(crate) enum Step<'a> {
    /// The array's closing bracket.
    End,
    /// A record, read by the scanner into the record given.
    Read,
    /// A record the scanner declined: its raw text, for serde.
    Serde(&'a str),
    /// Not a JSON array of objects the scanner can follow.
    Malformed,
}

/// The records of a `units` array, one by one.
pub(crate) struct Records<'a> {
    c: Cur<'a>,
    first: bool,
}

impl<'a> Records<'a> {
    /// The array at the start of `text` (which runs on past the array's end).
    pub(crate) fn new(text: &'a str) -> Option<Self> {
        let mut c = Cur::new(text);
        c.need(b'[')?;
        Some(Records { c, first: true })
    }

    /// Where the reading is: after the closing bracket once [`Step::End`] was returned.
    pub(crate) fn offset(&self) -> usize {
        self.c.p
    }

    /// The next record read by `scanner` straight into `out` (its points into `points`), the
    /// maps of facts by id left empty ([`Scanner::unit`]): `Some` with the record's `mu` codes
    /// when read, `None` (nothing taken: the cursor where it was) when not — the end of the
    /// array, or a record to read with [`Records::next`] and `decode_into`.
    pub(crate) fn next_unit(
        &mut self,
        scanner: &mut Scanner,
        tables: &Tables,
        out: &mut UnitInput,
        points: &mut Vec<Option<u32>>,
    ) -> Option<Option<&'a str>> {
        let start = self.c.p;
        let read = self.unit_here(scanner, tables, out, points);
        if read.is_none() {
            self.c.p = start;
        }
        read
    }

    fn unit_here(
        &mut self,
        scanner: &mut Scanner,
        tables: &Tables,
        out: &mut UnitInput,
        points: &mut Vec<Option<u32>>,
    ) -> Option<Option<&'a str>> {
        let c = &mut self.c;
        c.ws();
        if !self.first {
            c.need(b',')?;
            c.ws();
        }
        if c.peek() != Some(b'{') {
            return None;
        }
        let codes = scanner.unit(c, tables, out, points)?;
        self.first = false;
        Some(codes)
    }

    /// The next record, read into `rec` by `scanner` when it can.
    pub(crate) fn next(&mut self, scanner: &mut Scanner, rec: &mut Record) -> Step<'a> {
        let c = &mut self.c;
        c.ws();
        if c.eat(b']') {
            return Step::End;
        }
        if !std::mem::replace(&mut self.first, false) {
            if !c.eat(b',') {
                return Step::Malformed;
            }
            c.ws();
        }
        let start = c.p;
        if c.peek() == Some(b'{') && scanner.record(c, rec) {
            return Step::Read;
        }
        c.p = start;
        match c.raw() {
            Some(text) if !text.is_empty() => Step::Serde(text),
            _ => Step::Malformed,
        }
    }
}
