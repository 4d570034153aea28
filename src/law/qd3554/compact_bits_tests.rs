//! The statuses in bits (the compact sink's path for a sorted catalogue of at most 64 criteria,
//! [`super::super::record`]'s `statuses_in_bits`) keep exactly what the criterion-by-criterion
//! path keeps, for every catalogue and facts — QĐ3554's rule (registration, every criterion
//! required), whichever path the rule code takes.

use proptest::prelude::*;

use super::super::catalogue::Catalogue;
use super::super::decide::{ModelUnitFacts, ModelUnitOutcome};
use super::super::record::{decide_recorded, Each, Open, Sink};
use super::Recorded;
use crate::explain::{Criterion, CriterionRef, Finding, Status};
use crate::unit::{KindTag, ManagingLevel, Unit, UnitKind};

/// The compact sink with the bits path turned off: every criterion comes one by one.
#[derive(Default)]
struct OneByOne(Recorded);

impl Sink for OneByOne {
    fn not_eligible(&mut self, kind: KindTag) {
        self.0.not_eligible(kind);
    }
    fn registered(&mut self, criterion: &'static Criterion, observed: Option<bool>) {
        self.0.registered(criterion, observed);
    }
    fn criterion(&mut self, index: usize, criterion: &CriterionRef, observed: Option<bool>) {
        self.0.criterion(index, criterion, observed);
    }
    fn summary(&mut self, criterion: &'static Criterion, status: Status, met: u64, total: u64) {
        self.0.summary(criterion, status, met, total);
    }
}

/// A catalogue of `n` criteria: QĐ3554's twelve, then more with ids of other lengths (short,
/// 8–16 bytes, longer), sorted or not.
fn catalogue(n: usize, rotate: usize) -> Catalogue {
    let mut c = Catalogue::qd3554();
    let template = c.criteria[0].clone();
    for i in c.criteria.len()..n {
        let mut extra = template.clone();
        let mut criterion: Criterion = (*template.criterion).clone();
        criterion.id = match i % 3 {
            0 => format!("x{i}"),
            1 => format!("qd3554.y{i:03}"),
            _ => format!("qd3554.criterion.z{i:03}"),
        }
        .into();
        extra.criterion = criterion.into();
        c.criteria.push(extra);
    }
    let len = c.criteria.len();
    c.criteria.rotate_left(rotate % len);
    c
}

