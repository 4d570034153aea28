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
//! `seed_d.1_1.provincial_police` …), the regime it applies in, the kinds it concerns, the body
//! that acts (when the rule names one) and its [`Source`]. [`year_calendar`] lists the rules
//! that apply in a year, [`crate::authority::route`] reads the same statics for its deadlines, so
//! a route's deadline is always an entry of the calendar of its year.
//!
//! ```
//! use antq::calendar::{year_calendar, CalendarPolicy};
//! let cal = year_calendar(2026, &CalendarPolicy::default()).unwrap();
//! let d = cal.iter().find(|e| e.key == "tt124.d9.k1.a").unwrap();
//! assert_eq!(d.day().to_string(), "2026-11-14"); // "trước ngày 15/11"
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::authority::Body;
use crate::citation::{Citation, Instrument, Source};
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

/// Điều chỉnh mốc của tỉnh — a provincial override of one calendar date.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateOverride {
    /// The new month and day (same form: a "trước ngày" rule stays "trước ngày"; the year is the
    /// year the rule falls in).
    pub date: AnnualDate,
    /// The provincial document that sets it.
    pub source: Source,
}

/// Chính sách lịch của tỉnh — which provincial dates to include and which dates to override.
///
/// Embedded in the year pipeline's policy. The default includes only national rules (and the
/// seed D model-unit flow in three-tier years, which is also what routing uses).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct CalendarPolicy {
    /// Include seed B §III.4: the Sơn La PC Office sends its model-unit self-assessment to the
    /// provincial police before 25/11.
    #[serde(default)]
    pub include_seed_b: bool,
    /// Include seed E §VI.1: units of Sơn Dương report through the commune police before 15/10.
    #[serde(default)]
    pub include_seed_e: bool,
    /// Overrides by calendar key (see [`keys`]).
    #[serde(default, deserialize_with = "crate::strict::unique_map")]
    pub overrides: BTreeMap<String, DateOverride>,
}

impl CalendarPolicy {
    /// Sơn La 2026 (seeds A, B): the PC Office self-assessment date included.
    pub fn son_la_2026() -> Self {
        CalendarPolicy {
            include_seed_b: true,
            ..CalendarPolicy::default()
        }
    }

    /// Sơn Dương commune 2026 (seed E): the report date included.
    pub fn son_duong_2026() -> Self {
        CalendarPolicy {
            include_seed_e: true,
            ..CalendarPolicy::default()
        }
    }

    /// Check that every override names a known key.
    pub fn validate(&self) -> Result<(), Error> {
        for key in self.overrides.keys() {
            if rule(key).is_none() {
                return Err(Error::unknown(policy_subject(), "overrides", key));
            }
        }
        Ok(())
    }

    /// A deadline with this policy's override (if any) applied.
    pub fn apply(&self, deadline: Deadline) -> Result<Deadline, Error> {
        if self.overrides.is_empty() {
            return Ok(deadline);
        }
        match self.overrides.get(deadline.key.as_ref()) {
            None => Ok(deadline),
            Some(o) => {
                let year = deadline.timing.stated().year();
                let date = override_date(&deadline.key, o, year)?;
                Ok(Deadline {
                    key: deadline.key,
                    timing: deadline.timing.with_date(date),
                    source: o.source.clone(),
                })
            }
        }
    }
}

fn policy_subject() -> Subject {
    Subject::Policy("calendar".into())
}

fn override_date(key: &str, o: &DateOverride, year: i32) -> Result<NaiveDate, Error> {
    o.date.in_year(year).ok_or_else(|| {
        Error::invalid(
            policy_subject(),
            format!("overrides.{key}.date"),
            "a day that exists in the year",
            format!("{}/{} in {year}", o.date.day, o.date.month),
        )
    })
}

