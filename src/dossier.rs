//! Hồ sơ — with which papers: dossier checklists and checks (issue 4).
//!
//! A dossier is a list of documents identified by stable string ids ([`documents`]). The
//! checklist depends on the dossier kind ([`DossierKind`]), the unit's kind, whether a Party
//! organisation exists at the unit (the Party resolution is required only there, TT124 Đ9 k2 a)
//! and the province's additions ([`DossierPolicy`]: Sơn La's tax confirmation for enterprises,
//! Sơn La …/UBND-NC §1b). [`check`] compares a submitted list with the checklist and lists what is
//! missing, each with its source.
//!
//! Submitted ids that are not on the checklist are reported as `other` (TT124 Đ9 k2 b allows
//! "other related documents"), never as an error; duplicates are harmless.
//!
//! ```
//! use antq::dossier::{check, DossierKind, DossierPolicy};
//! use antq::unit::{Unit, UnitKind, ManagingLevel};
//! let area = Unit::new("b1", "Bản Mé", UnitKind::ResidentialArea, ManagingLevel::Commune).in_commune("x1");
//! let c = check(DossierKind::SafetyProposal, &area, true, &DossierPolicy::default(),
//!               &["submission", "results_report"]).unwrap();
//! assert_eq!(c.missing[0].document, "meeting_minutes");
//! ```

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Instrument, Source};
use crate::error::{Error, Subject};
use crate::explain::{Criterion, CriterionRef, Finding, Status, Value};
use crate::unit::{KindTag, Unit, UnitId};

/// Mã tài liệu — the stable document ids used in dossiers.
pub mod documents {
    /// Nghị quyết của cấp ủy Đảng (where a Party organisation exists).
    pub const PARTY_RESOLUTION: &str = "party_resolution";
    /// Kế hoạch bảo đảm an ninh, trật tự.
    pub const SECURITY_PLAN: &str = "security_plan";
    /// Bản đăng ký phấn đấu.
    pub const REGISTRATION_FORM: &str = "registration_form";
    /// Tờ trình đề nghị.
    pub const SUBMISSION: &str = "submission";
    /// Báo cáo kết quả.
    pub const RESULTS_REPORT: &str = "results_report";
    /// Biên bản cuộc họp đánh giá / họp xét.
    pub const MEETING_MINUTES: &str = "meeting_minutes";
    /// Danh sách điểm kèm đề xuất xếp loại (QĐ510 Đ11 k2).
    pub const SCORE_LIST: &str = "score_list";
    /// Xác nhận hoàn thành nghĩa vụ nộp thuế (Sơn La …/UBND-NC §1b).
    pub const TAX_CLEARANCE_CONFIRMATION: &str = "tax_clearance_confirmation";
}

/// Loại hồ sơ — which dossier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DossierKind {
    /// Hồ sơ đăng ký "An toàn về ANTT" (TT124 Đ9 k2 a).
    SafetyRegistration,
    /// Hồ sơ đề nghị xét duyệt, công nhận "An toàn về ANTT" (TT124 Đ9 k2 b).
    SafetyProposal,
    /// Hồ sơ phân loại phong trào (QĐ510 Đ11 k2, reported).
    Classification,
    /// Hồ sơ đề nghị công nhận điển hình (Bắc Kạn 3/2023 §1.2).
    ModelUnit,
}

/// Bổ sung hồ sơ của tỉnh — provincial additions to the dossiers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub struct DossierPolicy {
    /// Enterprises' proposal dossiers need the tax authority's confirmation that taxes are paid
    /// (Sơn La's letter §1b).
    #[serde(default)]
    pub require_tax_confirmation: bool,
    /// The document that asks for the tax confirmation; without one the item is labelled
    /// provisional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_confirmation_source: Option<Source>,
    /// The document that lists the model-unit dossier (Bắc Kạn's letter §1.2); without one the
    /// list is the library's labelled default (QĐ3554's procedure is not available).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_unit_source: Option<Source>,
}

impl DossierPolicy {
    /// Sơn La 2026 (its letter …/UBND-NC §1b).
    pub fn son_la_2026() -> Self {
        DossierPolicy {
            require_tax_confirmation: true,
            tax_confirmation_source: Some(Source::provincial(Citation::doc_section(
                &crate::provinces::documents::SON_LA_UBND_NC_2026,
                "1b",
            ))),
            model_unit_source: None,
        }
    }

    /// The source the policy gives for an item of `kind`, if any.
    fn source_for(&self, kind: DossierKind, when: When) -> Option<&Source> {
        match (kind, when) {
            (_, When::EnterpriseWithTaxPolicy) => self.tax_confirmation_source.as_ref(),
            (DossierKind::ModelUnit, _) => self.model_unit_source.as_ref(),
            _ => None,
        }
    }
}

