//! Issue 6 — the policy presets and policy files: what each preset bundles (the provincial documents), and
//! the errors of `Policy::from_json` (unknown preset, unknown field, a regime that does not fit
//! the year).

use antq::error::{Error, Subject};
use antq::explain::Status;
use antq::law::qd510::{SON_DUONG_ALL_KHA_2030, SON_DUONG_NO_WEAK_YEARLY, SON_LA_2026_NO_WEAK};
use antq::law::tt124::Effect;
use antq::models::{ModelRating, ModelsPolicy, MovementModel};
use antq::outcome::MovementClass;
use antq::policy::additions::{
    SON_LA_TAX_CONFIRMATION, SON_LA_TAX_DEBT, TAX_CLEARANCE_CONFIRMATION,
};
use antq::policy::{Policy, PRESETS};
use antq::regime::Regime;
use antq::roadmap::Roadmap;
use antq::year::synthetic::{province, Shape};
use antq::year::{evaluate, UnitInput, YearInput};
use antq::KindTag;

fn rule<'a>(p: &'a Policy, id: &str) -> &'a antq::law::tt124::AdditionalRule {
    p.additions
        .rules
        .iter()
        .find(|r| r.criterion.id == id)
        .unwrap_or_else(|| panic!("{id} missing from {}", p.name))
}

// ---------------------------------------------------------------- Sơn La 2026 (the Sơn La documents)

#[test]
fn son_la_ubnd_nc_2026_son_la_2026_bundles_tax_rules_kh10_roadmap_and_no_weak_target() {
    let p = Policy::son_la_2026();
    assert_eq!(p.regime, Some(Regime::TwoTier));
    // §1b: tax debt excludes, and the dossier needs the tax confirmation — enterprises only.
    let debt = rule(&p, SON_LA_TAX_DEBT);
    assert_eq!(debt.effect, Effect::ExcludeWhenTaxDebt);
    assert_eq!(debt.applies_to, vec![KindTag::Enterprise]);
    let conf = rule(&p, SON_LA_TAX_CONFIRMATION);
    assert_eq!(
        conf.effect,
        Effect::RequireDocument(TAX_CLEARANCE_CONFIRMATION.into())
    );
    assert_eq!(conf.applies_to, vec![KindTag::Enterprise]);
    assert!(!debt.criterion.source.is_provisional());
    assert!(p.dossier.require_tax_confirmation);
    // §3a: the KH10 roadmap 2026–2030.
    let rm = p.roadmap.as_ref().expect("KH10");
    assert_eq!(*rm, Roadmap::kh10_son_la());
    assert!(rm.covers(2026) && rm.covers(2030) && !rm.covers(2025));
    // §2b: no unit Yếu in 2026.
    assert_eq!(p.class_targets, vec![SON_LA_2026_NO_WEAK.clone()]);
    let t = &p.class_targets[0];
    assert_eq!((t.floor, t.share_percent), (MovementClass::TrungBinh, 100));
    assert!(t.applies_in(2026) && !t.applies_in(2027));
    // Sơn La PC Office plan: the PC Office's self-assessment date.
    let keys: Vec<&str> = p.calendar.entries.iter().map(|e| e.key.as_ref()).collect();
    assert_eq!(keys, ["son_la_vp_2026.3_4.self_assessment"]);
    assert!(!p.model_prerequisites);
}

// ---------------------------------------------------------------- Bắc Kạn 2023 (Bắc Kạn 3/2023)

#[test]
fn bac_kan_ubnd_2023_bac_kan_2023_is_three_tier_with_model_unit_prerequisites() {
    let p = Policy::bac_kan_2023();
    assert_eq!(p.regime, Some(Regime::ThreeTier));
    assert!(p.model_prerequisites);
    assert!(p.roadmap.is_none() && p.class_targets.is_empty());
    assert!(p.additions.rules.is_empty());
    assert_eq!(p.validate(2023), Ok(()));
    assert_eq!(p.validate(2026).unwrap_err().field(), Some("regime"));
}

#[test]
fn bac_kan_ubnd_2023_1_prerequisites_are_checked_only_when_the_policy_asks() {
    let input = province(&Shape::small(), 2023, 5);
    let with = evaluate(&input, &Policy::bac_kan_2023()).unwrap();
    let without = evaluate(&input, &Policy::national()).unwrap();
    let checked = |r: &antq::year::Report| {
        r.units
            .iter()
            .filter_map(|u| u.model_unit.as_ref())
            .filter(|m| m.prerequisites.is_some())
            .count()
    };
    let model_units = with.units.iter().filter(|u| u.model_unit.is_some()).count();
    assert!(
        model_units > 0,
        "the synthetic province has model-unit candidates"
    );
    assert_eq!(checked(&with), model_units);
    assert_eq!(checked(&without), 0);
}

