//! The checks the articles share: Q1 paperwork, full shares, events, the serious-crime and
//! accident exceptions, ratings, discipline thresholds and the 70% rules.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::discipline::{severity, DisciplineRecord, Ground, PersonRole, Severity};
use super::facts::{Accident, AccidentKind, CollectiveRating, Event, Facts, SubUnits, UnitCounts};
use crate::error::{Error, Subject};
use crate::explain::{Criterion, Record, Status, Value};
use crate::unit::UnitId;

/// 70%: the share of the sub-unit rules (Đ6 k5, Đ7 k6) and of the commune rule (Đ5 k4).
pub const SEVENTY: u64 = 70;

#[inline(always)]
fn status_of(ok: Option<bool>) -> Status {
    match ok {
        None => Status::Unknown,
        Some(true) => Status::Met,
        Some(false) => Status::NotMet,
    }
}

/// A yes/no fact against the value required.
#[inline(always)]
fn boolean<R: Record>(out: &mut R, c: &'static Criterion, v: Option<bool>, required: bool) {
    out.record(c, status_of(v.map(|v| v == required)), || {
        (v.map_or(Value::None, Value::Bool), Value::Bool(required))
    });
}

/// A fact that must be true.
#[inline(always)]
pub fn yes<R: Record>(out: &mut R, c: &'static Criterion, v: Option<bool>) {
    boolean(out, c, v, true);
}

/// A fact that must be false ("không để xảy ra").
#[inline(always)]
pub fn no<R: Record>(out: &mut R, c: &'static Criterion, v: Option<bool>) {
    boolean(out, c, v, false);
}

/// A criterion that does not apply to this unit.
#[inline(always)]
pub fn not_applicable<R: Record>(out: &mut R, c: &'static Criterion) {
    out.record(c, Status::NotApplicable, || (Value::None, Value::None));
}

/// A Party resolution. `exempt`: not applicable where no Party organisation exists (Đ6 k1,
/// Đ7 k1 say so; for Đ4 k1 and Đ5 k1 it is a reading). Without the exemption a unit with no
/// Party organisation has no resolution: not met.
#[inline(always)]
pub fn party_resolution<R: Record>(out: &mut R, c: &'static Criterion, f: &Facts, exempt: bool) {
    if f.has_party_organisation == Some(false) {
        if exempt {
            out.record(c, Status::NotApplicable, || {
                (Value::Bool(false), Value::None)
            });
        } else {
            out.record(c, Status::NotMet, || {
                (Value::Bool(false), Value::Bool(true))
            });
        }
        return;
    }
    yes(out, c, f.party_resolution);
}

/// A share that must be 100% (`(part, total)`).
#[inline(always)]
pub fn full<R: Record>(out: &mut R, c: &'static Criterion, v: Option<(u32, u32)>) {
    let status = status_of(v.map(|(part, total)| part == total));
    out.record(c, status, || {
        (
            v.map_or(Value::None, |(part, total)| Value::Ratio {
                num: u64::from(part),
                den: u64::from(total),
            }),
            Value::Percent(Decimal::ONE_HUNDRED),
        )
    });
}

/// At least one effective movement model.
#[inline(always)]
pub fn model<R: Record>(out: &mut R, c: &'static Criterion, v: Option<u32>) {
    out.record(c, status_of(v.map(|n| n >= 1)), || {
        (
            v.map_or(Value::None, |n| Value::Count(u64::from(n))),
            Value::AtLeast(1),
        )
    });
}

/// The events that occurred, one bit each (`1 << e as u32`), from one pass over the list;
/// `None` when the list is not given. Each event criterion then tests its bit instead of
/// searching the list again.
#[inline(always)]
pub fn events_seen(events: Option<&[Event]>) -> Option<u32> {
    events.map(|list| list.iter().fold(0u32, |m, &e| m | event_bit(e)))
}

#[inline(always)]
fn event_bit(e: Event) -> u32 {
    1 << (e as u32)
}

