//! Lịch — by when: evaluation windows, deadlines and a province's yearly calendar (issue 4).
//!
//! Every date here is computed from a year the caller gives; nothing reads a clock.
//!
//! # "Trước ngày" — how deadlines are represented
//!
//! The texts say "trước ngày 15 tháng 11" (before 15 November): the 15th itself is already too
//! late, so the last allowed day is 14/11. A [`Timing::Before`] stores the date **as written**
//! (the exclusive limit, 15/11) so that it can be cited and displayed as the text says it, and
//! [`Timing::day`] / [`Deadline::last_day`] give the last allowed day (14/11). "Quý I" (the first
//! quarter) is [`Timing::Until`] 31/3, inclusive. The start of a window is [`Timing::From`].
//!
//! # The rule table
//!
//! Each dated rule is a `static` entry with a stable key (`tt124.d9.k1.a`, `qd510.d11.k3.units`,
//! `bac_kan_2023.1_1.provincial_police` …), the regime it applies in, the kinds it concerns, the body
//! that acts (when the rule names one) and its [`Source`]. [`year_calendar`] lists the rules
//! that apply in a year, [`crate::authority::national_route`] reads the same statics for its deadlines, so
//! a route's deadline is always an entry of the calendar of its year.
//!
//! ```
//! use antq::calendar::{year_calendar, CalendarPolicy};
//! let cal = year_calendar(2026, &CalendarPolicy::default()).unwrap();
//! let d = cal.iter().find(|e| e.key == "tt124.d9.k1.a").unwrap();
//! assert_eq!(d.day().to_string(), "2026-11-14"); // "trước ngày 15/11"
//! ```

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::body::Body;
use crate::citation::Source;
use crate::error::{Error, Subject};
use crate::explain::Lang;
use crate::regime::Regime;
use crate::unit::KindTag;

/// Ngày trong năm — a month and day that recur every year (e.g. 25/10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct AnnualDate {
    /// Tháng — 1..=12.
    pub month: u8,
    /// Ngày — 1..=31.
    pub day: u8,
}

impl AnnualDate {
    /// A month and day (checked only when placed in a year, see [`AnnualDate::in_year`]).
    pub const fn new(month: u8, day: u8) -> Self {
        AnnualDate { month, day }
    }

    /// The date in `year`, or `None` if it does not exist (29/2 in a common year, a bad month or
    /// day, a year outside chrono's range).
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, u32::from(self.month), u32::from(self.day))
    }
}

/// Mốc thời gian — when a calendar entry falls, in the form the text states it.
///
/// Serialised externally tagged: `{"before": "2026-11-15"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Timing {
    /// Từ ngày — starts on this day (inclusive).
    From(NaiveDate),
    /// Đến hết ngày — up to and including this day (e.g. the end of Quý I, 31/3).
    Until(NaiveDate),
    /// Trước ngày — strictly before this day: the date is the exclusive limit as written; the
    /// last allowed day is the day before ([`Timing::day`]).
    Before(NaiveDate),
}

impl Timing {
    /// The date as the text writes it (the exclusive limit for [`Timing::Before`]).
    pub fn stated(self) -> NaiveDate {
        match self {
            Timing::From(d) | Timing::Until(d) | Timing::Before(d) => d,
        }
    }

    /// The calendar day the entry falls on: the first day for [`Timing::From`], the last allowed
    /// day for [`Timing::Until`] and [`Timing::Before`] (14/11 for "trước ngày 15/11").
    pub fn day(self) -> NaiveDate {
        match self {
            Timing::From(d) | Timing::Until(d) => d,
            Timing::Before(d) => d.pred_opt().unwrap_or(d),
        }
    }

    /// The same form with another date.
    pub fn with_date(self, date: NaiveDate) -> Timing {
        match self {
            Timing::From(_) => Timing::From(date),
            Timing::Until(_) => Timing::Until(date),
            Timing::Before(_) => Timing::Before(date),
        }
    }
}

