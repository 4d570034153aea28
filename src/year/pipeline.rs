//! Quy trình năm — evaluate a whole province for one year, in the order the law needs:
//! residential areas, agencies, enterprises and schools first, then communes (Đ5 k4 reads their
//! units' results), then the province (aggregates, roadmap, targets, calendar).

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::input::{UnitInput, YearInput, SCHEMA_VERSION};
use super::report::*;
use crate::authority::{route_with, Body, Procedure};
use crate::calendar::year_calendar;
use crate::error::{Error, Subject};
use crate::explain::{CriterionRef, Finding, Status};
use crate::law::qd3554::{self, ModelUnitOutcome};
use crate::law::qd510;
use crate::law::tt124::{self, UnitCounts};
use crate::models;
use crate::outcome::{MovementClass, SafetyOutcome};
use crate::policy::Policy;
use crate::regime::{decision_date, Regime};
use crate::roadmap::{self, Candidate, Category, Metric, ModelEvent, UnitRecord};
use crate::unit::{KindTag, ManagingLevel, Unit};

/// First year TT124 applies to (in force from 10/02/2022).
pub const FIRST_YEAR: i32 = 2022;

/// Where a body sits, for grouping dockets and score lists.
pub(crate) fn jurisdiction(body: Body, u: &UnitReport) -> String {
    jurisdiction_ref(body, u).to_owned()
}

/// Everything collected across units while they are evaluated.
#[derive(Default)]
struct Collector {
    provisional: Vec<(CriterionRef, u64)>,
    criteria: BTreeMap<Cow<'static, str>, CriterionRef>,
}

impl Collector {
    /// Count provisional criteria and turn not-met / unknown findings into issues.
    fn take(&mut self, findings: &[Finding]) -> Vec<Issue> {
        self.take_if(findings, |_| true)
    }

    /// [`Collector::take`], keeping as issues only the findings `keep` accepts.
    fn take_if(&mut self, findings: &[Finding], keep: impl Fn(&Finding) -> bool) -> Vec<Issue> {
        let mut issues = Vec::new();
        for f in findings {
            if f.criterion.source.is_provisional() {
                let found = match self
                    .provisional
                    .iter()
                    .position(|(c, _)| c.same(&f.criterion))
                {
                    Some(i) => Some(i),
                    None => self
                        .provisional
                        .iter()
                        .position(|(c, _)| c.id == f.criterion.id),
                };
                match found.map(|i| &mut self.provisional[i]) {
                    Some((_, n)) => *n += 1,
                    None => self.provisional.push((f.criterion.clone(), 1)),
                }
            }
            if matches!(f.status, Status::NotMet | Status::Unknown) && keep(f) {
                if !self.criteria.contains_key(f.criterion.id.as_ref()) {
                    self.criteria
                        .insert(f.criterion.id.clone(), f.criterion.clone());
                }
                issues.push(Issue {
                    criterion: f.criterion.id.clone(),
                    status: f.status,
                    observed: f.observed.clone(),
                    required: f.required.clone(),
                });
            }
        }
        issues
    }
}

fn effective_level(u: &Unit) -> ManagingLevel {
    u.delegated_to.unwrap_or(u.managed_by)
}

