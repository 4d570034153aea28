//! Mô hình trong phong trào — movement models and their yearly review.
//!
//! Every commune, agency, enterprise and school needs at least one effective model (TT124 Đ5 k1,
//! Đ6 k1, Đ7 k1; Hưng Yên 07/BCĐ-CQTT §2). Each year the unit reviews its models (Sơn La …/UBND-NC §4a):
//!
//! | effective | dossier            | action                                   |
//! |-----------|--------------------|------------------------------------------|
//! | no        | any                | wind up (thanh loại)                     |
//! | any       | none at all        | wind up (thanh loại)                     |
//! | yes       | complete           | keep and replicate (duy trì, nhân rộng)  |
//! | yes       | exists, incomplete | strengthen the dossier (củng cố hồ sơ)   |
//! | unknown   | —                  | undetermined (facts missing)             |
//!
//! A policy may also ask for a rating: Sơn Dương (Sơn Dương 54/KH-UBND §II.2) wants at least one effective
//! model rated Khá or better per unit, residential areas (thôn) included.
//!
//! ```
//! use antq::models::{review, ModelAction, ModelsPolicy, MovementModel};
//! use antq::unit::KindTag;
//! use antq::explain::Status;
//! let m = |id: &str, effective, dossier| MovementModel {
//!     id: id.into(), name: id.into(), effective: Some(effective), rating: None,
//!     dossier_complete: Some(dossier), has_dossier: None,
//! };
//! let d = review(&"cq-1".into(), KindTag::Agency,
//!     &[m("camera", true, true), m("zalo", true, false), m("tuần tra", false, true)],
//!     &ModelsPolicy::tt124());
//! assert_eq!(d.outcome.actions,
//!     [ModelAction::KeepAndReplicate, ModelAction::StrengthenDossier, ModelAction::WindUp]);
//! assert_eq!(d.outcome.requirement, Status::Met);
//! ```
//!
//! The model rating scale is not available in our sources beyond "Khá trở lên" (Sơn Dương 54/KH-UBND); the
//! four levels of [`ModelRating`] mirror the movement classes and are **provisional**.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Instrument, Provenance, Source};
use crate::explain::{Criterion, CriterionRef, Decision, Describe, Finding, Lang, Status};
use crate::unit::{KindTag, UnitId};

mod cited;
mod record;
use cited::{cited, recite};

/// Xếp loại mô hình — a model's rating, ordered worst to best. The levels are provisional (only
/// "Khá trở lên" is attested, Sơn Dương 54/KH-UBND).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModelRating {
    /// Yếu.
    Yeu,
    /// Trung bình.
    TrungBinh,
    /// Khá.
    Kha,
    /// Xuất sắc / Tốt.
    XuatSac,
}

impl ModelRating {
    /// Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            ModelRating::Yeu => "Yếu",
            ModelRating::TrungBinh => "Trung bình",
            ModelRating::Kha => "Khá",
            ModelRating::XuatSac => "Xuất sắc",
        }
    }
}

/// Mô hình — one movement model of a unit, as recorded for the yearly review.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct MovementModel {
    /// Caller's id of the model (unique within the unit).
    pub id: String,
    /// Name of the model.
    pub name: String,
    /// Hoạt động hiệu quả — works effectively this year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<bool>,
    /// Xếp loại — this year's rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<ModelRating>,
    /// Hồ sơ đầy đủ — the dossier is complete per the Ministry's guidance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dossier_complete: Option<bool>,
    /// Có hồ sơ — the model has a dossier at all. `Some(false)` means none (wind up);
    /// when left out, a model whose dossier is known complete or incomplete is taken to have one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_dossier: Option<bool>,
}

/// Hướng xử lý mô hình — what the yearly review does with one model (Sơn La …/UBND-NC §4a).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ModelAction {
    /// Duy trì, nhân rộng — effective, complete dossier.
    KeepAndReplicate,
    /// Củng cố hồ sơ — effective, dossier incomplete.
    StrengthenDossier,
    /// Thanh loại, kết thúc hoạt động — ineffective, or no dossier.
    WindUp,
    /// Chưa xác định — facts missing.
    Undetermined,
}

