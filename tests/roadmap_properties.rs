//! Properties of roadmaps, progress and model-unit decisions (proptest).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use antq::citation::{Citation, Instrument, Source};
use antq::explain::{CriterionRef, Status};
use antq::law::qd3554::{decide, Catalogue, ModelUnitFacts, ModelUnitOutcome};
use antq::models::{review, ModelRating, ModelsPolicy, MovementModel};
use antq::roadmap::{
    progress, required_count, Basis, Category, CategoryCounts, Metric, ModelEvent, Roadmap, Tally,
    Target, UnitRecord,
};
use antq::unit::{CommuneType, KindTag, ManagingLevel, Unit, UnitKind};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A share 0.00–100.00 % with up to 2 decimals, as an exact decimal.
fn share() -> impl Strategy<Value = Decimal> {
    (0i64..=10_000).prop_map(|h| Decimal::new(h, 2))
}

/// p·N / 100 ≤ k exactly, in integers: k·100·100 ≥ hundredths(p)·N.
fn meets(k: u64, p: Decimal, n: u64) -> bool {
    let hundredths = (p * Decimal::ONE_HUNDRED).trunc().mantissa() as u128; // p has ≤ 2 decimals
    (k as u128) * 10_000 >= hundredths * n as u128
}

fn one_target(p: Decimal) -> Roadmap {
    Roadmap {
        name: "prop".into(),
        from_year: 2026,
        to_year: 2026,
        targets: vec![Target {
            id: Cow::Borrowed("t"),
            year: 2026,
            category: Category::Communes,
            metric: Metric::ModelUnit,
            basis: Basis::Cumulative,
            min_share: p,
            source: Source::provisional(Citation::instrument(Instrument::Provisional)),
        }],
    }
}

fn counts(n: u64, a: u64) -> CategoryCounts {
    CategoryCounts::default().with(
        Category::Communes,
        Tally::of(n).with_cumulative(Metric::ModelUnit, a),
    )
}

fn cumulative_never_decreases(r: &Roadmap) -> bool {
    r.targets
        .iter()
        .filter(|t| t.basis == Basis::Cumulative)
        .all(|t| {
            r.targets.iter().all(|o| {
                !(o.basis == Basis::Cumulative
                    && o.category == t.category
                    && o.metric == t.metric
                    && o.year < t.year)
                    || o.min_share <= t.min_share
            })
        })
}

#[test]
fn presets_cumulative_targets_never_decrease_year_on_year() {
    assert!(cumulative_never_decreases(&Roadmap::kh10_son_la()));
    assert!(cumulative_never_decreases(&Roadmap::son_duong_2026_2030()));
}

fn target_strategy() -> impl Strategy<Value = (i32, u8, bool, Decimal)> {
    (2026i32..=2030, 0u8..2, any::<bool>(), share())
}

