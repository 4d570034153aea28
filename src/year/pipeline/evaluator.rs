//! The year, fed one unit at a time: header check, non-commune units as they arrive, then the
//! communes (Đ5 k4 reads their units' results) and the province.

use chrono::NaiveDate;

use super::super::input::{UnitInput, YearInput, SCHEMA_VERSION};
use super::super::report::REPORT_SCHEMA_VERSION;
use super::super::report::*;
use super::aggregate::{bodies, roadmap_section, totals, RoadmapSums};
use super::commune_stage::{check_commune_references, commune_summary};
use super::positions::{Plans, Positional};
use super::route_memo::RouteMemo;
use super::tally::PerCommune;
use super::unit_stage::{effective_level, evaluate_unit, Buffers, Collector};
use super::{FIRST_YEAR, MAX_ID_BYTES, MAX_NAME_BYTES, MAX_UNITS};
use crate::calendar::year_calendar;
use crate::error::{Error, Subject};
use crate::explain::{CriterionRef, Status};
use crate::law::qd3554::ModelUnitOutcome;
use crate::outcome::SafetyOutcome;
use crate::policy::Policy;
use crate::regime::{decision_date, Regime};
use crate::roadmap::{self, ModelEvent, UnitRecord};
use crate::unit::{KindTag, ManagingLevel, UnitId};

/// The limits a unit record must keep (see [`MAX_UNITS`], [`MAX_ID_BYTES`],
/// [`MAX_NAME_BYTES`]); `seen` units came before it.
fn check_limits(rec: &UnitInput, seen: usize) -> Result<(), Error> {
    let u = &rec.unit;
    let subject = || Subject::Unit(u.id.clone());
    if seen >= MAX_UNITS {
        return Err(Error::invalid(
            subject(),
            "units",
            format!("at most {MAX_UNITS} units in one year input"),
            format!("unit number {}", seen + 1),
        ));
    }
    let ids = [
        ("unit.id", Some(u.id.len())),
        ("unit.commune", u.commune.as_ref().map(UnitId::len)),
    ];
    for (field, len) in ids {
        if let Some(len) = len.filter(|&len| len > MAX_ID_BYTES) {
            return Err(Error::invalid(
                subject(),
                field,
                format!("an id of at most {MAX_ID_BYTES} bytes"),
                format!("{len} bytes"),
            ));
        }
    }
    let names = [
        ("unit.name", Some(u.name.as_str())),
        ("unit.district", u.district.as_deref()),
    ];
    for (field, v) in names {
        if let Some(v) = v.filter(|v| v.len() > MAX_NAME_BYTES) {
            return Err(Error::invalid(
                subject(),
                field,
                format!("a name of at most {MAX_NAME_BYTES} bytes"),
                format!("{} bytes", v.len()),
            ));
        }
    }
    Ok(())
}

