//! The compact model-unit decision (`decide_compact`) is the full one (`decide`) without its
//! findings: same outcome, same error, each catalogue criterion's status and the counts; its
//! findings, built on demand from the catalogue (`explain`), are exactly `decide`'s, and the
//! open ones (`open_findings_into`) its not met or unknown, in order. Both are also checked against
//! the rule written out plainly here (registration, every criterion required, the summary).

use std::collections::BTreeMap;

use antq::error::Error;
use antq::explain::{Finding, Status, Value};
use antq::law::qd3554::{
    decide, decide_compact, unmet_criteria, Catalogue, ModelUnitFacts, ModelUnitOutcome,
};
use antq::unit::{CommuneType, ManagingLevel, SchoolLevel, Unit, UnitKind};
use proptest::prelude::*;

const CATALOGUE_JSON: &str = include_str!("../examples/data/qd3554_catalogue_placeholder.json");

fn unit(kind: usize) -> Unit {
    let kind = match kind {
        0 => UnitKind::ResidentialArea,
        1 => UnitKind::commune(CommuneType::Xa),
        2 => UnitKind::agency(),
        _ => UnitKind::school(SchoolLevel::UpperSecondary),
    };
    let level = if kind == UnitKind::ResidentialArea {
        ManagingLevel::Commune
    } else {
        ManagingLevel::Province
    };
    let u = Unit::new("dv-1", "Đơn vị 1", kind, level);
    if u.tag() == antq::KindTag::ResidentialArea {
        u.in_commune("xa-1")
    } else {
        u
    }
}

/// The catalogues decided under: QĐ3554 built in, QĐ9745 (communes; organisations), the
/// example JSON catalogue, and each of them with its criteria in another order (a catalogue
/// loaded from JSON need not be sorted).
fn catalogue(which: usize, rotate: usize, reverse: bool) -> Catalogue {
    let mut c = match which {
        0 => Catalogue::qd3554(),
        1 => Catalogue::qd9745_communes(),
        2 => Catalogue::qd9745_organisations(),
        3 => Catalogue::from_json(CATALOGUE_JSON).expect("example catalogue"),
        // Longer than one 64-criterion word of statuses: on both sides of 64 and of 128.
        n => long_catalogue([63, 64, 65, 127, 128, 130][n % 6]),
    };
    let n = c.criteria.len();
    c.criteria.rotate_left(rotate % n);
    if reverse {
        c.criteria.reverse();
    }
    c
}

/// A catalogue of `n` criteria (a province's own, loaded from JSON, may be that long): QĐ3554's
/// twelve, then more of the same kind with their own ids.
fn long_catalogue(n: usize) -> Catalogue {
    let mut c = Catalogue::qd3554();
    let template = c.criteria[0].clone();
    for i in c.criteria.len()..n {
        let mut extra = template.clone();
        let mut criterion: antq::explain::Criterion = (*template.criterion).clone();
        criterion.id = format!("qd3554.x{i:03}").into();
        extra.criterion = criterion.into();
        c.criteria.push(extra);
    }
    c
}

