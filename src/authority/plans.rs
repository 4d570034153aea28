//! The built-in routing table: who decides, prepares, appraises and advises, per procedure,
//! kind, effective level and regime, with the deadline rule of each. The national default; a
//! province adds or replaces rows through [`super::RoutingPolicy`].

use crate::calendar;
use crate::citation::{Citation, Instrument, Source};
use crate::regime::Regime;
use crate::unit::{KindTag, ManagingLevel};

use super::{Body, Procedure, Step, StepRole};

// ---------------------------------------------------------------------------------------------
// The routing table.

pub(super) struct Plan {
    pub(super) decider: Body,
    pub(super) basis: &'static [Source],
    pub(super) steps: &'static [Step],
    pub(super) deadline: &'static calendar::CalendarRule,
}

/// The plan for a valid combination; `None` only when the procedure does not apply to the kind
/// (model units and commendation of residential areas). Levels were checked before.
pub(super) fn plan(
    procedure: Procedure,
    kind: KindTag,
    level: ManagingLevel,
    regime: Regime,
) -> Option<&'static Plan> {
    use KindTag as K;
    use ManagingLevel as L;
    use Regime as R;
    let p = match procedure {
        // A plan that does not depend on the regime serves both.
        Procedure::SafetyRecognition => match (kind, level, regime) {
            (K::ResidentialArea, _, R::ThreeTier) => &S3_RESIDENTIAL,
            (K::ResidentialArea, _, R::TwoTier) => &S2_RESIDENTIAL,
            (K::Commune, _, R::ThreeTier) => &S3_COMMUNE,
            (K::Commune, _, R::TwoTier) => &S2_COMMUNE,
            (_, L::Ministry, _) => &S_MINISTRY,
            (_, L::Commune, _) => &S_ORG_COMMUNE,
            (_, L::District, _) => &S3_ORG_DISTRICT,
            (_, L::Province, _) => &S_ORG_PROVINCE,
        },
        Procedure::MovementClassification => {
            let residential = kind == K::ResidentialArea;
            match (kind, level, regime) {
                (_, L::Ministry, _) => &C_MINISTRY,
                (K::Commune, _, R::ThreeTier) | (_, L::District, _) => &C3_DISTRICT,
                (K::Commune, _, R::TwoTier) | (_, L::Province, _) => &C_PROVINCE,
                (_, L::Commune, _) if residential => &C_LOCAL_RESIDENTIAL,
                (_, L::Commune, _) => &C_LOCAL,
            }
        }
        Procedure::ModelUnitRecognition => match (kind, level, regime) {
            (K::ResidentialArea, _, _) => return None,
            (_, L::Ministry, _) => &M_MINISTRY,
            (_, L::District, _) | (_, _, R::ThreeTier) => &M3,
            (_, _, R::TwoTier) => &M2,
        },
        Procedure::Commendation => match (kind, level, regime) {
            (K::ResidentialArea, _, _) => return None,
            _ => &K_PROVISIONAL,
        },
    };
    Some(p)
}

const fn step(body: Body, role: StepRole, source: Source) -> Step {
    Step {
        body,
        role,
        before: None,
        source,
    }
}

const fn tt124(article: u16, clause: u16) -> Source {
    Source::text(Citation::clause(Instrument::Tt124, article, clause))
}

const fn tt124_point(article: u16, clause: u16, point: char) -> Source {
    Source::text(Citation::point(Instrument::Tt124, article, clause, point))
}

pub(super) const TT124_D10_K1: Source = tt124(10, 1);
const TT124_D10_K2: Source = tt124(10, 2);
const TT124_D10_K3: Source = tt124(10, 3);
const TT124_D10_K4: Source = tt124(10, 4);
pub(super) const TT124_D10_K5: Source = tt124(10, 5);
/// Two-tier years: TT124 Đ10 as TT48/2025 amended it (wording not available) — carried over,
/// provisional.
const TT48_D10_K2: Source =
    Source::provisional(Citation::clause(Instrument::Tt124AmendedByTt48, 10, 2));
