//! Mã đơn vị — the identifier of a unit, shared by [`crate::unit`] (the facts) and
//! [`crate::error`] (which names the unit an error is about), so that neither imports the
//! other for it.
//!
//! An id never changes once made, and its clones share one text: the report's unit, its
//! commune, a decision's subject and every docket that lists the unit hold the same bytes,
//! counted, instead of a copy each (DESIGN §25.1).
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
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnitId(Arc<str>);

impl UnitId {
    /// Build an id from anything string-like. From a `&str`, [`UnitId::from`] allocates once;
    /// `new` takes the text as a `String` first, then copies it into the shared text.
    pub fn new(id: impl Into<String>) -> Self {
        UnitId(Arc::from(id.into()))
    }

    /// The id as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The empty id: what a placeholder holds until its unit's report replaces it.
    pub(crate) fn empty() -> Self {
        UnitId::from("")
    }

    /// Whether `self` and `other` share one text (not only equal ones): what a clone gives.
    pub fn shares_text_with(&self, other: &UnitId) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
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
        f.pad(&self.0)
    }
}

impl From<&str> for UnitId {
    /// One allocation: the text straight into its shared home.
    fn from(s: &str) -> Self {
        UnitId(Arc::from(s))
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
    fn a_clone_shares_the_text_and_an_equal_id_need_not() {
        let a = UnitId::new("xa-1");
        let b = a.clone();
        assert!(a.shares_text_with(&b));
        let c = UnitId::from("xa-1");
        assert_eq!(a, c);
        assert!(!a.shares_text_with(&c));
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
