//! The reference for `tests/qd510_reference.rs`: QĐ510 classification written the simplest
//! way — every item looked up with `BTreeMap::get`, the recursion stopping at the first error,
//! the facts counted with a set, the first band that holds the total.

use std::borrow::Cow;
use std::collections::HashSet;

use antq::citation::Source;
use antq::error::Subject;
use antq::explain::{Criterion, CriterionRef, Decision, Finding, Status, Value};
use antq::law::qd510::builtin::{FACT_ONCE, SINGLE_DEDUCTION};
use antq::law::qd510::{ClassBand, Frequency, ItemBasis, ScoreInput, ScoreItem, ScoreSheet};
use antq::{Error, MovementClass, SafetyOutcome, UnitId};

pub struct Reference {
    pub earned: u32,
    pub deducted: u32,
    pub waived: u32,
    pub safety_points: u32,
    pub total: u32,
    pub band: ClassBand,
    pub unscored: u32,
    pub findings: Vec<Finding>,
    pub needs_action: bool,
}

fn finding(c: &CriterionRef, status: Status, observed: Value, required: Value) -> Finding {
    Finding {
        criterion: c.clone(),
        status,
        observed,
        required,
    }
}

struct Walk<'a> {
    unit: &'a UnitId,
    input: &'a ScoreInput,
    safety: &'a Decision<SafetyOutcome>,
    findings: Vec<Finding>,
    matched: usize,
    unscored: u32,
    safety_points: u32,
}

fn over_max(unit: &UnitId, item: &ScoreItem, points: u32) -> Error {
    Error::invalid(
        Subject::Unit(unit.clone()),
        format!("awarded.{}", item.id()),
        format!("at most {} points", item.max_points),
        points,
    )
}

fn score(w: &mut Walk<'_>, item: &ScoreItem) -> Result<u32, Error> {
    let max = item.max_points;
    if !item.sub_items.is_empty() {
        let at = w.findings.len();
        w.findings.push(finding(
            &item.criterion,
            Status::NotApplicable,
            Value::None,
            Value::None,
        ));
        let before = w.unscored;
        let mut sum = 0u32;
        for s in &item.sub_items {
            sum = sum.saturating_add(score(w, s)?);
        }
        let status = if w.unscored > before {
            Status::Unknown
        } else if sum >= max {
            Status::Met
        } else {
            Status::NotMet
        };
        w.findings[at] = finding(
            &item.criterion,
            status,
            Value::Points(i64::from(sum)),
            Value::AtMost(u64::from(max)),
        );
        return Ok(sum);
    }
    let (points, status) = if item.basis == ItemBasis::SafetyRecognised {
        let r = match w.safety.outcome {
            SafetyOutcome::Recognised => (max, Status::Met),
            SafetyOutcome::CannotDecide => (0, Status::Unknown),
            _ => (0, Status::NotMet),
        };
        w.safety_points += r.0;
        r
    } else {
        match w.input.awarded.get(item.id()) {
            Some(&p) if p > max => return Err(over_max(w.unit, item, p)),
            Some(&p) => {
                w.matched += 1;
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
                w.unscored += 1;
                (0, Status::Unknown)
            }
        }
    };
    w.findings.push(finding(
        &item.criterion,
        status,
        Value::Points(i64::from(points)),
        Value::AtMost(u64::from(max)),
    ));
    Ok(points)
}

fn first_item<'s>(items: &'s [ScoreItem], id: &str) -> Option<&'s ScoreItem> {
    items.iter().find_map(|i| i.find(id))
}

