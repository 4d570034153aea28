//! Thẩm quyền — who decides: routing per procedure, unit and date, and competence checks
//! (issue 4).
//!
//! [`route`] answers, for one of the four yearly procedures ([`Procedure`]), one unit and the
//! date of the decision: the regime in force ([`Regime::on`]), the single deciding [`Body`], the
//! bodies that prepare, evaluate, appraise or advise on the way ([`Step`]), the deadline
//! ([`Deadline`], from the same rule table as [`crate::calendar::year_calendar`]) and the
//! [`Source`]s of the routing rule. [`check_competence`] compares a recorded decision with the
//! route and names the competent body when the recorded one was not.
//!
//! # The routing table
//!
//! The unit's *effective level* is its delegated level if a People's Committee delegated it one
//! level down (TT124 Đ10 k5), otherwise its managing level. Then:
//!
//! | Procedure | Three-tier (to 30/6/2025) | Two-tier (from 1/7/2025) |
//! |---|---|---|
//! | An toàn về ANTT | commune PC: residential areas, commune-level units; district PC: communes, district-level units; provincial PC: province-level units; Ministry: units it follows (TT124 Đ10 k1–k4) | commune PC: residential areas, commune-level units; provincial PC: communes, province-level units (seed A §1c); Ministry (Đ10 k4) |
//! | Phân loại phong trào | commune / district / provincial steering committee by the same levels **PROVISIONAL**, by analogy with seed A §2c | commune steering committee: residential areas, commune-level units; provincial steering committee: communes, province-level units (seed A §2c) |
//! | Điển hình | provincial PC for every unit, the file travelling commune PC (before 1/10) → district PC (before 15/10) → provincial police (before 25/10) (seed D §1.1) | provincial PC: communes, province-level units; commune PC: commune-level units (seed A §3b) |
//! | Bằng khen | provincial chairman, proposed by the provincial steering committee, prepared by the provincial police with the Department of Home Affairs (seed D §1.2, §2, §3) | the same **PROVISIONAL** (seed D is a three-tier text) |
//!
//! Units followed by a professional department of the Ministry of Public Security (TT124 Đ10 k4)
//! are recognised "An toàn về ANTT" by the Ministry; for the other three procedures no text says
//! who acts for them, so the Ministry (classification, model units) and the provincial chairman
//! (commendation) are **provisional** answers, flagged by [`Route::is_provisional`].
//!
//! Residential areas are only ever managed by the commune (Đ10 k1) and are not model units
//! (model units are communes, agencies, enterprises and schools), so model-unit recognition and
//! commendation of a residential area are errors, as are delegations that are not exactly one
//! level down from a People's Committee, and delegations of anything but an agency, enterprise
//! or school (Đ10 k5).
//!
//! Routing does not decide applicability (an armed-forces agency is routed like any agency);
//! that is TT124 Đ1 k2's job.
//!
//! ```
//! use antq::authority::{route, Body, Procedure};
//! use antq::unit::{Unit, UnitKind, ManagingLevel, CommuneType};
//! use chrono::NaiveDate;
//! let ward = Unit::new("p1", "Phường Chiềng Lề", UnitKind::Commune { commune_type: CommuneType::Phuong },
//!                      ManagingLevel::Province);
//! let r = route(Procedure::SafetyRecognition, &ward, NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()).unwrap();
//! assert_eq!(r.decider, Body::ProvincialPeoplesCommittee);
//! assert_eq!(r.deadline.last_day().to_string(), "2026-11-19"); // trước ngày 20/11
//! ```

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar::{self, AnnualDate, CalendarPolicy, Deadline, Timing};
use crate::citation::{Citation, Instrument, Source};
use crate::error::{Error, Subject};
use crate::explain::{Criterion, Finding, Lang, Status, Value};
use crate::regime::{self, Regime, TWO_TIER_FROM};
use crate::unit::{KindTag, ManagingLevel, Unit, UnitId};

/// Thủ tục — the four yearly procedures that need a deciding body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Procedure {
    /// Công nhận đạt tiêu chuẩn "An toàn về ANTT" (TT124 Đ9–Đ10).
    SafetyRecognition,
    /// Phân loại phong trào toàn dân bảo vệ ANTQ (QĐ510).
    MovementClassification,
    /// Công nhận đơn vị điển hình (QĐ3554; earlier QĐ9745).
    ModelUnitRecognition,
    /// Tặng Bằng khen của Chủ tịch UBND tỉnh for model units (seed D §1.2).
    Commendation,
}

impl Procedure {
    /// Every procedure.
    pub const ALL: [Procedure; 4] = [
        Procedure::SafetyRecognition,
        Procedure::MovementClassification,
        Procedure::ModelUnitRecognition,
        Procedure::Commendation,
    ];

    /// Stable code (the serde name).
    pub fn code(self) -> &'static str {
        match self {
            Procedure::SafetyRecognition => "safety_recognition",
            Procedure::MovementClassification => "movement_classification",
            Procedure::ModelUnitRecognition => "model_unit_recognition",
            Procedure::Commendation => "commendation",
        }
    }

    /// Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            Procedure::SafetyRecognition => "công nhận đạt tiêu chuẩn “An toàn về ANTT”",
            Procedure::MovementClassification => "phân loại phong trào toàn dân bảo vệ ANTQ",
            Procedure::ModelUnitRecognition => "công nhận điển hình về phong trào",
            Procedure::Commendation => "tặng Bằng khen cho đơn vị điển hình",
        }
    }

    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Procedure::SafetyRecognition => "recognition as safe for security and order",
            Procedure::MovementClassification => "movement classification",
            Procedure::ModelUnitRecognition => "model-unit recognition",
            Procedure::Commendation => "certificate of merit for a model unit",
        }
    }
}