impl ModelAction {
    /// Vietnamese label.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ModelAction::KeepAndReplicate, Lang::Vi) => "duy trì, nhân rộng",
            (ModelAction::StrengthenDossier, Lang::Vi) => "củng cố hồ sơ",
            (ModelAction::WindUp, Lang::Vi) => "thanh loại, kết thúc hoạt động",
            (ModelAction::Undetermined, Lang::Vi) => "chưa xác định (thiếu dữ liệu)",
            (ModelAction::KeepAndReplicate, Lang::En) => "keep and replicate",
            (ModelAction::StrengthenDossier, Lang::En) => "strengthen the dossier",
            (ModelAction::WindUp, Lang::En) => "wind up",
            (ModelAction::Undetermined, Lang::En) => "undetermined (facts missing)",
        }
    }
}

/// The yearly review of models (keep, strengthen, wind up) is not in TT124: without a
/// provincial document (`ModelsPolicy::review_source`) it is the library's labelled default.
const LIBRARY_REVIEW: Source = Source::provisional(Citation::instrument(Instrument::Provisional));
/// A model for residential areas, or a rating, asked without a document
/// (`ModelsPolicy::source`): the library's labelled default.
const LIBRARY_REQUIREMENT: Source =
    Source::provisional(Citation::instrument(Instrument::Provisional));

/// Keep and replicate an effective model with a complete dossier (the yearly review).
pub static KEEP: Criterion = Criterion {
    id: Cow::Borrowed("models.review.keep_and_replicate"),
    source: LIBRARY_REVIEW,
    vi: Cow::Borrowed("Mô hình hoạt động hiệu quả, hồ sơ đầy đủ: duy trì, nhân rộng"),
    en: Cow::Borrowed("Effective model with a complete dossier: keep and replicate"),
};

/// Strengthen the dossier of an effective model (Sơn La …/UBND-NC §4a).
pub static STRENGTHEN: Criterion = Criterion {
    id: Cow::Borrowed("models.review.strengthen_dossier"),
    source: LIBRARY_REVIEW,
    vi: Cow::Borrowed("Mô hình hoạt động hiệu quả nhưng hồ sơ chưa đầy đủ: củng cố hồ sơ"),
    en: Cow::Borrowed("Effective model with an incomplete dossier: strengthen the dossier"),
};

/// Wind up an ineffective model or one without a dossier (Sơn La …/UBND-NC §4a).
pub static WIND_UP: Criterion = Criterion {
    id: Cow::Borrowed("models.review.wind_up"),
    source: LIBRARY_REVIEW,
    vi: Cow::Borrowed("Mô hình không hiệu quả hoặc không có hồ sơ: thanh loại"),
    en: Cow::Borrowed("Ineffective model or one without a dossier: wind up"),
};

/// The review of a model could not be made (Sơn La …/UBND-NC §4a; facts missing).
pub static UNDETERMINED: Criterion = Criterion {
    id: Cow::Borrowed("models.review.undetermined"),
    source: LIBRARY_REVIEW,
    vi: Cow::Borrowed("Chưa đủ dữ liệu để đánh giá mô hình"),
    en: Cow::Borrowed("Not enough facts to review the model"),
};

/// ≥ 1 effective model — commune (TT124 Đ5 k1).
pub static EFFECTIVE_COMMUNE: Criterion = Criterion {
    id: Cow::Borrowed("tt124.d5.k1.model"),
    source: Source::text(Citation::clause(Instrument::Tt124, 5, 1)),
    vi: Cow::Borrowed("Có ít nhất 01 mô hình phong trào hoạt động hiệu quả"),
    en: Cow::Borrowed("At least one effective movement model"),
};

/// ≥ 1 effective model — agency or enterprise (TT124 Đ6 k1).
pub static EFFECTIVE_AGENCY: Criterion = Criterion {
    id: Cow::Borrowed("tt124.d6.k1.model"),
    source: Source::text(Citation::clause(Instrument::Tt124, 6, 1)),
    vi: Cow::Borrowed("Có ít nhất 01 mô hình phong trào hoạt động hiệu quả"),
    en: Cow::Borrowed("At least one effective movement model"),
};

