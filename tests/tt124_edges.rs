//! Edges of the tt124 rules that the clause-named test files did not pin: tests added to kill
//! surviving mutants (DESIGN §15.1), each named after the clause it pins.

mod common;

use antq::law::tt124::{decide, AdditionalRule, Additions, Effect};
use antq::outcome::ExclusionReason;
use antq::SafetyOutcome;
use common::*;

fn rule(id: &str, effect: Effect) -> AdditionalRule {
    provincial_rule(id, effect)
}

/// Two provincial reasons of one kind that both apply: the first rule is the reason; once only
/// the second applies, it is. Checked for exclusions by a fact and for missing documents.
#[test]
fn tt124_d8_k1_of_two_provincial_reasons_that_apply_the_first_is_the_reason() {
    type Setup = fn(&mut antq::law::tt124::Facts, bool);
    let cases: [(Effect, Effect, Setup, ExclusionReason, ExclusionReason); 2] = [
        (
            Effect::ExcludeWhenFact("a".into()),
            Effect::ExcludeWhenFact("b".into()),
            |f, first_applies| {
                f.extra.insert("a".into(), first_applies);
                f.extra.insert("b".into(), true);
            },
            ExclusionReason::ProvincialExclusion("p.first".into()),
            ExclusionReason::ProvincialExclusion("p.second".into()),
        ),
        (
            Effect::RequireDocument("doc-1".into()),
            Effect::RequireDocument("doc-2".into()),
            |f, first_applies| {
                f.documents = Some(if first_applies {
                    vec![]
                } else {
                    vec!["doc-1".into()]
                });
            },
            ExclusionReason::MissingDocument("doc-1".into()),
            ExclusionReason::MissingDocument("doc-2".into()),
        ),
    ];
    for (first, second, setup, first_reason, second_reason) in cases {
        let additions = Additions {
            rules: vec![rule("p.first", first), rule("p.second", second)],
            ..Additions::none()
        };
        for (first_applies, reason) in [(true, first_reason), (false, second_reason)] {
            let mut f = passing();
            setup(&mut f, first_applies);
            let d = decide(&agency(), 2026, &f, &additions).unwrap();
            assert_eq!(d.outcome, SafetyOutcome::ExcludedFromReview(reason));
        }
    }
}

#[test]
fn tt124_d1_k2_b_the_school_level_finding_names_the_level_and_fails_only_below_secondary() {
    use antq::explain::{Status, Value};
    use antq::unit::SchoolLevel::*;
    for (level, name, status) in [
        (Creche, "nhà trẻ", Status::NotMet),
        (Preschool, "mầm non", Status::NotMet),
        (Primary, "tiểu học", Status::NotMet),
        (LowerSecondary, "trung học cơ sở", Status::Met),
        (UpperSecondary, "trung học phổ thông", Status::Met),
        (MultiLevelGeneral, "phổ thông nhiều cấp", Status::Met),
        (ContinuingEducation, "giáo dục thường xuyên", Status::Met),
        (Vocational, "giáo dục nghề nghiệp", Status::Met),
        (HigherEducation, "giáo dục đại học", Status::Met),
    ] {
        let d = decide(&school(level), 2026, &passing(), &Additions::none()).unwrap();
        let f = d
            .findings
            .iter()
            .find(|f| f.criterion.id == "tt124.d1.k2.b.school_level")
            .unwrap();
        assert_eq!(f.observed, Value::Text(name.into()), "{level:?}");
        assert_eq!(f.status, status, "{level:?}");
    }
}

#[test]
fn tt124_d6_k4_k5_worker_forms_of_a_guard_and_of_staff_both_counted_keep_the_provisional_note() {
    use antq::law::tt124::discipline::{
        DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
    };
    let worker = |role, form| DisciplineRecord {
        role,
        person: PersonCategory::Worker,
        form,
        ground: Ground::Other,
    };
    let note = "antq.provisional.worker_warning_equivalence";
    for records in [
        vec![worker(PersonRole::ProtectionForce, DisciplineForm::SaThai)],
        vec![worker(PersonRole::Staff, DisciplineForm::CachChuc)],
        vec![
            worker(PersonRole::ProtectionForce, DisciplineForm::SaThai),
            worker(PersonRole::Staff, DisciplineForm::CachChuc),
        ],
    ] {
        let mut f = passing();
        f.has_protection_force = Some(true);
        f.discipline = Some(records.clone());
        let d = decide(&enterprise(), 2026, &f, &Additions::none()).unwrap();
        assert_eq!(d.outcome, SafetyOutcome::NotRecognised, "{records:?}");
        let provisional: Vec<_> = d.provisional().map(|x| x.criterion.id.as_ref()).collect();
        assert_eq!(provisional, [note], "{records:?}");
    }
}

