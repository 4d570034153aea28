//! # antq — the yearly rules of the movement "toàn dân bảo vệ an ninh Tổ quốc" as code
//!
//! Every year each residential area (khu dân cư), commune-level unit (xã, phường, đặc khu),
//! agency (cơ quan), enterprise (doanh nghiệp) and school (cơ sở giáo dục) goes through one cycle.
//! This crate decides each step as a pure function of typed facts, and every decision lists
//! every criterion it checked with its citation (Vietnamese first) and provenance.
//!
//! ## The year in one page
//!
//! 1. **Q1 — registration.** Units register to strive for "An toàn về an ninh, trật tự" and adopt
//!    their resolution and plan (TT124 Đ4–Đ7 k1). Who registers as one point:
//!    [`registration`] (Sơn La …/UBND-NC §1a). Communes may also register to build a model unit
//!    ([`law::qd3554::check_prerequisites`] where the province asks for last year's results).
//! 2. **The evaluation windows** run 1/11–31/10 for residential areas and 16/11–15/11 for the
//!    rest (TT124 Đ8 k2): [`calendar`].
//! 3. **"An toàn về ANTT"** — [`Policy::decide_safety`] ([`law::tt124::decide`]): subject or not (Đ1 k2, with
//!    [`law::nd80`] for enterprise size), reviewed or excluded (registration, provincial
//!    additions such as Sơn La's tax rule, [`policy::additions`]), then every criterion of its
//!    article. Communes are decided after their units: ≥ 70% recognised (Đ5 k4).
//! 4. **Movement classification** — [`Policy::classify`] ([`law::qd510::classify()`]): points from a score sheet (data;
//!    the 50 "An toàn" points computed from step 3; the discipline deduction applied once,
//!    Sơn La …/UBND-NC §2a), class Xuất sắc / Khá / Trung bình / Yếu from bands (provisional defaults).
//! 5. **Model units and movement models** — [`law::qd3554::decide()`] (12 criteria in 4 groups,
//!    catalogue as data), [`models::review`] (keep, strengthen the dossier, wind up).
//! 6. **Who decides, by when, with which papers** — [`Policy::route`] (three tiers to
//!    30/6/2025, two from 1/7/2025; [`Regime`]), [`calendar::year_calendar`], [`dossier::check`].
//! 7. **The province** — [`Policy::progress`] ([`roadmap::progress()`]) against KH10 or Sơn Dương's targets, class targets
//!    ("no unit Yếu"), and the whole pipeline: [`year::evaluate`] with a [`policy::Policy`].
//!
//! Rules the texts do not give (QĐ510 thresholds and most of its tables, QĐ3554 criteria texts)
//! are data with labelled provisional defaults ([`Provenance::Provisional`]); they appear in
//! every decision that used them ([`Decision::provisional`]) and in every report.
//!
//! ## Example
//!
//! One policy — the national default, a built-in province or a province file — drives every
//! call, and decisions answer questions by citation:
//!
//! ```
//! use antq::law::tt124::Facts;
//! use antq::unit::{ManagingLevel, Unit, UnitKind};
//! use antq::{Citation, Instrument, Lang, Policy, SafetyOutcome, Status};
//!
//! let policy = Policy::son_la_2026();
//! let village = Unit::new("ban-hin", "Bản Hin", UnitKind::ResidentialArea, ManagingLevel::Commune)
//!     .in_commune("xa-chieng-mung");
//! let mut facts = Facts::default(); // nothing known yet …
//! facts.registered = Some(true);
//! facts.events = Some(vec![]);
//! let d = policy.decide_safety(&village, 2026, &facts).unwrap();
//! assert_eq!(d.outcome, SafetyOutcome::CannotDecide); // … so the missing facts are listed
//! let d4_k3 = Citation::clause(Instrument::Tt124, 4, 3);
//! assert_eq!(d.status_of(&d4_k3), Some(Status::Met)); // no event of Đ4 k3 occurred
//! let first = d.unknown().next().unwrap();
//! assert!(first.render(Lang::Vi).contains("khoản 1 Điều 4 Thông tư số 124/2021/TT-BCA"));
//!
//! // The same facts, comfortably met: recognised, and routed with Sơn La's rules.
//! let d = policy.decide_safety(&village, 2026, &Facts::comfortably_met()).unwrap();
//! assert_eq!(d.outcome, SafetyOutcome::Recognised);
//! let route = policy.route(antq::authority::Procedure::SafetyRecognition, &village, 2026).unwrap();
//! assert_eq!(route.deadline.last_day().to_string(), "2026-11-14");
//! ```
//!
//! A whole province: [`evaluate`] (or [`evaluate_json`] / [`evaluate_reader`] with the default
//! `json` feature) with a [`Policy`]; see [`year`] and the `province` example
//! (`cargo run --release --example province`).

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::missing_errors_doc)]

pub mod body;
pub mod citation;
pub mod error;
pub mod explain;
pub mod id;
pub mod lang;
pub mod outcome;
mod recent_ids;
pub mod regime;
pub mod strict;
pub mod unit;

#[cfg(feature = "json")]
pub mod json;

pub mod law;

pub mod authority;
pub mod calendar;
pub mod dossier;
pub mod models;
pub mod policy;
pub mod provinces;
pub mod registration;
pub mod roadmap;
pub mod year;

/// The README's quick start, run as a doc test so that it keeps compiling and passing.
#[cfg(all(doctest, feature = "json"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeQuickStart;

pub use citation::{Citation, Instrument, Provenance, Source};
pub use error::{Error, Subject};
pub use explain::{Criterion, CriterionRef, Decision, Describe, Finding, Lang, Status, Value};
pub use outcome::{MovementClass, SafetyOutcome};
pub use policy::Policy;
pub use regime::Regime;
pub use unit::{KindTag, ManagingLevel, Unit, UnitId, UnitKind};
#[cfg(feature = "json")]
pub use year::pipeline::{evaluate_json, evaluate_reader};
pub use year::{evaluate, Report, UnitInput, YearInput};
