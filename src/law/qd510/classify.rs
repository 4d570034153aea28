//! Xếp loại phong trào — the classification decision: items, deductions, total, class.

use std::borrow::Cow;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Subject};
use crate::explain::{Decision, Describe, Finding, Lang, Status, Value};
use crate::outcome::{MovementClass, SafetyOutcome};
use crate::unit::Unit;

use super::awarded::{Awarded, Points};
use super::bands::{band_criterion, BandTable};
use super::fact_counts::{fact_counts, FactIndex};
use super::input_check::{check_input, over_max};
use super::scoring::{apply_deduction, count_items, score_items, Tally};
use super::sheet::{ClassBand, ScoreSheet, SheetSet, MAX_TOTAL};
use super::sink::Sink;

pub use super::input::{DeductionFact, ScoreInput};

/// Kết quả xếp loại — points and class of one unit. The per-item and per-deduction detail is
/// in the decision's findings.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub struct Classification {
    /// Điểm đạt — the sum of the items' points (0..=100).
    pub earned: u32,
    /// Điểm bị trừ — the sum of the deductions applied.
    pub deducted: u32,
    /// Điểm không trừ — deductions waived by an exception (single deduction, fact once).
    pub waived: u32,
    /// Điểm "An toàn về ANTT" — the points of the item computed from the TT124 decision
    /// (QĐ510 Đ8 k10 c: 50 on the built-in sheets when recognised, else 0), included in
    /// `earned`.
    #[serde(default)]
    pub safety_points: u32,
    /// Tổng điểm — `earned − deducted`, clamped to 0..=100 (a total below 0 is 0).
    pub total: u32,
    /// Xếp loại — the class.
    pub class: MovementClass,
    /// The band that produced the class.
    pub band: ClassBand,
    /// Awarded items with no points in the input (counted 0); when non-zero the class is a
    /// lower bound.
    pub unscored_items: u32,
    /// Whether any provisional value (item, amount, band) entered the decision.
    pub provisional: bool,
}

impl Describe for Classification {
    fn describe(&self, lang: Lang) -> Cow<'static, str> {
        let mut s = String::with_capacity(96);
        let _ = match lang {
            Lang::Vi => write!(
                s,
                "xếp loại {} — {}/100 điểm (đạt {}, trừ {}; khung {}–{}",
                self.class.name_vi(),
                self.total,
                self.earned,
                self.deducted,
                self.band.min,
                self.band.max
            ),
            Lang::En => write!(
                s,
                "class {} — {}/100 points (earned {}, deducted {}; band {}–{}",
                self.class.name_en(),
                self.total,
                self.earned,
                self.deducted,
                self.band.min,
                self.band.max
            ),
        };
        if self.band.source.is_provisional() {
            s.push_str(match lang {
                Lang::Vi => ", tạm thời",
                Lang::En => ", provisional",
            });
        }
        s.push(')');
        if self.unscored_items > 0 {
            let _ = match lang {
                Lang::Vi => write!(s, "; {} mục chưa có điểm", self.unscored_items),
                Lang::En => write!(s, "; {} item(s) not scored", self.unscored_items),
            };
        }
        if self.provisional {
            s.push_str(match lang {
                Lang::Vi => "; có dùng giá trị TẠM THỜI",
                Lang::En => "; uses PROVISIONAL values",
            });
        }
        Cow::Owned(s)
    }
}