/// Cơ quan, chủ thể — a body that decides, appraises, evaluates or advises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    /// Ủy ban nhân dân cấp xã (decisions signed by its chairman).
    CommunePeoplesCommittee,
    /// Ủy ban nhân dân cấp huyện (three-tier years only).
    DistrictPeoplesCommittee,
    /// Ủy ban nhân dân tỉnh.
    ProvincialPeoplesCommittee,
    /// Chủ tịch Ủy ban nhân dân tỉnh — awards the provincial Bằng khen.
    ProvincialChairman,
    /// Bộ Công an (the Minister decides, TT124 Đ10 k4).
    MinistryOfPublicSecurity,
    /// Ban Chỉ đạo cấp xã — commune steering committee of the movement.
    CommuneSteeringCommittee,
    /// Ban Chỉ đạo cấp huyện (three-tier years only).
    DistrictSteeringCommittee,
    /// Ban Chỉ đạo tỉnh (the "Ban Chỉ đạo 138" of seed D).
    ProvincialSteeringCommittee,
    /// Thường trực Ban Chỉ đạo cấp xã — its standing office.
    CommuneSteeringStandingOffice,
    /// Thường trực Ban Chỉ đạo cấp huyện (three-tier years only).
    DistrictSteeringStandingOffice,
    /// Thường trực Ban Chỉ đạo tỉnh (the provincial police act as the standing office).
    ProvincialSteeringStandingOffice,
    /// Công an cấp xã — commune police.
    CommunePolice,
    /// Công an tỉnh — provincial police.
    ProvincialPolice,
    /// Các phòng nghiệp vụ Công an tỉnh — the provincial police's professional departments.
    ProvincialPoliceDepartments,
    /// Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc (V05), Bộ Công an.
    MovementBuildingDepartment,
    /// Sở Nội vụ — provincial Department of Home Affairs (emulation and commendation).
    DepartmentOfHomeAffairs,
}

impl Body {
    /// Every body.
    pub const ALL: [Body; 16] = [
        Body::CommunePeoplesCommittee,
        Body::DistrictPeoplesCommittee,
        Body::ProvincialPeoplesCommittee,
        Body::ProvincialChairman,
        Body::MinistryOfPublicSecurity,
        Body::CommuneSteeringCommittee,
        Body::DistrictSteeringCommittee,
        Body::ProvincialSteeringCommittee,
        Body::CommuneSteeringStandingOffice,
        Body::DistrictSteeringStandingOffice,
        Body::ProvincialSteeringStandingOffice,
        Body::CommunePolice,
        Body::ProvincialPolice,
        Body::ProvincialPoliceDepartments,
        Body::MovementBuildingDepartment,
        Body::DepartmentOfHomeAffairs,
    ];

