//! Mã đơn vị — the identifier of a unit, shared by [`crate::unit`] (the facts) and
//! [`crate::error`] (which names the unit an error is about), so that neither imports the
//! other for it.
//!
//! ```
//! use antq::UnitId;
//! let id = UnitId::new("xa-chieng-mung");
//! assert_eq!(id.as_str(), "xa-chieng-mung");
//! assert_eq!(UnitId::from("xa-chieng-mung"), id);
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

/// Mã đơn vị — the caller's identifier of a unit; unique within one evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UnitId(pub String);

impl UnitId {
    /// Build an id from anything string-like.
    pub fn new(id: impl Into<String>) -> Self {
        UnitId(id.into())
    }

    /// The id as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnitId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad` honours width and alignment, so ids line up in tables.
        f.pad(&self.0)
    }
}

impl From<&str> for UnitId {
    fn from(s: &str) -> Self {
        UnitId(s.to_owned())
    }
}
