//! The province stage: totals, dockets per deciding body, the roadmap section.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::super::report::*;
use crate::authority::{Body, Procedure};
use crate::error::Error;
use crate::law::qd3554::ModelUnitOutcome;
use crate::outcome::SafetyOutcome;
use crate::roadmap::status::CountsSum;
use crate::roadmap::{self, Candidate, Category, LostStatus, Metric, UnitRecord};
use crate::unit::KindTag;

fn kind_index(k: KindTag) -> usize {
    KindTag::ALL.iter().position(|&x| x == k).unwrap_or(0)
}

const SAFETY_CODES: [&str; 5] = [
    "not_subject",
    "excluded_from_review",
    "not_recognised",
    "recognised",
    "cannot_decide",
];

fn safety_index(o: &SafetyOutcome) -> usize {
    match o {
        SafetyOutcome::NotSubject(_) => 0,
        SafetyOutcome::ExcludedFromReview(_) => 1,
        SafetyOutcome::NotRecognised => 2,
        SafetyOutcome::Recognised => 3,
        SafetyOutcome::CannotDecide => 4,
    }
}

const MODEL_OUTCOMES: [ModelUnitOutcome; 5] = [
    ModelUnitOutcome::NotEligible,
    ModelUnitOutcome::NotRegistered,
    ModelUnitOutcome::NotRecognised,
    ModelUnitOutcome::Recognised,
    ModelUnitOutcome::CannotDecide,
];

/// Counts in fixed arrays while scanning (no per-unit allocation), maps at the end.
pub(super) fn totals(reports: &[UnitReport]) -> Totals {
    let mut safety = [[0u64; 5]; 5];
    let mut classes = [[0u64; 4]; 5];
    let mut models = [0u64; 5];
    let mut t = Totals::default();
    for u in reports {
        t.units += 1;
        let k = kind_index(u.kind);
        safety[k][safety_index(&u.safety)] += 1;
        match &u.classification {
            Some(c) => classes[k][c.class as usize] += 1,
            None if u.safety.is_subject() => t.unclassified += 1,
            None => {}
        }
        if let Some(m) = &u.model_unit {
            if let Some(i) = MODEL_OUTCOMES.iter().position(|&x| x == m.outcome) {
                models[i] += 1;
            }
        }
    }
    for (k, kind) in KindTag::ALL.into_iter().enumerate() {
        if safety[k].iter().any(|&n| n > 0) {
            t.safety.insert(
                kind,
                SAFETY_CODES
                    .iter()
                    .zip(safety[k])
                    .filter(|(_, n)| *n > 0)
                    .map(|(c, n)| ((*c).to_owned(), n))
                    .collect(),
            );
        }
        let by_class = super::tally::by_class(classes[k]);
        if !by_class.is_empty() {
            t.classes.insert(kind, by_class);
        }
    }
    t.model_units = MODEL_OUTCOMES
        .iter()
        .zip(models)
        .filter(|(_, n)| *n > 0)
        .map(|(o, n)| (o.code().to_owned(), n))
        .collect();
    t
}

/// A docket's deadline, procedure, body and jurisdiction (its text's bytes: UTF-8, made into
/// the summary's `String` once per docket).
type DocketKey<'a> = (NaiveDate, Procedure, Body, &'a [u8]);
/// Units on the docket, units counted, favourable.
type Docket = (u32, u32, u32);