    /// Stable code (the serde name).
    pub fn code(self) -> &'static str {
        match self {
            Body::CommunePeoplesCommittee => "commune_peoples_committee",
            Body::DistrictPeoplesCommittee => "district_peoples_committee",
            Body::ProvincialPeoplesCommittee => "provincial_peoples_committee",
            Body::ProvincialChairman => "provincial_chairman",
            Body::MinistryOfPublicSecurity => "ministry_of_public_security",
            Body::CommuneSteeringCommittee => "commune_steering_committee",
            Body::DistrictSteeringCommittee => "district_steering_committee",
            Body::ProvincialSteeringCommittee => "provincial_steering_committee",
            Body::CommuneSteeringStandingOffice => "commune_steering_standing_office",
            Body::DistrictSteeringStandingOffice => "district_steering_standing_office",
            Body::ProvincialSteeringStandingOffice => "provincial_steering_standing_office",
            Body::CommunePolice => "commune_police",
            Body::ProvincialPolice => "provincial_police",
            Body::ProvincialPoliceDepartments => "provincial_police_departments",
            Body::MovementBuildingDepartment => "movement_building_department",
            Body::DepartmentOfHomeAffairs => "department_of_home_affairs",
        }
    }

    /// Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            Body::CommunePeoplesCommittee => "Ủy ban nhân dân cấp xã",
            Body::DistrictPeoplesCommittee => "Ủy ban nhân dân cấp huyện",
            Body::ProvincialPeoplesCommittee => "Ủy ban nhân dân tỉnh",
            Body::ProvincialChairman => "Chủ tịch Ủy ban nhân dân tỉnh",
            Body::MinistryOfPublicSecurity => "Bộ Công an",
            Body::CommuneSteeringCommittee => "Ban Chỉ đạo cấp xã",
            Body::DistrictSteeringCommittee => "Ban Chỉ đạo cấp huyện",
            Body::ProvincialSteeringCommittee => "Ban Chỉ đạo tỉnh",
            Body::CommuneSteeringStandingOffice => "Thường trực Ban Chỉ đạo cấp xã",
            Body::DistrictSteeringStandingOffice => "Thường trực Ban Chỉ đạo cấp huyện",
            Body::ProvincialSteeringStandingOffice => "Thường trực Ban Chỉ đạo tỉnh",
            Body::CommunePolice => "Công an cấp xã",
            Body::ProvincialPolice => "Công an tỉnh",
            Body::ProvincialPoliceDepartments => "các phòng nghiệp vụ Công an tỉnh",
            Body::MovementBuildingDepartment => {
                "Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Bộ Công an"
            }
            Body::DepartmentOfHomeAffairs => "Sở Nội vụ",
        }
    }

    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Body::CommunePeoplesCommittee => "commune People's Committee",
            Body::DistrictPeoplesCommittee => "district People's Committee",
            Body::ProvincialPeoplesCommittee => "provincial People's Committee",
            Body::ProvincialChairman => "chairman of the provincial People's Committee",
            Body::MinistryOfPublicSecurity => "Ministry of Public Security",
            Body::CommuneSteeringCommittee => "commune steering committee",
            Body::DistrictSteeringCommittee => "district steering committee",
            Body::ProvincialSteeringCommittee => "provincial steering committee",
            Body::CommuneSteeringStandingOffice => {
                "standing office of the commune steering committee"
            }
            Body::DistrictSteeringStandingOffice => {
                "standing office of the district steering committee"
            }
            Body::ProvincialSteeringStandingOffice => {
                "standing office of the provincial steering committee"
            }
            Body::CommunePolice => "commune police",
            Body::ProvincialPolice => "provincial police",
            Body::ProvincialPoliceDepartments => {
                "professional departments of the provincial police"
            }
            Body::MovementBuildingDepartment => {
                "Department for Building the Movement (V05), Ministry of Public Security"
            }
            Body::DepartmentOfHomeAffairs => "provincial Department of Home Affairs",
        }
    }

    /// Name in the given language.
    pub fn name(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.name_vi(),
            Lang::En => self.name_en(),
        }
    }

    /// The tier of government the body belongs to.
    pub fn level(self) -> ManagingLevel {
        match self {
            Body::CommunePeoplesCommittee
            | Body::CommuneSteeringCommittee
            | Body::CommuneSteeringStandingOffice
            | Body::CommunePolice => ManagingLevel::Commune,
            Body::DistrictPeoplesCommittee
            | Body::DistrictSteeringCommittee
            | Body::DistrictSteeringStandingOffice => ManagingLevel::District,
            Body::ProvincialPeoplesCommittee
            | Body::ProvincialChairman
            | Body::ProvincialSteeringCommittee
            | Body::ProvincialSteeringStandingOffice
            | Body::ProvincialPolice
            | Body::ProvincialPoliceDepartments
            | Body::DepartmentOfHomeAffairs => ManagingLevel::Province,
            Body::MinistryOfPublicSecurity | Body::MovementBuildingDepartment => {
                ManagingLevel::Ministry
            }
        }
    }

    /// Whether the body exists on `date` (district bodies only before 1/7/2025).
    pub fn exists_on(self, date: NaiveDate) -> bool {
        self.level() != ManagingLevel::District || date < TWO_TIER_FROM
    }
}

/// Vai trò — what a body does on the way to the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Kiểm điểm, hoàn tất hồ sơ — reviews and completes the dossier.
    Prepares,
    /// Đánh giá — evaluates results and reports upward.
    Evaluates,
    /// Thẩm định — appraises the dossier.
    Appraises,
    /// Tham mưu — advises the deciding body.
    Advises,
    /// Lựa chọn, đề xuất — selects and proposes.
    Proposes,
}

impl Role {
    /// Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            Role::Prepares => "hoàn tất hồ sơ",
            Role::Evaluates => "đánh giá",
            Role::Appraises => "thẩm định",
            Role::Advises => "tham mưu",
            Role::Proposes => "lựa chọn, đề xuất",
        }
    }

    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Role::Prepares => "prepares the dossier",
            Role::Evaluates => "evaluates",
            Role::Appraises => "appraises",
            Role::Advises => "advises",
            Role::Proposes => "selects and proposes",
        }
    }
}

/// Bước — one body's part on the way to the decision, in the order the file travels.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Who.
    pub body: Body,
    /// Does what.
    pub role: Role,
    /// "Trước ngày" — the exclusive limit of the step, when a rule fixes one (seed D §1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<AnnualDate>,
    /// The rule assigning the step.
    pub source: Source,
}

impl Step {
    /// The step's deadline in `year` as a date ("trước ngày": the exclusive limit).
    pub fn before_in(&self, year: i32) -> Option<NaiveDate> {
        self.before.and_then(|d| d.in_year(year))
    }
}

/// Tuyến thẩm quyền — the answer of [`route`]: who decides, who prepares and advises, by when,
/// and on which rules.
///
/// Built from `'static` tables: the slices are `Cow::Borrowed`, so routing allocates nothing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// The procedure.
    pub procedure: Procedure,
    /// The regime on the decision date.
    pub regime: Regime,
    /// The unit's effective level: its delegated level if delegated, else its managing level.
    pub level: ManagingLevel,
    /// The one body competent to decide.
    pub decider: Body,
    /// The rules naming the decider (first the most specific).
    pub basis: Cow<'static, [Source]>,
    /// TT124 Đ10 k5 when the unit is delegated one level down.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegation: Option<Source>,
    /// The bodies that prepare, evaluate, appraise or advise, in order.
    pub steps: Cow<'static, [Step]>,
    /// When the decision is due.
    pub deadline: Deadline,
}