pub fn reference(
    safety: &Decision<SafetyOutcome>,
    input: &ScoreInput,
    sheet: &ScoreSheet,
) -> Result<Reference, Error> {
    let unit = &safety.unit;
    let subject = || Subject::Unit(unit.clone());
    for (i, f) in input.facts.iter().enumerate() {
        if !sheet.deductions.iter().any(|d| d.id() == f.deduction) {
            return Err(Error::unknown(subject(), "facts.deduction", &f.deduction));
        }
        if f.fact.is_empty() {
            return Err(Error::invalid(
                subject(),
                format!("facts[{i}].fact"),
                "a non-empty fact id",
                "an empty string",
            ));
        }
    }
    let mut w = Walk {
        unit,
        input,
        safety,
        findings: Vec::new(),
        matched: 0,
        unscored: 0,
        safety_points: 0,
    };
    let mut earned = 0u64;
    for item in &sheet.items {
        earned += u64::from(score(&mut w, item)?);
    }
    if w.matched != input.awarded.len() {
        for (id, &points) in &input.awarded {
            let item = first_item(&sheet.items, id)
                .ok_or_else(|| Error::unknown(subject(), "awarded", id))?;
            if !item.sub_items.is_empty() || item.basis == ItemBasis::SafetyRecognised {
                let expected = if item.sub_items.is_empty() {
                    "no points: the item is computed from the TT124 decision"
                } else {
                    "points on the group's sub-items, not on the group"
                };
                return Err(Error::invalid(
                    subject(),
                    format!("awarded.{id}"),
                    expected,
                    points,
                ));
            }
            if points > item.max_points {
                return Err(over_max(unit, item, points));
            }
        }
    }
    let mut findings = w.findings;
    let mut needs_action = findings.iter().any(|f| f.status == Status::Unknown);

    // Facts in (deduction, fact) order; an id seen before is a repeat.
    let first_of = |id: &str| sheet.deductions.iter().position(|d| d.id() == id);
    let mut order: Vec<(usize, usize)> = input
        .facts
        .iter()
        .enumerate()
        .filter_map(|(j, f)| first_of(&f.deduction).map(|d| (d, j)))
        .collect();
    order.sort();
    let mut counts = vec![(0u64, 0u64); sheet.deductions.len()];
    let mut seen = HashSet::new();
    for (d, j) in order {
        if seen.insert(input.facts[j].fact.clone()) {
            counts[d].0 += 1;
        } else {
            counts[d].1 += 1;
        }
    }
    let (mut deducted, mut waived) = (0u64, 0u64);
    for (d, &(distinct, repeats)) in sheet.deductions.iter().zip(&counts) {
        let times = match d.frequency {
            Frequency::Once => distinct.min(1),
            Frequency::PerOccurrence => distinct,
        };
        let would = u64::from(d.points) * times;
        let covering = if safety.outcome.is_recognised() {
            None
        } else {
            safety
                .findings
                .iter()
                .filter(|f| f.status == Status::NotMet)
                .find(|f| d.covered_by.iter().any(|c| *c == f.criterion.id))
                .map(|f| f.criterion.id.clone())
        };
        if let Some(id) = covering {
            findings.push(finding(
                &d.criterion,
                Status::NotApplicable,
                Value::Points(0),
                Value::None,
            ));
            findings.push(finding(
                &(&SINGLE_DEDUCTION).into(),
                Status::Met,
                Value::Text(id),
                Value::None,
            ));
            waived += would;
        } else {
            let status = if distinct > 0 {
                needs_action = true;
                Status::NotMet
            } else {
                Status::Met
            };
            findings.push(finding(
                &d.criterion,
                status,
                Value::Points(-(would as i64)),
                Value::None,
            ));
            deducted += would;
        }
        if repeats > 0 {
            findings.push(finding(
                &(&FACT_ONCE).into(),
                Status::Met,
                Value::Count(repeats),
                Value::None,
            ));
        }
        if d.frequency == Frequency::PerOccurrence {
            waived += u64::from(d.points) * repeats;
        }
    }
    let earned = earned.min(100) as u32;
    let total = u64::from(earned).saturating_sub(deducted) as u32;
    let band = sheet
        .bands
        .iter()
        .find(|b| b.min <= total && total <= b.max)
        .ok_or_else(|| {
            Error::invalid(
                Subject::ScoreSheet(sheet.name.clone()),
                "bands",
                "a band containing every total in 0–100",
                format!("no band for {total}"),
            )
        })?
        .clone();
    let band_id = match band.class {
        MovementClass::XuatSac => "qd510.band.xuat_sac",
        MovementClass::Kha => "qd510.band.kha",
        MovementClass::TrungBinh => "qd510.band.trung_binh",
        MovementClass::Yeu => "qd510.band.yeu",
    };
    findings.push(finding(
        &Criterion {
            id: Cow::Borrowed(band_id),
            source: band.source.clone(),
            vi: Cow::Borrowed(""),
            en: Cow::Borrowed(""),
        }
        .into(),
        Status::Met,
        Value::Points(i64::from(total)),
        Value::AtLeast(u64::from(band.min)),
    ));
    Ok(Reference {
        earned,
        deducted: deducted as u32,
        waived: waived as u32,
        safety_points: w.safety_points,
        total,
        band,
        unscored: w.unscored,
        findings,
        needs_action,
    })
}

/// A finding as compared: the criterion's id and source (the band's labels are the library's),
/// the status and both values.
pub fn key(f: &Finding) -> (String, Source, Status, Value, Value) {
    (
        f.criterion.id.to_string(),
        f.criterion.source.clone(),
        f.status,
        f.observed.clone(),
        f.required.clone(),
    )
}
