//! Ngôn ngữ — the language a decision, citation or report is rendered in.
//!
//! A leaf module shared by [`crate::citation`] and [`crate::explain`] so that neither imports
//! the other for it.

use serde::{Deserialize, Serialize};

/// Language of rendered text. Vietnamese is the default everywhere.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Tiếng Việt (default).
    #[default]
    Vi,
    /// English.
    En,
}
