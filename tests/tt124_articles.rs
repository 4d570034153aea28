//! TT124 Điều 4–7: one scenario per clause and point. Each starts from facts that meet every
//! criterion, breaks one fact, and checks that exactly the criteria of that clause fail.

mod common;

use antq::law::tt124::discipline::{
    DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
};
use antq::law::tt124::{
    criteria, decide, Accident, AccidentKind, Additions, CollectiveRating, Event, Facts,
    SeriousCrime, SubUnits, UnitCounts,
};
use antq::unit::SchoolLevel;
use antq::{Lang, SafetyOutcome, Status};
use common::*;

/// Đ5 k4 counts of a commune with ten units: how many registered, recognised, undecided.
fn of_ten(registered: u32, recognised: u32, undecided: u32) -> Option<UnitCounts> {
    Some(UnitCounts {
        total: 10,
        registered,
        recognised,
        undecided,
        ..Default::default()
    })
}

fn failed_ids(unit: &antq::Unit, f: &Facts) -> (SafetyOutcome, Vec<String>) {
    let d = decide(unit, 2026, f, &Additions::none()).unwrap();
    let ids = d.failed().map(|x| x.criterion.id.to_string()).collect();
    (d.outcome, ids)
}

macro_rules! fails {
    ($name:ident, $unit:expr, [$($crit:literal),+], |$f:ident| $body:block) => {
        #[test]
        fn $name() {
            let unit = $unit;
            let mut $f = passing();
            $body
            let (outcome, failed) = failed_ids(&unit, &$f);
            assert_eq!(outcome, SafetyOutcome::NotRecognised);
            assert_eq!(failed, vec![$($crit.to_string()),+]);
        }
    };
}

#[test]
fn tt124_every_kind_with_every_criterion_met_is_recognised() {
    for unit in every_kind() {
        let d = decide(&unit, 2026, &passing(), &Additions::none()).unwrap();
        assert_eq!(
            d.outcome,
            SafetyOutcome::Recognised,
            "{}",
            d.render(Lang::Vi)
        );
        // every criterion of the article appears exactly once, in order
        let ids: Vec<&str> = d
            .findings
            .iter()
            .map(|f| f.criterion.id.as_ref())
            .filter(|id| {
                id.starts_with("tt124.d4")
                    || id.starts_with("tt124.d5")
                    || id.starts_with("tt124.d6")
                    || id.starts_with("tt124.d7")
            })
            .collect();
        let expected: Vec<&str> = criteria::article_criteria(unit.tag())
            .iter()
            .map(|c| c.id.as_ref())
            .collect();
        assert_eq!(ids, expected, "{}", unit.id);
    }
}