/// One unit, end to end: TT124, QĐ510, QĐ3554, models, routing. `counts` are the Đ5 k4
/// counts for a commune.
fn evaluate_unit(
    rec: &UnitInput,
    year: i32,
    date: NaiveDate,
    policy: &Policy,
    counts: Option<UnitCounts>,
    col: &mut Collector,
) -> Result<UnitReport, Error> {
    let u = &rec.unit;
    let kind = u.tag();
    let safety = tt124::decide_with_units(u, year, &rec.safety, &policy.additions, counts)?;
    let safety_issues = col.take(&safety.findings);
    let subject = safety.outcome.is_subject();

    let (classification, classification_issues) = match (&rec.score, subject) {
        (Some(score), true) => {
            let c = qd510::classify_with(&u.id, kind, &safety, score, &policy.score_sheets)?;
            // Items with partial points are not problems; unscored items and deductions are.
            let sheet = policy.score_sheets.get(kind);
            let issues = col.take_if(&c.findings, |f| {
                f.status == Status::Unknown
                    || sheet.is_some_and(|sh| sh.deduction(&f.criterion.id).is_some())
            });
            (
                Some(ClassSummary {
                    total: c.outcome.total,
                    class: c.outcome.class,
                    unscored_items: c.outcome.unscored_items,
                    provisional: c.outcome.provisional,
                }),
                issues,
            )
        }
        _ => (None, Vec::new()),
    };

    let (model_unit, model_unit_issues) = match (&rec.model_unit, subject) {
        (Some(facts), true) if kind != KindTag::ResidentialArea => {
            let prerequisites = if policy.model_prerequisites {
                let p = qd3554::check_prerequisites(&u.id, year, &rec.previous);
                col.take(&p.findings);
                Some(p.outcome)
            } else {
                None
            };
            let catalogue = policy.catalogues.in_force(year, kind)?;
            let d = qd3554::decide(u, year, catalogue, facts)?;
            let unmet = qd3554::unmet_criteria(&d) as u32;
            let issues = col.take_if(&d.findings, |_| {
                !matches!(
                    d.outcome,
                    ModelUnitOutcome::NotRegistered | ModelUnitOutcome::NotEligible
                )
            });
            (
                Some(ModelUnitSummary {
                    prerequisites,
                    outcome: d.outcome,
                    unmet,
                }),
                issues,
            )
        }
        _ => (None, Vec::new()),
    };

    let models = match (&rec.models, subject) {
        (Some(list), true) => {
            let d = models::review(&u.id, kind, list, &policy.models);
            col.take(&d.findings);
            Some(ModelsSummary {
                requirement: d.outcome.requirement,
                effective: d.outcome.effective,
                actions: d.outcome.actions,
            })
        }
        _ => None,
    };

    let (recognised_by, classified_by, deadline, classification_deadline) = if subject {
        let r = route_with(Procedure::SafetyRecognition, u, date, &policy.calendar)?;
        let c = route_with(Procedure::MovementClassification, u, date, &policy.calendar)?;
        (
            Some(r.decider),
            Some(c.decider),
            Some(r.deadline.last_day()),
            Some(c.deadline.last_day()),
        )
    } else {
        (None, None, None, None)
    };

    Ok(UnitReport {
        id: u.id.clone(),
        name: u.name.clone(),
        kind,
        commune: u.commune.clone(),
        district: u.district.clone(),
        level: effective_level(u),
        safety: safety.outcome,
        safety_issues,
        classification,
        classification_issues,
        model_unit,
        model_unit_issues,
        models,
        recognised_by,
        classified_by,
        deadline,
        classification_deadline,
    })
}

/// One unit end to end, outside a province: TT124 (a commune with its `safety.units` counts),
/// QĐ510, QĐ3554, models and routing — what [`evaluate`] does per unit. Provisional values and
/// issue criteria are not collected.
pub fn evaluate_one(rec: &UnitInput, year: i32, policy: &Policy) -> Result<UnitReport, Error> {
    let date = decision_date(year).ok_or_else(|| {
        Error::invalid(
            Subject::Unit(rec.unit.id.clone()),
            "year",
            "a year in range",
            year,
        )
    })?;
    evaluate_unit(
        rec,
        year,
        date,
        policy,
        rec.safety.units,
        &mut Collector::default(),
    )
}

fn check_references(input: &YearInput) -> Result<HashMap<&str, usize>, Error> {
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(input.units.len());
    for (i, rec) in input.units.iter().enumerate() {
        let id = rec.unit.id.as_str();
        if index.insert(id, i).is_some() {
            return Err(Error::duplicate(
                Subject::Unit(rec.unit.id.clone()),
                "unit.id",
                id,
            ));
        }
    }
    for rec in &input.units {
        let u = &rec.unit;
        let Some(c) = &u.commune else { continue };
        let subject = || Subject::Unit(u.id.clone());
        if u.tag() == KindTag::Commune {
            return Err(Error::invalid(
                subject(),
                "unit.commune",
                "no commune for a commune-level unit",
                c,
            ));
        }
        match index.get(c.as_str()) {
            None => return Err(Error::unknown(subject(), "unit.commune", c)),
            Some(&j) if input.units[j].unit.tag() != KindTag::Commune => {
                return Err(Error::invalid(
                    subject(),
                    "unit.commune",
                    "the id of a commune-level unit",
                    c,
                ))
            }
            Some(_) => {}
        }
    }
    Ok(index)
}

