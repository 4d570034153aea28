//! The compact decision against the full one, its packed statuses and its shape.

use super::*;
use crate::citation::{Citation, Instrument, Source};
use crate::law::tt124::Effect;
use crate::unit::{ManagingLevel, UnitKind};
use std::borrow::Cow;

/// A residential area of commune `xa`.
fn area() -> Unit {
    Unit::new(
        "kdc",
        "Bản",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("xa")
}

/// A provincial rule (TT124 Đ8 k1) for every kind, its ids owned as a loaded file gives them.
fn loaded(id: &str, effect: Effect) -> AdditionalRule {
    AdditionalRule {
        criterion: Criterion {
            id: Cow::Owned(id.to_owned()),
            source: Source::text(Citation::article(Instrument::Tt124, 8)),
            vi: Cow::Borrowed("Quy định của tỉnh"),
            en: Cow::Borrowed("Provincial rule"),
        }
        .into(),
        applies_to: KindTag::ALL.to_vec(),
        effect,
    }
}

mod direct {
    use super::*;

    /// The full decision through the compact form equals the rule code written straight into
    /// a `Vec<Finding>` (the recorder that keeps everything).
    #[test]
    fn explained_compact_equals_the_direct_full_recorder() {
        let units = [
            area(),
            Unit::new("cq", "Sở", UnitKind::agency(), ManagingLevel::Province),
        ];
        let additions = crate::policy::additions::son_la_2026();
        let mut variants = vec![Facts::comfortably_met(), Facts::all_met()];
        let mut f = Facts::comfortably_met();
        f.registered = Some(false);
        f.events = None;
        f.has_protection_force = Some(false);
        f.tax_debt = Some(true);
        variants.push(f);
        for u in &units {
            for f in &variants {
                let mut direct = Vec::new();
                let ended = decide_with(u, 2026, f, &additions, None, &mut direct).unwrap();
                let c = decide_compact(u, 2026, f, &additions, None).unwrap();
                assert_eq!(c.outcome(), ended.outcome());
                assert_eq!(c.explain(u, f).unwrap().findings, direct, "{}", u.id);
            }
        }
    }
}

mod summary {
    use super::*;
    use crate::law::tt124::decide;

    /// `n` provincial extra criteria (TT124 Đ8 k1), `extra[r<i>]` must be true, for every kind.
    fn rules(n: usize) -> Additions {
        Additions {
            rules: (0..n)
                .map(|i| {
                    loaded(
                        &format!("tinh.r{i}"),
                        Effect::RequireFact(Cow::Owned(format!("r{i}"))),
                    )
                })
                .collect(),
            ..Additions::none()
        }
    }

    /// TT124 Đ1 k2 and Đ4–Đ7: every kind's applicability and article criteria fit the packed
    /// statuses, so the outcome read from them (`Summary`) sees every criterion's status.
    #[test]
    fn d1_k2_and_d4_to_d7_every_kind_s_criteria_fit_the_packed_statuses() {
        for kind in KindTag::ALL {
            let n = applicability::criteria(kind).len() + criteria::article_criteria(kind).len();
            assert!(n <= Statuses::CAPACITY, "{kind:?}: {n} criteria");
        }
    }

    /// TT124 Đ8 k1: a provincial criterion decides the outcome also when its status is past
    /// what the compact form keeps (the 33rd rule): not met → not recognised, not given →
    /// cannot decide, met → recognised; the same rule within the kept statuses (the 32nd)
    /// decides the same way. The compact outcome equals the full decision's each time.
    #[test]
    fn d8_k1_provincial_rule_past_the_kept_statuses_still_decides_the_outcome() {
        let area = area();
        for n in [Statuses::CAPACITY, Statuses::CAPACITY + 1] {
            let additions = rules(n);
            let last = format!("r{}", n - 1);
            for (value, expected) in [
                (Some(false), SafetyOutcome::NotRecognised),
                (None, SafetyOutcome::CannotDecide),
                (Some(true), SafetyOutcome::Recognised),
            ] {
                let mut f = Facts::all_met();
                for i in 0..n - 1 {
                    f.extra.insert(format!("r{i}"), true);
                }
                if let Some(v) = value {
                    f.extra.insert(last.clone(), v);
                }
                let c = decide_compact(&area, 2026, &f, &additions, f.units).unwrap();
                let full = decide(&area, 2026, &f, &additions).unwrap();
                assert_eq!(c.outcome(), expected, "{n} rules, last {value:?}");
                assert_eq!(full.outcome, expected, "{n} rules, last {value:?}");
                assert_eq!(c.is_complete(), n <= Statuses::CAPACITY);
                // Explained from the same facts: every rule listed, the decision's own.
                let explained = c.explain(&area, &f).unwrap();
                assert_eq!(
                    explained.findings, full.findings,
                    "{n} rules, last {value:?}"
                );
                assert_eq!(explained.outcome, expected);
            }
        }
    }
}

/// The compact decision's shape (DESIGN §28.1): a few machine words without drop glue, whose
/// exclusions name the ids of the additions it was decided under.
mod shape {
    use super::*;
    use crate::law::tt124::additions::check;
    use crate::law::tt124::decide;
    use crate::outcome::ExclusionReason;

    /// Issue 14: a decision "costs a few machine words" — nine at most on a 64-bit target
    /// (72 bytes), and nothing to drop, so returning or keeping one copies no text (and it is
    /// `Copy`, which the compiler checks here).
    #[test]
    fn compact_decision_is_at_most_nine_words_and_has_no_drop_glue() {
        fn copy<T: Copy>() {}
        copy::<CompactDecision<'_>>();
        assert!(std::mem::size_of::<CompactDecision<'_>>() <= 72);
        assert!(!std::mem::needs_drop::<CompactDecision<'_>>());
    }

    /// TT124 Đ8 k1: an exclusion by a provincial rule names the rule's id, one for a missing
    /// document names the document — the compact outcome (made on reading, as often as read)
    /// equals the full decision's, for ids loaded as owned text; a unit that the rules do not
    /// exclude is decided on its criteria.
    #[test]
    fn d8_k1_exclusions_name_the_loaded_rule_s_id_and_document() {
        let additions = Additions {
            rules: vec![
                loaded(
                    "tinh.no-thue",
                    Effect::ExcludeWhenFact(Cow::Owned("no".into())),
                ),
                loaded(
                    "tinh.ho-so",
                    Effect::RequireDocument(Cow::Owned("bien-ban".into())),
                ),
            ],
            ..Additions::none()
        };
        let area = area();
        let excluded = SafetyOutcome::ExcludedFromReview;
        let provincial = ExclusionReason::ProvincialExclusion("tinh.no-thue".into());
        let missing = ExclusionReason::MissingDocument("bien-ban".into());
        // (owes, documents, outcome, the reason each rule's own check gives)
        let cases = [
            (
                true,
                vec![],
                excluded(provincial.clone()),
                vec![provincial.clone(), missing.clone()],
            ),
            (
                false,
                vec![],
                excluded(missing.clone()),
                vec![missing.clone()],
            ),
            (
                false,
                vec!["bien-ban".to_owned()],
                SafetyOutcome::Recognised,
                vec![],
            ),
        ];
        for (owes, documents, expected, reasons) in cases {
            let mut f = Facts::all_met();
            f.extra.insert("no".into(), owes);
            f.documents = Some(documents);
            let c = decide_compact(&area, 2026, &f, &additions, f.units).unwrap();
            assert_eq!(c.outcome(), expected, "{owes:?}");
            assert_eq!(
                decide(&area, 2026, &f, &additions).unwrap().outcome,
                expected
            );
            assert!(c.is_subject());
            // The public check of one rule gives that rule's reason.
            let checked: Vec<_> = additions
                .rules
                .iter()
                .filter_map(|r| check(r, &f).1)
                .collect();
            assert_eq!(checked, reasons, "{owes:?}");
        }
    }

    /// A decision explains itself only from the facts it was made from: facts that keep the
    /// outcome (not recognised) but fail another criterion are refused (field `facts`).
    #[test]
    fn d4_explained_only_from_its_own_facts() {
        let additions = Additions::none();
        let area = area();
        let mut first = Facts::all_met();
        first.crime_reduced = Some(false);
        let mut other = Facts::all_met();
        other.households_registered = Some((1, 2));
        let c = decide_compact(&area, 2026, &first, &additions, first.units).unwrap();
        assert_eq!(c.outcome(), SafetyOutcome::NotRecognised);
        let d = decide(&area, 2026, &other, &additions).unwrap();
        assert_eq!(d.outcome, SafetyOutcome::NotRecognised, "the same outcome");
        assert_eq!(c.explain(&area, &first).unwrap().outcome, c.outcome());
        let refused = c.explain(&area, &other).unwrap_err();
        assert!(refused.to_string().contains("facts"), "{refused}");
    }

    /// Đ1 k2 b: a unit not subject says so without making the outcome; the debug form shows
    /// the decision's own fields, decoded, and leaves out the additions it borrows.
    #[test]
    fn d1_k2_b_not_subject_and_the_debug_form() {
        let additions = crate::policy::additions::son_la_2026();
        let barracks = Unit::new(
            "ql",
            "Đơn vị",
            UnitKind::armed_forces_agency(),
            ManagingLevel::Province,
        );
        let f = Facts::all_met();
        let c = decide_compact(&barracks, 2026, &f, &additions, None).unwrap();
        assert!(!c.is_subject());
        let shown = format!("{c:?}");
        assert!(
            shown.starts_with("CompactDecision { outcome: NotSubject(ArmedForces), year: 2026"),
            "{shown}"
        );
        assert!(
            !shown.contains("son_la_2026"),
            "the additions are left out: {shown}"
        );
        assert!(
            shown.contains("statuses: [NotMet], rules: [], notes: [], complete: true"),
            "{shown}"
        );
        assert!(shown.ends_with(".. }"), "{shown}");
    }
}