/// The whole calendar of a province for year `year`, sorted by day then key; each entry cites
/// its rule. The regime is that of the year ([`Regime::for_year`]): three-tier years include
/// the district dates (QĐ510 Đ11 k3, seed D §1.1), two-tier years the provisional model-unit
/// decision date.
pub fn year_calendar(year: i32, policy: &CalendarPolicy) -> Result<Vec<CalendarEntry>, Error> {
    policy.validate()?;
    let regime = Regime::for_year(year);
    let mut out = Vec::with_capacity(RULES.len());
    for r in RULES {
        if !r.applies(regime, policy) {
            continue;
        }
        let Some(timing) = r.timing(year) else {
            return Err(year_error(year));
        };
        let mut entry = CalendarEntry {
            key: Cow::Borrowed(r.key),
            kind: r.kind,
            timing,
            applies_to: Cow::Borrowed(r.applies_to),
            body: r.body,
            vi: Cow::Borrowed(r.vi),
            en: Cow::Borrowed(r.en),
            source: r.source.clone(),
            replaces: None,
        };
        if let Some(o) = policy.overrides.get(r.key) {
            let rule_year = if r.prev_year { year - 1 } else { year };
            let date = override_date(r.key, o, rule_year)?;
            entry.timing = timing.with_date(date);
            entry.replaces = Some(std::mem::replace(&mut entry.source, o.source.clone()));
        }
        out.push(entry);
    }
    out.sort_by(|a, b| a.day().cmp(&b.day()).then_with(|| a.key.cmp(&b.key)));
    Ok(out)
}

/// Every calendar key the crate knows (what [`CalendarPolicy::overrides`] may name).
pub fn keys() -> impl Iterator<Item = &'static str> {
    RULES.iter().map(|r| r.key)
}

// ---------------------------------------------------------------------------------------------
// The rule table.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    From,
    Until,
    Before,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gate {
    Always,
    SeedB,
    SeedE,
}

/// A dated rule of the calendar.
#[derive(Debug)]
pub(crate) struct Rule {
    key: &'static str,
    kind: EntryKind,
    form: Form,
    date: AnnualDate,
    prev_year: bool,
    regime: Option<Regime>,
    gate: Gate,
    applies_to: &'static [KindTag],
    body: Option<Body>,
    vi: &'static str,
    en: &'static str,
    source: Source,
}

impl Rule {
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

    fn applies(&self, regime: Regime, policy: &CalendarPolicy) -> bool {
        self.regime.is_none_or(|r| r == regime)
            && match self.gate {
                Gate::Always => true,
                Gate::SeedB => policy.include_seed_b,
                Gate::SeedE => policy.include_seed_e,
            }
    }

    /// The deadline this rule sets in `year` (None only outside chrono's range).
    pub(crate) fn deadline(&'static self, year: i32) -> Option<Deadline> {
        Some(Deadline {
            key: Cow::Borrowed(self.key),
            timing: self.timing(year)?,
            source: self.source.clone(),
        })
    }
}

fn rule(key: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.key == key)
}

const ALL_KINDS: &[KindTag] = &KindTag::ALL;
const RA: &[KindTag] = &[KindTag::ResidentialArea];
const NOT_RA: &[KindTag] = &[
    KindTag::Commune,
    KindTag::Agency,
    KindTag::Enterprise,
    KindTag::School,
];
const COMMUNE: &[KindTag] = &[KindTag::Commune];
const ORGS: &[KindTag] = &[KindTag::Agency, KindTag::Enterprise, KindTag::School];

const fn tt124(article: u16, clause: u16) -> Source {
    Source::text(Citation::clause(Instrument::Tt124, article, clause))
}

const fn tt124_point(article: u16, clause: u16, point: char) -> Source {
    Source::text(Citation::point(Instrument::Tt124, article, clause, point))
}

static D8_K2_A_START: Rule = Rule {
    key: "tt124.d8.k2.a.start",
    kind: EntryKind::WindowStart,
    form: Form::From,
    date: AnnualDate::new(11, 1),
    prev_year: true,
    regime: None,
    gate: Gate::Always,
    applies_to: RA,
    body: None,
    vi: "Bắt đầu kỳ đánh giá khu dân cư",
    en: "Residential-area evaluation window opens",
    source: tt124_point(8, 2, 'a'),
};