/// The item's criterion, with the policy's source when it gives one.
fn criterion_of(i: &'static Item, kind: DossierKind, policy: &DossierPolicy) -> CriterionRef {
    match policy.source_for(kind, i.when) {
        None => (&i.criterion).into(),
        Some(s) => Criterion {
            source: s.clone(),
            ..i.criterion.clone()
        }
        .into(),
    }
}

/// Yêu cầu — one document a dossier must contain.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// The document id ([`documents`]).
    pub document: Cow<'static, str>,
    /// The rule requiring it (id `tt124.d9.k2.b.submission` …, source, labels).
    pub criterion: Criterion,
}

/// Kết quả kiểm tra hồ sơ — what a submitted dossier lacks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierCheck {
    /// The unit.
    pub unit: UnitId,
    /// The dossier kind.
    pub kind: DossierKind,
    /// One finding per possible document: met (present), not met (missing) or not applicable
    /// (the Party resolution where no Party organisation exists, the tax confirmation when the
    /// province does not ask for it).
    pub findings: Vec<Finding>,
    /// The required documents not submitted, in checklist order.
    pub missing: Vec<Requirement>,
    /// Submitted ids that are not on the checklist ("other documents").
    pub other: Vec<String>,
}

impl DossierCheck {
    /// Whether nothing is missing.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }
}

/// Which possible document applies.
#[derive(Clone, Copy)]
enum When {
    Always,
    PartyOrganisation,
    NotResidentialArea,
    EnterpriseWithTaxPolicy,
}

struct Item {
    when: When,
    criterion: Criterion,
}

const fn item(
    when: When,
    id: &'static str,
    source: Source,
    vi: &'static str,
    en: &'static str,
) -> Item {
    Item {
        when,
        criterion: Criterion {
            id: Cow::Borrowed(id),
            source,
            vi: Cow::Borrowed(vi),
            en: Cow::Borrowed(en),
        },
    }
}

const TT124_D9_K2_A: Source = Source::text(Citation::point(Instrument::Tt124, 9, 2, 'a'));
const TT124_D9_K2_B: Source = Source::text(Citation::point(Instrument::Tt124, 9, 2, 'b'));
const QD510_D11_K2: Source = Source::reported(Citation::clause(Instrument::Qd510, 11, 2));
/// The tax confirmation asked without a document: labelled provisional.
const TAX_DEFAULT: Source = Source::provisional(Citation::instrument(Instrument::Provisional));
/// The model-unit dossier without a provincial list: QĐ3554's procedure is not available.
const MODEL_UNIT_DEFAULT: Source = Source::provisional(Citation::instrument(Instrument::Qd3554));

static REGISTRATION: [Item; 3] = [
    item(
        When::PartyOrganisation,
        "tt124.d9.k2.a.party_resolution",
        TT124_D9_K2_A,
        "Nghị quyết của cấp ủy Đảng về công tác bảo đảm ANTT",
        "Party committee resolution on security and order",
    ),
    item(
        When::NotResidentialArea,
        "tt124.d9.k2.a.security_plan",
        TT124_D9_K2_A,
        "Kế hoạch bảo đảm ANTT",
        "Security and order plan",
    ),
    item(
        When::Always,
        "tt124.d9.k2.a.registration_form",
        TT124_D9_K2_A,
        "Bản đăng ký phấn đấu đạt tiêu chuẩn “An toàn về ANTT”",
        "Registration to strive for the safety standard",
    ),
];

static PROPOSAL: [Item; 4] = [
    item(
        When::Always,
        "tt124.d9.k2.b.submission",
        TT124_D9_K2_B,
        "Tờ trình đề nghị xét duyệt, công nhận",
        "Submission asking for recognition",
    ),
    item(
        When::Always,
        "tt124.d9.k2.b.results_report",
        TT124_D9_K2_B,
        "Báo cáo kết quả xây dựng “An toàn về ANTT”",
        "Report on the results",
    ),
    item(
        When::Always,
        "tt124.d9.k2.b.meeting_minutes",
        TT124_D9_K2_B,
        "Biên bản cuộc họp đánh giá kết quả thực hiện các tiêu chí",
        "Minutes of the meeting that reviewed the criteria",
    ),
    item(
        When::EnterpriseWithTaxPolicy,
        "dossier.tax_clearance_confirmation",
        TAX_DEFAULT,
        "Xác nhận của cơ quan thuế về hoàn thành nghĩa vụ nộp thuế",
        "Tax authority's confirmation that taxes are paid",
    ),
];

