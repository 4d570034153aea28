//! Dữ kiện năm — the yearly facts TT124 reads, for every kind of unit.
//!
//! Every field is optional: `None` means "not given", which makes the criteria that need it
//! `Unknown` (and the unit "cannot decide yet"), never a silent default. Fields a kind does not
//! use are ignored for that kind.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::discipline::DisciplineRecord;
use crate::error::{Error, Subject};
use crate::unit::UnitId;

/// Vụ việc — the events of TT124 Đ4 k3 and Đ6 k3 (other than crime, accidents and discipline,
/// which have their own facts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Event {
    /// Đ4 k3 a — activity against the Party or the government, or splitting national unity.
    AntiState,
    /// Đ4 k3 b — sabotage of key economic, cultural, social, security or defence targets.
    Sabotage,
    /// Đ4 k3 c, Đ6 k3 a — unlawful propagation or development of beliefs and religions.
    UnlawfulReligion,
    /// Đ4 k3 d, Đ6 k3 b — exploiting belief, religion, ethnicity, disputes or complaints.
    ExploitingReligionOrEthnicity,
    /// Đ4 k3 đ — separatist or autonomy-seeking activity.
    Separatism,
    /// Đ4 k3 e — complicated, prolonged disputes among residents.
    ProlongedDisputes,
    /// Đ4 k3 g, Đ6 k3 c — inciting crowds to complain or disturb public order, and related acts.
    IncitedCrowds,
    /// Đ6 k3 d — unlawful strike or go-slow.
    UnlawfulStrike,
    /// Đ6 k3 e — breach of the rules protecting state secrets.
    StateSecretBreach,
}

impl Event {
    /// Every event, in declaration order (Đ4 k3's points first, then Đ6 k3's own).
    pub const ALL: [Event; 9] = [
        Event::AntiState,
        Event::Sabotage,
        Event::UnlawfulReligion,
        Event::ExploitingReligionOrEthnicity,
        Event::Separatism,
        Event::ProlongedDisputes,
        Event::IncitedCrowds,
        Event::UnlawfulStrike,
        Event::StateSecretBreach,
    ];
}

/// Tội phạm nghiêm trọng trở lên — one crime of the "serious" grade or worse.
///
/// TT124 Đ4 k4 b and Đ6 k3 đ tolerate such a crime when it was force majeure, or when it was
/// promptly detected, its consequences contained and it was reported at once (the three
/// conditions together).
///
/// There is deliberately no `Default`: a crime with every flag false is an **unexcused** crime,
/// which a default would hide. Name the case: [`SeriousCrime::unexcused`],
/// [`SeriousCrime::force_majeure`] or [`SeriousCrime::handled_promptly`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriousCrime {
    /// Bất khả kháng — force majeure.
    #[serde(default)]
    pub force_majeure: bool,
    /// Kịp thời phát hiện — detected promptly.
    #[serde(default)]
    pub promptly_detected: bool,
    /// Sử dụng đồng bộ các biện pháp giảm thiểu hậu quả — consequences contained.
    #[serde(default)]
    pub consequences_contained: bool,
    /// Báo cáo ngay cấp có thẩm quyền — reported at once to the competent authority.
    #[serde(default)]
    pub reported_immediately: bool,
}

impl SeriousCrime {
    /// A crime no exception covers: it fails the criterion (TT124 Đ4 k4 b, Đ6 k3 đ).
    pub const fn unexcused() -> SeriousCrime {
        SeriousCrime {
            force_majeure: false,
            promptly_detected: false,
            consequences_contained: false,
            reported_immediately: false,
        }
    }

    /// A crime due to force majeure (excused).
    pub const fn force_majeure() -> SeriousCrime {
        SeriousCrime {
            force_majeure: true,
            ..SeriousCrime::unexcused()
        }
    }

    /// A crime promptly detected, its consequences contained and reported at once (excused:
    /// all three conditions hold).
    pub const fn handled_promptly() -> SeriousCrime {
        SeriousCrime {
            force_majeure: false,
            promptly_detected: true,
            consequences_contained: true,
            reported_immediately: true,
        }
    }

    /// Whether the "promptly detected, contained and reported" exception covers it.
    pub fn promptly_handled(&self) -> bool {
        self.promptly_detected && self.consequences_contained && self.reported_immediately
    }