static D8_K2_A_END: Rule = Rule {
    key: "tt124.d8.k2.a.end",
    kind: EntryKind::WindowEnd,
    form: Form::Until,
    date: AnnualDate::new(10, 31),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: RA,
    body: None,
    vi: "Kết thúc kỳ đánh giá khu dân cư",
    en: "Residential-area evaluation window closes",
    source: tt124_point(8, 2, 'a'),
};

static D8_K2_B_START: Rule = Rule {
    key: "tt124.d8.k2.b.start",
    kind: EntryKind::WindowStart,
    form: Form::From,
    date: AnnualDate::new(11, 16),
    prev_year: true,
    regime: None,
    gate: Gate::Always,
    applies_to: NOT_RA,
    body: None,
    vi: "Bắt đầu kỳ đánh giá cấp xã, cơ quan, doanh nghiệp, cơ sở giáo dục",
    en: "Evaluation window opens for communes, agencies, enterprises and schools",
    source: tt124_point(8, 2, 'b'),
};

static D8_K2_B_END: Rule = Rule {
    key: "tt124.d8.k2.b.end",
    kind: EntryKind::WindowEnd,
    form: Form::Until,
    date: AnnualDate::new(11, 15),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: NOT_RA,
    body: None,
    vi: "Kết thúc kỳ đánh giá cấp xã, cơ quan, doanh nghiệp, cơ sở giáo dục",
    en: "Evaluation window closes for communes, agencies, enterprises and schools",
    source: tt124_point(8, 2, 'b'),
};

static D4_K1_REGISTRATION: Rule = Rule {
    key: "tt124.d4.k1.registration",
    kind: EntryKind::Registration,
    form: Form::Until,
    date: AnnualDate::new(3, 31),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: RA,
    body: None,
    vi: "Hết quý I: khu dân cư có nghị quyết chi bộ và đăng ký phấn đấu",
    en: "End of Q1: residential areas have the Party-cell resolution and register",
    source: tt124(4, 1),
};

static D5_K1_REGISTRATION: Rule = Rule {
    key: "tt124.d5.k1.registration",
    kind: EntryKind::Registration,
    form: Form::Until,
    date: AnnualDate::new(3, 31),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: COMMUNE,
    body: None,
    vi: "Hết quý I: cấp xã có nghị quyết, kế hoạch và đăng ký phấn đấu",
    en: "End of Q1: communes have the resolution and plan, and register",
    source: tt124(5, 1),
};

static D6_K1_REGISTRATION: Rule = Rule {
    key: "tt124.d6.k1.registration",
    kind: EntryKind::Registration,
    form: Form::Until,
    date: AnnualDate::new(3, 31),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: &[KindTag::Agency, KindTag::Enterprise],
    body: None,
    vi: "Hết quý I: cơ quan, doanh nghiệp có nghị quyết, kế hoạch và đăng ký phấn đấu",
    en: "End of Q1: agencies and enterprises have the resolution and plan, and register",
    source: tt124(6, 1),
};

static D7_K1_REGISTRATION: Rule = Rule {
    key: "tt124.d7.k1.registration",
    kind: EntryKind::Registration,
    form: Form::Until,
    date: AnnualDate::new(3, 31),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: &[KindTag::School],
    body: None,
    vi: "Hết quý I: cơ sở giáo dục có nghị quyết, kế hoạch và đăng ký phấn đấu",
    en: "End of Q1: schools have the resolution and plan, and register",
    source: tt124(7, 1),
};

pub(crate) static D9_K1_A: Rule = Rule {
    key: "tt124.d9.k1.a",
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 15),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: RA,
    body: Some(Body::CommunePeoplesCommittee),
    vi: "Hạn công nhận khu dân cư “An toàn về ANTT”",
    en: "Deadline to recognise residential areas as safe",
    source: tt124_point(9, 1, 'a'),
};

pub(crate) static D9_K1_B: Rule = Rule {
    key: "tt124.d9.k1.b",
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 20),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: COMMUNE,
    body: None,
    vi: "Hạn công nhận xã, phường “An toàn về ANTT”",
    en: "Deadline to recognise communes and wards as safe",
    source: tt124_point(9, 1, 'b'),
};

