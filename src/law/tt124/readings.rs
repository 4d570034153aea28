//! Cách hiểu điều khoản — the readings this library takes of TT124 clauses that can be read two
//! ways, each an explicit, documented choice.
//!
//! A [`Readings`] value travels with the provincial additions ([`super::Additions::readings`]),
//! so a province file can choose; its default is the reading argued in DESIGN.md §13. Whenever
//! the chosen reading decides a criterion — that is, the criterion's status (or the unit's
//! outcome) would differ under the other reading — the decision carries one more finding, id
//! `antq.reading.<name>`, citing the clause read, with provenance
//! [`Provisional`](crate::citation::Provenance::Provisional): the reading shows in the findings
//! and in the year report's list of provisional values.
//!
//! ```
//! use antq::law::tt124::readings::SanctionReading;
//! use antq::policy::Policy;
//! let p = Policy::from_json(r#"{"extends": "national", "name": "Thử",
//!     "additions": {"rules": [], "readings": {"d6_k3_h": "discipline_required"}}}"#).unwrap();
//! assert_eq!(p.additions.readings.d6_k3_h, SanctionReading::DisciplineRequired);
//! ```

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Instrument, Source};
use crate::explain::{Criterion, Finding, Status, Value};

/// Đ6 k3 h — "bị xử phạt vi phạm hành chính trong lĩnh vực ANTT **hoặc** mắc tệ nạn xã hội bị
/// xử lý kỷ luật từ hình thức cảnh cáo trở lên": does the discipline phrase qualify both limbs?
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum SanctionReading {
    /// Default: two limbs — any administrative sanction in the security-and-order field counts
    /// on its own; a social evil counts when disciplined at warning or above.
    #[default]
    SanctionAlone,
    /// Alternative: a sanction counts only when the person was also disciplined at warning or
    /// above (the discipline phrase qualifies both limbs).
    DisciplineRequired,
}

/// Đ7 k4 — "người dạy, người học **phạm tội** hoặc mắc tệ nạn xã hội bị xử lý kỷ luật từ hình
/// thức cảnh cáo trở lên": does a crime count without the school's discipline?
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum CrimeReading {
    /// Default: a crime committed by a staff member, teacher or learner counts on its own; a
    /// social evil counts when disciplined at warning or above.
    #[default]
    CrimeAlone,
    /// Alternative: a crime counts only when the school disciplined the person at warning or
    /// above.
    DisciplineRequired,
}

/// Đ6 k4 — the protection force of an agency or enterprise, written without the "(nếu có)" that
/// Đ7 k5 gives schools.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ProtectionForceReading {
    /// Default: the force is required; an agency or enterprise eligible for emulation ratings
    /// that has none does not meet the rating half of Đ6 k4.
    #[default]
    Required,
    /// Alternative (lenient): read Đ6 k4 like Đ7 k5 — without a force both halves do not apply.
    IfAny,
}

/// Đ4 k1 and Đ5 k1 — the Party cell / Party committee resolution, written without the "(đối
/// với nơi có tổ chức Đảng)" of Đ6 k1, Đ7 k1 and Đ9 k2 a.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum PartyOrganisationReading {
    /// Default: the exemption applies only where the clause states it (Đ6 k1, Đ7 k1); a
    /// residential area or commune without the Party body its clause names does not meet it.
    #[default]
    WhereStated,
    /// Alternative: extend the exemption of Đ9 k2 a (registration dossier, every kind) to the
    /// criteria of Đ4 k1 and Đ5 k1.
    EveryKind,
}

/// Đ8 k1 — what happens to a unit that did not register in Q1.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum UnregisteredReading {
    /// Default: TT124 knows only "đạt" and "chưa đạt" (Đ8 k1); registration is a criterion of
    /// k1 of each article, so the unit is not recognised on it.
    #[default]
    NotRecognised,
    /// Alternative: the unit is excluded from review (as the 2020 draft said; not in TT124).
    ExcludedFromReview,
}

/// Cách hiểu — the reading taken of every ambiguous TT124 clause. `Readings::default()` is the
/// library's argued choice (DESIGN.md §13); every field may be set in a province file.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(default, deny_unknown_fields)]
pub struct Readings {
    /// Đ6 k3 h: sanction alone, or sanction with discipline.
    pub d6_k3_h: SanctionReading,
    /// Đ7 k4: crime alone, or crime with discipline.
    pub d7_k4: CrimeReading,
    /// Đ6 k4: protection force required, or only if any.
    pub d6_k4_protection_force: ProtectionForceReading,
    /// Đ4 k1 / Đ5 k1: Party-organisation exemption where stated, or for every kind.
    pub party_organisation: PartyOrganisationReading,
    /// Đ8 k1: an unregistered unit is not recognised, or excluded from review.
    pub d8_k1_unregistered: UnregisteredReading,
}

