//! Điều 4–7 — the criteria of each kind of unit, checked in the order of the article.
//!
//! Each function pushes exactly one finding per criterion of its article (see
//! [`super::criteria::article_criteria`]) and returns which of the crate's readings (the
//! provisional worker-discipline mapping, the [`Readings`] of ambiguous clauses) decided any of
//! them: a reading decides a criterion when the other reading would give it another status.

use super::checks::{
    accidents, commune_units, discipline, discipline_limb, event, events_seen, full, missing_force,
    model, no, none_allowed, none_allowed_status, not_applicable, party_resolution, rating,
    serious_crime, sub_unit_share, yes, DisciplineRule, LimbRule,
};
use super::criteria::*;
use super::discipline::{Ground, PersonRole};
use super::facts::{AccidentKind, CollectiveRating, Event, Facts, UnitCounts};
use super::readings::{
    CrimeReading, Decided, PartyOrganisationReading, ProtectionForceReading, Readings,
    SanctionReading,
};
use crate::error::Error;
use crate::explain::{Criterion, Record};
use crate::unit::UnitId;

const AREA_ACCIDENTS: &[AccidentKind] = &[
    AccidentKind::SeriousFireOrExplosion,
    AccidentKind::FatalLabourAccident,
    AccidentKind::SeriousIncident,
];

const ALL_ACCIDENTS: &[AccidentKind] = &[
    AccidentKind::SeriousFireOrExplosion,
    AccidentKind::FatalLabourAccident,
    AccidentKind::SeriousIncident,
    AccidentKind::EnvironmentalViolation,
    AccidentKind::FoodSafetyViolation,
];

/// The Party resolution of Đ4 k1 / Đ5 k1, whose clauses have no exemption: the reading decides
/// whether a unit without a Party organisation is exempt, and decided it when one is missing.
#[inline(always)]
fn party_by_reading<R: Record>(
    out: &mut R,
    c: &'static Criterion,
    f: &Facts,
    r: &Readings,
) -> bool {
    let exempt = r.party_organisation == PartyOrganisationReading::EveryKind;
    party_resolution(out, c, f, exempt);
    f.has_party_organisation == Some(false)
}

/// Đ4 k2–k4, shared by residential areas and (through Đ5 k2) communes.
#[inline(always)]
fn area_k2_to_k4<R: Record>(f: &Facts, out: &mut R) {
    yes(out, &D4_K2, f.policies_implemented);
    let events = events_seen(f.events.as_deref());
    for &(c, e) in &D4_K3 {
        event(out, c, events, e);
    }
    yes(out, &D4_K4_A, f.crime_reduced);
    serious_crime(out, &D4_K4_B, f);
    no(out, &D4_K4_C_HOTSPOT, f.new_hotspot);
    no(out, &D4_K4_C_SOCIAL_EVIL, f.new_social_evil_person);
    yes(out, &D4_K4_C_MANAGEMENT, f.offender_management_effective);
    accidents(out, &D4_K4_D, f.accidents.as_deref(), AREA_ACCIDENTS);
}

/// Điều 4 — khu dân cư.
#[inline(always)]
pub fn residential<R: Record>(
    unit: &UnitId,
    f: &Facts,
    r: &Readings,
    out: &mut R,
) -> Result<Decided, Error> {
    let party_decided = party_by_reading(out, &D4_K1_RESOLUTION, f, r);
    yes(out, &D4_K1_REGISTRATION, f.registered);
    full(out, &D4_K1_HOUSEHOLDS, f.households_registered);
    area_k2_to_k4(f, out);
    rating(
        out,
        &D4_K5_RATING,
        f.force_rating,
        CollectiveRating::Completed,
        true,
    );
    let p = discipline(
        out,
        unit,
        &D4_K5_DISCIPLINE,
        f,
        DisciplineRule {
            roles: &[PersonRole::GrassrootsForce],
            warning_or_above: false,
            grounds: None,
        },
    )?;
    Ok(Decided {
        worker: p,
        party: party_decided,
        ..Decided::default()
    })
}

