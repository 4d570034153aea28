//! The checks the articles share: Q1 paperwork, full shares, events, the serious-crime and
//! accident exceptions, ratings, discipline thresholds and the 70% rules.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::discipline::{severity, DisciplineRecord, Ground, PersonRole, Severity};
use super::facts::{Accident, AccidentKind, CollectiveRating, Event, Facts, SubUnits, UnitCounts};
use crate::error::{Error, Subject};
use crate::explain::{Criterion, Finding, Status, Value};
use crate::unit::UnitId;

/// 70%: the share of the sub-unit rules (Đ6 k5, Đ7 k6) and of the commune rule (Đ5 k4).
pub const SEVENTY: u64 = 70;

fn status_of(ok: Option<bool>) -> Status {
    match ok {
        None => Status::Unknown,
        Some(true) => Status::Met,
        Some(false) => Status::NotMet,
    }
}

/// A fact that must be true.
pub fn yes(c: &'static Criterion, v: Option<bool>) -> Finding {
    Finding::boolean(c, v, true)
}

/// A fact that must be false ("không để xảy ra").
pub fn no(c: &'static Criterion, v: Option<bool>) -> Finding {
    Finding::boolean(c, v, false)
}

/// A Party resolution. `exempt`: not applicable where no Party organisation exists (Đ6 k1,
/// Đ7 k1 say so; for Đ4 k1 and Đ5 k1 it is a reading). Without the exemption a unit with no
/// Party organisation has no resolution: not met.
pub fn party_resolution(c: &'static Criterion, f: &Facts, exempt: bool) -> Finding {
    if f.has_party_organisation == Some(false) {
        return if exempt {
            Finding::new(c, Status::NotApplicable, Value::Bool(false), Value::None)
        } else {
            Finding::new(c, Status::NotMet, Value::Bool(false), Value::Bool(true))
        };
    }
    yes(c, f.party_resolution)
}

/// A share that must be 100% (`(part, total)`).
pub fn full(c: &'static Criterion, v: Option<(u32, u32)>) -> Finding {
    match v {
        None => Finding::new(
            c,
            Status::Unknown,
            Value::None,
            Value::Percent(Decimal::ONE_HUNDRED),
        ),
        Some((part, total)) => Finding::new(
            c,
            if part == total {
                Status::Met
            } else {
                Status::NotMet
            },
            Value::Ratio {
                num: u64::from(part),
                den: u64::from(total),
            },
            Value::Percent(Decimal::ONE_HUNDRED),
        ),
    }
}

/// At least one effective movement model.
pub fn model(c: &'static Criterion, v: Option<u32>) -> Finding {
    Finding::new(
        c,
        status_of(v.map(|n| n >= 1)),
        v.map_or(Value::None, |n| Value::Count(u64::from(n))),
        Value::AtLeast(1),
    )
}

/// An event that must not have occurred.
pub fn event(c: &'static Criterion, events: Option<&[Event]>, e: Event) -> Finding {
    no(c, events.map(|list| list.contains(&e)))
}

/// "None may occur": met when the count of occurrences is zero; unknown when not given.
pub(crate) fn none_allowed(c: &'static Criterion, occurrences: Option<u64>) -> Finding {
    match occurrences {
        None => Finding::new(c, Status::Unknown, Value::None, Value::AtMost(0)),
        Some(n) => Finding::new(
            c,
            if n == 0 { Status::Met } else { Status::NotMet },
            Value::Count(n),
            Value::AtMost(0),
        ),
    }
}

/// Serious-or-worse crime (Đ4 k4 b, Đ6 k3 đ): met when every such crime is excused by force
/// majeure or was promptly detected, contained and reported. Observed: unexcused crimes.
pub fn serious_crime(c: &'static Criterion, f: &Facts) -> Finding {
    let unexcused = f
        .serious_crimes
        .as_ref()
        .map(|list| list.iter().filter(|x| !x.excused()).count() as u64);
    none_allowed(c, unexcused)
}

/// Accidents of the listed kinds not excused by force majeure (Đ4 k4 d, Đ6 k3 g).
pub fn accidents(
    c: &'static Criterion,
    list: Option<&[Accident]>,
    kinds: &[AccidentKind],
) -> Finding {
    let counted = list.map(|list| {
        list.iter()
            .filter(|a| kinds.contains(&a.kind) && !a.force_majeure)
            .count() as u64
    });
    none_allowed(c, counted)
}