/// An event that must not have occurred (`seen`: [`events_seen`]).
#[inline(always)]
pub fn event<R: Record>(out: &mut R, c: &'static Criterion, seen: Option<u32>, e: Event) {
    no(out, c, seen.map(|m| m & event_bit(e) != 0));
}

/// The status of "none may occur": met when the count of occurrences is zero; unknown when
/// not given.
#[inline(always)]
pub(crate) fn none_allowed_status(occurrences: Option<u64>) -> Status {
    status_of(occurrences.map(|n| n == 0))
}

/// "None may occur": met when the count of occurrences is zero; unknown when not given.
#[inline(always)]
pub(crate) fn none_allowed<R: Record>(
    out: &mut R,
    c: &'static Criterion,
    occurrences: Option<u64>,
) {
    out.record(c, none_allowed_status(occurrences), || {
        (
            occurrences.map_or(Value::None, Value::Count),
            Value::AtMost(0),
        )
    });
}

/// Serious-or-worse crime (Đ4 k4 b, Đ6 k3 đ): met when every such crime is excused by force
/// majeure or was promptly detected, contained and reported. Observed: unexcused crimes.
#[inline(always)]
pub fn serious_crime<R: Record>(out: &mut R, c: &'static Criterion, f: &Facts) {
    let unexcused = f
        .serious_crimes
        .as_ref()
        .map(|list| list.iter().filter(|x| !x.excused()).count() as u64);
    none_allowed(out, c, unexcused);
}

/// Accidents of the listed kinds not excused by force majeure (Đ4 k4 d, Đ6 k3 g).
#[inline(always)]
pub fn accidents<R: Record>(
    out: &mut R,
    c: &'static Criterion,
    list: Option<&[Accident]>,
    kinds: &[AccidentKind],
) {
    let counted = list.map(|list| {
        list.iter()
            .filter(|a| kinds.contains(&a.kind) && !a.force_majeure)
            .count() as u64
    });
    none_allowed(out, c, counted);
}

#[inline(always)]
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
#[inline(always)]
pub fn rating<R: Record>(
    out: &mut R,
    c: &'static Criterion,
    v: Option<CollectiveRating>,
    floor: CollectiveRating,
    applicable: bool,
) {
    if !applicable {
        return not_applicable(out, c);
    }
    out.record(c, status_of(v.map(|r| r >= floor)), || {
        (
            v.map_or(Value::None, |r| Value::Text(Cow::Borrowed(rating_code(r)))),
            Value::Text(Cow::Borrowed(rating_code(floor))),
        )
    });
}