pub(crate) static D9_K1_C: Rule = Rule {
    key: "tt124.d9.k1.c",
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 20),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: ORGS,
    body: None,
    vi: "Hạn công nhận cơ quan, doanh nghiệp, cơ sở giáo dục “An toàn về ANTT”",
    en: "Deadline to recognise agencies, enterprises and schools as safe",
    source: tt124_point(9, 1, 'c'),
};

pub(crate) static D9_K1_D: Rule = Rule {
    key: "tt124.d9.k1.d",
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 20),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: ORGS,
    body: Some(Body::MinistryOfPublicSecurity),
    vi: "Hạn Bộ Công an công nhận đơn vị do Bộ theo dõi “An toàn về ANTT”",
    en: "Deadline for the Ministry to recognise the units it follows as safe",
    source: tt124_point(9, 1, 'd'),
};

pub(crate) static QD510_RESIDENTIAL: Rule = Rule {
    key: "qd510.d11.k3.residential_area",
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 20),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: RA,
    body: None,
    vi: "Hạn phân loại phong trào khu dân cư",
    en: "Deadline to classify the movement in residential areas",
    source: Source::reported(Citation::clause(Instrument::Qd510, 11, 3)),
};

pub(crate) static QD510_UNITS: Rule = Rule {
    key: "qd510.d11.k3.units",
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 30),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: NOT_RA,
    body: None,
    vi: "Hạn phân loại phong trào cấp xã, cơ quan, doanh nghiệp, cơ sở giáo dục",
    en: "Deadline to classify the movement in communes, agencies, enterprises and schools",
    source: Source::reported(Citation::clause(Instrument::Qd510, 11, 3)),
};

static QD510_DISTRICT: Rule = Rule {
    key: "qd510.d11.k3.district",
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(12, 15),
    prev_year: false,
    regime: Some(Regime::ThreeTier),
    gate: Gate::Always,
    applies_to: &[],
    body: None,
    vi: "Hạn phân loại phong trào cấp huyện",
    en: "Deadline to classify the movement of districts",
    source: Source::reported(Citation::clause(Instrument::Qd510, 11, 3)),
};

static SEED_D_REGISTRATION: Rule = Rule {
    key: "seed_d.1.model_unit_registration",
    kind: EntryKind::Registration,
    form: Form::Until,
    date: AnnualDate::new(3, 31),
    prev_year: false,
    regime: Some(Regime::ThreeTier),
    gate: Gate::Always,
    applies_to: NOT_RA,
    body: None,
    vi: "Hết quý I: đăng ký xây dựng đơn vị điển hình",
    en: "End of Q1: register to build a model unit",
    source: Source::provincial(Citation::section(Instrument::SeedBacKan2023, "1")),
};

pub(crate) static SEED_D_COMMUNE_PC: Rule = Rule {
    key: "seed_d.1_1.commune_pc",
    kind: EntryKind::Step,
    form: Form::Before,
    date: AnnualDate::new(10, 1),
    prev_year: false,
    regime: Some(Regime::ThreeTier),
    gate: Gate::Always,
    applies_to: NOT_RA,
    body: Some(Body::CommunePeoplesCommittee),
    vi: "UBND cấp xã đánh giá, báo cáo kết quả xây dựng điển hình lên cấp huyện",
    en: "Commune PC evaluates model units and reports to the district",
    source: Source::provincial(Citation::section(Instrument::SeedBacKan2023, "1.1")),
};

pub(crate) static SEED_D_DISTRICT_PC: Rule = Rule {
    key: "seed_d.1_1.district_pc",
    kind: EntryKind::Step,
    form: Form::Before,
    date: AnnualDate::new(10, 15),
    prev_year: false,
    regime: Some(Regime::ThreeTier),
    gate: Gate::Always,
    applies_to: NOT_RA,
    body: Some(Body::DistrictPeoplesCommittee),
    vi: "UBND cấp huyện đánh giá, báo cáo tỉnh (qua Công an tỉnh) kết quả xây dựng điển hình",
    en: "District PC evaluates model units and reports to the province via the police",
    source: Source::provincial(Citation::section(Instrument::SeedBacKan2023, "1.1")),
};

