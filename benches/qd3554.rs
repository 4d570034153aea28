//! QĐ3554 model units and their neighbours, per unit (budget ≤ 1 µs median; aim ≤ 300 ns):
//! `decide` with the built-in catalogue and with one loaded from JSON, and `decide_compact`
//! (no findings) with each, `check_prerequisites`, `models::review` and `review_compact`, and
//! `roadmap::progress` for one year of KH10.

use std::hint::black_box;

use antq::law::qd3554::{
    check_prerequisites, decide, decide_compact, Catalogue, ModelUnitFacts, PreviousYear,
};
use antq::models::{review, review_compact, ModelRating, ModelsPolicy, MovementModel};
use antq::roadmap::{progress, Category, CategoryCounts, Metric, Roadmap, Tally};
use antq::unit::{CommuneType, ManagingLevel, Unit, UnitKind};
use antq::{KindTag, MovementClass, SafetyOutcome, UnitId};
use criterion::{criterion_group, criterion_main, Criterion as Bench};

const CATALOGUE_JSON: &str = include_str!("../examples/data/qd3554_catalogue_placeholder.json");

/// Every criterion met but one (a realistic near-miss: every finding is built).
fn facts(cat: &Catalogue) -> ModelUnitFacts {
    let mut f = ModelUnitFacts {
        registered: Some(true),
        ..Default::default()
    };
    for (i, c) in cat.criteria.iter().enumerate() {
        f.criteria.insert(c.criterion.id.to_string(), i != 7);
    }
    f
}

fn model(id: &str, effective: bool, rating: ModelRating, complete: bool) -> MovementModel {
    MovementModel {
        id: id.to_owned(),
        name: format!("Mô hình {id}"),
        effective: Some(effective),
        rating: Some(rating),
        dossier_complete: Some(complete),
        has_dossier: None,
    }
}

fn counts() -> CategoryCounts {
    let mut counts = CategoryCounts::default();
    for (i, c) in Category::ALL.into_iter().enumerate() {
        let total = 100 + 10 * i as u64;
        let mut t = Tally::of(total).with_cumulative(Metric::ModelUnit, total / 3);
        for (j, m) in Metric::ALL.into_iter().enumerate() {
            t = t.with_annual(m, total * (5 + j as u64) / 12);
        }
        counts = counts.with(c, t);
    }
    counts
}

fn bench(c: &mut Bench) {
    let commune = Unit::new(
        "xa-chieng-an",
        "Xã Chiềng An",
        UnitKind::Commune {
            commune_type: CommuneType::Xa,
        },
        ManagingLevel::Province,
    );
    let builtin = Catalogue::qd3554();
    let loaded = match Catalogue::from_json(CATALOGUE_JSON) {
        Ok(c) => c,
        Err(e) => panic!("example catalogue: {e}"),
    };
    let f = facts(&builtin);
    c.bench_function("qd3554_decide_builtin_catalogue", |b| {
        b.iter(|| {
            decide(
                black_box(&commune),
                2026,
                black_box(&builtin),
                black_box(&f),
            )
        })
    });
    c.bench_function("qd3554_decide_json_catalogue", |b| {
        b.iter(|| decide(black_box(&commune), 2026, black_box(&loaded), black_box(&f)))
    });
    c.bench_function("qd3554_decide_compact_builtin_catalogue", |b| {
        b.iter(|| {
            decide_compact(
                black_box(&commune),
                2026,
                black_box(&builtin),
                black_box(&f),
            )
        })
    });
    c.bench_function("qd3554_decide_compact_json_catalogue", |b| {
        b.iter(|| decide_compact(black_box(&commune), 2026, black_box(&loaded), black_box(&f)))
    });

    let unit = UnitId::new("xa-chieng-an");
    let prev = PreviousYear {
        safety: Some(SafetyOutcome::Recognised),
        class: Some(MovementClass::Kha),
        model_unit: Some(false),
    };
    c.bench_function("qd3554_check_prerequisites", |b| {
        b.iter(|| check_prerequisites(black_box(&unit), black_box(&prev)))
    });

    let models = [
        model("m1", true, ModelRating::Kha, true),
        model("m2", true, ModelRating::TrungBinh, false),
        model("m3", false, ModelRating::Yeu, true),
    ];
    let policy = ModelsPolicy::son_duong_2026();
    c.bench_function("models_review_three_models", |b| {
        b.iter(|| {
            review(
                black_box(&unit),
                KindTag::Commune,
                black_box(&models),
                black_box(&policy),
            )
        })
    });

    c.bench_function("models_review_compact_three_models", |b| {
        b.iter(|| review_compact(KindTag::Commune, black_box(&models), black_box(&policy)))
    });

    let roadmap = Roadmap::kh10_son_la();
    let counts = counts();
    c.bench_function("roadmap_progress_kh10_one_year", |b| {
        b.iter(|| progress(black_box(&roadmap), 2028, black_box(&counts)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