// ---------------------------------------------------------------- Sơn Dương 2026 (Sơn Dương 54/KH-UBND)

#[test]
fn son_duong_kh54_2026_son_duong_2026_rates_models_kha_and_bundles_roadmap_and_both_class_targets()
{
    let p = Policy::son_duong_2026();
    assert_eq!(p.regime, Some(Regime::TwoTier));
    assert_eq!(p.models, ModelsPolicy::son_duong_2026());
    assert_eq!(p.models.min_rating, Some(ModelRating::Kha));
    assert!(p.models.residential_areas);
    let rm = p.roadmap.as_ref().expect("Sơn Dương roadmap");
    assert_eq!(*rm, Roadmap::son_duong_2026_2030());
    assert!(rm.covers(2026) && rm.covers(2030));
    assert_eq!(
        p.class_targets,
        vec![
            SON_DUONG_NO_WEAK_YEARLY.clone(),
            SON_DUONG_ALL_KHA_2030.clone()
        ]
    );
    assert!(p.class_targets[0].applies_in(2026) && p.class_targets[0].applies_in(2030));
    assert!(!p.class_targets[1].applies_in(2029) && p.class_targets[1].applies_in(2030));
    assert_eq!(p.class_targets[1].floor, MovementClass::Kha);
    assert!(p
        .calendar
        .entries
        .iter()
        .any(|e| e.key == "son_duong_54_2026.6_1.report"));
}

#[test]
fn son_duong_kh54_2026_ii2_an_effective_model_rated_trung_binh_meets_tt124_but_not_son_duong() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/year_input_small.json"
    );
    let mut input = YearInput::from_json(&std::fs::read(path).unwrap()).unwrap();
    let rec: &mut UnitInput = input
        .units
        .iter_mut()
        .find(|u| u.unit.id.as_str() == "xa-nam-mau.tram-y-te")
        .unwrap();
    rec.models = Some(vec![MovementModel {
        id: "m".into(),
        name: "Tổ tự quản".into(),
        effective: Some(true),
        rating: Some(ModelRating::TrungBinh),
        dossier_complete: Some(true),
        has_dossier: None,
    }]);
    let requirement = |p: &Policy| {
        let r = evaluate(&input, p).unwrap();
        r.unit("xa-nam-mau.tram-y-te")
            .and_then(|u| u.models.as_ref())
            .map(|m| m.requirement)
    };
    assert_eq!(requirement(&Policy::national()), Some(Status::Met));
    assert_eq!(requirement(&Policy::son_duong_2026()), Some(Status::NotMet));
}

// ---------------------------------------------------------------- Hưng Yên 2026 (Hưng Yên 07/BCĐ-CQTT)

#[test]
fn hung_yen_bcd_07_2026_hung_yen_2026_is_the_national_rules_on_two_tiers() {
    let p = Policy::hung_yen_2026();
    let n = Policy::national();
    assert_eq!(p.regime, Some(Regime::TwoTier));
    assert_eq!(n.regime, None);
    assert_eq!(p.additions, n.additions);
    assert_eq!(p.models, n.models);
    assert_eq!(p.score_sheets, n.score_sheets);
    assert!(p.roadmap.is_none() && p.class_targets.is_empty());
    assert_eq!(p.validate(2026), Ok(()));
    assert_eq!(p.validate(2024).unwrap_err().field(), Some("regime"));
}

#[test]
fn national_default_has_no_provincial_parts_and_fits_any_year() {
    let n = Policy::national();
    assert!(n.additions.rules.is_empty());
    assert!(n.roadmap.is_none() && n.class_targets.is_empty());
    assert!(!n.model_prerequisites);
    for year in 2022..=2030 {
        assert_eq!(n.validate(year), Ok(()), "{year}");
    }
}

// ---------------------------------------------------------------- presets by name, files

