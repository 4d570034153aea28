//! The benches' hand-written floors (`benches/floor.rs`) decide what the library decides, on
//! the facts they are benched with and with each kind of criterion broken, missing or passed:
//! a floor that skipped part of the work would make every ratio to it look worse than it is,
//! and one that did more would flatter them. TT124 Đ6 for an enterprise under no provincial
//! rule (`tt124_d6`), and under Sơn La 2026's two tax rules (`tt124_d6_tax_rules`).

#[path = "../benches/floor.rs"]
mod floor;

use antq::law::tt124::{decide_compact, Additions, Facts, SubUnits};
use antq::outcome::SafetyOutcome;
use antq::policy::additions::son_la_2026;
use floor::{benched_facts, enterprise, Bare};

fn bare(outcome: SafetyOutcome) -> Bare {
    match outcome {
        SafetyOutcome::Recognised => Bare::Recognised,
        SafetyOutcome::NotRecognised => Bare::NotRecognised,
        SafetyOutcome::CannotDecide => Bare::CannotDecide,
        SafetyOutcome::ExcludedFromReview(_) => Bare::NotReviewed,
        other => panic!("an enterprise of this size is subject: {other:?}"),
    }
}

/// The facts the tt124 bench decides, `Facts::comfortably_met`, and each change below applied
/// alone to the latter.
fn cases() -> Vec<(&'static str, Facts)> {
    let change = |name, edit: fn(&mut Facts)| {
        let mut f = Facts::comfortably_met();
        edit(&mut f);
        (name, f)
    };
    vec![
        ("benched", benched_facts()),
        ("comfortably_met", Facts::comfortably_met()),
        change("security_plan_unknown", |f| f.security_plan = None),
        change("security_plan_not_met", |f| f.security_plan = Some(false)),
        change("unregistered", |f| f.registered = Some(false)),
        change("no_events_known", |f| f.events = None),
        change("staff_sanctioned", |f| f.staff_security_sanctions = Some(1)),
        change("discipline_unknown", |f| f.discipline = None),
        change("sub_units_at_70", |f| {
            f.sub_units = Some(SubUnits {
                total: 10,
                rated_well: 7,
            })
        }),
        change("sub_units_below_70", |f| {
            f.sub_units = Some(SubUnits {
                total: 10,
                rated_well: 6,
            })
        }),
        change("no_protection_force", |f| {
            f.has_protection_force = Some(false)
        }),
        change("tax_debt", |f| f.tax_debt = Some(true)),
        change("tax_debt_unknown", |f| f.tax_debt = None),
        change("dossier_unknown", |f| f.documents = None),
        change("no_tax_confirmation", |f| {
            if let Some(d) = f.documents.as_mut() {
                d.retain(|d| d != "tax_clearance_confirmation")
            }
        }),
        change("tax_debt_and_not_met", |f| {
            f.tax_debt = Some(true);
            f.security_plan = Some(false);
        }),
    ]
}

#[test]
fn d6_floor_decides_as_the_library_without_provincial_rules() {
    let unit = enterprise();
    let none = Additions::none();
    for (name, f) in cases() {
        let d = decide_compact(&unit, 2026, &f, &none, f.units).unwrap();
        assert_eq!(floor::tt124_d6(&f), bare(d.outcome()), "{name}");
    }
}

#[test]
fn tax_rules_floor_decides_as_the_library_under_son_la_2026() {
    let unit = enterprise();
    let son_la = son_la_2026();
    let mut seen = Vec::new();
    for (name, f) in cases() {
        let d = decide_compact(&unit, 2026, &f, &son_la, None).unwrap();
        let library = bare(d.outcome());
        assert_eq!(floor::tt124_d6_tax_rules(&f), library, "{name}");
        seen.push(library);
    }
    // The cases reach every bare outcome, so the comparison is not of one answer only.
    for b in [
        Bare::Recognised,
        Bare::NotRecognised,
        Bare::CannotDecide,
        Bare::NotReviewed,
    ] {
        assert!(seen.contains(&b), "{b:?} never reached");
    }
}
