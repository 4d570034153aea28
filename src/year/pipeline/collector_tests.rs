//! Tests of the collector: counts by id, citations, groups of provisional criteria.

use super::*;
use crate::citation::{Citation, Instrument, Source};
use crate::explain::Criterion;

fn criterion(id: &str, provisional: bool) -> CriterionRef {
    let citation = Citation::point(Instrument::Tt124, 6, 3, 'a');
    let source = if provisional {
        Source::provisional(citation)
    } else {
        Source::text(citation)
    };
    CriterionRef::from(Criterion {
        id: id.to_owned().into(),
        source,
        vi: "tiêu chí".into(),
        en: "criterion".into(),
    })
}

/// Two objects with one id are one criterion: counted together, in order of first use,
/// whichever object comes first — also once the address cache has been emptied.
#[test]
fn provisional_uses_are_counted_by_id_not_by_object() {
    let mut col = Collector::default();
    let (a1, a2, b) = (
        criterion("a", true),
        criterion("a", true),
        criterion("b", true),
    );
    for c in [&b, &a1, &a2, &b, &a2] {
        col.count_provisional(c);
    }
    for i in 0..PTR_CACHE + 10 {
        // Fresh objects fill the cache past its limit.
        col.count_provisional(&criterion(&format!("x{i}"), true));
    }
    col.count_provisional(&a1);
    let counts: Vec<(&str, u64)> = col
        .provisional
        .uses
        .iter()
        .take(2)
        .map(|(c, n)| (c.id.as_ref(), *n))
        .collect();
    assert_eq!(counts, [("b", 2), ("a", 4)]);
    assert!(
        col.provisional.uses[1].0.same(&a1),
        "the first object seen is kept"
    );
    assert_eq!(col.provisional.uses.len(), 2 + PTR_CACHE + 10);
}

/// A cited criterion is listed once per id, as the first object seen.
#[test]
fn cited_criteria_are_listed_once_per_id() {
    let mut col = Collector::default();
    let (a1, a2) = (criterion("a", false), criterion("a", false));
    let finding = |c: &CriterionRef| {
        Finding::new(
            c.clone(),
            Status::NotMet,
            crate::explain::Value::None,
            crate::explain::Value::None,
        )
    };
    let issues = col.take(&[finding(&a1), finding(&a2), finding(&a1)]);
    assert_eq!(issues.len(), 3);
    assert_eq!(col.criteria.len(), 1);
    assert!(col.criteria["a"].same(&a1));
    assert!(
        col.provisional.uses.is_empty(),
        "not provisional: not counted"
    );
}

/// `take` is `issues` with the provisional criteria counted: the same issues, the same
/// criteria cited.
#[test]
fn issues_are_take_without_counting() {
    let (p, q, r) = (
        criterion("p", true),
        criterion("q", false),
        criterion("r", true),
    );
    let findings: Vec<Finding> = [
        (&p, Status::Met),
        (&q, Status::NotMet),
        (&r, Status::Unknown),
        (&p, Status::NotApplicable),
    ]
    .into_iter()
    .map(|(c, s)| {
        Finding::new(
            c.clone(),
            s,
            crate::explain::Value::Count(7),
            crate::explain::Value::None,
        )
    })
    .collect();
    let (mut taken, mut listed) = (Collector::default(), Collector::default());
    let issues = taken.take(&findings);
    assert_eq!(listed.issues(&findings), issues);
    let ids: Vec<&str> = issues.iter().map(|i| i.criterion.as_ref()).collect();
    assert_eq!(ids, ["q", "r"]);
    let mut cited: Vec<&str> = listed.criteria.keys().map(|k| k.as_ref()).collect();
    cited.sort_unstable();
    assert_eq!(cited, ["q", "r"]);
    assert_eq!(listed.criteria.len(), taken.criteria.len());
    assert!(read(listed).is_empty());
    assert_eq!(
        read(taken),
        [
            ("p".to_owned(), 2, address(&p)),
            ("r".to_owned(), 1, address(&r))
        ]
    );
}

/// What the collector hands to the report: (id, uses, object kept) in order.
fn read(col: Collector) -> Vec<(String, u64, usize)> {
    col.provisional
        .into_iter()
        .map(|(c, n)| (c.id.to_string(), n, address(&c)))
        .collect()
}

/// A catalogue-like group counted once per unit gives the counts of counting each member:
/// the placeholder criteria (provisional), a criterion that is not (not counted), a member
/// whose id another object also has (one entry), in the order of first use.
#[test]
fn a_group_counts_as_its_members_counted_one_by_one() {
    let members = [
        criterion("reg", false),
        criterion("c1", true),
        criterion("c2", true),
        criterion("c1", true),
        criterion("note", true),
    ];
    let lone = criterion("c2", true);
    let (mut grouped, mut single) = (Collector::default(), Collector::default());
    grouped.count_provisional(&lone);
    single.count_provisional(&lone);
    for _ in 0..5 {
        grouped.count_provisional_group(7, &members);
        for c in members.iter().filter(|c| c.source.is_provisional()) {
            single.count_provisional(c);
        }
    }
    assert_eq!(grouped.provisional.groups.len(), 1, "one group, five uses");
    let got = read(grouped);
    assert_eq!(got, read(single));
    let counts: Vec<(&str, u64)> = got.iter().map(|(id, n, _)| (id.as_str(), *n)).collect();
    assert_eq!(counts, [("c2", 6), ("c1", 10), ("note", 5)]);
}

