//! QĐ510 classification: one unit compactly (`classify_compact`, goal ≤ 100 ns), the same with
//! the points by leaf position (`ScorePlan::classify_compact`), and with findings (`classify`),
//! next to the hand-written TT124 Đ6 floor (`floor.rs`).

use std::borrow::Cow;
use std::hint::black_box;

use antq::citation::{Citation, Instrument, Source};
use antq::explain::{Criterion, Decision, Finding};
#[path = "floor.rs"]
mod floor;

use antq::law::qd510::{
    classify, classify_compact, DeductionFact, ScoreInput, ScorePlan, ScoreSheet,
    DISCIPLINE_DEDUCTION_ID, REMAINDER_ITEM_ID,
};
use antq::{KindTag, SafetyOutcome, UnitId};
use criterion::{criterion_group, criterion_main, Criterion as Bench};

const EXAMPLE_SHEET: &str = include_str!("../examples/data/qd510_example_commune.json");

const fn tt124(id: &'static str, clause: u16) -> Criterion {
    Criterion {
        id: Cow::Borrowed(id),
        source: Source::text(Citation::clause(Instrument::Tt124, 6, clause)),
        vi: Cow::Borrowed("tiêu chí"),
        en: Cow::Borrowed("criterion"),
    }
}

fn safety(unit: &UnitId, outcome: SafetyOutcome, violated: bool) -> Decision<SafetyOutcome> {
    // A TT124 Điều 6 decision with a realistic number of findings (about 15).
    let mut findings: Vec<Finding> = (1..=12)
        .map(|k| Finding::boolean(tt124("tt124.d6.k3.x", k), Some(false), false))
        .collect();
    findings.push(Finding::boolean(
        tt124("tt124.d6.k3.h", 3),
        Some(false),
        false,
    ));
    findings.push(Finding::boolean(
        tt124("tt124.d6.k4.discipline", 4),
        Some(violated),
        false,
    ));
    findings.push(Finding::boolean(
        tt124("tt124.d6.k5.discipline", 5),
        Some(false),
        false,
    ));
    Decision {
        unit: unit.clone(),
        outcome,
        findings,
    }
}

fn input() -> ScoreInput {
    let mut i = ScoreInput::default();
    for (id, p) in [
        ("qd510.d7.k1", 3),
        ("qd510.d7.k2", 2),
        ("qd510.d7.k3", 5),
        ("qd510.d7.k4.a", 1),
        (REMAINDER_ITEM_ID, 30),
    ] {
        i.awarded.insert(id.to_owned(), p);
    }
    i.facts
        .push(DeductionFact::new(DISCIPLINE_DEDUCTION_ID, "ky-luat-1"));
    i
}

/// The same points by leaf position.
fn by_position(plan: &ScorePlan<'_>, input: &ScoreInput) -> Vec<Option<u32>> {
    let mut points = vec![None; plan.len()];
    for (id, &p) in &input.awarded {
        match plan.position(id) {
            Some(i) => points[i] = Some(p),
            None => panic!("{id} is no leaf of the sheet"),
        }
    }
    points
}

fn bench(c: &mut Bench) {
    let unit = UnitId::new("doanh-nghiep-000123");
    let sheet = ScoreSheet::builtin(KindTag::Enterprise);
    let inp = input();
    let applied = safety(&unit, SafetyOutcome::Recognised, false);
    let waived = safety(&unit, SafetyOutcome::NotRecognised, true);
    let floor_facts = antq::law::tt124::Facts::all_met();
    c.bench_function("qd510_floor_tt124_d6", |b| {
        b.iter(|| floor::tt124_d6(black_box(&floor_facts)))
    });
    c.bench_function("qd510_compact_enterprise_deduction_applied", |b| {
        b.iter(|| classify_compact(black_box(&applied), black_box(&inp), black_box(&sheet)))
    });
    c.bench_function("qd510_compact_enterprise_deduction_waived", |b| {
        b.iter(|| classify_compact(black_box(&waived), black_box(&inp), black_box(&sheet)))
    });
    let plan = match ScorePlan::new(&sheet) {
        Ok(p) => p,
        Err(e) => panic!("enterprise plan: {e}"),
    };
    let points = by_position(&plan, &inp);
    c.bench_function("qd510_plan_enterprise_deduction_applied", |b| {
        b.iter(|| {
            black_box(&plan).classify_compact(
                black_box(&applied),
                black_box(&points),
                black_box(&inp.facts),
            )
        })
    });
    c.bench_function("qd510_plan_enterprise_deduction_waived", |b| {
        b.iter(|| {
            black_box(&plan).classify_compact(
                black_box(&waived),
                black_box(&points),
                black_box(&inp.facts),
            )
        })
    });
    c.bench_function("qd510_classify_enterprise_deduction_applied", |b| {
        b.iter(|| classify(black_box(&applied), black_box(&inp), black_box(&sheet)))
    });
    // A sheet read from JSON (criteria behind `Arc`s), commune, one fact per deduction.
    let commune = UnitId::new("xa-chieng-an");
    let json_sheet = match ScoreSheet::from_json(EXAMPLE_SHEET) {
        Ok(s) => s,
        Err(e) => panic!("example sheet: {e}"),
    };
    let mut json_input = ScoreInput::default();
    for (id, p) in [
        ("example.k1.a", 8),
        ("example.k1.b", 15),
        ("example.k2", 18),
    ] {
        json_input.awarded.insert(id.to_owned(), p);
    }
    json_input
        .facts
        .push(DeductionFact::new(DISCIPLINE_DEDUCTION_ID, "ky-luat-1"));
    json_input
        .facts
        .push(DeductionFact::new("example.incident", "vu-viec-1"));
    let commune_safety = Decision {
        unit: commune.clone(),
        outcome: SafetyOutcome::Recognised,
        findings: vec![],
    };
    c.bench_function("qd510_classify_json_commune_sheet", |b| {
        b.iter(|| {
            classify(
                black_box(&commune_safety),
                black_box(&json_input),
                black_box(&json_sheet),
            )
        })
    });
    c.bench_function("qd510_classify_enterprise_deduction_waived", |b| {
        b.iter(|| classify(black_box(&waived), black_box(&inp), black_box(&sheet)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