/// Thời hạn — a deadline: its calendar key, its timing and the rule that sets it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// Stable key of the calendar rule (`tt124.d9.k1.a`); provincial overrides name it.
    pub key: Cow<'static, str>,
    /// When, as the text states it.
    pub timing: Timing,
    /// Citation and provenance.
    pub source: Source,
}

impl Deadline {
    /// The last day on which the act is still on time (14/11 for "trước ngày 15/11").
    pub fn last_day(&self) -> NaiveDate {
        self.timing.day()
    }

    /// Whether an act done on `date` meets the deadline.
    pub fn is_met_by(&self, date: NaiveDate) -> bool {
        date <= self.last_day()
    }
}

/// Mốc thời gian đánh giá — an evaluation window (TT124 Đ8 k2), both ends inclusive.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    /// The kind of unit the window applies to.
    pub kind: KindTag,
    /// Year evaluated.
    pub year: i32,
    /// First day (in the previous year).
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// TT124 Đ8 k2 a or b.
    pub source: Source,
}

impl Window {
    /// Whether `date` falls inside the window.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }
}

/// The evaluation window of year `year` for a kind of unit (TT124 Đ8 k2): 1/11 of the previous
/// year to 31/10 for residential areas; 16/11 of the previous year to 15/11 for the rest.
///
/// Errors only when the year is outside chrono's range.
///
/// # Errors
///
/// A year outside chrono's range (field `year`).
pub fn evaluation_window(kind: KindTag, year: i32) -> Result<Window, Error> {
    let (start, end) = if kind == KindTag::ResidentialArea {
        (&D8_K2_A_START, &D8_K2_A_END)
    } else {
        (&D8_K2_B_START, &D8_K2_B_END)
    };
    let from = start.timing(year).map(Timing::day);
    let to = end.timing(year).map(Timing::day);
    match (from, to) {
        (Some(from), Some(to)) => Ok(Window {
            kind,
            year,
            from,
            to,
            source: end.source.clone(),
        }),
        _ => Err(year_error(year)),
    }
}

fn year_error(year: i32) -> Error {
    Error::invalid(
        Subject::Input,
        "year",
        "a year whose dates chrono can represent",
        year,
    )
}

/// Loại mốc — what a calendar entry marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// An evaluation window opens.
    WindowStart,
    /// An evaluation window closes.
    WindowEnd,
    /// Registration (đăng ký) is due.
    Registration,
    /// An intermediate step (evaluation, appraisal, self-assessment) is due.
    Step,
    /// A decision (recognition, classification, commendation) is due.
    Decision,
    /// A periodic report is due.
    Report,
}

/// Mốc trong lịch năm — one entry of a province's calendar for a year.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarEntry {
    /// Stable key of the rule (`tt124.d9.k1.a`).
    pub key: Cow<'static, str>,
    /// What the entry marks.
    pub kind: EntryKind,
    /// When, as stated (after any provincial override).
    pub timing: Timing,
    /// The kinds of unit concerned (empty for the district as a whole, QĐ510 Đ11 k3).
    pub applies_to: Cow<'static, [KindTag]>,
    /// The body that acts, when the rule names a single one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
    /// Short label in Vietnamese.
    pub vi: Cow<'static, str>,
    /// Short label in English.
    pub en: Cow<'static, str>,
    /// The rule fixing the date (the override's source when overridden).
    pub source: Source,
    /// The rule the province overrode, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<Source>,
}

impl CalendarEntry {
    /// The calendar day of the entry ([`Timing::day`]).
    pub fn day(&self) -> NaiveDate {
        self.timing.day()
    }

