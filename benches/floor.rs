//! The hand-written floor: TT124 Điều 6 (agencies and enterprises) as one plain pass/fail
//! function over the same facts, with no explanation at all. Every per-decision figure of the
//! benches is reported as a ratio to it (issue 14: goal ≤ 4×).
//!
//! It reads the facts the library reads, with the library's default readings, and answers
//! only recognised / not recognised / cannot decide. It does not validate, size enterprises
//! or apply provincial rules — it is the bare check a programmer would write by hand.
//! `tt124_d6_tax_rules` is the same check with one province's two rules written in by hand,
//! the floor for decisions made under those rules.

use antq::law::tt124::discipline::Ground;
use antq::law::tt124::{AccidentKind, CollectiveRating, Event, Facts, SubUnits};
use antq::unit::{EnterpriseSize, ManagingLevel, Sector, Unit, UnitKind};
use rust_decimal::Decimal;

/// The enterprise the floors are compared with (a large trading enterprise, so NĐ80's sizing
/// keeps it subject): benched in `tt124.rs`, and decided by the library beside the floors in
/// `tests/bench_floor.rs`.
#[allow(dead_code)] // the qd510 and unit benches use only the floor
pub fn enterprise() -> Unit {
    Unit::new(
        "dn",
        "DN",
        UnitKind::Enterprise {
            size: Some(EnterpriseSize {
                sector: Sector::TradeServices,
                average_insured_employees: Some(Decimal::from(120)),
                monthly_insured_employees: None,
                revenue: Some(Decimal::from(400_000_000_000u64)),
                total_capital: Some(Decimal::from(200_000_000_000u64)),
                months_in_operation: None,
            }),
        },
        ManagingLevel::Commune,
    )
    .in_commune("xa")
}

/// The facts the tt124 bench decides: every criterion met but the sub-units' 70 % line (6 of
/// 10 rated well: not recognised). `tests/bench_floor.rs` decides them with the library too.
#[allow(dead_code)] // the qd510 and unit benches use only the floor
pub fn benched_facts() -> Facts {
    let mut f = Facts::all_met();
    f.sub_units = Some(SubUnits {
        total: 10,
        rated_well: 6,
    });
    f
}

/// The bare outcome of the floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bare {
    Recognised,
    NotRecognised,
    CannotDecide,
    /// Not reviewed at all (a provincial rule: tax debt, or the dossier lacks a document).
    #[allow(dead_code)] // made by `tt124_d6_tax_rules`, which only the tt124 bench calls
    NotReviewed,
}

/// Fold one tri-state check into the running result: `None` = unknown.
#[inline(always)]
fn check(acc: &mut (bool, bool), ok: Option<bool>) {
    match ok {
        Some(true) => {}
        Some(false) => acc.0 = true,
        None => acc.1 = true,
    }
}

/// TT124 Đ6 k1–k5 as a bare check (default readings).
#[inline(never)]
pub fn tt124_d6(f: &Facts) -> Bare {
    d6(f)
}

/// [`tt124_d6`] with Sơn La 2026's two provincial rules for enterprises, as a programmer would
/// add them by hand: a unit with tax debt is not reviewed, nor one whose dossier lacks the tax
/// authority's confirmation (the document searched for by its name, as the policy names it);
/// either fact unknown leaves a passing unit undecided.
#[allow(dead_code)] // only the tt124 bench calls it
#[inline(never)]
pub fn tt124_d6_tax_rules(f: &Facts) -> Bare {
    let bare = d6(f);
    let confirmed = f
        .documents
        .as_ref()
        .map(|docs| docs.iter().any(|d| d == "tax_clearance_confirmation"));
    match (f.tax_debt, confirmed) {
        (Some(true), _) | (_, Some(false)) => Bare::NotReviewed,
        (None, _) | (_, None) if bare == Bare::Recognised => Bare::CannotDecide,
        _ => bare,
    }
}

#[inline(always)]
fn d6(f: &Facts) -> Bare {
    // (any not met, any unknown)
    let mut acc = (false, false);
    if f.has_party_organisation != Some(false) {
        check(&mut acc, f.party_resolution);
    }
    check(&mut acc, f.security_plan);
    check(&mut acc, f.registered);
    check(&mut acc, f.internal_rules);
    check(&mut acc, f.people_briefed.map(|(p, t)| p == t));
    check(&mut acc, f.effective_models.map(|n| n >= 1));
    check(&mut acc, f.policies_implemented);
    match &f.events {
        Some(list) => {
            for e in [
                Event::UnlawfulReligion,
                Event::ExploitingReligionOrEthnicity,
                Event::IncitedCrowds,
                Event::UnlawfulStrike,
                Event::StateSecretBreach,
            ] {
                if list.contains(&e) {
                    acc.0 = true;
                }
            }
        }
        None => acc.1 = true,
    }
    check(
        &mut acc,
        f.serious_crimes.as_ref().map(|l| {
            l.iter().all(|c| {
                c.force_majeure
                    || (c.promptly_detected && c.consequences_contained && c.reported_immediately)
            })
        }),
    );
    check(
        &mut acc,
        f.accidents.as_ref().map(|l| {
            !l.iter().any(|a| {
                !a.force_majeure
                    && matches!(
                        a.kind,
                        AccidentKind::SeriousFireOrExplosion
                            | AccidentKind::FatalLabourAccident
                            | AccidentKind::SeriousIncident
                            | AccidentKind::EnvironmentalViolation
                            | AccidentKind::FoodSafetyViolation
                    )
            })
        }),
    );
    // Đ6 k3 h: a security sanction counts alone; social evils with any discipline record.
    let sanctions = f.staff_security_sanctions;
    match (&f.discipline, sanctions) {
        (Some(list), Some(n)) => {
            let limb = list.iter().any(|r| {
                r.ground == Ground::SecurityOrderSanction || r.ground == Ground::SocialEvil
            });
            if n > 0 || limb {
                acc.0 = true;
            }
        }
        (_, Some(n)) if n > 0 => acc.0 = true,
        _ => acc.1 = true,
    }
    let eligible = f.eligible_for_rating != Some(false);
    let has_force = f.has_protection_force != Some(false);
    if eligible {
        if has_force {
            check(
                &mut acc,
                f.force_rating.map(|r| r >= CollectiveRating::CompletedWell),
            );
        } else {
            acc.0 = true;
        }
        match f.sub_units {
            Some(s) if s.total > 0 => check(
                &mut acc,
                Some(u64::from(s.rated_well) * 100 >= 70 * u64::from(s.total)),
            ),
            Some(_) => {}
            None => acc.1 = true,
        }
    }
    // Đ6 k4 / k5 discipline: no warning or above (any record counts in this bare form).
    check(&mut acc, f.discipline.as_ref().map(|l| l.is_empty()));
    if acc.0 {
        Bare::NotRecognised
    } else if acc.1 {
        Bare::CannotDecide
    } else {
        Bare::Recognised
    }
}