static CLASSIFICATION: [Item; 2] = [
    item(
        When::Always,
        "qd510.d11.k2.submission",
        QD510_D11_K2,
        "Tờ trình đề nghị phân loại phong trào",
        "Submission asking for classification",
    ),
    item(
        When::Always,
        "qd510.d11.k2.score_list",
        QD510_D11_K2,
        "Danh sách điểm kèm đề xuất xếp loại",
        "List of scores with the proposed class",
    ),
];

static MODEL_UNIT: [Item; 3] = [
    item(
        When::Always,
        "model_unit.dossier.submission",
        MODEL_UNIT_DEFAULT,
        "Tờ trình hoặc đề xuất đề nghị công nhận điển hình",
        "Submission asking for model-unit recognition",
    ),
    item(
        When::Always,
        "model_unit.dossier.results_report",
        MODEL_UNIT_DEFAULT,
        "Báo cáo kết quả xây dựng điển hình",
        "Report on building the model unit",
    ),
    item(
        When::Always,
        "model_unit.dossier.meeting_minutes",
        MODEL_UNIT_DEFAULT,
        "Biên bản họp xét, đề nghị công nhận điển hình",
        "Minutes of the meeting proposing recognition",
    ),
];

/// The document id of a built-in criterion id (its last dotted part).
fn document_of(c: &'static Criterion) -> &'static str {
    let id: &'static str = &c.id;
    id.rsplit('.').next().unwrap_or(id)
}

fn items(kind: DossierKind, unit: &Unit) -> Result<&'static [Item], Error> {
    Ok(match kind {
        DossierKind::SafetyRegistration => &REGISTRATION,
        DossierKind::SafetyProposal => &PROPOSAL,
        DossierKind::Classification => &CLASSIFICATION,
        DossierKind::ModelUnit => {
            if unit.tag() == KindTag::ResidentialArea {
                return Err(Error::invalid(
                    Subject::Unit(unit.id.clone()),
                    "kind",
                    "a commune, agency, enterprise or school (residential areas are not model units)",
                    unit.tag().name_en(),
                ));
            }
            &MODEL_UNIT
        }
    })
}

fn applies(when: When, unit: &Unit, has_party_organisation: bool, policy: &DossierPolicy) -> bool {
    match when {
        When::Always => true,
        When::PartyOrganisation => has_party_organisation,
        When::NotResidentialArea => unit.tag() != KindTag::ResidentialArea,
        When::EnterpriseWithTaxPolicy => {
            policy.require_tax_confirmation && unit.tag() == KindTag::Enterprise
        }
    }
}

/// The documents a dossier of `kind` for `unit` must contain, in the order of the rule.
///
/// Errors only for a model-unit dossier of a residential area (field `kind`).
///
/// # Errors
///
/// A model-unit dossier of a residential area (field `kind`).
pub fn checklist(
    kind: DossierKind,
    unit: &Unit,
    has_party_organisation: bool,
    policy: &DossierPolicy,
) -> Result<Vec<Requirement>, Error> {
    Ok(items(kind, unit)?
        .iter()
        .filter(|i| applies(i.when, unit, has_party_organisation, policy))
        .map(|i| Requirement {
            document: Cow::Borrowed(document_of(&i.criterion)),
            criterion: (*criterion_of(i, kind, policy)).clone(),
        })
        .collect())
}

/// Check the documents submitted (by id) against the checklist.
///
/// # Errors
///
/// As [`checklist`].
pub fn check<S: AsRef<str>>(
    kind: DossierKind,
    unit: &Unit,
    has_party_organisation: bool,
    policy: &DossierPolicy,
    submitted: &[S],
) -> Result<DossierCheck, Error> {
    let all = items(kind, unit)?;
    let has = |doc: &str| submitted.iter().any(|s| s.as_ref() == doc);
    let mut findings = Vec::with_capacity(all.len());
    let mut missing = Vec::new();
    for i in all {
        let doc = document_of(&i.criterion);
        let criterion = criterion_of(i, kind, policy);
        if !applies(i.when, unit, has_party_organisation, policy) {
            findings.push(Finding::not_applicable(criterion));
            continue;
        }
        let present = has(doc);
        findings.push(Finding::new(
            criterion.clone(),
            if present { Status::Met } else { Status::NotMet },
            Value::Bool(present),
            Value::Bool(true),
        ));
        if !present {
            missing.push(Requirement {
                document: Cow::Borrowed(doc),
                criterion: (*criterion).clone(),
            });
        }
    }
    let mut other: Vec<String> = submitted
        .iter()
        .map(|s| s.as_ref())
        .filter(|s| !all.iter().any(|i| document_of(&i.criterion) == *s))
        .map(str::to_owned)
        .collect();
    other.sort();
    other.dedup();
    Ok(DossierCheck {
        unit: unit.id.clone(),
        kind,
        findings,
        missing,
        other,
    })
}