    /// Whether either exception (force majeure, promptly handled) covers it.
    pub fn excused(&self) -> bool {
        self.force_majeure || self.promptly_handled()
    }
}

/// Loại sự cố — kinds of accident and incident in TT124 Đ4 k4 d and Đ6 k3 g.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AccidentKind {
    /// Cháy, nổ nghiêm trọng — serious fire or explosion.
    SeriousFireOrExplosion,
    /// Tai nạn lao động chết người — fatal labour accident.
    FatalLabourAccident,
    /// Sự cố nghiêm trọng — serious incident.
    SeriousIncident,
    /// Vi phạm môi trường gây hậu quả nghiêm trọng — environmental violation, serious
    /// consequences (Đ6 k3 g only).
    EnvironmentalViolation,
    /// Vi phạm an toàn vệ sinh thực phẩm gây hậu quả nghiêm trọng — food-safety violation,
    /// serious consequences (Đ6 k3 g only).
    FoodSafetyViolation,
}

/// Một sự cố — one accident or incident of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accident {
    /// What happened.
    pub kind: AccidentKind,
    /// Bất khả kháng — force majeure (excepted by Đ4 k4 d and Đ6 k3 g).
    #[serde(default)]
    pub force_majeure: bool,
}

/// Xếp loại tập thể — the rating of a force or sub-unit, worst to best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CollectiveRating {
    /// Không hoàn thành nhiệm vụ.
    NotCompleted,
    /// Hoàn thành nhiệm vụ — the floor of Đ4 k5.
    Completed,
    /// Hoàn thành tốt nhiệm vụ — the floor of Đ6 k4–k5, Đ7 k5–k6.
    CompletedWell,
    /// Tập thể lao động tiên tiến — meets Đ6 k4–k5, Đ7 k5–k6 as well.
    AdvancedLabourCollective,
    /// Hoàn thành xuất sắc nhiệm vụ / Tập thể lao động xuất sắc.
    Excellent,
}

/// Đầu mối trực thuộc — the direct sub-units of an agency, enterprise or school (Đ6 k5, Đ7 k6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubUnits {
    /// Number of direct sub-units (rooms, boards, teams …).
    pub total: u32,
    /// Sub-units rated "Tập thể lao động tiên tiến" or "Hoàn thành tốt nhiệm vụ" or better.
    pub rated_well: u32,
}

/// Đơn vị trên địa bàn xã — the commune's residential areas, agencies, enterprises and schools
/// that it manages or was delegated (Đ5 k4).
///
/// Registration is counted from each unit's own registration fact: `registered` units said yes,
/// `registration_unknown` units gave no answer, the rest (`total − registered −
/// registration_unknown`) said no. Recognition is counted from the units' outcomes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct UnitCounts {
    /// Units subject to the standard.
    pub total: u32,
    /// Of which registered in Q1 (registration fact "yes").
    pub registered: u32,
    /// Of which recognised "An toàn về ANTT".
    pub recognised: u32,
    /// Of which not decided yet (facts missing); the commune rule is decided only when the
    /// result would be the same whichever way they go.
    #[serde(default)]
    pub undecided: u32,
    /// Of which registration is not known (registration fact not given); the 100% rule is
    /// decided only when it does not depend on them.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub registration_unknown: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Dữ kiện năm theo TT124 — the facts of one unit for one year.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
