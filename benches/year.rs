//! The year pipeline at scale, one core. Groups:
//! - `unit`: one unit end to end (TT124, QĐ510, QĐ3554, models, routing) — budget ≤ 1 µs;
//! - `son_la`: a Sơn La–sized province (3,575 units): parse, evaluate, serialize (the report
//!   by `Report::write_json`; `serialize_serde` the same bytes by `serde_json`);
//! - `national_v1`, `national_v2`: 3,321 communes + 300,000 units, the same synthetic nation
//!   as year input schema version 1 and 2 — `parse_only` (typed into a `YearInput`),
//!   `evaluate` (parse and decide in one pass), `write_report` (the report to JSON by
//!   `Report::write_json`), `write_report_serde` (the same bytes by `serde_json`, for the
//!   ratio), `end_to_end` (JSON in → JSON report out; budget < 1 s for v2);
//! - `linear`: end to end at 1× (a tenth of the nation) and 10× (the nation), v2 input
//!   (budget: 10× within 11× of 1×) — `1x_v2`/`10x_v2` write each report into a new buffer,
//!   `1x_v2_kept`/`10x_v2_kept` into one buffer kept across iterations (emptied each time).
//!   glibc hands a freed block under its 32 MiB mmap threshold back to the next iteration, so
//!   at 1× the new 12 MB buffer is already in memory; at 10× the 124 MB buffer goes back to
//!   the kernel and its 30,000 pages fault in again each time. The kept buffer measures both
//!   sizes alike, as a program writing to a file does (DESIGN §27.3). `1x_v2_reused`/
//!   `10x_v2_reused` also hand each report's units back to the next iteration
//!   (`evaluate_json_reusing`), so that at 10× the 80 MB of reports are not fresh memory
//!   either: every buffer kept at both sizes, as a program evaluating year after year in one
//!   process can (DESIGN §30).
//!
//! `ANTQ_BENCH_NATIONAL=0` skips the national and linear groups (they take minutes).

use antq::policy::Policy;
use antq::year::report::UnitReport;
use antq::year::{evaluate, pipeline, synthetic, v2, YearInput};
use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion};

fn end_to_end(json: &[u8], policy: &Policy) -> Vec<u8> {
    let mut out = Vec::new();
    end_to_end_into(json, policy, &mut out);
    out
}

/// [`end_to_end`] into `out` (emptied first), which the caller keeps.
fn end_to_end_into(json: &[u8], policy: &Policy, out: &mut Vec<u8>) {
    let report = pipeline::evaluate_json(json, policy).expect("evaluates");
    out.clear();
    report.write_json(&mut *out).expect("writes");
}

/// [`end_to_end_into`], the reports made in `spare` (a previous report's units, returned
/// with this report's for the next call).
fn end_to_end_reusing(
    json: &[u8],
    policy: &Policy,
    out: &mut Vec<u8>,
    spare: &mut Vec<UnitReport>,
) {
    let mut report =
        pipeline::evaluate_json_reusing(json, policy, std::mem::take(spare)).expect("evaluates");
    out.clear();
    report.write_json(&mut *out).expect("writes");
    *spare = std::mem::take(&mut report.units);
}

/// The report to JSON bytes, written by hand.
fn write_report(report: &antq::year::Report) -> Vec<u8> {
    let mut out = Vec::new();
    report.write_json(&mut out).expect("writes");
    out
}

/// The same bytes, written by `serde_json` (the reference).
fn write_report_serde(report: &antq::year::Report) -> Vec<u8> {
    serde_json::to_vec(report).expect("serializes")
}