/// Điều 5 — xã, phường, thị trấn, đặc khu. `units` are the counts of Đ5 k4 (from the units'
/// decisions, or given).
#[inline(always)]
pub fn commune<R: Record>(
    unit: &UnitId,
    f: &Facts,
    r: &Readings,
    units: Option<UnitCounts>,
    out: &mut R,
) -> Result<Decided, Error> {
    let party_decided = party_by_reading(out, &D5_K1_RESOLUTION, f, r);
    yes(out, &D5_K1_PLAN, f.security_plan);
    yes(out, &D5_K1_REGISTRATION, f.registered);
    model(out, &D5_K1_MODEL, f.effective_models);
    area_k2_to_k4(f, out);
    yes(out, &D5_K3_POLICE, f.commune_police_effective);
    let p = discipline(
        out,
        unit,
        &D5_K3_DISCIPLINE,
        f,
        DisciplineRule {
            roles: &[PersonRole::CommunePolice],
            warning_or_above: false,
            grounds: None,
        },
    )?;
    commune_units(out, &D5_K4_REGISTERED, &D5_K4_RECOGNISED, units);
    Ok(Decided {
        worker: p,
        party: party_decided,
        ..Decided::default()
    })
}

/// Đ6 k3 a, b, c, đ, e, g — the points Đ7 k3 imports for schools.
#[inline(always)]
fn organisation_k3_shared<R: Record>(f: &Facts, out: &mut R, with_d: bool) {
    let events = events_seen(f.events.as_deref());
    event(out, &D6_K3_A, events, Event::UnlawfulReligion);
    event(out, &D6_K3_B, events, Event::ExploitingReligionOrEthnicity);
    event(out, &D6_K3_C, events, Event::IncitedCrowds);
    if with_d {
        event(out, &D6_K3_D, events, Event::UnlawfulStrike);
    }
    serious_crime(out, &D6_K3_DD, f);
    event(out, &D6_K3_E, events, Event::StateSecretBreach);
    accidents(out, &D6_K3_G, f.accidents.as_deref(), ALL_ACCIDENTS);
}

const WARNING_STAFF: DisciplineRule = DisciplineRule {
    roles: &[PersonRole::Staff],
    warning_or_above: true,
    grounds: None,
};

const WARNING_FORCE: DisciplineRule = DisciplineRule {
    roles: &[PersonRole::ProtectionForce],
    warning_or_above: true,
    grounds: None,
};

/// A limb clause (Đ6 k3 h, Đ7 k4) under the chosen reading: records it and returns whether
/// the worker mapping decided it and whether the reading decided it (the other reading gives
/// another status). Both readings are counted in one pass over the records.
#[inline(always)]
fn limb_by_reading<R: Record>(
    out: &mut R,
    unit: &UnitId,
    c: &'static Criterion,
    f: &Facts,
    rule: LimbRule,
) -> Result<(bool, bool), Error> {
    let n = discipline_limb(unit, f, rule)?;
    none_allowed(out, c, n.chosen);
    let decided = none_allowed_status(n.other) != none_allowed_status(n.chosen);
    Ok((n.worker, decided))
}

/// Điều 6 — cơ quan, doanh nghiệp.
#[inline(always)]
pub fn organisation<R: Record>(
    unit: &UnitId,
    f: &Facts,
    r: &Readings,
    out: &mut R,
) -> Result<Decided, Error> {
    party_resolution(out, &D6_K1_RESOLUTION, f, true);
    yes(out, &D6_K1_PLAN, f.security_plan);
    yes(out, &D6_K1_REGISTRATION, f.registered);
    yes(out, &D6_K1_RULES, f.internal_rules);
    full(out, &D6_K1_BRIEFED, f.people_briefed);
    model(out, &D6_K1_MODEL, f.effective_models);
    yes(out, &D6_K2, f.policies_implemented);
    organisation_k3_shared(f, out, true);
    let (worker, sanction) = limb_by_reading(
        out,
        unit,
        &D6_K3_H,
        f,
        LimbRule {
            roles: &[PersonRole::Staff, PersonRole::ProtectionForce],
            limb: Ground::SecurityOrderSanction,
            limb_count: f.staff_security_sanctions,
            standalone: r.d6_k3_h == SanctionReading::SanctionAlone,
        },
    )?;
    let mut d = force_and_sub_units(
        unit,
        f,
        [
            &D6_K4_RATING,
            &D6_K4_DISCIPLINE,
            &D6_K5_SHARE,
            &D6_K5_DISCIPLINE,
        ],
        Some(r.d6_k4_protection_force),
        out,
    )?;
    d.worker |= worker;
    d.sanction = sanction;
    Ok(d)
}