#[non_exhaustive]
pub struct Facts {
    // ---- khoản 1: Q1 resolution, plan, registration, rules, briefing, models ----
    /// Đăng ký phấn đấu đạt tiêu chuẩn in Q1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registered: Option<bool>,
    /// Whether a Party organisation (chi bộ, đảng ủy, tổ chức Đảng) exists at the unit.
    /// `Some(false)` exempts agencies, enterprises and schools from the resolution (Đ6 k1, Đ7 k1);
    /// residential areas and communes only under the lenient reading
    /// ([`super::readings::PartyOrganisationReading`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_party_organisation: Option<bool>,
    /// The Party organisation adopted its resolution in Q1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub party_resolution: Option<bool>,
    /// A security plan was adopted in Q1 (commune PC, agency, enterprise, school).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_plan: Option<bool>,
    /// Households registered to take part `(registered, total)` (residential areas, 100%).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub households_registered: Option<(u32, u32)>,
    /// Internal rules on protection, secrets, internal politics, labour safety, fire,
    /// environment (agencies, enterprises) or on protection, learners, fire (schools).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal_rules: Option<bool>,
    /// People briefed on those rules and on the criteria `(briefed, total)` (100%).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub people_briefed: Option<(u32, u32)>,
    /// Movement models operating effectively (at least one required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_models: Option<u32>,
    // ---- khoản 2: implementation ----
    /// Policies and local rules on security and order fully implemented (and coordination
    /// rules with the police, where they exist).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policies_implemented: Option<bool>,
    /// School–parent coordination on managing pupils (general-education schools, Đ7 k2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_coordination: Option<bool>,
    // ---- khoản 3–4: events, crime, accidents ----
    /// Events of Đ4 k3 / Đ6 k3 that occurred during the window (`Some(vec![])` = none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<Event>>,
    /// Crime, social evils and other violations reduced against the previous year (Đ4 k4 a).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crime_reduced: Option<bool>,
    /// Serious-or-worse crimes that occurred (`Some(vec![])` = none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serious_crimes: Option<Vec<SeriousCrime>>,
    /// A new hotspot of social-order problems arose (Đ4 k4 c).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_hotspot: Option<bool>,
    /// A new person with a social evil arose (Đ4 k4 c).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_social_evil_person: Option<bool>,
    /// Management, education and help of offenders living in the area was effective (Đ4 k4 c).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offender_management_effective: Option<bool>,
    /// Accidents and incidents that occurred (`Some(vec![])` = none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accidents: Option<Vec<Accident>>,
    /// School violence occurred (Đ7 k4).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school_violence: Option<bool>,
    // ---- forces, discipline, sub-units ----
    /// Rating of the grassroots security force (residential areas) or of the protection force.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub force_rating: Option<CollectiveRating>,
    /// Whether the agency, enterprise or school has a protection force. `Some(false)`: for a
    /// school both halves of Đ7 k5 do not apply ("nếu có"); for an agency or enterprise the
    /// rating half of Đ6 k4 is not met under the default reading, not applicable under the
    /// lenient one ([`super::readings::ProtectionForceReading`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_protection_force: Option<bool>,
    /// Whether the unit is eligible for emulation ratings ("nơi đủ điều kiện bình xét"); when
    /// `Some(false)` the rating parts of Đ6 k4–k5 and Đ7 k5–k6 do not apply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligible_for_rating: Option<bool>,
    /// Commune police effective in advising and carrying out the work (Đ5 k3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commune_police_effective: Option<bool>,
    /// Disciplinary records of the year (`Some(vec![])` = nobody disciplined).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discipline: Option<Vec<DisciplineRecord>>,
    /// Cán bộ, công chức, viên chức, người lao động bị xử phạt vi phạm hành chính trong lĩnh vực
    /// an ninh, trật tự — how many of the agency's or enterprise's people were administratively
    /// sanctioned in the security-and-order field during the window (Đ6 k3 h; `Some(0)` = none).
    /// Read under the default reading of Đ6 k3 h ([`super::readings::SanctionReading`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staff_security_sanctions: Option<u32>,
    /// Cán bộ, người lao động, người dạy, người học phạm tội — how many of the school's people
    /// committed a crime during the window (Đ7 k4; `Some(0)` = none). Read under the default
    /// reading of Đ7 k4 ([`super::readings::CrimeReading`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members_committed_crime: Option<u32>,
    /// Direct sub-units and how many are rated well (Đ6 k5, Đ7 k6).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub_units: Option<SubUnits>,
    /// The commune's units (Đ5 k4), when given as counts; the pipeline fills it from the units'
    /// own decisions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<UnitCounts>,
    // ---- dossier and provincial additions ----
    /// Documents in the proposal dossier, by id (`submission`, `results_report`,
    /// `meeting_minutes`, `tax_clearance_confirmation` …); `None` = dossier not checked here.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documents: Option<Vec<String>>,
    /// Outstanding tax debt (read by provincial additions such as Sơn La 2026).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_debt: Option<bool>,
    /// Further yes/no facts read by provincial criteria, by key.
    #[serde(
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::strict::unique_map"
    )]
    pub extra: BTreeMap<String, bool>,
}

