//! Mã đơn vị — the identifier of a unit, shared by [`crate::unit`] (the facts) and
//! [`crate::error`] (which names the unit an error is about), so that neither imports the
//! other for it.
//!
//! An id never changes once made. An id of 22 bytes or fewer (nearly every id: `x0012-k00031`,
//! `xa-chieng-mung`) is held inside the value, so making, cloning, reading and dropping it
//! touches no other memory; a longer one is one shared text, and its clones (the report's
//! unit, its commune, a decision's subject, every docket that lists the unit) hold the same
//! bytes, counted, instead of a copy each (DESIGN §25.1, §27.1).
//!
//! ```
//! use antq::UnitId;
//! let id = UnitId::new("xa-chieng-mung");
//! assert_eq!(id.as_str(), "xa-chieng-mung");
//! assert_eq!(UnitId::from("xa-chieng-mung"), id);
//! assert_eq!(UnitId::from(String::from("xa-chieng-mung")), id);
//! assert!(UnitId::new("a") < UnitId::new("b"));
//! ```

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Mã đơn vị — the caller's identifier of a unit; unique within one evaluation. Compared,
/// ordered and hashed by its text; written and read as a plain JSON string.
#[derive(Clone)]
pub struct UnitId(Repr);

/// Longest id held inside the value itself, in bytes (DESIGN §27.1).
pub(crate) const INLINE: usize = 22;

/// An id's text: short ones (nearly all: `x0012-k00031`, `xa-chieng-mung`) inside the value,
/// so that making, cloning, reading and dropping one touches no other memory; longer ones in
/// one shared allocation, counted.
#[derive(Clone)]
enum Repr {
    /// The text's length, then its bytes (UTF-8, zero after the length).
    Inline(u8, [u8; INLINE]),
    /// The text, shared by every clone.
    Shared(Arc<str>),
}

impl UnitId {
    /// Build an id from anything string-like.
    pub fn new(id: impl Into<String>) -> Self {
        let id: String = id.into();
        if id.len() <= INLINE {
            UnitId::from(id.as_str())
        } else {
            UnitId(Repr::Shared(Arc::from(id)))
        }
    }

    /// The id as a string slice.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Made from a `&str` (see `From<&str>`), so the bytes are UTF-8: the fallback
            // is never taken.
            Repr::Inline(len, bytes) => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or("")
            }
            Repr::Shared(text) => text,
        }
    }

    /// The id's bytes (its text's), without checking them again as UTF-8.
    #[inline]
    pub(crate) fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Repr::Inline(len, bytes) => &bytes[..usize::from(*len)],
            Repr::Shared(text) => text.as_bytes(),
        }
    }

    /// The id's length in bytes.
    pub fn len(&self) -> usize {
        self.as_bytes().len()
    }

    /// Whether the id is the empty text.
    pub fn is_empty(&self) -> bool {
        self.as_bytes().is_empty()
    }

    /// The empty id: what a placeholder holds until its unit's report replaces it.
    pub(crate) fn empty() -> Self {
        UnitId::from("")
    }

    /// Whether `self` and `other` hold their text without a copy each: clones of an id longer
    /// than 22 bytes share one allocation. An id of 22 bytes or fewer is held inside the value
    /// and has no allocation to share: every copy is its own (`false`).
    pub fn shares_text_with(&self, other: &UnitId) -> bool {
        match (&self.0, &other.0) {
            (Repr::Shared(a), Repr::Shared(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Whether the id's text is held inside the value (22 bytes or fewer), not in a shared
    /// allocation.
    pub fn is_inline(&self) -> bool {
        matches!(self.0, Repr::Inline(..))
    }
}

impl PartialEq for UnitId {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for UnitId {}

impl PartialOrd for UnitId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UnitId {
    /// By the text's bytes: the order of `str`.
    #[inline]
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_bytes().cmp(other.as_bytes())
    }
}

impl std::hash::Hash for UnitId {
    /// What `str::hash` writes by default (the bytes, then `0xff`), so with the standard
    /// library's hashers an id and its text hash alike.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // What `str::hash` writes: the bytes, then 0xff.
        state.write(self.as_bytes());
        state.write_u8(0xff);
    }
}

impl fmt::Debug for UnitId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // As the tuple struct over a `String` printed before ids shared their text.
        f.debug_tuple("UnitId").field(&self.as_str()).finish()
    }
}