/// Classify one unit: score every item, apply or waive every deduction, clamp the total to
/// 0..=100 and find the class band.
///
/// The unit is the one `safety` decided; its kind is the sheet's ([`ScoreSheet::kind`]) — to
/// pick the sheet from a unit's kind use [`classify_with`], or [`Policy::classify`] for a
/// province's sheets.
///
/// * `safety` is the unit's TT124 decision; the `safety_recognised` item is worth its maximum
///   exactly when `safety.outcome` is [`SafetyOutcome::Recognised`], otherwise 0.
/// * `input.awarded` gives the committee's points per leaf item (checked against the maximum).
/// * A deduction with `covered_by` ids is **waived** (Sơn La …/UBND-NC §2a, single deduction) when the unit
///   is not recognised and one of those TT124 findings is not met: the unit already lost the
///   "An toàn về ANTT" points for the same fact. Otherwise a deduction applies once
///   ([`Frequency::Once`](super::sheet::Frequency::Once)) or once per distinct fact id ([`Frequency::PerOccurrence`](super::sheet::Frequency::PerOccurrence)); a fact
///   id reported twice is deducted once.
///
/// # Errors
///
/// Never a panic; an [`Error`] naming the unit: points for an unknown item (`awarded`,
/// [`Error::UnknownReference`]), for a group or the computed item, or above the maximum
/// (`awarded.<item id>`); a fact against an unknown deduction (`facts.deduction`) or with an
/// empty id (`facts[i].fact`); a sheet whose bands do not cover the total (only for sheets that
/// skipped [`ScoreSheet::validate`]).
///
/// [`Policy::classify`]: crate::policy::Policy::classify
///
/// ```
/// use antq::law::qd510::{classify, ScoreInput, ScoreSheet};
/// use antq::{Decision, KindTag, MovementClass, SafetyOutcome, UnitId};
/// let safety = Decision::new(UnitId::new("xa-chieng-an"), SafetyOutcome::Recognised, vec![]);
/// let sheet = ScoreSheet::builtin(KindTag::Commune);
/// let input = ScoreInput::new().award(sheet.awarded_items()[0].id(), 40);
/// let d = classify(&safety, &input, &sheet).unwrap();
/// assert_eq!(d.outcome.total, 90);
/// assert_eq!(d.outcome.class, MovementClass::XuatSac);
/// assert!(d.provisional().count() > 0); // the bands and the remainder are provisional
/// ```
pub fn classify(
    safety: &Decision<SafetyOutcome>,
    input: &ScoreInput,
    sheet: &ScoreSheet,
) -> Result<Decision<Classification>, Error> {
    let mut findings =
        Vec::with_capacity(count_items(&sheet.items) + 2 * sheet.deductions.len() + 1);
    let outcome = classify_into(safety, input, sheet, &mut findings)?;
    Ok(Decision {
        unit: safety.unit.clone(),
        outcome,
        findings,
    })
}

/// [`classify`] writing the findings into `findings` (cleared first) and returning only the
/// classification — for callers that classify many units and reuse one buffer.
///
/// # Errors
///
/// As [`classify`].
pub fn classify_into(
    safety: &Decision<SafetyOutcome>,
    input: &ScoreInput,
    sheet: &ScoreSheet,
    findings: &mut Vec<Finding>,
) -> Result<Classification, Error> {
    findings.clear();
    classify_recorded(safety, input, sheet, findings)
}

/// The classification through any recorder ([`Sink`]): the one rule code behind the full
/// decision (`Vec<Finding>`) and the compact one ([`super::compact`]).
#[inline(always)]
pub(crate) fn classify_recorded<S: Sink>(
    safety: &Decision<SafetyOutcome>,
    input: &ScoreInput,
    sheet: &ScoreSheet,
    findings: &mut S,
) -> Result<Classification, Error> {
    classify_points(
        safety,
        || Awarded::new(&input.awarded),
        &input.facts,
        sheet,
        findings,
    )
}

/// [`classify_recorded`] with the committee's points from any source ([`Points`]): by item id
/// (a [`ScoreInput`]) or by leaf position ([`ScorePlan`](super::plan::ScorePlan)). The source
/// is made here (`points()`), where the walk keeps it in registers.
pub(super) fn classify_points<S: Sink, P: Points>(
    safety: &Decision<SafetyOutcome>,
    points: impl FnOnce() -> P,
    facts: &[DeductionFact],
    sheet: &ScoreSheet,
    findings: &mut S,
) -> Result<Classification, Error> {
    let unit = &safety.unit;
    let index = check_input(unit, facts, sheet)?;
    let mut tally = Tally {
        awarded: points(),
        matched: 0,
        unscored: 0,
        safety: 0,
        over: None,
    };
    let earned = score_items(&sheet.items, safety, findings, &mut tally);
    let points_bands = tally.awarded.bands();
    if let Some((item, points)) = tally.over {
        // The first item in sheet order with points above its maximum.
        return Err(over_max(unit, item, points));
    }
    tally.awarded.unmatched(unit, sheet, tally.matched)?;
    settle(
        safety,
        facts,
        index,
        sheet,
        findings,
        points_bands,
        Walked {
            earned,
            safety: tally.safety,
            unscored: tally.unscored,
        },
    )
}

