//! Bad roadmap input gives typed errors naming the roadmap and the field; no panic.

use std::borrow::Cow;

use antq::citation::{Citation, Instrument, Source};
use antq::error::{Error, Subject};
use antq::roadmap::{progress, Basis, Category, CategoryCounts, Metric, Roadmap, Tally, Target};
use rust_decimal::Decimal;

fn kh10_subject() -> Subject {
    Subject::Roadmap("kh10_son_la_2026_2030".into())
}

#[test]
fn a_year_outside_the_roadmap_is_an_error() {
    let r = Roadmap::kh10_son_la();
    let counts = CategoryCounts::default().with(Category::Communes, Tally::of(10));
    for year in [2025, 2031] {
        let e = progress(&r, year, &counts).unwrap_err();
        assert_eq!(e.subject(), &kh10_subject());
        assert_eq!(e.field(), Some("year"));
    }
}

#[test]
fn an_empty_category_is_an_error() {
    let r = Roadmap::kh10_son_la();
    let counts = CategoryCounts::default().with(
        Category::Communes,
        Tally::of(0)
            .with_annual(Metric::ModelUnit, 0)
            .with_annual(Metric::ModelUnitRegistered, 0),
    );
    let e = progress(&r, 2026, &counts).unwrap_err();
    assert_eq!(e.field(), Some("counts.communes.total"));
    assert!(matches!(e, Error::Invalid { .. }));
}

#[test]
fn achieved_greater_than_total_is_an_error_naming_the_count() {
    let r = Roadmap::kh10_son_la();
    let counts = CategoryCounts::default().with(
        Category::Communes,
        Tally::of(10)
            .with_annual(Metric::ModelUnit, 11)
            .with_annual(Metric::ModelUnitRegistered, 10),
    );
    let e = progress(&r, 2026, &counts).unwrap_err();
    assert_eq!(e.field(), Some("counts.communes.annual.model_unit"));
    // achieved == total is fine
    let ok = CategoryCounts::default().with(
        Category::Communes,
        Tally::of(10)
            .with_annual(Metric::ModelUnit, 10)
            .with_annual(Metric::ModelUnitRegistered, 10),
    );
    assert!(progress(&r, 2026, &ok).is_ok());
}

#[test]
fn counts_nobody_asked_for_are_listed_not_errors() {
    let r = Roadmap::kh10_son_la();
    let p = progress(&r, 2026, &CategoryCounts::default()).unwrap();
    assert!(p.targets.is_empty());
    assert_eq!(
        p.not_counted,
        [
            "kh10.2026.communes.registered",
            "kh10.2026.communes.model_unit"
        ]
    );
    // One metric counted: its target is measured, the other is listed.
    let counts = CategoryCounts::default().with(
        Category::Communes,
        Tally::of(10).with_annual(Metric::ModelUnit, 8),
    );
    let p = progress(&r, 2026, &counts).unwrap();
    assert_eq!(p.targets.len(), 1);
    assert!(p.of(Category::Communes, Metric::ModelUnit).unwrap().met);
    assert_eq!(p.not_counted, ["kh10.2026.communes.registered"]);
}

fn target(id: &'static str, year: i32, basis: Basis, share: i64) -> Target {
    Target {
        id: Cow::Borrowed(id),
        year,
        category: Category::Organisations,
        metric: Metric::ModelUnit,
        basis,
        min_share: Decimal::from(share),
        source: Source::provisional(Citation::instrument(Instrument::Provisional)),
    }
}

fn roadmap(targets: Vec<Target>) -> Roadmap {
    Roadmap {
        name: "test".into(),
        from_year: 2026,
        to_year: 2028,
        targets,
    }
}

