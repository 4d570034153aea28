//! Xếp loại phong trào — the classification decision: items, deductions, total, class.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Subject};
use crate::explain::{
    Criterion, CriterionRef, Decision, Describe, Finding, Lang, Record, Status, Value,
};
use crate::outcome::{MovementClass, SafetyOutcome};
use crate::unit::Unit;

use super::awarded::Awarded;
use super::bands::band_criterion;
use super::builtin::{FACT_ONCE, SINGLE_DEDUCTION};
use super::fact_counts::fact_counts;
use super::input_check::{check_awarded, check_input, over_max};
use super::sheet::{
    ClassBand, Deduction, Frequency, ItemBasis, ScoreItem, ScoreSheet, SheetSet, MAX_TOTAL,
};
use crate::law::ids::same_id;

/// Dữ liệu chấm điểm — what the evaluating committee supplies for one unit.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct ScoreInput {
    /// Điểm hội đồng chấm — points per leaf item id (items with basis `awarded` only). Items
    /// left out count 0 and show as [`Status::Unknown`].
    #[serde(default, deserialize_with = "crate::strict::unique_map")]
    pub awarded: BTreeMap<String, u32>,
    /// Vi phạm bị trừ điểm — the facts reported against deductions.
    #[serde(default)]
    pub facts: Vec<DeductionFact>,
}

/// Sự việc bị trừ điểm — one reported fact (e.g. one disciplined officer) against a deduction.
///
/// The fact id identifies the fact itself: the same id reported twice — under the same or
/// another deduction — is deducted once.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct DeductionFact {
    /// The deduction's id in the sheet (e.g. `qd510.d8.k11.c`).
    pub deduction: String,
    /// The caller's id of the fact (e.g. `discipline:2026-07-nguyen-van-a`).
    pub fact: String,
}

impl DeductionFact {
    /// A fact against a deduction.
    pub fn new(deduction: impl Into<String>, fact: impl Into<String>) -> Self {
        DeductionFact {
            deduction: deduction.into(),
            fact: fact.into(),
        }
    }
}

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
///   ([`Frequency::Once`]) or once per distinct fact id ([`Frequency::PerOccurrence`]); a fact
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
pub(crate) fn classify_recorded<S: Sink>(
    safety: &Decision<SafetyOutcome>,
    input: &ScoreInput,
    sheet: &ScoreSheet,
    findings: &mut S,
) -> Result<Classification, Error> {
    let unit = &safety.unit;
    let index = check_input(unit, input, sheet)?;
    let mut tally = Tally {
        awarded: Awarded::new(&input.awarded),
        matched: 0,
        unscored: 0,
        safety: 0,
        over: None,
    };
    let earned = score_items(&sheet.items, safety, findings, &mut tally);
    if let Some(item) = tally.over {
        // The first item in sheet order with points above its maximum.
        let points = input.awarded.get(item.id()).copied().unwrap_or_default();
        return Err(over_max(unit, item, points));
    }
    if tally.matched != input.awarded.len() {
        // Some awarded id matched no leaf: find it (and name it) the slow way.
        check_awarded(unit, input, sheet)?;
    }
    let unscored = tally.unscored;

    let mut deducted = 0u64;
    let mut waived = 0u64;
    let counts = fact_counts(sheet, input, index);
    for (di, d) in sheet.deductions.iter().enumerate() {
        let (distinct, repeats) = counts.get(di);
        let (applied, not_applied) = apply_deduction(d, distinct, repeats, safety, findings);
        deducted += applied;
        waived += not_applied;
    }

    let earned = earned.min(u64::from(MAX_TOTAL)); // ≤ 100 on a validated sheet
    let total = earned.saturating_sub(deducted) as u32; // clamp below at 0
    let band = sheet.band_for(total).ok_or_else(|| {
        Error::invalid(
            Subject::ScoreSheet(sheet.name.clone()),
            "bands",
            "a band containing every total in 0–100",
            format!("no band for {total}"),
        )
    })?;
    let band_criterion = band_criterion(band);
    findings.record_rule(&band_criterion, Status::Met, || {
        (
            Value::Points(i64::from(total)),
            Value::AtLeast(u64::from(band.min)),
        )
    });
    let provisional = findings.any_provisional();
    Ok(Classification {
        earned: earned as u32,
        safety_points: tally.safety,
        deducted: u32::try_from(deducted).unwrap_or(u32::MAX),
        waived: u32::try_from(waived).unwrap_or(u32::MAX),
        total,
        class: band.class,
        band: band.clone(),
        unscored_items: unscored,
        provisional,
    })
}