impl Route {
    /// Every source the route rests on: basis, delegation, steps, deadline.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        self.basis
            .iter()
            .chain(self.delegation.iter())
            .chain(self.steps.iter().map(|s| &s.source))
            .chain(std::iter::once(&self.deadline.source))
    }

    /// Whether any part of the route is a provisional default (never silent).
    pub fn is_provisional(&self) -> bool {
        self.sources().any(Source::is_provisional)
    }

    /// The year whose deadline the route carries (the calendar year of the decision date).
    pub fn year(&self) -> i32 {
        self.deadline.timing.stated().year()
    }

    /// Whether the deciding body itself is provisional.
    pub fn decider_is_provisional(&self) -> bool {
        self.basis.iter().any(Source::is_provisional)
    }

    /// A short explanation for a person: the decider and its basis, each step, the deadline;
    /// provisional parts are marked. Rendered on demand only.
    ///
    /// ```
    /// use antq::authority::{route, Procedure};
    /// use antq::unit::{Unit, UnitKind, ManagingLevel};
    /// use antq::Lang;
    /// use chrono::NaiveDate;
    /// let area = Unit::new("b", "Bản Mé", UnitKind::ResidentialArea, ManagingLevel::Commune).in_commune("x");
    /// let r = route(Procedure::SafetyRecognition, &area, NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()).unwrap();
    /// let text = r.render(Lang::Vi);
    /// assert!(text.starts_with("Ủy ban nhân dân cấp xã quyết định"));
    /// assert!(text.contains("trước ngày 15/11/2026"));
    /// ```
    pub fn render(&self, lang: Lang) -> String {
        use std::fmt::Write as _;
        let mut s = String::with_capacity(256);
        let (decides, basis, due) = match lang {
            Lang::Vi => ("quyết định", "căn cứ", "hạn"),
            Lang::En => ("decides", "under", "due"),
        };
        let _ = write!(s, "{} {decides} ({basis} ", self.decider.name(lang));
        write_sources(
            &mut s,
            self.basis.iter().chain(self.delegation.iter()),
            lang,
        );
        s.push(')');
        for step in self.steps.iter() {
            let role = match lang {
                Lang::Vi => step.role.name_vi(),
                Lang::En => step.role.name_en(),
            };
            let _ = write!(s, "\n  – {}: {role}", step.body.name(lang));
            if let Some(b) = step.before_in(self.year()) {
                let _ = match lang {
                    Lang::Vi => write!(s, ", trước ngày {}", b.format("%d/%m/%Y")),
                    Lang::En => write!(s, ", before {}", b.format("%d/%m/%Y")),
                };
            }
            s.push_str(" (");
            write_sources(&mut s, std::iter::once(&step.source), lang);
            s.push(')');
        }
        let when = match (self.deadline.timing, lang) {
            (Timing::Before(d), Lang::Vi) => format!("trước ngày {}", d.format("%d/%m/%Y")),
            (Timing::Before(d), Lang::En) => format!("before {}", d.format("%d/%m/%Y")),
            (t, Lang::Vi) => format!("đến hết ngày {}", t.day().format("%d/%m/%Y")),
            (t, Lang::En) => format!("by {}", t.day().format("%d/%m/%Y")),
        };
        let _ = write!(s, "\n  {due}: {when} (");
        write_sources(&mut s, std::iter::once(&self.deadline.source), lang);
        s.push(')');
        s
    }

    /// The bodies that take part before the decision, in order.
    pub fn advisers(&self) -> impl Iterator<Item = Body> + '_ {
        self.steps.iter().map(|s| s.body)
    }
}

/// Route a procedure for a unit on the date of the decision.
///
/// The regime is the one in force on `date`; the deadline is that of the calendar year of
/// `date` (for a whole year's evaluation pass [`regime::decision_date`]`(year)`, or use
/// [`route_for_year`]). Fails with an [`Error`] naming the unit and the field for invalid
/// units ([`Unit::validate`]), managing levels a kind cannot have, delegations that are not
/// exactly one level down, and procedures that do not apply to the kind.
pub fn route(procedure: Procedure, unit: &Unit, date: NaiveDate) -> Result<Route, Error> {
    unit.validate(date)?;
    let regime = Regime::on(date);
    let level = effective_level(unit, regime)?;
    let kind = unit.tag();
    let plan = plan(procedure, kind, level, regime).ok_or_else(|| {
        Error::invalid(
            Subject::Unit(unit.id.clone()),
            "kind",
            "a commune, agency, enterprise or school (residential areas are not model units)",
            kind.name_en(),
        )
    })?;
    let year = date.year();
    let deadline = plan.deadline.deadline(year).ok_or_else(|| {
        Error::invalid(
            Subject::Unit(unit.id.clone()),
            "date",
            "a representable date",
            date,
        )
    })?;
    Ok(Route {
        procedure,
        regime,
        level,
        decider: plan.decider,
        basis: Cow::Borrowed(plan.basis),
        delegation: unit.delegated_to.map(|_| TT124_D10_K5),
        steps: Cow::Borrowed(plan.steps),
        deadline,
    })
}