/// The dockets being gathered, with the last docket of each procedure and body level
/// remembered: `reports` is sorted by id and a commune's units come one after another, so the
/// docket of the last unit decided at the same level is, most of the time, this unit's too,
/// and its key is not hashed again (a commune's areas go to the commune's body, its agencies
/// and enterprises to the district's or the province's: one slot per level keeps both).
struct Dockets<'a> {
    index: HashMap<DocketKey<'a>, usize>,
    dockets: Vec<(DocketKey<'a>, Docket)>,
    last: [[Option<(DocketKey<'a>, usize)>; 4]; 2],
}

impl<'a> Dockets<'a> {
    fn at(&mut self, key: DocketKey<'a>, slot: usize) -> usize {
        let level = key.2.level() as usize;
        match self.last[slot][level] {
            Some((k, i)) if k == key => i,
            _ => {
                let dockets = &mut self.dockets;
                let i = *self.index.entry(key).or_insert_with(|| {
                    dockets.push((key, Docket::default()));
                    dockets.len() - 1
                });
                self.last[slot][level] = Some((key, i));
                i
            }
        }
    }
}

/// No docket (a unit not on one of the two procedures).
const NONE: usize = usize::MAX;

/// The dockets per deciding body, procedure, jurisdiction and deadline, sorted by them; each
/// lists its units by id in the order of `reports`. Two passes: the first finds each unit's
/// dockets and counts them, the second fills lists allocated at their exact size.
pub(super) fn bodies(reports: &[UnitReport]) -> Vec<BodySummary> {
    let mut d = Dockets {
        index: HashMap::new(),
        dockets: Vec::new(),
        last: [[None; 4]; 2],
    };
    let mut on: Vec<[usize; 2]> = Vec::with_capacity(reports.len());
    for u in reports {
        let mut at = [NONE; 2];
        if let (Some(b), Some(date)) = (u.recognised_by, u.deadline) {
            let i = d.at(
                (
                    date,
                    Procedure::SafetyRecognition,
                    b,
                    u.jurisdiction_bytes(b),
                ),
                0,
            );
            let e = &mut d.dockets[i].1;
            e.0 += 1;
            e.1 += 1;
            e.2 += u32::from(u.safety.is_recognised());
            at[0] = i;
        }
        if let (Some(b), Some(date)) = (u.classified_by, u.classification_deadline) {
            let i = d.at(
                (
                    date,
                    Procedure::MovementClassification,
                    b,
                    u.jurisdiction_bytes(b),
                ),
                1,
            );
            let e = &mut d.dockets[i].1;
            e.0 += 1;
            // Units not scored yet are on the docket (the body still has to classify them)
            // but not counted among the decisions to take.
            if let Some(c) = &u.classification {
                e.1 += 1;
                e.2 += u32::from(c.class.at_least_kha());
            }
            at[1] = i;
        }
        on.push(at);
    }
    let mut out: Vec<BodySummary> = d
        .dockets
        .into_iter()
        .map(
            |((deadline, procedure, body, j), (listed, units, favourable))| BodySummary {
                procedure,
                body,
                jurisdiction: String::from_utf8_lossy(j).into_owned(),
                deadline,
                units,
                favourable,
                unit_ids: Vec::with_capacity(listed as usize),
            },
        )
        .collect();
    for (u, at) in reports.iter().zip(on) {
        for i in at.into_iter().filter(|&i| i != NONE) {
            out[i].unit_ids.push(u.id.clone());
        }
    }
    out.sort_by(|a, b| {
        (a.deadline, a.procedure, a.body, &a.jurisdiction).cmp(&(
            b.deadline,
            b.procedure,
            b.body,
            &b.jurisdiction,
        ))
    });
    out
}

/// The categories a roadmap sets model-unit targets for, sorted, once each.
pub(crate) fn model_unit_categories(rm: &roadmap::Roadmap) -> Vec<Category> {
    let mut cats: Vec<Category> = rm
        .targets
        .iter()
        .filter(|t| t.metric == Metric::ModelUnit)
        .map(|t| t.category)
        .collect();
    cats.sort();
    cats.dedup();
    cats
}

pub(super) fn roadmap_section(
    rm: &roadmap::Roadmap,
    year: i32,
    sums: RoadmapSums,
    reports: &[UnitReport],
) -> Result<RoadmapSection, Error> {
    if let Some(e) = sums.invalid {
        return Err(e);
    }
    let counts = sums.counts.counts();
    // A target over a category with no units cannot be measured (the roadmap module rejects
    // N = 0); the report lists it as skipped instead of failing the whole year.
    let skipped: Vec<String> = rm
        .targets_in(year)
        .filter(|t| {
            counts
                .categories
                .get(&t.category)
                .is_none_or(|c| c.total == 0)
        })
        .map(|t| t.id.to_string())
        .collect();
    let progress = if skipped.is_empty() {
        roadmap::progress::progress_of_valid(rm, year, &counts)?.targets
    } else {
        let skip: std::collections::HashSet<&str> = skipped.iter().map(String::as_str).collect();
        let mut measurable = rm.clone();
        measurable
            .targets
            .retain(|t| t.year != year || !skip.contains(t.id.as_ref()));
        if measurable.targets_in(year).next().is_none() {
            Vec::new()
        } else {
            roadmap::progress::progress_of_valid(&measurable, year, &counts)?.targets
        }
    };
    let needs = roadmap::what_if(&progress);
    let closest = closest(reports);
    let must_rebuild = sums.must_rebuild;
    let history = sums.history.finish();
    Ok(RoadmapSection {
        name: rm.name.to_string(),
        progress,
        skipped,
        needs,
        closest,
        must_rebuild,
        history,
    })
}

/// How many not-yet-recognised model units the roadmap section lists, closest first.
const CLOSEST: usize = 10;

/// The [`CLOSEST`] model units not recognised (or not decidable) with the fewest criteria
/// unmet, ties by id. Only those are built into candidates (each lists its unmet criteria):
/// the others are ranked by `(unmet, id)` alone, a strict order since ids are distinct.
fn closest(reports: &[UnitReport]) -> Vec<Candidate> {
    let mut picks: Vec<(u32, &UnitReport)> = reports
        .iter()
        .filter_map(|u| {
            let m = u.model_unit.as_ref()?;
            matches!(
                m.outcome,
                ModelUnitOutcome::NotRecognised | ModelUnitOutcome::CannotDecide
            )
            .then_some((m.unmet, u))
        })
        .collect();
    let rank = |a: &(u32, &UnitReport), b: &(u32, &UnitReport)| (a.0, &a.1.id).cmp(&(b.0, &b.1.id));
    if picks.len() > CLOSEST {
        picks.select_nth_unstable_by(CLOSEST - 1, rank);
        picks.truncate(CLOSEST);
    }
    picks.sort_by(rank);
    picks
        .into_iter()
        .map(|(unmet, u)| Candidate {
            unit: u.id.clone(),
            kind: u.kind,
            unmet: unmet as usize,
            unmet_criteria: u
                .model_unit_issues
                .iter()
                .map(|i| i.criterion.clone())
                .collect(),
        })
        .collect()
}

/// What the roadmap section needs from the year's unit records, summed as each unit is
/// decided (DESIGN §27.2) instead of kept for passes at the end: the category counts, the
/// units that lost the title, and the titles held per category and year. The first invalid
/// record is kept and reported where the section is made, so errors keep their order.
pub(super) struct RoadmapSums {
    year: i32,
    counts: CountsSum,
    invalid: Option<Error>,
    must_rebuild: Vec<LostStatus>,
    history: HistorySums,
}

impl RoadmapSums {
    pub(super) fn new(rm: &roadmap::Roadmap, year: i32) -> Self {
        RoadmapSums {
            year,
            counts: CountsSum::default(),
            invalid: None,
            must_rebuild: Vec::new(),
            history: HistorySums::new(rm, year),
        }
    }

    /// Count one unit's record (records after an invalid one are not counted: the year fails).
    pub(super) fn add(&mut self, r: &UnitRecord) {
        if self.invalid.is_some() {
            return;
        }
        if let Err(e) = self.counts.add(self.year, r) {
            self.invalid = Some(e);
            return;
        }
        self.must_rebuild
            .extend(roadmap::must_rebuild(std::slice::from_ref(r), self.year));
        self.history.add(r);
    }
}

/// Per category with model-unit targets, how many units it has and how many of them hold the
/// title in each year from the roadmap's first to this one.
struct HistorySums {
    cats: Vec<Category>,
    years: Vec<i32>,
    members: Vec<u64>,
    /// Per category, per year.
    held: Vec<Vec<u64>>,
    /// Per year, whether the record being added holds the title (refilled for each).
    holds: Vec<bool>,
}

impl HistorySums {
    fn new(rm: &roadmap::Roadmap, year: i32) -> Self {
        let cats = model_unit_categories(rm);
        let years: Vec<i32> = (rm.from_year..=year).collect();
        HistorySums {
            members: vec![0; cats.len()],
            held: vec![vec![0; years.len()]; cats.len()],
            holds: vec![false; years.len()],
            cats,
            years,
        }
    }

    fn add(&mut self, r: &UnitRecord) {
        // Each year's answer is read from the history once, for the first category that
        // includes the unit, then counted in every such category.
        let mut read = false;
        for (c, cat) in self.cats.iter().enumerate() {
            if !cat.includes(r.kind) {
                continue;
            }
            if !read {
                for (h, &y) in self.holds.iter_mut().zip(&self.years) {
                    *h = roadmap::holds(&r.model_history, y);
                }
                read = true;
            }
            self.members[c] += 1;
            for (n, &h) in self.held[c].iter_mut().zip(&self.holds) {
                *n += u64::from(h);
            }
        }
    }

    /// The share of each category's units holding the title, by year (categories with no
    /// units left out).
    fn finish(self) -> BTreeMap<String, BTreeMap<i32, Decimal>> {
        let mut history = BTreeMap::new();
        for ((cat, members), held) in self.cats.iter().zip(self.members).zip(self.held) {
            if members == 0 {
                continue;
            }
            let series: &mut BTreeMap<i32, Decimal> =
                history.entry(cat.code().to_owned()).or_default();
            for (&y, n) in self.years.iter().zip(held) {
                series.insert(y, share_percent(n, members, 2));
            }
        }
        history
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Policy;
    use crate::roadmap::ModelEvent;
    use crate::year::{evaluate, synthetic};
    use proptest::prelude::*;

    /// The dockets as a plain map gives them: keyed by deadline, procedure, body and
    /// jurisdiction (sorted so), units in the order of `reports`.
    fn plain(reports: &[UnitReport]) -> Vec<BodySummary> {
        let mut map: BTreeMap<(NaiveDate, Procedure, Body, String), BodySummary> = BTreeMap::new();
        for u in reports {
            let on = [
                (Procedure::SafetyRecognition, u.recognised_by, u.deadline),
                (
                    Procedure::MovementClassification,
                    u.classified_by,
                    u.classification_deadline,
                ),
            ];
            for (procedure, body, date) in on {
                let (Some(body), Some(deadline)) = (body, date) else {
                    continue;
                };
                let j = u.jurisdiction(body).to_owned();
                let d = map
                    .entry((deadline, procedure, body, j.clone()))
                    .or_insert_with(|| BodySummary {
                        procedure,
                        body,
                        jurisdiction: j,
                        deadline,
                        units: 0,
                        favourable: 0,
                        unit_ids: Vec::new(),
                    });
                let counted = match procedure {
                    Procedure::SafetyRecognition => Some(u.safety.is_recognised()),
                    _ => u.classification.as_ref().map(|c| c.class.at_least_kha()),
                };
                if let Some(favourable) = counted {
                    d.units += 1;
                    d.favourable += u32::from(favourable);
                }
                d.unit_ids.push(u.id.clone());
            }
        }
        map.into_values().collect()
    }

    /// A province with more than [`CLOSEST`] model units not recognised for most seeds (the
    /// small shape has at most five), so that the choice among them is exercised.
    const CLOSEST_SHAPE: synthetic::Shape = synthetic::Shape {
        communes: 30,
        residential_areas: 60,
        organisations: 120,
    };

    #[test]
    fn more_model_units_than_the_closest_listed_are_ranked_by_unmet_then_id() {
        let input = synthetic::province(&CLOSEST_SHAPE, 2026, 19);
        let r = evaluate(&input, &Policy::son_la_2026()).unwrap();
        let candidates = r
            .units
            .iter()
            .filter(|u| {
                u.model_unit.as_ref().is_some_and(|m| {
                    matches!(
                        m.outcome,
                        ModelUnitOutcome::NotRecognised | ModelUnitOutcome::CannotDecide
                    )
                })
            })
            .count();
        assert!(candidates > CLOSEST, "{candidates}");
        let got = closest(&r.units);
        assert_eq!(got.len(), CLOSEST);
        assert!(got
            .windows(2)
            .all(|w| (w[0].unmet, &w[0].unit) < (w[1].unmet, &w[1].unit)));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// TT124 Đ9–Đ10 and QĐ510 dockets: remembering the last docket per procedure and body
        /// level, and filling lists counted first, gives what a plain map gives — for a
        /// province's units in id order and in any other order (levels interleaved, a
        /// commune's units apart).
        #[test]
        fn dockets_equal_a_plain_map_in_any_order(
            seed in 0u64..1_000,
            order in Just((0..400usize).collect::<Vec<_>>()).prop_shuffle(),
            sorted in any::<bool>(),
        ) {
            let input = synthetic::province(&synthetic::Shape::small(), 2026, seed);
            let r = evaluate(&input, &Policy::son_la_2026()).unwrap();
            let reports: Vec<UnitReport> = if sorted {
                r.units.clone()
            } else {
                let mut order: Vec<usize> = order.into_iter().filter(|&i| i < r.units.len()).collect();
                order.extend(400..r.units.len());
                order.into_iter().map(|i| r.units[i].clone()).collect()
            };
            prop_assert!(reports.iter().map(|u| u.jurisdiction(Body::CommunePeoplesCommittee)).collect::<std::collections::HashSet<_>>().len() > 1);
            prop_assert_eq!(bodies(&reports), plain(&reports));
        }

        /// Sơn La's roadmap (KH 2026 §III, the model-unit targets): the closest units — the
        /// ten not-yet-recognised model units with the fewest unmet criteria, ties by id —
        /// are those a full sort of every candidate gives, each with its unmet criteria; for
        /// a province's units in any order and with fewer than ten candidates.
        #[test]
        fn the_closest_model_units_are_those_a_full_sort_gives(
            seed in 0u64..1_000,
            keep in 0usize..400,
            order in Just((0..400usize).collect::<Vec<_>>()).prop_shuffle(),
        ) {
            let input = synthetic::province(&CLOSEST_SHAPE, 2026, seed);
            let r = evaluate(&input, &Policy::son_la_2026()).unwrap();
            let reports: Vec<UnitReport> = order
                .into_iter()
                .take(keep)
                .filter_map(|i| r.units.get(i).cloned())
                .collect();
            let mut all: Vec<Candidate> = reports
                .iter()
                .filter(|u| u.model_unit.as_ref().is_some_and(|m| {
                    matches!(m.outcome, ModelUnitOutcome::NotRecognised | ModelUnitOutcome::CannotDecide)
                }))
                .map(|u| Candidate {
                    unit: u.id.clone(),
                    kind: u.kind,
                    unmet: u.model_unit.as_ref().map_or(0, |m| m.unmet as usize),
                    unmet_criteria: u.model_unit_issues.iter().map(|i| i.criterion.clone()).collect(),
                })
                .collect();
            all.sort_by(|a, b| (a.unmet, &a.unit).cmp(&(b.unmet, &b.unit)));
            all.truncate(CLOSEST);
            prop_assert_eq!(closest(&reports), all);
        }

        /// QĐ3554 held titles by year (the roadmap's history): one pass over the records gives,
        /// per category with model-unit targets, the share a pass per category and year
        /// gives — histories with titles won, lost and won again, kinds in no category.
        #[test]
        fn model_history_in_one_pass_equals_one_pass_per_category_and_year(
            records in proptest::collection::vec(
                (0..KindTag::ALL.len(), proptest::collection::btree_map(2022i32..2031, any::<bool>(), 0..4)),
                0..60,
            ),
            year in 2024i32..2031,
        ) {
            let rm = Policy::son_la_2026().roadmap.expect("Sơn La has a roadmap");
            let records: Vec<UnitRecord> = records
                .into_iter()
                .enumerate()
                .map(|(i, (k, h))| {
                    let mut r = UnitRecord::new(format!("u{i}"), KindTag::ALL[k]);
                    r.model_history = h
                        .into_iter()
                        .map(|(y, won)| (y, if won { ModelEvent::Recognised } else { ModelEvent::Lost }))
                        .collect();
                    r
                })
                .collect();
            let mut want: BTreeMap<String, BTreeMap<i32, Decimal>> = BTreeMap::new();
            for cat in model_unit_categories(&rm) {
                let members: Vec<&UnitRecord> = records.iter().filter(|r| cat.includes(r.kind)).collect();
                if members.is_empty() {
                    continue;
                }
                let series = want.entry(cat.code().to_owned()).or_default();
                for y in rm.from_year..=year {
                    let held = members.iter().filter(|r| roadmap::holds(&r.model_history, y)).count();
                    series.insert(y, share_percent(held as u64, members.len() as u64, 2));
                }
            }
            let mut sums = HistorySums::new(&rm, year);
            for r in &records {
                sums.add(r);
            }
            prop_assert_eq!(sums.finish(), want);
        }
    }
}
