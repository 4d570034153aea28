//! Đơn vị điển hình — model units of the movement (Quyết định 3554/QĐ-BCA-V05 from 2025;
//! Quyết định 9745/QĐ-BCA-V05 for 2023–2024).
//!
//! - [`catalogue`]: the criteria catalogues as data. The signed criteria texts are not
//!   available, so the shipped catalogues are **labelled placeholders** (provenance
//!   provisional), replaceable from JSON; the one in force follows the year.
//! - [`decide`](mod@decide): the model-unit decision, one finding per criterion;
//!   [`compact`]: the same decision as statuses in bits, its findings built on demand.
//! - [`prerequisites`]: who may register for year Y (Bắc Kạn 3/2023 §1: "An toàn" and Khá or better in
//!   Y − 1).
//! - [`commendation`]: the chairman's Bằng khen for recognised model units, no double award
//!   (Bắc Kạn 3/2023 §1.2).
//! - [`selection`]: the yearly selection quotas of the three-tier years (Bắc Kạn 3/2023 §2, §6).
//!
//! The roadmap of targets (KH10 Sơn La, Sơn Dương) is in [`crate::roadmap`]; movement models
//! ("mô hình") are in [`crate::models`].
//!
//! ```
//! use antq::law::qd3554::{ModelUnitFacts, ModelUnitOutcome};
//! use antq::unit::{CommuneType, ManagingLevel, Unit, UnitKind};
//! use antq::Policy;
//! let commune = Unit::new("xa-1", "Xã A", UnitKind::commune(CommuneType::Xa), ManagingLevel::Province);
//! let policy = Policy::son_la_2026();
//! let catalogue = policy.catalogues.in_force(2026, commune.tag()).unwrap();
//! let mut facts = ModelUnitFacts { registered: Some(true), ..Default::default() };
//! for c in &catalogue.criteria {
//!     facts.criteria.insert(c.criterion.id.to_string(), true);
//! }
//! let d = policy.decide_model_unit(&commune, 2026, &facts).unwrap();
//! assert_eq!(d.outcome, ModelUnitOutcome::Recognised);
//! assert!(d.provisional().count() > 0); // the placeholder criteria say so
//! ```

pub mod catalogue;
mod catalogue_checks;
mod catalogue_data;
pub mod commendation;
pub mod compact;
pub mod decide;
mod outcome;
pub mod prerequisites;
mod record;
pub mod selection;

pub use catalogue::{
    instrument_for_year, Catalogue, CatalogueCriterion, CatalogueSet, CriteriaGroup, YearRange,
};
pub use commendation::{check_commendation, shortlist, CommendationCandidate, CommendationOutcome};
pub use compact::{decide_compact, CompactModelUnit};
pub(crate) use compact::{decide_compact_bits, decide_compact_read};
pub use decide::{
    decide, decide_into, is_catalogue_finding, unmet_criteria, ModelUnitFacts, ModelUnitOutcome,
};
pub use prerequisites::{check_prerequisites, PrerequisiteOutcome, PreviousYear};
pub(crate) use record::own_criteria;
pub use selection::{check_selection, QuotaCheck, Selection, SelectionReport, Selector};
