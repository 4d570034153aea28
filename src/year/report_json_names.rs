//! The serde names (`rename_all = "snake_case"`) of the unit enums the report writer
//! ([`super::report_json`]) writes by hand; each table is compared with `serde_json`'s name
//! for every variant in the test below (a new variant fails to compile here, a renamed one
//! fails the test).

use crate::explain::Status;
use crate::law::qd3554::PrerequisiteOutcome;
use crate::models::ModelAction;
use crate::outcome::{MovementClass, NotSubjectReason};
use crate::unit::{KindTag, ManagingLevel};

pub(crate) fn kind_name(k: KindTag) -> &'static str {
    match k {
        KindTag::ResidentialArea => "residential_area",
        KindTag::Commune => "commune",
        KindTag::Agency => "agency",
        KindTag::Enterprise => "enterprise",
        KindTag::School => "school",
    }
}

pub(crate) fn level_name(l: ManagingLevel) -> &'static str {
    match l {
        ManagingLevel::Commune => "commune",
        ManagingLevel::District => "district",
        ManagingLevel::Province => "province",
        ManagingLevel::Ministry => "ministry",
    }
}

pub(crate) fn status_name(s: Status) -> &'static str {
    match s {
        Status::Met => "met",
        Status::NotMet => "not_met",
        Status::NotApplicable => "not_applicable",
        Status::Unknown => "unknown",
    }
}

pub(crate) fn class_name(c: MovementClass) -> &'static str {
    match c {
        MovementClass::Yeu => "yeu",
        MovementClass::TrungBinh => "trung_binh",
        MovementClass::Kha => "kha",
        MovementClass::XuatSac => "xuat_sac",
    }
}

pub(crate) fn prerequisite_name(p: PrerequisiteOutcome) -> &'static str {
    match p {
        PrerequisiteOutcome::Eligible => "eligible",
        PrerequisiteOutcome::NotEligible => "not_eligible",
        PrerequisiteOutcome::CannotDecide => "cannot_decide",
    }
}

pub(crate) fn action_name(a: ModelAction) -> &'static str {
    match a {
        ModelAction::KeepAndReplicate => "keep_and_replicate",
        ModelAction::StrengthenDossier => "strengthen_dossier",
        ModelAction::WindUp => "wind_up",
        ModelAction::Undetermined => "undetermined",
    }
}

pub(crate) fn not_subject_name(r: NotSubjectReason) -> &'static str {
    match r {
        NotSubjectReason::ArmedForces => "armed_forces",
        NotSubjectReason::MicroEnterprise => "micro_enterprise",
        NotSubjectReason::SmallEnterprise => "small_enterprise",
        NotSubjectReason::PrimarySchool => "primary_school",
        NotSubjectReason::Preschool => "preschool",
        NotSubjectReason::Creche => "creche",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authority::{Body, Procedure};
    use crate::law::qd3554::ModelUnitOutcome;
    use crate::outcome::SafetyOutcome;

    fn serde_name<T: serde::Serialize>(v: T) -> String {
        serde_json::to_string(&v).unwrap()
    }

    fn quoted(s: &str) -> String {
        format!("\"{s}\"")
    }

    /// Every variant of every unit enum written by hand has serde's name.
    #[test]
    fn each_variant_name_written_by_hand_is_the_serde_name() {
        for k in KindTag::ALL {
            assert_eq!(quoted(kind_name(k)), serde_name(k));
        }
        for l in [
            ManagingLevel::Commune,
            ManagingLevel::District,
            ManagingLevel::Province,
            ManagingLevel::Ministry,
        ] {
            assert_eq!(quoted(level_name(l)), serde_name(l));
        }
        for s in [
            Status::Met,
            Status::NotMet,
            Status::NotApplicable,
            Status::Unknown,
        ] {
            assert_eq!(quoted(status_name(s)), serde_name(s));
        }
        for c in MovementClass::BEST_FIRST {
            assert_eq!(quoted(class_name(c)), serde_name(c));
        }
        for p in [
            PrerequisiteOutcome::Eligible,
            PrerequisiteOutcome::NotEligible,
            PrerequisiteOutcome::CannotDecide,
        ] {
            assert_eq!(quoted(prerequisite_name(p)), serde_name(p));
        }
        for a in [
            ModelAction::KeepAndReplicate,
            ModelAction::StrengthenDossier,
            ModelAction::WindUp,
            ModelAction::Undetermined,
        ] {
            assert_eq!(quoted(action_name(a)), serde_name(a));
        }
        for r in [
            NotSubjectReason::ArmedForces,
            NotSubjectReason::MicroEnterprise,
            NotSubjectReason::SmallEnterprise,
            NotSubjectReason::PrimarySchool,
            NotSubjectReason::Preschool,
            NotSubjectReason::Creche,
        ] {
            assert_eq!(quoted(not_subject_name(r)), serde_name(r));
            let s = SafetyOutcome::NotSubject(r);
            assert_eq!(
                format!(
                    "{{\"outcome\":\"not_subject\",\"reason\":{}}}",
                    quoted(not_subject_name(r))
                ),
                serde_name(&s)
            );
        }
        for b in Body::ALL {
            assert_eq!(quoted(b.code()), serde_name(b));
        }
        for p in Procedure::ALL {
            assert_eq!(quoted(p.code()), serde_name(p));
        }
        for m in [
            ModelUnitOutcome::NotEligible,
            ModelUnitOutcome::NotRegistered,
            ModelUnitOutcome::NotRecognised,
            ModelUnitOutcome::Recognised,
            ModelUnitOutcome::CannotDecide,
        ] {
            assert_eq!(quoted(m.code()), serde_name(m));
        }
        for s in [
            SafetyOutcome::NotRecognised,
            SafetyOutcome::Recognised,
            SafetyOutcome::CannotDecide,
        ] {
            assert_eq!(
                format!("{{\"outcome\":{}}}", quoted(s.code())),
                serde_name(&s)
            );
        }
    }
}
