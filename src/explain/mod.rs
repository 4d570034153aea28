//! Why: criteria, findings and decisions, rendered in Vietnamese (default) or English on demand.
//!
//! A decision never answers with a bare boolean. It carries its outcome plus one [`Finding`] per
//! criterion it checked, each with a [`Status`], the observed and required values, and the
//! [`Source`] (citation + provenance) of the rule. Text is rendered only when asked for.
//!
//! ```
//! use antq::law::tt124::Facts;
//! use antq::unit::{ManagingLevel, Unit, UnitKind};
//! use antq::{Citation, Instrument, Lang, Policy, Status};
//! let area = Unit::new("ban-1", "Bản 1", UnitKind::ResidentialArea, ManagingLevel::Commune)
//!     .in_commune("xa-1");
//! let mut facts = Facts::comfortably_met();
//! facts.crime_reduced = Some(false);
//! let d = Policy::national().decide_safety(&area, 2026, &facts).unwrap();
//! let failed = d.failed().next().unwrap(); // which condition failed, and where the law says so
//! assert_eq!(failed.criterion.source.citation, Citation::point(Instrument::Tt124, 4, 4, 'a'));
//! assert_eq!(d.status_of(&Citation::clause(Instrument::Tt124, 4, 4)), Some(Status::NotMet));
//! assert!(d.render(Lang::Vi).contains("không đạt"));
//! ```

use std::borrow::Cow;
use std::fmt::Write as _;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Provenance, Source};
use crate::unit::UnitId;

pub use crate::lang::Lang;

mod criterion_ref;
mod record;
pub use criterion_ref::CriterionRef;
pub use record::{Note, Record, Statuses};
pub(crate) use record::{Summary, Tracking};

/// Tiêu chí — one criterion (or item, or exception) a decision checks: a stable id, its source
/// and a short label in both languages.
///
/// The built-in criteria are `const` values with borrowed strings, so cloning one into a finding
/// copies pointers, never text. Criteria loaded from JSON own their strings.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Stable id, e.g. `tt124.d6.k3.dd` — what programs match on.
    pub id: Cow<'static, str>,
    /// Citation and provenance of the rule.
    pub source: Source,
    /// Short label in Vietnamese (the project's own words).
    pub vi: Cow<'static, str>,
    /// Short label in English.
    pub en: Cow<'static, str>,
}

impl Criterion {
    /// Label in the given language.
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// Kết quả đánh giá một tiêu chí — the status of one criterion in one decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Đạt.
    Met,
    /// Không đạt.
    NotMet,
    /// Không áp dụng (e.g. no Party organisation, so no Party resolution is required).
    NotApplicable,
    /// Chưa xác định — the input needed to check it was not given.
    Unknown,
}

impl Status {
    /// Vietnamese label.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Status::Met, Lang::Vi) => "đạt",
            (Status::NotMet, Lang::Vi) => "không đạt",
            (Status::NotApplicable, Lang::Vi) => "không áp dụng",
            (Status::Unknown, Lang::Vi) => "chưa có dữ liệu",
            (Status::Met, Lang::En) => "met",
            (Status::NotMet, Lang::En) => "not met",
            (Status::NotApplicable, Lang::En) => "not applicable",
            (Status::Unknown, Lang::En) => "unknown (input missing)",
        }
    }
}