/// Evaluate a year. Every input unit appears exactly once in the report (sorted by id); a unit
/// whose facts are incomplete appears as "cannot decide yet" with its missing facts. Bad input
/// (duplicate ids, a unit pointing to a missing commune, a commune type that did not exist that
/// year …) is an error naming the unit and the field, and no report is produced.
pub fn evaluate(input: &YearInput, policy: &Policy) -> Result<Report, Error> {
    let year = input.year;
    if input.schema_version != SCHEMA_VERSION {
        return Err(Error::invalid(
            Subject::Input,
            "schema_version",
            "1",
            input.schema_version,
        ));
    }
    let date = decision_date(year)
        .filter(|_| year >= FIRST_YEAR)
        .ok_or_else(|| {
            Error::invalid(
                Subject::Input,
                "year",
                "2022 or later (TT124 is in force from 10/02/2022)",
                year,
            )
        })?;
    policy.validate(year)?;
    let index = check_references(input)?;
    let units = &input.units;
    let n = units.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by(|&a, &b| units[a].unit.id.cmp(&units[b].unit.id));

    let mut col = Collector::default();
    let mut reports: Vec<Option<UnitReport>> = vec![None; n];
    let mut tallies: HashMap<usize, UnitCounts> = HashMap::new();
    let mut commune_classes: HashMap<usize, BTreeMap<MovementClass, u32>> = HashMap::new();

    for &i in order
        .iter()
        .filter(|&&i| units[i].unit.tag() != KindTag::Commune)
    {
        let rec = &units[i];
        let r = evaluate_unit(rec, year, date, policy, rec.safety.units, &mut col)?;
        if let Some(c) = &rec.unit.commune {
            let ci = index[c.as_str()];
            if effective_level(&rec.unit) == ManagingLevel::Commune {
                tallies.entry(ci).or_default().add(&r.safety);
            }
            if let Some(cl) = &r.classification {
                *commune_classes
                    .entry(ci)
                    .or_default()
                    .entry(cl.class)
                    .or_default() += 1;
            }
        }
        reports[i] = Some(r);
    }
    let mut communes = Vec::new();
    for &i in order
        .iter()
        .filter(|&&i| units[i].unit.tag() == KindTag::Commune)
    {
        let rec = &units[i];
        let counts = match tallies.get(&i) {
            Some(t) => Some(*t),
            None => rec.safety.units.or(Some(UnitCounts::default())),
        };
        let r = evaluate_unit(rec, year, date, policy, counts, &mut col)?;
        communes.push(commune_summary(
            &r,
            counts.unwrap_or_default(),
            commune_classes.remove(&i),
        ));
        reports[i] = Some(r);
    }
    let reports: Vec<UnitReport> = order.iter().filter_map(|&i| reports[i].take()).collect();

    let totals = totals(&reports);
    let bodies = bodies(&reports);
    let roadmap = roadmap_section(input, &reports, &index, policy)?;
    let mut class_targets = Vec::new();
    for t in policy.class_targets.iter().filter(|t| t.applies_in(year)) {
        class_targets.push(
            t.check(
                reports
                    .iter()
                    .filter_map(|u| u.classification.as_ref().map(|c| (&u.id, c.class))),
            )?,
        );
    }
    let calendar = year_calendar(year, &policy.calendar)?;
    // Provisional parts of the policy itself (class targets, calendar dates) are listed too.
    for t in &class_targets {
        if t.criterion.source.is_provisional() {
            col.provisional.push((t.criterion.clone(), 1));
        }
    }
    for e in calendar.iter().filter(|e| e.source.is_provisional()) {
        col.provisional.push((
            CriterionRef::from(crate::explain::Criterion {
                id: e.key.clone(),
                source: e.source.clone(),
                vi: e.vi.clone(),
                en: e.en.clone(),
            }),
            1,
        ));
    }
    let mut provisional: Vec<ProvisionalUse> = col
        .provisional
        .into_iter()
        .map(|(criterion, decisions)| ProvisionalUse {
            criterion,
            decisions,
        })
        .collect();
    provisional.sort_by(|a, b| a.criterion.id.cmp(&b.criterion.id));

    Ok(Report {
        schema_version: SCHEMA_VERSION,
        province: input.province.clone(),
        year,
        synthetic: input.synthetic,
        policy: policy.name.clone(),
        regime: Regime::for_year(year),
        totals,
        communes,
        bodies,
        roadmap,
        class_targets,
        calendar,
        provisional,
        criteria: col.criteria,
        units: reports,
    })
}

/// Least `k` with `k ≥ 70% of total`.
fn seventy_percent_of(total: u32) -> i64 {
    (i64::from(total) * 70 + 99) / 100
}

