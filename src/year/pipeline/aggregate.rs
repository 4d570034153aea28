//! The province stage: totals, dockets per deciding body, the roadmap section.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::super::report::*;
use crate::authority::{Body, Procedure};
use crate::error::Error;
use crate::law::qd3554::ModelUnitOutcome;
use crate::outcome::{MovementClass, SafetyOutcome};
use crate::roadmap::{self, Candidate, Category, Metric, UnitRecord};
use crate::unit::KindTag;
use crate::unit::UnitId;

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
        if classes[k].iter().any(|&n| n > 0) {
            t.classes.insert(
                kind,
                [
                    MovementClass::Yeu,
                    MovementClass::TrungBinh,
                    MovementClass::Kha,
                    MovementClass::XuatSac,
                ]
                .into_iter()
                .zip(classes[k])
                .filter(|(_, n)| *n > 0)
                .collect(),
            );
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

type DocketKey<'a> = (NaiveDate, Procedure, Body, &'a str);
type Docket = (u32, u32, Vec<UnitId>);

/// The dockets being gathered, with each procedure's last docket remembered: `reports` is
/// sorted by id and a commune's units come one after another, so the docket of the unit
/// before is, most of the time, this unit's too, and its key is not hashed again.
struct Dockets<'a> {
    index: HashMap<DocketKey<'a>, usize>,
    dockets: Vec<(DocketKey<'a>, Docket)>,
    last: [Option<(DocketKey<'a>, usize)>; 2],
}

impl<'a> Dockets<'a> {
    fn at(&mut self, key: DocketKey<'a>, slot: usize) -> usize {
        match self.last[slot] {
            Some((k, i)) if k == key => i,
            _ => {
                let dockets = &mut self.dockets;
                let i = *self.index.entry(key).or_insert_with(|| {
                    dockets.push((key, Docket::default()));
                    dockets.len() - 1
                });
                self.last[slot] = Some((key, i));
                i
            }
        }
    }
}

pub(super) fn bodies(reports: &[UnitReport]) -> Vec<BodySummary> {
    let mut d = Dockets {
        index: HashMap::new(),
        dockets: Vec::new(),
        last: [None, None],
    };
    for u in reports {
        if let (Some(b), Some(date)) = (u.recognised_by, u.deadline) {
            let i = d.at(
                (date, Procedure::SafetyRecognition, b, u.jurisdiction(b)),
                0,
            );
            let e = &mut d.dockets[i].1;
            e.0 += 1;
            e.1 += u32::from(u.safety.is_recognised());
            e.2.push(u.id.clone());
        }
        if let (Some(b), Some(date)) = (u.classified_by, u.classification_deadline) {
            let i = d.at(
                (
                    date,
                    Procedure::MovementClassification,
                    b,
                    u.jurisdiction(b),
                ),
                1,
            );
            let e = &mut d.dockets[i].1;
            // Units not scored yet are on the docket (the body still has to classify them)
            // but not counted among the decisions to take.
            if let Some(c) = &u.classification {
                e.0 += 1;
                e.1 += u32::from(c.class.at_least_kha());
            }
            e.2.push(u.id.clone());
        }
    }
    let dockets = d.dockets;
    let mut out: Vec<BodySummary> = dockets
        .into_iter()
        .map(
            |((deadline, procedure, body, j), (units, favourable, unit_ids))| BodySummary {
                procedure,
                body,
                jurisdiction: j.to_owned(),
                deadline,
                units,
                favourable,
                unit_ids,
            },
        )
        .collect();
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
    records: Vec<UnitRecord>,
    reports: &[UnitReport],
) -> Result<RoadmapSection, Error> {
    let counts = roadmap::CategoryCounts::from_records(year, &records)?;
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
    let mut closest: Vec<Candidate> = reports
        .iter()
        .filter(|u| {
            u.model_unit.as_ref().is_some_and(|m| {
                matches!(
                    m.outcome,
                    ModelUnitOutcome::NotRecognised | ModelUnitOutcome::CannotDecide
                )
            })
        })
        .map(|u| Candidate {
            unit: u.id.clone(),
            kind: u.kind,
            unmet: u.model_unit.as_ref().map_or(0, |m| m.unmet as usize),
            unmet_criteria: u
                .model_unit_issues
                .iter()
                .map(|i| i.criterion.clone())
                .collect(),
        })
        .collect();
    closest.sort_by(|a, b| (a.unmet, &a.unit).cmp(&(b.unmet, &b.unit)));
    closest.truncate(10);
    let must_rebuild = roadmap::must_rebuild(&records, year);
    let mut history: BTreeMap<String, BTreeMap<i32, Decimal>> = BTreeMap::new();
    for cat in model_unit_categories(rm) {
        let members: Vec<&UnitRecord> = records.iter().filter(|r| cat.includes(r.kind)).collect();
        if members.is_empty() {
            continue;
        }
        let series = history.entry(cat.code().to_owned()).or_default();
        for y in rm.from_year..=year {
            let held = members
                .iter()
                .filter(|r| roadmap::holds(&r.model_history, y))
                .count();
            series.insert(y, share_percent(held as u64, members.len() as u64, 2));
        }
    }
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
