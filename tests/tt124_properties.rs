//! Properties of the TT124 decision over generated facts.

mod common;

use antq::law::tt124::discipline::{
    DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
};
use antq::law::tt124::{
    criteria, decide, Accident, AccidentKind, Additions, CollectiveRating, Event, Facts,
    SeriousCrime, SubUnits, UnitCounts,
};
use antq::policy::additions::son_la_2026;
use antq::{Decision, SafetyOutcome, Unit};
use common::*;
use proptest::prelude::*;

/// How good an outcome is for the unit (higher is better).
fn rank(o: &SafetyOutcome) -> u8 {
    match o {
        SafetyOutcome::Recognised => 3,
        SafetyOutcome::CannotDecide => 2,
        SafetyOutcome::NotRecognised => 1,
        SafetyOutcome::ExcludedFromReview(_) => 0,
        SafetyOutcome::NotSubject(_) => 4,
        other => panic!("an outcome this test does not rank: {other:?}"),
    }
}

/// One violation each: applied to facts, it breaks exactly one requirement.
const VIOLATIONS: usize = 16;

/// A violation added to a list that is unknown (`None`) leaves it unknown: adding a violation
/// must not also add knowledge.
fn violate(f: &mut Facts, v: usize) {
    let push_event = |f: &mut Facts, e| {
        if let Some(list) = &mut f.events {
            list.push(e)
        }
    };
    match v {
        0 => f.party_resolution = Some(false),
        1 => f.registered = Some(false),
        2 => f.policies_implemented = Some(false),
        3 => push_event(f, Event::Separatism),
        4 => push_event(f, Event::UnlawfulReligion),
        5 => push_event(f, Event::StateSecretBreach),
        6 => f.crime_reduced = Some(false),
        7 => {
            if let Some(list) = &mut f.serious_crimes {
                list.push(SeriousCrime::unexcused())
            }
        }
        8 => f.new_hotspot = Some(true),
        9 => {
            if let Some(list) = &mut f.accidents {
                list.push(Accident {
                    kind: AccidentKind::SeriousFireOrExplosion,
                    force_majeure: false,
                })
            }
        }
        10 => f.force_rating = Some(CollectiveRating::NotCompleted),
        11 => {
            if let Some(list) = &mut f.discipline {
                list.push(DisciplineRecord {
                    role: PersonRole::Staff,
                    person: PersonCategory::CivilServant,
                    form: DisciplineForm::CachChuc,
                    ground: Ground::SocialEvil,
                })
            }
        }
        12 => f.effective_models = Some(0),
        13 => {
            f.sub_units = Some(SubUnits {
                total: 10,
                rated_well: 3,
            })
        }
        14 => f.school_violence = Some(true),
        _ => f.tax_debt = Some(true),
    }
}

/// Some facts knocked out (unknown) to mix "cannot decide" in.
fn blank(f: &mut Facts, mask: u16) {
    if mask & 1 != 0 {
        f.events = None;
    }
    if mask & 2 != 0 {
        f.crime_reduced = None;
    }
    if mask & 4 != 0 {
        f.discipline = None;
    }
    if mask & 8 != 0 {
        f.units = None;
    }
    if mask & 16 != 0 {
        f.documents = None;
    }
    if mask & 32 != 0 {
        f.tax_debt = None;
    }
}

fn unit_of(k: usize) -> Unit {
    every_kind().swap_remove(k % 5)
}

fn decide_all(u: &Unit, f: &Facts) -> Decision<SafetyOutcome> {
    decide(u, 2026, f, &son_la_2026()).expect("valid facts decide")
}

proptest! {
    #[test]
    fn one_more_violation_is_never_better(
        k in 0usize..5,
        base in proptest::collection::vec(0usize..VIOLATIONS, 0..4),
        extra in 0usize..VIOLATIONS,
        mask in 0u16..64,
    ) {
        let u = unit_of(k);
        let mut f = passing();
        blank(&mut f, mask);
        for v in &base { violate(&mut f, *v); }
        let before = decide_all(&u, &f).outcome;
        violate(&mut f, extra);
        let after = decide_all(&u, &f).outcome;
        prop_assert!(rank(&after) <= rank(&before), "{before:?} -> {after:?}");
    }

    #[test]
    fn findings_cover_every_criterion_of_the_article_exactly_once(
        k in 0usize..5,
        base in proptest::collection::vec(0usize..VIOLATIONS, 0..5),
        mask in 0u16..64,
    ) {
        let u = unit_of(k);
        let mut f = passing();
        blank(&mut f, mask);
        for v in &base { violate(&mut f, *v); }
        let d = decide_all(&u, &f);
        for c in criteria::article_criteria(u.tag()) {
            let n = d.findings.iter().filter(|x| x.criterion.id == c.id).count();
            prop_assert_eq!(n, 1, "{}", c.id);
        }
        // exactly one outcome, consistent with the findings
        let any_not_met = d.failed().next().is_some();
        match &d.outcome {
            SafetyOutcome::Recognised => prop_assert!(!any_not_met && d.unknown().next().is_none()),
            SafetyOutcome::NotRecognised => prop_assert!(any_not_met),
            SafetyOutcome::CannotDecide => prop_assert!(!any_not_met && d.unknown().next().is_some()),
            SafetyOutcome::ExcludedFromReview(_) => prop_assert!(any_not_met),
            SafetyOutcome::NotSubject(_) => prop_assert!(false, "every generated unit is subject"),
            other => prop_assert!(false, "an outcome this test does not know: {:?}", other),
        }
    }

    #[test]
    fn arbitrary_counts_never_panic(
        total in 0u32..50, registered in 0u32..50, recognised in 0u32..50, undecided in 0u32..50,
        part in 0u32..50, whole in 0u32..50,
    ) {
        let mut f = passing();
        f.units = Some(UnitCounts { total, registered, recognised, undecided, ..Default::default() });
        f.sub_units = Some(SubUnits { total: whole, rated_well: part });
        f.households_registered = Some((part, whole));
        for u in every_kind() {
            // either a decision or a typed error; never a panic
            let _ = decide(&u, 2026, &f, &Additions::none());
        }
    }

    #[test]
    fn seventy_percent_rule_is_exact(rec in 0u32..200, total in 1u32..200) {
        prop_assume!(rec <= total);
        let mut f = passing();
        f.units = Some(UnitCounts { total, registered: total, recognised: rec, undecided: 0, ..Default::default() });
        let d = decide(&commune(), 2026, &f, &Additions::none()).unwrap();
        let met = u64::from(rec) * 10 >= u64::from(total) * 7;
        prop_assert_eq!(d.outcome == SafetyOutcome::Recognised, met);
    }

    #[test]
    fn serde_round_trips_units_facts_and_decisions(
        k in 0usize..5,
        base in proptest::collection::vec(0usize..VIOLATIONS, 0..4),
    ) {
        let u = unit_of(k);
        let mut f = passing();
        for v in &base { violate(&mut f, *v); }
        let d = decide_all(&u, &f);
        let u2: Unit = serde_json::from_str(&serde_json::to_string(&u).unwrap()).unwrap();
        let f2: Facts = serde_json::from_str(&serde_json::to_string(&f).unwrap()).unwrap();
        let d2: Decision<SafetyOutcome> =
            serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
        prop_assert_eq!(u2, u);
        prop_assert_eq!(f2, f);
        prop_assert_eq!(d2, d);
    }
}
