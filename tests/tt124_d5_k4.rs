//! TT124 Đ5 k4 — "100% of the commune's units registered, of which ≥ 70% recognised": a commune
//! never passes on facts it does not have. Registration is tallied from each unit's own
//! registration fact (yes / no / not given), recognition from its decision; unknowns keep a half
//! undecided unless the answer cannot change; nothing to count is never a silent 0 of 0.

mod common;

use antq::law::tt124::{decide, decide_with_units, Additions, Facts, UnitCounts};
use antq::outcome::{ExclusionReason, NotSubjectReason};
use antq::policy::Policy;
use antq::unit::{ManagingLevel, Sector, Unit, UnitKind};
use antq::year::{evaluate, YearInput};
use antq::{SafetyOutcome, Status};
use common::*;
use proptest::prelude::*;

const REG: &str = "tt124.d5.k4.registered";
const REC: &str = "tt124.d5.k4.recognised";

fn k4(counts: Option<UnitCounts>) -> (Status, Status, SafetyOutcome) {
    let d = decide_with_units(&commune(), 2026, &passing(), &Additions::none(), counts).unwrap();
    (
        d.finding(REG).unwrap().status,
        d.finding(REC).unwrap().status,
        d.outcome,
    )
}

fn nine_recognised() -> Vec<(Option<bool>, SafetyOutcome)> {
    vec![(Some(true), SafetyOutcome::Recognised); 9]
}

fn tally(units: &[(Option<bool>, SafetyOutcome)]) -> UnitCounts {
    UnitCounts::tally(units.iter().map(|(r, o)| (*r, o)))
}

#[test]
fn tt124_d5_k4_every_unit_registered_is_met() {
    let mut units = nine_recognised();
    units.push((Some(true), SafetyOutcome::NotRecognised));
    let (reg, rec, outcome) = k4(Some(tally(&units)));
    assert_eq!(
        (reg, rec, outcome),
        (Status::Met, Status::Met, SafetyOutcome::Recognised)
    );
}

#[test]
fn tt124_d5_k4_unit_with_registration_not_given_keeps_the_half_unknown() {
    let mut units = nine_recognised();
    units.push((None, SafetyOutcome::CannotDecide));
    let c = tally(&units);
    assert_eq!((c.registered, c.registration_unknown), (9, 1));
    let (reg, rec, outcome) = k4(Some(c));
    // 9 of 10 recognised already meets 70%; registration alone is open.
    assert_eq!((reg, rec), (Status::Unknown, Status::Met));
    assert_eq!(outcome, SafetyOutcome::CannotDecide);
}

#[test]
fn tt124_d5_k4_unknown_registration_does_not_matter_once_a_unit_is_known_unregistered() {
    let mut units = nine_recognised();
    units.push((None, SafetyOutcome::CannotDecide));
    units.push((Some(false), SafetyOutcome::NotRecognised));
    let (reg, _, outcome) = k4(Some(tally(&units)));
    assert_eq!(reg, Status::NotMet);
    assert_eq!(outcome, SafetyOutcome::NotRecognised);
}

#[test]
fn tt124_d5_k4_unregistered_unit_excluded_for_tax_debt_counts_as_unregistered() {
    // Sơn La: tax debt outranks "not registered" in the unit's own outcome, but the commune
    // counts its registration fact.
    let mut units = nine_recognised();
    units.push((
        Some(false),
        SafetyOutcome::ExcludedFromReview(ExclusionReason::ProvincialExclusion(
            "son_la_2026.1b.tax_debt".into(),
        )),
    ));
    let (reg, _, outcome) = k4(Some(tally(&units)));
    assert_eq!(reg, Status::NotMet);
    assert_eq!(outcome, SafetyOutcome::NotRecognised);
}

#[test]
fn tt124_d5_k4_registered_unit_excluded_for_tax_debt_counts_as_registered_not_recognised() {
    let mut units = nine_recognised();
    units.push((
        Some(true),
        SafetyOutcome::ExcludedFromReview(ExclusionReason::ProvincialExclusion(
            "son_la_2026.1b.tax_debt".into(),
        )),
    ));
    let c = tally(&units);
    assert_eq!((c.total, c.registered, c.recognised), (10, 10, 9));
    assert_eq!(k4(Some(c)).0, Status::Met);
}

