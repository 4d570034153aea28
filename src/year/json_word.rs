//! JSON strings a word at a time: the bytes a JSON string cannot hold unescaped (`"`, `\`,
//! control bytes below 0x20) found eight at a time. The report's writer uses it to write a short
//! clean string in one fixed-length copy ([`quote_short`]) and to find what to escape in the
//! others; the v2 record scanner to find where a string ends (and whether it has an escape).

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// A mask whose lowest set byte is the first byte of `x` (little-endian order) that JSON must
/// escape: `"`, `\` or a control byte below 0x20. Bits above the lowest may be spurious
/// (borrows), which is why only the lowest is used.
#[inline]
pub(crate) fn needs_escape_mask(x: u64) -> u64 {
    let below_space = x.wrapping_sub(ONES * 0x20) & !x;
    let q = x ^ (ONES * u64::from(b'"'));
    let quote = q.wrapping_sub(ONES) & !q;
    let b = x ^ (ONES * u64::from(b'\\'));
    let backslash = b.wrapping_sub(ONES) & !b;
    (below_space | quote | backslash) & HIGHS
}

#[inline]
pub(crate) fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The index of the first byte of `bytes` at or after `from` that a JSON string cannot hold
/// unescaped (`bytes.len()` when there is none), found eight bytes at a time.
#[inline]
pub(crate) fn next_to_escape(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let m = needs_escape_mask(u64::from_le_bytes(word));
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && !needs_escape(bytes[i]) {
        i += 1;
    }
    i
}

/// No byte of `bytes` needs an escape: checked a word at a time, every byte in some lane —
/// the last word overlapping the one before it, a string shorter than a word loaded as
/// overlapping halves (or, under four bytes, its first, middle and last bytes repeated). A
/// word without a byte to escape has an empty mask (spurious bits only ever sit above a
/// byte that needs one), so the masks can be or-ed.
pub(crate) fn nothing_to_escape(bytes: &[u8]) -> bool {
    let n = bytes.len();
    let mask = if let Some(last) = bytes.last_chunk::<8>() {
        let mut mask = needs_escape_mask(full(last));
        let mut rest = bytes;
        while let Some((word, tail)) = rest.split_first_chunk::<8>() {
            mask |= needs_escape_mask(full(word));
            rest = tail;
        }
        mask
    } else if let (Some(lo), Some(hi)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        needs_escape_mask(u64::from(half(lo)) | u64::from(half(hi)) << 32)
    } else if let (Some(&a), Some(&c)) = (bytes.first(), bytes.last()) {
        let b = bytes[n / 2];
        needs_escape_mask(u64::from_le_bytes([a, b, c, a, a, a, a, a]))
    } else {
        0
    };
    mask == 0
}

/// Four bytes as a little-endian number: one load.
#[inline]
fn half(b: &[u8; 4]) -> u32 {
    u32::from_le_bytes(*b)
}

/// Eight bytes as a little-endian number: one load.
#[inline]
pub(crate) fn full(b: &[u8; 8]) -> u64 {
    u64::from_le_bytes(*b)
}

/// The longest string [`quote_short`] takes, its quotes aside.
pub(crate) const SHORT: usize = 32;

