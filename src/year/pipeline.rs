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
use crate::explain::{CriterionRef, Decision, Finding, Status};
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

/// Buffers reused from unit to unit, so deciding a unit allocates no findings vector.
#[derive(Default)]
pub struct Scratch {
    safety: Vec<Finding>,
    other: Vec<Finding>,
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
    scratch: &mut Scratch,
) -> Result<UnitReport, Error> {
    let u = &rec.unit;
    let kind = u.tag();
    // The TT124 decision lives in a reused buffer; QĐ510 reads it as a `Decision`.
    let mut safety = Decision {
        unit: u.id.clone(),
        outcome: SafetyOutcome::CannotDecide,
        findings: std::mem::take(&mut scratch.safety),
    };
    safety.outcome = tt124::decide_into(
        u,
        year,
        &rec.safety,
        &policy.additions,
        counts,
        &mut safety.findings,
    )?;
    let safety_issues = col.take(&safety.findings);
    let subject = safety.outcome.is_subject();

    let (classification, classification_issues) = match (&rec.score, subject) {
        (Some(score), true) => {
            let sheet = policy.score_sheets.sheet_for(&u.id, kind)?;
            let c = qd510::classify_into(&safety, score, sheet, &mut scratch.other)?;
            // Items with partial points are not problems; unscored items and deductions are.
            let issues = col.take_if(&scratch.other, |f| {
                f.status == Status::Unknown || sheet.deduction(&f.criterion.id).is_some()
            });
            (
                Some(ClassSummary {
                    total: c.total,
                    class: c.class,
                    unscored_items: c.unscored_items,
                    provisional: c.provisional,
                }),
                issues,
            )
        }
        _ => (None, Vec::new()),
    };

    let (model_unit, model_unit_issues) = match (&rec.model_unit, subject) {
        (Some(facts), true) if kind != KindTag::ResidentialArea => {
            let prerequisites = if policy.model_prerequisites {
                let p = qd3554::check_prerequisites(&u.id, &rec.previous);
                col.take(&p.findings);
                Some(p.outcome)
            } else {
                None
            };
            let catalogue = policy.catalogues.in_force(year, kind)?;
            let outcome = qd3554::decide_into(u, year, catalogue, facts, &mut scratch.other)?;
            // The provisional default switch QĐ9745 → QĐ3554, when it chose the catalogue.
            if let Some(note) = policy.catalogues.switch_note(year) {
                let none = crate::explain::Value::None;
                scratch
                    .other
                    .push(Finding::new(note, Status::Met, none.clone(), none));
            }
            let unmet = scratch
                .other
                .iter()
                .filter(|f| {
                    qd3554::is_catalogue_finding(f)
                        && matches!(f.status, Status::NotMet | Status::Unknown)
                })
                .count() as u32;
            let registered = !matches!(
                outcome,
                ModelUnitOutcome::NotRegistered | ModelUnitOutcome::NotEligible
            );
            let issues = col.take_if(&scratch.other, |_| registered);
            (
                Some(ModelUnitSummary {
                    prerequisites,
                    outcome,
                    unmet,
                }),
                issues,
            )
        }
        _ => (None, Vec::new()),
    };

    let models = match (&rec.models, subject) {
        (Some(list), true) => {
            let o = models::review_into(kind, list, &policy.models, &mut scratch.other);
            col.take(&scratch.other);
            Some(ModelsSummary {
                requirement: o.requirement,
                effective: o.effective,
                actions: o.actions,
            })
        }
        _ => None,
    };

    let (recognised_by, classified_by, deadline, classification_deadline) = if subject {
        let r = route_with(
            Procedure::SafetyRecognition,
            u,
            date,
            &policy.routing,
            &policy.calendar,
        )?;
        let c = route_with(
            Procedure::MovementClassification,
            u,
            date,
            &policy.routing,
            &policy.calendar,
        )?;
        (
            Some(r.decider),
            Some(c.decider),
            Some(r.deadline.last_day()),
            Some(c.deadline.last_day()),
        )
    } else {
        (None, None, None, None)
    };

    let outcome = safety.outcome;
    scratch.safety = safety.findings;
    Ok(UnitReport {
        id: u.id.clone(),
        name: u.name.clone(),
        kind,
        commune: u.commune.clone(),
        district: u.district.clone(),
        level: effective_level(u),
        safety: outcome,
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
    evaluate_one_reusing(rec, year, policy, &mut Scratch::default())
}

/// [`evaluate_one`] reusing the caller's buffers — what deciding many units one by one costs.
pub fn evaluate_one_reusing(
    rec: &UnitInput,
    year: i32,
    policy: &Policy,
    scratch: &mut Scratch,
) -> Result<UnitReport, Error> {
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
        scratch,
    )
}

/// Check the header of a year and return its decision date.
fn year_date(schema_version: u32, year: i32, policy: &Policy) -> Result<NaiveDate, Error> {
    if schema_version != SCHEMA_VERSION {
        return Err(Error::invalid(
            Subject::Input,
            "schema_version",
            "1",
            schema_version,
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
    Ok(date)
}

/// Đánh giá từng đơn vị — the pipeline fed one unit at a time, so a caller (or
/// [`evaluate_json`]) never needs the whole parsed input in memory: each non-commune unit is
/// decided as it arrives and only its compact report is kept; communes wait for their units.
///
/// ```
/// use antq::policy::Policy;
/// use antq::year::{pipeline::Evaluator, synthetic};
/// let input = synthetic::province(&synthetic::Shape::small(), 2026, 1);
/// let policy = Policy::son_la_2026();
/// let mut ev = Evaluator::new(1, &input.province, 2026, input.synthetic, &policy).unwrap();
/// for u in &input.units {
///     ev.push(u).unwrap();
/// }
/// assert_eq!(ev.finish().unwrap().units.len(), input.units.len());
/// ```
pub struct Evaluator<'p> {
    policy: &'p Policy,
    province: String,
    year: i32,
    synthetic: bool,
    date: NaiveDate,
    col: Collector,
    scratch: Scratch,
    reports: Vec<UnitReport>,
    communes: Vec<UnitInput>,
    tallies: HashMap<String, UnitCounts>,
    classes: HashMap<String, BTreeMap<MovementClass, u32>>,
    records: Option<Vec<UnitRecord>>,
}

impl<'p> Evaluator<'p> {
    /// Start a year: checks the schema version, the year and the policy.
    pub fn new(
        schema_version: u32,
        province: &str,
        year: i32,
        synthetic: bool,
        policy: &'p Policy,
    ) -> Result<Evaluator<'p>, Error> {
        let date = year_date(schema_version, year, policy)?;
        let roadmap = policy.roadmap.as_ref().is_some_and(|r| r.covers(year));
        Ok(Evaluator {
            policy,
            province: province.to_owned(),
            year,
            synthetic,
            date,
            col: Collector::default(),
            scratch: Scratch::default(),
            reports: Vec::new(),
            communes: Vec::new(),
            tallies: HashMap::new(),
            classes: HashMap::new(),
            records: roadmap.then(Vec::new),
        })
    }

    /// Add one unit. A non-commune unit is decided at once; a commune waits for [`finish`].
    ///
    /// [`finish`]: Evaluator::finish
    pub fn push(&mut self, rec: &UnitInput) -> Result<(), Error> {
        let u = &rec.unit;
        if u.tag() == KindTag::Commune {
            if let Some(c) = &u.commune {
                return Err(Error::invalid(
                    Subject::Unit(u.id.clone()),
                    "unit.commune",
                    "no commune for a commune-level unit",
                    c,
                ));
            }
            self.communes.push(rec.clone());
            return Ok(());
        }
        let r = evaluate_unit(
            rec,
            self.year,
            self.date,
            self.policy,
            rec.safety.units,
            &mut self.col,
            &mut self.scratch,
        )?;
        if let Some(c) = &u.commune {
            if effective_level(u) == ManagingLevel::Commune {
                // Đ5 k4: registration from the unit's own fact, recognition from its outcome.
                let counts = self.tallies.entry(c.0.clone()).or_default();
                counts.add(rec.safety.registered, &r.safety);
            }
            if let Some(cl) = &r.classification {
                *self
                    .classes
                    .entry(c.0.clone())
                    .or_default()
                    .entry(cl.class)
                    .or_default() += 1;
            }
        }
        self.record(rec, &r);
        self.reports.push(r);
        Ok(())
    }

    /// What the roadmap needs of a unit, kept as the unit passes.
    fn record(&mut self, rec: &UnitInput, u: &UnitReport) {
        let Some(records) = &mut self.records else {
            return;
        };
        if !u.safety.is_subject() {
            return;
        }
        let year = self.year;
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

    /// Decide the communes (with their units' counts) and the province; sort; report.
    pub fn finish(mut self) -> Result<Report, Error> {
        // Every commune reference must name a commune-level unit (first offender by unit id).
        // Checked against the communes only — a few thousand ids, cache-resident — so the cost
        // stays linear in the number of units.
        let mut commune_ids: Vec<&str> = self.communes.iter().map(|c| c.unit.id.as_str()).collect();
        commune_ids.sort_unstable();
        let offender = self
            .reports
            .iter()
            .filter_map(|u| u.commune.as_ref().map(|c| (&u.id, c)))
            .filter(|(_, c)| commune_ids.binary_search(&c.as_str()).is_err())
            .min_by(|a, b| a.0.cmp(b.0));
        if let Some((unit, c)) = offender {
            let subject = Subject::Unit(unit.clone());
            return Err(if self.reports.iter().any(|u| u.id == *c) {
                Error::invalid(subject, "unit.commune", "the id of a commune-level unit", c)
            } else {
                Error::unknown(subject, "unit.commune", c)
            });
        }
        let mut communes_in = std::mem::take(&mut self.communes);
        communes_in.sort_by(|a, b| a.unit.id.cmp(&b.unit.id));
        let mut communes = Vec::with_capacity(communes_in.len());
        for rec in &communes_in {
            // Đ5 k4: counts tallied from the commune's subject units; with none to count (no
            // units in the input, or all not subject) only counts the input states are used,
            // else the commune cannot be decided — never a silent 0 of 0.
            let counts = match self.tallies.get(rec.unit.id.as_str()) {
                Some(t) if t.total > 0 => Some(*t),
                _ => rec.safety.units,
            };
            let r = evaluate_unit(
                rec,
                self.year,
                self.date,
                self.policy,
                counts,
                &mut self.col,
                &mut self.scratch,
            )?;
            communes.push(commune_summary(
                &r,
                counts.unwrap_or_default(),
                self.classes.remove(rec.unit.id.as_str()),
            ));
            self.record(rec, &r);
            self.reports.push(r);
        }
        drop(communes_in);
        let mut reports = std::mem::take(&mut self.reports);
        reports.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        if let Some(w) = reports.windows(2).find(|w| w[0].id == w[1].id) {
            return Err(Error::duplicate(
                Subject::Unit(w[0].id.clone()),
                "unit.id",
                &w[0].id,
            ));
        }
        let (year, policy) = (self.year, self.policy);

        let totals = totals(&reports);
        let bodies = bodies(&reports);
        let roadmap = match (self.records.take(), policy.roadmap.as_ref()) {
            (Some(records), Some(rm)) => Some(roadmap_section(rm, year, records, &reports)?),
            _ => None,
        };
        let mut class_targets = Vec::new();
        for t in policy.class_targets.iter().filter(|t| t.applies_in(year)) {
            // Each target counts only the kinds of unit its document names.
            class_targets.push(
                t.check_units(
                    reports.iter().filter_map(|u| {
                        u.classification.as_ref().map(|c| (&u.id, u.kind, c.class))
                    }),
                )?,
            );
        }
        let calendar = year_calendar(year, &policy.calendar)?;
        let mut col = self.col;
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
            province: self.province,
            year,
            synthetic: self.synthetic,
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
            audit: None,
        })
    }
}

/// Evaluate a year. Every input unit appears exactly once in the report (sorted by id); a unit
/// whose facts are incomplete appears as "cannot decide yet" with its missing facts. Bad input
/// (duplicate ids, a unit pointing to a missing commune, a commune type that did not exist that
/// year …) is an error naming the unit and the field, and no report is produced.
pub fn evaluate(input: &YearInput, policy: &Policy) -> Result<Report, Error> {
    let mut ev = Evaluator::new(
        input.schema_version,
        &input.province,
        input.year,
        input.synthetic,
        policy,
    )?;
    for u in &input.units {
        ev.push(u)?;
    }
    ev.finish()
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
    let share = share_percent(u64::from(units.recognised), u64::from(units.total), 2);
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
        roadmap::progress(rm, year, &counts)?.targets
    } else {
        let mut measurable = rm.clone();
        measurable
            .targets
            .retain(|t| t.year != year || !skipped.iter().any(|s| *s == t.id));
        if measurable.targets_in(year).next().is_none() {
            Vec::new()
        } else {
            roadmap::progress(&measurable, year, &counts)?.targets
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

#[cfg(feature = "json")]
mod streaming {
    use std::fmt;

    use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

    use super::*;

    /// The first error raised inside the stream, kept in its typed form (serde only carries a
    /// message).
    struct Slot<'a, 'p> {
        ev: Option<Evaluator<'p>>,
        error: &'a mut Option<Error>,
        policy: &'p Policy,
    }

    struct Units<'s, 'a, 'p>(&'s mut Slot<'a, 'p>);

    impl<'de> DeserializeSeed<'de> for Units<'_, '_, '_> {
        type Value = ();
        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_seq(self)
        }
    }

    impl<'de> Visitor<'de> for Units<'_, '_, '_> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an array of units")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            while let Some(rec) = seq.next_element::<UnitInput>()? {
                let Some(ev) = self.0.ev.as_mut() else {
                    return Err(de::Error::custom("internal: no evaluator"));
                };
                if let Err(e) = ev.push(&rec) {
                    *self.0.error = Some(e);
                    return Err(de::Error::custom("unit rejected"));
                }
            }
            Ok(())
        }
    }

    struct Top<'s, 'a, 'p>(&'s mut Slot<'a, 'p>);

    impl<'de> Visitor<'de> for Top<'_, '_, '_> {
        type Value = Option<YearInput>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a year input object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<YearInput>, A::Error> {
            let (mut version, mut province, mut year, mut synthetic) = (None, None, None, false);
            let mut buffered: Option<Vec<UnitInput>> = None;
            while let Some(key) = map.next_key::<String>()? {
                match key.as_str() {
                    "schema_version" => version = Some(map.next_value::<u32>()?),
                    "province" => province = Some(map.next_value::<String>()?),
                    "year" => year = Some(map.next_value::<i32>()?),
                    "synthetic" => synthetic = map.next_value::<bool>()?,
                    "units" => match (version, &province, year) {
                        // The header came first (as this crate writes it): stream.
                        (Some(v), Some(p), Some(y)) => {
                            match Evaluator::new(v, p, y, synthetic, self.0.policy) {
                                Ok(ev) => self.0.ev = Some(ev),
                                Err(e) => {
                                    *self.0.error = Some(e);
                                    return Err(de::Error::custom("header rejected"));
                                }
                            }
                            map.next_value_seed(Units(&mut *self.0))?;
                        }
                        // Header after the units: read them all, evaluate afterwards.
                        _ => buffered = Some(map.next_value()?),
                    },
                    other => {
                        let _ = map.next_value::<IgnoredAny>()?;
                        return Err(de::Error::unknown_field(
                            other,
                            &["schema_version", "province", "year", "synthetic", "units"],
                        ));
                    }
                }
            }
            let missing = |f| de::Error::missing_field(f);
            if self.0.ev.is_some() {
                return Ok(None);
            }
            Ok(Some(YearInput {
                schema_version: version.ok_or_else(|| missing("schema_version"))?,
                province: province.ok_or_else(|| missing("province"))?,
                year: year.ok_or_else(|| missing("year"))?,
                synthetic,
                units: buffered.ok_or_else(|| missing("units"))?,
            }))
        }
    }

    /// Run the streaming visitor over any serde_json deserializer; `Err((typed, serde))`.
    fn stream<'de, R: serde_json::de::Read<'de>>(
        mut de: serde_json::Deserializer<R>,
        policy: &Policy,
    ) -> Result<Report, (Option<Error>, serde_json::Error)> {
        let mut error = None;
        let mut slot = Slot {
            ev: None,
            error: &mut error,
            policy,
        };
        let parsed = de::Deserializer::deserialize_map(&mut de, Top(&mut slot))
            .and_then(|v| de.end().map(|()| v));
        let ev = slot.ev.take();
        match parsed {
            Ok(None) => match ev {
                Some(ev) => ev
                    .finish()
                    .map_err(|e| (Some(e), de::Error::custom("finish"))),
                None => Err((
                    Some(Error::missing(Subject::Input, "units", "the units")),
                    de::Error::custom("no units"),
                )),
            },
            Ok(Some(input)) => {
                evaluate(&input, policy).map_err(|e| (Some(e), de::Error::custom("evaluate")))
            }
            Err(e) => Err((error, e)),
        }
    }

    /// Parse and evaluate a year input in one pass: each unit is decided as soon as it is read
    /// and dropped, so the parsed input never sits in memory whole. Same report as
    /// [`YearInput::from_json`] followed by [`evaluate`], and errors that name the same unit and
    /// field (a bad header — schema version, year, policy — is reported before any unit is read).
    pub fn evaluate_json(json: &[u8], policy: &Policy) -> Result<Report, Error> {
        stream(serde_json::Deserializer::from_slice(json), policy).map_err(|(typed, e)| {
            typed.unwrap_or_else(|| match YearInput::from_json(json) {
                // A parse or data error: the same diagnosis as the two-step path.
                Err(located) => located,
                Ok(_) => Error::Parse {
                    subject: Subject::Input,
                    message: e.to_string(),
                },
            })
        })
    }

    /// [`evaluate_json`] reading from a stream (e.g. a buffered file), so not even the input
    /// text is held in memory. A data error inside a unit is reported with serde's position
    /// (line, column) as an [`Error::Parse`]; call [`evaluate_json`] on the same bytes to have
    /// it name the unit and field.
    pub fn evaluate_reader<R: std::io::Read>(reader: R, policy: &Policy) -> Result<Report, Error> {
        stream(serde_json::Deserializer::from_reader(reader), policy).map_err(|(typed, e)| {
            typed.unwrap_or_else(|| Error::Parse {
                subject: Subject::Input,
                message: e.to_string(),
            })
        })
    }
}

#[cfg(feature = "json")]
pub use streaming::{evaluate_json, evaluate_reader};