/// ≥ 1 effective model — school (TT124 Đ7 k1).
pub static EFFECTIVE_SCHOOL: Criterion = Criterion {
    id: Cow::Borrowed("tt124.d7.k1.model"),
    source: Source::text(Citation::clause(Instrument::Tt124, 7, 1)),
    vi: Cow::Borrowed("Có ít nhất 01 mô hình phong trào hoạt động hiệu quả"),
    en: Cow::Borrowed("At least one effective movement model"),
};

/// ≥ 1 effective model — residential area, only where a provincial policy asks for it
/// (TT124 Đ4 does not; Sơn Dương 54/KH-UBND §II.2 does for every thôn).
pub static EFFECTIVE_RESIDENTIAL: Criterion = Criterion {
    id: Cow::Borrowed("models.residential_area"),
    source: LIBRARY_REQUIREMENT,
    vi: Cow::Borrowed("Thôn có ít nhất 01 mô hình hoạt động hiệu quả"),
    en: Cow::Borrowed("Residential area has at least one effective model"),
};

/// TT124 Đ4 asks no model of a residential area: the requirement is not applicable unless a
/// provincial policy asks for it.
pub static RESIDENTIAL_NOT_ASKED: Criterion = Criterion {
    id: Cow::Borrowed("tt124.d4.no_model_required"),
    source: Source::text(Citation::article(Instrument::Tt124, 4)),
    vi: Cow::Borrowed("Khu dân cư: Điều 4 không yêu cầu mô hình phong trào"),
    en: Cow::Borrowed("Residential area: Article 4 asks for no movement model"),
};

/// ≥ 1 effective model rated Khá or better (Sơn Dương 54/KH-UBND §II.2).
pub static RATED_KHA: Criterion = Criterion {
    id: Cow::Borrowed("models.rated_at_least"),
    source: LIBRARY_REQUIREMENT,
    vi: Cow::Borrowed("Có ít nhất 01 mô hình hoạt động hiệu quả, xếp loại Khá trở lên"),
    en: Cow::Borrowed("At least one effective model rated Khá (good) or better"),
};

/// The model rating scale above "Khá" is the library's own (provisional).
pub static RATING_SCALE: Criterion = Criterion {
    id: Cow::Borrowed("provisional.model_rating_scale"),
    source: Source {
        citation: Citation::instrument(Instrument::Provisional),
        provenance: Provenance::Provisional,
    },
    vi: Cow::Borrowed("Thang xếp loại mô hình (Yếu, Trung bình, Khá, Xuất sắc) — TẠM THỜI"),
    en: Cow::Borrowed("Model rating scale (Weak, Average, Good, Excellent) — PROVISIONAL"),
};

/// Yêu cầu về mô hình — what a policy asks of each unit's models.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct ModelsPolicy {
    /// Name used in reports.
    pub name: Cow<'static, str>,
    /// The effective model must also be rated at least this (Sơn Dương: Khá).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_rating: Option<ModelRating>,
    /// Residential areas also need a model (Sơn Dương: every thôn); TT124 does not ask it.
    #[serde(default)]
    pub residential_areas: bool,
    /// The document asking for the rating or the residential-area model (Sơn Dương's plan
    /// §II.2); without one those criteria are labelled provisional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// The document that sets the yearly review of models (keep, strengthen the dossier, wind
    /// up — Sơn La's letter §4a); without one the review is the library's labelled default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_source: Option<Source>,
}

impl ModelsPolicy {
    /// TT124 alone: communes, agencies, enterprises and schools need ≥ 1 effective model.
    pub fn tt124() -> ModelsPolicy {
        ModelsPolicy {
            name: Cow::Borrowed("tt124"),
            min_rating: None,
            residential_areas: false,
            source: None,
            review_source: None,
        }
    }