/// Đ6 k4–k5 and Đ7 k5–k6: protection force rating and discipline, sub-unit share and discipline.
/// `force_reading`: the reading of Đ6 k4 (`None` for Đ7 k5, whose "(nếu có)" needs none). Under
/// [`ProtectionForceReading::Required`] a unit without a protection force fails the rating half
/// instead of both halves not applying; the result says whether the reading decided it.
#[inline(always)]
fn force_and_sub_units<R: Record>(
    unit: &UnitId,
    f: &Facts,
    [force_rating, force_discipline, share, sub_discipline]: [&'static Criterion; 4],
    force_reading: Option<ProtectionForceReading>,
    out: &mut R,
) -> Result<Decided, Error> {
    let eligible = f.eligible_for_rating != Some(false);
    let has_force = f.has_protection_force != Some(false);
    let force_required = force_reading == Some(ProtectionForceReading::Required);
    if !has_force && force_required {
        missing_force(out, force_rating, CollectiveRating::CompletedWell, eligible);
    } else {
        rating(
            out,
            force_rating,
            f.force_rating,
            CollectiveRating::CompletedWell,
            has_force && eligible,
        );
    }
    // Without a force (and eligible for ratings) the two readings of Đ6 k4 differ: not met
    // against not applicable. Either way the reading decided the criterion.
    let force = force_reading.is_some() && !has_force && eligible;
    let p1 = if has_force {
        discipline(out, unit, force_discipline, f, WARNING_FORCE)?
    } else {
        not_applicable(out, force_discipline);
        false
    };
    sub_unit_share(out, share, f.sub_units, eligible);
    let p2 = discipline(out, unit, sub_discipline, f, WARNING_STAFF)?;
    Ok(Decided {
        worker: p1 | p2,
        force,
        ..Decided::default()
    })
}

/// Điều 7 — cơ sở giáo dục. `general_education` switches on the parents' coordination of k2.
#[inline(always)]
pub fn school<R: Record>(
    unit: &UnitId,
    f: &Facts,
    r: &Readings,
    general_education: bool,
    out: &mut R,
) -> Result<Decided, Error> {
    party_resolution(out, &D7_K1_RESOLUTION, f, true);
    yes(out, &D7_K1_PLAN, f.security_plan);
    yes(out, &D7_K1_REGISTRATION, f.registered);
    yes(out, &D7_K1_RULES, f.internal_rules);
    full(out, &D7_K1_BRIEFED, f.people_briefed);
    model(out, &D7_K1_MODEL, f.effective_models);
    yes(out, &D7_K2_IMPLEMENTATION, f.policies_implemented);
    if general_education {
        yes(out, &D7_K2_PARENTS, f.parent_coordination);
    } else {
        not_applicable(out, &D7_K2_PARENTS);
    }
    organisation_k3_shared(f, out, false);
    no(out, &D7_K4_VIOLENCE, f.school_violence);
    let (worker, crime) = limb_by_reading(
        out,
        unit,
        &D7_K4_DISCIPLINE,
        f,
        LimbRule {
            roles: &[
                PersonRole::Staff,
                PersonRole::Learner,
                PersonRole::ProtectionForce,
            ],
            limb: Ground::Crime,
            limb_count: f.members_committed_crime,
            standalone: r.d7_k4 == CrimeReading::CrimeAlone,
        },
    )?;
    // Đ7 k5 says "(nếu có)": a school without a protection force is not held to it.
    let mut d = force_and_sub_units(
        unit,
        f,
        [
            &D7_K5_RATING,
            &D7_K5_DISCIPLINE,
            &D7_K6_SHARE,
            &D7_K6_DISCIPLINE,
        ],
        None,
        out,
    )?;
    d.worker |= worker;
    d.crime = crime;
    Ok(d)
}