#[test]
fn roadmap_validation_names_the_field() {
    let field = |r: Roadmap| r.validate().unwrap_err().field().map(str::to_owned);
    assert_eq!(
        field(roadmap(vec![target("a", 2030, Basis::Annual, 10)])),
        Some("targets.a.year".into())
    );
    assert_eq!(
        field(roadmap(vec![target("a", 2026, Basis::Annual, 101)])),
        Some("targets.a.min_share".into())
    );
    assert_eq!(
        field(roadmap(vec![
            target("a", 2026, Basis::Annual, 10),
            target("a", 2027, Basis::Annual, 10)
        ])),
        Some("targets.id".into())
    );
    assert_eq!(
        field(roadmap(vec![
            target("a", 2026, Basis::Cumulative, 40),
            target("b", 2027, Basis::Cumulative, 20)
        ])),
        Some("targets.b.min_share".into())
    );
    let mut reg = target("r", 2026, Basis::Cumulative, 10);
    reg.metric = Metric::SafetyRecognised;
    assert_eq!(field(roadmap(vec![reg])), Some("targets.r.basis".into()));
    assert_eq!(field(roadmap(vec![])), Some("targets".into()));
    let mut back = roadmap(vec![target("a", 2026, Basis::Annual, 10)]);
    back.to_year = 2025;
    assert_eq!(field(back), Some("to_year".into()));
    // Annual targets may go down (e.g. a one-off push); only cumulative ones may not.
    roadmap(vec![
        target("a", 2026, Basis::Annual, 40),
        target("b", 2027, Basis::Annual, 20),
    ])
    .validate()
    .unwrap();
}

#[test]
fn roadmap_from_json_validates_and_round_trips() {
    for r in [Roadmap::kh10_son_la(), Roadmap::son_duong_2026_2030()] {
        let json = serde_json::to_string_pretty(&r).unwrap();
        assert_eq!(Roadmap::from_json(&json).unwrap(), r);
    }
    let json =
        serde_json::to_string(&roadmap(vec![target("a", 2026, Basis::Annual, 200)])).unwrap();
    let e = Roadmap::from_json(&json).unwrap_err();
    assert_eq!(e.subject(), &Subject::Roadmap("test".into()));
    // A document of the wrong shape is a data error naming the whole document.
    let e = Roadmap::from_json("[]").unwrap_err();
    assert!(matches!(e, Error::Invalid { .. }), "{e:?}");
    assert_eq!(e.field(), Some("(document)"));
    assert!(matches!(Roadmap::from_json("["), Err(Error::Parse { .. })));
    // A fractional share survives JSON exactly.
    let mut frac = roadmap(vec![target("a", 2026, Basis::Annual, 0)]);
    frac.targets[0].min_share = Decimal::new(7499, 2);
    let back = Roadmap::from_json(&serde_json::to_string(&frac).unwrap()).unwrap();
    assert_eq!(back.targets[0].min_share, Decimal::new(7499, 2));
}

#[test]
fn shipped_roadmap_json_files_are_the_presets() {
    let kh10 = include_str!("../examples/data/roadmap_kh10_son_la.json");
    assert_eq!(Roadmap::from_json(kh10).unwrap(), Roadmap::kh10_son_la());
    let sd = include_str!("../examples/data/roadmap_son_duong_2026_2030.json");
    assert_eq!(
        Roadmap::from_json(sd).unwrap(),
        Roadmap::son_duong_2026_2030()
    );
}

#[test]
fn progress_and_counts_round_trip_through_json() {
    let counts = CategoryCounts::default().with(
        Category::Communes,
        Tally::of(75)
            .with_annual(Metric::ModelUnit, 56)
            .with_annual(Metric::ModelUnitRegistered, 75),
    );
    let json = serde_json::to_string(&counts).unwrap();
    let back: CategoryCounts = serde_json::from_str(&json).unwrap();
    assert_eq!(back, counts);
    let p = progress(&Roadmap::kh10_son_la(), 2026, &counts).unwrap();
    let back: antq::roadmap::Progress =
        serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
    assert_eq!(back, p);
    // Hand-written counts in JSON, as a dashboard would send them.
    let parsed: CategoryCounts = serde_json::from_str(
        r#"{"categories": {"communes": {"total": 4, "annual": {"model_unit": 3, "model_unit_registered": 4}}}}"#,
    )
    .unwrap();
    let p = progress(&Roadmap::kh10_son_la(), 2026, &parsed).unwrap();
    assert!(p.iter().all(|t| t.met));
}