    /// Sơn Dương 2026–2030 (Sơn Dương 54/KH-UBND §II.2): every thôn, agency, enterprise and school keeps
    /// ≥ 1 effective model rated Khá or better.
    pub fn son_duong_2026() -> ModelsPolicy {
        ModelsPolicy {
            name: Cow::Borrowed("son_duong_2026"),
            min_rating: Some(ModelRating::Kha),
            residential_areas: true,
            source: Some(Source::provincial(Citation::doc_section(
                &crate::provinces::documents::SON_DUONG_KH54_2026,
                "II.2",
            ))),
            review_source: None,
        }
    }
}

/// Kết quả rà soát mô hình của một đơn vị — the unit's verdict on the requirement(s) and the
/// action for each model (in input order).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct ModelsOutcome {
    /// Met, not met, not applicable (residential area under TT124 alone) or unknown.
    pub requirement: Status,
    /// Effective models.
    pub effective: u32,
    /// Effective models rated at least the policy's minimum (equals `effective` when the policy
    /// asks for no rating).
    pub effective_rated: u32,
    /// One action per model, in input order.
    pub actions: Vec<ModelAction>,
}

impl Describe for ModelsOutcome {
    fn describe(&self, lang: Lang) -> Cow<'static, str> {
        Cow::Borrowed(match (self.requirement, lang) {
            (Status::Met, Lang::Vi) => "đạt yêu cầu về mô hình",
            (Status::NotMet, Lang::Vi) => "chưa đạt yêu cầu về mô hình",
            (Status::NotApplicable, Lang::Vi) => "không áp dụng yêu cầu về mô hình",
            (Status::Unknown, Lang::Vi) => "chưa đủ dữ liệu về mô hình",
            (Status::Met, Lang::En) => "meets the movement-model requirement",
            (Status::NotMet, Lang::En) => "does not meet the movement-model requirement",
            (Status::NotApplicable, Lang::En) => "movement-model requirement does not apply",
            (Status::Unknown, Lang::En) => "movement-model facts missing",
        })
    }
}

/// Đánh giá một mô hình — the Sơn La …/UBND-NC §4a action for one model.
pub fn action(model: &MovementModel) -> ModelAction {
    if model.effective == Some(false) || model.has_dossier == Some(false) {
        return ModelAction::WindUp;
    }
    match (model.effective, model.dossier_complete) {
        (Some(true), Some(true)) => ModelAction::KeepAndReplicate,
        (Some(true), Some(false)) => ModelAction::StrengthenDossier,
        _ => ModelAction::Undetermined,
    }
}

/// Rà soát mô hình — review a unit's models: one finding per model with its Sơn La …/UBND-NC §4a action
/// (observed: the model id), then "≥ 1 effective model" (TT124 Đ5/Đ6/Đ7 k1 by kind, or Sơn Dương 54/KH-UBND
/// for residential areas when the policy asks), then — when the policy asks for a rating — "≥ 1
/// effective model rated at least …" (Sơn Dương 54/KH-UBND) and the provisional rating-scale note.
///
/// A model counts as effective when `effective` is `Some(true)`, whatever its dossier (the
/// dossier decides the action, not the count). No models at all is "not met".
pub fn review(
    unit: &UnitId,
    kind: KindTag,
    models: &[MovementModel],
    policy: &ModelsPolicy,
) -> Decision<ModelsOutcome> {
    let mut findings = Vec::with_capacity(models.len() + 3);
    let outcome = review_into(kind, models, policy, &mut findings);
    Decision {
        unit: unit.clone(),
        outcome,
        findings,
    }
}

/// [`review`] writing the findings into `findings` (cleared first) and returning only the
/// outcome — for callers that review many units and reuse one buffer.
pub fn review_into(
    kind: KindTag,
    models: &[MovementModel],
    policy: &ModelsPolicy,
    findings: &mut Vec<Finding>,
) -> ModelsOutcome {
    findings.clear();
    record::review_recorded(kind, models, policy, findings)
}

/// A review without its findings (see [`review_compact`]): the outcome, whether some finding
/// of the full review is not met or unknown (what a report lists), and the criteria the
/// findings would cite, each with how many findings cite it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompactReview<'p> {
    /// The outcome, as [`review_into`] gives it.
    pub outcome: ModelsOutcome,
    tally: record::Tally<'p>,
}

