//! JSON strings a word at a time: the bytes a JSON string cannot hold unescaped (`"`, `\`,
//! control bytes below 0x20) found eight at a time. The report's writer uses it to find what to
//! escape; the v2 record scanner to find where a string ends (and whether it has an escape).

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
