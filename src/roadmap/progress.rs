//! Tiến độ — progress against a roadmap's targets, the shortfall in units, and the what-if.

use std::borrow::Cow;
use std::fmt::Write as _;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::citation::Source;
use crate::error::{Error, Subject};
use crate::explain::{Decision, Lang, Status};
use crate::law::qd3554::decide::{is_catalogue_finding, ModelUnitOutcome};
use crate::unit::{KindTag, UnitId};

use super::{Basis, Category, CategoryCounts, Metric, Roadmap};

/// Số đơn vị cần đạt — the least integer k with k·100 ≥ p·N: how many of `total` units a share
/// of `percent` % needs. Exact for any decimal `percent` (e.g. 74.99); `None` when `percent` is
/// outside 0–100 or the product does not fit 128-bit arithmetic.
///
/// ```
/// use antq::roadmap::required_count;
/// use rust_decimal::Decimal;
/// assert_eq!(required_count(Decimal::from(75), 4), Some(3));
/// assert_eq!(required_count(Decimal::from(75), 75), Some(57));
/// assert_eq!(required_count(Decimal::from(20), 101), Some(21));
/// assert_eq!(required_count(Decimal::new(7499, 2), 100), Some(75));
/// ```
pub fn required_count(percent: Decimal, total: u64) -> Option<u64> {
    if percent.is_sign_negative() && !percent.is_zero() || percent > Decimal::ONE_HUNDRED {
        return None;
    }
    let p = percent.normalize();
    let m = p.mantissa(); // ≥ 0
    let scale = p.scale();
    let denom = 100i128.checked_mul(10i128.checked_pow(scale)?)?;
    let num = m.checked_mul(i128::from(total))?;
    let k = num / denom + i128::from(num % denom != 0);
    u64::try_from(k).ok()
}

/// Tiến độ một chỉ tiêu — one target's progress in one year.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub struct TargetProgress {
    /// The target's id.
    pub target: Cow<'static, str>,
    /// The year.
    pub year: i32,
    /// Units counted.
    pub category: Category,
    /// What is counted.
    pub metric: Metric,
    /// Annual or cumulative.
    pub basis: Basis,
    /// Required share, percent.
    pub min_share: Decimal,
    /// N — units in the category.
    pub total: u64,
    /// Units counted as reaching the metric.
    pub achieved: u64,
    /// achieved·100/N, rounded to 2 decimal places for display (met is decided on integers).
    pub share: Decimal,
    /// ⌈p·N/100⌉ — units needed.
    pub required: u64,
    /// Units still missing (0 when met).
    pub shortfall: u64,
    /// Whether achieved ≥ required.
    pub met: bool,
    /// Citation and provenance of the target.
    pub source: Source,
}

impl TargetProgress {
    /// One line for a person, e.g. `[không đạt] kh10.2028.organisations.model_unit — cơ quan,
    /// doanh nghiệp, cơ sở giáo dục, đạt điển hình (lũy kế): 39/100 (39%); yêu cầu ≥ 40% = 40;
    /// còn thiếu 1 (mục 3a …)`.
    pub fn render(&self, lang: Lang) -> String {
        let mut s = String::with_capacity(200);
        let status = if self.met {
            Status::Met
        } else {
            Status::NotMet
        };
        let basis = match (self.basis, lang) {
            (Basis::Annual, Lang::Vi) => "trong năm",
            (Basis::Cumulative, Lang::Vi) => "lũy kế",
            (Basis::Annual, Lang::En) => "annual",
            (Basis::Cumulative, Lang::En) => "cumulative",
        };
        let (req, short) = match lang {
            Lang::Vi => ("yêu cầu", "còn thiếu"),
            Lang::En => ("required", "short by"),
        };
        let _ = write!(
            s,
            "[{}] {} — {}, {} ({basis}): {}/{} ({}%); {req} ≥ {}% = {}; {short} {} (",
            status.label(lang),
            self.target,
            self.category.name(lang),
            self.metric.name(lang),
            self.achieved,
            self.total,
            self.share.normalize(),
            self.min_share.normalize(),
            self.required,
            self.shortfall,
        );
        let _ = self.source.citation.write_to(&mut s, lang);
        if self.source.provenance != crate::citation::Provenance::Text {
            let label = match lang {
                Lang::Vi => self.source.provenance.label_vi(),
                Lang::En => self.source.provenance.label_en(),
            };
            let _ = write!(s, "; {label}");
        }
        s.push(')');
        s
    }
}

