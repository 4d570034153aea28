//! Năm đánh giá — a whole year for a whole province: input, pipeline, report, rendering and a
//! deterministic synthetic province for examples and benchmarks.
//!
//! ```
//! use antq::policy::Policy;
//! use antq::year::{evaluate, synthetic};
//!
//! let input = synthetic::province(&synthetic::Shape::small(), 2026, 7);
//! let report = evaluate(&input, &Policy::son_la_2026()).unwrap();
//! assert_eq!(report.units.len(), input.units.len()); // every unit exactly once
//! ```

pub mod input;
#[cfg(feature = "json")]
mod json_word;
pub mod pipeline;
pub mod render;
mod render_roadmap;
mod render_text;
pub mod report;
#[cfg(feature = "json")]
mod report_json;
#[cfg(feature = "json")]
mod report_json_names;
#[cfg(feature = "json")]
mod report_json_out;
mod report_lists;
mod report_wire;
mod roadmap_svg;
pub mod svg;
pub mod synthetic;
mod synthetic_parts;
mod unit_input;
#[cfg(feature = "json")]
pub mod v2;

pub use input::{UnitInput, YearInput, SCHEMA_VERSION};
pub use pipeline::evaluate;
pub use report::{Audit, ProposalList, Report, ScoreList, UnitReport, REPORT_SCHEMA_VERSION};