#[test]
fn tt124_d5_k4_units_not_subject_are_left_out() {
    let mut units = nine_recognised();
    units.push((
        None,
        SafetyOutcome::NotSubject(NotSubjectReason::SmallEnterprise),
    ));
    let c = tally(&units);
    assert_eq!((c.total, c.registration_unknown), (9, 0));
    assert_eq!(k4(Some(c)).2, SafetyOutcome::Recognised);
}

#[test]
fn tt124_d5_k4_no_counts_is_unknown_never_0_of_0() {
    let (reg, rec, outcome) = k4(None);
    assert_eq!((reg, rec), (Status::Unknown, Status::Unknown));
    assert_eq!(outcome, SafetyOutcome::CannotDecide);
}

#[test]
fn tt124_d5_k4_counts_stated_as_zero_units_are_not_applicable() {
    let (reg, rec, outcome) = k4(Some(UnitCounts::default()));
    assert_eq!((reg, rec), (Status::NotApplicable, Status::NotApplicable));
    assert_eq!(outcome, SafetyOutcome::Recognised);
}

#[test]
fn tt124_d5_k4_registration_unknown_above_the_unregistered_units_is_an_input_error() {
    let c = UnitCounts {
        total: 3,
        registered: 2,
        registration_unknown: 2,
        ..Default::default()
    };
    let e = decide_with_units(&commune(), 2026, &passing(), &Additions::none(), Some(c))
        .unwrap_err()
        .to_string();
    assert!(e.contains("units.registration_unknown"), "{e}");
}

// ---- the year pipeline ----

fn small_input() -> YearInput {
    serde_json::from_str(&std::fs::read_to_string("examples/data/year_input_small.json").unwrap())
        .unwrap()
}

#[test]
fn tt124_d5_k4_commune_without_units_in_the_input_cannot_be_decided() {
    let mut input = small_input();
    // Drop every unit of Xã Nậm Mẫu: nothing to count, and no counts are stated.
    input
        .units
        .retain(|u| u.unit.commune.as_ref().map(|c| c.as_str()) != Some("xa-nam-mau"));
    let r = evaluate(&input, &Policy::son_la_2026()).unwrap();
    let c = r
        .units
        .iter()
        .find(|u| u.id.as_str() == "xa-nam-mau")
        .unwrap();
    assert_eq!(c.safety, SafetyOutcome::CannotDecide);
    assert!(c
        .safety_issues
        .iter()
        .any(|i| i.criterion == REG && i.status == Status::Unknown));
}

#[test]
fn tt124_d5_k4_commune_whose_units_are_all_not_subject_uses_only_stated_counts() {
    let mut input = small_input();
    input
        .units
        .retain(|u| u.unit.commune.as_ref().map(|c| c.as_str()) != Some("xa-nam-mau"));
    let shop = Unit::new(
        "xa-nam-mau.cua-hang",
        "Cửa hàng nhỏ",
        UnitKind::Enterprise {
            size: Some(size(Sector::TradeServices, 3, Some(TY), Some(TY))),
        },
        ManagingLevel::Commune,
    )
    .in_commune("xa-nam-mau");
    input.units.push(antq::year::UnitInput::new(shop));
    let r = evaluate(&input, &Policy::son_la_2026()).unwrap();
    let c = r
        .units
        .iter()
        .find(|u| u.id.as_str() == "xa-nam-mau")
        .unwrap();
    assert_eq!(
        c.safety,
        SafetyOutcome::CannotDecide,
        "no subject unit: unknown"
    );
    // Stating the counts (here: no unit subject) decides the clause as not applicable.
    let commune = input
        .units
        .iter_mut()
        .find(|u| u.unit.id.as_str() == "xa-nam-mau")
        .unwrap();
    commune.safety.units = Some(UnitCounts::default());
    let r = evaluate(&input, &Policy::son_la_2026()).unwrap();
    let c = r
        .units
        .iter()
        .find(|u| u.id.as_str() == "xa-nam-mau")
        .unwrap();
    assert!(c
        .safety_issues
        .iter()
        .all(|i| i.criterion != REG && i.criterion != REC));
}

// ---- property: a decided Đ5 k4 answer never depends on what is still unknown ----