/// [`route`] on the decision date of year `year` (1 November, [`regime::decision_date`]).
pub fn route_for_year(procedure: Procedure, unit: &Unit, year: i32) -> Result<Route, Error> {
    let date = regime::decision_date(year).ok_or_else(|| {
        Error::invalid(
            Subject::Unit(unit.id.clone()),
            "year",
            "a year chrono can represent",
            year,
        )
    })?;
    route(procedure, unit, date)
}

/// [`route`] with the province's calendar overrides applied to the deadline.
pub fn route_with(
    procedure: Procedure,
    unit: &Unit,
    date: NaiveDate,
    policy: &CalendarPolicy,
) -> Result<Route, Error> {
    let mut r = route(procedure, unit, date)?;
    if !policy.overrides.is_empty() {
        r.deadline = policy.apply(r.deadline)?;
    }
    Ok(r)
}

/// Quyết định đã ban hành — a decision as recorded: what, on whom, by which body, when.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedDecision {
    /// The procedure.
    pub procedure: Procedure,
    /// The unit decided on.
    pub unit: Unit,
    /// The body that signed.
    pub body: Body,
    /// The date of the decision.
    pub date: NaiveDate,
}

/// Kết quả kiểm tra thẩm quyền — whether the recorded body was competent.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competence {
    /// The unit.
    pub unit: UnitId,
    /// The body that signed.
    pub recorded: Body,
    /// Whether it was the competent body.
    pub competent: bool,
    /// The route on the decision date (its `decider` is the competent body).
    pub route: Route,
}

impl Competence {
    /// The body that is competent.
    pub fn competent_body(&self) -> Body {
        self.route.decider
    }

    /// The check as a finding: observed = the recorded body, required = the competent one,
    /// cited to the routing rule.
    pub fn finding(&self) -> Finding {
        let source = self
            .route
            .basis
            .first()
            .cloned()
            .unwrap_or_else(|| TT124_D10_K1.clone());
        Finding::new(
            Criterion {
                id: Cow::Borrowed(competence_id(self.route.procedure)),
                source,
                vi: Cow::Borrowed("Cơ quan ra quyết định đúng thẩm quyền"),
                en: Cow::Borrowed("Decision made by the competent body"),
            },
            if self.competent {
                Status::Met
            } else {
                Status::NotMet
            },
            Value::Text(Cow::Borrowed(self.recorded.code())),
            Value::Text(Cow::Borrowed(self.route.decider.code())),
        )
    }
}

fn write_sources<'a>(s: &mut String, sources: impl Iterator<Item = &'a Source>, lang: Lang) {
    for (i, src) in sources.enumerate() {
        if i > 0 {
            s.push_str("; ");
        }
        let _ = src.citation.write_to(s, lang);
        if src.provenance != crate::citation::Provenance::Text {
            s.push_str(", ");
            s.push_str(match lang {
                Lang::Vi => src.provenance.label_vi(),
                Lang::En => src.provenance.label_en(),
            });
        }
    }
}

fn competence_id(p: Procedure) -> &'static str {
    match p {
        Procedure::SafetyRecognition => "authority.safety_recognition",
        Procedure::MovementClassification => "authority.movement_classification",
        Procedure::ModelUnitRecognition => "authority.model_unit_recognition",
        Procedure::Commendation => "authority.commendation",
    }
}

/// Check a recorded decision: route it on its date and compare bodies.
///
/// A body that did not exist on the date (a district body from 1/7/2025) is an error on the
/// field `body`, as are all the errors of [`route`].
pub fn check_competence(decision: &RecordedDecision) -> Result<Competence, Error> {
    if !decision.body.exists_on(decision.date) {
        return Err(Error::invalid(
            Subject::Unit(decision.unit.id.clone()),
            "body",
            "a body that exists on the decision date (no district level from 1/7/2025)",
            format!("{} on {}", decision.body.code(), decision.date),
        ));
    }
    let route = route(decision.procedure, &decision.unit, decision.date)?;
    Ok(Competence {
        unit: decision.unit.id.clone(),
        recorded: decision.body,
        competent: route.decider == decision.body,
        route,
    })
}

// ---------------------------------------------------------------------------------------------
// Levels and delegation.

