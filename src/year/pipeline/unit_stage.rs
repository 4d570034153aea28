//! The unit stage: one unit end to end — TT124, QĐ510, QĐ3554, models, routing — with the
//! findings a reader must act on kept as issues and provisional values counted.

use super::super::input::UnitInput;
use super::super::report::*;
pub(super) use super::collector::Collector;
use super::per_kind::provisional_members;
use super::positions::{Plans, Positional};
use super::route_memo::RouteMemo;
use crate::error::{Error, Subject};
use crate::explain::{CriterionRef, Decision, Finding, Status};
use crate::law::qd3554::{self, ModelUnitOutcome};
use crate::law::qd510;
use crate::law::tt124::{self, UnitCounts};
use crate::models;
use crate::policy::Policy;
use crate::regime::decision_date;
use crate::unit::{KindTag, ManagingLevel, Unit};

/// Up to this many deductions a linear scan beats hashing (the usual case: a few).
const SHORT: usize = 16;

/// Buffers reused from unit to unit, so deciding a unit allocates no findings vector.
#[derive(Default)]
pub struct Scratch {
    buffers: Buffers,
    /// The collector of [`evaluate_one_reusing`] (what it collects is not returned; reusing it
    /// makes the per-unit cost the pipeline's, where one collector serves every unit). Kept
    /// beside the buffers, not moved in and out for each unit (it is large).
    collector: Collector,
}

/// The buffers [`evaluate_unit`] reuses.
#[derive(Default)]
pub(super) struct Buffers {
    safety: Vec<Finding>,
    other: Vec<Finding>,
    /// The provisional criteria of a compact classification.
    provisional: Vec<CriterionRef>,
    /// A unit's points by the leaf positions of its score sheet.
    leaf_points: Vec<Option<u32>>,
}

pub(super) fn effective_level(u: &Unit) -> ManagingLevel {
    u.delegated_to.unwrap_or(u.managed_by)
}

