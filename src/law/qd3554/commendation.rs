//! Khen thưởng đơn vị điển hình — proposing recognised model units for the provincial
//! chairman's certificate of merit (Bằng khen), Bắc Kạn 3/2023 §1.2: only recognised model units, and not
//! a unit already proposed for a Bằng khen in the movement that year (no double award).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Source};
use crate::error::{Error, Subject};
use crate::explain::{Criterion, Decision, Describe, Finding, Lang, Status};
use crate::unit::UnitId;

/// Recognised as a model unit this year (Bắc Kạn 3/2023 §1.2).
pub static RECOGNISED_MODEL_UNIT: Criterion = Criterion {
    id: Cow::Borrowed("bac_kan_2023.1_2.recognised_model_unit"),
    source: Source::provincial(Citation::doc_section(
        &crate::provinces::documents::BAC_KAN_UBND_2023,
        "1.2",
    )),
    vi: Cow::Borrowed("Được công nhận đơn vị điển hình trong năm"),
    en: Cow::Borrowed("Recognised as a model unit this year"),
};

/// Not already proposed for the chairman's Bằng khen in the movement this year (Bắc Kạn 3/2023 §1.2).
pub static NOT_ALREADY_PROPOSED: Criterion = Criterion {
    id: Cow::Borrowed("bac_kan_2023.1_2.not_already_proposed"),
    source: Source::provincial(Citation::doc_section(
        &crate::provinces::documents::BAC_KAN_UBND_2023,
        "1.2",
    )),
    vi: Cow::Borrowed(
        "Chưa được đề nghị Chủ tịch UBND tỉnh tặng Bằng khen trong phong trào năm đó",
    ),
    en: Cow::Borrowed(
        "Not already proposed for the provincial chairman's Bằng khen in the movement this year",
    ),
};

/// Ứng viên khen thưởng — one unit considered for the Bằng khen.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct CommendationCandidate {
    /// The unit.
    pub unit: UnitId,
    /// Recognised as a model unit this year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_unit: Option<bool>,
    /// Already proposed for the chairman's Bằng khen in the movement this year (by another
    /// route, e.g. the yearly movement commendation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub already_proposed: Option<bool>,
}

/// Kết quả xét đề nghị khen thưởng — may the unit be proposed for the Bằng khen?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommendationOutcome {
    /// Có thể đề nghị tặng Bằng khen.
    MayBeProposed,
    /// Không đề nghị — not a recognised model unit.
    NotModelUnit,
    /// Không đề nghị — already proposed for a Bằng khen this year (no double award).
    AlreadyProposed,
    /// Chưa đủ dữ liệu.
    CannotDecide,
}

impl Describe for CommendationOutcome {
    fn describe(&self, lang: Lang) -> Cow<'static, str> {
        Cow::Borrowed(match (self, lang) {
            (CommendationOutcome::MayBeProposed, Lang::Vi) => {
                "có thể đề nghị Chủ tịch UBND tỉnh tặng Bằng khen"
            }
            (CommendationOutcome::MayBeProposed, Lang::En) => {
                "may be proposed for the provincial chairman's Bằng khen"
            }
            (CommendationOutcome::NotModelUnit, Lang::Vi) => {
                "không đề nghị: chưa được công nhận điển hình"
            }
            (CommendationOutcome::NotModelUnit, Lang::En) => {
                "not proposed: not a recognised model unit"
            }
            (CommendationOutcome::AlreadyProposed, Lang::Vi) => {
                "không đề nghị: đã được đề nghị tặng Bằng khen trong năm (không khen trùng)"
            }
            (CommendationOutcome::AlreadyProposed, Lang::En) => {
                "not proposed: already proposed for a Bằng khen this year (no double award)"
            }
            (CommendationOutcome::CannotDecide, Lang::Vi) => "chưa đủ dữ liệu để xét khen thưởng",
            (CommendationOutcome::CannotDecide, Lang::En) => {
                "cannot decide the commendation yet (facts missing)"
            }
        })
    }
}

/// Xét đề nghị tặng Bằng khen — may this candidate be proposed? Not a model unit wins over
/// "already proposed" when both fail; both findings are always listed.
pub fn check_commendation(candidate: &CommendationCandidate) -> Decision<CommendationOutcome> {
    let recognised = Finding::boolean(&RECOGNISED_MODEL_UNIT, candidate.model_unit, true);
    let not_double = Finding::boolean(&NOT_ALREADY_PROPOSED, candidate.already_proposed, false);
    let outcome = match (recognised.status, not_double.status) {
        (Status::NotMet, _) => CommendationOutcome::NotModelUnit,
        (_, Status::NotMet) => CommendationOutcome::AlreadyProposed,
        (Status::Met, Status::Met) => CommendationOutcome::MayBeProposed,
        _ => CommendationOutcome::CannotDecide,
    };
    Decision {
        unit: candidate.unit.clone(),
        outcome,
        findings: vec![recognised, not_double],
    }
}

/// Danh sách đề nghị khen thưởng — decide every candidate of one year's list. A unit listed
/// twice would be two awards for one unit: that is an error (`Duplicate`, field `unit`).
///
/// # Errors
///
/// A unit listed twice ([`Error::Duplicate`], field `unit`).
pub fn shortlist(
    candidates: &[CommendationCandidate],
) -> Result<Vec<Decision<CommendationOutcome>>, Error> {
    let mut ids: Vec<&UnitId> = candidates.iter().map(|c| &c.unit).collect();
    ids.sort_unstable();
    if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
        return Err(Error::duplicate(
            Subject::Procedure("bang_khen_shortlist".to_owned()),
            "unit",
            w[0],
        ));
    }
    Ok(candidates.iter().map(check_commendation).collect())
}