/// Append `bytes` quoted (`"…"`) when they are at most [`SHORT`] bytes and none needs an
/// escape, and say so; else append nothing. The same words as [`nothing_to_escape`] (whole
/// words, the last one overlapping the one before; halves under eight bytes; the first,
/// middle and last byte under four) are checked and stored into a copy on the stack that
/// already holds the quotes' places, so every byte is stored by some word; the copy is
/// appended at its fixed length (no copy of variable length, no call) and the buffer cut back
/// to the string's. Ids, names, codes and criteria are this short.
#[inline(always)]
pub(crate) fn quote_short(buf: &mut Vec<u8>, bytes: &[u8]) -> bool {
    let n = bytes.len();
    if n > SHORT {
        return false;
    }
    let mut t = [0u8; SHORT + 8];
    let mask = if let Some(last) = bytes.last_chunk::<8>() {
        let mut mask = needs_escape_mask(full(last));
        t[n - 7..n + 1].copy_from_slice(last);
        let mut at = 1;
        let mut rest = bytes;
        while let Some((word, tail)) = rest.split_first_chunk::<8>() {
            mask |= needs_escape_mask(full(word));
            t[at..at + 8].copy_from_slice(word);
            at += 8;
            rest = tail;
        }
        mask
    } else if let (Some(lo), Some(hi)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        t[1..5].copy_from_slice(lo);
        t[n - 3..n + 1].copy_from_slice(hi);
        needs_escape_mask(u64::from(half(lo)) | u64::from(half(hi)) << 32)
    } else if let (Some(&a), Some(&c)) = (bytes.first(), bytes.last()) {
        let b = bytes[n / 2];
        t[1] = a;
        t[1 + n / 2] = b;
        t[n] = c;
        needs_escape_mask(u64::from_le_bytes([a, b, c, a, a, a, a, a]))
    } else {
        0
    };
    if mask != 0 {
        return false;
    }
    t[0] = b'"';
    t[n + 1] = b'"';
    let at = buf.len();
    buf.extend_from_slice(&t);
    buf.truncate(at + n + 2);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Written after a prefix that must stay: what `quote_short` appends, if anything.
    fn short(s: &str) -> Option<Vec<u8>> {
        let mut buf = b"prefix".to_vec();
        let took = quote_short(&mut buf, s.as_bytes());
        assert_eq!(&buf[..6], b"prefix", "{s:?}");
        if took {
            Some(buf[6..].to_vec())
        } else {
            assert_eq!(buf.len(), 6, "declined but wrote: {s:?}");
            None
        }
    }

    /// `quote_short` takes exactly the strings of at most `SHORT` bytes with nothing to escape,
    /// and writes them as `serde_json` does; `nothing_to_escape` agrees with a byte-by-byte
    /// check. Every escape class and every kind of byte that must be copied as it is (DEL,
    /// two-, three- and four-byte UTF-8, U+2028/2029), at every position of strings of every
    /// length around the word boundaries (0 to 41 bytes, the class of a string's last bytes
    /// changing too).
    #[test]
    fn short_strings_are_quoted_as_serde_json_does_and_only_clean_ones() {
        let mut specials: Vec<String> = (0u8..0x20).map(|b| char::from(b).to_string()).collect();
        for s in [
            "\"", "\\", "/", "\u{7f}", "é", "ệ", "Đ", "😀", "\u{2028}", "\u{2029}", "a", " ", "~",
        ] {
            specials.push(s.to_owned());
        }
        for sp in &specials {
            for len in 0..=41usize {
                for at in 0..=len {
                    for fill in ["x", "ờ"] {
                        let mut s: String = "x".repeat(at);
                        s.push_str(sp);
                        while s.len() < len + sp.len() {
                            s.push_str(fill);
                        }
                        let clean = !s.bytes().any(needs_escape);
                        assert_eq!(nothing_to_escape(s.as_bytes()), clean, "{s:?}");
                        match short(&s) {
                            Some(out) => {
                                assert!(clean && s.len() <= SHORT, "{s:?}");
                                assert_eq!(out, serde_json::to_vec(&s).unwrap(), "{s:?}");
                            }
                            None => assert!(!clean || s.len() > SHORT, "{s:?}"),
                        }
                    }
                }
            }
        }
        assert_eq!(short(""), Some(b"\"\"".to_vec()));
        assert!(nothing_to_escape(b""));
    }

    proptest::proptest! {
        /// Any string of 0–17 characters (of every escape class, DEL, non-ASCII, U+2028/2029):
        /// `quote_short` writes `serde_json`'s bytes or declines, exactly as the string is short
        /// and clean.
        #[test]
        fn any_short_string_is_quoted_as_serde_json_does(
            s in "(\\PC|[\x00-\x1f\"\\\\\u{7f}\u{2028}\u{2029}]){0,17}"
        ) {
            let clean = !s.bytes().any(needs_escape);
            proptest::prop_assert_eq!(nothing_to_escape(s.as_bytes()), clean);
            match short(&s) {
                Some(out) => {
                    proptest::prop_assert!(clean && s.len() <= SHORT);
                    proptest::prop_assert_eq!(out, serde_json::to_vec(&s).unwrap());
                }
                None => proptest::prop_assert!(!clean || s.len() > SHORT),
            }
        }
    }
}