/// One unit, end to end: TT124, QĐ510, QĐ3554, models, routing. `counts` are the Đ5 k4
/// counts for a commune; `routes` are for the year's decision date and `policy`; `plans` are
/// QĐ510 plans of `policy`'s sheets (none: each sheet is walked as it is) and the v2 tables
/// mapped onto them. `at`, when given, holds the unit's QĐ510 points and model-unit codes by
/// the positions of those tables, and `rec`'s maps of facts by id are left empty.
#[allow(clippy::too_many_arguments)]
pub(super) fn evaluate_unit(
    rec: &UnitInput,
    year: i32,
    policy: &Policy,
    counts: Option<UnitCounts>,
    col: &mut Collector,
    scratch: &mut Buffers,
    routes: &mut RouteMemo,
    plans: &Plans<'_>,
    at: Option<Positional<'_>>,
) -> Result<UnitReport, Error> {
    let u = &rec.unit;
    let kind = u.tag();
    let points = at.map(|p| p.points);
    col.start_unit(kind as usize);
    // TT124, compactly: statuses only. The findings (with their values) are built only when
    // there is something to act on; otherwise the provisional criteria are counted from the
    // compact form's static table. QĐ510 reads the decision as a `Decision` living in reused
    // buffers (a recognised unit has no failed findings for its single-deduction rule).
    let compact = tt124::decide_compact(u, year, &rec.safety, &policy.additions, counts)?;
    let mut safety = Decision {
        // The unit's own id, shared (DESIGN §25.1): no copy per unit.
        unit: u.id.clone(),
        outcome: compact.outcome(),
        findings: std::mem::take(&mut scratch.safety),
    };
    safety.findings.clear();
    let safety_issues = if compact.needs_action() {
        compact.explain_into(u, &rec.safety, &mut safety.findings)?;
        col.take(&safety.findings)
    } else {
        for (c, _) in compact.provisional() {
            col.count_provisional(&c);
        }
        Vec::new()
    };
    let subject = safety.outcome.is_subject();

    let (classification, classification_issues) = match (&rec.score, subject) {
        (Some(score), true) => 'classify: {
            let known = plans
                .kinds
                .as_ref()
                .and_then(|k| k.sheet(year, policy, kind));
            let sheet = match known {
                Some(sheet) => sheet,
                None => policy.score_sheets.sheet_for(&u.id, kind)?,
            };
            // Through a plan of the sheet, the items' provisional criteria are the same for
            // every unit: counted as one step of the collector's trie, not listed.
            let items = plans.sheets.items_provisional(sheet);
            let list_items = items.is_none();
            // Compactly first, by position when the points came so; the findings are built
            // only when something is to be listed.
            let by_position = points.and_then(|p| {
                let (buf, list) = (&mut scratch.leaf_points, &mut scratch.provisional);
                let (sheets, facts) = (&plans.sheets, &score.facts);
                sheets.classify_counting_by_table(&safety, p, facts, sheet, buf, list, list_items)
            });
            // By id otherwise (which names any error), or to list the findings: the points
            // by id, built from the positions when they came so (the map was left empty).
            let filled;
            let score = match points {
                Some(p) if by_position.as_ref().is_none_or(|c| c.needs_action()) => {
                    filled = qd510::ScoreInput {
                        awarded: plans.sheets.awarded(p),
                        facts: score.facts.clone(),
                    };
                    &filled
                }
                _ => score,
            };
            let compact = match by_position {
                Some(c) => c,
                None => {
                    let list = &mut scratch.provisional;
                    plans
                        .sheets
                        .classify_counting(&safety, score, sheet, list, list_items)?
                }
            };
            if !compact.needs_action() {
                // The items' provisional criteria (one step), then the rules' one by one: the
                // order of the whole list.
                if let Some(items) = items.filter(|i| !i.is_empty()) {
                    col.count_provisional_each(items);
                }
                for c in &scratch.provisional {
                    col.count_provisional(c);
                }
                let c = compact.outcome;
                break 'classify (
                    Some(ClassSummary {
                        total: c.total,
                        class: c.class,
                        unscored_items: c.unscored_items,
                        provisional: c.provisional,
                    }),
                    Vec::new(),
                );
            }
            let c = qd510::classify_into(&safety, score, sheet, &mut scratch.other)?;
            // Items with partial points are not problems; unscored items and deductions are.
            // Built once per kind (moved out while the collector is borrowed, then put back).
            let deductions = (sheet.deductions.len() > SHORT).then(|| {
                col.deductions
                    .remove(&kind)
                    .unwrap_or_else(|| sheet.deductions.iter().map(|d| d.id().to_owned()).collect())
            });
            let is_deduction = |id: &str| match &deductions {
                Some(set) => set.contains(id),
                None => sheet.deduction(id).is_some(),
            };
            let issues = col.take_if(&scratch.other, |f| {
                f.status == Status::Unknown || is_deduction(&f.criterion.id)
            });
            if let Some(set) = deductions {
                col.deductions.insert(kind, set);
            }
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
            let known = plans
                .kinds
                .as_ref()
                .and_then(|k| k.catalogue(year, policy, kind));
            let (catalogue, members, words) = match known {
                Some(k) => (k.catalogue, Some(&k.members), k.words.as_ref()),
                None => (policy.catalogues.in_force(year, kind)?, None, None),
            };
            // Compactly. Only the findings listed are built (not met or unknown, of a
            // registered unit); the provisional criteria of all of them — fixed by the
            // catalogue and the year, not by the unit — are counted below, one step each on
            // the collector's trie (the same path from unit to unit).
            // By position when the codes came so, else by id (the facts built from the codes
            // when they came so: the map was left empty).
            let codes = at.and_then(|p| p.codes);
            let compact = match codes.and_then(|c| plans.bits(catalogue, c)) {
                Some((registered, bits)) => {
                    qd3554::decide_compact_bits(u, year, catalogue, registered, bits)?
                }
                None => match codes {
                    Some(c) => qd3554::decide_compact(u, year, catalogue, &plans.facts(c))?,
                    // Facts by id read once against the catalogue's ids (else by id, which
                    // names an unknown criterion).
                    None => match words.and_then(|w| w.bits(&facts.criteria)) {
                        Some(bits) => qd3554::decide_compact_read(u, year, catalogue, facts, bits)?,
                        None => qd3554::decide_compact(u, year, catalogue, facts)?,
                    },
                },
            };
            let outcome = compact.outcome();
            // The provisional criteria: the registration, the catalogue's, the summary, and
            // the provisional default switch QĐ9745 → QĐ3554 when it chose the catalogue.
            match members {
                // Found once for the policy and year: one step of the collector's trie.
                Some(members) => col.count_provisional_each(members),
                None => {
                    for c in &provisional_members(catalogue, policy, year) {
                        col.count_provisional(c);
                    }
                }
            }
            let unmet = compact.unmet();
            let registered = !matches!(
                outcome,
                ModelUnitOutcome::NotRegistered | ModelUnitOutcome::NotEligible
            );
            let issues = if registered && compact.has_open_findings() {
                // Straight from the compact decision: the open findings' parts, no finding
                // built (as `col.issues` of `open_findings_into`'s findings).
                let mut issues = Vec::new();
                compact.open_each(|c, status, observed, required| {
                    col.issue_from(&c, status, observed, required, &mut issues)
                });
                issues
            } else {
                Vec::new()
            };
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
            // Compactly: no finding is built. Their criteria are counted when provisional and
            // cited when not met or unknown (they are not listed as issues, but the report
            // cites them).
            let compact = models::review_compact(kind, list, &policy.models);
            // The re-cited criteria found once for the policy, when they were.
            let recited = plans.kinds.as_ref().and_then(|k| k.recited(year, policy));
            for (c, uses, open) in compact.provisional_or_open(recited) {
                if c.source.is_provisional() {
                    col.count_provisional_times(&c, uses);
                }
                if open {
                    col.cite(&c);
                }
            }
            let o = compact.outcome;
            Some(ModelsSummary {
                requirement: o.requirement,
                effective: o.effective,
                actions: o.actions,
            })
        }
        _ => None,
    };

    // Routing: remembered per unit shape (the unit is valid on `date`: TT124 checked it).
    let routed = if subject {
        Some(routes.route(u, policy)?)
    } else {
        None
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
        recognised_by: routed.map(|r| r.recognised_by),
        classified_by: routed.map(|r| r.classified_by),
        deadline: routed.map(|r| r.deadline),
        classification_deadline: routed.map(|r| r.classification_deadline),
    })
}

