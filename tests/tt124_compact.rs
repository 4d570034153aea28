//! The compact TT124 decision (issue 14, DESIGN §18.1): for arbitrary facts, every kind of
//! unit, every reading and Sơn La's provincial rules, it checks the same criteria in the same
//! order with the same statuses as the full explained decision, answers the same questions
//! (outcome, failed, unknown, provisional, `status_of` per clause), and explains itself into
//! exactly the full decision.

mod common;

use antq::law::tt124::discipline::{
    DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
};
use antq::law::tt124::readings::{
    CrimeReading, PartyOrganisationReading, ProtectionForceReading, SanctionReading,
    UnregisteredReading,
};
use antq::law::tt124::{
    criteria, decide_compact, decide_with_units, Accident, AccidentKind, Additions,
    CollectiveRating, Event, Facts, SeriousCrime, SubUnits, UnitCounts,
};
use antq::policy::additions::son_la_2026;
use antq::unit::{SchoolLevel, Sector, Unit, UnitKind};
use antq::{Citation, Instrument, KindTag};
use common::*;
use proptest::prelude::*;

fn units() -> Vec<Unit> {
    let mut v = every_kind();
    v.push(enterprise_of(size(
        Sector::TradeServices,
        8,
        Some(TY),
        Some(TY),
    ))); // micro
    v.push(enterprise_of(size(
        Sector::IndustryConstruction,
        60,
        Some(40 * TY),
        None,
    ))); // small
    v.push(school(SchoolLevel::Primary));
    v.push(school(SchoolLevel::Vocational));
    v.push(Unit::new(
        "cq-qd",
        "Đơn vị quân đội",
        UnitKind::Agency { armed_forces: true },
        antq::unit::ManagingLevel::Province,
    ));
    v
}

fn ob() -> impl Strategy<Value = Option<bool>> {
    prop_oneof![Just(None), any::<bool>().prop_map(Some)]
}

fn share() -> impl Strategy<Value = Option<(u32, u32)>> {
    prop_oneof![
        Just(None),
        (0u32..5, 0u32..3).prop_map(|(t, gap)| Some((t.saturating_sub(gap), t)))
    ]
}

fn event() -> impl Strategy<Value = Event> {
    prop::sample::select(Event::ALL.to_vec())
}

fn accident() -> impl Strategy<Value = Accident> {
    (
        prop::sample::select(vec![
            AccidentKind::SeriousFireOrExplosion,
            AccidentKind::FatalLabourAccident,
            AccidentKind::SeriousIncident,
            AccidentKind::EnvironmentalViolation,
            AccidentKind::FoodSafetyViolation,
        ]),
        any::<bool>(),
    )
        .prop_map(|(kind, force_majeure)| Accident {
            kind,
            force_majeure,
        })
}

fn crime() -> impl Strategy<Value = SeriousCrime> {
    prop::sample::select(vec![
        SeriousCrime::unexcused(),
        SeriousCrime::force_majeure(),
        SeriousCrime::handled_promptly(),
    ])
}

/// Records on each person's own scale (a form off the scale is an input error, tested
/// elsewhere); the worker forms exercise the provisional mapping.
fn record() -> impl Strategy<Value = DisciplineRecord> {
    (
        prop::sample::select(vec![
            PersonRole::GrassrootsForce,
            PersonRole::CommunePolice,
            PersonRole::ProtectionForce,
            PersonRole::Staff,
            PersonRole::Learner,
        ]),
        prop::sample::select(vec![
            (PersonCategory::CivilServant, DisciplineForm::KhienTrach),
            (PersonCategory::CivilServant, DisciplineForm::CanhCao),
            (PersonCategory::Worker, DisciplineForm::KhienTrach),
            (PersonCategory::Worker, DisciplineForm::SaThai),
            (PersonCategory::Worker, DisciplineForm::KeoDaiNangLuong),
        ]),
        prop::sample::select(vec![
            Ground::SecurityOrderSanction,
            Ground::SocialEvil,
            Ground::Crime,
            Ground::Other,
        ]),
    )
        .prop_map(|(role, (person, form), ground)| DisciplineRecord {
            role,
            person,
            form,
            ground,
        })
}

fn list<T: std::fmt::Debug>(s: impl Strategy<Value = T>) -> impl Strategy<Value = Option<Vec<T>>> {
    prop::option::of(prop::collection::vec(s, 0..3))
}