impl fmt::Display for UnitId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad` honours width and alignment, so ids line up in tables.
        f.pad(self.as_str())
    }
}

impl From<&str> for UnitId {
    /// No allocation for a text of 22 bytes or fewer; else one, the text straight into its
    /// shared home.
    fn from(s: &str) -> Self {
        if s.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            // At most 22, so the length fits a byte.
            UnitId(Repr::Inline(s.len() as u8, bytes))
        } else {
            UnitId(Repr::Shared(Arc::from(s)))
        }
    }
}

impl From<String> for UnitId {
    fn from(s: String) -> Self {
        UnitId::new(s)
    }
}

impl AsRef<str> for UnitId {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Serialize for UnitId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UnitId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(IdVisitor)
    }
}

/// Reads a string straight into an id's shared text (one allocation, no `String` first).
struct IdVisitor;

impl serde::de::Visitor<'_> for IdVisitor {
    type Value = UnitId;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // What a `String` expects: errors read as they did when the id was one.
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<UnitId, E> {
        Ok(UnitId::from(s))
    }

    fn visit_string<E: serde::de::Error>(self, s: String) -> Result<UnitId, E> {
        Ok(UnitId::from(s))
    }

    fn visit_bytes<E: serde::de::Error>(self, b: &[u8]) -> Result<UnitId, E> {
        // As `String` does: UTF-8 bytes are text, others an invalid value.
        match std::str::from_utf8(b) {
            Ok(s) => Ok(UnitId::from(s)),
            Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(b), &self)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clone_of_a_long_id_shares_the_text_and_an_equal_id_need_not() {
        let long = "ubnd-xa-chieng-mung-tp-son-la";
        let a = UnitId::new(long);
        let b = a.clone();
        assert!(!a.is_inline() && a.shares_text_with(&b));
        let c = UnitId::from(long);
        assert_eq!(a, c);
        assert!(!a.shares_text_with(&c));
    }

    /// 22 bytes and fewer are held inside the value, 23 and more shared; either way the id
    /// reads back, compares, orders and hashes as its text does.
    #[test]
    fn ids_of_22_bytes_and_fewer_are_inline_and_behave_as_their_text() {
        use std::hash::{BuildHasher, RandomState};
        let hasher = RandomState::new();
        let texts = [
            String::new(),
            "x0012-k00031".to_owned(),
            "Bản Nà Ngựa 12".to_owned(),
            "a".repeat(22),
            "a".repeat(23),
            format!("{}à", "a".repeat(20)),
            format!("{}à", "a".repeat(21)),
        ];
        for t in &texts {
            for id in [UnitId::from(t.as_str()), UnitId::new(t.clone())] {
                assert_eq!(id.as_str(), t);
                assert_eq!((id.len(), id.is_empty()), (t.len(), t.is_empty()));
                assert_eq!(id.is_inline(), t.len() <= 22, "{t}");
                assert_eq!(id.shares_text_with(&id.clone()), t.len() > 22, "{t}");
                assert_eq!(hasher.hash_one(&id), hasher.hash_one(t.as_str()), "{t}");
                assert_eq!(format!("{id}|{id:?}"), format!("{t}|UnitId({t:?})"));
            }
        }
        for a in &texts {
            for b in &texts {
                let (x, y) = (UnitId::from(a.as_str()), UnitId::from(b.as_str()));
                assert_eq!(x.cmp(&y), a.cmp(b), "{a} {b}");
                assert_eq!(x == y, a == b);
            }
        }
    }

    #[test]
    fn ids_order_and_print_by_their_text() {
        let mut ids = [UnitId::new("b"), UnitId::new("a-2"), UnitId::new("a")];
        ids.sort();
        assert_eq!(
            ids.iter().map(UnitId::as_str).collect::<Vec<_>>(),
            ["a", "a-2", "b"]
        );
        assert_eq!(
            format!("{:>4}|{:?}", ids[0], ids[1]),
            "   a|UnitId(\"a-2\")"
        );
    }

    /// Read from JSON (and from serde's own value deserializers), an id accepts and refuses
    /// exactly what a `String` does, with the same error text.
    #[cfg(feature = "json")]
    #[test]
    fn an_id_reads_and_fails_as_a_string_does() {
        use serde::de::IntoDeserializer;
        for text in [
            "1",
            "-1",
            "1.5",
            "null",
            "true",
            "[]",
            "{}",
            "\"a",
            "\"\\ud800\"",
        ] {
            let want = serde_json::from_str::<String>(text)
                .unwrap_err()
                .to_string();
            let got = serde_json::from_str::<UnitId>(text)
                .unwrap_err()
                .to_string();
            assert_eq!(got, want, "{text}");
        }
        let id: UnitId = serde_json::from_str("\"xa-1\\u00e0\"").unwrap();
        assert_eq!(id.as_str(), "xa-1à");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"xa-1à\"");
        let v = serde_json::json!(5);
        assert_eq!(
            UnitId::deserialize(&v).unwrap_err().to_string(),
            String::deserialize(&v).unwrap_err().to_string()
        );
        let c: serde::de::value::CharDeserializer<serde::de::value::Error> =
            'x'.into_deserializer();
        assert_eq!(UnitId::deserialize(c).unwrap().as_str(), "x");
    }
}
