//! The record keys of the direct reading ([`super::Scanner::unit`]): each key's place and
//! bit, the table from a short key's letters to its place, and the key guessed after another
//! (DESIGN §25.2).

use super::super::scan_parts::{
    KEY_A, KEY_AC, KEY_C, KEY_CM, KEY_D, KEY_DC, KEY_DI, KEY_EM, KEY_EV, KEY_F, KEY_FR, KEY_G,
    KEY_H, KEY_HH, KEY_I, KEY_K, KEY_M, KEY_MD, KEY_MU, KEY_N, KEY_PB, KEY_PC, KEY_PM, KEY_PS,
    KEY_R, KEY_SC, KEY_SF, KEY_SS, KEY_SU, KEY_UC, KEY_X,
};

// One bit per record key (as in the scanner), at the key's place.
pub(super) mod at {
    pub(crate) const I: u8 = 0;
    pub(crate) const R: u8 = 1;
    pub(crate) const N: u8 = 2;
    pub(crate) const K: u8 = 3;
    pub(crate) const M: u8 = 4;
    pub(crate) const G: u8 = 5;
    pub(crate) const C: u8 = 6;
    pub(crate) const D: u8 = 7;
    pub(crate) const F: u8 = 8;
    pub(crate) const HH: u8 = 9;
    pub(crate) const PB: u8 = 10;
    pub(crate) const EM: u8 = 11;
    pub(crate) const FR: u8 = 12;
    pub(crate) const SS: u8 = 13;
    pub(crate) const CM: u8 = 14;
    pub(crate) const SU: u8 = 15;
    pub(crate) const DC: u8 = 16;
    pub(crate) const A: u8 = 17;
    pub(crate) const MU: u8 = 18;
    pub(crate) const MD: u8 = 19;
    pub(crate) const PS: u8 = 20;
    pub(crate) const PC: u8 = 21;
    pub(crate) const PM: u8 = 22;
    pub(crate) const EV: u8 = 23;
    pub(crate) const SC: u8 = 24;
    pub(crate) const AC: u8 = 25;
    pub(crate) const DI: u8 = 26;
    pub(crate) const SF: u8 = 27;
    pub(crate) const UC: u8 = 28;
    pub(crate) const X: u8 = 29;
    pub(crate) const H: u8 = 30;
}
pub(super) const I: u32 = 1 << at::I;
pub(super) const R: u32 = 1 << at::R;
pub(super) const N: u32 = 1 << at::N;
pub(super) const K: u32 = 1 << at::K;
pub(super) const M: u32 = 1 << at::M;
pub(super) const G: u32 = 1 << at::G;
pub(super) const C: u32 = 1 << at::C;
pub(super) const D: u32 = 1 << at::D;
pub(super) const F: u32 = 1 << at::F;
pub(super) const HH: u32 = 1 << at::HH;
pub(super) const PB: u32 = 1 << at::PB;
pub(super) const EM: u32 = 1 << at::EM;
pub(super) const FR: u32 = 1 << at::FR;
pub(super) const SS: u32 = 1 << at::SS;
pub(super) const CM: u32 = 1 << at::CM;
pub(super) const SU: u32 = 1 << at::SU;
pub(super) const DC: u32 = 1 << at::DC;
pub(super) const A: u32 = 1 << at::A;
pub(super) const MU: u32 = 1 << at::MU;
pub(super) const MD: u32 = 1 << at::MD;
pub(super) const PS: u32 = 1 << at::PS;
pub(super) const PC: u32 = 1 << at::PC;
pub(super) const PM: u32 = 1 << at::PM;
pub(super) const EV: u32 = 1 << at::EV;
pub(super) const SC: u32 = 1 << at::SC;
pub(super) const AC: u32 = 1 << at::AC;
pub(super) const DI: u32 = 1 << at::DI;
pub(super) const SF: u32 = 1 << at::SF;
pub(super) const UC: u32 = 1 << at::UC;
pub(super) const X: u32 = 1 << at::X;
pub(super) const H: u32 = 1 << at::H;

/// A short key's letters as a table index: each lower-case letter's low five bits (1–26, the
/// second `0` when there is none), so every key [`Cur::short_key`](super::super::cursor::Cur::short_key) reads has its own index.
#[inline(always)]
pub(super) const fn index_of(key: u32) -> usize {
    (key & 0x1F | (key >> 3) & 0x3E0) as usize
}

/// Not a record key.
pub(super) const UNKNOWN: u8 = u8::MAX;

/// Each record key's place by [`index_of`] (`UNKNOWN` for any other key): the key dispatched
/// through one table look-up and a dense `match`.
pub(super) const PLACE: [u8; 1024] = {
    let mut t = [UNKNOWN; 1024];
    let keys = [
        (KEY_I, at::I),
        (KEY_R, at::R),
        (KEY_N, at::N),
        (KEY_K, at::K),
        (KEY_M, at::M),
        (KEY_G, at::G),
        (KEY_C, at::C),
        (KEY_D, at::D),
        (KEY_F, at::F),
        (KEY_HH, at::HH),
        (KEY_PB, at::PB),
        (KEY_EM, at::EM),
        (KEY_FR, at::FR),
        (KEY_SS, at::SS),
        (KEY_CM, at::CM),
        (KEY_SU, at::SU),
        (KEY_DC, at::DC),
        (KEY_A, at::A),
        (KEY_MU, at::MU),
        (KEY_MD, at::MD),
        (KEY_PS, at::PS),
        (KEY_PC, at::PC),
        (KEY_PM, at::PM),
        (KEY_EV, at::EV),
        (KEY_SC, at::SC),
        (KEY_AC, at::AC),
        (KEY_DI, at::DI),
        (KEY_SF, at::SF),
        (KEY_UC, at::UC),
        (KEY_X, at::X),
        (KEY_H, at::H),
    ];
    let mut i = 0;
    while i < keys.len() {
        t[index_of(keys[i].0)] = keys[i].1;
        i += 1;
    }
    t
};

/// Places of the record keys ([`PLACE`]'s values, below it).
pub(crate) const PLACES: usize = 32;

/// The key that followed a record key last, as the writer writes it (`,"ab":`, no space):
/// its bytes, their mask and length, and its place. When the input has exactly these bytes
/// after a member's value, [`Cur::sep_key`](super::super::cursor::Cur::sep_key) would read this key from them; so they are
/// compared at once, as one word.
#[derive(Clone, Copy)]
pub(crate) struct NextKey {
    pub(super) bytes: u64,
    pub(super) mask: u64,
    pub(super) len: u8,
    pub(super) place: u8,
}

impl Default for NextKey {
    /// None yet: no input's bytes match (`w & 0` is never `1`).
    fn default() -> Self {
        NextKey {
            bytes: 1,
            mask: 0,
            len: 0,
            place: UNKNOWN,
        }
    }
}

impl NextKey {
    /// The key at `place` read by [`Cur::sep_key`](super::super::cursor::Cur::sep_key) from the first `len` (5 or 6) bytes of `w`.
    #[inline]
    pub(super) fn of(w: u64, len: usize, place: u8) -> Self {
        let mask = (1u64 << (8 * len)) - 1;
        NextKey {
            bytes: w & mask,
            mask,
            len: len as u8,
            place,
        }
    }
}