proptest! {
    #[test]
    fn required_count_is_the_least_integer_meeting_the_share(p in share(), n in 0u64..1_000_000) {
        let k = required_count(p, n).unwrap();
        prop_assert!(meets(k, p, n));
        prop_assert!(k == 0 || !meets(k - 1, p, n));
        prop_assert!(k <= n);
    }

    #[test]
    fn shortfall_is_zero_exactly_when_the_target_is_met(p in share(), n in 1u64..5_000, a in 0u64..5_000) {
        let a = a.min(n);
        let t = &progress(&one_target(p), 2026, &counts(n, a)).unwrap()[0];
        prop_assert_eq!(t.shortfall == 0, t.met);
        prop_assert_eq!(t.met, meets(a, p, n));
        prop_assert_eq!(t.shortfall, t.required.saturating_sub(a));
    }

    #[test]
    fn adding_a_qualifying_unit_never_increases_a_shortfall(p in share(), n in 1u64..5_000, a in 0u64..5_000) {
        let a = a.min(n);
        let before = &progress(&one_target(p), 2026, &counts(n, a)).unwrap()[0];
        let after = &progress(&one_target(p), 2026, &counts(n + 1, a + 1)).unwrap()[0];
        prop_assert!(after.shortfall <= before.shortfall);
        // and the same holds through per-unit records
        let mut recs: Vec<UnitRecord> = (0..n).map(|i| {
            let mut r = UnitRecord::new(format!("u{i}"), KindTag::Commune);
            if i < a { r.model_history.insert(2026, ModelEvent::Recognised); }
            r
        }).take(60).collect();
        let base = CategoryCounts::from_records(2026, &recs).unwrap();
        let b = &progress(&one_target(p), 2026, &base).unwrap()[0];
        let mut extra = UnitRecord::new("extra", KindTag::Commune);
        extra.model_history.insert(2025, ModelEvent::Recognised); // kept from last year
        recs.push(extra);
        let more = CategoryCounts::from_records(2026, &recs).unwrap();
        let m = &progress(&one_target(p), 2026, &more).unwrap()[0];
        prop_assert!(m.shortfall <= b.shortfall);
    }

    #[test]
    fn any_valid_roadmap_has_cumulative_targets_that_never_decrease(
        specs in proptest::collection::vec(target_strategy(), 1..12)
    ) {
        let targets = specs.iter().enumerate().map(|(i, (year, cat, cumulative, p))| Target {
            id: Cow::Owned(format!("t{i}")),
            year: *year,
            category: if *cat == 0 { Category::Communes } else { Category::Organisations },
            metric: Metric::ModelUnit,
            basis: if *cumulative { Basis::Cumulative } else { Basis::Annual },
            min_share: *p,
            source: Source::provisional(Citation::instrument(Instrument::Provisional)),
        }).collect();
        let r = Roadmap { name: "prop".into(), from_year: 2026, to_year: 2030, targets };
        match r.validate() {
            Ok(()) => prop_assert!(cumulative_never_decreases(&r)),
            Err(e) => prop_assert!(e.field().is_some()),
        }
        // serde round-trip of whatever was generated
        let back: Roadmap = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        prop_assert_eq!(back, r);
    }

    #[test]
    fn unit_records_round_trip_through_json(
        hist in proptest::collection::btree_map(2023i32..2031, any::<bool>(), 0..5),
        reg in proptest::option::of(any::<bool>()),
        cls in proptest::option::of(0u8..4),
    ) {
        let mut r = UnitRecord::new("u", KindTag::School);
        r.model_history = hist.into_iter()
            .map(|(y, rec)| (y, if rec { ModelEvent::Recognised } else { ModelEvent::Lost }))
            .collect::<BTreeMap<_, _>>();
        r.safety_registered = reg;
        r.class = cls.map(|c| antq::outcome::MovementClass::BEST_FIRST[c as usize]);
        let back: UnitRecord = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        prop_assert_eq!(back, r);
    }

    #[test]
    fn failing_a_criterion_never_yields_recognition(
        met in proptest::collection::vec(proptest::option::of(any::<bool>()), 12),
        registered in proptest::option::of(any::<bool>()),
    ) {
        let cat = Catalogue::qd3554();
        let unit = Unit::new("x", "X", UnitKind::Commune { commune_type: CommuneType::Xa }, ManagingLevel::Province);
        let mut facts = ModelUnitFacts { registered, criteria: BTreeMap::new() };
        for (c, m) in cat.criteria.iter().zip(&met) {
            if let Some(m) = m { facts.criteria.insert(c.criterion.id.to_string(), *m); }
        }
        let d = decide(&unit, 2026, &cat, &facts).unwrap();
        let all = met.iter().all(|m| *m == Some(true));
        prop_assert_eq!(d.outcome == ModelUnitOutcome::Recognised, all && registered == Some(true));
        prop_assert_eq!(d.findings.len(), 14);
        let back: ModelUnitFacts = serde_json::from_str(&serde_json::to_string(&facts).unwrap()).unwrap();
        prop_assert_eq!(back, facts);
    }

    #[test]
    fn adding_an_effective_well_rated_model_never_breaks_the_models_requirement(
        effs in proptest::collection::vec((proptest::option::of(any::<bool>()), proptest::option::of(0u8..4)), 0..5)
    ) {
        let rating = |r: u8| [ModelRating::Yeu, ModelRating::TrungBinh, ModelRating::Kha, ModelRating::XuatSac][r as usize];
        let mut models: Vec<MovementModel> = effs.iter().enumerate().map(|(i, (e, r))| MovementModel {
            id: format!("m{i}"), name: "m".into(), effective: *e, rating: r.map(rating),
            dossier_complete: Some(true), has_dossier: None,
        }).collect();
        let policy = ModelsPolicy::son_duong_2026();
        models.push(MovementModel {
            id: "good".into(), name: "good".into(), effective: Some(true),
            rating: Some(ModelRating::Kha), dossier_complete: Some(true), has_dossier: None,
        });
        let d = review(&"u".into(), KindTag::Agency, &models, &policy);
        prop_assert_eq!(d.outcome.requirement, Status::Met);
        prop_assert_eq!(d.outcome.actions.len(), models.len());
        let back: MovementModel = serde_json::from_str(&serde_json::to_string(&models[0]).unwrap()).unwrap();
        prop_assert_eq!(&back, &models[0]);
    }
}