/// One unit end to end, outside a province: TT124 (a commune with its `safety.units` counts),
/// QĐ510, QĐ3554, models and routing — what [`evaluate`](super::evaluate) does per unit. Provisional values and
/// issue criteria are not collected.
///
/// # Errors
///
/// Any error of the law modules for the unit (naming the unit and the field), or a policy without a
/// score sheet or catalogue for its kind.
pub fn evaluate_one(rec: &UnitInput, year: i32, policy: &Policy) -> Result<UnitReport, Error> {
    evaluate_one_reusing(rec, year, policy, &mut Scratch::default())
}

/// [`evaluate_one`] reusing the caller's buffers — what deciding many units one by one costs.
///
/// # Errors
///
/// As [`evaluate_one`].
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
    let plans = Plans::default();
    evaluate_with(
        rec,
        year,
        policy,
        scratch,
        &mut RouteMemo::direct(date),
        &plans,
    )
}

/// [`evaluate_unit`] with the scratch's own collector (a commune with its `safety.units`
/// counts): what is collected is not returned.
fn evaluate_with(
    rec: &UnitInput,
    year: i32,
    policy: &Policy,
    scratch: &mut Scratch,
    routes: &mut RouteMemo,
    plans: &Plans<'_>,
) -> Result<UnitReport, Error> {
    let counts = rec.safety.units;
    let Scratch { buffers, collector } = scratch;
    evaluate_unit(
        rec, year, policy, counts, collector, buffers, routes, plans, None,
    )
}

/// Deciding many units one by one under one policy and year — what the year pipeline does
/// per unit: [`evaluate_one`]'s report for each, with the buffers reused and the routes
/// remembered per unit shape (kind, managing level, delegation; the policy is borrowed for as
/// long, so it cannot change under them).
///
/// ```
/// use antq::policy::Policy;
/// use antq::year::{pipeline, synthetic};
/// let input = synthetic::province(&synthetic::Shape::small(), 2026, 1);
/// let policy = Policy::son_la_2026();
/// let mut units = pipeline::UnitEvaluator::new(2026, &policy).unwrap();
/// for u in input.units.iter().take(20) {
///     assert_eq!(units.evaluate(u), pipeline::evaluate_one(u, 2026, &policy));
/// }
/// ```
pub struct UnitEvaluator<'p> {
    policy: &'p Policy,
    year: i32,
    scratch: Scratch,
    routes: RouteMemo,
    /// The QĐ510 plans of the policy's sheets.
    plans: Plans<'p>,
}

impl<'p> UnitEvaluator<'p> {
    /// Start deciding units of `year` under `policy`.
    ///
    /// # Errors
    ///
    /// A year without a decision date (outside the calendar's range).
    pub fn new(year: i32, policy: &'p Policy) -> Result<UnitEvaluator<'p>, Error> {
        let date = decision_date(year)
            .ok_or_else(|| Error::invalid(Subject::Input, "year", "a year in range", year))?;
        Ok(UnitEvaluator {
            policy,
            year,
            scratch: Scratch::default(),
            routes: RouteMemo::new(date),
            plans: Plans::new(&policy.score_sheets).with_year(year, policy),
        })
    }

    /// One unit end to end, as [`evaluate_one`] (a commune with its `safety.units` counts).
    ///
    /// # Errors
    ///
    /// As [`evaluate_one`].
    pub fn evaluate(&mut self, rec: &UnitInput) -> Result<UnitReport, Error> {
        let (year, policy) = (self.year, self.policy);
        evaluate_with(
            rec,
            year,
            policy,
            &mut self.scratch,
            &mut self.routes,
            &self.plans,
        )
    }
}
