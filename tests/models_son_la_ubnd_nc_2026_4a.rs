//! Movement models: Sơn La …/UBND-NC §4a's three outcomes of the yearly review, TT124 Đ5–Đ7 k1's
//! "≥ 1 effective model" and Sơn Dương's "rated Khá or better" (Sơn Dương 54/KH-UBND §II.2).

use antq::explain::{Lang, Status, Value};
use antq::models::{action, review, ModelAction, ModelRating, ModelsPolicy, MovementModel};
use antq::unit::{KindTag, UnitId};

fn model(id: &str, effective: Option<bool>, dossier: Option<bool>) -> MovementModel {
    MovementModel {
        id: id.to_owned(),
        name: format!("Mô hình {id}"),
        effective,
        rating: None,
        dossier_complete: dossier,
        has_dossier: None,
    }
}

fn rated(mut m: MovementModel, r: ModelRating) -> MovementModel {
    m.rating = Some(r);
    m
}

#[test]
fn son_la_ubnd_nc_2026_4a_effective_with_complete_dossier_is_kept_and_replicated() {
    assert_eq!(
        action(&model("m1", Some(true), Some(true))),
        ModelAction::KeepAndReplicate
    );
}

#[test]
fn son_la_ubnd_nc_2026_4a_effective_with_incomplete_dossier_has_its_dossier_strengthened() {
    assert_eq!(
        action(&model("m2", Some(true), Some(false))),
        ModelAction::StrengthenDossier
    );
}

#[test]
fn son_la_ubnd_nc_2026_4a_ineffective_or_without_dossier_is_wound_up() {
    assert_eq!(
        action(&model("m3", Some(false), Some(true))),
        ModelAction::WindUp
    );
    assert_eq!(action(&model("m3", Some(false), None)), ModelAction::WindUp);
    let mut no_dossier = model("m4", Some(true), None);
    no_dossier.has_dossier = Some(false);
    assert_eq!(action(&no_dossier), ModelAction::WindUp);
    // Missing facts are not guessed.
    assert_eq!(
        action(&model("m5", None, Some(true))),
        ModelAction::Undetermined
    );
    assert_eq!(
        action(&model("m6", Some(true), None)),
        ModelAction::Undetermined
    );
}

#[test]
fn son_la_ubnd_nc_2026_4a_review_lists_every_model_with_its_action() {
    let models = [
        model("keep", Some(true), Some(true)),
        model("fix", Some(true), Some(false)),
        model("drop", Some(false), Some(true)),
    ];
    let d = review(
        &UnitId::new("cq-1"),
        KindTag::Agency,
        &models,
        &ModelsPolicy::tt124(),
    );
    assert_eq!(
        d.outcome.actions,
        [
            ModelAction::KeepAndReplicate,
            ModelAction::StrengthenDossier,
            ModelAction::WindUp
        ]
    );
    let ids: Vec<_> = d.findings.iter().map(|f| f.criterion.id.as_ref()).collect();
    assert_eq!(
        ids,
        [
            "models.review.keep_and_replicate",
            "models.review.strengthen_dossier",
            "models.review.wind_up",
            "tt124.d6.k1.model"
        ]
    );
    assert_eq!(d.findings[2].observed, Value::Text("drop".into()));
    // two effective models (the dossier decides the action, not the count)
    assert_eq!(d.outcome.effective, 2);
    assert_eq!(d.outcome.requirement, Status::Met);
    assert!(d.render(Lang::Vi).contains("thanh loại"));
}

#[test]
fn tt124_d5_d6_d7_k1_need_at_least_one_effective_model() {
    for (kind, id) in [
        (KindTag::Commune, "tt124.d5.k1.model"),
        (KindTag::Agency, "tt124.d6.k1.model"),
        (KindTag::Enterprise, "tt124.d6.k1.model"),
        (KindTag::School, "tt124.d7.k1.model"),
    ] {
        let none_effective = [model("a", Some(false), Some(true))];
        let d = review(&"u".into(), kind, &none_effective, &ModelsPolicy::tt124());
        assert_eq!(d.outcome.requirement, Status::NotMet, "{kind:?}");
        let f = d.finding(id).unwrap();
        assert_eq!(
            (f.observed.clone(), f.required.clone()),
            (Value::Count(0), Value::AtLeast(1))
        );
        let one = [model("a", Some(true), Some(false))];
        let d = review(&"u".into(), kind, &one, &ModelsPolicy::tt124());
        assert_eq!(d.outcome.requirement, Status::Met, "{kind:?}");
    }
    // No models at all is not met; unknown effectiveness is unknown.
    let d = review(&"u".into(), KindTag::Commune, &[], &ModelsPolicy::tt124());
    assert_eq!(d.outcome.requirement, Status::NotMet);
    let d = review(
        &"u".into(),
        KindTag::Commune,
        &[model("a", None, None)],
        &ModelsPolicy::tt124(),
    );
    assert_eq!(d.outcome.requirement, Status::Unknown);
}