pub(crate) static SEED_D_PROVINCIAL_POLICE: Rule = Rule {
    key: "seed_d.1_1.provincial_police",
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(10, 25),
    prev_year: false,
    regime: Some(Regime::ThreeTier),
    gate: Gate::Always,
    applies_to: NOT_RA,
    body: Some(Body::ProvincialPolice),
    vi: "Công an tỉnh thẩm định, tham mưu UBND tỉnh quyết định công nhận điển hình",
    en: "Provincial police appraise and advise the provincial PC to recognise model units",
    source: Source::provincial(Citation::section(Instrument::SeedBacKan2023, "1.1")),
};

pub(crate) static MODEL_UNIT_YEAR_END: Rule = Rule {
    key: "model_unit.year_end",
    kind: EntryKind::Decision,
    form: Form::Until,
    date: AnnualDate::new(12, 31),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: NOT_RA,
    body: None,
    vi: "Hạn công nhận điển hình khi không có mốc cụ thể (cuối năm)",
    en: "Model-unit recognition where no dated rule is known (year end)",
    source: Source::provisional(Citation::section(Instrument::SeedSonLaGuidance2026, "3a")),
};

pub(crate) static COMMENDATION_YEAR_END: Rule = Rule {
    key: "commendation.year_end",
    kind: EntryKind::Decision,
    form: Form::Until,
    date: AnnualDate::new(12, 31),
    prev_year: false,
    regime: None,
    gate: Gate::Always,
    applies_to: NOT_RA,
    body: Some(Body::ProvincialChairman),
    vi: "Hạn tặng Bằng khen cho đơn vị điển hình (cuối năm)",
    en: "Certificates of merit for model units (year end)",
    source: Source::provisional(Citation::section(Instrument::SeedBacKan2023, "1.2")),
};

static SEED_B_SELF_ASSESSMENT: Rule = Rule {
    key: "seed_b.3_4.self_assessment",
    kind: EntryKind::Step,
    form: Form::Before,
    date: AnnualDate::new(11, 25),
    prev_year: false,
    regime: None,
    gate: Gate::SeedB,
    applies_to: &[KindTag::Agency],
    body: None,
    vi: "Văn phòng UBND tỉnh gửi tự đánh giá điển hình kèm minh chứng về Công an tỉnh",
    en: "Provincial PC Office sends its model-unit self-assessment to the provincial police",
    source: Source::provincial(Citation::section(
        Instrument::SeedSonLaOfficePlan2026,
        "III.4",
    )),
};

static SEED_E_REPORT: Rule = Rule {
    key: "seed_e.6_1.report",
    kind: EntryKind::Report,
    form: Form::Before,
    date: AnnualDate::new(10, 15),
    prev_year: false,
    regime: None,
    gate: Gate::SeedE,
    applies_to: ALL_KINDS,
    body: Some(Body::CommunePolice),
    vi: "Báo cáo kết quả thực hiện kế hoạch năm (qua Công an xã)",
    en: "Yearly report on the plan (through the commune police)",
    source: Source::provincial(Citation::section(Instrument::SeedSonDuong54_2026, "VI.1")),
};

static RULES: &[&Rule] = &[
    &D8_K2_A_START,
    &D8_K2_A_END,
    &D8_K2_B_START,
    &D8_K2_B_END,
    &D4_K1_REGISTRATION,
    &D5_K1_REGISTRATION,
    &D6_K1_REGISTRATION,
    &D7_K1_REGISTRATION,
    &SEED_D_REGISTRATION,
    &D9_K1_A,
    &D9_K1_B,
    &D9_K1_C,
    &D9_K1_D,
    &QD510_RESIDENTIAL,
    &QD510_UNITS,
    &QD510_DISTRICT,
    &SEED_D_COMMUNE_PC,
    &SEED_D_DISTRICT_PC,
    &SEED_D_PROVINCIAL_POLICE,
    &MODEL_UNIT_YEAR_END,
    &COMMENDATION_YEAR_END,
    &SEED_B_SELF_ASSESSMENT,
    &SEED_E_REPORT,
];

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