/// The rule written out plainly: (outcome, findings as (id, status, observed, required)).
fn expected(
    u: &Unit,
    cat: &Catalogue,
    facts: &ModelUnitFacts,
) -> (ModelUnitOutcome, Vec<(String, Status, Value, Value)>) {
    let qd9745 = cat.instrument == antq::Instrument::Qd9745;
    let prefix = if qd9745 { "qd9745" } else { "qd3554" };
    if u.tag() == antq::KindTag::ResidentialArea {
        let f = vec![(
            "qd3554.eligible_kind".to_owned(),
            Status::NotMet,
            Value::Text(u.tag().name_vi().into()),
            Value::Text("xã, phường, đặc khu, cơ quan, doanh nghiệp, cơ sở giáo dục".into()),
        )];
        return (ModelUnitOutcome::NotEligible, f);
    }
    let boolean = |id: String, v: Option<bool>| {
        let status = match v {
            Some(true) => Status::Met,
            Some(false) => Status::NotMet,
            None => Status::Unknown,
        };
        (
            id,
            status,
            v.map_or(Value::None, Value::Bool),
            Value::Bool(true),
        )
    };
    let mut f = vec![boolean(format!("{prefix}.registered"), facts.registered)];
    for c in &cat.criteria {
        let id = c.criterion.id.to_string();
        let v = facts.criteria.get(&id).copied();
        f.push(boolean(id, v));
    }
    let met = f[1..].iter().filter(|x| x.1 == Status::Met).count() as u64;
    let any_not_met = f[1..].iter().any(|x| x.1 == Status::NotMet);
    let any_unknown = f[1..].iter().any(|x| x.1 == Status::Unknown);
    let all = if any_not_met {
        Status::NotMet
    } else if any_unknown {
        Status::Unknown
    } else {
        Status::Met
    };
    let total = cat.criteria.len() as u64;
    f.push((
        format!("{prefix}.all_criteria_met"),
        all,
        Value::Ratio {
            num: met,
            den: total,
        },
        Value::AtLeast(total),
    ));
    let outcome = match (facts.registered, all) {
        (Some(false), _) => ModelUnitOutcome::NotRegistered,
        (_, Status::NotMet) => ModelUnitOutcome::NotRecognised,
        (Some(true), Status::Met) => ModelUnitOutcome::Recognised,
        _ => ModelUnitOutcome::CannotDecide,
    };
    (outcome, f)
}

fn plain(findings: &[Finding]) -> Vec<(String, Status, Value, Value)> {
    findings
        .iter()
        .map(|f| {
            (
                f.criterion.id.to_string(),
                f.status,
                f.observed.clone(),
                f.required.clone(),
            )
        })
        .collect()
}