/// Tiến độ năm — the progress of a roadmap's targets in one year: every target that could be
/// counted, and the ids of those that could not.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub struct Progress {
    /// The year measured.
    pub year: i32,
    /// Every target of the year whose counts were given, in the roadmap's order.
    pub targets: Vec<TargetProgress>,
    /// Targets of the year whose category or metric was not counted (nobody asked for it):
    /// listed, never silently dropped, and never an error.
    pub not_counted: Vec<Cow<'static, str>>,
}

impl Progress {
    /// The progress of the target with id `id`, if it was counted.
    pub fn target(&self, id: &str) -> Option<&TargetProgress> {
        self.targets.iter().find(|t| t.target == id)
    }

    /// The progress of the year's target on `metric` over `category`, if it was counted (a
    /// roadmap sets at most one per year, category and metric).
    pub fn of(&self, category: Category, metric: Metric) -> Option<&TargetProgress> {
        self.targets
            .iter()
            .find(|t| t.category == category && t.metric == metric)
    }

    /// Whether every counted target is met (and at least one was counted).
    pub fn all_met(&self) -> bool {
        !self.targets.is_empty() && self.targets.iter().all(|t| t.met)
    }
}

impl std::ops::Deref for Progress {
    type Target = [TargetProgress];
    fn deref(&self) -> &[TargetProgress] {
        &self.targets
    }
}

/// Tiến độ năm — progress of every target of `roadmap` in `year`, in the roadmap's order.
///
/// A target is measured from the counts of its category ([`CategoryCounts::tally`]: a combined
/// category such as KH10's "communes and organisations" is summed from its parts when not
/// given itself). A target whose category or metric is not in `counts` is listed in
/// [`Progress::not_counted`] — counting only what one asks about is not an error.
///
/// # Errors
///
/// Subject: the roadmap. An invalid roadmap; a year outside it (field `year`); an empty
/// category, N = 0 (field `counts.<category>.total`); a metric count greater than N (field
/// `counts.<category>.<basis>.<metric>`).
pub fn progress(roadmap: &Roadmap, year: i32, counts: &CategoryCounts) -> Result<Progress, Error> {
    roadmap.validate()?;
    progress_of_valid(roadmap, year, counts)
}

/// [`progress`] of a roadmap already validated (the year pipeline validates the policy once).
pub(crate) fn progress_of_valid(
    roadmap: &Roadmap,
    year: i32,
    counts: &CategoryCounts,
) -> Result<Progress, Error> {
    let subject = || Subject::Roadmap(roadmap.name.to_string());
    if !roadmap.covers(year) {
        return Err(Error::invalid(
            subject(),
            "year",
            format!("a year in {}–{}", roadmap.from_year, roadmap.to_year),
            year,
        ));
    }
    let mut out = Progress {
        year,
        ..Progress::default()
    };
    for t in roadmap.targets_in(year) {
        let cat = t.category.code();
        let Some(tally) = counts.tally(t.category) else {
            out.not_counted.push(t.id.clone());
            continue;
        };
        let (count, basis) = match t.basis {
            Basis::Annual => (tally.annual_count(t.metric), "annual"),
            Basis::Cumulative => (tally.cumulative_count(t.metric), "cumulative"),
        };
        let Some(achieved) = count else {
            out.not_counted.push(t.id.clone());
            continue;
        };
        let n = tally.total;
        if n == 0 {
            return Err(Error::invalid(
                subject(),
                format!("counts.{cat}.total"),
                "at least one unit (a share of an empty category means nothing)",
                0,
            ));
        }
        let field = || format!("counts.{cat}.{basis}.{}", t.metric.code());
        if achieved > n {
            return Err(Error::invalid(
                subject(),
                field(),
                format!("at most the category total {n}"),
                achieved,
            ));
        }
        let required = required_count(t.min_share, n).ok_or_else(|| {
            Error::invalid(
                subject(),
                format!("counts.{cat}.total"),
                "a total small enough for exact arithmetic",
                n,
            )
        })?;
        let share = (Decimal::from(achieved) * Decimal::ONE_HUNDRED)
            .checked_div(Decimal::from(n))
            .map(|d| d.round_dp(2))
            .unwrap_or_default();
        let shortfall = required.saturating_sub(achieved);
        out.targets.push(TargetProgress {
            target: t.id.clone(),
            year,
            category: t.category,
            metric: t.metric,
            basis: t.basis,
            min_share: t.min_share,
            total: n,
            achieved,
            share,
            required,
            shortfall,
            met: shortfall == 0,
            source: t.source.clone(),
        });
    }
    Ok(out)
}