proptest! {
    #[test]
    fn model_unit_statuses_do_not_depend_on_catalogue_order(
        met in proptest::collection::vec(proptest::option::of(any::<bool>()), 12),
        rotate in 0usize..12,
        reverse in any::<bool>(),
        extra in proptest::option::of("[a-z.]{1,12}"),
    ) {
        let sorted = Catalogue::qd3554();
        let mut shuffled = sorted.clone();
        shuffled.criteria.rotate_left(rotate);
        if reverse { shuffled.criteria.reverse(); }
        let unit = Unit::new("x", "X", UnitKind::Agency { armed_forces: false }, ManagingLevel::Province);
        let mut facts = ModelUnitFacts { registered: Some(true), criteria: BTreeMap::new() };
        for (c, m) in sorted.criteria.iter().zip(&met) {
            if let Some(m) = m { facts.criteria.insert(c.criterion.id.to_string(), *m); }
        }
        if let Some(e) = extra { facts.criteria.insert(e, true); } // never a catalogue id
        let a = decide(&unit, 2026, &sorted, &facts);
        let b = decide(&unit, 2026, &shuffled, &facts);
        match (a, b) {
            (Ok(a), Ok(b)) => {
                prop_assert_eq!(a.outcome, b.outcome);
                for f in &a.findings {
                    prop_assert_eq!(Some(f.status), b.finding(&f.criterion.id).map(|g| g.status));
                }
            }
            (Err(a), Err(b)) => {
                let unknown_ref = matches!(a, antq::Error::UnknownReference { .. });
                prop_assert!(unknown_ref);
                prop_assert_eq!(a, b);
            }
            (a, b) => prop_assert!(false, "{:?} vs {:?}", a, b),
        }
    }
}

#[test]
fn json_catalogue_findings_share_the_catalogue_criteria() {
    // A catalogue read from JSON equals the built-in one and holds each criterion behind an
    // `Arc`; a decision's findings point to those same criteria (no copy, nothing leaked).
    let json = serde_json::to_string(&Catalogue::qd3554()).unwrap();
    let owned = Catalogue::from_json(&json).unwrap();
    assert_eq!(owned, Catalogue::qd3554());
    let commune = Unit::new(
        "xa-1",
        "Xã 1",
        UnitKind::Commune {
            commune_type: CommuneType::Xa,
        },
        ManagingLevel::Province,
    );
    let facts = ModelUnitFacts {
        registered: Some(true),
        criteria: BTreeMap::new(),
    };
    let d = decide(&commune, 2026, &owned, &facts).unwrap();
    let mut shared = 0;
    for c in &owned.criteria {
        let CriterionRef::Shared(arc) = &c.criterion else {
            panic!("a JSON criterion should be shared: {}", c.criterion.id);
        };
        let f = d.finding(&c.criterion.id).unwrap();
        let CriterionRef::Shared(g) = &f.criterion else {
            panic!(
                "finding {} does not share the catalogue's criterion",
                c.criterion.id
            );
        };
        assert!(Arc::ptr_eq(arc, g), "{}", c.criterion.id);
        shared += 1;
    }
    assert_eq!(shared, 12);
    // The built-in catalogue's findings point to its `static` criteria.
    let builtin = Catalogue::qd3554();
    let d = decide(&commune, 2026, &builtin, &facts).unwrap();
    for c in &builtin.criteria {
        let (CriterionRef::Static(a), CriterionRef::Static(b)) =
            (&c.criterion, &d.finding(&c.criterion.id).unwrap().criterion)
        else {
            panic!("built-in criterion {} is not static", c.criterion.id);
        };
        assert!(std::ptr::eq(*a, *b));
    }
}

