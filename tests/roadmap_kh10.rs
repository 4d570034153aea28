//! KH10 Sơn La 2026–2030 (Sơn La …/UBND-NC §3a): boundaries of the share targets, cumulative counting,
//! units that lost the title, and the what-if.

use std::collections::BTreeMap;

use antq::citation::Provenance;
use antq::explain::Lang;
use antq::law::qd3554::{decide, Catalogue, ModelUnitFacts};
use antq::roadmap::{
    closest_to_qualifying, must_rebuild, progress, required_count, what_if, Basis, Category,
    CategoryCounts, Metric, ModelEvent, Roadmap, Tally, UnitRecord,
};
use antq::unit::{CommuneType, KindTag, ManagingLevel, Unit, UnitKind};
use rust_decimal::Decimal;

fn communes(total: u64, annual: u64) -> CategoryCounts {
    CategoryCounts::default().with(
        Category::Communes,
        Tally::of(total)
            .with_annual(Metric::ModelUnit, annual)
            .with_annual(Metric::ModelUnitRegistered, total),
    )
}

fn find<'a>(p: &'a [antq::roadmap::TargetProgress], id: &str) -> &'a antq::roadmap::TargetProgress {
    p.iter().find(|t| t.target == id).unwrap()
}

#[test]
fn kh10_preset_is_valid_and_cites_son_la_ubnd_nc_2026_3a() {
    let r = Roadmap::kh10_son_la();
    r.validate().unwrap();
    assert_eq!((r.from_year, r.to_year), (2026, 2030));
    for t in &r.targets {
        assert_eq!(
            t.source.citation.document(),
            Some(&antq::provinces::documents::SON_LA_UBND_NC_2026)
        );
        assert_eq!(t.source.citation.section.as_deref(), Some("3a"));
        assert_eq!(t.source.provenance, Provenance::ProvincialDocument);
    }
    let orgs: Vec<_> = r
        .targets
        .iter()
        .filter(|t| t.category == Category::Organisations)
        .map(|t| (t.year, t.min_share, t.basis))
        .collect();
    assert_eq!(
        orgs,
        [
            (2027, Decimal::from(20), Basis::Cumulative),
            (2028, Decimal::from(40), Basis::Cumulative),
            (2029, Decimal::from(60), Basis::Cumulative),
            (2030, Decimal::from(75), Basis::Cumulative),
        ]
    );
    let all = r
        .targets
        .iter()
        .find(|t| t.category == Category::CommunesAndOrganisations)
        .unwrap();
    assert_eq!((all.year, all.min_share), (2030, Decimal::from(75)));
    let reg = r
        .targets
        .iter()
        .find(|t| t.metric == Metric::ModelUnitRegistered)
        .unwrap();
    assert_eq!((reg.year, reg.min_share), (2026, Decimal::from(100)));
    for year in 2026..=2030 {
        assert!(r.targets_in(year).any(|t| t.category == Category::Communes
            && t.metric == Metric::ModelUnit
            && t.min_share == Decimal::from(75)));
    }
}

#[test]
fn share_75_percent_of_4_is_met_by_3_not_2() {
    let r = Roadmap::kh10_son_la();
    let p = progress(&r, 2026, &communes(4, 3)).unwrap();
    let t = find(&p, "kh10.2026.communes.model_unit");
    assert_eq!((t.required, t.shortfall, t.met), (3, 0, true));
    assert_eq!(t.share, Decimal::from(75));
    let p = progress(&r, 2026, &communes(4, 2)).unwrap();
    let t = find(&p, "kh10.2026.communes.model_unit");
    assert_eq!((t.required, t.shortfall, t.met), (3, 1, false));
}

#[test]
fn kh10_2026_75_percent_of_75_communes_needs_57_and_56_fails() {
    let r = Roadmap::kh10_son_la();
    let p = progress(&r, 2026, &communes(75, 57)).unwrap();
    let t = find(&p, "kh10.2026.communes.model_unit");
    assert_eq!((t.total, t.achieved, t.required, t.met), (75, 57, 57, true));
    let p = progress(&r, 2026, &communes(75, 56)).unwrap();
    let t = find(&p, "kh10.2026.communes.model_unit");
    assert_eq!((t.required, t.shortfall, t.met), (57, 1, false));
    assert_eq!(t.share, Decimal::new(7467, 2)); // 74.67 %, display only
    let line = t.render(Lang::Vi);
    assert!(
        line.starts_with("[không đạt] kh10.2026.communes.model_unit"),
        "{line}"
    );
    assert!(
        line.contains("56/75") && line.contains("còn thiếu 1"),
        "{line}"
    );
    assert!(line.contains("mục 3a"), "{line}");
    // registration target: 100 % of 75
    let reg = find(&p, "kh10.2026.communes.registered");
    assert_eq!((reg.required, reg.met), (75, true));
}