fn effective_level(unit: &Unit, regime: Regime) -> Result<ManagingLevel, Error> {
    let subject = || Subject::Unit(unit.id.clone());
    let kind = unit.tag();
    match kind {
        KindTag::ResidentialArea => {
            if unit.managed_by != ManagingLevel::Commune {
                return Err(Error::invalid(
                    subject(),
                    "managed_by",
                    "commune (residential areas are managed by the commune, TT124 Đ10 k1)",
                    unit.managed_by.name_vi(),
                ));
            }
        }
        KindTag::Commune => {
            let expected = match regime {
                Regime::ThreeTier => ManagingLevel::District,
                Regime::TwoTier => ManagingLevel::Province,
            };
            if unit.managed_by != expected {
                return Err(Error::invalid(
                    subject(),
                    "managed_by",
                    match regime {
                        Regime::ThreeTier => {
                            "district (communes are managed by the district until 30/6/2025, TT124 Đ10 k2)"
                        }
                        Regime::TwoTier => {
                            "province (communes are managed by the province from 1/7/2025, seed A §1c)"
                        }
                    },
                    unit.managed_by.name_vi(),
                ));
            }
        }
        KindTag::Agency | KindTag::Enterprise | KindTag::School => {}
    }
    let Some(to) = unit.delegated_to else {
        return Ok(unit.managed_by);
    };
    if !kind.is_organisation() {
        return Err(Error::invalid(
            subject(),
            "delegated_to",
            "none (TT124 Đ10 k5 delegates only agencies, enterprises and schools)",
            to.name_vi(),
        ));
    }
    let one_down = match (regime, unit.managed_by) {
        (Regime::ThreeTier, ManagingLevel::Province) => Some(ManagingLevel::District),
        (Regime::ThreeTier, ManagingLevel::District) => Some(ManagingLevel::Commune),
        (Regime::TwoTier, ManagingLevel::Province) => Some(ManagingLevel::Commune),
        _ => None,
    };
    match one_down {
        Some(l) if l == to => Ok(to),
        Some(_) => Err(Error::invalid(
            subject(),
            "delegated_to",
            "exactly one level below the managing level (TT124 Đ10 k5)",
            format!("{} → {}", unit.managed_by.name_vi(), to.name_vi()),
        )),
        None => Err(Error::invalid(
            subject(),
            "delegated_to",
            "none: only a province or district People's Committee delegates, one level down (TT124 Đ10 k5)",
            format!("{} → {}", unit.managed_by.name_vi(), to.name_vi()),
        )),
    }
}

// ---------------------------------------------------------------------------------------------
// The routing table.

struct Plan {
    decider: Body,
    basis: &'static [Source],
    steps: &'static [Step],
    deadline: &'static calendar::Rule,
}

/// The plan for a valid combination; `None` only when the procedure does not apply to the kind
/// (model units and commendation of residential areas). Levels were checked before.
fn plan(
    procedure: Procedure,
    kind: KindTag,
    level: ManagingLevel,
    regime: Regime,
) -> Option<&'static Plan> {
    use KindTag as K;
    use ManagingLevel as L;
    use Regime as R;
    let p = match procedure {
        Procedure::SafetyRecognition => match (kind, level, regime) {
            (K::ResidentialArea, _, R::ThreeTier) => &S3_RESIDENTIAL,
            (K::ResidentialArea, _, R::TwoTier) => &S2_RESIDENTIAL,
            (K::Commune, _, R::ThreeTier) => &S3_COMMUNE,
            (K::Commune, _, R::TwoTier) => &S2_COMMUNE,
            (_, L::Ministry, _) => &S_MINISTRY,
            (_, L::Commune, R::ThreeTier) => &S3_ORG_COMMUNE,
            (_, L::Commune, R::TwoTier) => &S2_ORG_COMMUNE,
            (_, L::District, _) => &S3_ORG_DISTRICT,
            (_, L::Province, R::ThreeTier) => &S3_ORG_PROVINCE,
            (_, L::Province, R::TwoTier) => &S2_ORG_PROVINCE,
        },
        Procedure::MovementClassification => {
            let residential = kind == K::ResidentialArea;
            match (kind, level, regime) {
                (_, L::Ministry, _) => &C_MINISTRY,
                (K::Commune, _, R::ThreeTier) | (_, L::District, _) => &C3_DISTRICT,
                (K::Commune, _, R::TwoTier) => &C2_COMMUNE,
                (_, L::Commune, R::ThreeTier) if residential => &C3_LOCAL_RESIDENTIAL,
                (_, L::Commune, R::ThreeTier) => &C3_LOCAL,
                (_, L::Commune, R::TwoTier) if residential => &C2_LOCAL_RESIDENTIAL,
                (_, L::Commune, R::TwoTier) => &C2_LOCAL,
                (_, L::Province, R::ThreeTier) => &C3_PROVINCE,
                (_, L::Province, R::TwoTier) => &C2_PROVINCE,
            }
        }
        Procedure::ModelUnitRecognition => match (kind, level, regime) {
            (K::ResidentialArea, _, _) => return None,
            (_, L::Ministry, _) => &M_MINISTRY,
            (K::Commune, _, R::ThreeTier) | (_, L::Commune, R::ThreeTier) => &M3_FROM_COMMUNE,
            (_, L::District, _) => &M3_FROM_DISTRICT,
            (_, L::Province, R::ThreeTier) => &M3_PROVINCE,
            (K::Commune, _, R::TwoTier) => &M2_COMMUNE,
            (_, L::Commune, R::TwoTier) => &M2_COMMUNE_LEVEL,
            (_, L::Province, R::TwoTier) => &M2_PROVINCE,
        },
        Procedure::Commendation => match (kind, level, regime) {
            (K::ResidentialArea, _, _) => return None,
            (_, L::Ministry, _) | (_, _, R::TwoTier) => &K_PROVISIONAL,
            (_, _, R::ThreeTier) => &K3,
        },
    };
    Some(p)
}

const fn step(body: Body, role: Role, source: Source) -> Step {
    Step {
        body,
        role,
        before: None,
        source,
    }
}

const fn dated(body: Body, role: Role, before: AnnualDate, source: Source) -> Step {
    Step {
        body,
        role,
        before: Some(before),
        source,
    }
}

const fn tt124(article: u16, clause: u16) -> Source {
    Source::text(Citation::clause(Instrument::Tt124, article, clause))
}

const fn tt124_point(article: u16, clause: u16, point: char) -> Source {
    Source::text(Citation::point(Instrument::Tt124, article, clause, point))
}

