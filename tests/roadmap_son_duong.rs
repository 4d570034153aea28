//! Sơn Dương 2026–2030 (Sơn Dương 54/KH-UBND §II.2): registration, ≥ 95 % "An toàn", no Yếu, models rated Khá,
//! and 100 % Khá or better by 2030 — over every thôn, agency, enterprise and school.

use antq::outcome::MovementClass;
use antq::roadmap::{progress, Category, CategoryCounts, Metric, Roadmap, UnitRecord};
use antq::unit::KindTag;

fn unit(i: usize, kind: KindTag) -> UnitRecord {
    let mut r = UnitRecord::new(format!("u{i}"), kind);
    r.safety_registered = Some(true);
    r.safety_recognised = Some(true);
    r.class = Some(MovementClass::Kha);
    r.effective_model_rated = Some(true);
    r
}

fn commune_units(n: usize) -> Vec<UnitRecord> {
    (0..n)
        .map(|i| {
            unit(
                i,
                [
                    KindTag::ResidentialArea,
                    KindTag::Agency,
                    KindTag::Enterprise,
                    KindTag::School,
                ][i % 4],
            )
        })
        .collect()
}

#[test]
fn son_duong_kh54_2026_preset_covers_every_year_and_cites_ii_2() {
    let r = Roadmap::son_duong_2026_2030();
    r.validate().unwrap();
    for year in 2026..=2030 {
        let metrics: Vec<_> = r.targets_in(year).map(|t| t.metric).collect();
        assert!(metrics.contains(&Metric::SafetyRegistered));
        assert!(metrics.contains(&Metric::SafetyRecognised));
        assert!(metrics.contains(&Metric::NotYeu));
        assert!(metrics.contains(&Metric::EffectiveModelRated));
        assert_eq!(metrics.contains(&Metric::KhaOrBetter), year == 2030);
    }
    assert!(r
        .targets
        .iter()
        .all(|t| t.category == Category::ResidentialAreasAndOrganisations
            && t.source.citation.document()
                == Some(&antq::provinces::documents::SON_DUONG_KH54_2026)));
}

#[test]
fn son_duong_kh54_2026_95_percent_of_40_units_needs_38() {
    let r = Roadmap::son_duong_2026_2030();
    let mut units = commune_units(40);
    units[0].safety_recognised = Some(false);
    units[1].safety_recognised = Some(false);
    let p = progress(
        &r,
        2027,
        &CategoryCounts::from_records(2027, &units).unwrap(),
    )
    .unwrap();
    let t = p
        .iter()
        .find(|t| t.metric == Metric::SafetyRecognised)
        .unwrap();
    assert_eq!((t.achieved, t.required, t.met), (38, 38, true));
    units[2].safety_recognised = None; // unknown does not count
    let p = progress(
        &r,
        2027,
        &CategoryCounts::from_records(2027, &units).unwrap(),
    )
    .unwrap();
    let t = p
        .iter()
        .find(|t| t.metric == Metric::SafetyRecognised)
        .unwrap();
    assert_eq!((t.achieved, t.shortfall, t.met), (37, 1, false));
}

#[test]
fn son_duong_kh54_2026_a_single_yeu_unit_breaks_the_no_yeu_target() {
    let r = Roadmap::son_duong_2026_2030();
    let mut units = commune_units(20);
    let ok = progress(
        &r,
        2026,
        &CategoryCounts::from_records(2026, &units).unwrap(),
    )
    .unwrap();
    assert!(ok.iter().all(|t| t.met), "{ok:#?}");
    units[7].class = Some(MovementClass::Yeu);
    let p = progress(
        &r,
        2026,
        &CategoryCounts::from_records(2026, &units).unwrap(),
    )
    .unwrap();
    let t = p.iter().find(|t| t.metric == Metric::NotYeu).unwrap();
    assert_eq!((t.required, t.achieved, t.shortfall), (20, 19, 1));
}

#[test]
fn son_duong_kh54_2026_2030_every_unit_kha_or_better() {
    let r = Roadmap::son_duong_2026_2030();
    let mut units = commune_units(12);
    units[3].class = Some(MovementClass::TrungBinh);
    // 2029 has no Khá target, so Trung bình is fine then …
    let p = progress(
        &r,
        2029,
        &CategoryCounts::from_records(2029, &units).unwrap(),
    )
    .unwrap();
    assert!(p.iter().all(|t| t.met));
    // … but not in 2030.
    let p = progress(
        &r,
        2030,
        &CategoryCounts::from_records(2030, &units).unwrap(),
    )
    .unwrap();
    let t = p.iter().find(|t| t.metric == Metric::KhaOrBetter).unwrap();
    assert_eq!((t.met, t.shortfall), (false, 1));
}

#[test]
fn son_duong_kh54_2026_every_unit_needs_an_effective_model_rated_kha() {
    let r = Roadmap::son_duong_2026_2030();
    let mut units = commune_units(8);
    units[0].effective_model_rated = Some(false);
    let p = progress(
        &r,
        2028,
        &CategoryCounts::from_records(2028, &units).unwrap(),
    )
    .unwrap();
    let t = p
        .iter()
        .find(|t| t.metric == Metric::EffectiveModelRated)
        .unwrap();
    assert_eq!((t.required, t.achieved, t.met), (8, 7, false));
}

#[test]
fn communes_are_not_counted_in_a_commune_plans_all_category() {
    let r = Roadmap::son_duong_2026_2030();
    let mut units = commune_units(8);
    let mut commune = UnitRecord::new("xa", KindTag::Commune);
    commune.safety_recognised = Some(false);
    units.push(commune);
    let c = CategoryCounts::from_records(2026, &units).unwrap();
    assert_eq!(
        c.categories[&Category::ResidentialAreasAndOrganisations].total,
        8
    );
    assert!(progress(&r, 2026, &c).unwrap().iter().all(|t| t.met));
}