#[test]
fn kh10_2027_20_percent_of_101_organisations_needs_21() {
    assert_eq!(required_count(Decimal::from(20), 101), Some(21));
    let r = Roadmap::kh10_son_la();
    let counts = |n| {
        CategoryCounts::default()
            .with(
                Category::Communes,
                Tally::of(75).with_cumulative(Metric::ModelUnit, 60),
            )
            .with(
                Category::Organisations,
                Tally::of(101).with_cumulative(Metric::ModelUnit, n),
            )
    };
    let p = progress(&r, 2027, &counts(21)).unwrap();
    assert!(find(&p, "kh10.2027.organisations.model_unit").met);
    let p = progress(&r, 2027, &counts(20)).unwrap();
    let t = find(&p, "kh10.2027.organisations.model_unit");
    assert_eq!((t.required, t.shortfall, t.met), (21, 1, false));
}

#[test]
fn exact_arithmetic_for_fractional_shares() {
    // 74.99 % of 100 needs 75 (74.99 is not rounded down to 74 or up to 75 %).
    assert_eq!(required_count(Decimal::new(7499, 2), 100), Some(75));
    assert_eq!(required_count(Decimal::new(7499, 2), 10_000), Some(7499));
    assert_eq!(required_count(Decimal::new(7499, 2), 10_001), Some(7500));
    assert_eq!(required_count(Decimal::from(100), 0), Some(0));
    assert_eq!(required_count(Decimal::ZERO, 50), Some(0));
    assert_eq!(required_count(Decimal::new(10001, 2), 5), None);
    assert_eq!(required_count(Decimal::from(-1), 5), None);
}

fn org(id: &str, history: &[(i32, ModelEvent)]) -> UnitRecord {
    let mut r = UnitRecord::new(id, KindTag::Agency);
    r.model_history = history.iter().copied().collect::<BTreeMap<_, _>>();
    r
}

fn kh10_orgs_2027_2029() -> Vec<UnitRecord> {
    use ModelEvent::*;
    vec![
        org("kept-1", &[(2027, Recognised)]),
        org("kept-2", &[(2027, Recognised)]),
        org(
            "lost",
            &[(2027, Recognised), (2028, Lost), (2029, Recognised)],
        ),
        org("new-1", &[(2028, Recognised)]),
        org("new-2", &[(2028, Recognised)]),
        org("n6", &[]),
        org("n7", &[]),
        org("n8", &[]),
        org("n9", &[]),
        org("n10", &[]),
    ]
}

#[test]
fn kh10_2028_cumulative_40_percent_counts_units_recognised_in_2027_that_kept_the_status() {
    let records = kh10_orgs_2027_2029();
    let mut communes = (0..4)
        .map(|i| {
            let mut r = UnitRecord::new(format!("xa-{i}"), KindTag::Commune);
            r.model_history.insert(2026, ModelEvent::Recognised);
            r
        })
        .collect::<Vec<_>>();
    communes.extend(records);
    let counts = CategoryCounts::from_records(2028, &communes).unwrap();
    let orgs = &counts.categories[&Category::Organisations];
    assert_eq!(orgs.total, 10);
    // 2 kept from 2027 + 2 new in 2028; the unit that lost it in 2028 does not count.
    assert_eq!(orgs.cumulative[&Metric::ModelUnit], 4);
    assert_eq!(orgs.annual[&Metric::ModelUnit], 2);
    let p = progress(&Roadmap::kh10_son_la(), 2028, &counts).unwrap();
    let t = find(&p, "kh10.2028.organisations.model_unit");
    assert_eq!((t.achieved, t.required, t.met), (4, 4, true));
    // communes recognised in 2026 and never lost still count in 2028
    let c = find(&p, "kh10.2028.communes.model_unit");
    assert_eq!((c.achieved, c.total, c.met), (4, 4, true));

    // Without the units kept from 2027 the target would fail: the cumulative basis matters.
    let annual_only = CategoryCounts::default()
        .with(
            Category::Communes,
            Tally::of(4).with_cumulative(Metric::ModelUnit, 4),
        )
        .with(
            Category::Organisations,
            Tally::of(10).with_cumulative(Metric::ModelUnit, orgs.annual[&Metric::ModelUnit]),
        );
    let p = progress(&Roadmap::kh10_son_la(), 2028, &annual_only).unwrap();
    assert_eq!(find(&p, "kh10.2028.organisations.model_unit").shortfall, 2);
}

