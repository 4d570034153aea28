//! Thẩm quyền — who decides: routing per procedure, unit and date, and competence checks
//! (issue 4).
//!
//! [`Policy::route`](crate::policy::Policy::route) answers — under a province's policy, with its
//! routing rules and deadline overrides, or under [`Policy::national`](crate::policy::Policy::national)
//! — and [`national_route`] answers under the national default alone, for one of the four yearly procedures ([`Procedure`]), one unit and the
//! date of the decision: the regime in force ([`Regime::on`]), the single deciding [`Body`], the
//! bodies that prepare, evaluate, appraise or advise on the way ([`Step`]), the deadline
//! ([`Deadline`], from the same rule table as [`crate::calendar::year_calendar`]) and the
//! [`Source`]s of the routing rule. [`Policy::check_competence`](crate::policy::Policy::check_competence) compares a recorded decision with the
//! route and names the competent body when the recorded one was not.
//!
//! # The routing table
//!
//! The unit's *effective level* is its delegated level if a People's Committee delegated it one
//! level down (TT124 Đ10 k5), otherwise its managing level. Then:
//!
//! | Procedure | Three-tier (to 30/6/2025) | Two-tier (from 1/7/2025) |
//! |---|---|---|
//! | An toàn về ANTT | commune PC: residential areas, commune-level units; district PC: communes, district-level units; provincial PC: province-level units; Ministry: units it follows (TT124 Đ10 k1–k4) | commune PC: residential areas, commune-level units; provincial PC: communes, province-level units (Sơn La …/UBND-NC §1c); Ministry (Đ10 k4) |
//! | Phân loại phong trào | commune / district / provincial steering committee by the same levels **PROVISIONAL**, by analogy with Sơn La …/UBND-NC §2c | commune steering committee: residential areas, commune-level units; provincial steering committee: communes, province-level units (Sơn La …/UBND-NC §2c) |
//! | Điển hình | provincial PC for every unit, the file travelling commune PC (before 1/10) → district PC (before 15/10) → provincial police (before 25/10) (Bắc Kạn 3/2023 §1.1) | provincial PC: communes, province-level units; commune PC: commune-level units (Sơn La …/UBND-NC §3b) |
//! | Bằng khen | provincial chairman, proposed by the provincial steering committee, prepared by the provincial police with the Department of Home Affairs (Bắc Kạn 3/2023 §1.2, §2, §3) | the same **PROVISIONAL** (Bắc Kạn 3/2023 is a three-tier text) |
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
//! use antq::authority::{Body, Procedure};
//! use antq::policy::Policy;
//! use antq::unit::{CommuneType, ManagingLevel, Unit, UnitKind};
//! let ward = Unit::new("p1", "Phường Chiềng Lề", UnitKind::commune(CommuneType::Phuong),
//!                      ManagingLevel::Province);
//! let r = Policy::son_la_2026().route(Procedure::SafetyRecognition, &ward, 2026).unwrap();
//! assert_eq!(r.decider, Body::ProvincialPeoplesCommittee);
//! assert_eq!(r.deadline.last_day().to_string(), "2026-11-19"); // trước ngày 20/11
//! ```

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar::{AnnualDate, CalendarPolicy, Deadline, Timing};
use crate::citation::Source;
use crate::error::{Error, Subject};
use crate::explain::Lang;
use crate::regime::Regime;
use crate::unit::{KindTag, ManagingLevel, Unit};

pub use crate::body::{Body, StepRole};

mod competence;
mod plans;
mod routing;

pub(crate) use competence::check_competence_with;
pub use competence::{check_competence_national, Competence, RecordedDecision};
use plans::{plan, TT124_D10_K5};
pub use routing::{RouteRule, RoutingPolicy};

/// Thủ tục — the four yearly procedures that need a deciding body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Procedure {
    /// Công nhận đạt tiêu chuẩn "An toàn về ANTT" (TT124 Đ9–Đ10).
    SafetyRecognition,
    /// Phân loại phong trào toàn dân bảo vệ ANTQ (QĐ510).
    MovementClassification,
    /// Công nhận đơn vị điển hình (QĐ3554; earlier QĐ9745).
    ModelUnitRecognition,
    /// Tặng Bằng khen của Chủ tịch UBND tỉnh for model units (Bắc Kạn 3/2023 §1.2).
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

/// Bước — one body's part on the way to the decision, in the order the file travels.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Who.
    pub body: Body,
    /// Does what.
    pub role: StepRole,
    /// "Trước ngày" — the exclusive limit of the step, when a rule fixes one (Bắc Kạn 3/2023 §1.1).
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

