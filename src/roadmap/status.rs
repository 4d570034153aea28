//! Giữ vững danh hiệu — who holds the model-unit title in a year, who lost it and must rebuild
//! it, and the per-category counts a roadmap's progress reads.
//!
//! A unit's model-unit history is a map year → [`ModelEvent`]: `Recognised` in the years it was
//! recognised (again), `Lost` in the year it lost the title. Years without an event carry the
//! previous state. A unit **holds** the title in year Y when its latest event at or before Y is
//! `Recognised`; it **must rebuild** when that latest event is `Lost`.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Subject};
use crate::outcome::MovementClass;
use crate::unit::{KindTag, UnitId};

use super::{Category, Metric};

/// Sự kiện danh hiệu điển hình — what happened to a unit's model-unit title in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModelEvent {
    /// Được công nhận (lại) — recognised (again) that year.
    Recognised,
    /// Không giữ vững — lost the title that year.
    Lost,
}

/// Whether a unit with this history holds the model-unit title in `year`.
pub fn holds(history: &BTreeMap<i32, ModelEvent>, year: i32) -> bool {
    matches!(
        history.range(..=year).next_back(),
        Some((_, ModelEvent::Recognised))
    )
}

/// Hồ sơ năm của một đơn vị — what the roadmap needs to know about one unit in one year.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct UnitRecord {
    /// The unit.
    pub unit: UnitId,
    /// Its kind.
    pub kind: KindTag,
    /// Model-unit history, year → event (JSON keys are years as strings).
    #[serde(default)]
    pub model_history: BTreeMap<i32, ModelEvent>,
    /// Registered this year to build a model unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_unit_registered: Option<bool>,
    /// Registered this year for "An toàn về ANTT".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety_registered: Option<bool>,
    /// Recognised "An toàn về ANTT" this year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety_recognised: Option<bool>,
    /// This year's movement class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<MovementClass>,
    /// Has ≥ 1 effective model rated Khá or better this year (from [`crate::models::review`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_model_rated: Option<bool>,
}

impl UnitRecord {
    /// A record with only the unit and kind filled in.
    pub fn new(unit: impl Into<String>, kind: KindTag) -> UnitRecord {
        UnitRecord {
            unit: UnitId::new(unit),
            kind,
            model_history: BTreeMap::new(),
            model_unit_registered: None,
            safety_registered: None,
            safety_recognised: None,
            class: None,
            effective_model_rated: None,
        }
    }

    /// Check the history: a unit can only lose a title it holds.
    ///
    /// # Errors
    ///
    /// A history that loses a title the unit does not hold (field `model_history`).
    pub fn validate(&self) -> Result<(), Error> {
        let mut holding = false;
        for (year, e) in &self.model_history {
            match e {
                ModelEvent::Recognised => holding = true,
                ModelEvent::Lost if holding => holding = false,
                ModelEvent::Lost => {
                    return Err(Error::invalid(
                        Subject::Unit(self.unit.clone()),
                        "model_history",
                        "a loss only in a year the unit held the title",
                        format!("lost in {year} without holding it"),
                    ))
                }
            }
        }
        Ok(())
    }

    /// Whether the unit counts for `metric` in `year` on the cumulative basis (holding the
    /// model-unit title); `None` for metrics that have no cumulative meaning.
    pub fn cumulative(&self, metric: Metric, year: i32) -> Option<bool> {
        (metric == Metric::ModelUnit).then(|| holds(&self.model_history, year))
    }

    /// Whether the unit counts for `metric` in `year` on the annual basis. Missing facts do
    /// not count (a unit not known to be classified is not "not Yếu").
    pub fn annual(&self, metric: Metric, year: i32) -> bool {
        match metric {
            Metric::ModelUnitRegistered => self.model_unit_registered == Some(true),
            Metric::ModelUnit => self.model_history.get(&year) == Some(&ModelEvent::Recognised),
            Metric::SafetyRegistered => self.safety_registered == Some(true),
            Metric::SafetyRecognised => self.safety_recognised == Some(true),
            Metric::NotYeu => matches!(self.class, Some(c) if c != MovementClass::Yeu),
            Metric::KhaOrBetter => matches!(self.class, Some(c) if c.at_least_kha()),
            Metric::EffectiveModelRated => self.effective_model_rated == Some(true),
        }
    }
}