macro_rules! reading {
    ($(#[$doc:meta])* $name:ident, $id:literal, $cit:expr, $vi:literal, $en:literal) => {
        $(#[$doc])*
        pub static $name: Criterion = Criterion {
            id: Cow::Borrowed($id),
            source: Source::provisional($cit),
            vi: Cow::Borrowed($vi),
            en: Cow::Borrowed($en),
        };
    };
}

const fn tt(article: u16, clause: u16) -> Citation {
    Citation::clause(Instrument::Tt124, article, clause)
}

reading!(
    /// Đ6 k3 h read as two limbs (the default).
    SANCTION_ALONE, "antq.reading.d6_k3_h", Citation::point(Instrument::Tt124, 6, 3, 'h'),
    "Cách hiểu của thư viện: bị xử phạt vi phạm hành chính về ANTT là một trường hợp riêng, không cần bị kỷ luật",
    "Library's reading: an administrative sanction in the security field counts on its own, without discipline"
);
reading!(
    /// Đ6 k3 h read with discipline qualifying both limbs.
    SANCTION_WITH_DISCIPLINE, "antq.reading.d6_k3_h", Citation::point(Instrument::Tt124, 6, 3, 'h'),
    "Cách hiểu được chọn: bị xử phạt về ANTT chỉ tính khi kèm kỷ luật từ cảnh cáo trở lên",
    "Chosen reading: a security sanction counts only with discipline at warning or above"
);
reading!(
    /// Đ7 k4 read with crime as its own limb (the default).
    CRIME_ALONE, "antq.reading.d7_k4", tt(7, 4),
    "Cách hiểu của thư viện: người dạy, người học, người lao động phạm tội là một trường hợp riêng, không cần bị kỷ luật",
    "Library's reading: a crime by a staff member, teacher or learner counts on its own, without discipline"
);
reading!(
    /// Đ7 k4 read with discipline qualifying the crime too.
    CRIME_WITH_DISCIPLINE, "antq.reading.d7_k4", tt(7, 4),
    "Cách hiểu được chọn: phạm tội chỉ tính khi bị kỷ luật từ cảnh cáo trở lên",
    "Chosen reading: a crime counts only with discipline at warning or above"
);
reading!(
    /// Đ6 k4 read as requiring a protection force (the default).
    FORCE_REQUIRED, "antq.reading.d6_k4_protection_force", tt(6, 4),
    "Cách hiểu của thư viện: khoản 4 Điều 6 không có \"(nếu có)\" — cơ quan, doanh nghiệp phải có lực lượng bảo vệ",
    "Library's reading: Art. 6(4) has no \"(if any)\" — an agency or enterprise must have a protection force"
);
reading!(
    /// Đ6 k4 read leniently, like Đ7 k5.
    FORCE_IF_ANY, "antq.reading.d6_k4_protection_force", tt(6, 4),
    "Cách hiểu được chọn: không có lực lượng bảo vệ thì khoản 4 Điều 6 không áp dụng (như khoản 5 Điều 7)",
    "Chosen reading: without a protection force Art. 6(4) does not apply (as Art. 7(5))"
);
reading!(
    /// Đ4 k1 / Đ5 k1 without the Party-organisation exemption (the default).
    PARTY_WHERE_STATED, "antq.reading.party_organisation", tt(4, 1),
    "Cách hiểu của thư viện: khoản 1 Điều 4 và khoản 1 Điều 5 không miễn nghị quyết khi không có tổ chức Đảng",
    "Library's reading: Art. 4(1) and 5(1) give no exemption from the Party resolution"
);
reading!(
    /// Đ4 k1 / Đ5 k1 with the exemption of Đ9 k2 a.
    PARTY_EVERY_KIND, "antq.reading.party_organisation", Citation::point(Instrument::Tt124, 9, 2, 'a'),
    "Cách hiểu được chọn: áp dụng \"nơi có tổ chức Đảng\" (điểm a khoản 2 Điều 9) cho khu dân cư và cấp xã",
    "Chosen reading: \"where a Party organisation exists\" (Art. 9(2)(a)) applied to residential areas and communes"
);
reading!(
    /// Đ8 k1: not registered means not recognised (the default).
    UNREGISTERED_NOT_RECOGNISED, "antq.reading.d8_k1_unregistered", tt(8, 1),
    "Cách hiểu của thư viện: đơn vị không đăng ký là chưa đạt (tiêu chí đăng ký), không phải \"không xét\"",
    "Library's reading: an unregistered unit is not recognised (registration criterion), not excluded from review"
);
reading!(
    /// Đ8 k1: not registered means excluded from review.
    UNREGISTERED_EXCLUDED, "antq.reading.d8_k1_unregistered", tt(8, 1),
    "Cách hiểu được chọn: đơn vị không đăng ký thì không xét (như dự thảo năm 2020, TT124 không quy định)",
    "Chosen reading: an unregistered unit is excluded from review (the 2020 draft; not in TT124)"
);

impl SanctionReading {
    /// The reading's criterion.
    pub fn criterion(self) -> &'static Criterion {
        match self {
            SanctionReading::SanctionAlone => &SANCTION_ALONE,
            SanctionReading::DisciplineRequired => &SANCTION_WITH_DISCIPLINE,
        }
    }
}

impl CrimeReading {
    /// The reading's criterion.
    pub fn criterion(self) -> &'static Criterion {
        match self {
            CrimeReading::CrimeAlone => &CRIME_ALONE,
            CrimeReading::DisciplineRequired => &CRIME_WITH_DISCIPLINE,
        }
    }
}

