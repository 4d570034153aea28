//! Year input, schema version 2 — the same facts as version 1 in far fewer values
//! (`docs/year-input-v2.md`).
//!
//! ```json
//! { "schema_version": 2, "province": "Sơn La", "year": 2026,
//!   "score_items": ["qd510.remainder"], "model_criteria": ["qd3554.c01", "qd3554.c02"],
//!   "units": [
//!     { "r": "k1", "c": "xa-1", "n": "Bản Mường", "k": "residential_area", "m": "commune",
//!       "f": "111-1-1-11110-0", "hh": [120, 118], "a": [36],
//!       "md": [ { "r": "m0", "n": "Camera an ninh", "e": true } ], "ps": "recognised" } ] }
//! ```
//!
//! - The TT124 boolean facts are one code string `f`, position by position in the fixed order
//!   of [`FLAGS`]: `1` yes, `0` no, `-` not given; a string shorter than the table leaves the
//!   rest not given. The lists (`events`, `serious_crimes`, `accidents`, `discipline`,
//!   `documents`) have a position too: `0` none, `1` listed under their short key, `-` not
//!   given — so an empty list is not written, and a list left out is never "none".
//! - Ids may be written relative: a unit's `r` means `<commune>-<r>`, a model's `r` means
//!   `<unit id>-<r>`; `i` is an id written whole.
//! - The header lists the scored items (`score_items`) and model-unit criteria
//!   (`model_criteria`) once; a unit's `a` gives points by position (`null`: not given) and
//!   its `mu` the registration then one code per criterion.
//! - The header (`schema_version`, and the two tables when used) comes before `units`.
//!
//! A v2 document reads into the same [`YearInput`] as its v1 form (every entry point:
//! [`YearInput::from_json`], [`evaluate_json`](super::pipeline::evaluate_json),
//! [`evaluate_reader`](super::pipeline::evaluate_reader)), so both give byte-identical reports.

mod cursor;
mod decode;
mod ids;
mod memo;
mod model_memo;
mod record;
mod scan;
mod scan_doc;
mod scan_kind;
mod scan_parts;
mod scan_unit;
mod scan_unit_models;
mod write;

pub(crate) use decode::{decode, decode_into, empty_unit};
pub(crate) use ids::record_id;
pub use record::{Codes, KindField, Model, Record, FLAGS};
pub(crate) use scan::Scanner;
pub(crate) use scan_doc::{ends_after_units, units_start, Records, Step};
pub use write::{to_json, to_writer};

#[cfg(doc)]
use super::input::YearInput;

pub use super::input::SCHEMA_VERSION_V2;

/// The header tables of a v2 input: what the positions of `a` and `mu` stand for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Tables {
    /// QĐ510 item ids, in the order of each unit's `a`.
    pub score_items: Vec<String>,
    /// Model-unit criterion ids, in the order of each unit's `mu` (after the registration).
    pub model_criteria: Vec<String>,
}
