//! Routing rules of a province file: a set of rules that validates routes every case by at
//! most one rule, so the answer never depends on the order the file lists them in; a set that
//! does not validate has a case two rules route.

use antq::authority::{Body, Procedure, RouteRule, RoutingPolicy};
use antq::citation::{Citation, Instrument, Source};
use antq::unit::{KindTag, ManagingLevel};
use antq::{Regime, Subject};
use proptest::prelude::*;

const LEVELS: [ManagingLevel; 4] = [
    ManagingLevel::Commune,
    ManagingLevel::District,
    ManagingLevel::Province,
    ManagingLevel::Ministry,
];

fn rule() -> impl Strategy<Value = RouteRule> {
    (
        0usize..4,
        prop::option::of(prop::bool::ANY),
        prop::collection::vec(0usize..5, 1..3),
        prop::collection::vec(0usize..4, 0..2),
    )
        .prop_map(|(p, regime, kinds, levels)| RouteRule {
            procedure: Procedure::ALL[p],
            regime: regime.map(|t| {
                if t {
                    Regime::TwoTier
                } else {
                    Regime::ThreeTier
                }
            }),
            kinds: kinds.into_iter().map(|k| KindTag::ALL[k]).collect(),
            levels: levels.into_iter().map(|l| LEVELS[l]).collect(),
            decider: Body::CommunePeoplesCommittee,
            basis: vec![Source::provisional(Citation::instrument(
                Instrument::Provisional,
            ))],
            steps: vec![],
            deadline: None,
        })
}

fn cases() -> impl Iterator<Item = (Procedure, KindTag, ManagingLevel, Regime)> {
    Procedure::ALL.into_iter().flat_map(|p| {
        KindTag::ALL.into_iter().flat_map(move |k| {
            LEVELS.into_iter().flat_map(move |l| {
                [Regime::ThreeTier, Regime::TwoTier]
                    .into_iter()
                    .map(move |r| (p, k, l, r))
            })
        })
    })
}

proptest! {
    #[test]
    fn a_valid_routing_routes_each_case_by_one_rule_whatever_the_order(
        rules in prop::collection::vec(rule(), 0..5)
    ) {
        let policy = RoutingPolicy { rules: rules.clone() };
        let valid = policy.validate(Subject::Policy("p".into())).is_ok();
        let doubly_routed = cases().any(|(p, k, l, r)| {
            rules.iter().filter(|x| x.matches(p, k, l, r)).count() > 1
        });
        prop_assert_eq!(valid, !doubly_routed);
        if valid {
            let mut reversed = rules.clone();
            reversed.reverse();
            let reversed = RoutingPolicy { rules: reversed };
            for (p, k, l, r) in cases() {
                prop_assert_eq!(policy.find(p, k, l, r), reversed.find(p, k, l, r));
            }
        }
    }

    #[test]
    fn a_child_rule_wins_its_cases_and_the_parent_keeps_the_rest(
        parent in prop::collection::vec(rule(), 0..4),
        child in rule(),
    ) {
        let parent = RoutingPolicy { rules: parent };
        let merged = parent.extended_by(&RoutingPolicy { rules: vec![child.clone()] });
        for (p, k, l, r) in cases() {
            if child.matches(p, k, l, r) {
                prop_assert_eq!(merged.find(p, k, l, r), Some(&child));
            } else {
                prop_assert_eq!(merged.find(p, k, l, r), parent.find(p, k, l, r));
            }
        }
    }
}