#[test]
fn every_named_preset_loads_and_from_json_with_only_a_preset_is_that_preset() {
    for name in PRESETS {
        let p = Policy::preset(name).unwrap();
        let f = Policy::from_json(&format!(r#"{{"preset": "{name}"}}"#)).unwrap();
        assert_eq!(f, p, "{name}");
    }
    assert_eq!(Policy::from_json("{}").unwrap(), Policy::national());
}

#[test]
fn from_json_replaces_only_the_parts_given() {
    let p = Policy::from_json(
        r#"{"preset": "son_la_2026", "name": "Sơn La (thử)", "class_targets": []}"#,
    )
    .unwrap();
    let base = Policy::son_la_2026();
    assert_eq!(p.name, "Sơn La (thử)");
    assert!(p.class_targets.is_empty());
    assert_eq!(p.additions, base.additions);
    assert_eq!(p.roadmap, base.roadmap);
    assert_eq!(p.calendar, base.calendar);
}

#[test]
fn unknown_preset_is_an_error_naming_the_policy_and_field_preset() {
    let e = Policy::from_json(r#"{"preset": "son_la_2099"}"#).unwrap_err();
    assert!(matches!(e, Error::UnknownReference { .. }), "{e:?}");
    // The error names the file that asks for it (a string given to `from_json`) and the field.
    assert_eq!(e.subject(), &Subject::Policy("<policy>".into()));
    assert_eq!(e.field(), Some("extends"));
    assert!(e.to_string().contains("son_la_2099"));
    assert!(
        e.to_string().contains("son_la_2026"),
        "lists the presets: {e}"
    );
    let by_name = Policy::preset("son_la_2099").unwrap_err();
    assert_eq!(by_name.subject(), &Subject::Policy("son_la_2099".into()));
    assert_eq!(by_name.field(), Some("preset"));
}

#[test]
fn unknown_field_in_a_policy_file_is_an_error_naming_it() {
    let e = Policy::from_json(r#"{"preset": "son_la_2026", "clas_targets": []}"#).unwrap_err();
    assert!(matches!(e.subject(), Subject::Policy(_)), "{e:?}");
    assert_eq!(e.field(), Some("clas_targets"));
    assert!(e.to_string().contains("class_targets"), "{e}");
    // Malformed JSON too.
    assert!(matches!(
        Policy::from_json(r#"{"preset": "#).unwrap_err(),
        Error::Parse { .. }
    ));
}

#[test]
fn a_policy_whose_regime_does_not_fit_the_year_is_an_error_on_field_regime() {
    // Sơn La 2026 (two-tier) for a three-tier year.
    let p = Policy::from_json(r#"{"preset": "son_la_2026"}"#).unwrap();
    let e = p.validate(2024).unwrap_err();
    assert_eq!(e.field(), Some("regime"));
    assert_eq!(e.subject(), &Subject::Policy(p.name.clone()));
    // A national policy pinned to three tiers, used for 2026: evaluate refuses, no report.
    let p = Policy::from_json(r#"{"name": "ba cấp", "regime": "three_tier"}"#).unwrap();
    assert_eq!(p.validate(2024), Ok(()));
    let input = province(&Shape::small(), 2026, 1);
    let e = evaluate(&input, &p).unwrap_err();
    assert_eq!(e.field(), Some("regime"));
    assert_eq!(e.subject(), &Subject::Policy("ba cấp".into()));
}

#[test]
fn example_policy_file_starts_from_son_la_and_cites_its_overrides() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/policy_son_la_override.json"
    );
    let p = Policy::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    let base = Policy::son_la_2026();
    assert_eq!(p.additions, base.additions);
    assert_eq!(p.roadmap, base.roadmap);
    assert_ne!(p.class_targets, base.class_targets);
    assert!(p.class_targets.contains(&SON_LA_2026_NO_WEAK));
    // Every override carries a source, and the invented ones say they are provisional.
    let added = p
        .class_targets
        .iter()
        .find(|t| t.criterion.id == "example.kha_80")
        .unwrap();
    assert!(added.criterion.source.is_provisional());
    assert!(p
        .calendar
        .overrides
        .values()
        .all(|o| o.source.is_provisional()));
    assert!(
        p.calendar
            .entries
            .iter()
            .any(|e| e.key == "son_la_vp_2026.3_4.self_assessment"),
        "Sơn La PC Office plan date kept"
    );
    assert_eq!(p.validate(2026), Ok(()));
}

#[test]
fn issue_6_policy_file_schema_version_must_be_1() {
    let ok = antq::policy::Policy::from_json(r#"{"schema_version": 1, "preset": "hung_yen_2026"}"#);
    assert!(ok.is_ok());
    let e = antq::policy::Policy::from_json(r#"{"schema_version": 7}"#).unwrap_err();
    assert_eq!(e.field(), Some("schema_version"));
}