// ---- Điều 4: residential areas ----
fails!(
    tt124_d4_k1_party_cell_resolution_missing,
    area(),
    ["tt124.d4.k1.resolution"],
    |f| {
        f.party_resolution = Some(false);
    }
);
fails!(
    tt124_d4_k1_households_99_of_100_fails,
    area(),
    ["tt124.d4.k1.households"],
    |f| {
        f.households_registered = Some((99, 100));
    }
);
fails!(
    tt124_d4_k2_policy_not_implemented,
    area(),
    ["tt124.d4.k2"],
    |f| {
        f.policies_implemented = Some(false);
    }
);
fails!(
    tt124_d4_k3_a_anti_state_activity,
    area(),
    ["tt124.d4.k3.a"],
    |f| {
        f.events = Some(vec![Event::AntiState]);
    }
);
fails!(tt124_d4_k3_b_sabotage, area(), ["tt124.d4.k3.b"], |f| {
    f.events = Some(vec![Event::Sabotage]);
});
fails!(
    tt124_d4_k3_c_unlawful_religion,
    area(),
    ["tt124.d4.k3.c"],
    |f| {
        f.events = Some(vec![Event::UnlawfulReligion]);
    }
);
fails!(
    tt124_d4_k3_d_exploiting_religion_or_ethnicity,
    area(),
    ["tt124.d4.k3.d"],
    |f| {
        f.events = Some(vec![Event::ExploitingReligionOrEthnicity]);
    }
);
fails!(tt124_d4_k3_dd_separatism, area(), ["tt124.d4.k3.dd"], |f| {
    f.events = Some(vec![Event::Separatism]);
});
fails!(
    tt124_d4_k3_e_prolonged_disputes,
    area(),
    ["tt124.d4.k3.e"],
    |f| {
        f.events = Some(vec![Event::ProlongedDisputes]);
    }
);
fails!(
    tt124_d4_k3_g_incited_crowds,
    area(),
    ["tt124.d4.k3.g"],
    |f| {
        f.events = Some(vec![Event::IncitedCrowds]);
    }
);
fails!(
    tt124_d4_k4_a_crime_not_reduced,
    area(),
    ["tt124.d4.k4.a"],
    |f| {
        f.crime_reduced = Some(false);
    }
);
fails!(
    tt124_d4_k4_b_serious_crime_not_reported_fails,
    area(),
    ["tt124.d4.k4.b"],
    |f| {
        f.serious_crimes = Some(vec![SeriousCrime {
            force_majeure: false,
            promptly_detected: true,
            consequences_contained: true,
            reported_immediately: false,
        }]);
    }
);
fails!(
    tt124_d4_k4_c_new_hotspot,
    area(),
    ["tt124.d4.k4.c.hotspot"],
    |f| {
        f.new_hotspot = Some(true);
    }
);
fails!(
    tt124_d4_k4_c_new_person_with_social_evil,
    area(),
    ["tt124.d4.k4.c.social_evil"],
    |f| {
        f.new_social_evil_person = Some(true);
    }
);
fails!(
    tt124_d4_k4_c_offender_management_ineffective,
    area(),
    ["tt124.d4.k4.c.management"],
    |f| {
        f.offender_management_effective = Some(false);
    }
);
fails!(
    tt124_d4_k4_d_fatal_labour_accident,
    area(),
    ["tt124.d4.k4.d"],
    |f| {
        f.accidents = Some(vec![Accident {
            kind: AccidentKind::FatalLabourAccident,
            force_majeure: false,
        }]);
    }
);
fails!(
    tt124_d4_k5_force_not_completing_tasks,
    area(),
    ["tt124.d4.k5.rating"],
    |f| {
        f.force_rating = Some(CollectiveRating::NotCompleted);
    }
);
fails!(
    tt124_d4_k5_member_reprimanded_fails_any_form,
    area(),
    ["tt124.d4.k5.discipline"],
    |f| {
        f.discipline = Some(vec![DisciplineRecord {
            role: PersonRole::GrassrootsForce,
            person: PersonCategory::Other,
            form: DisciplineForm::KhienTrach,
            ground: Ground::Other,
        }]);
    }
);

#[test]
fn tt124_d4_k4_b_serious_crime_promptly_handled_or_force_majeure_is_excused() {
    let mut f = passing();
    f.serious_crimes = Some(vec![
        SeriousCrime {
            force_majeure: false,
            promptly_detected: true,
            consequences_contained: true,
            reported_immediately: true,
        },
        SeriousCrime {
            force_majeure: true,
            ..SeriousCrime::unexcused()
        },
    ]);
    assert_eq!(failed_ids(&area(), &f), (SafetyOutcome::Recognised, vec![]));
}

#[test]
fn tt124_d4_k4_d_force_majeure_and_out_of_scope_accidents_do_not_count() {
    let mut f = passing();
    f.accidents = Some(vec![
        Accident {
            kind: AccidentKind::SeriousFireOrExplosion,
            force_majeure: true,
        },
        // environmental violations are an Đ6 k3 g matter, not Đ4 k4 d
        Accident {
            kind: AccidentKind::EnvironmentalViolation,
            force_majeure: false,
        },
    ]);
    assert_eq!(failed_ids(&area(), &f).0, SafetyOutcome::Recognised);
}

#[test]
fn tt124_d4_k5_completed_is_enough_for_grassroots_force() {
    let mut f = passing();
    f.force_rating = Some(CollectiveRating::Completed);
    assert_eq!(failed_ids(&area(), &f).0, SafetyOutcome::Recognised);
}

