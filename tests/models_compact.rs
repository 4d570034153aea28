//! The compact review of movement models (`review_compact`) is `review_into` without its
//! findings: the same outcome (actions, counts, requirement), "something not met or unknown"
//! exactly when a finding is, and the criteria the findings cite with how many cite each —
//! for any models, every kind and policies with and without a rating, residential areas and
//! documents re-citing the criteria.

use antq::citation::{Citation, Instrument, Source};
use antq::explain::{CriterionRef, Finding, Status};
use antq::models::{review_compact, review_into, ModelRating, ModelsPolicy, MovementModel};
use antq::KindTag;
use proptest::prelude::*;

fn kind(i: usize) -> KindTag {
    [
        KindTag::ResidentialArea,
        KindTag::Commune,
        KindTag::Agency,
        KindTag::Enterprise,
        KindTag::School,
    ][i]
}

fn policy(i: usize, rating: Option<ModelRating>, residential: bool) -> ModelsPolicy {
    match i {
        0 => ModelsPolicy::tt124(),
        1 => ModelsPolicy::son_duong_2026(),
        _ => ModelsPolicy {
            name: "thu".into(),
            min_rating: rating,
            residential_areas: residential,
            source: (i == 3).then(|| Source::provincial(Citation::instrument(Instrument::Qd510))),
            review_source: (i >= 3)
                .then(|| Source::provincial(Citation::article(Instrument::Qd510, 4))),
        },
    }
}

fn opt_bool() -> impl Strategy<Value = Option<bool>> {
    prop_oneof![Just(None), Just(Some(true)), Just(Some(false))]
}

fn model() -> impl Strategy<Value = MovementModel> {
    (
        opt_bool(),
        proptest::option::of(0usize..4),
        opt_bool(),
        opt_bool(),
        0u8..50,
    )
        .prop_map(
            |(effective, rating, dossier_complete, has_dossier, id)| MovementModel {
                id: format!("m{id}"),
                name: "Mô hình".into(),
                effective,
                rating: rating.map(|r| {
                    [
                        ModelRating::Yeu,
                        ModelRating::TrungBinh,
                        ModelRating::Kha,
                        ModelRating::XuatSac,
                    ][r]
                }),
                dossier_complete,
                has_dossier,
            },
        )
}

/// The findings' criteria with how many findings cite each and whether one of them is not met
/// or unknown, in order of first use (by object).
fn cited(findings: &[Finding]) -> Vec<(CriterionRef, u64, bool)> {
    let mut out: Vec<(CriterionRef, u64, bool)> = Vec::new();
    for f in findings {
        let open = matches!(f.status, Status::NotMet | Status::Unknown);
        match out.iter_mut().find(|(c, _, _)| c.same(&f.criterion)) {
            Some(e) => {
                e.1 += 1;
                e.2 |= open;
            }
            None => out.push((f.criterion.clone(), 1, open)),
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn compact_review_is_the_full_review_without_its_findings(
        k in 0usize..5,
        p in 0usize..4,
        rating in proptest::option::of(prop_oneof![
            Just(ModelRating::TrungBinh), Just(ModelRating::Kha), Just(ModelRating::XuatSac)
        ]),
        residential in any::<bool>(),
        models in proptest::collection::vec(model(), 0..6),
    ) {
        let (kind, policy) = (kind(k), policy(p, rating, residential));
        let mut findings = Vec::new();
        let full = review_into(kind, &models, &policy, &mut findings);
        let compact = review_compact(kind, &models, &policy);
        prop_assert_eq!(&compact.outcome, &full);
        prop_assert_eq!(
            compact.has_open_findings(),
            findings.iter().any(|f| matches!(f.status, Status::NotMet | Status::Unknown))
        );
        let expected = cited(&findings);
        let got: Vec<(CriterionRef, u64, bool)> = compact.criteria().collect();
        prop_assert_eq!(got.len(), expected.len());
        for ((c, n, open), (e, m, e_open)) in got.iter().zip(&expected) {
            // The same object as the findings cite (built in, or re-cited under the policy's
            // document: one object per criterion and source), cited as often, open alike.
            prop_assert!(c.same(e), "{} / {}", c.id, e.id);
            prop_assert_eq!(n, m);
            prop_assert_eq!(open, e_open);
        }
    }
}