/// Check the header of a year and return its decision date.
fn year_date(schema_version: u32, year: i32, policy: &Policy) -> Result<NaiveDate, Error> {
    if schema_version != SCHEMA_VERSION && schema_version != super::super::input::SCHEMA_VERSION_V2
    {
        return Err(Error::invalid(
            Subject::Input,
            "schema_version",
            "1 or 2",
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
/// [`evaluate_json`](super::evaluate_json)) never needs the whole parsed input in memory: each non-commune unit is
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
    col: Collector,
    scratch: Buffers,
    /// The routes of the year's decision date under `policy` (borrowed for the whole run).
    routes: RouteMemo,
    /// The QĐ510 plans of the policy's sheets.
    plans: Plans<'p>,
    reports: Vec<UnitReport>,
    /// The communes, each with the place its report takes among the reports (held by a
    /// placeholder until the commune is decided, so that input in id order stays in order).
    communes: Vec<(usize, UnitInput)>,
    per_commune: PerCommune,
    /// What the roadmap section sums of the units' records (`None`: no roadmap this year).
    roadmap_sums: Option<RoadmapSums>,
}

impl<'p> Evaluator<'p> {
    /// Start a year: checks the schema version, the year and the policy.
    ///
    /// # Errors
    ///
    /// An unsupported schema version, a year outside the window or before TT124, or a policy that
    /// does not fit the year ([`Policy::validate`]).
    pub fn new(
        schema_version: u32,
        province: &str,
        year: i32,
        synthetic: bool,
        policy: &'p Policy,
    ) -> Result<Evaluator<'p>, Error> {
        let date = year_date(schema_version, year, policy)?;
        if province.len() > MAX_NAME_BYTES {
            return Err(Error::invalid(
                Subject::Input,
                "province",
                format!("a name of at most {MAX_NAME_BYTES} bytes"),
                format!("{} bytes", province.len()),
            ));
        }
        let roadmap = policy.roadmap.as_ref().filter(|r| r.covers(year));
        Ok(Evaluator {
            policy,
            province: province.to_owned(),
            year,
            synthetic,
            col: Collector::default(),
            scratch: Buffers::default(),
            routes: RouteMemo::new(date),
            plans: Plans::new(&policy.score_sheets).with_year(year, policy),
            reports: Vec::new(),
            communes: Vec::new(),
            per_commune: PerCommune::default(),
            roadmap_sums: roadmap.map(|rm| RoadmapSums::new(rm, year)),
        })
    }

    /// Make this year's reports in the memory of `spare` (emptied first), the units of a
    /// report the caller is done with: a program evaluating year after year in one process
    /// then writes each year's reports where the last year's were, instead of into memory
    /// fresh from the system (DESIGN §30). The report is the same whatever `spare` held. Call
    /// it before the first [`push`](Self::push); later, it only drops `spare`.
    pub fn reuse(&mut self, mut spare: Vec<UnitReport>) {
        if self.reports.is_empty() && spare.capacity() > self.reports.capacity() {
            spare.clear();
            self.reports = spare;
        }
    }

    /// The reports made so far, taken for their memory by a reading that stops before the end
    /// (the evaluator is dropped after this; [`reuse`](Self::reuse) empties them).
    #[cfg(feature = "json")]
    pub(crate) fn take_reports(&mut self) -> Vec<UnitReport> {
        std::mem::take(&mut self.reports)
    }

    /// Mark the year synthetic (or not) after it started — the flag may follow the units.
    #[cfg(feature = "json")]
    pub(crate) fn set_synthetic(&mut self, synthetic: bool) {
        self.synthetic = synthetic;
    }

    /// Add one unit. A non-commune unit is decided at once; a commune waits for [`finish`].
    ///
    /// [`finish`]: Evaluator::finish
    ///
    /// # Errors
    ///
    /// A duplicate unit id, or any error of deciding the unit, naming the unit and the field.
    pub fn push(&mut self, rec: &UnitInput) -> Result<(), Error> {
        self.push_at(rec, None)
    }

    /// Facts will be given by the positions of a v2 header's tables to
    /// [`Evaluator::push_at`].
    // Only a v2 year (read with the `json` feature) gives facts by position.
    #[cfg(any(feature = "json", test))]
    pub(crate) fn set_tables(&mut self, score_items: &[String], model_criteria: &[String]) {
        let catalogues = &self.policy.catalogues;
        self.plans
            .set_tables(score_items, model_criteria, catalogues);
    }

    /// [`Evaluator::push`], with the unit's QĐ510 points and model-unit codes, when `at` is
    /// given, by the positions of the tables set by [`Evaluator::set_tables`] — `rec`'s maps
    /// of facts by id are then empty (a v2 record read in memory: the maps are never built
    /// for the usual unit).
    pub(crate) fn push_at(
        &mut self,
        rec: &UnitInput,
        at: Option<Positional<'_>>,
    ) -> Result<(), Error> {
        let u = &rec.unit;
        // Communes hold their place among the reports, so this counts every unit so far.
        check_limits(rec, self.reports.len())?;
        if u.tag() == KindTag::Commune {
            if let Some(c) = &u.commune {
                return Err(Error::invalid(
                    Subject::Unit(u.id.clone()),
                    "unit.commune",
                    "no commune for a commune-level unit",
                    c,
                ));
            }
            // Decided at the end, by id: its maps of points and of model-unit criteria are
            // built from the positions.
            let mut rec = rec.clone();
            if let Some(at) = at {
                if let Some(score) = &mut rec.score {
                    score.awarded = self.plans.sheets.awarded(at.points);
                }
                if let Some(codes) = at.codes {
                    rec.model_unit = Some(self.plans.facts(codes));
                }
            }
            self.communes.push((self.reports.len(), rec));
            self.reports.push(placeholder(u.managed_by));
            return Ok(());
        }
        let r = evaluate_unit(
            rec,
            self.year,
            self.policy,
            rec.safety.units,
            &mut self.col,
            &mut self.scratch,
            &mut self.routes,
            &self.plans,
            at,
        )?;
        if let Some(c) = &u.commune {
            // Every commune named is kept (its references are checked at the end).
            let tally = self.per_commune.slot(c);
            if effective_level(u) == ManagingLevel::Commune {
                // Đ5 k4: registration from the unit's own fact, recognition from its outcome.
                tally.counts.add(rec.safety.registered, &r.safety);
            }
            if let Some(cl) = &r.classification {
                tally.classes[cl.class as usize] += 1;
            }
        }
        self.record(rec, &r);
        self.reports.push(r);
        Ok(())
    }

    /// What the roadmap needs of a unit, summed as the unit passes.
    fn record(&mut self, rec: &UnitInput, u: &UnitReport) {
        let Some(sums) = &mut self.roadmap_sums else {
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
        sums.add(&UnitRecord {
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
    ///
    /// # Errors
    ///
    /// A unit pointing to a missing commune, or any error of deciding a commune or the province's
    /// targets.
    pub fn finish(mut self) -> Result<Report, Error> {
        let commune_ids = self.communes.iter().map(|(_, c)| c.unit.id.as_str());
        check_commune_references(commune_ids, self.per_commune.named(), &self.reports)?;
        let mut communes_in = std::mem::take(&mut self.communes);
        communes_in.sort_by(|a, b| a.1.unit.id.cmp(&b.1.unit.id));
        let mut communes = Vec::with_capacity(communes_in.len());
        for (place, rec) in &communes_in {
            // Đ5 k4: counts tallied from the commune's subject units; with none to count (no
            // units in the input, or all not subject) only counts the input states are used,
            // else the commune cannot be decided — never a silent 0 of 0.
            let counts = match self.per_commune.counts(&rec.unit.id) {
                Some(t) if t.total > 0 => Some(t),
                _ => rec.safety.units,
            };
            let r = evaluate_unit(
                rec,
                self.year,
                self.policy,
                counts,
                &mut self.col,
                &mut self.scratch,
                &mut self.routes,
                &self.plans,
                None,
            )?;
            communes.push(commune_summary(
                &r,
                counts.unwrap_or_default(),
                self.per_commune.take_classes(&rec.unit.id),
            ));
            self.record(rec, &r);
            self.reports[*place] = r;
        }
        drop(communes_in);
        let mut reports = std::mem::take(&mut self.reports);
        if let Some(id) = super::order::sort_by_id(&mut reports) {
            return Err(Error::duplicate(Subject::Unit(id.clone()), "unit.id", &id));
        }
        let (year, policy) = (self.year, self.policy);

        let totals = totals(&reports);
        let bodies = bodies(&reports);
        let roadmap = match (self.roadmap_sums.take(), policy.roadmap.as_ref()) {
            (Some(sums), Some(rm)) => Some(roadmap_section(rm, year, sums, &reports)?),
            _ => None,
        };
        let mut class_targets = Vec::new();
        let mut targets = policy.class_targets.iter().filter(|t| t.applies_in(year));
        if let Some(first) = targets.next() {
            // The classified units, read from the reports once for every target (a pass over
            // 300,000 reports each is a pass over ≈ 80 MB). They are in strictly rising id
            // order: sorted, and checked distinct.
            let classified: Vec<_> = reports
                .iter()
                .filter_map(|u| u.classification.as_ref().map(|c| (&u.id, u.kind, c.class)))
                .collect();
            for t in std::iter::once(first).chain(targets) {
                class_targets.push(t.check_units_in_id_order(classified.iter().copied())?);
            }
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
            schema_version: REPORT_SCHEMA_VERSION,
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
            criteria: col.criteria.into_iter().collect(),
            units: reports,
            audit: None,
        })
    }
}

/// What holds a commune's place among the reports until the commune is decided (never seen
/// outside: every placeholder is replaced before the reports are sorted, or the run fails).
/// Its kind is the commune's, which `check_commune_references` relies on.
fn placeholder(level: ManagingLevel) -> UnitReport {
    UnitReport {
        id: crate::unit::UnitId::empty(),
        name: String::new(),
        kind: KindTag::Commune,
        commune: None,
        district: None,
        level,
        safety: SafetyOutcome::CannotDecide,
        safety_issues: Vec::new(),
        classification: None,
        classification_issues: Vec::new(),
        model_unit: None,
        model_unit_issues: Vec::new(),
        models: None,
        recognised_by: None,
        classified_by: None,
        deadline: None,
        classification_deadline: None,
    }
}

/// Evaluate a year. Every input unit appears exactly once in the report (sorted by id); a unit
/// whose facts are incomplete appears as "cannot decide yet" with its missing facts. Bad input
/// (duplicate ids, a unit pointing to a missing commune, a commune type that did not exist that
/// year …) is an error naming the unit and the field, and no report is produced.
///
/// # Errors
///
/// Those listed above, each naming the unit and the field; no report is produced.
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