    /// Label in the given language.
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// The whole calendar of a province for year `year`, sorted by day then key; each entry cites
/// its rule. The regime is that of the year ([`Regime::for_year`]): three-tier years include
/// the district dates (QĐ510 Đ11 k3); two-tier years cite the steps TT48 reworded as
/// provisional carry-overs; the province's own entries follow the same regime filter.
///
/// # Errors
///
/// An invalid calendar policy ([`CalendarPolicy::validate`]) or a year outside chrono's range.
pub fn year_calendar(year: i32, policy: &CalendarPolicy) -> Result<Vec<CalendarEntry>, Error> {
    policy.validate()?;
    let regime = Regime::for_year(year);
    let mut out = Vec::with_capacity(rules::RULES.len() + policy.entries.len());
    for r in rules::RULES.iter().copied().chain(policy.entries.iter()) {
        if !r.applies(regime) {
            continue;
        }
        let Some(timing) = r.timing(year) else {
            return Err(year_error(year));
        };
        let mut entry = CalendarEntry {
            key: r.key.clone(),
            kind: r.kind,
            timing,
            applies_to: r.applies_to.clone(),
            body: r.body,
            vi: r.vi.clone(),
            en: r.en.clone(),
            source: r.source.clone(),
            replaces: None,
        };
        if let Some(o) = policy.overrides.get(r.key.as_ref()) {
            let rule_year = if r.prev_year { year - 1 } else { year };
            let date = override_date(&r.key, o, rule_year)?;
            entry.timing = timing.with_date(date);
            entry.replaces = Some(std::mem::replace(&mut entry.source, o.source.clone()));
        }
        out.push(entry);
    }
    out.sort_by(|a, b| a.day().cmp(&b.day()).then_with(|| a.key.cmp(&b.key)));
    Ok(out)
}

/// Every national calendar key (what [`CalendarPolicy::overrides`] may name, besides the
/// province's own entries).
pub fn keys() -> impl Iterator<Item = &'static str> {
    let mut seen: Vec<&'static str> = Vec::new();
    rules::RULES.iter().filter_map(move |r| {
        let k: &'static str = match &r.key {
            Cow::Borrowed(k) => k,
            Cow::Owned(_) => return None,
        };
        if seen.contains(&k) {
            None
        } else {
            seen.push(k);
            Some(k)
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Rules.

/// How a rule states its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// Từ ngày.
    From,
    /// Đến hết ngày (inclusive).
    Until,
    /// Trước ngày (exclusive).
    Before,
}

/// Quy định mốc — a dated rule of the calendar: national (built in) or a province's entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarRule {
    /// Stable key (`tt124.d9.k1.a`, `bac_kan_2023.1_1.provincial_police`).
    pub key: Cow<'static, str>,
    /// What the entry marks.
    pub kind: EntryKind,
    /// How the date is stated.
    pub form: Form,
    /// Month and day.
    pub date: AnnualDate,
    /// The date falls in the year before the evaluated one (window starts).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub prev_year: bool,
    /// The regime the rule applies in (`None`: both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regime: Option<Regime>,
    /// The kinds concerned (empty: no unit in particular).
    #[serde(default)]
    pub applies_to: Cow<'static, [KindTag]>,
    /// The body that acts, when the rule names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
    /// Short label in Vietnamese.
    pub vi: Cow<'static, str>,
    /// Short label in English.
    pub en: Cow<'static, str>,
    /// The rule fixing the date.
    pub source: Source,
}

impl CalendarRule {
    fn timing(&self, year: i32) -> Option<Timing> {
        let y = if self.prev_year {
            year.checked_sub(1)?
        } else {
            year
        };
        let d = self.date.in_year(y)?;
        Some(match self.form {
            Form::From => Timing::From(d),
            Form::Until => Timing::Until(d),
            Form::Before => Timing::Before(d),
        })
    }

    /// Whether the rule applies in `regime`.
    pub fn applies(&self, regime: Regime) -> bool {
        self.regime.is_none_or(|r| r == regime)
    }

    /// The deadline this rule sets in `year` (None only outside chrono's range).
    pub fn deadline(&self, year: i32) -> Option<Deadline> {
        Some(Deadline {
            key: self.key.clone(),
            timing: self.timing(year)?,
            source: self.source.clone(),
        })
    }
}

fn rule(key: &str) -> Option<&'static CalendarRule> {
    rules::RULES.iter().copied().find(|r| r.key == key)
}

mod policy;
mod rules;
use policy::override_date;
pub use policy::{CalendarPolicy, DateOverride};
pub(crate) use rules::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique() {
        let mut k: Vec<_> = keys().collect();
        let n = k.len();
        k.sort_unstable();
        k.dedup();
        assert_eq!(k.len(), n);
    }
}