impl ProtectionForceReading {
    /// The reading's criterion.
    pub fn criterion(self) -> &'static Criterion {
        match self {
            ProtectionForceReading::Required => &FORCE_REQUIRED,
            ProtectionForceReading::IfAny => &FORCE_IF_ANY,
        }
    }
}

impl PartyOrganisationReading {
    /// The reading's criterion.
    pub fn criterion(self) -> &'static Criterion {
        match self {
            PartyOrganisationReading::WhereStated => &PARTY_WHERE_STATED,
            PartyOrganisationReading::EveryKind => &PARTY_EVERY_KIND,
        }
    }
}

impl UnregisteredReading {
    /// The reading's criterion.
    pub fn criterion(self) -> &'static Criterion {
        match self {
            UnregisteredReading::NotRecognised => &UNREGISTERED_NOT_RECOGNISED,
            UnregisteredReading::ExcludedFromReview => &UNREGISTERED_EXCLUDED,
        }
    }
}

/// The finding that says a reading decided something: status met (it is a note, not a
/// criterion the unit can fail), observed the reading's code.
pub fn note(c: &'static Criterion) -> Finding {
    Finding::new(c, Status::Met, Value::None, Value::None)
}

/// Which readings decided a criterion of one decision (set by the article checks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Decided {
    /// The provisional worker-discipline mapping decided a criterion.
    pub worker: bool,
    /// The Đ6 k3 h reading decided it.
    pub sanction: bool,
    /// The Đ7 k4 reading decided it.
    pub crime: bool,
    /// The Đ6 k4 reading decided it.
    pub force: bool,
    /// The Party-organisation reading decided it.
    pub party: bool,
}

impl std::ops::BitOrAssign for Decided {
    fn bitor_assign(&mut self, o: Decided) {
        self.worker |= o.worker;
        self.sanction |= o.sanction;
        self.crime |= o.crime;
        self.force |= o.force;
        self.party |= o.party;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reading_is_provisional_and_cites_tt124() {
        for c in [
            &SANCTION_ALONE,
            &SANCTION_WITH_DISCIPLINE,
            &CRIME_ALONE,
            &CRIME_WITH_DISCIPLINE,
            &FORCE_REQUIRED,
            &FORCE_IF_ANY,
            &PARTY_WHERE_STATED,
            &PARTY_EVERY_KIND,
            &UNREGISTERED_NOT_RECOGNISED,
            &UNREGISTERED_EXCLUDED,
        ] {
            assert!(c.source.is_provisional(), "{}", c.id);
            assert_eq!(
                c.source.citation.instrument_cited(),
                Some(Instrument::Tt124),
                "{}",
                c.id
            );
            assert!(c.id.starts_with("antq.reading."), "{}", c.id);
        }
    }

    #[test]
    fn readings_default_from_an_empty_json_object() {
        let r: Readings = serde_json::from_str("{}").unwrap();
        assert_eq!(r, Readings::default());
        let r: Readings =
            serde_json::from_str(r#"{"d8_k1_unregistered": "excluded_from_review"}"#).unwrap();
        assert_eq!(
            r.d8_k1_unregistered,
            UnregisteredReading::ExcludedFromReview
        );
        assert!(serde_json::from_str::<Readings>(r#"{"d6_k3": "x"}"#).is_err());
    }
}
