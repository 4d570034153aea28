//! Hình thức kỷ luật — disciplinary forms and the "warning or above" threshold.
//!
//! The scales differ by who is disciplined (LAW.md §3): civil servants and cadres (khiển trách,
//! cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc), public employees (khiển trách,
//! cảnh cáo, cách chức, buộc thôi việc) and workers under the Labour Code 2019 Điều 124 (khiển
//! trách, kéo dài thời hạn nâng lương, cách chức, sa thải — no "cảnh cáo"). TT124 Đ6 k3 h, k4, k5
//! and Đ7 k4–k6 count only discipline "from warning upwards", so every (person, form) pair gets an
//! explicit rank on its own scale. Which worker forms count as "warning or above" is our
//! interpretation and is labelled provisional wherever it decides a criterion.
//!
//! ```
//! use antq::law::tt124::discipline::{
//!     DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole, Severity,
//! };
//! use antq::law::tt124::Facts;
//! use antq::unit::{ManagingLevel, Unit, UnitKind};
//! use antq::{Policy, SafetyOutcome};
//! let warning = DisciplineRecord::new(PersonRole::ProtectionForce, PersonCategory::CivilServant,
//!     DisciplineForm::CanhCao, Ground::Other);
//! assert_eq!(warning.severity(), Some(Severity::WarningOrAbove));
//! let office = Unit::new("so-1", "Sở A", UnitKind::agency(), ManagingLevel::Province);
//! let facts = Facts::comfortably_met().with_discipline(warning);
//! let d = Policy::national().decide_safety(&office, 2026, &facts).unwrap();
//! assert_eq!(d.outcome, SafetyOutcome::NotRecognised); // Đ6 k4, discipline half
//! ```

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Instrument, Source};
use crate::explain::Criterion;

/// Đối tượng bị kỷ luật — which disciplinary scale applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonCategory {
    /// Cán bộ, công chức (also police officers and soldiers for this purpose).
    CivilServant,
    /// Viên chức — public employee.
    PublicEmployee,
    /// Người lao động — worker under the Labour Code.
    Worker,
    /// Người học — learner (schools); disciplined under the school's rules.
    Learner,
    /// Thành viên lực lượng cơ sở or another person outside the scales above.
    Other,
}

/// Hình thức kỷ luật — a disciplinary form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisciplineForm {
    /// Khiển trách — reprimand (every scale).
    KhienTrach,
    /// Cảnh cáo — warning (civil servants, public employees, learners, others).
    CanhCao,
    /// Hạ bậc lương — salary grade reduction (civil servants).
    HaBacLuong,
    /// Giáng chức — demotion (civil servants).
    GiangChuc,
    /// Kéo dài thời hạn nâng lương không quá 6 tháng — deferred raise (workers).
    KeoDaiNangLuong,
    /// Cách chức — removal from post.
    CachChuc,
    /// Buộc thôi việc — forced resignation (civil servants, public employees).
    BuocThoiViec,
    /// Sa thải — dismissal (workers).
    SaThai,
    /// Đình chỉ học tập / buộc thôi học — suspension or expulsion (learners).
    DinhChiHoc,
}

/// Where a form stands against the "warning" threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Below warning (reprimand).
    BelowWarning,
    /// Warning or above, read from the person's own scale [TEXT / REPORTED].
    WarningOrAbove,
    /// Warning or above by the crate's provisional reading of a scale with no "cảnh cáo"
    /// (Labour Code workers).
    WarningOrAboveProvisional,
}

impl Severity {
    /// Whether the form reaches the warning threshold.
    pub fn at_least_warning(self) -> bool {
        self != Severity::BelowWarning
    }
}

/// The rank of `form` on `person`'s scale against the warning threshold, or `None` when the
/// form does not exist on that scale (e.g. "cảnh cáo" for a Labour Code worker).
///
/// Worker mapping (provisional, see [`WORKER_EQUIVALENCE`]): khiển trách is below warning; the
/// three heavier Labour Code forms (deferred raise, removal from post, dismissal) are taken as
/// "warning or above", because each stands above the reprimand on the worker's scale as cảnh cáo
/// stands above it on the others.
pub fn severity(person: PersonCategory, form: DisciplineForm) -> Option<Severity> {
    use DisciplineForm as F;
    use PersonCategory as P;
    match (person, form) {
        (_, F::KhienTrach) => Some(Severity::BelowWarning),
        (P::CivilServant, F::CanhCao | F::HaBacLuong | F::GiangChuc | F::CachChuc)
        | (P::CivilServant, F::BuocThoiViec) => Some(Severity::WarningOrAbove),
        (P::PublicEmployee, F::CanhCao | F::CachChuc | F::BuocThoiViec) => {
            Some(Severity::WarningOrAbove)
        }
        (P::Worker, F::KeoDaiNangLuong | F::CachChuc | F::SaThai) => {
            Some(Severity::WarningOrAboveProvisional)
        }
        (P::Learner, F::CanhCao | F::DinhChiHoc) => Some(Severity::WarningOrAbove),
        (P::Other, F::CanhCao | F::CachChuc | F::BuocThoiViec | F::SaThai) => {
            Some(Severity::WarningOrAbove)
        }
        _ => None,
    }
}