/// What the walk over the items found, for [`settle`].
pub(super) struct Walked {
    /// The sum of the items' points.
    pub(super) earned: u64,
    /// Points of the items computed from the TT124 decision.
    pub(super) safety: u32,
    /// Awarded leaves without points.
    pub(super) unscored: u32,
}

/// The rules after the walk over the items: every deduction applied or waived, the total
/// clamped, the band found (from `bands` when the caller has the table) and recorded, and the
/// classification built — one rule code for every walk.
#[inline(always)]
pub(super) fn settle<S: Sink>(
    safety: &Decision<SafetyOutcome>,
    facts: &[DeductionFact],
    index: Option<FactIndex>,
    sheet: &ScoreSheet,
    findings: &mut S,
    points_bands: Option<&BandTable>,
    walked: Walked,
) -> Result<Classification, Error> {
    let Walked {
        earned,
        safety: safety_points,
        unscored,
    } = walked;
    let mut deducted = 0u64;
    let mut waived = 0u64;
    let counts = fact_counts(sheet, facts, index);
    for (di, d) in sheet.deductions.iter().enumerate() {
        let (distinct, repeats) = counts.get(di);
        let (applied, not_applied) = apply_deduction(d, distinct, repeats, safety, findings);
        deducted += applied;
        waived += not_applied;
    }

    let earned = earned.min(u64::from(MAX_TOTAL)); // ≤ 100 on a validated sheet
    let total = earned.saturating_sub(deducted) as u32; // clamp below at 0
                                                        // The band holding the total, from the caller's table when it has one.
    let found = match points_bands {
        Some(table) => table
            .get(total)
            .and_then(|(i, c)| Some((sheet.bands.get(i)?, Cow::Borrowed(c)))),
        None => sheet
            .band_for(total)
            .map(|band| (band, Cow::Owned(band_criterion(band)))),
    };
    let (band, band_criterion) = found.ok_or_else(|| {
        Error::invalid(
            Subject::ScoreSheet(sheet.name.clone()),
            "bands",
            "a band containing every total in 0–100",
            format!("no band for {total}"),
        )
    })?;
    findings.record_rule(&band_criterion, Status::Met, || {
        (
            Value::Points(i64::from(total)),
            Value::AtLeast(u64::from(band.min)),
        )
    });
    let provisional = findings.any_provisional();
    Ok(Classification {
        earned: earned as u32,
        safety_points,
        deducted: u32::try_from(deducted).unwrap_or(u32::MAX),
        waived: u32::try_from(waived).unwrap_or(u32::MAX),
        total,
        class: band.class,
        band: band.clone(),
        unscored_items: unscored,
        provisional,
    })
}

/// [`classify`] with the sheet for `unit`'s kind looked up in a [`SheetSet`].
///
/// # Errors
///
/// As [`classify`]; also a TT124 decision of another unit (field `safety.unit`) and a kind
/// without a sheet ([`Error::UnknownReference`], field `kind`).
pub fn classify_with(
    unit: &Unit,
    safety: &Decision<SafetyOutcome>,
    input: &ScoreInput,
    sheets: &SheetSet,
) -> Result<Decision<Classification>, Error> {
    if safety.unit != unit.id {
        return Err(Error::invalid(
            Subject::Unit(unit.id.clone()),
            "safety.unit",
            "the TT124 decision of the same unit",
            &safety.unit,
        ));
    }
    classify(safety, input, sheets.sheet_for(&unit.id, unit.tag())?)
}
