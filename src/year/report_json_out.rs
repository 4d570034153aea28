//! The output side of the hand-written report writer ([`super::report_json`]): a buffer that
//! writes JSON through `serde_json`'s own [`Formatter`] calls (so commas, colons, newlines and
//! indentation are serde_json's, byte for byte), a string escaper that scans a word at a time,
//! integers without `fmt`, and delegation of any sub-value to `serde_json` at the current depth.

#[cfg(test)]
use super::json_word::{needs_escape, needs_escape_mask};
use super::json_word::{next_to_escape, nothing_to_escape, quote_short};
use std::io;

use super::report_json_names::Quoted;

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter};

/// A `serde_json` formatter the writer can hand a sub-value to: a copy at the current depth.
pub(crate) trait Layout: Formatter + Sized {
    /// Compact: a key is exactly `,` (unless first), the quoted key and `:` — written as one
    /// slice, not three formatter calls.
    const COMPACT: bool = false;

    /// A formatter in the state `serde_json` would have when it starts a value here.
    fn here(&self) -> Self;
}

impl Layout for CompactFormatter {
    const COMPACT: bool = true;

    fn here(&self) -> Self {
        CompactFormatter
    }
}

/// `serde_json::ser::PrettyFormatter` with a two-space indent, whose depth can be copied (the
/// original keeps it private). Every method is the original's.
pub(crate) struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    pub(crate) fn new() -> Pretty {
        Pretty {
            depth: 0,
            has_value: false,
        }
    }

    fn indent<W: ?Sized + io::Write>(&self, w: &mut W) -> io::Result<()> {
        for _ in 0..self.depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    /// An array or object opens: one level deeper, nothing in it yet.
    fn open<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    /// An array or object closes: on its own line when it held something.
    fn close<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            w.write_all(b"\n")?;
            self.indent(w)?;
        }
        w.write_all(bracket)
    }

    /// An element or key starts on a new line (after a comma unless it is the first).
    fn next_line<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        w.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(w)
    }
}