fn bench(c: &mut Criterion) {
    let policy = Policy::son_la_2026();

    let small = synthetic::province(&synthetic::Shape::son_la(), 2026, 1);
    let mut g = c.benchmark_group("unit");
    let one = &small.units[100];
    let mut scratch = pipeline::Scratch::default();
    g.bench_function("end_to_end_residential_area", |b| {
        b.iter(|| {
            pipeline::evaluate_one_reusing(black_box(one), 2026, &policy, &mut scratch).unwrap()
        })
    });
    let org = small
        .units
        .iter()
        .find(|u| u.unit.tag() == antq::KindTag::Agency && u.model_unit.is_some())
        .expect("an agency building a model unit");
    g.bench_function("end_to_end_agency_with_model_unit", |b| {
        b.iter(|| {
            pipeline::evaluate_one_reusing(black_box(org), 2026, &policy, &mut scratch).unwrap()
        })
    });
    g.finish();

    let json = serde_json::to_vec(&small).unwrap();
    let mut g = c.benchmark_group("son_la");
    g.sample_size(20);
    g.bench_function("parse", |b| {
        b.iter(|| YearInput::from_json(black_box(&json)).unwrap())
    });
    g.bench_function("evaluate", |b| {
        b.iter(|| evaluate(black_box(&small), &policy).unwrap())
    });
    let report = evaluate(&small, &policy).unwrap();
    g.bench_function("serialize", |b| b.iter(|| write_report(black_box(&report))));
    g.bench_function("serialize_serde", |b| {
        b.iter(|| write_report_serde(black_box(&report)))
    });
    g.bench_function("end_to_end", |b| {
        b.iter(|| end_to_end(black_box(&json), &policy))
    });
    g.finish();

    if std::env::var("ANTQ_BENCH_NATIONAL").as_deref() == Ok("0") {
        return;
    }
    let nation = synthetic::province(&synthetic::Shape::national(), 2026, 1);
    let national_v1 = serde_json::to_vec(&nation).unwrap();
    let national_v2 = v2::to_json(&nation);
    drop(nation);
    let tenth_shape = synthetic::Shape {
        communes: 332,
        residential_areas: 10_000,
        organisations: 20_000,
    };
    let tenth_v2 = v2::to_json(&synthetic::province(&tenth_shape, 2026, 1));
    for (name, json) in [("national_v1", &national_v1), ("national_v2", &national_v2)] {
        let mut g = c.benchmark_group(name);
        g.sample_size(10);
        // Parse: every unit typed into a `YearInput` (dropped outside the timing).
        g.bench_function("parse_only", |b| {
            b.iter_batched(
                || (),
                |_| YearInput::from_json(black_box(json)).unwrap(),
                BatchSize::PerIteration,
            )
        });
        // Parse and decide in one pass (the report dropped outside the timing).
        g.bench_function("evaluate", |b| {
            b.iter_batched(
                || (),
                |_| pipeline::evaluate_json(black_box(json), &policy).unwrap(),
                BatchSize::PerIteration,
            )
        });
        // Write: the report of this input to JSON bytes.
        let report = pipeline::evaluate_json(json, &policy).unwrap();
        g.bench_function("write_report", |b| {
            b.iter(|| write_report(black_box(&report)))
        });
        g.bench_function("write_report_serde", |b| {
            b.iter(|| write_report_serde(black_box(&report)))
        });
        drop(report);
        // JSON in → JSON out.
        g.bench_function("end_to_end", |b| {
            b.iter(|| end_to_end(black_box(json), &policy))
        });
        g.finish();
    }
    drop(national_v1);
    let mut g = c.benchmark_group("linear");
    g.sample_size(10);
    g.bench_function("1x_v2", |b| {
        b.iter(|| end_to_end(black_box(&tenth_v2), &policy))
    });
    g.bench_function("10x_v2", |b| {
        b.iter(|| end_to_end(black_box(&national_v2), &policy))
    });
    for (name, json) in [("1x_v2_kept", &tenth_v2), ("10x_v2_kept", &national_v2)] {
        let mut out = Vec::new();
        g.bench_function(name, |b| {
            b.iter(|| end_to_end_into(black_box(json), &policy, &mut out))
        });
    }
    for (name, json) in [("1x_v2_reused", &tenth_v2), ("10x_v2_reused", &national_v2)] {
        let (mut out, mut spare) = (Vec::new(), Vec::new());
        g.bench_function(name, |b| {
            b.iter(|| end_to_end_reusing(black_box(json), &policy, &mut out, &mut spare))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