const TT124_D10_K1: Source = tt124(10, 1);
const TT124_D10_K2: Source = tt124(10, 2);
const TT124_D10_K3: Source = tt124(10, 3);
const TT124_D10_K4: Source = tt124(10, 4);
const TT124_D10_K5: Source = tt124(10, 5);
const SEED_A_1C: Source =
    Source::provincial(Citation::section(Instrument::SeedSonLaGuidance2026, "1c"));
const SEED_A_2C: Source =
    Source::provincial(Citation::section(Instrument::SeedSonLaGuidance2026, "2c"));
const SEED_A_3B: Source =
    Source::provincial(Citation::section(Instrument::SeedSonLaGuidance2026, "3b"));
const SEED_D_1_1: Source = Source::provincial(Citation::section(Instrument::SeedBacKan2023, "1.1"));
const SEED_D_1_2: Source = Source::provincial(Citation::section(Instrument::SeedBacKan2023, "1.2"));
const SEED_D_2: Source = Source::provincial(Citation::section(Instrument::SeedBacKan2023, "2"));
const SEED_D_3: Source = Source::provincial(Citation::section(Instrument::SeedBacKan2023, "3"));
/// Three-tier classification routing: by analogy with seed A §2c and TT124 Đ10 (QĐ510's own
/// text on who classifies is not available).
const QD510_D11_PROVISIONAL: Source = Source::provisional(Citation::article(Instrument::Qd510, 11));
/// Model units followed by the Ministry: QĐ3554 Đ5 k2 (not available).
const QD3554_D5_K2_PROVISIONAL: Source =
    Source::provisional(Citation::clause(Instrument::Qd3554, 5, 2));
/// Seed D's commendation rule carried into two-tier years and to Ministry-followed units.
const SEED_D_1_2_PROVISIONAL: Source =
    Source::provisional(Citation::section(Instrument::SeedBacKan2023, "1.2"));

use Body as B;
use Role as Ro;

// --- An toàn về ANTT (TT124 Đ9 k1, Đ10; seed A §1c) ---

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
    basis: &[TT124_D10_K1, SEED_A_1C],
    steps: &[
        step(
            B::CommuneSteeringStandingOffice,
            Ro::Appraises,
            tt124_point(9, 1, 'a'),
        ),
        step(B::CommunePolice, Ro::Advises, SEED_A_1C),
    ],
    deadline: &calendar::D9_K1_A,
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
    basis: &[SEED_A_1C],
    steps: &[
        step(
            B::CommuneSteeringStandingOffice,
            Ro::Prepares,
            tt124_point(9, 1, 'b'),
        ),
        step(B::CommunePolice, Ro::Advises, SEED_A_1C),
        step(B::ProvincialPoliceDepartments, Ro::Advises, SEED_A_1C),
    ],
    deadline: &calendar::D9_K1_B,
};

static S3_ORG_COMMUNE: Plan = Plan {
    decider: B::CommunePeoplesCommittee,
    basis: &[TT124_D10_K1],
    steps: &[step(
        B::CommuneSteeringStandingOffice,
        Ro::Appraises,
        tt124_point(9, 1, 'c'),
    )],
    deadline: &calendar::D9_K1_C,
};