fn rating_code(r: CollectiveRating) -> &'static str {
    match r {
        CollectiveRating::NotCompleted => "không hoàn thành nhiệm vụ",
        CollectiveRating::Completed => "hoàn thành nhiệm vụ",
        CollectiveRating::CompletedWell => "hoàn thành tốt nhiệm vụ",
        CollectiveRating::AdvancedLabourCollective => "tập thể lao động tiên tiến",
        CollectiveRating::Excellent => "xuất sắc",
    }
}

/// A force's rating against a floor; `applicable == false` makes it not applicable.
pub fn rating(
    c: &'static Criterion,
    v: Option<CollectiveRating>,
    floor: CollectiveRating,
    applicable: bool,
) -> Finding {
    if !applicable {
        return Finding::not_applicable(c);
    }
    Finding::new(
        c,
        status_of(v.map(|r| r >= floor)),
        v.map_or(Value::None, |r| Value::Text(Cow::Borrowed(rating_code(r)))),
        Value::Text(Cow::Borrowed(rating_code(floor))),
    )
}

/// A required protection force the unit does not have (Đ6 k4 under its default reading): not
/// met, or not applicable where the unit is not eligible for emulation ratings.
pub fn missing_force(c: &'static Criterion, floor: CollectiveRating, eligible: bool) -> Finding {
    if !eligible {
        return Finding::not_applicable(c);
    }
    Finding::new(
        c,
        Status::NotMet,
        Value::Text(Cow::Borrowed("không có lực lượng bảo vệ")),
        Value::Text(Cow::Borrowed(rating_code(floor))),
    )
}

/// Which disciplinary records a criterion counts.
#[derive(Debug, Clone, Copy)]
pub struct DisciplineRule {
    /// Roles read.
    pub roles: &'static [PersonRole],
    /// Only forms of warning or above count (`false`: any form counts).
    pub warning_or_above: bool,
    /// Only these grounds count (`None`: any ground).
    pub grounds: Option<&'static [Ground]>,
}

/// The result of a discipline check: the finding, and whether the provisional worker mapping
/// decided it.
pub fn discipline(
    unit: &UnitId,
    c: &'static Criterion,
    f: &Facts,
    rule: DisciplineRule,
) -> Result<(Finding, bool), Error> {
    let Some(list) = &f.discipline else {
        return Ok((none_allowed(c, None), false));
    };
    let mut counted = 0u64;
    let mut provisional = false;
    for (i, r) in list.iter().enumerate() {
        let sev = checked_severity(unit, i, r)?;
        if !rule.roles.contains(&r.role) {
            continue;
        }
        if let Some(grounds) = rule.grounds {
            if !grounds.contains(&r.ground) {
                continue;
            }
        }
        if rule.warning_or_above {
            if sev.at_least_warning() {
                counted += 1;
                provisional |= sev == Severity::WarningOrAboveProvisional;
            }
        } else {
            counted += 1;
        }
    }
    Ok((none_allowed(c, Some(counted)), provisional))
}

/// A clause with a limb that may stand on its own ("bị xử phạt … hoặc mắc tệ nạn xã hội bị xử
/// lý kỷ luật từ cảnh cáo trở lên", Đ6 k3 h; "phạm tội hoặc mắc tệ nạn xã hội bị xử lý kỷ
/// luật …", Đ7 k4).
#[derive(Debug, Clone, Copy)]
pub struct LimbRule {
    /// Roles read.
    pub roles: &'static [PersonRole],
    /// The ground of the limb (security sanction, crime).
    pub limb: Ground,
    /// The separate count of the limb's cases (sanctioned staff, people who committed a crime).
    pub limb_count: Option<u32>,
    /// The reading: the limb counts on its own (`true`), or only with discipline at warning or
    /// above, like the social-evil limb (`false`).
    pub standalone: bool,
}

