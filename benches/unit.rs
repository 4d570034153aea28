//! One unit end to end — TT124, QĐ510, QĐ3554 model unit, models, routing: what the year
//! pipeline does per unit (`pipeline::UnitEvaluator`: one policy and year, buffers reused,
//! routes remembered per unit shape) — for every kind, next to the hand-written TT124 Đ6 floor
//! (`floor.rs`) so each figure can be read as a ratio to it. Budget ≤ 500 ns per unit.
//!
//! The units are the first unit of each kind in the synthetic Sơn La–sized province that is
//! subject to TT124 and recognised, with a score sheet (and, for organisations, a model unit
//! when one exists) — the usual case of the national year.

#[path = "floor.rs"]
mod floor;

use antq::law::tt124::UnitCounts;
use antq::policy::Policy;
use antq::year::{pipeline, synthetic, UnitInput};
use antq::{KindTag, SafetyOutcome};
use criterion::{black_box, criterion_group, criterion_main, Criterion};

fn pick(units: &[UnitInput], policy: &Policy, kind: KindTag) -> UnitInput {
    let candidates = units.iter().filter(|u| u.unit.tag() == kind).map(|u| {
        let mut u = u.clone();
        if kind == KindTag::Commune {
            u.safety.units = Some(UnitCounts {
                total: 10,
                registered: 10,
                recognised: 9,
                undecided: 0,
                registration_unknown: 0,
            });
        }
        u
    });
    let recognised = |u: &UnitInput| {
        pipeline::evaluate_one(u, 2026, policy).is_ok_and(|r| r.safety == SafetyOutcome::Recognised)
    };
    let all: Vec<UnitInput> = candidates.collect();
    all.iter()
        .find(|u| recognised(u) && u.score.is_some() && u.model_unit.is_some())
        .or_else(|| all.iter().find(|u| recognised(u) && u.score.is_some()))
        .cloned()
        .unwrap_or_else(|| panic!("a recognised {kind:?} in the synthetic province"))
}

fn bench(c: &mut Criterion) {
    let policy = Policy::son_la_2026();
    let province = synthetic::province(&synthetic::Shape::son_la(), 2026, 1);
    let kinds = [
        ("residential_area", KindTag::ResidentialArea),
        ("commune", KindTag::Commune),
        ("agency", KindTag::Agency),
        ("enterprise", KindTag::Enterprise),
        ("school", KindTag::School),
    ];
    let agency = pick(&province.units, &policy, KindTag::Agency);
    let mut g = c.benchmark_group("unit");
    g.bench_function("floor_tt124_d6", |b| {
        b.iter(|| floor::tt124_d6(black_box(&agency.safety)))
    });
    // Under one policy and year, as the pipeline decides units (buffers reused, routes
    // remembered per unit shape).
    let mut units = pipeline::UnitEvaluator::new(2026, &policy).unwrap();
    for (name, kind) in kinds {
        let u = pick(&province.units, &policy, kind);
        g.bench_function(format!("end_to_end_{name}"), |b| {
            b.iter(|| units.evaluate(black_box(&u)).unwrap())
        });
    }
    // The same enterprise through `evaluate_one_reusing` (any policy at each call: routes
    // computed for every unit), for the share of the remembered routes.
    let enterprise = pick(&province.units, &policy, KindTag::Enterprise);
    let mut scratch = pipeline::Scratch::default();
    g.bench_function("end_to_end_enterprise_routes_computed", |b| {
        b.iter(|| {
            pipeline::evaluate_one_reusing(black_box(&enterprise), 2026, &policy, &mut scratch)
                .unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