/// The provisional rule that maps Labour Code worker forms onto the "warning or above"
/// threshold; it appears as a finding whenever it decided a criterion.
pub static WORKER_EQUIVALENCE: Criterion = Criterion {
    id: Cow::Borrowed("antq.provisional.worker_warning_equivalence"),
    source: Source::provisional(Citation::article(Instrument::LabourCode2019, 124)),
    vi: Cow::Borrowed(
        "Quy đổi tạm thời: với người lao động (không có hình thức cảnh cáo), kéo dài thời hạn \
         nâng lương, cách chức, sa thải được coi là từ cảnh cáo trở lên",
    ),
    en: Cow::Borrowed(
        "Provisional mapping: for Labour Code workers (no warning form), deferred raise, removal \
         from post and dismissal count as warning or above",
    ),
};

/// Vai trò — the role of the disciplined person, which decides the criterion that reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonRole {
    /// Member of the grassroots security force of a residential area (TT124 Đ4 k5).
    GrassrootsForce,
    /// Officer of the commune police (Đ5 k3).
    CommunePolice,
    /// Member of the unit's protection force (Đ6 k4, Đ7 k5).
    ProtectionForce,
    /// Cadre, civil servant, public employee or worker of a sub-unit (Đ6 k3 h, k5; Đ7 k4, k6).
    Staff,
    /// Learner of a school (Đ7 k4).
    Learner,
}

/// Lý do kỷ luật — what the person was disciplined for, where a criterion depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ground {
    /// Administrative sanction in the field of security and order (Đ6 k3 h).
    SecurityOrderSanction,
    /// A social evil (Đ6 k3 h, Đ7 k4).
    SocialEvil,
    /// A crime (Đ7 k4).
    Crime,
    /// Anything else.
    Other,
}

/// Một trường hợp bị kỷ luật — one disciplinary record of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisciplineRecord {
    /// PersonRole of the person in the unit.
    pub role: PersonRole,
    /// Which disciplinary scale applies.
    pub person: PersonCategory,
    /// The form imposed.
    pub form: DisciplineForm,
    /// What it was imposed for.
    pub ground: Ground,
}

impl DisciplineRecord {
    /// One record: the person's role, their disciplinary scale, the form imposed and what for.
    ///
    /// ```
    /// use antq::law::tt124::discipline::{DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole};
    /// let r = DisciplineRecord::new(PersonRole::ProtectionForce, PersonCategory::Worker,
    ///     DisciplineForm::KhienTrach, Ground::Other);
    /// assert_eq!(r.role, PersonRole::ProtectionForce);
    /// ```
    pub const fn new(
        role: PersonRole,
        person: PersonCategory,
        form: DisciplineForm,
        ground: Ground,
    ) -> DisciplineRecord {
        DisciplineRecord {
            role,
            person,
            form,
            ground,
        }
    }

    /// Its severity on the person's scale ([`severity`]); `None` when the form does not exist
    /// on that scale (an input error when decided).
    pub fn severity(&self) -> Option<Severity> {
        severity(self.person, self.form)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprimand_is_below_warning_on_every_scale() {
        for p in [
            PersonCategory::CivilServant,
            PersonCategory::PublicEmployee,
            PersonCategory::Worker,
            PersonCategory::Learner,
            PersonCategory::Other,
        ] {
            assert_eq!(
                severity(p, DisciplineForm::KhienTrach),
                Some(Severity::BelowWarning)
            );
        }
    }

    #[test]
    fn workers_have_no_warning_form() {
        assert_eq!(
            severity(PersonCategory::Worker, DisciplineForm::CanhCao),
            None
        );
        assert_eq!(
            severity(PersonCategory::Worker, DisciplineForm::SaThai),
            Some(Severity::WarningOrAboveProvisional)
        );
        assert_eq!(
            severity(PersonCategory::PublicEmployee, DisciplineForm::HaBacLuong),
            None
        );
    }
}