/// A recorder for a classification: [`Record`] plus the group items, whose status is known only
/// after their sub-items (a group is listed before them), and whether any provisional criterion
/// was recorded.
pub(crate) trait Sink: Record {
    /// Open a group's slot (before its sub-items); returns a handle for [`Sink::close`].
    fn open(&mut self, c: &CriterionRef) -> usize;
    /// Give an opened group its status and values.
    fn close<V: FnOnce() -> (Value, Value)>(&mut self, at: usize, status: Status, values: V);
    /// Whether any recorded criterion is provisional.
    fn any_provisional(&self) -> bool;
    /// An item's finding; `resolved` is the criterion `c` refers to, already at hand.
    #[inline(always)]
    fn record_item<V: FnOnce() -> (Value, Value)>(
        &mut self,
        c: &CriterionRef,
        resolved: &Criterion,
        status: Status,
        values: V,
    ) {
        let _ = resolved;
        self.record_rule(c, status, values);
    }
    /// A deduction's finding (a reader must act on one that is not met).
    fn record_deduction<V: FnOnce() -> (Value, Value)>(
        &mut self,
        c: &CriterionRef,
        status: Status,
        values: V,
    ) {
        self.record_rule(c, status, values);
    }
}

impl Sink for Vec<Finding> {
    fn open(&mut self, c: &CriterionRef) -> usize {
        self.push(Finding {
            criterion: c.clone(),
            status: Status::NotApplicable,
            observed: Value::None,
            required: Value::None,
        });
        self.len() - 1
    }

    fn close<V: FnOnce() -> (Value, Value)>(&mut self, at: usize, status: Status, values: V) {
        let (observed, required) = values();
        let f = &mut self[at];
        f.status = status;
        f.observed = observed;
        f.required = required;
    }

    fn any_provisional(&self) -> bool {
        self.iter().any(|f| f.criterion.source.is_provisional())
    }
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

struct Tally<'a, 's> {
    /// The awarded points, looked up in sheet order.
    awarded: Awarded<'a>,
    /// Awarded ids matched to a leaf.
    matched: usize,
    /// Awarded leaves without points in the input.
    unscored: u32,
    /// Points of the items computed from the TT124 decision.
    safety: u32,
    /// The first leaf (in sheet order) given more points than its maximum: the error.
    over: Option<&'s ScoreItem>,
}

fn count_items(items: &[ScoreItem]) -> usize {
    items.iter().map(|i| 1 + count_items(&i.sub_items)).sum()
}

/// Record `items` in order (a group before its sub-items) and return the sum of their points.
/// Leaves and the groups of a sheet's first two levels are scored in line; a group deeper
/// down goes through [`score_group`].
#[inline(always)]
fn score_items<'s>(
    items: &'s [ScoreItem],
    safety: &Decision<SafetyOutcome>,
    findings: &mut impl Sink,
    tally: &mut Tally<'_, 's>,
) -> u64 {
    let mut sum = 0u64;
    for item in items {
        let points = if item.is_leaf() {
            score_leaf(item, safety, findings, tally)
        } else {
            score_group_in_line(item, safety, findings, tally)
        };
        sum += u64::from(points);
    }
    sum
}

/// [`score_group_in_line`] behind a call: the recursion for groups within groups.
fn score_group<'s>(
    item: &'s ScoreItem,
    safety: &Decision<SafetyOutcome>,
    findings: &mut impl Sink,
    tally: &mut Tally<'_, 's>,
) -> u32 {
    score_group_in_line(item, safety, findings, tally)
}

/// Record a group (before its sub-items, its status after them) and return its points: the
/// sum of its sub-items' (at most `u32::MAX`). Leaf sub-items are scored in line, group
/// sub-items through [`score_group`].
#[inline(always)]
fn score_group_in_line<'s>(
    item: &'s ScoreItem,
    safety: &Decision<SafetyOutcome>,
    findings: &mut impl Sink,
    tally: &mut Tally<'_, 's>,
) -> u32 {
    // Points typed in for a group or the computed item match no awarded leaf, so `classify`
    // sends them through `check_awarded`, which names them.
    let max = item.max_points;
    let at = findings.open(&item.criterion);
    let before = tally.unscored;
    let mut sum = 0u64;
    for s in &item.sub_items {
        let points = if s.is_leaf() {
            score_leaf(s, safety, findings, tally)
        } else {
            score_group(s, safety, findings, tally)
        };
        sum += u64::from(points);
    }
    let sum = u32::try_from(sum).unwrap_or(u32::MAX);
    let status = if tally.unscored > before {
        Status::Unknown
    } else if sum >= max {
        Status::Met
    } else {
        Status::NotMet
    };
    findings.close(at, status, || {
        (Value::Points(i64::from(sum)), Value::AtMost(u64::from(max)))
    });
    sum
}

