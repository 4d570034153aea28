//! The serde names (`rename_all = "snake_case"`) of the unit enums the report writer
//! ([`super::report_json`]) writes by hand, each already quoted as a JSON string and padded to
//! a fixed length ([`Quoted`]); each table is compared with `serde_json`'s name for every
//! variant in the test below (a new variant fails to compile here, a renamed one fails the
//! test).

use crate::explain::Status;
use crate::law::qd3554::{ModelUnitOutcome, PrerequisiteOutcome};
use crate::models::ModelAction;
use crate::outcome::{MovementClass, NotSubjectReason, SafetyOutcome};
use crate::unit::{KindTag, ManagingLevel};

/// The fixed length of a [`Quoted`] name, quotes included.
pub(crate) const QUOTED: usize = 32;

/// A name as a JSON string (between quotes; the names need no escaping), padded with zero
/// bytes to [`QUOTED`] so the writer copies it at a fixed length — no call — and cuts the
/// buffer back to `len`.
pub(crate) struct Quoted {
    pub(crate) bytes: [u8; QUOTED],
    pub(crate) len: usize,
}

impl Quoted {
    /// `name` quoted; a name too long for [`QUOTED`] fails to compile (an index out of bounds
    /// in a constant).
    pub(crate) const fn new(name: &str) -> Quoted {
        let name = name.as_bytes();
        let mut bytes = [0u8; QUOTED];
        bytes[0] = b'"';
        let mut i = 0;
        while i < name.len() {
            bytes[i + 1] = name[i];
            i += 1;
        }
        bytes[name.len() + 1] = b'"';
        Quoted {
            bytes,
            len: name.len() + 2,
        }
    }

    /// The quoted name's bytes.
    #[cfg(test)]
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// A name as a `&'static Quoted`, built at compile time.
macro_rules! q {
    ($name:literal) => {{
        const Q: Quoted = Quoted::new($name);
        &Q
    }};
}
pub(crate) use q;

/// A safety outcome's code (`SafetyOutcome::code`), quoted.
pub(crate) fn safety_name(s: &SafetyOutcome) -> &'static Quoted {
    match s {
        SafetyOutcome::NotSubject(_) => q!("not_subject"),
        SafetyOutcome::ExcludedFromReview(_) => q!("excluded_from_review"),
        SafetyOutcome::NotRecognised => q!("not_recognised"),
        SafetyOutcome::Recognised => q!("recognised"),
        SafetyOutcome::CannotDecide => q!("cannot_decide"),
    }
}

/// A model unit's outcome (`ModelUnitOutcome::code`), quoted.
pub(crate) fn model_outcome_name(m: ModelUnitOutcome) -> &'static Quoted {
    match m {
        ModelUnitOutcome::NotEligible => q!("not_eligible"),
        ModelUnitOutcome::NotRegistered => q!("not_registered"),
        ModelUnitOutcome::NotRecognised => q!("not_recognised"),
        ModelUnitOutcome::Recognised => q!("recognised"),
        ModelUnitOutcome::CannotDecide => q!("cannot_decide"),
    }
}

pub(crate) fn kind_name(k: KindTag) -> &'static Quoted {
    match k {
        KindTag::ResidentialArea => q!("residential_area"),
        KindTag::Commune => q!("commune"),
        KindTag::Agency => q!("agency"),
        KindTag::Enterprise => q!("enterprise"),
        KindTag::School => q!("school"),
    }
}

pub(crate) fn level_name(l: ManagingLevel) -> &'static Quoted {
    match l {
        ManagingLevel::Commune => q!("commune"),
        ManagingLevel::District => q!("district"),
        ManagingLevel::Province => q!("province"),
        ManagingLevel::Ministry => q!("ministry"),
    }
}

pub(crate) fn status_name(s: Status) -> &'static Quoted {
    match s {
        Status::Met => q!("met"),
        Status::NotMet => q!("not_met"),
        Status::NotApplicable => q!("not_applicable"),
        Status::Unknown => q!("unknown"),
    }
}

