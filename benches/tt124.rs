//! TT124 recognition decisions per kind of unit, next to the hand-written Đ6 floor
//! (`floor.rs`): every figure is read as a ratio to `floor_tt124_d6` of the same run.
//! Results are observed with `std::hint::black_box` (criterion's own `black_box`, without its
//! `real_blackbox` feature, is a volatile read of the whole value).
//! `compact_in_place_*` is the compact decision (every criterion's status, no values) observed
//! where it was returned (`black_box(&d)`: the compiler must assume every byte of it is read,
//! so every byte is written, and none is copied) — as the floor's one-byte result is observed
//! in its register; the ratio to the floor is read on these. `compact_*` moves the decision
//! into `black_box`: a copy of 72 bytes read back right after the call wrote them, which waits
//! on store forwarding (DESIGN §28) — reported beside them. `decide_into` explains it into a
//! reused findings buffer; `decide` builds a full explained `Decision`. The enterprise under
//! Sơn La's two provincial rules is read against `floor_tt124_d6` and, like for like, against
//! `floor_tt124_d6_tax_rules` (the same floor with those two rules written in by hand).

#[path = "floor.rs"]
mod floor;

use antq::explain::Finding;
use antq::law::tt124::{decide, decide_compact, decide_into, Additions};
use antq::policy::additions::son_la_2026;
use antq::unit::{CommuneType, ManagingLevel, SchoolLevel, Unit, UnitKind};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let units = [
        (
            "residential_area",
            Unit::new(
                "kdc",
                "Bản",
                UnitKind::ResidentialArea,
                ManagingLevel::Commune,
            )
            .in_commune("xa"),
        ),
        (
            "commune",
            Unit::new(
                "xa",
                "Xã",
                UnitKind::Commune {
                    commune_type: CommuneType::Xa,
                },
                ManagingLevel::Province,
            ),
        ),
        (
            "agency",
            Unit::new(
                "cq",
                "Cơ quan",
                UnitKind::Agency {
                    armed_forces: false,
                },
                ManagingLevel::Province,
            ),
        ),
        ("enterprise", floor::enterprise()),
        (
            "school",
            Unit::new(
                "th",
                "Trường",
                UnitKind::School {
                    level: SchoolLevel::UpperSecondary,
                    armed_forces: false,
                },
                ManagingLevel::Province,
            ),
        ),
    ];
    let facts = floor::benched_facts();
    let none = Additions::none();
    let son_la = son_la_2026();
    let mut g = c.benchmark_group("tt124");
    g.bench_function("floor_tt124_d6", |b| {
        b.iter(|| floor::tt124_d6(black_box(&facts)))
    });
    for (name, unit) in &units {
        g.bench_function(format!("compact_{name}"), |b| {
            b.iter(|| {
                decide_compact(black_box(unit), 2026, black_box(&facts), &none, facts.units)
                    .unwrap()
            })
        });
    }
    for (name, unit) in &units {
        g.bench_function(format!("compact_in_place_{name}"), |b| {
            b.iter(|| {
                let d =
                    decide_compact(black_box(unit), 2026, black_box(&facts), &none, facts.units)
                        .unwrap();
                black_box(&d);
            })
        });
    }
    g.bench_function("floor_tt124_d6_tax_rules", |b| {
        b.iter(|| floor::tt124_d6_tax_rules(black_box(&facts)))
    });
    g.bench_function("compact_enterprise_son_la", |b| {
        b.iter(|| {
            decide_compact(
                black_box(&units[3].1),
                2026,
                black_box(&facts),
                &son_la,
                None,
            )
            .unwrap()
        })
    });
    g.bench_function("compact_in_place_enterprise_son_la", |b| {
        b.iter(|| {
            let d = decide_compact(
                black_box(&units[3].1),
                2026,
                black_box(&facts),
                &son_la,
                None,
            )
            .unwrap();
            black_box(&d);
        })
    });
    let mut buf: Vec<Finding> = Vec::new();
    for (name, unit) in &units {
        g.bench_function(format!("decide_into_{name}"), |b| {
            b.iter(|| {
                decide_into(
                    black_box(unit),
                    2026,
                    black_box(&facts),
                    &none,
                    facts.units,
                    &mut buf,
                )
                .unwrap()
            })
        });
    }
    g.finish();
    let mut g = c.benchmark_group("tt124_decide");
    for (name, unit) in &units {
        g.bench_function(*name, |b| {
            b.iter(|| decide(black_box(unit), 2026, black_box(&facts), &none).unwrap())
        });
    }
    g.bench_function("enterprise_son_la", |b| {
        b.iter(|| decide(black_box(&units[3].1), 2026, black_box(&facts), &son_la).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