// ---- Điều 5: communes ----
fails!(
    tt124_d5_k1_party_committee_resolution,
    commune(),
    ["tt124.d5.k1.resolution"],
    |f| {
        f.party_resolution = Some(false);
    }
);
fails!(
    tt124_d5_k1_no_security_plan,
    commune(),
    ["tt124.d5.k1.plan"],
    |f| {
        f.security_plan = Some(false);
    }
);
fails!(
    tt124_d5_k1_no_effective_model,
    commune(),
    ["tt124.d5.k1.model"],
    |f| {
        f.effective_models = Some(0);
    }
);
fails!(
    tt124_d5_k2_imports_d4_k3_dd,
    commune(),
    ["tt124.d4.k3.dd"],
    |f| {
        f.events = Some(vec![Event::Separatism]);
    }
);
fails!(
    tt124_d5_k2_imports_d4_k4_b,
    commune(),
    ["tt124.d4.k4.b"],
    |f| {
        f.serious_crimes = Some(vec![SeriousCrime::unexcused()]);
    }
);
fails!(
    tt124_d5_k3_police_ineffective,
    commune(),
    ["tt124.d5.k3.police"],
    |f| {
        f.commune_police_effective = Some(false);
    }
);
fails!(
    tt124_d5_k3_police_officer_disciplined,
    commune(),
    ["tt124.d5.k3.discipline"],
    |f| {
        f.discipline = Some(vec![DisciplineRecord {
            role: PersonRole::CommunePolice,
            person: PersonCategory::CivilServant,
            form: DisciplineForm::KhienTrach,
            ground: Ground::Other,
        }]);
    }
);
fails!(
    tt124_d5_k4_one_unit_unregistered_fails,
    commune(),
    ["tt124.d5.k4.registered"],
    |f| {
        f.units = of_ten(9, 7, 0);
    }
);
fails!(
    tt124_d5_k4_commune_needs_70_percent_recognised_6_of_10_fails,
    commune(),
    ["tt124.d5.k4.recognised"],
    |f| {
        f.units = of_ten(10, 6, 0);
    }
);

#[test]
fn tt124_d5_k4_commune_needs_70_percent_recognised_7_of_10_passes() {
    let mut f = passing();
    f.units = of_ten(10, 7, 0);
    assert_eq!(failed_ids(&commune(), &f).0, SafetyOutcome::Recognised);
}

#[test]
fn tt124_d5_k4_undecided_units_decide_nothing_unless_the_result_is_certain() {
    let mut f = passing();
    // 6 recognised + 2 undecided of 10: 70% is reachable, not certain.
    f.units = of_ten(10, 6, 2);
    assert_eq!(failed_ids(&commune(), &f).0, SafetyOutcome::CannotDecide);
    // 7 recognised + 1 undecided: met whatever the undecided unit becomes.
    f.units = of_ten(10, 7, 1);
    assert_eq!(failed_ids(&commune(), &f).0, SafetyOutcome::Recognised);
    // 5 recognised + 1 undecided: failed whatever it becomes.
    f.units = of_ten(10, 5, 1);
    assert_eq!(failed_ids(&commune(), &f).0, SafetyOutcome::NotRecognised);
}

#[test]
fn tt124_d5_k4_counts_tallied_from_unit_decisions() {
    let mut outcomes = vec![SafetyOutcome::Recognised; 7];
    outcomes.extend(vec![SafetyOutcome::NotRecognised; 3]);
    outcomes.push(SafetyOutcome::NotSubject(
        antq::outcome::NotSubjectReason::SmallEnterprise,
    ));
    let c = UnitCounts::tally(outcomes.iter().map(|o| (Some(true), o)));
    assert_eq!(
        c,
        UnitCounts {
            total: 10,
            registered: 10,
            recognised: 7,
            undecided: 0,

            ..Default::default()
        }
    );
    let d = antq::law::tt124::decide_with_units(
        &commune(),
        2026,
        &passing(),
        &Additions::none(),
        Some(c),
    )
    .unwrap();
    assert_eq!(d.outcome, SafetyOutcome::Recognised);
}

