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

/// No byte of `bytes` needs an escape: checked a word at a time, every byte in some lane —
/// the last word overlapping the one before it, a string shorter than a word loaded as
/// overlapping halves (or, under four bytes, its first, middle and last bytes repeated). A
/// word without a byte to escape has an empty mask (spurious bits only ever sit above a
/// byte that needs one), so the masks can be or-ed.
pub(crate) fn nothing_to_escape(bytes: &[u8]) -> bool {
    let n = bytes.len();
    let word = match n {
        0 => return true,
        1..=3 => {
            let (a, b, c) = (bytes[0], bytes[n / 2], bytes[n - 1]);
            u64::from_le_bytes([a, b, c, a, a, a, a, a])
        }
        4..=7 => u64::from(half(&bytes[..4])) | u64::from(half(&bytes[n - 4..])) << 32,
        _ => {
            let chunks = bytes.chunks_exact(8);
            let mask = chunks.fold(needs_escape_mask(full(&bytes[n - 8..])), |m, c| {
                m | needs_escape_mask(full(c))
            });
            return mask == 0;
        }
    };
    needs_escape_mask(word) == 0
}

/// Four bytes (of a slice of four) as a little-endian number.
fn half(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

/// Eight bytes (of a slice of eight) as a little-endian number.
fn full(b: &[u8]) -> u64 {
    u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
}