pub(crate) fn class_name(c: MovementClass) -> &'static Quoted {
    match c {
        MovementClass::Yeu => q!("yeu"),
        MovementClass::TrungBinh => q!("trung_binh"),
        MovementClass::Kha => q!("kha"),
        MovementClass::XuatSac => q!("xuat_sac"),
    }
}

pub(crate) fn prerequisite_name(p: PrerequisiteOutcome) -> &'static Quoted {
    match p {
        PrerequisiteOutcome::Eligible => q!("eligible"),
        PrerequisiteOutcome::NotEligible => q!("not_eligible"),
        PrerequisiteOutcome::CannotDecide => q!("cannot_decide"),
    }
}

pub(crate) fn action_name(a: ModelAction) -> &'static Quoted {
    match a {
        ModelAction::KeepAndReplicate => q!("keep_and_replicate"),
        ModelAction::StrengthenDossier => q!("strengthen_dossier"),
        ModelAction::WindUp => q!("wind_up"),
        ModelAction::Undetermined => q!("undetermined"),
    }
}

pub(crate) fn not_subject_name(r: NotSubjectReason) -> &'static Quoted {
    match r {
        NotSubjectReason::ArmedForces => q!("armed_forces"),
        NotSubjectReason::MicroEnterprise => q!("micro_enterprise"),
        NotSubjectReason::SmallEnterprise => q!("small_enterprise"),
        NotSubjectReason::PrimarySchool => q!("primary_school"),
        NotSubjectReason::Preschool => q!("preschool"),
        NotSubjectReason::Creche => q!("creche"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authority::{Body, Procedure};

    fn serde_name<T: serde::Serialize>(v: T) -> String {
        serde_json::to_string(&v).unwrap()
    }

    fn quoted(s: &str) -> String {
        format!("\"{s}\"")
    }

    fn text(q: &Quoted) -> String {
        String::from_utf8(q.as_bytes().to_vec()).unwrap()
    }

    /// Every variant of every unit enum written by hand has serde's name.
    #[test]
    fn each_variant_name_written_by_hand_is_the_serde_name() {
        for k in KindTag::ALL {
            assert_eq!(text(kind_name(k)), serde_name(k));
        }
        for l in [
            ManagingLevel::Commune,
            ManagingLevel::District,
            ManagingLevel::Province,
            ManagingLevel::Ministry,
        ] {
            assert_eq!(text(level_name(l)), serde_name(l));
        }
        for s in [
            Status::Met,
            Status::NotMet,
            Status::NotApplicable,
            Status::Unknown,
        ] {
            assert_eq!(text(status_name(s)), serde_name(s));
        }
        for c in MovementClass::BEST_FIRST {
            assert_eq!(text(class_name(c)), serde_name(c));
        }
        for p in [
            PrerequisiteOutcome::Eligible,
            PrerequisiteOutcome::NotEligible,
            PrerequisiteOutcome::CannotDecide,
        ] {
            assert_eq!(text(prerequisite_name(p)), serde_name(p));
        }
        for a in [
            ModelAction::KeepAndReplicate,
            ModelAction::StrengthenDossier,
            ModelAction::WindUp,
            ModelAction::Undetermined,
        ] {
            assert_eq!(text(action_name(a)), serde_name(a));
        }
        for r in [
            NotSubjectReason::ArmedForces,
            NotSubjectReason::MicroEnterprise,
            NotSubjectReason::SmallEnterprise,
            NotSubjectReason::PrimarySchool,
            NotSubjectReason::Preschool,
            NotSubjectReason::Creche,
        ] {
            assert_eq!(text(not_subject_name(r)), serde_name(r));
            let s = SafetyOutcome::NotSubject(r);
            assert_eq!(
                format!(
                    "{{\"outcome\":\"not_subject\",\"reason\":{}}}",
                    text(not_subject_name(r))
                ),
                serde_name(&s)
            );
            assert_eq!(text(safety_name(&s)), quoted(s.code()));
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
            assert_eq!(text(model_outcome_name(m)), serde_name(m));
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
            assert_eq!(text(safety_name(&s)), quoted(s.code()));
        }
    }
}
