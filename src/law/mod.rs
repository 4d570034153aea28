//! The law, one module per instrument, rules as pure functions. Law modules know nothing of
//! provinces: provincial additions reach them as data (see [`crate::policy`]).
//!
//! ```
//! use antq::law::tt124::Facts;
//! use antq::unit::{ManagingLevel, Unit, UnitKind};
//! use antq::{Policy, SafetyOutcome};
//! // Each instrument is a module; a policy hands each its part and checks the year.
//! let office = Unit::new("so-1", "Sở A", UnitKind::agency(), ManagingLevel::Province);
//! let d = Policy::national().decide_safety(&office, 2026, &Facts::comfortably_met()).unwrap();
//! assert_eq!(d.outcome, SafetyOutcome::Recognised);
//! ```

mod ids;
pub mod nd80;
pub mod qd3554;
pub mod qd510;
pub mod tt124;