/// The result of a limb check: the finding and whether the provisional worker mapping decided
/// it. The count is a lower bound while a needed list is missing: a known case decides ("not
/// met"); none known leaves the criterion unknown.
pub fn discipline_limb(
    unit: &UnitId,
    c: &'static Criterion,
    f: &Facts,
    rule: LimbRule,
) -> Result<(Finding, bool), Error> {
    let mut counted = 0u64;
    let mut limb_records = 0u64;
    let mut provisional = false;
    for (i, r) in f.discipline.iter().flatten().enumerate() {
        let sev = checked_severity(unit, i, r)?;
        if !rule.roles.contains(&r.role) {
            continue;
        }
        if r.ground == rule.limb && rule.standalone {
            limb_records += 1;
        } else if (r.ground == rule.limb || r.ground == Ground::SocialEvil)
            && sev.at_least_warning()
        {
            counted += 1;
            provisional |= sev == Severity::WarningOrAboveProvisional;
        }
    }
    let (lower, complete) = if rule.standalone {
        let limb = rule.limb_count.map(|n| u64::from(n).max(limb_records));
        (
            counted + limb.unwrap_or(limb_records),
            f.discipline.is_some() && limb.is_some(),
        )
    } else {
        (counted, f.discipline.is_some())
    };
    let occurrences = (complete || lower > 0).then_some(lower);
    Ok((none_allowed(c, occurrences), provisional))
}

fn checked_severity(unit: &UnitId, i: usize, r: &DisciplineRecord) -> Result<Severity, Error> {
    severity(r.person, r.form).ok_or_else(|| {
        Error::invalid(
            Subject::Unit(unit.clone()),
            format!("discipline[{i}].form"),
            "a form on the person's own disciplinary scale",
            format!("{:?} for {:?}", r.form, r.person),
        )
    })
}

/// At least 70% of direct sub-units rated well (Đ6 k5, Đ7 k6); not applicable without
/// sub-units or where the unit is not eligible for ratings.
pub fn sub_unit_share(c: &'static Criterion, v: Option<SubUnits>, eligible: bool) -> Finding {
    let required = Value::AtLeastPercent(Decimal::from(SEVENTY));
    if !eligible {
        return Finding::new(c, Status::NotApplicable, Value::None, required);
    }
    match v {
        None => Finding::new(c, Status::Unknown, Value::None, required),
        Some(s) if s.total == 0 => {
            Finding::new(c, Status::NotApplicable, Value::Count(0), required)
        }
        Some(s) => Finding::new(
            c,
            if at_least_seventy(u64::from(s.rated_well), u64::from(s.total)) {
                Status::Met
            } else {
                Status::NotMet
            },
            Value::Ratio {
                num: u64::from(s.rated_well),
                den: u64::from(s.total),
            },
            required,
        ),
    }
}

/// `part / total ≥ 70%`, exactly.
pub fn at_least_seventy(part: u64, total: u64) -> bool {
    part * 100 >= SEVENTY * total
}

/// Đ5 k4, both halves. Registration: not met as soon as one unit did not register; unknown
/// while units with no registration fact could still change the answer; met when every unit
/// registered. Recognition: with undecided units the result is known only when it does not
/// depend on them. No counts → unknown; counts of zero units (stated, nothing to count) → not
/// applicable.
pub fn commune_units(
    registered: &'static Criterion,
    recognised: &'static Criterion,
    v: Option<UnitCounts>,
) -> [Finding; 2] {
    let hundred = Value::Percent(Decimal::ONE_HUNDRED);
    let seventy = Value::AtLeastPercent(Decimal::from(SEVENTY));
    let Some(c) = v else {
        return [
            Finding::new(registered, Status::Unknown, Value::None, hundred),
            Finding::new(recognised, Status::Unknown, Value::None, seventy),
        ];
    };
    let (total, reg, rec, und, reg_unknown) = (
        u64::from(c.total),
        u64::from(c.registered),
        u64::from(c.recognised),
        u64::from(c.undecided),
        u64::from(c.registration_unknown),
    );
    let (reg_status, rec_status) = if total == 0 {
        (Status::NotApplicable, Status::NotApplicable)
    } else {
        let reg_status = if reg + reg_unknown < total {
            Status::NotMet
        } else if reg_unknown > 0 {
            Status::Unknown
        } else {
            Status::Met
        };
        let rec_status = if at_least_seventy(rec, total) {
            Status::Met
        } else if at_least_seventy(rec + und, total) {
            Status::Unknown
        } else {
            Status::NotMet
        };
        (reg_status, rec_status)
    };
    [
        Finding::new(
            registered,
            reg_status,
            Value::Ratio {
                num: reg,
                den: total,
            },
            hundred,
        ),
        Finding::new(
            recognised,
            rec_status,
            Value::Ratio {
                num: rec,
                den: total,
            },
            seventy,
        ),
    ]
}