// ---- Điều 6: agencies and enterprises ----
fails!(
    tt124_d6_k1_resolution_where_party_exists,
    agency(),
    ["tt124.d6.k1.resolution"],
    |f| {
        f.party_resolution = Some(false);
    }
);
fails!(tt124_d6_k1_no_plan, agency(), ["tt124.d6.k1.plan"], |f| {
    f.security_plan = Some(false);
});
fails!(
    tt124_d6_k1_no_internal_rules,
    enterprise(),
    ["tt124.d6.k1.rules"],
    |f| {
        f.internal_rules = Some(false);
    }
);
fails!(
    tt124_d6_k1_one_worker_not_briefed,
    enterprise(),
    ["tt124.d6.k1.briefed"],
    |f| {
        f.people_briefed = Some((59, 60));
    }
);
fails!(
    tt124_d6_k1_no_effective_model,
    agency(),
    ["tt124.d6.k1.model"],
    |f| {
        f.effective_models = Some(0);
    }
);
fails!(
    tt124_d6_k2_not_implemented,
    agency(),
    ["tt124.d6.k2"],
    |f| {
        f.policies_implemented = Some(false);
    }
);
fails!(
    tt124_d6_k3_a_unlawful_religion,
    agency(),
    ["tt124.d6.k3.a"],
    |f| {
        f.events = Some(vec![Event::UnlawfulReligion]);
    }
);
fails!(
    tt124_d6_k3_b_exploitation,
    agency(),
    ["tt124.d6.k3.b"],
    |f| {
        f.events = Some(vec![Event::ExploitingReligionOrEthnicity]);
    }
);
fails!(
    tt124_d6_k3_c_incited_crowds,
    agency(),
    ["tt124.d6.k3.c"],
    |f| {
        f.events = Some(vec![Event::IncitedCrowds]);
    }
);
fails!(
    tt124_d6_k3_d_unlawful_strike,
    enterprise(),
    ["tt124.d6.k3.d"],
    |f| {
        f.events = Some(vec![Event::UnlawfulStrike]);
    }
);
fails!(
    tt124_d6_k3_dd_serious_crime_not_contained,
    enterprise(),
    ["tt124.d6.k3.dd"],
    |f| {
        f.serious_crimes = Some(vec![SeriousCrime {
            force_majeure: false,
            promptly_detected: true,
            consequences_contained: false,
            reported_immediately: true,
        }]);
    }
);
fails!(
    tt124_d6_k3_e_state_secret_breach,
    agency(),
    ["tt124.d6.k3.e"],
    |f| {
        f.events = Some(vec![Event::StateSecretBreach]);
    }
);
fails!(
    tt124_d6_k3_g_food_safety_violation,
    enterprise(),
    ["tt124.d6.k3.g"],
    |f| {
        f.accidents = Some(vec![Accident {
            kind: AccidentKind::FoodSafetyViolation,
            force_majeure: false,
        }]);
    }
);
fails!(
    tt124_d6_k3_h_staff_in_social_evil_warned,
    agency(),
    ["tt124.d6.k3.h", "tt124.d6.k5.discipline"],
    |f| {
        f.discipline = Some(vec![DisciplineRecord {
            role: PersonRole::Staff,
            person: PersonCategory::CivilServant,
            form: DisciplineForm::CanhCao,
            ground: Ground::SocialEvil,
        }]);
    }
);
fails!(
    tt124_d6_k4_force_only_completed,
    enterprise(),
    ["tt124.d6.k4.rating"],
    |f| {
        f.force_rating = Some(CollectiveRating::Completed);
    }
);
fails!(
    tt124_d6_k4_guard_warned,
    enterprise(),
    ["tt124.d6.k4.discipline"],
    |f| {
        f.discipline = Some(vec![DisciplineRecord {
            role: PersonRole::ProtectionForce,
            person: PersonCategory::PublicEmployee,
            form: DisciplineForm::CanhCao,
            ground: Ground::Other,
        }]);
    }
);
fails!(
    tt124_d6_k5_6_of_10_sub_units_fails,
    agency(),
    ["tt124.d6.k5.share"],
    |f| {
        f.sub_units = Some(SubUnits {
            total: 10,
            rated_well: 6,
        });
    }
);
fails!(
    tt124_d6_k5_staff_demoted_fails,
    agency(),
    ["tt124.d6.k5.discipline"],
    |f| {
        f.discipline = Some(vec![DisciplineRecord {
            role: PersonRole::Staff,
            person: PersonCategory::CivilServant,
            form: DisciplineForm::GiangChuc,
            ground: Ground::Other,
        }]);
    }
);

#[test]
fn tt124_d6_k4_k5_reprimand_is_below_warning_and_passes() {
    let mut f = passing();
    f.discipline = Some(vec![
        DisciplineRecord {
            role: PersonRole::Staff,
            person: PersonCategory::CivilServant,
            form: DisciplineForm::KhienTrach,
            ground: Ground::SocialEvil,
        },
        DisciplineRecord {
            role: PersonRole::ProtectionForce,
            person: PersonCategory::Worker,
            form: DisciplineForm::KhienTrach,
            ground: Ground::Other,
        },
    ]);
    assert_eq!(
        failed_ids(&agency(), &f),
        (SafetyOutcome::Recognised, vec![])
    );
}

#[test]
fn tt124_d6_k5_7_of_10_sub_units_passes_and_10_of_10_with_advanced_title_passes() {
    let mut f = passing();
    f.sub_units = Some(SubUnits {
        total: 10,
        rated_well: 7,
    });
    f.force_rating = Some(CollectiveRating::AdvancedLabourCollective);
    assert_eq!(failed_ids(&agency(), &f).0, SafetyOutcome::Recognised);
}