#[test]
fn tt124_residential_areas_need_no_model_but_son_duong_asks_every_thon() {
    let d = review(
        &"thon".into(),
        KindTag::ResidentialArea,
        &[],
        &ModelsPolicy::tt124(),
    );
    assert_eq!(d.outcome.requirement, Status::NotApplicable);
    let na = d.finding("tt124.d4.no_model_required").unwrap();
    assert_eq!(na.status, Status::NotApplicable);
    assert!(
        !na.criterion.source.is_provisional(),
        "not asked is not a provisional value"
    );
    let d = review(
        &"thon".into(),
        KindTag::ResidentialArea,
        &[],
        &ModelsPolicy::son_duong_2026(),
    );
    assert_eq!(d.outcome.requirement, Status::NotMet);
    let asked = d.finding("models.residential_area").unwrap();
    assert_eq!(
        asked.criterion.source.citation.short(),
        "54/KH-UBND §II.2",
        "Sơn Dương's plan asks it"
    );
}

#[test]
fn son_duong_kh54_2026_son_duong_needs_an_effective_model_rated_kha_or_better() {
    let policy = ModelsPolicy::son_duong_2026();
    let tb = [rated(
        model("a", Some(true), Some(true)),
        ModelRating::TrungBinh,
    )];
    let d = review(&"cq".into(), KindTag::Agency, &tb, &policy);
    assert_eq!(d.outcome.requirement, Status::NotMet);
    assert_eq!(
        d.finding("models.rated_at_least").unwrap().status,
        Status::NotMet
    );
    assert_eq!(d.outcome.effective, 1);
    assert_eq!(d.outcome.effective_rated, 0);
    // the provisional rating scale shows up
    assert!(d
        .provisional()
        .any(|f| f.criterion.id == "provisional.model_rating_scale"));

    let kha = [rated(model("a", Some(true), Some(true)), ModelRating::Kha)];
    assert_eq!(
        review(&"cq".into(), KindTag::Agency, &kha, &policy)
            .outcome
            .requirement,
        Status::Met
    );
    // A Khá model that is not effective does not count.
    let idle = [rated(
        model("a", Some(false), Some(true)),
        ModelRating::XuatSac,
    )];
    assert_eq!(
        review(&"cq".into(), KindTag::Agency, &idle, &policy)
            .outcome
            .requirement,
        Status::NotMet
    );
    // Rating unknown: unknown, not a pass.
    let unrated = [model("a", Some(true), Some(true))];
    assert_eq!(
        review(&"cq".into(), KindTag::Agency, &unrated, &policy)
            .outcome
            .requirement,
        Status::Unknown
    );
    // Under TT124 alone the rating is not asked.
    assert_eq!(
        review(&"cq".into(), KindTag::Agency, &tb, &ModelsPolicy::tt124())
            .outcome
            .requirement,
        Status::Met
    );
}

#[test]
fn models_round_trip_through_json() {
    let m = rated(model("a", Some(true), Some(false)), ModelRating::Kha);
    let back: MovementModel = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
    assert_eq!(back, m);
    let parsed: MovementModel = serde_json::from_str(
        r#"{"id": "m1", "name": "Camera an ninh", "effective": true, "rating": "kha"}"#,
    )
    .unwrap();
    assert_eq!(parsed.dossier_complete, None);
    let p = ModelsPolicy::son_duong_2026();
    let back: ModelsPolicy = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
    assert_eq!(back, p);
    let d = review(&"u".into(), KindTag::School, &[m], &p);
    let back: antq::Decision<antq::models::ModelsOutcome> =
        serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
    assert_eq!(back, d);
}

/// Sơn Dương 54/KH-UBND §II.2 ("an effective model rated Khá or better"): a model whose
/// effectiveness is not known may still be such a model, so the rated count is unknown, not
/// failed — also beside an effective model rated below Khá — and the requirement is unknown.
#[test]
fn son_duong_54_kh_ubnd_ii2_effectiveness_unknown_leaves_the_rated_count_unknown() {
    let policy = ModelsPolicy::son_duong_2026();
    let unknown = rated(model("a", None, Some(true)), ModelRating::XuatSac);
    let below = rated(model("b", Some(true), Some(true)), ModelRating::TrungBinh);
    for models in [vec![unknown.clone()], vec![below, unknown]] {
        let d = review(&"cq".into(), KindTag::Agency, &models, &policy);
        assert_eq!(
            d.finding("models.rated_at_least").unwrap().status,
            Status::Unknown,
            "{models:?}"
        );
        assert_eq!(d.outcome.requirement, Status::Unknown, "{models:?}");
        assert_eq!(d.outcome.effective_rated, 0);
    }
}
