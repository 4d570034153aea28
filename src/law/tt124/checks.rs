//! The checks the articles share: Q1 paperwork, full shares, events, the serious-crime and
//! accident exceptions, ratings, discipline thresholds and the 70% rules.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::discipline::{severity, DisciplineRecord, Ground, Role, Severity};
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

/// A Party resolution, required only where a Party organisation exists (Đ6 k1, Đ7 k1; the
/// registration dossier of Đ9 k2 a says the same for every kind).
pub fn party_resolution(c: &'static Criterion, f: &Facts) -> Finding {
    if f.has_party_organisation == Some(false) {
        return Finding::new(c, Status::NotApplicable, Value::Bool(false), Value::None);
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
fn none_allowed(c: &'static Criterion, occurrences: Option<u64>) -> Finding {
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

/// Which disciplinary records a criterion counts.
#[derive(Debug, Clone, Copy)]
pub struct DisciplineRule {
    /// Roles read.
    pub roles: &'static [Role],
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

/// Đ5 k4, both halves. With undecided units the result is known only when it does not depend
/// on them; otherwise the finding is unknown.
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
    let (total, reg, rec, und) = (
        u64::from(c.total),
        u64::from(c.registered),
        u64::from(c.recognised),
        u64::from(c.undecided),
    );
    let reg_status = if reg == total {
        Status::Met
    } else {
        Status::NotMet
    };
    // With no units, 70% of none is met (`at_least_seventy(0, 0)`).
    let rec_status = if at_least_seventy(rec, total) {
        Status::Met
    } else if at_least_seventy(rec + und, total) {
        Status::Unknown
    } else {
        Status::NotMet
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