/// Giá trị — an observed or required value in a finding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "value")]
pub enum Value {
    /// Nothing to show (or the input was not given).
    #[default]
    None,
    /// Yes / no.
    Bool(bool),
    /// A count.
    Count(u64),
    /// A non-integer quantity (e.g. an average of employees).
    Number(Decimal),
    /// `num` of `den` (e.g. 7 of 10 sub-units).
    Ratio {
        /// Numerator.
        num: u64,
        /// Denominator.
        den: u64,
    },
    /// A percentage (exact).
    Percent(Decimal),
    /// At least this percentage (a requirement).
    AtLeastPercent(Decimal),
    /// At least this count (a requirement).
    AtLeast(u64),
    /// At most this count (a requirement).
    AtMost(u64),
    /// An amount of money in VND (exact).
    Money(Decimal),
    /// Points (may be negative for deductions).
    Points(i64),
    /// A short code or name (an enum label, a document id, a body).
    Text(Cow<'static, str>),
    /// A list of codes (e.g. the events that occurred).
    List(Vec<Cow<'static, str>>),
}

impl Value {
    /// Render the value for a person.
    pub fn render(&self, lang: Lang) -> String {
        let mut s = String::new();
        self.write_to(&mut s, lang);
        s
    }

    fn write_to(&self, s: &mut String, lang: Lang) {
        let _ = match self {
            Value::None => write!(s, "—"),
            Value::Bool(b) => write!(
                s,
                "{}",
                match (b, lang) {
                    (true, Lang::Vi) => "có",
                    (false, Lang::Vi) => "không",
                    (true, Lang::En) => "yes",
                    (false, Lang::En) => "no",
                }
            ),
            Value::Count(n) => write!(s, "{n}"),
            Value::Number(x) => write!(s, "{}", x.normalize()),
            Value::Ratio { num, den } => match lang {
                Lang::Vi => write!(s, "{num}/{den}"),
                Lang::En => write!(s, "{num} of {den}"),
            },
            Value::Percent(p) => write!(s, "{}%", p.normalize()),
            Value::AtLeastPercent(p) => write!(s, "≥ {}%", p.normalize()),
            Value::AtLeast(n) => write!(s, "≥ {n}"),
            Value::AtMost(n) => write!(s, "≤ {n}"),
            Value::Money(m) => match lang {
                Lang::Vi => write!(s, "{} đồng", m.normalize()),
                Lang::En => write!(s, "VND {}", m.normalize()),
            },
            Value::Points(p) => match lang {
                Lang::Vi => write!(s, "{p} điểm"),
                Lang::En => write!(s, "{p} points"),
            },
            Value::Text(t) => write!(s, "{t}"),
            Value::List(items) => {
                if items.is_empty() {
                    write!(s, "—")
                } else {
                    write!(s, "{}", items.join(", "))
                }
            }
        };
    }
}

/// Phát hiện — the result of checking one criterion.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// The criterion checked.
    pub criterion: CriterionRef,
    /// Met, not met, not applicable or unknown.
    pub status: Status,
    /// What the facts show.
    pub observed: Value,
    /// What the rule requires.
    pub required: Value,
}

impl Finding {
    /// A finding with the given status and values.
    pub fn new(
        criterion: impl Into<CriterionRef>,
        status: Status,
        observed: Value,
        required: Value,
    ) -> Self {
        Finding {
            criterion: criterion.into(),
            status,
            observed,
            required,
        }
    }

    /// A yes/no criterion: met when `observed == required`; unknown when `observed` is `None`.
    pub fn boolean(
        criterion: impl Into<CriterionRef>,
        observed: Option<bool>,
        required: bool,
    ) -> Self {
        let status = match observed {
            None => Status::Unknown,
            Some(v) if v == required => Status::Met,
            Some(_) => Status::NotMet,
        };
        Finding {
            criterion: criterion.into(),
            status,
            observed: observed.map_or(Value::None, Value::Bool),
            required: Value::Bool(required),
        }
    }

    /// A criterion that does not apply to this unit.
    pub fn not_applicable(criterion: impl Into<CriterionRef>) -> Self {
        Finding {
            criterion: criterion.into(),
            status: Status::NotApplicable,
            observed: Value::None,
            required: Value::None,
        }
    }