#[test]
fn tt124_d7_k6_a_school_staff_worker_removed_from_post_is_counted_with_the_provisional_note() {
    use antq::law::tt124::discipline::{
        DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
    };
    use antq::unit::SchoolLevel;
    let note = "antq.provisional.worker_warning_equivalence";
    let mut f = passing();
    f.discipline = Some(vec![DisciplineRecord {
        role: PersonRole::Staff,
        person: PersonCategory::Worker,
        form: DisciplineForm::CachChuc,
        ground: Ground::Other,
    }]);
    let d = decide(
        &school(SchoolLevel::UpperSecondary),
        2026,
        &f,
        &Additions::none(),
    )
    .unwrap();
    assert_eq!(d.outcome, SafetyOutcome::NotRecognised);
    let provisional: Vec<_> = d.provisional().map(|x| x.criterion.id.as_ref()).collect();
    assert_eq!(provisional, [note]);
    // A reprimand (below a warning on every scale) is not counted and needs no note.
    f.discipline.as_mut().unwrap()[0].form = DisciplineForm::KhienTrach;
    let d = decide(
        &school(SchoolLevel::UpperSecondary),
        2026,
        &f,
        &Additions::none(),
    )
    .unwrap();
    assert_eq!(d.outcome, SafetyOutcome::Recognised);
    assert_eq!(d.provisional().count(), 0);
}

#[test]
fn tt124_d6_k4_force_rating_completed_well_or_better_and_the_finding_names_both_ratings() {
    use antq::explain::{Status, Value};
    use antq::law::tt124::CollectiveRating::*;
    for (rating, name, status) in [
        (NotCompleted, "không hoàn thành nhiệm vụ", Status::NotMet),
        (Completed, "hoàn thành nhiệm vụ", Status::NotMet),
        (CompletedWell, "hoàn thành tốt nhiệm vụ", Status::Met),
        (
            AdvancedLabourCollective,
            "tập thể lao động tiên tiến",
            Status::Met,
        ),
        (Excellent, "xuất sắc", Status::Met),
    ] {
        let mut f = passing();
        f.has_protection_force = Some(true);
        f.force_rating = Some(rating);
        let d = decide(&enterprise(), 2026, &f, &Additions::none()).unwrap();
        let r = d.finding("tt124.d6.k4.rating").unwrap();
        assert_eq!(r.status, status, "{rating:?}");
        assert_eq!(r.observed, Value::Text(name.into()), "{rating:?}");
        assert_eq!(r.required, Value::Text("hoàn thành tốt nhiệm vụ".into()));
    }
}

#[test]
fn tt124_d6_k5_no_sub_units_is_not_applicable_one_rated_well_of_one_is_met() {
    use antq::explain::{Status, Value};
    use antq::law::tt124::SubUnits;
    let share = |total, rated_well| {
        let mut f = passing();
        f.sub_units = Some(SubUnits { total, rated_well });
        let d = decide(&enterprise(), 2026, &f, &Additions::none()).unwrap();
        let s = d.finding("tt124.d6.k5.share").unwrap();
        (s.status, s.observed.clone())
    };
    assert_eq!(share(0, 0), (Status::NotApplicable, Value::Count(0)));
    assert_eq!(share(1, 1).0, Status::Met);
    assert_eq!(share(1, 0).0, Status::NotMet);
}

