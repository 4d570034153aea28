//! Issue 10 item 8: time at 10× the size against 1× for the four shapes that were quadratic.
//! Linear code gives a ratio near 10 (≤ ~12); the old code gave ~100.
//! `cargo bench --bench scale` (each group reports n and 10·n).

#[path = "../tests/scale/shapes.rs"]
mod shapes;

use std::hint::black_box;

use antq::law::qd510::{classify, ScoreSheet, SheetSet};
use antq::policy::Policy;
use antq::unit::{CommuneType, ManagingLevel, Unit, UnitKind};
use antq::year::pipeline::evaluate_one;
use antq::year::UnitInput;
use antq::{KindTag, UnitId};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("scale");
    g.sample_size(10);
    for n in [3_000usize, 30_000] {
        let cat = shapes::catalogue(n);
        g.bench_with_input(BenchmarkId::new("catalogue_validate", n), &cat, |b, cat| {
            b.iter(|| black_box(cat).validate().unwrap())
        });
        let unit = UnitId::new("xa-1");
        let sheet = ScoreSheet::builtin(KindTag::Commune);
        let facts = shapes::facts(n);
        let safety = shapes::recognised(&unit);
        g.bench_with_input(BenchmarkId::new("deduction_facts", n), &facts, |b, f| {
            b.iter(|| classify(&safety, black_box(f), &sheet).unwrap())
        });
        let policy = Policy {
            score_sheets: SheetSet::builtin().with_sheet(shapes::sheet(n)).unwrap(),
            ..Policy::national()
        };
        let mut rec = UnitInput::new(Unit::new(
            "xa-1",
            "Xã Một",
            UnitKind::Commune {
                commune_type: CommuneType::Xa,
            },
            ManagingLevel::Province,
        ));
        rec.score = Some(Default::default());
        rec.safety.units = Some(Default::default());
        g.bench_with_input(BenchmarkId::new("sheet_items", n), &rec, |b, rec| {
            b.iter(|| evaluate_one(black_box(rec), 2026, &policy).unwrap())
        });
    }
    for n in [404usize, 4_040] {
        let rm = shapes::roadmap(n);
        g.bench_with_input(BenchmarkId::new("roadmap_validate", n), &rm, |b, rm| {
            b.iter(|| black_box(rm).validate().unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
