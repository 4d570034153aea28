//! Đối tượng áp dụng — TT124 Đ1 k2: who is subject to the standard.

use std::borrow::Cow;

use super::criteria::{D1_K2_A, D1_K2_B_ARMED, D1_K2_B_SCHOOL, D1_K2_B_SIZE};
use crate::error::Error;
use crate::explain::{Criterion, Finding, Record, Status, Value};
use crate::law::nd80::{self, SizeClass};
use crate::outcome::NotSubjectReason;
use crate::unit::{KindTag, SchoolLevel, Unit, UnitKind};

#[inline(always)]
fn armed<R: Record>(out: &mut R, armed_forces: bool) {
    out.record(
        &D1_K2_B_ARMED,
        if armed_forces {
            Status::NotMet
        } else {
            Status::Met
        },
        || (Value::Bool(armed_forces), Value::Bool(false)),
    );
}

/// The applicability criteria recorded for a kind of unit, in order (Đ1 k2, with NĐ80's for
/// enterprises): the same for every unit of the kind.
pub(crate) fn criteria(kind: KindTag) -> &'static [&'static Criterion] {
    match kind {
        KindTag::ResidentialArea | KindTag::Commune => &AREA,
        KindTag::Agency => &AGENCY,
        KindTag::Enterprise => &ENTERPRISE,
        KindTag::School => &SCHOOL,
    }
}

static AREA: [&Criterion; 1] = [&D1_K2_A];
static AGENCY: [&Criterion; 1] = [&D1_K2_B_ARMED];
static ENTERPRISE: [&Criterion; 4] = [
    &D1_K2_B_SIZE,
    &nd80::CRIT_EMPLOYEES,
    &nd80::CRIT_MICRO,
    &nd80::CRIT_SMALL,
];
static SCHOOL: [&Criterion; 2] = [&D1_K2_B_ARMED, &D1_K2_B_SCHOOL];

/// Push the applicability findings for `unit` and return why it is not subject, if it is not.
///
/// Residential areas and communes are always subject (Đ1 k2 a). Agencies and schools of the
/// armed forces are not; nor are small and micro enterprises (sized by NĐ80, whose own findings
/// are pushed too), nor primary schools, pre-schools and crèches (Đ1 k2 b).
///
/// # Errors
///
/// An enterprise without size data (field `size`) or whose size data NĐ80 cannot read
/// ([`crate::law::nd80::assess`]).
pub fn applicability(
    unit: &Unit,
    out: &mut Vec<Finding>,
) -> Result<Option<NotSubjectReason>, Error> {
    record(unit, out)
}

/// [`applicability`] through any recorder.
#[inline(always)]
pub(crate) fn record<R: Record>(
    unit: &Unit,
    out: &mut R,
) -> Result<Option<NotSubjectReason>, Error> {
    Ok(match &unit.kind {
        UnitKind::ResidentialArea | UnitKind::Commune { .. } => {
            out.record(&D1_K2_A, Status::Met, || {
                (
                    Value::Text(Cow::Borrowed(unit.tag().name_vi())),
                    Value::None,
                )
            });
            None
        }
        UnitKind::Agency { armed_forces } => {
            armed(out, *armed_forces);
            armed_forces.then_some(NotSubjectReason::ArmedForces)
        }
        UnitKind::Enterprise { size } => {
            let Some(size) = size else {
                // `Unit::validate` has already rejected this; keep the function total anyway.
                return Err(Error::missing(
                    crate::error::Subject::Unit(unit.id.clone()),
                    "size",
                    "NĐ80 size data",
                ));
            };
            let a = nd80::assess_size(&unit.id, size)?;
            let class = a.class;
            out.record(
                &D1_K2_B_SIZE,
                if class.excluded_from_tt124() {
                    Status::NotMet
                } else {
                    Status::Met
                },
                || {
                    (
                        Value::Text(Cow::Borrowed(class.name_vi())),
                        Value::Text(Cow::Borrowed("vừa hoặc lớn")),
                    )
                },
            );
            nd80::record(out, size, &a);
            match a.class {
                SizeClass::Micro => Some(NotSubjectReason::MicroEnterprise),
                SizeClass::Small => Some(NotSubjectReason::SmallEnterprise),
                SizeClass::Medium | SizeClass::Large => None,
            }
        }
        UnitKind::School {
            level,
            armed_forces,
        } => {
            armed(out, *armed_forces);
            let excluded = level.excluded_from_tt124();
            let level = *level;
            out.record(
                &D1_K2_B_SCHOOL,
                if excluded {
                    Status::NotMet
                } else {
                    Status::Met
                },
                || (Value::Text(Cow::Borrowed(level_name(level))), Value::None),
            );
            if *armed_forces {
                Some(NotSubjectReason::ArmedForces)
            } else {
                match level {
                    SchoolLevel::Primary => Some(NotSubjectReason::PrimarySchool),
                    SchoolLevel::Preschool => Some(NotSubjectReason::Preschool),
                    SchoolLevel::Creche => Some(NotSubjectReason::Creche),
                    _ => None,
                }
            }
        }
    })
}

fn level_name(level: SchoolLevel) -> &'static str {
    match level {
        SchoolLevel::Creche => "nhà trẻ",
        SchoolLevel::Preschool => "mầm non",
        SchoolLevel::Primary => "tiểu học",
        SchoolLevel::LowerSecondary => "trung học cơ sở",
        SchoolLevel::UpperSecondary => "trung học phổ thông",
        SchoolLevel::MultiLevelGeneral => "phổ thông nhiều cấp",
        SchoolLevel::ContinuingEducation => "giáo dục thường xuyên",
        SchoolLevel::Vocational => "giáo dục nghề nghiệp",
        SchoolLevel::HigherEducation => "giáo dục đại học",
    }
}
