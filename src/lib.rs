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
//! 3. **"An toàn về ANTT"** — [`law::tt124::decide`]: subject or not (Đ1 k2, with
//!    [`law::nd80`] for enterprise size), reviewed or excluded (registration, provincial
//!    additions such as Sơn La's tax rule, [`policy::additions`]), then every criterion of its
//!    article. Communes are decided after their units: ≥ 70% recognised (Đ5 k4).
//! 4. **Movement classification** — [`law::qd510::classify()`]: points from a score sheet (data;
//!    the 50 "An toàn" points computed from step 3; the discipline deduction applied once,
//!    Sơn La …/UBND-NC §2a), class Xuất sắc / Khá / Trung bình / Yếu from bands (provisional defaults).
//! 5. **Model units and movement models** — [`law::qd3554::decide()`] (12 criteria in 4 groups,
//!    catalogue as data), [`models::review`] (keep, strengthen the dossier, wind up).
//! 6. **Who decides, by when, with which papers** — [`authority::route`] (three tiers to
//!    30/6/2025, two from 1/7/2025; [`Regime`]), [`calendar::year_calendar`], [`dossier::check`].
//! 7. **The province** — [`roadmap::progress()`] against KH10 or Sơn Dương's targets, class targets
//!    ("no unit Yếu"), and the whole pipeline: [`year::evaluate`] with a [`policy::Policy`].
//!
//! Rules the texts do not give (QĐ510 thresholds and most of its tables, QĐ3554 criteria texts)
//! are data with labelled provisional defaults ([`Provenance::Provisional`]); they appear in
//! every decision that used them ([`Decision::provisional`]) and in every report.
//!
//! ## Example
//!
//! ```
//! use antq::law::tt124::{decide, Facts};
//! use antq::policy::additions::son_la_2026;
//! use antq::unit::{ManagingLevel, Unit, UnitKind};
//! use antq::{Lang, SafetyOutcome, Status};
//!
//! let village = Unit::new("ban-hin", "Bản Hin", UnitKind::ResidentialArea, ManagingLevel::Commune)
//!     .in_commune("xa-chieng-mung");
//! let facts = Facts { registered: Some(true), events: Some(vec![]), ..Facts::default() };
//! let d = decide(&village, 2026, &facts, &son_la_2026()).unwrap();
//! assert_eq!(d.outcome, SafetyOutcome::CannotDecide); // missing facts, each listed:
//! let first = d.unknown().next().unwrap();
//! assert_eq!(first.status, Status::Unknown);
//! assert!(first.render(Lang::Vi).contains("khoản 1 Điều 4 Thông tư số 124/2021/TT-BCA"));
//! ```
//!
//! A whole province: see [`year`] and the `province` example
//! (`cargo run --release --example province`).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod body;
pub mod citation;
pub mod error;
pub mod explain;
pub mod id;
pub mod lang;
pub mod outcome;
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

pub use citation::{Citation, Instrument, Provenance, Source};
pub use error::{Error, Subject};
pub use explain::{Criterion, CriterionRef, Decision, Describe, Finding, Lang, Status, Value};
pub use outcome::{MovementClass, SafetyOutcome};
pub use regime::Regime;
pub use unit::{KindTag, ManagingLevel, Unit, UnitId, UnitKind};