/// Classification routing (QĐ510's own text on who classifies is not available): by analogy
/// with TT124 Đ10, provisional.
const QD510_D11_PROVISIONAL: Source = Source::provisional(Citation::article(Instrument::Qd510, 11));
/// Model units followed by the Ministry: QĐ3554 Đ5 k2 (not available).
const QD3554_D5_K2_PROVISIONAL: Source =
    Source::provisional(Citation::clause(Instrument::Qd3554, 5, 2));
/// Model units of two-tier years: QĐ3554's procedure is not available.
const QD3554_PROVISIONAL: Source = Source::provisional(Citation::instrument(Instrument::Qd3554));
/// Model units of three-tier years: QĐ9745's procedure is not available.
const QD9745_PROVISIONAL: Source = Source::provisional(Citation::instrument(Instrument::Qd9745));
/// Commendation: no national text available; a library default.
const COMMENDATION_PROVISIONAL: Source =
    Source::provisional(Citation::instrument(Instrument::Provisional));

use Body as B;
use StepRole as Ro;

// --- An toàn về ANTT (TT124 Đ9 k1, Đ10; Sơn La …/UBND-NC §1c) ---

static S3_RESIDENTIAL: Plan = Plan {
    decider: B::CommunePeoplesCommittee,
    basis: &[TT124_D10_K1],
    steps: &[step(
        B::CommuneSteeringStandingOffice,
        Ro::Appraises,
        tt124_point(9, 1, 'a'),
    )],
    deadline: &calendar::D9_K1_A,
};

static S2_RESIDENTIAL: Plan = Plan {
    decider: B::CommunePeoplesCommittee,
    basis: &[TT124_D10_K1],
    steps: &[step(
        B::CommuneSteeringStandingOffice,
        Ro::Appraises,
        calendar::tt48_carry_over(9, 1, 'a'),
    )],
    deadline: &calendar::D9_K1_A_TT48,
};

static S3_COMMUNE: Plan = Plan {
    decider: B::DistrictPeoplesCommittee,
    basis: &[TT124_D10_K2],
    steps: &[
        step(
            B::CommuneSteeringStandingOffice,
            Ro::Prepares,
            tt124_point(9, 1, 'b'),
        ),
        step(
            B::DistrictSteeringStandingOffice,
            Ro::Appraises,
            tt124_point(9, 1, 'b'),
        ),
    ],
    deadline: &calendar::D9_K1_B,
};

static S2_COMMUNE: Plan = Plan {
    decider: B::ProvincialPeoplesCommittee,
    basis: &[TT48_D10_K2],
    steps: &[
        step(
            B::CommuneSteeringStandingOffice,
            Ro::Prepares,
            calendar::tt48_carry_over(9, 1, 'b'),
        ),
        step(
            B::ProvincialSteeringStandingOffice,
            Ro::Appraises,
            calendar::tt48_carry_over(9, 1, 'b'),
        ),
    ],
    deadline: &calendar::D9_K1_B_TT48,
};

static S_ORG_COMMUNE: Plan = Plan {
    decider: B::CommunePeoplesCommittee,
    basis: &[TT124_D10_K1],
    steps: &[step(
        B::CommuneSteeringStandingOffice,
        Ro::Appraises,
        tt124_point(9, 1, 'c'),
    )],
    deadline: &calendar::D9_K1_C,
};

static S3_ORG_DISTRICT: Plan = Plan {
    decider: B::DistrictPeoplesCommittee,
    basis: &[TT124_D10_K2],
    steps: &[step(
        B::DistrictSteeringStandingOffice,
        Ro::Appraises,
        tt124_point(9, 1, 'c'),
    )],
    deadline: &calendar::D9_K1_C,
};

static S_ORG_PROVINCE: Plan = Plan {
    decider: B::ProvincialPeoplesCommittee,
    basis: &[TT124_D10_K3],
    steps: &[step(
        B::ProvincialSteeringStandingOffice,
        Ro::Appraises,
        tt124_point(9, 1, 'c'),
    )],
    deadline: &calendar::D9_K1_C,
};

static S_MINISTRY: Plan = Plan {
    decider: B::MinistryOfPublicSecurity,
    basis: &[TT124_D10_K4],
    steps: &[step(
        B::MovementBuildingDepartment,
        Ro::Appraises,
        tt124_point(9, 1, 'd'),
    )],
    deadline: &calendar::D9_K1_D,
};

