//! Provincial additions to TT124 (Đ8 k1) shipped with the crate.
//!
//! ```
//! use antq::Policy;
//! assert_eq!(antq::policy::additions::son_la_2026(), Policy::son_la_2026().additions);
//! ```

use std::borrow::Cow;

use crate::citation::{Citation, Instrument, Source};
use crate::explain::Criterion;
use crate::law::tt124::{AdditionalRule, Additions, Effect};
use crate::unit::KindTag;

/// Id of the Sơn La 2026 tax-debt exclusion.
pub const SON_LA_TAX_DEBT: &str = "son_la_2026.tax_debt";
/// Id of the Sơn La 2026 tax-confirmation document rule.
pub const SON_LA_TAX_CONFIRMATION: &str = "son_la_2026.tax_confirmation";
/// Document id of the tax authority's confirmation that an enterprise met its tax obligations.
pub const TAX_CLEARANCE_CONFIRMATION: &str = "tax_clearance_confirmation";

/// Sơn La 2026 (its letter …/UBND-NC §1b): an enterprise with outstanding tax debt is not
/// reviewed or proposed at all, and an enterprise's dossier must include the tax authority's
/// confirmation that it met its tax obligations. The rules are those of the embedded Sơn La
/// file (`provinces/son_la_2026.json`); this is a shortcut to them.
#[cfg(feature = "json")]
pub fn son_la_2026() -> Additions {
    super::Policy::son_la_2026().additions
}

/// The proposal dossier of TT124 Đ9 k2 b as document rules (submission, results report,
/// meeting minutes), for policies that want the recognition decision to gate on it.
pub fn tt124_proposal_dossier() -> Additions {
    const DOCS: [(&str, &str, &str, &str); 3] = [
        (
            "tt124.d9.k2.b.submission",
            "submission",
            "Tờ trình đề nghị",
            "Submission",
        ),
        (
            "tt124.d9.k2.b.results_report",
            "results_report",
            "Báo cáo kết quả",
            "Results report",
        ),
        (
            "tt124.d9.k2.b.meeting_minutes",
            "meeting_minutes",
            "Biên bản họp đánh giá",
            "Review meeting minutes",
        ),
    ];
    Additions {
        rules: DOCS
            .iter()
            .map(|&(id, doc, vi, en)| AdditionalRule {
                criterion: Criterion {
                    id: Cow::Borrowed(id),
                    source: Source::text(Citation::point(Instrument::Tt124, 9, 2, 'b')),
                    vi: Cow::Borrowed(vi),
                    en: Cow::Borrowed(en),
                }
                .into(),
                applies_to: KindTag::ALL.to_vec(),
                effect: Effect::RequireDocument(Cow::Borrowed(doc)),
            })
            .collect(),
        ..Additions::none()
    }
}