/// Cần thêm — how many more units of a category must reach a metric to meet every target on it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct Need {
    /// Units counted.
    pub category: Category,
    /// What is counted.
    pub metric: Metric,
    /// More units needed: the largest shortfall among the unmet targets on this category and
    /// metric.
    pub more_units: u64,
    /// The unmet targets behind it.
    pub targets: Vec<Cow<'static, str>>,
}

/// Cần thêm bao nhiêu — from a year's progress, the extra units needed per category and metric
/// (only where something is short). A combined category (e.g. KH10's "all") is reported on its
/// own: units added to either of its parts count towards it.
pub fn what_if(progress: &[TargetProgress]) -> Vec<Need> {
    let mut needs: Vec<Need> = Vec::new();
    for p in progress.iter().filter(|p| !p.met) {
        match needs
            .iter_mut()
            .find(|n| n.category == p.category && n.metric == p.metric)
        {
            Some(n) => {
                n.more_units = n.more_units.max(p.shortfall);
                n.targets.push(p.target.clone());
            }
            None => needs.push(Need {
                category: p.category,
                metric: p.metric,
                more_units: p.shortfall,
                targets: vec![p.target.clone()],
            }),
        }
    }
    needs
}

/// Gần đạt nhất — a registered unit not yet recognised, with the criteria it still misses.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct Candidate {
    /// The unit.
    pub unit: UnitId,
    /// Its kind.
    pub kind: KindTag,
    /// Criteria not met or not known yet.
    pub unmet: usize,
    /// Their ids, in catalogue order.
    pub unmet_criteria: Vec<Cow<'static, str>>,
}

/// Đơn vị gần đạt nhất — among the model-unit decisions of registered units of `category` that
/// are not recognised yet (not recognised, or cannot decide), the `limit` closest to qualifying:
/// fewest unmet criteria (not met or unknown) first, then by unit id.
pub fn closest_to_qualifying<'a>(
    decisions: impl IntoIterator<Item = (KindTag, &'a Decision<ModelUnitOutcome>)>,
    category: Category,
    limit: usize,
) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = decisions
        .into_iter()
        .filter(|(k, d)| {
            category.includes(*k)
                && matches!(
                    d.outcome,
                    ModelUnitOutcome::NotRecognised | ModelUnitOutcome::CannotDecide
                )
        })
        .map(|(kind, d)| {
            let unmet_criteria: Vec<Cow<'static, str>> = d
                .findings
                .iter()
                .filter(|f| {
                    is_catalogue_finding(f) && matches!(f.status, Status::NotMet | Status::Unknown)
                })
                .map(|f| f.criterion.id.clone())
                .collect();
            Candidate {
                unit: d.unit.clone(),
                kind,
                unmet: unmet_criteria.len(),
                unmet_criteria,
            }
        })
        .collect();
    out.sort_by(|a, b| a.unmet.cmp(&b.unmet).then_with(|| a.unit.cmp(&b.unit)));
    out.truncate(limit);
    out
}