fn rating() -> impl Strategy<Value = Option<CollectiveRating>> {
    prop::option::of(prop::sample::select(vec![
        CollectiveRating::NotCompleted,
        CollectiveRating::Completed,
        CollectiveRating::CompletedWell,
        CollectiveRating::Excellent,
    ]))
}

fn counts() -> impl Strategy<Value = Option<UnitCounts>> {
    prop::option::of((0u32..6, 0u32..6, 0u32..6, 0u32..6, 0u32..6).prop_map(
        |(total, a, b, c, d)| {
            let registered = a.min(total);
            let registration_unknown = b.min(total - registered);
            let recognised = c.min(registered);
            let undecided = d.min(total - recognised);
            UnitCounts {
                total,
                registered,
                recognised,
                undecided,
                registration_unknown,
            }
        },
    ))
}

fn facts() -> impl Strategy<Value = Facts> {
    let bools = prop::collection::vec(ob(), 14);
    let lists = (
        list(event()),
        list(crime()),
        list(accident()),
        list(record()),
    );
    let numbers = (
        share(),
        share(),
        prop::option::of(0u32..3),
        rating(),
        prop::option::of(0u32..2),
        prop::option::of(0u32..2),
        prop::option::of((0u32..5, 0u32..5).prop_map(|(t, w)| SubUnits {
            total: t,
            rated_well: w.min(t),
        })),
        counts(),
        prop::option::of(prop::sample::subsequence(
            vec!["submission", "tax_clearance_confirmation"],
            0..=2,
        )),
    );
    (bools, lists, numbers).prop_map(|(b, (ev, cr, ac, di), n)| {
        let mut f = Facts::all_met();
        f.registered = b[0];
        f.has_party_organisation = b[1];
        // A resolution without a Party organisation is an input error: keep the facts valid.
        f.party_resolution = if b[1] == Some(false) {
            b[2].filter(|r| !r)
        } else {
            b[2]
        };
        f.security_plan = b[3];
        f.internal_rules = b[4];
        f.policies_implemented = b[5];
        f.parent_coordination = b[6];
        f.crime_reduced = b[7];
        f.new_hotspot = b[8];
        f.school_violence = b[9];
        f.has_protection_force = b[10];
        f.eligible_for_rating = b[11];
        f.commune_police_effective = b[12];
        f.tax_debt = b[13];
        f.events = ev;
        f.serious_crimes = cr;
        f.accidents = ac;
        f.discipline = di;
        let (households, briefed, models, force, sanctions, crimes, sub, units, docs) = n;
        f.households_registered = households;
        f.people_briefed = briefed;
        f.effective_models = models;
        f.force_rating = force;
        f.staff_security_sanctions = sanctions;
        f.members_committed_crime = crimes;
        f.sub_units = sub;
        f.units = units;
        f.documents = docs.map(|d| d.into_iter().map(String::from).collect());
        f
    })
}

fn additions(mask: u8, provincial: bool) -> Additions {
    let mut a = if provincial {
        son_la_2026()
    } else {
        Additions::none()
    };
    let r = &mut a.readings;
    if mask & 1 != 0 {
        r.d6_k3_h = SanctionReading::DisciplineRequired;
    }
    if mask & 2 != 0 {
        r.d7_k4 = CrimeReading::DisciplineRequired;
    }
    if mask & 4 != 0 {
        r.d6_k4_protection_force = ProtectionForceReading::IfAny;
    }
    if mask & 8 != 0 {
        r.party_organisation = PartyOrganisationReading::EveryKind;
    }
    if mask & 16 != 0 {
        r.d8_k1_unregistered = UnregisteredReading::ExcludedFromReview;
    }
    a
}