/// Another list under a key already used (the object at an address replaced), and more
/// groups than are kept: nothing is lost or counted twice.
#[test]
fn a_key_reused_by_other_members_and_too_many_groups_keep_every_count() {
    let pool: Vec<CriterionRef> = (0..40)
        .map(|i| criterion(&format!("c{}", i % 25), i % 7 != 0))
        .collect();
    // Key `g % 4`: many lists under one key, alternating; key `g`: more groups than are kept.
    for key_of in [|g: usize| g % 4, |g: usize| g] {
        let (mut grouped, mut single) = (Collector::default(), Collector::default());
        for round in 0..3 {
            for g in 0..GROUPS + 5 {
                let members: Vec<&CriterionRef> = (0..6)
                    .map(|j| &pool[(g * 3 + j + round) % pool.len()])
                    .collect();
                grouped.count_provisional_group(key_of(g), members.iter().copied());
                grouped.count_provisional_group(key_of(g), members.iter().copied());
                for _ in 0..2 {
                    for c in members.iter().filter(|c| c.source.is_provisional()) {
                        single.count_provisional(c);
                    }
                }
            }
        }
        assert_eq!(read(grouped), read(single));
    }
}

proptest::proptest! {
    /// Any interleaving of single counts and group counts (groups of any members, keys
    /// shared or not) reads as the same list as counting every member one by one.
    #[test]
    fn groups_read_as_their_members_counted_one_by_one(
        ops in proptest::collection::vec(
            (0usize..3, proptest::collection::vec(0usize..12, 0..8), 0usize..20),
            0..60,
        )
    ) {
        let pool: Vec<CriterionRef> = (0..12)
            .map(|i| criterion(&format!("c{}", i % 8), i % 5 != 0))
            .collect();
        let (mut grouped, mut single) = (Collector::default(), Collector::default());
        for (op, members, key) in &ops {
            let members: Vec<&CriterionRef> = members.iter().map(|&i| &pool[i]).collect();
            if *op == 0 {
                for c in &members {
                    grouped.count_provisional(c);
                    single.count_provisional(c);
                }
            } else {
                grouped.count_provisional_group(*key, members.iter().copied());
                for c in members.iter().filter(|c| c.source.is_provisional()) {
                    single.count_provisional(c);
                }
            }
        }
        proptest::prop_assert_eq!(read(grouped), read(single));
    }
}

/// DESIGN §20.2: the same member objects under the same key again are one increment of the
/// group (the members' counts are settled only when the list is read); other objects under
/// that key start a new group, the old one settled.
#[test]
fn the_same_group_again_is_one_pending_increment() {
    let members = [criterion("c1", true), criterion("c2", true)];
    let mut col = Collector::default();
    for _ in 0..5 {
        col.count_provisional_group(7, &members);
    }
    assert_eq!(col.provisional.groups.len(), 1);
    assert_eq!(col.provisional.groups[0].pending, 5);
    let counted: Vec<u64> = col.provisional.uses.iter().map(|(_, n)| *n).collect();
    assert_eq!(counted, [0, 0], "not settled before the list is read");
    let others = [criterion("c1", true)];
    col.count_provisional_group(7, &others);
    assert_eq!(col.provisional.groups.len(), 1);
    assert_eq!(col.provisional.groups[0].pending, 1);
    let counted: Vec<u64> = col.provisional.uses.iter().map(|(_, n)| *n).collect();
    assert_eq!(counted, [5, 5], "the old group settled");
}

/// DESIGN §20.2: groups under different keys are kept side by side, up to `GROUPS`; the next
/// key settles and forgets them, and the counts read are those of counting every member.
#[test]
fn up_to_groups_keys_are_kept_side_by_side() {
    let pool: Vec<CriterionRef> = (0..GROUPS + 1)
        .map(|i| criterion(&format!("c{i}"), true))
        .collect();
    let mut col = Collector::default();
    for (key, c) in pool.iter().enumerate() {
        col.count_provisional_group(key, [c]);
        col.count_provisional_group(key, [c]);
        let kept = if key < GROUPS { key + 1 } else { 1 };
        assert_eq!(col.provisional.groups.len(), kept, "after key {key}");
    }
    let counts: Vec<u64> = col.provisional.into_iter().map(|(_, n)| n).collect();
    assert_eq!(counts, vec![2; GROUPS + 1]);
}