/// One unit of the commune: its kind, registration fact, the state of its other facts (all met,
/// one not met, one not given) and its tax debt (read by the Sơn La rule for enterprises).
#[derive(Debug, Clone, Copy)]
struct Gen {
    kind: u8,
    registered: Option<bool>,
    other: u8,
    tax_debt: Option<bool>,
}

fn unit_of(kind: u8, i: usize) -> Unit {
    let mut u = match kind {
        0 => area(),
        1 => agency(),
        2 => enterprise(),
        _ => enterprise_of(size(Sector::TradeServices, 3, Some(TY), Some(TY))),
    };
    u.id = antq::UnitId::new(format!("u-{i}"));
    u
}

fn facts(registered: Option<bool>, other: Option<bool>, tax_debt: Option<bool>) -> Facts {
    let mut f = passing();
    f.registered = registered;
    f.policies_implemented = other;
    f.tax_debt = tax_debt;
    f
}

fn outcome(u: &Unit, f: &Facts) -> SafetyOutcome {
    decide(u, 2026, f, &antq::policy::additions::son_la_2026())
        .unwrap()
        .outcome
}

/// Every (registration fact, outcome) the unit could end with once its unknown facts are known.
fn completions(u: &Unit, g: Gen) -> Vec<(Option<bool>, SafetyOutcome)> {
    let regs: Vec<Option<bool>> = match g.registered {
        None => vec![Some(true), Some(false)],
        r => vec![r],
    };
    let others: Vec<Option<bool>> = match g.other {
        0 => vec![Some(true)],
        1 => vec![Some(false)],
        _ => vec![Some(true), Some(false)],
    };
    let taxes: Vec<Option<bool>> = match g.tax_debt {
        None => vec![Some(false), Some(true)],
        t => vec![t],
    };
    let mut out = Vec::new();
    for &r in &regs {
        for &o in &others {
            for &t in &taxes {
                let pair = (r, outcome(u, &facts(r, o, t)));
                if !out.contains(&pair) {
                    out.push(pair);
                }
            }
        }
    }
    out
}

fn gen() -> impl Strategy<Value = Gen> {
    (
        0u8..4,
        prop_oneof![Just(None), Just(Some(true)), Just(Some(false))],
        0u8..3,
        prop_oneof![Just(None), Just(Some(false)), Just(Some(true))],
    )
        .prop_map(|(kind, registered, other, tax_debt)| Gen {
            kind,
            registered,
            other,
            tax_debt,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    /// TT124 Đ5 k4: a commune is never recognised — and neither half of the clause is decided
    /// — while a unit it must count is undecided in a way that could change the answer.
    #[test]
    fn tt124_d5_k4_never_decided_on_what_is_still_unknown(gens in prop::collection::vec(gen(), 0..5)) {
        let units: Vec<Unit> = gens.iter().enumerate().map(|(i, g)| unit_of(g.kind, i)).collect();
        let actual: Vec<(Option<bool>, SafetyOutcome)> = units
            .iter()
            .zip(&gens)
            .map(|(u, g)| {
                let other = match g.other { 0 => Some(true), 1 => Some(false), _ => None };
                (g.registered, outcome(u, &facts(g.registered, other, g.tax_debt)))
            })
            .collect();
        let (reg, rec, commune) = k4(Some(tally(&actual)));
        let options: Vec<_> = units.iter().zip(&gens).map(|(u, g)| completions(u, *g)).collect();
        // Enumerate every combination of completions.
        let mut idx = vec![0usize; options.len()];
        loop {
            let chosen: Vec<_> = idx.iter().zip(&options).map(|(&i, o)| o[i].clone()).collect();
            let (reg2, rec2, commune2) = k4(Some(tally(&chosen)));
            if commune == SafetyOutcome::Recognised {
                prop_assert_eq!(commune2, SafetyOutcome::Recognised, "{:?} → {:?}", actual, chosen);
            }
            if reg != Status::Unknown {
                prop_assert_eq!(reg2, reg, "registration half changed: {:?} → {:?}", actual, chosen);
            }
            if rec != Status::Unknown {
                prop_assert_eq!(rec2, rec, "recognition half changed: {:?} → {:?}", actual, chosen);
            }
            // Next combination.
            let mut k = 0;
            while k < idx.len() {
                idx[k] += 1;
                if idx[k] < options[k].len() {
                    break;
                }
                idx[k] = 0;
                k += 1;
            }
            if k == idx.len() {
                break;
            }
        }
    }
}