// --- Phân loại phong trào (QĐ510 Đ11 k3 deadlines; Sơn La …/UBND-NC §2c) ---

static C_LOCAL_RESIDENTIAL: Plan = Plan {
    decider: B::CommuneSteeringCommittee,
    basis: &[QD510_D11_PROVISIONAL],
    steps: &[step(
        B::CommuneSteeringStandingOffice,
        Ro::Advises,
        QD510_D11_PROVISIONAL,
    )],
    deadline: &calendar::QD510_RESIDENTIAL,
};

static C_LOCAL: Plan = Plan {
    decider: B::CommuneSteeringCommittee,
    basis: &[QD510_D11_PROVISIONAL],
    steps: &[step(
        B::CommuneSteeringStandingOffice,
        Ro::Advises,
        QD510_D11_PROVISIONAL,
    )],
    deadline: &calendar::QD510_UNITS,
};

static C_PROVINCE: Plan = Plan {
    decider: B::ProvincialSteeringCommittee,
    basis: &[QD510_D11_PROVISIONAL],
    steps: &[step(
        B::ProvincialSteeringStandingOffice,
        Ro::Advises,
        QD510_D11_PROVISIONAL,
    )],
    deadline: &calendar::QD510_UNITS,
};

static C3_DISTRICT: Plan = Plan {
    decider: B::DistrictSteeringCommittee,
    basis: &[QD510_D11_PROVISIONAL],
    steps: &[step(
        B::DistrictSteeringStandingOffice,
        Ro::Advises,
        QD510_D11_PROVISIONAL,
    )],
    deadline: &calendar::QD510_UNITS,
};

static C_MINISTRY: Plan = Plan {
    decider: B::MinistryOfPublicSecurity,
    basis: &[QD510_D11_PROVISIONAL],
    steps: &[step(
        B::MovementBuildingDepartment,
        Ro::Advises,
        QD510_D11_PROVISIONAL,
    )],
    deadline: &calendar::QD510_UNITS,
};

// --- Điển hình: QĐ3554 (two-tier) and QĐ9745 (three-tier) procedures are not available. The
// national default has the provincial PC decide, the provincial police appraise, and no dated
// steps (deadline: year end, provisional). A province's own flow is a routing rule of its file
// (Sơn La's letter §3b, Bắc Kạn's 1/10 – 15/10 – 25/10 flow).

static M2: Plan = Plan {
    decider: B::ProvincialPeoplesCommittee,
    basis: &[QD3554_PROVISIONAL],
    steps: &[step(B::ProvincialPolice, Ro::Appraises, QD3554_PROVISIONAL)],
    deadline: &calendar::MODEL_UNIT_YEAR_END,
};

static M3: Plan = Plan {
    decider: B::ProvincialPeoplesCommittee,
    basis: &[QD9745_PROVISIONAL],
    steps: &[step(B::ProvincialPolice, Ro::Appraises, QD9745_PROVISIONAL)],
    deadline: &calendar::MODEL_UNIT_YEAR_END,
};

static M_MINISTRY: Plan = Plan {
    decider: B::MinistryOfPublicSecurity,
    basis: &[QD3554_D5_K2_PROVISIONAL],
    steps: &[step(
        B::MovementBuildingDepartment,
        Ro::Appraises,
        QD3554_D5_K2_PROVISIONAL,
    )],
    deadline: &calendar::MODEL_UNIT_YEAR_END,
};

// --- Bằng khen: no national text; a library default (Bắc Kạn's letter §1.2, §2, §3 is a
// routing rule of its file).

static K_PROVISIONAL: Plan = Plan {
    decider: B::ProvincialChairman,
    basis: &[COMMENDATION_PROVISIONAL],
    steps: &[
        step(
            B::ProvincialSteeringCommittee,
            Ro::Proposes,
            COMMENDATION_PROVISIONAL,
        ),
        step(B::ProvincialPolice, Ro::Prepares, COMMENDATION_PROVISIONAL),
        step(
            B::DepartmentOfHomeAffairs,
            Ro::Appraises,
            COMMENDATION_PROVISIONAL,
        ),
    ],
    deadline: &calendar::COMMENDATION_YEAR_END,
};