#[test]
fn kh10_units_that_lost_the_status_must_rebuild_until_recognised_again() {
    let records = kh10_orgs_2027_2029();
    assert!(must_rebuild(&records, 2027).is_empty());
    let lost = must_rebuild(&records, 2028);
    assert_eq!(lost.len(), 1);
    assert_eq!(lost[0].unit.as_str(), "lost");
    assert_eq!((lost[0].recognised_in, lost[0].lost_in), (2027, 2028));
    // Rebuilt in 2029: no longer listed, and counted again.
    assert!(must_rebuild(&records, 2029).is_empty());
    let c = CategoryCounts::from_records(2029, &records).unwrap();
    assert_eq!(
        c.categories[&Category::Organisations].cumulative[&Metric::ModelUnit],
        5
    );
}

#[test]
fn a_history_that_loses_a_title_never_held_is_an_error() {
    let bad = org("x", &[(2027, ModelEvent::Lost)]);
    let e = CategoryCounts::from_records(2027, &[bad]).unwrap_err();
    assert_eq!(e.field(), Some("model_history"));
    let twice = [org("x", &[]), org("x", &[])];
    assert!(CategoryCounts::from_records(2027, &twice).is_err());
}

#[test]
fn kh10_2030_what_if_reports_units_needed_per_category() {
    let counts = CategoryCounts::default()
        .with(
            Category::Communes,
            Tally::of(75).with_cumulative(Metric::ModelUnit, 55),
        )
        .with(
            Category::Organisations,
            Tally::of(200).with_cumulative(Metric::ModelUnit, 140),
        )
        .with(
            Category::CommunesAndOrganisations,
            Tally::of(275).with_cumulative(Metric::ModelUnit, 195),
        );
    let p = progress(&Roadmap::kh10_son_la(), 2030, &counts).unwrap();
    let needs = what_if(&p);
    let get = |c| needs.iter().find(|n| n.category == c).map(|n| n.more_units);
    assert_eq!(get(Category::Communes), Some(2)); // 57 − 55
    assert_eq!(get(Category::Organisations), Some(10)); // 150 − 140
    assert_eq!(get(Category::CommunesAndOrganisations), Some(12)); // ⌈206.25⌉ = 207 − 195
                                                                   // Once everything is met, nothing is needed.
    let met = CategoryCounts::default()
        .with(
            Category::Communes,
            Tally::of(75).with_cumulative(Metric::ModelUnit, 57),
        )
        .with(
            Category::Organisations,
            Tally::of(200).with_cumulative(Metric::ModelUnit, 150),
        )
        .with(
            Category::CommunesAndOrganisations,
            Tally::of(275).with_cumulative(Metric::ModelUnit, 207),
        );
    assert!(what_if(&progress(&Roadmap::kh10_son_la(), 2030, &met).unwrap()).is_empty());
}

#[test]
fn what_if_ranks_registered_units_by_fewest_unmet_criteria() {
    let cat = Catalogue::qd3554();
    let mk = |id: &str| {
        Unit::new(
            id,
            id,
            UnitKind::Commune {
                commune_type: CommuneType::Phuong,
            },
            ManagingLevel::Province,
        )
    };
    let facts = |unmet: usize, registered| {
        let mut f = ModelUnitFacts {
            registered: Some(registered),
            criteria: Default::default(),
        };
        for (i, c) in cat.criteria.iter().enumerate() {
            f.criteria.insert(c.criterion.id.to_string(), i >= unmet);
        }
        f
    };
    let decisions = [
        decide(&mk("c-three"), 2026, &cat, &facts(3, true)).unwrap(),
        decide(&mk("b-one"), 2026, &cat, &facts(1, true)).unwrap(),
        decide(&mk("a-one"), 2026, &cat, &facts(1, true)).unwrap(),
        decide(&mk("done"), 2026, &cat, &facts(0, true)).unwrap(),
        decide(&mk("unregistered"), 2026, &cat, &facts(0, false)).unwrap(),
    ];
    let ranked = closest_to_qualifying(
        decisions.iter().map(|d| (KindTag::Commune, d)),
        Category::Communes,
        10,
    );
    let order: Vec<_> = ranked.iter().map(|c| (c.unit.as_str(), c.unmet)).collect();
    assert_eq!(order, [("a-one", 1), ("b-one", 1), ("c-three", 3)]);
    assert_eq!(ranked[0].unmet_criteria, ["qd3554.c01"]);
    let top1 = closest_to_qualifying(
        decisions.iter().map(|d| (KindTag::Commune, d)),
        Category::Communes,
        1,
    );
    assert_eq!(top1.len(), 1);
    assert!(closest_to_qualifying(
        decisions.iter().map(|d| (KindTag::Commune, d)),
        Category::Organisations,
        10
    )
    .is_empty());
}