#[test]
fn tt124_d6_k3_h_a_warning_on_the_civil_servant_scale_needs_no_provisional_note() {
    use antq::law::tt124::discipline::{
        DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
    };
    let mut f = passing();
    f.discipline = Some(vec![DisciplineRecord {
        role: PersonRole::Staff,
        person: PersonCategory::CivilServant,
        form: DisciplineForm::CanhCao,
        ground: Ground::SocialEvil,
    }]);
    let d = decide(&enterprise(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(d.outcome, SafetyOutcome::NotRecognised);
    assert_eq!(
        d.finding("tt124.d6.k3.h").unwrap().status,
        antq::Status::NotMet
    );
    assert_eq!(d.provisional().count(), 0);
}

#[test]
fn tt124_d6_k3_h_a_worker_form_counted_only_under_the_limb_keeps_the_provisional_note() {
    use antq::law::tt124::discipline::{
        DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
    };
    // A guard's record where the enterprise has no protection force (Đ6 k4 does not apply):
    // only Đ6 k3 h (social evil, dismissal) counts it.
    let mut f = passing();
    f.has_protection_force = Some(false);
    f.discipline = Some(vec![DisciplineRecord {
        role: PersonRole::ProtectionForce,
        person: PersonCategory::Worker,
        form: DisciplineForm::SaThai,
        ground: Ground::SocialEvil,
    }]);
    let d = decide(&enterprise(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(
        d.finding("tt124.d6.k3.h").unwrap().status,
        antq::Status::NotMet
    );
    let provisional: Vec<_> = d.provisional().map(|x| x.criterion.id.as_ref()).collect();
    assert!(
        provisional.contains(&"antq.provisional.worker_warning_equivalence"),
        "{provisional:?}"
    );
}

#[test]
fn tt124_discipline_other_persons_warning_counts_and_each_record_reads_its_own_scale() {
    use antq::law::tt124::discipline::{
        DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole, Severity,
    };
    let record = |person, form| DisciplineRecord {
        role: PersonRole::Staff,
        person,
        form,
        ground: Ground::Other,
    };
    let other = record(PersonCategory::Other, DisciplineForm::CanhCao);
    assert_eq!(other.severity(), Some(Severity::WarningOrAbove));
    assert_eq!(
        record(PersonCategory::Worker, DisciplineForm::SaThai).severity(),
        Some(Severity::WarningOrAboveProvisional)
    );
    assert_eq!(
        record(PersonCategory::Worker, DisciplineForm::CanhCao).severity(),
        None
    );
    let mut f = passing();
    f.discipline = Some(vec![other]);
    let d = decide(&enterprise(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(d.outcome, SafetyOutcome::NotRecognised);
}

#[test]
fn tt124_serious_crime_of_force_majeure_is_excused_an_unexcused_one_is_not() {
    use antq::law::tt124::SeriousCrime;
    assert!(SeriousCrime::force_majeure().excused());
    assert!(!SeriousCrime::unexcused().excused());
    assert!(SeriousCrime::handled_promptly().excused());
}

#[test]
fn tt124_d5_k4_counts_keep_units_of_unknown_registration_through_json() {
    use antq::law::tt124::UnitCounts;
    let counts = UnitCounts {
        total: 10,
        registered: 7,
        recognised: 7,
        undecided: 0,
        registration_unknown: 2,
    };
    let json = serde_json::to_string(&counts).unwrap();
    assert!(json.contains("\"registration_unknown\":2"), "{json}");
    assert_eq!(serde_json::from_str::<UnitCounts>(&json).unwrap(), counts);
    let none_unknown = UnitCounts {
        registration_unknown: 0,
        ..counts
    };
    let json = serde_json::to_string(&none_unknown).unwrap();
    assert!(!json.contains("registration_unknown"), "{json}");
}

#[test]
fn tt124_d5_k4_undecided_units_are_at_most_those_not_recognised() {
    use antq::law::tt124::{decide_with_units, UnitCounts};
    let counts = |undecided| UnitCounts {
        total: 10,
        registered: 10,
        recognised: 5,
        undecided,
        registration_unknown: 0,
    };
    let run = |c| decide_with_units(&commune(), 2026, &passing(), &Additions::none(), Some(c));
    assert!(run(counts(5)).is_ok());
    assert_eq!(run(counts(6)).unwrap_err().field(), Some("units.undecided"));
}

#[test]
fn tt124_facts_with_accident_adds_it_to_the_baseline_and_keeps_the_rest() {
    use antq::law::tt124::{Accident, Facts};
    let base = Facts::comfortably_met();
    let accident = base.accidents.as_ref().and_then(|a| a.first()).copied();
    let accident = accident.unwrap_or(Accident {
        kind: antq::law::tt124::AccidentKind::FatalLabourAccident,
        force_majeure: true,
    });
    let f = base.clone().with_accident(accident);
    assert_eq!(f.accidents.as_ref().unwrap().last(), Some(&accident));
    assert_eq!(f.security_plan, base.security_plan);
}

#[test]
fn tt124_facts_with_discipline_adds_the_record_to_the_baseline_and_keeps_the_rest() {
    use antq::law::tt124::discipline::{
        DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
    };
    use antq::law::tt124::Facts;
    let record = DisciplineRecord {
        role: PersonRole::Staff,
        person: PersonCategory::CivilServant,
        form: DisciplineForm::KhienTrach,
        ground: Ground::Other,
    };
    let base = Facts::comfortably_met();
    let f = base.clone().with_discipline(record);
    assert_eq!(f.discipline.as_ref().unwrap().last(), Some(&record));
    assert_eq!(f.security_plan, base.security_plan);
}

#[test]
fn tt124_d8_k1_a_provincial_required_fact_fails_when_false_passes_when_true_unknown_when_absent() {
    let additions = Additions {
        rules: vec![rule("p.required", Effect::RequireFact("ban_giao".into()))],
        ..Additions::none()
    };
    let status = |f: &antq::law::tt124::Facts| {
        let d = decide(&agency(), 2026, f, &additions).unwrap();
        let s = d.finding("p.required").map(|x| x.status);
        (d.outcome, s)
    };
    let mut f = passing();
    f.extra.insert("ban_giao".into(), false);
    assert_eq!(
        status(&f),
        (SafetyOutcome::NotRecognised, Some(antq::Status::NotMet))
    );
    f.extra.insert("ban_giao".into(), true);
    assert_eq!(
        status(&f),
        (SafetyOutcome::Recognised, Some(antq::Status::Met))
    );
    f.extra.remove("ban_giao");
    assert_eq!(
        status(&f),
        (SafetyOutcome::CannotDecide, Some(antq::Status::Unknown))
    );
}

#[test]
fn tt124_d1_k2_b_the_public_applicability_check_excludes_armed_forces_and_small_enterprises() {
    use antq::law::tt124::applicability;
    use antq::outcome::NotSubjectReason;
    use antq::unit::{ManagingLevel, Unit, UnitKind};
    let mut out = Vec::new();
    let armed = Unit::new(
        "cq-qd",
        "Đơn vị quân đội",
        UnitKind::Agency { armed_forces: true },
        ManagingLevel::Province,
    );
    assert_eq!(
        applicability(&armed, &mut out).unwrap(),
        Some(NotSubjectReason::ArmedForces)
    );
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].status, antq::Status::NotMet);
    out.clear();
    assert_eq!(applicability(&agency(), &mut out).unwrap(), None);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].status, antq::Status::Met);
}

#[test]
fn tt124_d6_k3_h_under_the_discipline_required_reading_a_worker_form_keeps_the_provisional_note() {
    use antq::law::tt124::discipline::{
        DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
    };
    use antq::law::tt124::readings::SanctionReading;
    let mut additions = Additions::none();
    additions.readings.d6_k3_h = SanctionReading::DisciplineRequired;
    let mut f = passing();
    f.discipline = Some(vec![DisciplineRecord {
        role: PersonRole::Staff,
        person: PersonCategory::Worker,
        form: DisciplineForm::SaThai,
        ground: Ground::SecurityOrderSanction,
    }]);
    let d = decide(&enterprise(), 2026, &f, &additions).unwrap();
    assert_eq!(d.outcome, SafetyOutcome::NotRecognised);
    let provisional: Vec<_> = d.provisional().map(|x| x.criterion.id.as_ref()).collect();
    assert!(
        provisional.contains(&"antq.provisional.worker_warning_equivalence"),
        "{provisional:?}"
    );
}