#[test]
fn tt124_d6_k1_no_party_organisation_makes_resolution_not_applicable() {
    let mut f = passing();
    f.has_party_organisation = Some(false);
    f.party_resolution = None;
    let d = decide(&enterprise(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(d.outcome, SafetyOutcome::Recognised);
    assert_eq!(
        d.finding("tt124.d6.k1.resolution").unwrap().status,
        Status::NotApplicable
    );
}

#[test]
fn tt124_d6_k5_worker_dismissal_counts_as_warning_or_above_provisionally() {
    let mut f = passing();
    f.discipline = Some(vec![DisciplineRecord {
        role: PersonRole::Staff,
        person: PersonCategory::Worker,
        form: DisciplineForm::SaThai,
        ground: Ground::Other,
    }]);
    let d = decide(&enterprise(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(d.outcome, SafetyOutcome::NotRecognised);
    let provisional: Vec<_> = d.provisional().map(|x| x.criterion.id.as_ref()).collect();
    assert_eq!(
        provisional,
        vec!["antq.provisional.worker_warning_equivalence"]
    );
}

#[test]
fn tt124_d6_worker_cannot_receive_a_warning_form() {
    let mut f = passing();
    f.discipline = Some(vec![DisciplineRecord {
        role: PersonRole::Staff,
        person: PersonCategory::Worker,
        form: DisciplineForm::CanhCao,
        ground: Ground::Other,
    }]);
    let e = decide(&enterprise(), 2026, &f, &Additions::none()).unwrap_err();
    assert_eq!(e.field(), Some("discipline[0].form"));
    assert!(e.to_string().contains("dn-1"));
}

// ---- Điều 7: schools ----
fails!(
    tt124_d7_k1_learners_not_all_briefed,
    school(SchoolLevel::UpperSecondary),
    ["tt124.d7.k1.briefed"],
    |f| {
        f.people_briefed = Some((899, 900));
    }
);
fails!(
    tt124_d7_k2_no_parent_coordination_in_general_education,
    school(SchoolLevel::LowerSecondary),
    ["tt124.d7.k2.parents"],
    |f| {
        f.parent_coordination = Some(false);
    }
);
fails!(
    tt124_d7_k3_imports_d6_k3_e,
    school(SchoolLevel::HigherEducation),
    ["tt124.d6.k3.e"],
    |f| {
        f.events = Some(vec![Event::StateSecretBreach]);
    }
);
fails!(
    tt124_d7_k4_school_violence,
    school(SchoolLevel::UpperSecondary),
    ["tt124.d7.k4.violence"],
    |f| {
        f.school_violence = Some(true);
    }
);
fails!(
    tt124_d7_k4_learner_crime_warned,
    school(SchoolLevel::UpperSecondary),
    ["tt124.d7.k4.discipline"],
    |f| {
        f.discipline = Some(vec![DisciplineRecord {
            role: PersonRole::Learner,
            person: PersonCategory::Learner,
            form: DisciplineForm::CanhCao,
            ground: Ground::Crime,
        }]);
    }
);
fails!(
    tt124_d7_k5_guard_rating,
    school(SchoolLevel::UpperSecondary),
    ["tt124.d7.k5.rating"],
    |f| {
        f.force_rating = Some(CollectiveRating::NotCompleted);
    }
);
fails!(
    tt124_d7_k6_6_of_10_departments,
    school(SchoolLevel::Vocational),
    ["tt124.d7.k6.share"],
    |f| {
        f.sub_units = Some(SubUnits {
            total: 10,
            rated_well: 6,
        });
    }
);

#[test]
fn tt124_d7_k3_does_not_import_d6_k3_d_strikes() {
    let mut f = passing();
    f.events = Some(vec![Event::UnlawfulStrike]);
    assert_eq!(
        failed_ids(&school(SchoolLevel::UpperSecondary), &f).0,
        SafetyOutcome::Recognised
    );
}

#[test]
fn tt124_d7_k2_parent_coordination_not_applicable_to_universities() {
    let mut f = passing();
    f.parent_coordination = None;
    let d = decide(
        &school(SchoolLevel::HigherEducation),
        2026,
        &f,
        &Additions::none(),
    )
    .unwrap();
    assert_eq!(d.outcome, SafetyOutcome::Recognised);
    assert_eq!(
        d.finding("tt124.d7.k2.parents").unwrap().status,
        Status::NotApplicable
    );
}

#[test]
fn tt124_d7_k5_school_without_protection_force_is_not_applicable() {
    let mut f = passing();
    f.has_protection_force = Some(false);
    f.force_rating = None;
    let d = decide(
        &school(SchoolLevel::UpperSecondary),
        2026,
        &f,
        &Additions::none(),
    )
    .unwrap();
    assert_eq!(d.outcome, SafetyOutcome::Recognised);
    assert_eq!(
        d.finding("tt124.d7.k5.rating").unwrap().status,
        Status::NotApplicable
    );
}