    /// One line for a person: `[không đạt] label — ghi nhận: …; yêu cầu: … (citation)`.
    pub fn render(&self, lang: Lang) -> String {
        let mut s = String::with_capacity(160);
        let _ = write!(
            s,
            "[{}] {}",
            self.status.label(lang),
            self.criterion.label(lang)
        );
        if self.observed != Value::None || self.required != Value::None {
            let (obs, req) = match lang {
                Lang::Vi => ("ghi nhận", "yêu cầu"),
                Lang::En => ("observed", "required"),
            };
            let _ = write!(s, " — {obs}: ");
            self.observed.write_to(&mut s, lang);
            let _ = write!(s, "; {req}: ");
            self.required.write_to(&mut s, lang);
        }
        s.push_str(" (");
        let _ = self.criterion.source.citation.write_to(&mut s, lang);
        if self.criterion.source.provenance != Provenance::Text {
            let _ = write!(
                s,
                "; {}",
                provenance_label(self.criterion.source.provenance, lang)
            );
        }
        s.push(')');
        s
    }
}

fn provenance_label(p: Provenance, lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => p.label_vi(),
        Lang::En => p.label_en(),
    }
}

/// Describes an outcome in a language; implemented by every outcome type.
pub trait Describe {
    /// A short description of the outcome.
    fn describe(&self, lang: Lang) -> Cow<'static, str>;
}

/// Quyết định — an outcome for one unit together with every finding that led to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision<O> {
    /// The unit decided.
    pub unit: UnitId,
    /// What was decided.
    pub outcome: O,
    /// One finding per criterion checked, in the order of the article.
    pub findings: Vec<Finding>,
}

impl<O> Decision<O> {
    /// A decision on `unit` with its outcome and findings — for callers that record decisions
    /// made elsewhere (a previous year, a test).
    pub fn new(unit: impl Into<UnitId>, outcome: O, findings: Vec<Finding>) -> Self {
        Decision {
            unit: unit.into(),
            outcome,
            findings,
        }
    }

    /// Findings that are not met.
    pub fn failed(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.status == Status::NotMet)
    }

    /// Findings whose input was missing.
    pub fn unknown(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.status == Status::Unknown)
    }

    /// Findings resting on a provisional default (never silent: reports list them).
    pub fn provisional(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.criterion.source.is_provisional())
    }

    /// The finding for a criterion id, if it was checked.
    pub fn finding(&self, id: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.criterion.id == id)
    }

    /// Every finding that rests on `citation` — a whole article, a clause, a point, or a
    /// provincial document or one of its sections — in the decision's order.
    ///
    /// A finding rests on a citation when its criterion's citation lies within it
    /// ([`Citation::contains`]): asking for a clause returns all its points and all the parts
    /// of a clause the crate splits (TT124 Đ4 k1 resolution, registration, households). A clause
    /// that imports the criteria of another one ([`Citation::imports`]) returns those too, when
    /// the decision checked the importing article: a school's question about TT124 Đ7 k3 returns
    /// its findings on Đ6 k3 a, b, c, đ, e and g; a commune's question about Đ5 k2 its findings
    /// on Đ4 k2–k4. The library's notes on the readings it applied (ids `antq.reading.…`) cite
    /// the clause they read and are returned with it.
    ///
    /// ```
    /// use antq::citation::{Citation, Instrument};
    /// use antq::law::tt124::Facts;
    /// use antq::policy::Policy;
    /// use antq::unit::{ManagingLevel, SchoolLevel, Unit, UnitKind};
    ///
    /// let school = Unit::new("thcs-1", "THCS 1", UnitKind::school(SchoolLevel::LowerSecondary),
    ///     ManagingLevel::Commune).in_commune("xa-1");
    /// let d = Policy::national().decide_safety(&school, 2026, &Facts::comfortably_met()).unwrap();
    /// let d7_k3 = Citation::clause(Instrument::Tt124, 7, 3);
    /// let points: Vec<_> = d.about(&d7_k3).map(|f| f.criterion.source.citation.short()).collect();
    /// assert_eq!(points[0], "TT124 Đ6 k3 a");
    /// assert_eq!(points.len(), 6);
    /// ```
    pub fn about<'a>(&'a self, citation: &Citation) -> impl Iterator<Item = &'a Finding> + 'a {
        let scopes = scopes_of(citation, self.findings.iter().map(|f| &*f.criterion));
        self.findings.iter().filter(move |f| {
            scopes
                .iter()
                .any(|s| s.contains(&f.criterion.source.citation))
        })
    }

    /// Whether the part of the law at `citation` is met, read from the findings that rest on it
    /// ([`Decision::about`]), or `None` when none does. For a citation with several parts
    /// (a clause with points, a clause the crate splits, a clause that imports others):
    /// [`Status::NotMet`] when any part is not met; otherwise [`Status::Unknown`] when any part
    /// lacks its facts; otherwise [`Status::Met`] when any part is met; otherwise (every part
    /// not applicable) [`Status::NotApplicable`]. The notes on the readings the library applied
    /// (ids `antq.…`) explain a status but never decide it.
    pub fn status_of(&self, citation: &Citation) -> Option<Status> {
        fold_status(self.about(citation).map(|f| (&*f.criterion, f.status)))
    }
}