/// Đã mất danh hiệu — a unit that lost the model-unit title and has not rebuilt it yet.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct LostStatus {
    /// The unit.
    pub unit: UnitId,
    /// Its kind.
    pub kind: KindTag,
    /// Last year it was recognised before the loss.
    pub recognised_in: i32,
    /// The year it lost the title.
    pub lost_in: i32,
}

/// Đơn vị phải xây dựng lại — units that, as of `year`, lost the title and have not been
/// recognised again (KH10 2028–2030: they keep registering), in input order.
pub fn must_rebuild(records: &[UnitRecord], year: i32) -> Vec<LostStatus> {
    records
        .iter()
        .filter_map(|r| {
            let mut before = r.model_history.range(..=year).rev();
            match before.next() {
                Some((&lost_in, ModelEvent::Lost)) => {
                    let recognised_in = before
                        .find(|(_, e)| **e == ModelEvent::Recognised)
                        .map(|(y, _)| *y)?;
                    Some(LostStatus {
                        unit: r.unit.clone(),
                        kind: r.kind,
                        recognised_in,
                        lost_in,
                    })
                }
                _ => None,
            }
        })
        .collect()
}

/// Số liệu một nhóm — the counts of one category: the total N and, per metric, how many units
/// count on each basis.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct Tally {
    /// N — units in the category.
    pub total: u64,
    /// Units that reached each metric in this year's decisions.
    #[serde(default)]
    pub annual: BTreeMap<Metric, u64>,
    /// Units holding the model-unit title this year.
    #[serde(default)]
    pub cumulative: BTreeMap<Metric, u64>,
}

/// Số liệu theo nhóm — counts per category for one year, as [`super::progress()`] reads them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct CategoryCounts {
    /// Counts per category.
    pub categories: BTreeMap<Category, Tally>,
}

impl CategoryCounts {
    /// Counts built from one record per unit for `year`: every category, every metric. Errors:
    /// a unit listed twice, or a history that loses a title not held.
    ///
    /// # Errors
    ///
    /// A unit listed twice, or a history that loses a title not held.
    pub fn from_records(year: i32, records: &[UnitRecord]) -> Result<CategoryCounts, Error> {
        let mut ids: Vec<&UnitId> = records.iter().map(|r| &r.unit).collect();
        // Records in strictly rising id order are distinct as they come; others are sorted.
        if !ids.windows(2).all(|w| w[0] < w[1]) {
            ids.sort_unstable();
            if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
                return Err(Error::duplicate(Subject::Input, "records.unit", w[0]));
            }
        }
        Self::from_distinct_records(year, records)
    }

    /// [`CategoryCounts::from_records`] for records whose units the caller knows to be
    /// distinct (a year's, whose reports' ids are checked distinct first): every record is
    /// still validated, in the order given.
    pub(crate) fn from_distinct_records(
        year: i32,
        records: &[UnitRecord],
    ) -> Result<CategoryCounts, Error> {
        let mut sum = CountsSum::default();
        for r in records {
            sum.add(year, r)?;
        }
        Ok(sum.counts())
    }

    /// Set one category's counts (builder style, for hand-made counts and tests). A combined
    /// category need not be set: [`CategoryCounts::tally`] sums it from its parts.
    pub fn with(mut self, category: Category, tally: Tally) -> CategoryCounts {
        self.categories.insert(category, tally);
        self
    }

    /// The counts of `category`: as given, or — for a combined category not given itself —
    /// the sum of its parts' counts (communes + organisations; residential areas +
    /// organisations), with the metrics counted in every part. `None` when neither is given.
    ///
    /// ```
    /// use antq::roadmap::{Category, CategoryCounts, Metric, Tally};
    /// let counts = CategoryCounts::default()
    ///     .with(Category::Communes, Tally::of(75).with_annual(Metric::SafetyRecognised, 70))
    ///     .with(Category::Organisations, Tally::of(25).with_annual(Metric::SafetyRecognised, 20));
    /// let all = counts.tally(Category::CommunesAndOrganisations).unwrap();
    /// assert_eq!((all.total, all.annual_count(Metric::SafetyRecognised)), (100, Some(90)));
    /// ```
    pub fn tally(&self, category: Category) -> Option<Cow<'_, Tally>> {
        if let Some(t) = self.categories.get(&category) {
            return Some(Cow::Borrowed(t));
        }
        let parts = category.parts()?;
        let mut sum = self.categories.get(&parts[0])?.clone();
        for p in &parts[1..] {
            let t = self.categories.get(p)?;
            sum.total += t.total;
            sum.annual = merge(&sum.annual, &t.annual);
            sum.cumulative = merge(&sum.cumulative, &t.cumulative);
        }
        Some(Cow::Owned(sum))
    }
}