/// The plain reading of `CategoryCounts::from_records`: every category listed with every
/// metric at 0, then each record added to each category that includes its kind, one map entry
/// at a time; a unit listed twice is an error (the smallest such id), and a history that
/// loses a title not held is one.
fn counts_by_maps(year: i32, records: &[UnitRecord]) -> Result<CategoryCounts, String> {
    let mut ids: Vec<&str> = records.iter().map(|r| r.unit.as_str()).collect();
    ids.sort_unstable();
    if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
        return Err(format!(
            "input: field `records.unit`: duplicate id `{}`",
            w[0]
        ));
    }
    let mut categories = BTreeMap::new();
    for c in Category::ALL {
        let mut t = Tally::default();
        for m in Metric::ALL {
            t.annual.insert(m, 0);
        }
        t.cumulative.insert(Metric::ModelUnit, 0);
        categories.insert(c, t);
    }
    for r in records {
        r.validate().map_err(|e| e.to_string())?;
        for c in Category::ALL.into_iter().filter(|c| c.includes(r.kind)) {
            let t = categories.get_mut(&c).unwrap();
            t.total += 1;
            for m in Metric::ALL {
                *t.annual.get_mut(&m).unwrap() += u64::from(r.annual(m, year));
            }
            *t.cumulative.get_mut(&Metric::ModelUnit).unwrap() +=
                u64::from(antq::roadmap::holds(&r.model_history, year));
        }
    }
    Ok(CategoryCounts { categories })
}

fn any_record() -> impl Strategy<Value = UnitRecord> {
    let kinds = [
        KindTag::Commune,
        KindTag::ResidentialArea,
        KindTag::Agency,
        KindTag::Enterprise,
        KindTag::School,
    ];
    let flag = || proptest::option::of(any::<bool>());
    (
        0u8..30,
        0usize..5,
        proptest::collection::btree_map(2023i32..2028, any::<bool>(), 0..3),
        (flag(), flag(), flag(), flag()),
        proptest::option::of(0u8..4),
    )
        .prop_map(move |(id, kind, history, flags, class)| {
            let mut r = UnitRecord::new(format!("u{id:02}"), kinds[kind]);
            r.model_history = history
                .into_iter()
                .map(|(y, won)| {
                    (
                        y,
                        if won {
                            ModelEvent::Recognised
                        } else {
                            ModelEvent::Lost
                        },
                    )
                })
                .collect();
            (
                r.model_unit_registered,
                r.safety_registered,
                r.safety_recognised,
                r.effective_model_rated,
            ) = flags;
            r.class = class.map(|c| {
                [
                    antq::MovementClass::Yeu,
                    antq::MovementClass::TrungBinh,
                    antq::MovementClass::Kha,
                    antq::MovementClass::XuatSac,
                ][usize::from(c)]
            });
            r
        })
}

proptest! {
    /// Counted in arrays, in rising order or not, the counts are those of the plain reading,
    /// and so are the errors (a repeated unit; a title lost that was not held).
    #[test]
    fn category_counts_agree_with_counting_map_by_map(
        records in proptest::collection::vec(any_record(), 0..25),
        rising in any::<bool>(),
    ) {
        let mut records = records;
        if rising {
            records.sort_by(|a, b| a.unit.cmp(&b.unit));
        }
        let got = CategoryCounts::from_records(2026, &records).map_err(|e| e.to_string());
        match (got, counts_by_maps(2026, &records)) {
            (Ok(g), Ok(want)) => prop_assert_eq!(g, want),
            (Err(g), Err(want)) => prop_assert_eq!(g, want),
            (g, want) => prop_assert!(false, "{:?} / {:?}", g, want),
        }
    }
}
