//! # antq — the yearly rules of the movement "toàn dân bảo vệ an ninh Tổ quốc" as code
//!
//! (Crate documentation is completed in `lib.rs` once every stage exists; see README.md.)

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod citation;
pub mod error;
pub mod explain;
pub mod outcome;
pub mod regime;
pub mod unit;

pub mod law;

pub mod authority;
pub mod calendar;
pub mod dossier;
pub mod models;
pub mod policy;
pub mod registration;
pub mod roadmap;
pub mod year;

pub use citation::{Citation, Instrument, Provenance, Source};
pub use error::{Error, Subject};
pub use explain::{Criterion, CriterionRef, Decision, Describe, Finding, Lang, Status, Value};
pub use outcome::{MovementClass, SafetyOutcome};
pub use regime::Regime;
pub use unit::{KindTag, ManagingLevel, Unit, UnitId, UnitKind};