fn merge(a: &BTreeMap<Metric, u64>, b: &BTreeMap<Metric, u64>) -> BTreeMap<Metric, u64> {
    a.iter()
        .filter_map(|(m, n)| b.get(m).map(|k| (*m, n + k)))
        .collect()
}

impl Tally {
    /// A tally of `total` units with nothing counted yet.
    pub fn of(total: u64) -> Tally {
        Tally {
            total,
            ..Tally::default()
        }
    }

    /// How many units reached `metric` in the year's own decisions, if counted.
    pub fn annual_count(&self, metric: Metric) -> Option<u64> {
        self.annual.get(&metric).copied()
    }

    /// How many units hold the title counted by `metric` in the year, if counted.
    pub fn cumulative_count(&self, metric: Metric) -> Option<u64> {
        self.cumulative.get(&metric).copied()
    }

    /// Set the annual count of a metric.
    pub fn with_annual(mut self, metric: Metric, n: u64) -> Tally {
        self.annual.insert(metric, n);
        self
    }

    /// Set the cumulative count of a metric.
    pub fn with_cumulative(mut self, metric: Metric, n: u64) -> Tally {
        self.cumulative.insert(metric, n);
        self
    }
}

/// [`CategoryCounts::from_distinct_records`] one record at a time: the year pipeline adds each
/// unit's record as the unit is decided, instead of keeping 300,000 records for one pass at
/// the end (DESIGN §27.2). Counted in plain arrays (per category: N, each metric, titles
/// held), handed over as maps at the end: two map lookups per metric per record cost more
/// than the counting.
#[derive(Debug, Clone, Default)]
pub(crate) struct CountsSum {
    sums: [(u64, [u64; 7], u64); Category::ALL.len()],
}

impl CountsSum {
    /// Validate `r` and count it in each category that includes its kind.
    pub(crate) fn add(&mut self, year: i32, r: &UnitRecord) -> Result<(), Error> {
        r.validate()?;
        let annual: [bool; 7] = Metric::ALL.map(|m| r.annual(m, year));
        let holding = u64::from(holds(&r.model_history, year));
        for (c, sum) in Category::ALL.iter().zip(&mut self.sums) {
            if c.includes(r.kind) {
                sum.0 += 1;
                for (n, hit) in sum.1.iter_mut().zip(annual) {
                    *n += u64::from(hit);
                }
                sum.2 += holding;
            }
        }
        Ok(())
    }

    /// The counts of the records added.
    pub(crate) fn counts(self) -> CategoryCounts {
        let categories = Category::ALL
            .into_iter()
            .zip(self.sums)
            .map(|(c, (total, annual, holding))| {
                let tally = Tally {
                    total,
                    annual: Metric::ALL.into_iter().zip(annual).collect(),
                    cumulative: BTreeMap::from([(Metric::ModelUnit, holding)]),
                };
                (c, tally)
            })
            .collect();
        CategoryCounts { categories }
    }
}