/// A required protection force the unit does not have (Đ6 k4 under its default reading): not
/// met, or not applicable where the unit is not eligible for emulation ratings.
#[inline(always)]
pub fn missing_force<R: Record>(
    out: &mut R,
    c: &'static Criterion,
    floor: CollectiveRating,
    eligible: bool,
) {
    if !eligible {
        return not_applicable(out, c);
    }
    out.record(c, Status::NotMet, || {
        (
            Value::Text(Cow::Borrowed("không có lực lượng bảo vệ")),
            Value::Text(Cow::Borrowed(rating_code(floor))),
        )
    });
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

/// A discipline check: records the criterion and returns whether the provisional worker
/// mapping decided it.
#[inline(always)]
pub fn discipline<R: Record>(
    out: &mut R,
    unit: &UnitId,
    c: &'static Criterion,
    f: &Facts,
    rule: DisciplineRule,
) -> Result<bool, Error> {
    let Some(list) = &f.discipline else {
        none_allowed(out, c, None);
        return Ok(false);
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
    none_allowed(out, c, Some(counted));
    Ok(provisional)
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

/// The result of a limb check under both readings, from one pass over the records: the
/// occurrences counted under the chosen reading (`rule.standalone`) and under the other one,
/// and whether the provisional worker mapping decided the chosen one. The count is a lower
/// bound while a needed list is missing: a known case decides ("not met"); none known leaves
/// the criterion unknown (`None`).
pub struct LimbCount {
    /// Occurrences under the chosen reading (`None`: unknown).
    pub chosen: Option<u64>,
    /// Occurrences under the other reading.
    pub other: Option<u64>,
    /// Whether the provisional worker mapping decided the chosen reading's count.
    pub worker: bool,
}

/// Count a limb clause under both readings (see [`LimbCount`]).
#[inline(always)]
pub fn discipline_limb(unit: &UnitId, f: &Facts, rule: LimbRule) -> Result<LimbCount, Error> {
    // Per record: a limb record (counts alone under the standalone reading, with warning or
    // above under the other), or a social-evil record at warning or above (counts under both).
    let mut limb_records = 0u64; // limb ground, any severity
    let mut limb_warned = 0u64; // limb ground, warning or above
    let mut limb_warned_prov = false;
    let mut evil = 0u64; // social evil, warning or above
    let mut evil_prov = false;
    for (i, r) in f.discipline.iter().flatten().enumerate() {
        let sev = checked_severity(unit, i, r)?;
        if !rule.roles.contains(&r.role) {
            continue;
        }
        let warned = sev.at_least_warning();
        let prov = sev == Severity::WarningOrAboveProvisional;
        if r.ground == rule.limb {
            limb_records += 1;
            if warned {
                limb_warned += 1;
                limb_warned_prov |= prov;
            }
        } else if r.ground == Ground::SocialEvil && warned {
            evil += 1;
            evil_prov |= prov;
        }
    }
    let has_list = f.discipline.is_some();
    let count = |standalone: bool| {
        let (lower, complete) = if standalone {
            let limb = rule.limb_count.map(|n| u64::from(n).max(limb_records));
            (
                evil + limb.unwrap_or(limb_records),
                has_list && limb.is_some(),
            )
        } else {
            (evil + limb_warned, has_list)
        };
        (complete || lower > 0).then_some(lower)
    };
    let worker = if rule.standalone {
        evil_prov
    } else {
        evil_prov | limb_warned_prov
    };
    Ok(LimbCount {
        chosen: count(rule.standalone),
        other: count(!rule.standalone),
        worker,
    })
}

#[inline(always)]
fn checked_severity(unit: &UnitId, i: usize, r: &DisciplineRecord) -> Result<Severity, Error> {
    match severity(r.person, r.form) {
        Some(s) => Ok(s),
        None => Err(form_off_scale(unit, i, r)),
    }
}

#[cold]
#[inline(never)]
fn form_off_scale(unit: &UnitId, i: usize, r: &DisciplineRecord) -> Error {
    Error::invalid(
        Subject::Unit(unit.clone()),
        format!("discipline[{i}].form"),
        "a form on the person's own disciplinary scale",
        format!("{:?} for {:?}", r.form, r.person),
    )
}

/// At least 70% of direct sub-units rated well (Đ6 k5, Đ7 k6); not applicable without
/// sub-units or where the unit is not eligible for ratings.
#[inline(always)]
pub fn sub_unit_share<R: Record>(
    out: &mut R,
    c: &'static Criterion,
    v: Option<SubUnits>,
    eligible: bool,
) {
    let required = || Value::AtLeastPercent(Decimal::from(SEVENTY));
    if !eligible {
        return out.record(c, Status::NotApplicable, || (Value::None, required()));
    }
    match v {
        None => out.record(c, Status::Unknown, || (Value::None, required())),
        Some(s) if s.total == 0 => {
            out.record(c, Status::NotApplicable, || (Value::Count(0), required()))
        }
        Some(s) => out.record(
            c,
            if at_least_seventy(u64::from(s.rated_well), u64::from(s.total)) {
                Status::Met
            } else {
                Status::NotMet
            },
            || {
                (
                    Value::Ratio {
                        num: u64::from(s.rated_well),
                        den: u64::from(s.total),
                    },
                    required(),
                )
            },
        ),
    }
}

/// `part / total ≥ 70%`, exactly.
#[inline(always)]
pub fn at_least_seventy(part: u64, total: u64) -> bool {
    part * 100 >= SEVENTY * total
}

/// Đ5 k4, both halves. Registration: not met as soon as one unit did not register; unknown
/// while units with no registration fact could still change the answer; met when every unit
/// registered. Recognition: with undecided units the result is known only when it does not
/// depend on them. No counts → unknown; counts of zero units (stated, nothing to count) → not
/// applicable.
#[inline(always)]
pub fn commune_units<R: Record>(
    out: &mut R,
    registered: &'static Criterion,
    recognised: &'static Criterion,
    v: Option<UnitCounts>,
) {
    let hundred = || Value::Percent(Decimal::ONE_HUNDRED);
    let seventy = || Value::AtLeastPercent(Decimal::from(SEVENTY));
    let Some(c) = v else {
        out.record(registered, Status::Unknown, || (Value::None, hundred()));
        out.record(recognised, Status::Unknown, || (Value::None, seventy()));
        return;
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
    out.record(registered, reg_status, || {
        (
            Value::Ratio {
                num: reg,
                den: total,
            },
            hundred(),
        )
    });
    out.record(recognised, rec_status, || {
        (
            Value::Ratio {
                num: rec,
                den: total,
            },
            seventy(),
        )
    });
}

#[cfg(test)]
mod event_tests {
    use super::super::criteria::{D4_K3, D6_K3_A, D6_K3_B, D6_K3_C, D6_K3_D, D6_K3_E};
    use super::*;
    use crate::explain::Finding;

    const ALL_EVENTS: [Event; 9] = Event::ALL;

    /// `Event::ALL` lists every event of Đ4 k3 and Đ6 k3 once, in declaration order (a new
    /// event fails to compile here until it is placed).
    #[test]
    fn d4_k3_and_d6_k3_every_event_is_listed_once_in_order() {
        let place = |e: Event| match e {
            Event::AntiState => 0,
            Event::Sabotage => 1,
            Event::UnlawfulReligion => 2,
            Event::ExploitingReligionOrEthnicity => 3,
            Event::Separatism => 4,
            Event::ProlongedDisputes => 5,
            Event::IncitedCrowds => 6,
            Event::UnlawfulStrike => 7,
            Event::StateSecretBreach => 8,
        };
        for (i, e) in ALL_EVENTS.into_iter().enumerate() {
            assert_eq!(place(e), i, "{e:?}");
        }
    }

    fn status(c: &'static Criterion, list: Option<&[Event]>, e: Event) -> Status {
        let mut out: Vec<Finding> = Vec::new();
        event(&mut out, c, events_seen(list), e);
        out[0].status
    }

    /// TT124 Đ4 k3 and Đ6 k3 a–e: the events are read once into a set; each point is not met
    /// exactly when its own event is in the list (alone, or among every other event, also
    /// repeated), met when the list holds every other event but its own or nothing, unknown
    /// without a list.
    #[test]
    fn d4_k3_and_d6_k3_each_point_fails_on_its_own_event_only() {
        let points: Vec<(&'static Criterion, Event)> = D4_K3
            .iter()
            .map(|&(c, e)| (c, e))
            .chain([
                (&D6_K3_A, Event::UnlawfulReligion),
                (&D6_K3_B, Event::ExploitingReligionOrEthnicity),
                (&D6_K3_C, Event::IncitedCrowds),
                (&D6_K3_D, Event::UnlawfulStrike),
                (&D6_K3_E, Event::StateSecretBreach),
            ])
            .collect();
        for (c, own) in points {
            let others: Vec<Event> = ALL_EVENTS.into_iter().filter(|&e| e != own).collect();
            let mut all_twice: Vec<Event> = ALL_EVENTS.into_iter().chain(ALL_EVENTS).collect();
            all_twice.reverse();
            assert_eq!(status(c, Some(&[own]), own), Status::NotMet, "{}", c.id);
            assert_eq!(status(c, Some(&all_twice), own), Status::NotMet, "{}", c.id);
            assert_eq!(status(c, Some(&others), own), Status::Met, "{}", c.id);
            assert_eq!(status(c, Some(&[]), own), Status::Met, "{}", c.id);
            assert_eq!(status(c, None, own), Status::Unknown, "{}", c.id);
        }
    }
}