/// Record a leaf item and return its points.
#[inline(always)]
fn score_leaf<'s>(
    item: &'s ScoreItem,
    safety: &Decision<SafetyOutcome>,
    findings: &mut impl Sink,
    tally: &mut Tally<'_, 's>,
) -> u32 {
    let max = item.max_points;
    let criterion: &Criterion = &item.criterion;
    let (points, status) = match item.basis {
        ItemBasis::SafetyRecognised => {
            let (points, status) = match &safety.outcome {
                SafetyOutcome::Recognised => (max, Status::Met),
                SafetyOutcome::NotRecognised | SafetyOutcome::ExcludedFromReview(_) => {
                    (0, Status::NotMet)
                }
                SafetyOutcome::NotSubject(_) => (0, Status::NotApplicable),
                SafetyOutcome::CannotDecide => (0, Status::Unknown),
            };
            tally.safety += points;
            (points, status)
        }
        ItemBasis::Awarded => match tally.awarded.get(&criterion.id) {
            Some(p) if p > max => {
                // An error once every item is through (`classify_recorded`).
                tally.over.get_or_insert(item);
                (p, Status::NotMet)
            }
            Some(p) => {
                tally.matched += 1;
                (
                    p,
                    if p >= max {
                        Status::Met
                    } else {
                        Status::NotMet
                    },
                )
            }
            None => {
                tally.unscored += 1;
                (0, Status::Unknown)
            }
        },
    };
    findings.record_item(&item.criterion, criterion, status, || {
        (
            Value::Points(i64::from(points)),
            Value::AtMost(u64::from(max)),
        )
    });
    points
}

/// Push the deduction's findings; return (points applied, points waived).
fn apply_deduction(
    d: &Deduction,
    distinct: u64,
    repeats: u64,
    safety: &Decision<SafetyOutcome>,
    findings: &mut impl Sink,
) -> (u64, u64) {
    let times = |n: u64| match d.frequency {
        Frequency::Once => n.min(1),
        Frequency::PerOccurrence => n,
    };
    let would_apply = u64::from(d.points) * times(distinct);

    // Sơn La …/UBND-NC §2a: the same fact already cost the "An toàn về ANTT" points.
    // Only the failed TT124 findings are compared with `covered_by` (few, usually none).
    let covering = if safety.outcome.is_recognised() || d.covered_by.is_empty() {
        None
    } else {
        safety
            .failed()
            .find(|f| d.covered_by.iter().any(|c| same_id(c, &f.criterion.id)))
            .map(|f| match &f.criterion.id {
                // Built-in TT124 ids are borrowed: copy the pointer. An owned id is copied from
                // whichever side borrows (the sheet's `covered_by`), else cloned.
                Cow::Borrowed(id) => Cow::Borrowed(*id),
                owned => d
                    .covered_by
                    .iter()
                    .find(|c| *c == owned)
                    .filter(|c| matches!(c, Cow::Borrowed(_)))
                    .unwrap_or(owned)
                    .clone(),
            })
    };

    let (applied, waived) = if let Some(tt124_id) = covering {
        findings.record_deduction(&d.criterion, Status::NotApplicable, || {
            (Value::Points(0), Value::None)
        });
        findings.record(&SINGLE_DEDUCTION, Status::Met, || {
            (Value::Text(tt124_id), Value::None)
        });
        (0, would_apply)
    } else {
        let status = if distinct > 0 {
            Status::NotMet
        } else {
            Status::Met
        };
        findings.record_deduction(&d.criterion, status, || {
            (
                Value::Points(-(would_apply.min(i64::MAX as u64) as i64)),
                Value::None,
            )
        });
        (would_apply, 0)
    };
    if repeats > 0 {
        findings.record(&FACT_ONCE, Status::Met, || {
            (Value::Count(repeats), Value::None)
        });
    }
    // Repeats would have cost points only under a per-occurrence deduction.
    let repeat_points = match d.frequency {
        Frequency::PerOccurrence => u64::from(d.points) * repeats,
        Frequency::Once => 0,
    };
    (applied, waived + repeat_points)
}