fn decide_both(cat: &Catalogue, facts: &ModelUnitFacts) -> (String, String) {
    let u = Unit::new(
        "cq-1",
        "Cơ quan 1",
        UnitKind::agency(),
        ManagingLevel::Province,
    );
    let mut bits = Recorded::default();
    let a = decide_recorded(&u, 2026, cat, facts, &mut bits);
    let mut one = OneByOne::default();
    let b = decide_recorded(&u, 2026, cat, facts, &mut one);
    // The open findings, from the bits or criterion by criterion, are the same.
    let (mut from_bits, mut every) = (Vec::new(), Vec::new());
    bits.replay_open(cat, &mut from_bits);
    one.0.replay(cat, &mut Open(&mut every));
    assert_eq!(from_bits, every);
    // And handed out as parts (what the year pipeline turns into issues), the same.
    let mut parts = Vec::new();
    bits.replay_open(
        cat,
        &mut Each(|criterion, status, observed, required| {
            parts.push(Finding {
                criterion,
                status,
                observed,
                required,
            })
        }),
    );
    assert_eq!(parts, every);
    (
        format!("{:?} {:?}", a.map_err(|e| e.to_string()), bits),
        format!("{:?} {:?}", b.map_err(|e| e.to_string()), one.0),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Every criterion required (QĐ3554, as the placeholders read it): the counts, the status
    /// of each criterion, the summary, the outcome, any error and the open findings are the
    /// same through the bits and one by one — sorted or rotated catalogues of 12 to 70 criteria, facts leaving
    /// criteria out, and fact ids the catalogue lacks.
    #[test]
    fn qd3554_every_criterion_required_in_bits_as_one_by_one(
        n in 12usize..70,
        rotate in prop_oneof![Just(0usize), 0usize..70],
        per in proptest::collection::vec(0u8..3, 70),
        registered in proptest::option::of(any::<bool>()),
        stray in proptest::option::weighted(0.1, "[a-z.0-9]{1,20}"),
    ) {
        let cat = catalogue(n, rotate);
        let mut facts = ModelUnitFacts { registered, ..Default::default() };
        for (c, p) in cat.criteria.iter().zip(&per) {
            if *p < 2 {
                facts.criteria.insert(c.criterion.id.to_string(), *p == 1);
            }
        }
        if let Some(s) = stray {
            facts.criteria.insert(s, true);
        }
        let (bits, one) = decide_both(&cat, &facts);
        prop_assert_eq!(bits, one);
    }
}

/// The usual unit (QĐ3554's twelve, sorted, every fact given) takes the bits path: its
/// statuses arrive in one call, not twelve.
#[test]
fn qd3554_usual_unit_takes_the_bits_path() {
    struct Calls(usize, usize);
    impl Sink for Calls {
        fn not_eligible(&mut self, _: KindTag) {}
        fn registered(&mut self, _: &'static Criterion, _: Option<bool>) {}
        fn criterion(&mut self, _: usize, _: &CriterionRef, _: Option<bool>) {
            self.0 += 1;
        }
        fn summary(&mut self, _: &'static Criterion, _: Status, _: u64, _: u64) {}
        const BITS: bool = true;
        fn criteria_bits(&mut self, known: u64, met: u64, counts: (u64, u64, u64)) {
            assert_eq!((known, met), (0xfff, 0xff7));
            assert_eq!(counts, (11, 1, 0));
            self.1 += 1;
        }
    }
    let cat = Catalogue::qd3554();
    let mut facts = ModelUnitFacts {
        registered: Some(true),
        ..Default::default()
    };
    for (i, c) in cat.criteria.iter().enumerate() {
        facts.criteria.insert(c.criterion.id.to_string(), i != 3);
    }
    let u = Unit::new(
        "cq-1",
        "Cơ quan 1",
        UnitKind::agency(),
        ManagingLevel::Province,
    );
    let mut calls = Calls(0, 0);
    decide_recorded(&u, 2026, &cat, &facts, &mut calls).unwrap();
    assert_eq!((calls.0, calls.1), (0, 1));
    // A fact id the catalogue lacks sends it one by one (which names the error).
    facts.criteria.insert("qd3554.c00".into(), true);
    let mut calls = Calls(0, 0);
    assert!(decide_recorded(&u, 2026, &cat, &facts, &mut calls).is_err());
    assert_eq!(calls.1, 0);
}

/// Sơn La …/UBND-NC §3 (QĐ3554's scope): a residential area cannot become a model unit, and
/// then nothing else is checked — the compact decision keeps that it is not eligible (no
/// criterion status, no registration, no count) and its findings are `decide`'s single
/// eligibility finding, open.
#[test]
fn qd3554_residential_area_is_not_eligible_in_the_compact_decision() {
    let cat = Catalogue::qd3554();
    let u = Unit::new(
        "kdc-1",
        "Tổ dân phố 1",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("xa-1");
    let mut facts = ModelUnitFacts {
        registered: Some(true),
        ..Default::default()
    };
    for c in &cat.criteria {
        facts.criteria.insert(c.criterion.id.to_string(), true);
    }
    let full = super::super::decide::decide(&u, 2026, &cat, &facts).unwrap();
    let compact = super::decide_compact(&u, 2026, &cat, &facts).unwrap();
    assert_eq!(compact.outcome(), ModelUnitOutcome::NotEligible);
    assert!(!compact.is_eligible());
    assert_eq!(compact.registered(), None);
    assert_eq!(compact.status_of(0), None);
    assert_eq!(
        (compact.met(), compact.not_met(), compact.unknown()),
        (0, 0, 0)
    );
    assert_eq!(full.findings.len(), 1);
    assert_eq!(full.findings[0].criterion.id, "qd3554.eligible_kind");
    assert_eq!(compact.explain(&u), full);
    let mut open = Vec::new();
    compact.open_findings_into(&mut open);
    assert_eq!(open, full.findings);
}

/// A fact must name a catalogue criterion exactly (an id the catalogue lacks is an error naming
/// the unit and `criteria`): an id longer than 16 bytes equal to a criterion's in its first and
/// last eight bytes but not in between is another id — through the bits as one by one — and
/// the criterion's own long id is read as its status.
#[test]
fn qd3554_long_fact_id_equal_only_at_both_ends_is_not_the_criterion() {
    let mut cat = Catalogue::qd3554();
    let last = cat.criteria.len() - 1;
    let mut long: Criterion = (*cat.criteria[last].criterion).clone();
    long.id = "qd3554.c12.long.id".into();
    cat.criteria[last].criterion = long.into();
    let u = Unit::new(
        "cq-1",
        "Cơ quan 1",
        UnitKind::agency(),
        ManagingLevel::Province,
    );
    let facts_with = |id: &str| {
        let mut facts = ModelUnitFacts {
            registered: Some(true),
            ..Default::default()
        };
        for c in &cat.criteria[..last] {
            facts.criteria.insert(c.criterion.id.to_string(), true);
        }
        facts.criteria.insert(id.to_owned(), true);
        facts
    };
    // Same length, same first and last eight bytes ("qd3554.c", ".long.id"), "99" between.
    let stray = facts_with("qd3554.c99.long.id");
    let full = super::super::decide::decide(&u, 2026, &cat, &stray).unwrap_err();
    let compact = super::decide_compact(&u, 2026, &cat, &stray).unwrap_err();
    assert_eq!(compact, full);
    assert!(matches!(
        &full,
        crate::Error::UnknownReference { field, id, .. }
            if field == "criteria" && id == "qd3554.c99.long.id"
    ));
    let own = facts_with("qd3554.c12.long.id");
    let compact = super::decide_compact(&u, 2026, &cat, &own).unwrap();
    assert_eq!(compact.outcome(), ModelUnitOutcome::Recognised);
    assert_eq!(compact.status_of(last), Some(Status::Met));
    assert_eq!(
        compact.explain(&u),
        super::super::decide::decide(&u, 2026, &cat, &own).unwrap()
    );
}

proptest! {
    /// The year pipeline's issues of a model unit (DESIGN §24.1): `open_each` hands out exactly
    /// the findings `open_findings_into` builds — the same criteria objects, statuses and
    /// values, in order — for every kind (a residential area is not eligible: its one finding),
    /// registration given or not, any facts (QĐ3554's catalogue and QĐ9745's).
    #[test]
    fn qd3554_open_each_is_open_findings_into(
        k in 0usize..5,
        qd9745 in any::<bool>(),
        per in proptest::collection::vec(0u8..3, 12),
        registered in proptest::option::of(any::<bool>()),
    ) {
        let cat = if qd9745 { Catalogue::qd9745_organisations() } else { Catalogue::qd3554() };
        let kind = [
            UnitKind::ResidentialArea,
            UnitKind::commune(crate::unit::CommuneType::Xa),
            UnitKind::agency(),
            UnitKind::agency(),
            UnitKind::agency(),
        ][k].clone();
        let u = Unit::new("u-1", "U 1", kind, ManagingLevel::Province);
        let mut facts = ModelUnitFacts { registered, ..Default::default() };
        for (c, p) in cat.criteria.iter().zip(&per) {
            if *p < 2 {
                facts.criteria.insert(c.criterion.id.to_string(), *p == 1);
            }
        }
        let year = if qd9745 { 2024 } else { 2026 };
        if let Ok(d) = super::decide_compact(&u, year, &cat, &facts) {
            let mut built = Vec::new();
            d.open_findings_into(&mut built);
            let mut parts = Vec::new();
            d.open_each(|criterion, status, observed, required| {
                parts.push(Finding { criterion, status, observed, required })
            });
            prop_assert_eq!(parts.len(), built.len());
            for (a, b) in parts.iter().zip(&built) {
                prop_assert!(a.criterion.same(&b.criterion), "{}", a.criterion.id);
            }
            prop_assert_eq!(parts, built);
        }
    }
}
