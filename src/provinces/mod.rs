//! Tỉnh — the province files shipped with the crate, embedded at build time, and the provincial
//! documents the library's own code cites.
//!
//! Each file is loaded through the same loader as a user's file
//! ([`crate::policy::province`]); see `docs/province-files.md` for the format.
//!
//! ```
//! use antq::policy::{Policy, PRESETS};
//! assert!(antq::provinces::file("son_la_2026").is_some());
//! for name in PRESETS {
//!     assert!(Policy::preset(name).is_ok());
//! }
//! ```

pub mod documents;

/// The embedded province files, by name: the national default first, then each province.
pub static FILES: [(&str, &str); 5] = [
    ("national", include_str!("national.json")),
    ("son_la_2026", include_str!("son_la_2026.json")),
    ("hung_yen_2026", include_str!("hung_yen_2026.json")),
    ("bac_kan_2023", include_str!("bac_kan_2023.json")),
    ("son_duong_2026", include_str!("son_duong_2026.json")),
];

/// The embedded file named `name`.
pub fn file(name: &str) -> Option<&'static str> {
    FILES.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}