/// Every clause and article a question may name: TT124 Đ1, Đ4–Đ7 and their clauses.
fn questions() -> Vec<Citation> {
    let mut q = Vec::new();
    for article in [1u16, 4, 5, 6, 7] {
        q.push(Citation::article(Instrument::Tt124, article));
        for clause in 1u16..=6 {
            q.push(Citation::clause(Instrument::Tt124, article, clause));
        }
    }
    q
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn compact_statuses_equal_the_full_findings(
        k in 0usize..10,
        f in facts(),
        readings in 0u8..32,
        provincial in any::<bool>(),
    ) {
        let u = &units()[k];
        let a = additions(readings, provincial);
        let full = decide_with_units(u, 2026, &f, &a, f.units);
        let compact = decide_compact(u, 2026, &f, &a, f.units);
        match (full, compact) {
            (Ok(full), Ok(compact)) => {
                let from_full: Vec<_> = full
                    .findings
                    .iter()
                    .map(|x| (x.criterion.id.clone(), x.status))
                    .collect();
                let from_compact: Vec<_> = compact
                    .checked()
                    .map(|(c, s)| (c.id.clone(), s))
                    .collect();
                prop_assert_eq!(&from_compact, &from_full);
                prop_assert_eq!(compact.outcome(), full.outcome.clone());
                prop_assert_eq!(compact.failed().count(), full.failed().count());
                prop_assert_eq!(compact.unknown().count(), full.unknown().count());
                prop_assert_eq!(compact.provisional().count(), full.provisional().count());
                prop_assert_eq!(
                    compact.needs_action(),
                    full.failed().count() + full.unknown().count() > 0
                );
                for q in questions() {
                    prop_assert_eq!(compact.status_of(&q), full.status_of(&q), "{}", q.short());
                    prop_assert_eq!(compact.about(&q).len(), full.about(&q).count());
                }
                prop_assert_eq!(compact.explain(u, &f).unwrap(), full);
            }
            (Err(e1), Err(e2)) => prop_assert_eq!(e1.to_string(), e2.to_string()),
            (full, compact) => prop_assert!(false, "{full:?} vs {compact:?}"),
        }
    }
}

/// The slots of a subject unit are its applicability criteria followed by its article's
/// criteria (TT124 Đ4–Đ7 as `article_criteria` lists them).
#[test]
fn a_subject_unit_checks_its_whole_article_in_order() {
    let a = Additions::none();
    let f = Facts::comfortably_met();
    for u in every_kind() {
        let d = decide_compact(&u, 2026, &f, &a, f.units).unwrap();
        let ids: Vec<_> = d.checked().map(|(c, _)| c.id.clone()).collect();
        let article = criteria::article_criteria(u.tag());
        let prefix = ids.len() - article.len();
        assert!((1..=4).contains(&prefix), "{:?}: {prefix}", u.tag());
        for (got, want) in ids[prefix..].iter().zip(article) {
            assert_eq!(got, &want.id, "{:?}", u.tag());
        }
        assert!(!d.needs_action(), "{:?}", u.tag());
    }
}

/// Explaining a compact decision with other facts than it was made from is an error naming
/// the facts, never a silently mixed explanation.
#[test]
fn explaining_with_other_facts_is_an_error() {
    let u = agency();
    let a = Additions::none();
    let f = Facts::comfortably_met();
    let d = decide_compact(&u, 2026, &f, &a, None).unwrap();
    let mut other = f.clone();
    other.security_plan = Some(false);
    let e = d.explain(&u, &other).unwrap_err();
    assert!(e.to_string().contains("facts"), "{e}");
    assert_eq!(d.kind(), KindTag::Agency);
}

/// The accessors of the compact form: year, kind, the article statuses in order, and whether
/// every provincial rule is kept (issue 14 item 1; mutants of `compact.rs`).
#[test]
fn tt124_compact_accessors_give_the_year_the_statuses_and_completeness() {
    use antq::law::tt124::Effect;
    use antq::Status;
    let a = Additions::none();
    let f = passing();
    let u = agency();
    let c = decide_compact(&u, 2027, &f, &a, None).unwrap();
    assert_eq!(c.year(), 2027);
    assert_eq!(c.kind(), KindTag::Agency);
    assert!(c.is_complete());
    assert!(!c.needs_action());
    let full = decide_with_units(&u, 2027, &f, &a, None).unwrap();
    let slots: Vec<Status> = c.statuses().iter().collect();
    let first: Vec<Status> = full
        .findings
        .iter()
        .take(slots.len())
        .map(|x| x.status)
        .collect();
    assert_eq!(slots, first);
    // Đ1 k2 b (armed forces) and the 19 criteria of Điều 6.
    assert_eq!(slots.len(), 20);
    // More provincial rules for one kind than the compact form keeps: incomplete, so a reader
    // must look at the full decision.
    let rule = |i: usize| provincial_rule(&format!("p.{i}"), Effect::RequireFact("x".into()));
    let many = Additions {
        rules: (0..40).map(rule).collect(),
        ..Additions::none()
    };
    let mut fx = passing();
    fx.extra.insert("x".into(), true);
    let c = decide_compact(&u, 2027, &fx, &many, None).unwrap();
    assert!(!c.is_complete());
    assert!(c.needs_action());
    let few = Additions {
        rules: (0..3).map(rule).collect(),
        ..Additions::none()
    };
    let c = decide_compact(&u, 2027, &fx, &few, None).unwrap();
    assert!(c.is_complete());
    assert!(!c.needs_action());
}
