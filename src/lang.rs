//! Ngôn ngữ — the language a decision, citation or report is rendered in.
//!
//! A leaf module shared by [`crate::citation`] and [`crate::explain`] so that neither imports
//! the other for it.
//!
//! ```
//! use antq::citation::{Citation, Instrument};
//! use antq::Lang;
//! let c = Citation::clause(Instrument::Tt124, 5, 4);
//! assert_eq!(c.render(Lang::Vi), "khoản 4 Điều 5 Thông tư số 124/2021/TT-BCA");
//! assert_eq!(c.render(Lang::En), "Circular 124/2021/TT-BCA, Art. 5(4)");
//! ```

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