fn check_pair(unit: &UnitId, field: &'static str, v: Option<(u32, u32)>) -> Result<(), Error> {
    match v {
        Some((part, total)) if part > total => Err(Error::invalid(
            Subject::Unit(unit.clone()),
            field,
            "a part no larger than the total",
            format!("{part} of {total}"),
        )),
        _ => Ok(()),
    }
}

impl UnitCounts {
    /// Check the counts nest: registered + registration unknown ≤ total, recognised ≤
    /// registered, undecided ≤ the units not recognised.
    ///
    /// # Errors
    ///
    /// An [`Error::Invalid`] naming the unit and the field of the count that does not nest
    /// (`units.registered`, `units.recognised`, `units.undecided`).
    #[inline]
    pub fn validate(&self, unit: &UnitId) -> Result<(), Error> {
        if self.nests() {
            return Ok(());
        }
        self.invalid(unit)
    }

    /// Whether the counts nest ([`UnitCounts::validate`] without building an error):
    /// registered ≤ total, registration unknown ≤ total − registered, recognised ≤ registered,
    /// undecided ≤ total − recognised. Each difference is compared as a sum on 64 bits (no
    /// overflow, no subtraction to guard), the four without branches.
    #[inline]
    fn nests(&self) -> bool {
        let (total, registered, recognised) = (
            u64::from(self.total),
            u64::from(self.registered),
            u64::from(self.recognised),
        );
        (registered <= total)
            & (u64::from(self.registration_unknown) + registered <= total)
            & (recognised <= registered)
            & (u64::from(self.undecided) + recognised <= total)
    }

    #[cold]
    #[inline(never)]
    fn invalid(&self, unit: &UnitId) -> Result<(), Error> {
        check_pair(
            unit,
            "units.registered",
            Some((self.registered, self.total)),
        )?;
        check_pair(
            unit,
            "units.registration_unknown",
            Some((self.registration_unknown, self.total - self.registered)),
        )?;
        check_pair(
            unit,
            "units.recognised",
            Some((self.recognised, self.registered)),
        )?;
        check_pair(
            unit,
            "units.undecided",
            Some((self.undecided, self.total - self.recognised)),
        )
    }
}

impl Facts {
    /// Check the facts for contradictions: a part larger than its whole, recognised units
    /// outnumbering registered ones, a share above 100%.
    ///
    /// # Errors
    ///
    /// An [`Error::Invalid`] naming the unit and the contradictory field (`households_registered`,
    /// `people_briefed`, `sub_units.rated_well`, `units.…`, `party_resolution`).
    #[inline]
    pub fn validate(&self, unit: &UnitId) -> Result<(), Error> {
        // The valid case (every decision) is one predicate; the cold path checks everything
        // again, in order, and builds the error of the first contradiction.
        let pair = |p: Option<(u32, u32)>| p.is_none_or(|(part, total)| part <= total);
        let valid = pair(self.households_registered)
            && pair(self.people_briefed)
            && pair(self.sub_units.map(|s| (s.rated_well, s.total)))
            && self.units.is_none_or(|c| c.nests())
            && !(self.party_resolution == Some(true) && self.has_party_organisation == Some(false));
        if valid {
            return Ok(());
        }
        self.invalid(unit)
    }

    #[cold]
    #[inline(never)]
    fn invalid(&self, unit: &UnitId) -> Result<(), Error> {
        check_pair(unit, "households_registered", self.households_registered)?;
        check_pair(unit, "people_briefed", self.people_briefed)?;
        if let Some(s) = self.sub_units {
            check_pair(unit, "sub_units.rated_well", Some((s.rated_well, s.total)))?;
        }
        if let Some(c) = self.units {
            c.validate(unit)?;
        }
        if self.party_resolution == Some(true) && self.has_party_organisation == Some(false) {
            return Err(Error::invalid(
                Subject::Unit(unit.clone()),
                "party_resolution",
                "no Party resolution where has_party_organisation is false",
                "true",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod fast_validation;
