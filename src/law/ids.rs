//! Rule ids compared in line: criterion and item ids are short (`qd510.d7.k4.a`,
//! `qd3554.c07`), and the call to the C library's `memcmp` that `==` and `cmp` make on them
//! costs more than the comparison itself. Used where a decision walks ids per unit (QĐ510's
//! points in sheet order and deduction facts, QĐ3554's criteria against the facts).

use std::cmp::Ordering;

/// `a == b`, compared in line eight bytes at a time: item ids are short, and the call to the
/// C library's `memcmp` that `==` makes costs more than the comparison itself.
#[inline(always)]
pub(crate) fn same_id(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n < 8 {
        return a == b;
    }
    // Words from the start, then the eight bytes ending at the end (overlapping the last word
    // read); ids of 8 to 16 bytes, the usual ones, take the two words without a loop.
    let eq = |i: usize| ne_word(a, i) == ne_word(b, i);
    if n > 16 {
        let mut i = 0;
        while i + 8 < n {
            if !eq(i) {
                return false;
            }
            i += 8;
        }
    } else if !eq(0) {
        return false;
    }
    eq(n - 8)
}

/// The eight bytes of `s` from `i` as a native word (0 past the end; never reached).
#[inline(always)]
fn ne_word(s: &[u8], i: usize) -> u64 {
    s.get(i..i + 8)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
        .map_or(0, u64::from_ne_bytes)
}

/// `a < b` in the map's order (`str`'s: bytewise, a prefix first), compared in line.
#[inline]
pub(crate) fn less(a: &str, b: &str) -> bool {
    order(a.as_bytes(), b.as_bytes()) == Ordering::Less
}

/// The big-endian word of the eight bytes of `s` from `i` (0 past the end; never reached).
#[inline(always)]
fn word(s: &[u8], i: usize) -> u64 {
    s.get(i..i + 8)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
        .map_or(0, u64::from_be_bytes)
}

/// The bytewise order of `a` and `b`, eight bytes at a time (big-endian words compare as
/// their bytes do), then by length. When the shorter one is at least eight bytes long, its
/// last partial word is compared as the eight bytes ending at its end: the bytes it shares
/// with the word before were found equal, so the order is decided by the new ones.
#[inline(always)]
pub(crate) fn order(a: &[u8], b: &[u8]) -> Ordering {
    let n = a.len().min(b.len());
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            let (x, y) = (word(a, i), word(b, i));
            if x != y {
                return x.cmp(&y);
            }
            i += 8;
        }
        let (x, y) = (word(a, n - 8), word(b, n - 8));
        if x != y {
            return x.cmp(&y);
        }
    } else {
        for i in 0..n {
            if a[i] != b[i] {
                return a[i].cmp(&b[i]);
            }
        }
    }
    a.len().cmp(&b.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The in-line comparison of ids is string equality (lengths around the eight-byte
        /// words, one byte changed anywhere).
        #[test]
        fn same_id_is_string_equality(a in "[a-c.]{0,20}", b in "[a-c.]{0,20}", flip in any::<prop::sample::Index>()) {
            prop_assert_eq!(same_id(&a, &b), a == b);
            prop_assert!(same_id(&a, &a.clone()));
            if !a.is_empty() {
                let mut c = a.clone().into_bytes();
                let i = flip.index(c.len());
                c[i] = if c[i] == b'z' { b'y' } else { b'z' };
                let c = String::from_utf8(c).unwrap();
                prop_assert!(!same_id(&a, &c));
            }
        }
    }

    proptest! {
        /// The in-line order is `str`'s order (the map's).
        #[test]
        fn less_is_the_order_of_str(
            prefix in "[a-c.]{0,20}",
            a in "[a-c.]{0,10}",
            b in "[a-c.]{0,10}",
        ) {
            // Ids sharing a prefix of any length (as sheet ids do), and unrelated ones.
            let (pa, pb) = (format!("{prefix}{a}"), format!("{prefix}{b}"));
            prop_assert_eq!(less(&pa, &pb), pa < pb);
            prop_assert_eq!(less(&a, &b), a < b);
            prop_assert_eq!(same_id(&pa, &pb), pa == pb);
        }
    }

    proptest! {
        /// The in-line order is `str`'s `cmp`, for ids on both sides of the eight-byte words
        /// (the last partial word read as the eight bytes ending at the shorter id's end).
        #[test]
        fn order_is_the_order_of_str(
            prefix in "[a-c.]{0,24}",
            a in "[a-c.]{0,10}",
            b in "[a-c.]{0,10}",
        ) {
            let (pa, pb) = (format!("{prefix}{a}"), format!("{prefix}{b}"));
            prop_assert_eq!(order(pa.as_bytes(), pb.as_bytes()), pa.cmp(&pb));
            prop_assert_eq!(order(a.as_bytes(), b.as_bytes()), a.cmp(&b));
        }
    }
}
