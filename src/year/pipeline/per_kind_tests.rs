//! Facts by id read once against a catalogue's ids (DESIGN §23.1): the same model-unit
//! decision as by id, in every part the pipeline reads; the catalogues that cannot be read so.

use std::collections::BTreeMap;

use super::super::test_support::{agency, grown, read};
use super::*;
use crate::law::qd3554::{decide_compact, decide_compact_read, ModelUnitFacts};
use proptest::prelude::*;

/// Candidate fact ids: every criterion's, ids between and around them, a longer and a shorter
/// id, an empty one.
fn candidates(catalogue: &Catalogue) -> Vec<String> {
    let mut ids: Vec<String> = catalogue
        .criteria
        .iter()
        .map(|c| c.criterion.id.to_string())
        .collect();
    ids.extend(
        [
            "qd3554.c00",
            "qd3554.c065",
            "qd3554.c99",
            "qd3554.c01.extra.long",
            "c01",
            "",
        ]
        .map(String::from),
    );
    ids
}

proptest! {
    /// QĐ3554 Điều 5 (every criterion required) with facts by id: read once against the
    /// catalogue's ids, the decision equals the decision by id — outcome, registration,
    /// counts, every status, the open findings — whenever the facts can be read so, which is
    /// exactly when every fact names a criterion of the catalogue (else by id names it: an
    /// error). Catalogues of 1 to 64 criteria; facts for any subset, met or not; registration
    /// given or not.
    #[test]
    fn qd3554_facts_read_against_the_ids_decide_as_by_id(
        n in 1usize..=64,
        picks in prop::collection::vec((any::<prop::sample::Index>(), any::<bool>()), 0..20),
        registered in prop::option::of(any::<bool>()),
    ) {
        let catalogue = grown(n);
        let words = IdWords::new(&catalogue).expect("sorted ids of 8 to 16 bytes");
        let ids = candidates(&catalogue);
        let criteria: BTreeMap<String, bool> = picks
            .iter()
            .map(|(i, v)| (i.get(&ids).clone(), *v))
            .collect();
        let facts = ModelUnitFacts { registered, criteria };
        let unit = agency();
        let by_id = decide_compact(&unit, 2026, &catalogue, &facts);
        let lacks = facts.criteria.keys().any(|k| catalogue.criterion(k).is_none());
        match words.bits(&facts.criteria) {
            Some(bits) => {
                prop_assert!(!lacks);
                let read_once = decide_compact_read(&unit, 2026, &catalogue, &facts, bits);
                prop_assert_eq!(read_once.map(|c| read(&c)), by_id.map(|c| read(&c)));
            }
            None => {
                prop_assert!(lacks);
                prop_assert!(by_id.is_err());
            }
        }
    }
}

/// Empty facts, and every criterion not given: read once, every status unknown — as by id.
#[test]
fn qd3554_no_facts_read_once_is_every_criterion_unknown() {
    let catalogue = Catalogue::qd3554();
    let words = IdWords::new(&catalogue).unwrap();
    let facts = ModelUnitFacts {
        registered: Some(true),
        criteria: BTreeMap::new(),
    };
    assert_eq!(words.bits(&facts.criteria), Some((0, 0)));
    let unit = agency();
    let once = decide_compact_read(&unit, 2026, &catalogue, &facts, (0, 0)).unwrap();
    assert_eq!(
        read(&once),
        read(&decide_compact(&unit, 2026, &catalogue, &facts).unwrap())
    );
    assert_eq!((once.met(), once.unmet()), (0, 12));
}

/// A catalogue of 64 criteria is read so, one of 65 is not (its statuses do not fit two
/// words); nor one with an id twice, out of order, or with an id shorter than 8 bytes or
/// longer than 16 (then by id, as before).
#[test]
fn qd3554_catalogues_that_cannot_be_read_once() {
    assert!(IdWords::new(&grown(64)).is_some());
    assert!(IdWords::new(&grown(65)).is_none());
    let mut twice = Catalogue::qd3554();
    let first = twice.criteria[0].clone();
    twice.criteria.insert(1, first);
    assert!(IdWords::new(&twice).is_none());
    let mut reversed = Catalogue::qd3554();
    reversed.criteria.reverse();
    assert!(IdWords::new(&reversed).is_none());
    for id in ["qd3554", "qd3554.c01.and.more"] {
        let mut c = Catalogue::qd3554();
        let mut criterion = (*c.criteria[11].criterion).clone();
        criterion.id = id.to_owned().into();
        c.criteria[11].criterion = criterion.into();
        if id.len() < 8 {
            c.criteria.rotate_right(1);
        }
        assert!(IdWords::new(&c).is_none(), "{id}");
    }
    // Met at both ends of a full 64-criterion catalogue: bits 0 and 63.
    let words = IdWords::new(&grown(64)).unwrap();
    let criteria: BTreeMap<String, bool> = [
        ("qd3554.c01".to_owned(), true),
        ("qd3554.x63".to_owned(), false),
    ]
    .into();
    assert_eq!(words.bits(&criteria), Some((1 | 1 << 63, 1)));
}

/// The year and policy found once are used only for that very year and policy.
#[test]
fn per_kind_answers_only_for_its_own_year_and_policy() {
    let policy = Policy::son_la_2026();
    let other = Policy::son_la_2026();
    let kinds = PerKind::new(2026, &policy);
    let kind = KindTag::Agency;
    assert!(kinds.sheet(2026, &policy, kind).is_some());
    assert!(kinds.catalogue(2026, &policy, kind).is_some());
    assert!(kinds.sheet(2025, &policy, kind).is_none());
    assert!(kinds.catalogue(2026, &other, kind).is_none());
    assert!(kinds
        .catalogue(2026, &policy, KindTag::ResidentialArea)
        .is_none());
    let found = kinds.catalogue(2026, &policy, kind).unwrap();
    let (c, members, words) = (found.catalogue, &found.members, &found.words);
    assert!(std::ptr::eq(
        c,
        policy.catalogues.in_force(2026, kind).unwrap()
    ));
    assert!(words.is_some());
    let expected = provisional_members(c, &policy, 2026);
    assert_eq!(members.len(), expected.len());
    assert!(members.iter().zip(&expected).all(|(a, b)| a.same(b)));
}
