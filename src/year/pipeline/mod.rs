//! Quy trình năm — evaluate a whole province for one year, in the order the law needs:
//! residential areas, agencies, enterprises and schools first, then communes (Đ5 k4 reads their
//! units' results), then the province (aggregates, roadmap, targets, calendar).
//!
//! The stages, one file each, data flowing one way:
//! `stream` (JSON in, one unit at a time; with `window` and `diagnose` for naming errors) →
//! `evaluator` (the year's order) → `unit_stage`
//! (one unit end to end) → `commune_stage` (Đ5 k4 summaries) → `aggregate` (totals, dockets,
//! roadmap).

mod aggregate;
mod by_address;
mod collector;
mod commune_stage;
#[cfg(feature = "json")]
mod diagnose;
mod evaluator;
mod order;
mod per_kind;
mod positions;
mod provisional;
mod route_memo;
#[cfg(feature = "json")]
mod stream;
mod tally;
#[cfg(test)]
mod test_support;
mod unit_stage;
#[cfg(feature = "json")]
mod window;

pub(crate) use aggregate::model_unit_categories;
pub use evaluator::{evaluate, Evaluator};
#[cfg(feature = "json")]
pub use stream::{evaluate_json, evaluate_json_reusing, evaluate_reader};
pub use unit_stage::{evaluate_one, evaluate_one_reusing, Scratch, UnitEvaluator};

/// First year TT124 applies to (in force from 10/02/2022).
pub const FIRST_YEAR: i32 = 2022;

/// Most units one year input may hold (a national year holds about 300,000).
pub const MAX_UNITS: usize = 2_000_000;

/// Longest unit id, in bytes.
pub const MAX_ID_BYTES: usize = 256;

/// Longest unit, commune, district or province name, in bytes.
pub const MAX_NAME_BYTES: usize = 1024;

/// Most units read before the header (`schema_version`, `province`, `year`) when a year input
/// is evaluated from a reader ([`evaluate_reader`]): such units must be held until the header
/// arrives. [`evaluate_json`] re-reads the text instead and has no such limit.
pub const MAX_UNITS_BEFORE_HEADER: usize = 100_000;