/// [`review_into`] without building findings: the same rule code, with a sink that keeps only
/// whether something is not met or unknown and which criteria were cited, how often (no model
/// id is cloned).
pub fn review_compact<'p>(
    kind: KindTag,
    models: &[MovementModel],
    policy: &'p ModelsPolicy,
) -> CompactReview<'p> {
    let mut tally = record::Tally::default();
    let outcome = record::review_recorded(kind, models, policy, &mut tally);
    CompactReview { outcome, tally }
}

/// The criteria a review under one policy can cite, re-cited under the policy's documents,
/// found once for many reviews (crate-internal: the year pipeline's
/// [`CompactReview::provisional_or_open`]) — looked up by the addresses of the built-in
/// criterion and of the policy's source, instead of the per-thread cache `cited` keeps.
#[derive(Debug, Default)]
pub(crate) struct Recited<'p> {
    found: Vec<(&'static Criterion, &'p Source, CriterionRef)>,
}

impl<'p> Recited<'p> {
    /// Every criterion a review can cite, under each document of `policy` (objects equal to
    /// `cited`'s, built here: the per-thread cache is left as it is).
    pub(crate) fn new(policy: &'p ModelsPolicy) -> Self {
        let all: [&'static Criterion; 11] = [
            &KEEP,
            &STRENGTHEN,
            &WIND_UP,
            &UNDETERMINED,
            &EFFECTIVE_COMMUNE,
            &EFFECTIVE_AGENCY,
            &EFFECTIVE_SCHOOL,
            &EFFECTIVE_RESIDENTIAL,
            &RESIDENTIAL_NOT_ASKED,
            &RATED_KHA,
            &RATING_SCALE,
        ];
        let sources = [policy.review_source.as_ref(), policy.source.as_ref()];
        let found = sources
            .into_iter()
            .flatten()
            .flat_map(|s| all.map(|c| (c, s, recite(c, s))))
            .collect();
        Recited { found }
    }

    /// `cited(c, source)`: found here when `source` is the very object it was found for.
    #[inline]
    fn get(&self, c: &'static Criterion, source: Option<&Source>) -> CriterionRef {
        let Some(s) = source else {
            return c.into();
        };
        for (b, t, r) in &self.found {
            if std::ptr::eq(*b, c) && std::ptr::eq(*t, s) {
                return r.clone();
            }
        }
        cited(c, Some(s))
    }
}

impl CompactReview<'_> {
    /// Whether some finding of the full review is not met or unknown.
    pub fn has_open_findings(&self) -> bool {
        self.tally.open
    }

    /// Each criterion the full review's findings cite (as they cite it: built in, or re-cited
    /// under the policy's document), with how many findings cite it and whether one of them is
    /// not met or unknown, in order of first use.
    pub fn criteria(&self) -> impl Iterator<Item = (CriterionRef, u64, bool)> + '_ {
        self.tally
            .cited()
            .iter()
            .map(|&(c, source, n, open)| (cited(c, source), n, open))
    }

    /// [`CompactReview::criteria`] without those that are neither provisional nor open — the
    /// ones the year pipeline neither counts nor cites — so a re-cited criterion is looked up
    /// only when it is used. The same items, in the same order, as `criteria()` filtered on
    /// `c.source.is_provisional() || open`; a re-cited criterion is taken from `recited` when
    /// given and found there (an equal object), else from `criteria()`'s per-thread cache.
    pub(crate) fn provisional_or_open<'a>(
        &'a self,
        recited: Option<&'a Recited<'_>>,
    ) -> impl Iterator<Item = (CriterionRef, u64, bool)> + 'a {
        self.tally
            .cited()
            .iter()
            .filter(|&&(c, source, _, open)| open || source.unwrap_or(&c.source).is_provisional())
            .map(move |&(c, source, n, open)| match recited {
                Some(r) => (r.get(c, source), n, open),
                None => (cited(c, source), n, open),
            })
    }
}