impl Layout for Pretty {
    fn here(&self) -> Self {
        Pretty {
            depth: self.depth,
            has_value: self.has_value,
        }
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.next_line(w, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.next_line(w, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Bytes held before they are passed on to the caller's writer.
const CHUNK: usize = 1 << 16;

/// The writer: JSON bytes gathered in a buffer, passed on to `w` a chunk at a time.
pub(crate) struct Out<W: io::Write, F: Layout> {
    buf: Vec<u8>,
    w: W,
    f: F,
}

impl<W: io::Write, F: Layout> Out<W, F> {
    pub(crate) fn new(w: W, f: F) -> Self {
        Out {
            buf: Vec::with_capacity(CHUNK + CHUNK / 4),
            w,
            f,
        }
    }

    /// Pass a full chunk on (called between records, so a record is never split needlessly).
    #[inline]
    pub(crate) fn drain(&mut self) -> io::Result<()> {
        if self.buf.len() >= CHUNK {
            self.w.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Pass everything left on (the caller's writer is not flushed, as with `serde_json`).
    pub(crate) fn finish(mut self) -> io::Result<()> {
        self.w.write_all(&self.buf)
    }

    #[inline]
    pub(crate) fn obj(&mut self) -> io::Result<()> {
        self.f.begin_object(&mut self.buf)
    }

    #[inline]
    pub(crate) fn end_obj(&mut self) -> io::Result<()> {
        self.f.end_object(&mut self.buf)
    }

    /// A key, given with its quotes between a comma and a colon (`b",\"id\":"`, as `k!`
    /// writes it): keys of the report need no escaping.
    #[inline]
    pub(crate) fn key(&mut self, first: bool, comma_key_colon: &[u8]) -> io::Result<()> {
        if F::COMPACT {
            let bytes = if first {
                &comma_key_colon[1..]
            } else {
                comma_key_colon
            };
            self.buf.extend_from_slice(bytes);
            return Ok(());
        }
        let quoted = &comma_key_colon[1..comma_key_colon.len() - 1];
        self.f.begin_object_key(&mut self.buf, first)?;
        self.buf.extend_from_slice(quoted);
        self.f.end_object_key(&mut self.buf)?;
        self.f.begin_object_value(&mut self.buf)
    }

    /// A key that may need escaping (a map's key).
    pub(crate) fn key_str(&mut self, first: bool, key: &str) -> io::Result<()> {
        self.f.begin_object_key(&mut self.buf, first)?;
        escape_into(&mut self.buf, key);
        self.f.end_object_key(&mut self.buf)?;
        self.f.begin_object_value(&mut self.buf)
    }

    /// After a key's value.
    #[inline]
    pub(crate) fn end_field(&mut self) -> io::Result<()> {
        self.f.end_object_value(&mut self.buf)
    }

    #[inline]
    pub(crate) fn arr(&mut self) -> io::Result<()> {
        self.f.begin_array(&mut self.buf)
    }

    #[inline]
    pub(crate) fn end_arr(&mut self) -> io::Result<()> {
        self.f.end_array(&mut self.buf)
    }

    #[inline]
    pub(crate) fn elem(&mut self, first: bool) -> io::Result<()> {
        self.f.begin_array_value(&mut self.buf, first)
    }

    #[inline]
    pub(crate) fn end_elem(&mut self) -> io::Result<()> {
        self.f.end_array_value(&mut self.buf)
    }

    /// A string array, each element escaped.
    pub(crate) fn strs<'a>(&mut self, items: impl IntoIterator<Item = &'a str>) -> io::Result<()> {
        self.arr()?;
        for (i, s) in items.into_iter().enumerate() {
            self.elem(i == 0)?;
            self.str(s);
            self.end_elem()?;
        }
        self.end_arr()
    }

    /// A string, escaped exactly as `serde_json` escapes it.
    #[inline]
    pub(crate) fn str(&mut self, s: &str) {
        self.text(s.as_bytes());
    }

    /// A unit id, as [`Out::str`] writes its text.
    #[inline]
    pub(crate) fn id(&mut self, id: &crate::UnitId) {
        self.text(id.as_bytes());
    }

    /// UTF-8 text given as bytes (a `str`'s or an id's), quoted and escaped.
    #[inline]
    fn text(&mut self, bytes: &[u8]) {
        if !quote_short(&mut self.buf, bytes) {
            escape_bytes_into(&mut self.buf, bytes);
        }
    }

    /// A variant name already quoted (the tables of `report_json_names`, pinned variant by
    /// variant against `serde_json`'s names): copied at its fixed padded length, then the
    /// buffer is cut back to the name's.
    #[inline]
    pub(crate) fn quoted(&mut self, q: &Quoted) {
        let at = self.buf.len();
        self.buf.extend_from_slice(&q.bytes);
        self.buf.truncate(at + q.len);
    }

    /// A variant name or code: snake_case ASCII, nothing to escape (pinned by the tests that
    /// compare every variant's name with `serde_json`'s).
    #[inline]
    pub(crate) fn name(&mut self, s: &'static str) {
        self.buf.push(b'"');
        self.buf.extend_from_slice(s.as_bytes());
        self.buf.push(b'"');
    }

    #[inline]
    pub(crate) fn u64(&mut self, n: u64) {
        // The report's numbers are mostly points, counts and totals under 100.
        if n < 10 {
            self.buf.push(b'0' + n as u8);
        } else if n < 100 {
            self.buf
                .extend_from_slice(&[b'0' + (n / 10) as u8, b'0' + (n % 10) as u8]);
        } else {
            write_u64(&mut self.buf, n);
        }
    }

    #[inline]
    pub(crate) fn i64(&mut self, n: i64) {
        if n < 0 {
            self.buf.push(b'-');
        }
        self.u64(n.unsigned_abs());
    }

    #[inline]
    pub(crate) fn bool(&mut self, b: bool) {
        self.buf
            .extend_from_slice(if b { b"true" } else { b"false" });
    }

    /// Any value written by `serde_json` itself, at the current depth: the bytes are
    /// `serde_json`'s by construction (floats, decimals, dates, citations, rare shapes).
    pub(crate) fn serde<T: ?Sized + Serialize>(&mut self, v: &T) -> io::Result<()> {
        let mut ser = serde_json::Serializer::with_formatter(&mut self.buf, self.f.here());
        v.serialize(&mut ser).map_err(io::Error::from)
    }
}

/// `n` in decimal, as `itoa` (which `serde_json` uses) writes it.
pub(crate) fn write_u64(buf: &mut Vec<u8>, mut n: u64) {
    // The report's numbers are mostly points, counts and totals under 100.
    if n < 10 {
        buf.push(b'0' + n as u8);
        return;
    }
    if n < 100 {
        buf.extend_from_slice(&[b'0' + (n / 10) as u8, b'0' + (n % 10) as u8]);
        return;
    }
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[at..]);
}

/// The escape `serde_json` writes for a byte that needs one.
fn push_escape(buf: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match b {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x0C => b'f',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        _ => {
            buf.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xF)],
            ]);
            return;
        }
    };
    buf.extend_from_slice(&[b'\\', short]);
}

/// `s` quoted and escaped exactly as `serde_json` does (only `"`, `\` and bytes below 0x20;
/// everything else, UTF-8 included, is copied): unescaped runs are copied whole, and the next
/// byte to escape is found eight bytes at a time.
pub(crate) fn escape_into(buf: &mut Vec<u8>, s: &str) {
    escape_bytes_into(buf, s.as_bytes());
}

/// [`escape_into`] for UTF-8 text given as bytes.
fn escape_bytes_into(buf: &mut Vec<u8>, bytes: &[u8]) {
    buf.reserve(bytes.len() + 2);
    if nothing_to_escape(bytes) {
        // The usual string (an id, a name): copied whole.
        buf.push(b'"');
        buf.extend_from_slice(bytes);
        buf.push(b'"');
        return;
    }
    buf.push(b'"');
    let mut start = 0;
    loop {
        let i = next_to_escape(bytes, start);
        buf.extend_from_slice(&bytes[start..i]);
        let Some(&b) = bytes.get(i) else { break };
        push_escape(buf, b);
        start = i + 1;
    }
    buf.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `s` written both ways the writer has: the escaper alone, and `Out::str` (the short
    /// path first, the escaper when it declines), after a prefix that must stay; the two must
    /// agree.
    fn escaped(s: &str) -> Vec<u8> {
        let mut v = Vec::new();
        escape_into(&mut v, s);
        let mut w = b"[1,".to_vec();
        let mut out = Out::new(&mut w, CompactFormatter);
        out.str(s);
        out.finish().unwrap();
        assert_eq!(&w[..3], b"[1,");
        assert_eq!(w[3..], v[..], "{s:?}");
        v
    }

    /// Every quoted name is copied at its own length, after what was there: nothing of its
    /// padding is left behind.
    #[test]
    fn quoted_names_are_copied_at_their_length() {
        use super::super::report_json_names::{kind_name, q};
        use crate::unit::KindTag;
        for name in [
            q!(""),
            q!("x"),
            q!("a_name_of_exactly_thirty_bytes"),
            kind_name(KindTag::School),
        ] {
            let mut w = b"{".to_vec();
            let mut out = Out::new(&mut w, CompactFormatter);
            out.quoted(name);
            out.quoted(name);
            out.finish().unwrap();
            let one = name.as_bytes();
            assert_eq!(one.len(), name.len);
            assert_eq!(w, [&b"{"[..], one, one].concat());
        }
        assert_eq!(
            q!("a_name_of_exactly_thirty_bytes").len,
            super::super::report_json_names::QUOTED
        );
    }

    /// Every byte class at every offset of a word (and in the tail after the last full word):
    /// the escaper writes what `serde_json` writes.
    #[test]
    fn every_escape_class_at_every_offset_is_escaped_as_serde_json_does() {
        let mut specials: Vec<String> = (0u8..0x20).map(|b| char::from(b).to_string()).collect();
        for s in [
            "\"", "\\", "/", "\u{7f}", "ệ", "Đ", "😀", "\u{2028}", "a", " ", "!", "#", "]", "}",
        ] {
            specials.push(s.to_owned());
        }
        for sp in &specials {
            for len in 0..=26 {
                for at in 0..=len {
                    let s = format!("{}{sp}{}", "x".repeat(at), "ờ".repeat((len - at) / 3));
                    assert_eq!(escaped(&s), serde_json::to_vec(&s).unwrap(), "{s:?}");
                }
            }
        }
        let all: String = (0u8..0x80).map(char::from).collect();
        assert_eq!(escaped(&all), serde_json::to_vec(&all).unwrap());
        let twice = format!("{all}{all}\"\"\\\\\n\n");
        assert_eq!(escaped(&twice), serde_json::to_vec(&twice).unwrap());
    }

    /// The word scan's mask flags exactly the bytes to escape, each byte value alone in each
    /// lane, over a background of every other byte value.
    #[test]
    fn the_word_mask_flags_exactly_the_bytes_to_escape() {
        for lane in 0..8 {
            for b in 0u8..=255 {
                let mut w = [b'x'; 8];
                w[lane] = b;
                let m = needs_escape_mask(u64::from_le_bytes(w));
                if needs_escape(b) {
                    assert_eq!(
                        m.trailing_zeros() / 8,
                        lane as u32,
                        "byte {b:#x} lane {lane}"
                    );
                } else {
                    assert_eq!(m, 0, "byte {b:#x} lane {lane}");
                }
            }
        }
        for b in 0u8..=255 {
            let m = needs_escape_mask(u64::from_le_bytes([b; 8]));
            assert_eq!(m != 0, needs_escape(b), "{b:#x}");
        }
    }

    proptest::proptest! {
        /// Any string — the clean ones copied whole, the others escaped piece by piece — is
        /// written as `serde_json` writes it.
        #[test]
        fn any_string_is_written_as_serde_json_writes_it(
            s in "(\\PC|[\x00-\x1f\"\\\\\u{7f}\u{2028}\u{2029}]){0,40}"
        ) {
            proptest::prop_assert_eq!(escaped(&s), serde_json::to_vec(&s).unwrap());
        }
    }

    #[test]
    fn integers_are_written_as_serde_json_writes_them() {
        for n in [
            0u64,
            1,
            9,
            10,
            11,
            50,
            98,
            99,
            100,
            101,
            12345,
            u64::from(u32::MAX),
            u64::MAX,
        ] {
            let mut v = Vec::new();
            write_u64(&mut v, n);
            assert_eq!(v, serde_json::to_vec(&n).unwrap());
        }
        // Every number on both sides of the short forms (one digit, two digits).
        for n in 0u64..=1000 {
            let mut v = Vec::new();
            write_u64(&mut v, n);
            assert_eq!(v, serde_json::to_vec(&n).unwrap(), "{n}");
            let mut v = Vec::new();
            let mut out = Out::new(&mut v, CompactFormatter);
            out.u64(n);
            out.finish().unwrap();
            assert_eq!(v, serde_json::to_vec(&n).unwrap(), "{n}");
        }
        for n in [i64::MIN, -1, 0, 1, i64::MAX] {
            let mut v = Vec::new();
            let mut out = Out::new(&mut v, CompactFormatter);
            out.i64(n);
            out.finish().unwrap();
            assert_eq!(v, serde_json::to_vec(&n).unwrap());
        }
    }
}