/// Facts: per catalogue criterion met / not met / left out, registration any of three, and
/// possibly an id the catalogue does not have.
fn facts_for(cat: &Catalogue, per: &[u8], registered: u8, stray: Option<u8>) -> ModelUnitFacts {
    let mut criteria = BTreeMap::new();
    for (c, p) in cat.criteria.iter().zip(per.iter().cycle()) {
        match p % 3 {
            0 => {}
            1 => {
                criteria.insert(c.criterion.id.to_string(), true);
            }
            _ => {
                criteria.insert(c.criterion.id.to_string(), false);
            }
        }
    }
    if let Some(s) = stray {
        // Sorts before, between or after the catalogue's ids.
        let id = ["a.stray", "qd3554.c0.stray", "zz.stray"][usize::from(s % 3)];
        criteria.insert(id.to_owned(), s % 2 == 0);
    }
    ModelUnitFacts {
        registered: [None, Some(true), Some(false)][usize::from(registered % 3)],
        criteria,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    /// For every kind (eligible or not), registration, criteria met / not met / missing, stray
    /// ids, catalogue (QĐ3554, QĐ9745 ×2, JSON) in any order and years in and out of force:
    /// the compact decision and `decide` agree on the result or the error, the statuses and
    /// counts, and `explain` gives `decide`'s findings, which are the rule's.
    #[test]
    fn compact_decision_is_the_full_decision_without_its_findings(
        kind in 0usize..4,
        which in 0usize..10,
        rotate in 0usize..12,
        reverse in any::<bool>(),
        per in proptest::collection::vec(0u8..3, 1..140),
        registered in 0u8..3,
        stray in proptest::option::weighted(0.15, any::<u8>()),
        year in prop_oneof![Just(2026), Just(2024), Just(2025), Just(2022)],
    ) {
        let u = unit(kind);
        let cat = catalogue(which, rotate, reverse);
        let facts = facts_for(&cat, &per, registered, stray);
        let full: Result<_, Error> = decide(&u, year, &cat, &facts);
        let compact = decide_compact(&u, year, &cat, &facts);
        let (full, compact) = match (full, compact) {
            (Err(a), Err(b)) => {
                prop_assert_eq!(a, b);
                return Ok(());
            }
            (Ok(f), Ok(c)) => (f, c),
            (f, c) => {
                prop_assert!(false, "one decided, the other failed: {:?} / {:?}", f.is_ok(), c.is_ok());
                unreachable!()
            }
        };
        // The rule, written out plainly.
        let (outcome, findings) = expected(&u, &cat, &facts);
        prop_assert_eq!(full.outcome, outcome);
        prop_assert_eq!(plain(&full.findings), findings);
        // The compact form.
        prop_assert_eq!(compact.outcome(), full.outcome);
        prop_assert_eq!(compact.is_eligible(), outcome != ModelUnitOutcome::NotEligible);
        prop_assert_eq!(compact.unmet() as usize, unmet_criteria(&full));
        prop_assert_eq!(
            compact.has_open_findings(),
            full.findings.iter().any(|f| matches!(f.status, Status::NotMet | Status::Unknown))
        );
        if compact.is_eligible() {
            prop_assert_eq!(compact.registered(), facts.registered);
            let (registration, summary) = compact.own_criteria();
            prop_assert!(full.findings[0].criterion.same(&registration.into()));
            prop_assert!(full.findings.last().unwrap().criterion.same(&summary.into()));
            let statuses: Vec<Status> = full.findings[1..=cat.criteria.len()].iter().map(|f| f.status).collect();
            let compact_statuses: Vec<Status> =
                (0..cat.criteria.len()).map(|i| compact.status_of(i).unwrap()).collect();
            prop_assert_eq!(compact_statuses, statuses.clone());
            let count = |s| statuses.iter().filter(|&&x| x == s).count() as u32;
            prop_assert_eq!(
                (compact.met(), compact.not_met(), compact.unknown()),
                (count(Status::Met), count(Status::NotMet), count(Status::Unknown))
            );
            for (i, c) in cat.criteria.iter().enumerate() {
                prop_assert!(full.findings[i + 1].criterion.same(&c.criterion));
                prop_assert_eq!(compact.observed(i), facts.criteria.get(c.criterion.id.as_ref()).copied());
            }
        } else {
            prop_assert_eq!(compact.status_of(0), None);
            prop_assert_eq!((compact.met(), compact.not_met(), compact.unknown()), (0, 0, 0));
        }
        prop_assert_eq!(compact.status_of(cat.criteria.len()), None);
        // Findings on demand, from the catalogue: exactly decide's (same objects, values and
        // order); the open ones are decide's not met or unknown, in order.
        let explained = compact.explain(&u);
        prop_assert_eq!(&explained, &full);
        for (a, b) in explained.findings.iter().zip(&full.findings) {
            prop_assert!(a.criterion.same(&b.criterion));
        }
        let mut buffer = vec![full.findings[0].clone()];
        compact.explain_into(&mut buffer);
        prop_assert_eq!(&buffer, &full.findings);
        compact.open_findings_into(&mut buffer);
        let open: Vec<&Finding> = full
            .findings
            .iter()
            .filter(|f| matches!(f.status, Status::NotMet | Status::Unknown))
            .collect();
        prop_assert_eq!(buffer.iter().collect::<Vec<_>>(), open.clone());
        for (a, b) in buffer.iter().zip(&open) {
            prop_assert!(a.criterion.same(&b.criterion));
        }
        prop_assert_eq!(buffer.is_empty(), !compact.has_open_findings());
    }
}

/// A catalogue loaded from JSON may list more than 64 criteria ("every criterion must be met"
/// holds whatever their number): the compact decision keeps the status of each one — the 64th,
/// 65th, 128th, 129th and the last alike — and its findings are `decide`'s, so a criterion past
/// the first 64 not met (or unknown) still decides the outcome and is listed.
#[test]
fn every_criterion_required_past_the_first_64() {
    let base = Catalogue::qd3554();
    let mut cat = base.clone();
    cat.criteria = (0..200)
        .map(|i| {
            let from = &base.criteria[i % base.criteria.len()];
            let mut c: antq::explain::Criterion = (*from.criterion).clone();
            c.id = format!("qd3554.many.{i:03}").into();
            antq::law::qd3554::CatalogueCriterion {
                group: from.group.clone(),
                criterion: c.into(),
            }
        })
        .collect();
    cat.validate().expect("a long catalogue is valid");
    let u = unit(1);
    // Statuses spread over the chunks: met everywhere but at a few places past 64.
    for (not_met, unknown) in [
        (None, None),
        (Some(64), None),
        (Some(130), Some(199)),
        (None, Some(127)),
    ] {
        let mut facts = ModelUnitFacts {
            registered: Some(true),
            ..Default::default()
        };
        for (i, c) in cat.criteria.iter().enumerate() {
            if Some(i) != unknown {
                facts
                    .criteria
                    .insert(c.criterion.id.to_string(), Some(i) != not_met);
            }
        }
        let full = decide(&u, 2026, &cat, &facts).unwrap();
        let compact = decide_compact(&u, 2026, &cat, &facts).unwrap();
        let (outcome, findings) = expected(&u, &cat, &facts);
        assert_eq!(full.outcome, outcome);
        assert_eq!(plain(&full.findings), findings);
        assert_eq!(compact.outcome(), outcome, "{not_met:?} {unknown:?}");
        for (i, c) in cat.criteria.iter().enumerate() {
            let fact = facts.criteria.get(c.criterion.id.as_ref()).copied();
            assert_eq!(compact.observed(i), fact, "criterion {i}");
            assert_eq!(
                compact.status_of(i),
                Some(full.findings[i + 1].status),
                "criterion {i}"
            );
        }
        assert_eq!(compact.observed(200), None);
        assert_eq!(compact.status_of(200), None);
        assert_eq!(compact.explain(&u), full);
        assert_eq!(
            (compact.met(), compact.not_met(), compact.unknown()),
            (
                200 - u32::from(not_met.is_some()) - u32::from(unknown.is_some()),
                u32::from(not_met.is_some()),
                u32::from(unknown.is_some())
            )
        );
    }
}

/// Recognised only when registered and every criterion is met: then no finding is open (the
/// report lists nothing); one criterion unknown, or registration unknown, and the unit cannot
/// be decided and has open findings — under QĐ3554 and both QĐ9745 catalogues.
#[test]
fn recognised_model_unit_has_no_open_findings() {
    for (which, year) in [(0, 2026), (1, 2024), (2, 2024)] {
        let cat = catalogue(which, 0, false);
        let u = unit(if which == 2 { 2 } else { 1 });
        let mut facts = ModelUnitFacts {
            registered: Some(true),
            ..Default::default()
        };
        for c in &cat.criteria {
            facts.criteria.insert(c.criterion.id.to_string(), true);
        }
        let d = decide_compact(&u, year, &cat, &facts).unwrap();
        assert_eq!(d.outcome(), ModelUnitOutcome::Recognised, "{}", cat.name);
        assert!(!d.has_open_findings(), "{}", cat.name);
        let mut open = Vec::new();
        d.open_findings_into(&mut open);
        assert!(open.is_empty(), "{}", cat.name);

        let mut unregistered = facts.clone();
        unregistered.registered = None;
        let mut missing = facts.clone();
        missing
            .criteria
            .remove(cat.criteria[0].criterion.id.as_ref());
        for facts in [unregistered, missing] {
            let d = decide_compact(&u, year, &cat, &facts).unwrap();
            assert_eq!(d.outcome(), ModelUnitOutcome::CannotDecide, "{}", cat.name);
            assert!(d.has_open_findings(), "{}", cat.name);
            d.open_findings_into(&mut open);
            assert!(!open.is_empty(), "{}", cat.name);
        }
    }
}
