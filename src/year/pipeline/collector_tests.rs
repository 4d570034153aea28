//! Tests of the collector: counts by id, citations, the provisional uses counted unit by unit
//! on a trie of sequences.

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
    let uses = col.provisional.settled();
    let counts: Vec<(&str, u64)> = uses
        .iter()
        .take(2)
        .map(|(c, n)| (c.id.as_ref(), *n))
        .collect();
    assert_eq!(counts, [("b", 2), ("a", 4)]);
    assert!(uses[1].0.same(&a1), "the first object seen is kept");
    assert_eq!(uses.len(), 2 + PTR_CACHE + 10);
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
        col.provisional.settled().is_empty(),
        "not provisional: not counted"
    );
}

/// `take` is `issue_from` of each finding's parts with the provisional criteria counted: the
/// same issues, the same criteria cited.
#[test]
fn issue_from_is_take_without_counting() {
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
    let mut from_parts = Vec::new();
    for f in findings.iter().cloned() {
        let (c, s, o, r) = (f.criterion, f.status, f.observed, f.required);
        listed.issue_from(&c, s, o, r, &mut from_parts);
    }
    assert_eq!(from_parts, issues);
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

/// One operation on the collector: begin a unit under a key, or count uses of a criterion of
/// the pool.
#[derive(Debug, Clone)]
enum Op {
    Unit(usize),
    Count(usize, u64),
    /// One use of each criterion of the segment (`segments`), in order.
    Each(usize),
}

/// Segments of the pool of twelve (see [`pool`]): one with a criterion twice and another
/// object of the same id, one of a single criterion, an empty one, and one whose criteria are
/// also counted one by one.
fn segments(pool: &[CriterionRef]) -> Vec<std::sync::Arc<[CriterionRef]>> {
    let of = |ix: &[usize]| ix.iter().map(|&i| pool[i].clone()).collect();
    vec![of(&[0, 1, 0, 8]), of(&[5]), of(&[]), of(&[2, 3, 4])]
}

/// The segments of [`segments`] when the pool has twelve criteria, else none.
fn segments_of(pool: &[CriterionRef]) -> Vec<std::sync::Arc<[CriterionRef]>> {
    if pool.len() >= 12 {
        segments(pool)
    } else {
        Vec::new()
    }
}

/// What counting every use at once gives: one entry per id, the first object seen, in order
/// of first use, with every use added.
fn one_by_one(
    pool: &[CriterionRef],
    segments: &[std::sync::Arc<[CriterionRef]>],
    ops: &[Op],
) -> Vec<(String, u64, usize)> {
    let mut list: Vec<(String, u64, usize)> = Vec::new();
    let mut count =
        |c: &CriterionRef, n: u64| match list.iter_mut().find(|(id, _, _)| *id == c.id.as_ref()) {
            Some(entry) => entry.1 += n,
            None => list.push((c.id.to_string(), n, address(c))),
        };
    for op in ops {
        match *op {
            Op::Count(i, n) => count(&pool[i], n),
            Op::Each(s) => segments[s].iter().for_each(|c| count(c, 1)),
            Op::Unit(_) => {}
        }
    }
    list
}

fn run(
    mut col: Collector,
    pool: &[CriterionRef],
    segments: &[std::sync::Arc<[CriterionRef]>],
    ops: &[Op],
) -> Collector {
    for op in ops {
        match *op {
            Op::Unit(key) => col.start_unit(key),
            Op::Count(i, n) => col.count_provisional_times(&pool[i], n),
            Op::Each(s) => col.count_provisional_each(&segments[s]),
        }
    }
    col
}

/// A pool of criteria where some ids repeat (two objects, one criterion).
fn pool(size: usize, ids: usize) -> Vec<CriterionRef> {
    (0..size)
        .map(|i| criterion(&format!("c{}", i % ids), true))
        .collect()
}

/// DESIGN §22.1: units that use the same objects in the same order walk the same path of the
/// trie — no node is added after the first unit — and read as every use counted at once.
#[test]
fn units_on_the_same_sequence_add_no_node() {
    let pool = pool(4, 3);
    let segs = segments_of(&pool);
    let unit = [
        Op::Count(0, 1),
        Op::Count(1, 1),
        Op::Count(3, 2),
        Op::Count(0, 1),
    ];
    let mut ops = Vec::new();
    let mut col = Collector::default();
    for u in 0..5 {
        let mut one = vec![Op::Unit(7)];
        one.extend(unit.iter().cloned());
        col = run(col, &pool, &segs, &one);
        ops.extend(one);
        // The root and one node per use.
        assert_eq!(col.provisional.nodes(), 1 + unit.len(), "after unit {u}");
    }
    let got = read(col);
    assert_eq!(got, one_by_one(&pool, &segs, &ops));
    let counts: Vec<(&str, u64)> = got.iter().map(|(id, n, _)| (id.as_str(), *n)).collect();
    assert_eq!(counts, [("c0", 20), ("c1", 5)], "c0 and c3 are one id");
}

/// A unit that leaves the path, one that stops inside it, one under another key, and uses
/// counted before any unit began: nothing lost or counted twice.
#[test]
fn units_leaving_or_ending_inside_a_path_keep_every_count() {
    let pool = pool(6, 5);
    let segs = segments_of(&pool);
    let ops = [
        Op::Count(2, 1),
        Op::Unit(0),
        Op::Count(0, 1),
        Op::Count(1, 1),
        Op::Count(2, 1),
        Op::Unit(0),
        Op::Count(0, 1),
        Op::Count(4, 1),
        Op::Unit(0),
        Op::Count(0, 1),
        Op::Unit(0),
        Op::Count(0, 3),
        Op::Count(1, 1),
        Op::Unit(1),
        Op::Count(5, 1),
        Op::Count(0, 1),
    ];
    let col = run(Collector::default(), &pool, &segs, &ops);
    assert_eq!(read(col), one_by_one(&pool, &segs, &ops));
}

/// DESIGN §22.1: past its limit the trie is settled and started again, also in the middle of
/// a unit; the counts read are those of counting every use at once.
#[test]
fn a_full_trie_is_settled_and_started_again() {
    let pool = pool(30, 20);
    let segs = segments_of(&pool);
    let mut ops = Vec::new();
    for u in 0..40 {
        ops.push(Op::Unit(u % 3));
        for j in 0..6 {
            ops.push(Op::Count((u * 7 + j * 3) % pool.len(), 1 + (j % 2) as u64));
            if j == 3 {
                // A segment in the middle of the unit (DESIGN §23.1).
                ops.push(Op::Each(u % 4));
            }
        }
    }
    let limited = Collector {
        provisional: Provisional::with_limit(10),
        ..Collector::default()
    };
    let limited = run(limited, &pool, &segs, &ops);
    assert!(limited.provisional.nodes() <= 10);
    assert_eq!(read(limited), one_by_one(&pool, &segs, &ops));
}

/// The provisional parts of the policy itself (class targets, calendar dates: pushed by the
/// evaluator as they are) are listed after the decisions' uses, each with its own count, and
/// settling the trie does not add to them.
#[test]
fn policy_provisional_parts_are_listed_after_the_decisions_uses() {
    let (p, target, date) = (
        criterion("p", true),
        criterion("target", true),
        criterion("date", true),
    );
    let mut col = Collector::default();
    col.start_unit(0);
    col.count_provisional(&p);
    col.start_unit(0);
    col.count_provisional(&p);
    col.provisional.push((target.clone(), 1));
    col.provisional.push((date.clone(), 1));
    assert_eq!(
        read(col),
        [
            ("p".to_owned(), 2, address(&p)),
            ("target".to_owned(), 1, address(&target)),
            ("date".to_owned(), 1, address(&date)),
        ]
    );
}

use proptest::strategy::Strategy as _;

proptest::proptest! {
    /// Any interleaving of units (keys shared or not), uses (objects with the same id, uses
    /// of 0–3) and segments counted in one step (DESIGN §23.1: a criterion twice, an empty
    /// segment, criteria also counted one by one), with any limit on the trie, reads as every
    /// use counted at once.
    #[test]
    fn provisional_uses_read_as_every_use_counted_at_once(
        ops in proptest::collection::vec(
            proptest::prop_oneof![
                (0usize..3).prop_map(Op::Unit),
                (0usize..12, 0u64..4).prop_map(|(i, n)| Op::Count(i, n)),
                (0usize..4).prop_map(Op::Each),
            ],
            0..80,
        ),
        limit in proptest::option::of(1usize..24),
    ) {
        let pool = pool(12, 8);
        let segs = segments_of(&pool);
        let col = Collector {
            provisional: limit.map_or_else(Provisional::default, Provisional::with_limit),
            ..Collector::default()
        };
        let col = run(col, &pool, &segs, &ops);
        proptest::prop_assert_eq!(read(col), one_by_one(&pool, &segs, &ops));
    }
}

/// DESIGN §23.1: a segment counted in one step is one node, whoever counts it; units on the
/// same segment add no node, and its criteria read as each counted once per unit, in order of
/// first use (the segment's own order, a repeated criterion counted twice).
#[test]
fn a_segment_is_one_step_of_the_trie() {
    let pool = pool(12, 8);
    let segs = segments_of(&pool);
    let mut ops = Vec::new();
    let mut col = Collector::default();
    for u in 0..4 {
        let one = [Op::Unit(0), Op::Count(6, 1), Op::Each(0), Op::Each(2)];
        col = run(col, &pool, &segs, &one);
        ops.extend(one);
        // The root, the use and the segment (an empty segment is no step).
        assert_eq!(col.provisional.nodes(), 3, "after unit {u}");
    }
    let got = read(col);
    assert_eq!(got, one_by_one(&pool, &segs, &ops));
    let counts: Vec<(&str, u64)> = got.iter().map(|(id, n, _)| (id.as_str(), *n)).collect();
    // c0 twice per unit and c8 is another object of c0: three uses per unit.
    assert_eq!(counts, [("c6", 4), ("c0", 12), ("c1", 4)]);
}

/// A segment that is another object with the same criteria (an equal copy) is another step:
/// counted alike, never mistaken for a freed one (the node keeps its segment alive).
#[test]
fn an_equal_copy_of_a_segment_counts_alike() {
    let pool = pool(12, 8);
    let seg = segments(&pool).swap_remove(3);
    let mut col = Collector::default();
    for _ in 0..3 {
        col.start_unit(1);
        let copy: std::sync::Arc<[CriterionRef]> = seg.iter().cloned().collect();
        col.count_provisional_each(&copy);
    }
    col.start_unit(1);
    col.count_provisional_each(&seg);
    let counts: Vec<(String, u64)> = read(col).into_iter().map(|(id, n, _)| (id, n)).collect();
    let want: Vec<(String, u64)> = ["c2", "c3", "c4"]
        .iter()
        .map(|id| (id.to_string(), 4))
        .collect();
    assert_eq!(counts, want);
}

proptest::proptest! {
    /// DESIGN §24.1: `cite` trying a few recent addresses before its map cites what a plain
    /// map of ids cites — each id once, the first object seen — for any sequence of cites of
    /// twelve objects over five ids (two objects per id, one object cited many times), with
    /// fresh objects dropped in between (their addresses may be reused by later ones) and the
    /// map emptied past its limit.
    #[test]
    fn cite_keeps_the_first_object_of_each_id(
        picks in proptest::collection::vec((0usize..14, 0usize..3), 0..80),
        fill in proptest::bool::weighted(0.1),
    ) {
        let objects: Vec<CriterionRef> =
            (0..12).map(|i| criterion(&format!("c{}", i % 5), false)).collect();
        let mut col = Collector::default();
        let mut plain: Vec<CriterionRef> = Vec::new();
        let mut cite = |col: &mut Collector, c: &CriterionRef| {
            col.cite(c);
            if !plain.iter().any(|p| p.id == c.id) {
                plain.push(c.clone());
            }
        };
        for (k, (i, _)) in picks.iter().enumerate() {
            match objects.get(*i) {
                Some(c) => cite(&mut col, c),
                // A fresh object, dropped after it is cited (the collector keeps it alive).
                None => cite(&mut col, &criterion(&format!("f{k}"), false)),
            }
            if fill && k == picks.len() / 2 {
                for j in 0..PTR_CACHE + 3 {
                    cite(&mut col, &criterion(&format!("g{j}"), false));
                }
            }
        }
        proptest::prop_assert_eq!(col.criteria.len(), plain.len());
        for p in &plain {
            let kept = &col.criteria[p.id.as_ref()];
            proptest::prop_assert!(kept.same(p), "{} is another object", p.id);
        }
    }
}