/// The citations a question about `citation` covers, given the criteria a decision checked:
/// the citation itself, plus the clauses it imports when the decision checked the importing
/// article (a school for Đ7 k3, a commune for Đ5 k2) — never for the unit whose own article
/// is imported.
pub(crate) fn scopes_of<'a>(
    citation: &Citation,
    mut checked: impl Iterator<Item = &'a Criterion>,
) -> Vec<Citation> {
    let mut scopes = vec![citation.clone()];
    let imported = citation.imports();
    if !imported.is_empty() {
        let article = citation.article_only();
        let under_importer = article.is_some_and(|a| {
            checked.any(|c| !c.id.starts_with("antq.") && a.contains(&c.source.citation))
        });
        if under_importer {
            scopes.extend(imported);
        }
    }
    scopes
}

/// One status for several parts (see [`Decision::status_of`]); the library's notes (`antq.…`)
/// never decide it.
pub(crate) fn fold_status<'a>(
    parts: impl Iterator<Item = (&'a Criterion, Status)>,
) -> Option<Status> {
    let mut any = false;
    let (mut not_met, mut unknown, mut met) = (false, false, false);
    for (c, status) in parts {
        if c.id.starts_with("antq.") {
            continue;
        }
        any = true;
        match status {
            Status::NotMet => not_met = true,
            Status::Unknown => unknown = true,
            Status::Met => met = true,
            Status::NotApplicable => {}
        }
    }
    any.then_some(if not_met {
        Status::NotMet
    } else if unknown {
        Status::Unknown
    } else if met {
        Status::Met
    } else {
        Status::NotApplicable
    })
}

impl<O: Describe> Decision<O> {
    /// A multi-line explanation: the outcome, then one line per finding.
    pub fn render(&self, lang: Lang) -> String {
        let mut s = String::with_capacity(128 + 160 * self.findings.len());
        let head = match lang {
            Lang::Vi => "Đơn vị",
            Lang::En => "Unit",
        };
        let _ = writeln!(s, "{head} {}: {}", self.unit, self.outcome.describe(lang));
        for f in &self.findings {
            let _ = writeln!(s, "  {}", f.render(lang));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citation::{Citation, Instrument};

    static C: Criterion = Criterion {
        id: Cow::Borrowed("test.c"),
        source: Source::text(Citation::point(Instrument::Tt124, 4, 3, 'a')),
        vi: Cow::Borrowed("Không có hoạt động chống chính quyền"),
        en: Cow::Borrowed("No anti-State activity"),
    };

    #[test]
    fn boolean_findings_cover_met_not_met_and_unknown() {
        assert_eq!(Finding::boolean(&C, Some(false), false).status, Status::Met);
        assert_eq!(
            Finding::boolean(&C, Some(true), false).status,
            Status::NotMet
        );
        assert_eq!(Finding::boolean(&C, None, false).status, Status::Unknown);
    }

    #[test]
    fn finding_renders_with_citation_in_both_languages() {
        let f = Finding::boolean(&C, Some(true), false);
        assert_eq!(
            f.render(Lang::Vi),
            "[không đạt] Không có hoạt động chống chính quyền — ghi nhận: có; yêu cầu: không \
             (điểm a khoản 3 Điều 4 Thông tư số 124/2021/TT-BCA)"
        );
        assert!(f
            .render(Lang::En)
            .starts_with("[not met] No anti-State activity"));
    }
}