static S2_ORG_COMMUNE: Plan = Plan {
    decider: B::CommunePeoplesCommittee,
    basis: &[TT124_D10_K1, SEED_A_1C],
    steps: &[
        step(
            B::CommuneSteeringStandingOffice,
            Ro::Appraises,
            tt124_point(9, 1, 'c'),
        ),
        step(B::CommunePolice, Ro::Advises, SEED_A_1C),
    ],
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

static S3_ORG_PROVINCE: Plan = Plan {
    decider: B::ProvincialPeoplesCommittee,
    basis: &[TT124_D10_K3],
    steps: &[step(
        B::ProvincialSteeringStandingOffice,
        Ro::Appraises,
        tt124_point(9, 1, 'c'),
    )],
    deadline: &calendar::D9_K1_C,
};

static S2_ORG_PROVINCE: Plan = Plan {
    decider: B::ProvincialPeoplesCommittee,
    basis: &[TT124_D10_K3, SEED_A_1C],
    steps: &[
        step(
            B::ProvincialSteeringStandingOffice,
            Ro::Appraises,
            tt124_point(9, 1, 'c'),
        ),
        step(B::ProvincialPoliceDepartments, Ro::Advises, SEED_A_1C),
    ],
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

// --- Phân loại phong trào (QĐ510 Đ11 k3 deadlines; seed A §2c) ---

static C2_LOCAL_RESIDENTIAL: Plan = Plan {
    decider: B::CommuneSteeringCommittee,
    basis: &[SEED_A_2C],
    steps: &[step(B::CommunePolice, Ro::Advises, SEED_A_2C)],
    deadline: &calendar::QD510_RESIDENTIAL,
};

static C2_LOCAL: Plan = Plan {
    decider: B::CommuneSteeringCommittee,
    basis: &[SEED_A_2C],
    steps: &[step(B::CommunePolice, Ro::Advises, SEED_A_2C)],
    deadline: &calendar::QD510_UNITS,
};

static C2_COMMUNE: Plan = Plan {
    decider: B::ProvincialSteeringCommittee,
    basis: &[SEED_A_2C],
    steps: &[
        step(B::CommunePolice, Ro::Advises, SEED_A_2C),
        step(B::ProvincialPoliceDepartments, Ro::Advises, SEED_A_2C),
    ],
    deadline: &calendar::QD510_UNITS,
};

static C2_PROVINCE: Plan = Plan {
    decider: B::ProvincialSteeringCommittee,
    basis: &[SEED_A_2C],
    steps: &[step(B::ProvincialPoliceDepartments, Ro::Advises, SEED_A_2C)],
    deadline: &calendar::QD510_UNITS,
};

static C3_LOCAL_RESIDENTIAL: Plan = Plan {
    decider: B::CommuneSteeringCommittee,
    basis: &[QD510_D11_PROVISIONAL],
    steps: &[step(
        B::CommuneSteeringStandingOffice,
        Ro::Advises,
        QD510_D11_PROVISIONAL,
    )],
    deadline: &calendar::QD510_RESIDENTIAL,
};

static C3_LOCAL: Plan = Plan {
    decider: B::CommuneSteeringCommittee,
    basis: &[QD510_D11_PROVISIONAL],
    steps: &[step(
        B::CommuneSteeringStandingOffice,
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

static C3_PROVINCE: Plan = Plan {
    decider: B::ProvincialSteeringCommittee,
    basis: &[QD510_D11_PROVISIONAL],
    steps: &[step(
        B::ProvincialSteeringStandingOffice,
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

// --- Điển hình (seed A §3b two-tier; seed D §1.1 three-tier) ---

static M2_COMMUNE_LEVEL: Plan = Plan {
    decider: B::CommunePeoplesCommittee,
    basis: &[SEED_A_3B],
    steps: &[step(B::CommunePolice, Ro::Advises, SEED_A_3B)],
    deadline: &calendar::MODEL_UNIT_YEAR_END,
};

static M2_COMMUNE: Plan = Plan {
    decider: B::ProvincialPeoplesCommittee,
    basis: &[SEED_A_3B],
    steps: &[
        step(B::CommunePolice, Ro::Advises, SEED_A_3B),
        step(B::ProvincialPoliceDepartments, Ro::Advises, SEED_A_3B),
    ],
    deadline: &calendar::MODEL_UNIT_YEAR_END,
};

static M2_PROVINCE: Plan = Plan {
    decider: B::ProvincialPeoplesCommittee,
    basis: &[SEED_A_3B],
    steps: &[step(B::ProvincialPoliceDepartments, Ro::Advises, SEED_A_3B)],
    deadline: &calendar::MODEL_UNIT_YEAR_END,
};

const OCT_1: AnnualDate = AnnualDate::new(10, 1);
const OCT_15: AnnualDate = AnnualDate::new(10, 15);
const OCT_25: AnnualDate = AnnualDate::new(10, 25);

static M3_FROM_COMMUNE: Plan = Plan {
    decider: B::ProvincialPeoplesCommittee,
    basis: &[SEED_D_1_1],
    steps: &[
        dated(B::CommunePeoplesCommittee, Ro::Evaluates, OCT_1, SEED_D_1_1),
        dated(
            B::DistrictPeoplesCommittee,
            Ro::Evaluates,
            OCT_15,
            SEED_D_1_1,
        ),
        dated(B::ProvincialPolice, Ro::Appraises, OCT_25, SEED_D_1_1),
    ],
    deadline: &calendar::SEED_D_PROVINCIAL_POLICE,
};

static M3_FROM_DISTRICT: Plan = Plan {
    decider: B::ProvincialPeoplesCommittee,
    basis: &[SEED_D_1_1],
    steps: &[
        dated(
            B::DistrictPeoplesCommittee,
            Ro::Evaluates,
            OCT_15,
            SEED_D_1_1,
        ),
        dated(B::ProvincialPolice, Ro::Appraises, OCT_25, SEED_D_1_1),
    ],
    deadline: &calendar::SEED_D_PROVINCIAL_POLICE,
};

static M3_PROVINCE: Plan = Plan {
    decider: B::ProvincialPeoplesCommittee,
    basis: &[SEED_D_1_1],
    steps: &[dated(
        B::ProvincialPolice,
        Ro::Appraises,
        OCT_25,
        SEED_D_1_1,
    )],
    deadline: &calendar::SEED_D_PROVINCIAL_POLICE,
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

// --- Bằng khen (seed D §1.2, §2, §3) ---

static K3: Plan = Plan {
    decider: B::ProvincialChairman,
    basis: &[SEED_D_1_2],
    steps: &[
        step(B::ProvincialSteeringCommittee, Ro::Proposes, SEED_D_1_2),
        step(B::ProvincialPolice, Ro::Prepares, SEED_D_2),
        step(B::DepartmentOfHomeAffairs, Ro::Appraises, SEED_D_3),
    ],
    deadline: &calendar::COMMENDATION_YEAR_END,
};

static K_PROVISIONAL: Plan = Plan {
    decider: B::ProvincialChairman,
    basis: &[SEED_D_1_2_PROVISIONAL],
    steps: &[
        step(B::ProvincialSteeringCommittee, Ro::Proposes, SEED_D_1_2),
        step(B::ProvincialPolice, Ro::Prepares, SEED_D_2),
        step(B::DepartmentOfHomeAffairs, Ro::Appraises, SEED_D_3),
    ],
    deadline: &calendar::COMMENDATION_YEAR_END,
};