fn commune_summary(
    r: &UnitReport,
    units: UnitCounts,
    classes: Option<BTreeMap<MovementClass, u32>>,
) -> CommuneSummary {
    let share = if units.total == 0 {
        Decimal::ZERO
    } else {
        (Decimal::from(units.recognised) * Decimal::ONE_HUNDRED / Decimal::from(units.total))
            .round_dp(2)
    };
    let margin = i64::from(units.recognised) - seventy_percent_of(units.total);
    CommuneSummary {
        id: r.id.clone(),
        name: r.name.clone(),
        outcome: r.safety.clone(),
        units,
        recognised_share: share,
        margin,
        classes: classes.unwrap_or_default(),
        at_risk: r.safety != SafetyOutcome::Recognised || (units.total > 0 && margin <= 0),
    }
}

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
fn totals(reports: &[UnitReport]) -> Totals {
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

/// Where a body sits, borrowed from the unit report (see [`jurisdiction`]).
fn jurisdiction_ref(body: Body, u: &UnitReport) -> &str {
    match body.level() {
        ManagingLevel::Commune => u.commune.as_ref().unwrap_or(&u.id).as_str(),
        ManagingLevel::District => u.district.as_deref().unwrap_or("district"),
        ManagingLevel::Province => "province",
        ManagingLevel::Ministry => "ministry",
    }
}

fn bodies(reports: &[UnitReport]) -> Vec<BodySummary> {
    let mut map: HashMap<(NaiveDate, Procedure, Body, &str), (u32, u32)> = HashMap::new();
    for u in reports {
        if let (Some(b), Some(d)) = (u.recognised_by, u.deadline) {
            let e = map
                .entry((d, Procedure::SafetyRecognition, b, jurisdiction_ref(b, u)))
                .or_default();
            e.0 += 1;
            e.1 += u32::from(u.safety.is_recognised());
        }
        if let (Some(b), Some(c), Some(d)) = (
            u.classified_by,
            &u.classification,
            u.classification_deadline,
        ) {
            let e = map
                .entry((
                    d,
                    Procedure::MovementClassification,
                    b,
                    jurisdiction_ref(b, u),
                ))
                .or_default();
            e.0 += 1;
            e.1 += u32::from(c.class.at_least_kha());
        }
    }
    let mut out: Vec<BodySummary> = map
        .into_iter()
        .map(
            |((deadline, procedure, body, j), (units, favourable))| BodySummary {
                procedure,
                body,
                jurisdiction: j.to_owned(),
                deadline,
                units,
                favourable,
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

fn roadmap_section(
    input: &YearInput,
    reports: &[UnitReport],
    index: &HashMap<&str, usize>,
    policy: &Policy,
) -> Result<Option<RoadmapSection>, Error> {
    let year = input.year;
    let Some(rm) = policy.roadmap.as_ref().filter(|r| r.covers(year)) else {
        return Ok(None);
    };
    let mut records = Vec::with_capacity(reports.len());
    for u in reports.iter().filter(|u| u.safety.is_subject()) {
        let rec = &input.units[index[u.id.as_str()]];
        let mut history = rec.model_history.clone();
        if let Some(m) = &u.model_unit {
            let held = roadmap::holds(&history, year - 1);
            match m.outcome {
                ModelUnitOutcome::Recognised => {
                    history.insert(year, ModelEvent::Recognised);
                }
                ModelUnitOutcome::NotRecognised if held => {
                    history.insert(year, ModelEvent::Lost);
                }
                _ => {}
            }
        }
        let registered = rec.model_unit.as_ref().and_then(|f| f.registered).map(|r| {
            r && u
                .model_unit
                .as_ref()
                .and_then(|m| m.prerequisites)
                .is_none_or(|p| p.is_eligible())
        });
        records.push(UnitRecord {
            unit: u.id.clone(),
            kind: u.kind,
            model_history: history,
            model_unit_registered: registered,
            safety_registered: rec.safety.registered,
            safety_recognised: match u.safety {
                SafetyOutcome::CannotDecide => None,
                ref o => Some(o.is_recognised()),
            },
            class: u.classification.as_ref().map(|c| c.class),
            effective_model_rated: u.models.as_ref().and_then(|m| match m.requirement {
                Status::Met => Some(true),
                Status::NotMet => Some(false),
                Status::NotApplicable | Status::Unknown => None,
            }),
        });
    }
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
        roadmap::progress(rm, year, &counts)?
    } else {
        let mut measurable = rm.clone();
        measurable
            .targets
            .retain(|t| t.year != year || !skipped.iter().any(|s| *s == t.id));
        if measurable.targets_in(year).next().is_none() {
            Vec::new()
        } else {
            roadmap::progress(&measurable, year, &counts)?
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
            series.insert(
                y,
                (Decimal::from(held as u64) * Decimal::ONE_HUNDRED
                    / Decimal::from(members.len() as u64))
                .round_dp(2),
            );
        }
    }
    Ok(Some(RoadmapSection {
        name: rm.name.to_string(),
        progress,
        skipped,
        needs,
        closest,
        must_rebuild,
        history,
    }))
}