/// Tuyến thẩm quyền — the answer of [`Policy::route`](crate::policy::Policy::route) and [`national_route`]: who decides, who prepares and advises, by when,
/// and on which rules.
///
/// Built from `'static` tables: the slices are `Cow::Borrowed`, so routing allocates nothing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
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
    /// use antq::authority::Procedure;
    /// use antq::policy::Policy;
    /// use antq::unit::{Unit, UnitKind, ManagingLevel};
    /// use antq::Lang;
    /// let area = Unit::new("b", "Bản Mé", UnitKind::ResidentialArea, ManagingLevel::Commune).in_commune("x");
    /// let r = Policy::national().route(Procedure::SafetyRecognition, &area, 2026).unwrap();
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

/// Route a procedure for a unit on the date of the decision under the **national default
/// only** — TT124 Đ10 and the library's labelled readings — ignoring every province's routing
/// rules and deadline overrides. Under a province's policy use
/// [`Policy::route`](crate::policy::Policy::route) (or `route_on`), which applies them.
///
/// The regime is the one in force on `date`; the deadline is that of the calendar year of
/// `date`.
///
/// # Errors
///
/// An [`Error`] naming the unit and the field for invalid units ([`Unit::validate`]), managing
/// levels a kind cannot have, delegations that are not exactly one level down, and procedures
/// that do not apply to the kind.
pub fn national_route(procedure: Procedure, unit: &Unit, date: NaiveDate) -> Result<Route, Error> {
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

/// [`national_route`] under a province's routing rules and calendar: its routing rule for the
/// case, if it has one, replaces the national default's decider, basis and steps (and the
/// deadline, when the rule names a calendar key); then the calendar overrides apply to the
/// deadline. Reached from outside through [`Policy::route`](crate::policy::Policy::route).
pub(crate) fn route_with(
    procedure: Procedure,
    unit: &Unit,
    date: NaiveDate,
    routing: &RoutingPolicy,
    calendar: &CalendarPolicy,
) -> Result<Route, Error> {
    let (mut r, rule) = route_parts(procedure, unit, date, routing, calendar)?;
    if let Some(rule) = rule {
        r.basis = Cow::Owned(rule.basis.clone());
        r.steps = Cow::Owned(rule.steps.clone());
    }
    Ok(r)
}

/// Who decides and by when: [`route_with`]'s decider and deadline, without copying a provincial
/// rule's basis and steps (what the year pipeline needs of every unit's route).
pub(crate) fn decider_and_deadline(
    procedure: Procedure,
    unit: &Unit,
    date: NaiveDate,
    routing: &RoutingPolicy,
    calendar: &CalendarPolicy,
) -> Result<(Body, Deadline), Error> {
    let (r, _) = route_parts(procedure, unit, date, routing, calendar)?;
    Ok((r.decider, r.deadline))
}

/// [`route_with`] with the provincial rule that applied (whose basis and steps replace the
/// national ones) instead of copies of them.
fn route_parts<'p>(
    procedure: Procedure,
    unit: &Unit,
    date: NaiveDate,
    routing: &'p RoutingPolicy,
    calendar: &CalendarPolicy,
) -> Result<(Route, Option<&'p routing::RouteRule>), Error> {
    let mut r = national_route(procedure, unit, date)?;
    let rule = routing.find(procedure, unit.tag(), r.level, r.regime);
    if let Some(rule) = rule {
        r.decider = rule.decider;
        if let Some(key) = &rule.deadline {
            r.deadline = calendar.deadline(key, date.year())?;
            return Ok((r, Some(rule)));
        }
    }
    if !calendar.overrides.is_empty() {
        r.deadline = calendar.apply(r.deadline)?;
    }
    Ok((r, rule))
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
                            "province (communes are managed by the province from 1/7/2025, when the district tier ends)"
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

#[cfg(test)]
mod decider_tests {
    use super::*;
    use crate::policy::Policy;
    use crate::year::synthetic;

    /// The pipeline's shortcut gives the decider and deadline (or the error) of the full route,
    /// for every unit of a synthetic province, both procedures, under every preset, in years on
    /// both sides of the 2025 regime change.
    #[test]
    fn decider_and_deadline_agree_with_route_with() {
        let province = synthetic::province(&synthetic::Shape::small(), 2026, 7);
        for name in ["national", "son_la_2026"] {
            let policy = Policy::preset(name).unwrap();
            for year in [2024, 2025, 2026, 2027] {
                let date = crate::regime::decision_date(year).unwrap();
                for u in &province.units {
                    for p in [
                        Procedure::SafetyRecognition,
                        Procedure::MovementClassification,
                    ] {
                        let full = route_with(p, &u.unit, date, &policy.routing, &policy.calendar)
                            .map(|r| (r.decider, r.deadline));
                        let short = decider_and_deadline(
                            p,
                            &u.unit,
                            date,
                            &policy.routing,
                            &policy.calendar,
                        );
                        assert_eq!(short, full, "{name} {year} {}", u.unit.id);
                    }
                }
            }
        }
    }
}
