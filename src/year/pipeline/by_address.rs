//! Maps keyed by an object's address, for the collector's caches: one multiply to hash, no
//! string hashed or compared.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::explain::CriterionRef;

/// Hashes an address: addresses are not chosen by the input, so a fixed multiplier is enough
/// (no flooding to guard against), and it is far cheaper than hashing an id.
#[derive(Default)]
pub(super) struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        // The product's high half mixes every bit of `n`; rotated down, it picks the bucket.
        self.0 = (self.0 ^ n)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(32);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// A map keyed by an address (or any number not chosen by the input).
pub(super) type ByAddress<V> = HashMap<usize, V, BuildHasherDefault<AddressHasher>>;

/// Most addresses a cache keeps before it is emptied.
pub(super) const PTR_CACHE: usize = 4096;

/// The address of the criterion object `c` refers to.
pub(super) fn address(c: &CriterionRef) -> usize {
    std::ptr::from_ref::<crate::explain::Criterion>(c) as usize
}
