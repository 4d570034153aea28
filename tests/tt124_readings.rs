//! The readings of ambiguous TT124 clauses (DESIGN.md §13): each clause on both sides of its
//! line under the default reading, the alternative reading, and the note that says which reading
//! decided the criterion.

mod common;

use antq::law::tt124::discipline::{
    DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
};
use antq::law::tt124::readings::{
    CrimeReading, PartyOrganisationReading, ProtectionForceReading, SanctionReading,
    UnregisteredReading,
};
use antq::law::tt124::{decide, Additions, Facts, Readings};
use antq::outcome::ExclusionReason;
use antq::unit::SchoolLevel;
use antq::{Decision, SafetyOutcome, Status};
use common::*;

fn with(readings: Readings) -> Additions {
    Additions {
        readings,
        ..Additions::none()
    }
}

fn status(d: &Decision<SafetyOutcome>, id: &str) -> Status {
    d.finding(id)
        .unwrap_or_else(|| panic!("{id} missing"))
        .status
}

fn noted(d: &Decision<SafetyOutcome>, id: &str) -> bool {
    d.findings.iter().any(|f| f.criterion.id == id)
}

fn record(
    role: PersonRole,
    person: PersonCategory,
    form: DisciplineForm,
    ground: Ground,
) -> DisciplineRecord {
    DisciplineRecord {
        role,
        person,
        form,
        ground,
    }
}

const H: &str = "tt124.d6.k3.h";
const H_NOTE: &str = "antq.reading.d6_k3_h";

// ---- Đ6 k3 h: an administrative sanction in the security-and-order field ----

#[test]
fn tt124_d6_k3_h_no_staff_sanctioned_is_met() {
    let d = decide(&agency(), 2026, &passing(), &Additions::none()).unwrap();
    assert_eq!(status(&d, H), Status::Met);
    assert_eq!(d.outcome, SafetyOutcome::Recognised);
    assert!(!noted(&d, H_NOTE), "no reading decided anything");
}

#[test]
fn tt124_d6_k3_h_one_staff_sanctioned_fails_on_its_own_by_default() {
    let mut f = passing();
    f.staff_security_sanctions = Some(1);
    let d = decide(&agency(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(status(&d, H), Status::NotMet);
    assert_eq!(d.outcome, SafetyOutcome::NotRecognised);
    let note = d.finding(H_NOTE).expect("the reading decided it");
    assert!(note.criterion.source.is_provisional());
    assert!(note.criterion.vi.contains("riêng"));
}

#[test]
fn tt124_d6_k3_h_sanction_without_discipline_passes_under_the_discipline_reading() {
    let mut f = passing();
    f.staff_security_sanctions = Some(1);
    let r = Readings {
        d6_k3_h: SanctionReading::DisciplineRequired,
        ..Readings::default()
    };
    let d = decide(&enterprise(), 2026, &f, &with(r)).unwrap();
    assert_eq!(status(&d, H), Status::Met);
    assert_eq!(d.outcome, SafetyOutcome::Recognised);
    let note = d.finding(H_NOTE).expect("the reading decided it");
    assert!(note.criterion.vi.contains("kèm kỷ luật"));
}

#[test]
fn tt124_d6_k3_h_sanction_with_warning_fails_under_both_readings_and_no_reading_decided() {
    let mut f = passing();
    f.staff_security_sanctions = Some(1);
    f.discipline = Some(vec![record(
        PersonRole::Staff,
        PersonCategory::CivilServant,
        DisciplineForm::CanhCao,
        Ground::SecurityOrderSanction,
    )]);
    for reading in [
        SanctionReading::SanctionAlone,
        SanctionReading::DisciplineRequired,
    ] {
        let r = Readings {
            d6_k3_h: reading,
            ..Readings::default()
        };
        let d = decide(&agency(), 2026, &f, &with(r)).unwrap();
        assert_eq!(status(&d, H), Status::NotMet, "{reading:?}");
        assert!(!noted(&d, H_NOTE), "{reading:?}");
    }
}

#[test]
fn tt124_d6_k3_h_sanction_count_not_given_is_unknown_by_default() {
    let mut f = passing();
    f.staff_security_sanctions = None;
    let d = decide(&agency(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(status(&d, H), Status::Unknown);
    assert_eq!(d.outcome, SafetyOutcome::CannotDecide);
    // Under the other reading the count is not read at all.
    let r = Readings {
        d6_k3_h: SanctionReading::DisciplineRequired,
        ..Readings::default()
    };
    let d = decide(&agency(), 2026, &f, &with(r)).unwrap();
    assert_eq!(status(&d, H), Status::Met);
}

#[test]
fn tt124_d6_k3_h_a_sanction_on_record_decides_even_when_the_count_is_missing() {
    let mut f = passing();
    f.staff_security_sanctions = None;
    f.discipline = Some(vec![record(
        PersonRole::Staff,
        PersonCategory::PublicEmployee,
        DisciplineForm::KhienTrach,
        Ground::SecurityOrderSanction,
    )]);
    let d = decide(&agency(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(status(&d, H), Status::NotMet);
    assert_eq!(d.outcome, SafetyOutcome::NotRecognised);
}

#[test]
fn tt124_d6_k3_h_social_evil_counts_from_warning_not_from_reprimand() {
    for (form, expected) in [
        (DisciplineForm::KhienTrach, Status::Met),
        (DisciplineForm::CanhCao, Status::NotMet),
    ] {
        let mut f = passing();
        f.discipline = Some(vec![record(
            PersonRole::Staff,
            PersonCategory::CivilServant,
            form,
            Ground::SocialEvil,
        )]);
        let d = decide(&agency(), 2026, &f, &Additions::none()).unwrap();
        assert_eq!(status(&d, H), expected, "{form:?}");
    }
}

// ---- Đ7 k4: a crime by a staff member, teacher or learner ----

const K4: &str = "tt124.d7.k4.discipline";
const K4_NOTE: &str = "antq.reading.d7_k4";

fn upper_secondary() -> antq::Unit {
    school(SchoolLevel::UpperSecondary)
}

#[test]
fn tt124_d7_k4_no_crime_is_met() {
    let d = decide(&upper_secondary(), 2026, &passing(), &Additions::none()).unwrap();
    assert_eq!(status(&d, K4), Status::Met);
    assert!(!noted(&d, K4_NOTE));
}

#[test]
fn tt124_d7_k4_a_learner_who_committed_a_crime_fails_without_discipline_by_default() {
    let mut f = passing();
    f.members_committed_crime = Some(1);
    let d = decide(&upper_secondary(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(status(&d, K4), Status::NotMet);
    assert_eq!(d.outcome, SafetyOutcome::NotRecognised);
    assert!(noted(&d, K4_NOTE));
}

#[test]
fn tt124_d7_k4_crime_without_discipline_passes_under_the_discipline_reading() {
    let mut f = passing();
    f.members_committed_crime = Some(1);
    let r = Readings {
        d7_k4: CrimeReading::DisciplineRequired,
        ..Readings::default()
    };
    let d = decide(&upper_secondary(), 2026, &f, &with(r)).unwrap();
    assert_eq!(status(&d, K4), Status::Met);
    assert_eq!(d.outcome, SafetyOutcome::Recognised);
    assert!(noted(&d, K4_NOTE));
}

#[test]
fn tt124_d7_k4_crime_reprimanded_counts_by_default_but_not_under_the_discipline_reading() {
    let mut f = passing();
    f.discipline = Some(vec![record(
        PersonRole::Learner,
        PersonCategory::Learner,
        DisciplineForm::KhienTrach,
        Ground::Crime,
    )]);
    let d = decide(&upper_secondary(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(status(&d, K4), Status::NotMet);
    let r = Readings {
        d7_k4: CrimeReading::DisciplineRequired,
        ..Readings::default()
    };
    let d = decide(&upper_secondary(), 2026, &f, &with(r)).unwrap();
    assert_eq!(status(&d, K4), Status::Met);
}

#[test]
fn tt124_d7_k4_crime_count_not_given_is_unknown_by_default() {
    let mut f = passing();
    f.members_committed_crime = None;
    let d = decide(&upper_secondary(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(status(&d, K4), Status::Unknown);
    assert_eq!(d.outcome, SafetyOutcome::CannotDecide);
}

// ---- Đ6 k4: the protection force (no "nếu có") against Đ7 k5 ("nếu có") ----

const K4_RATING: &str = "tt124.d6.k4.rating";
const FORCE_NOTE: &str = "antq.reading.d6_k4_protection_force";

fn without_force() -> Facts {
    let mut f = passing();
    f.has_protection_force = Some(false);
    f.force_rating = None;
    f
}

#[test]
fn tt124_d6_k4_agency_without_protection_force_fails_by_default() {
    let d = decide(&agency(), 2026, &without_force(), &Additions::none()).unwrap();
    assert_eq!(status(&d, K4_RATING), Status::NotMet);
    assert_eq!(status(&d, "tt124.d6.k4.discipline"), Status::NotApplicable);
    assert_eq!(d.outcome, SafetyOutcome::NotRecognised);
    assert!(noted(&d, FORCE_NOTE));
}

#[test]
fn tt124_d6_k4_agency_with_protection_force_rated_well_meets_it() {
    let d = decide(&agency(), 2026, &passing(), &Additions::none()).unwrap();
    assert_eq!(status(&d, K4_RATING), Status::Met);
    assert!(!noted(&d, FORCE_NOTE));
}

#[test]
fn tt124_d6_k4_agency_without_force_not_eligible_for_ratings_is_not_held_to_it() {
    let mut f = without_force();
    f.eligible_for_rating = Some(false);
    let d = decide(&agency(), 2026, &f, &Additions::none()).unwrap();
    assert_eq!(status(&d, K4_RATING), Status::NotApplicable);
    assert!(!noted(&d, FORCE_NOTE));
}

#[test]
fn tt124_d6_k4_without_protection_force_is_not_applicable_under_the_lenient_reading() {
    let r = Readings {
        d6_k4_protection_force: ProtectionForceReading::IfAny,
        ..Readings::default()
    };
    let d = decide(&enterprise(), 2026, &without_force(), &with(r)).unwrap();
    assert_eq!(status(&d, K4_RATING), Status::NotApplicable);
    assert_eq!(d.outcome, SafetyOutcome::Recognised);
    let note = d
        .finding(FORCE_NOTE)
        .expect("the lenient reading decided it");
    assert!(note.criterion.source.is_provisional());
}

#[test]
fn tt124_d7_k5_school_without_protection_force_is_not_held_to_it_nor_noted() {
    let d = decide(
        &upper_secondary(),
        2026,
        &without_force(),
        &Additions::none(),
    )
    .unwrap();
    assert_eq!(status(&d, "tt124.d7.k5.rating"), Status::NotApplicable);
    assert_eq!(d.outcome, SafetyOutcome::Recognised);
    assert!(
        !noted(&d, FORCE_NOTE),
        "Đ7 k5 says (nếu có): no reading involved"
    );
}

// ---- Đ4 k1 / Đ5 k1: the Party resolution where no Party organisation exists ----

const PARTY_NOTE: &str = "antq.reading.party_organisation";

fn without_party() -> Facts {
    let mut f = passing();
    f.has_party_organisation = Some(false);
    f.party_resolution = None;
    f
}

#[test]
fn tt124_d4_k1_area_without_party_cell_fails_the_resolution_by_default() {
    let d = decide(&area(), 2026, &without_party(), &Additions::none()).unwrap();
    assert_eq!(status(&d, "tt124.d4.k1.resolution"), Status::NotMet);
    assert_eq!(d.outcome, SafetyOutcome::NotRecognised);
    assert!(noted(&d, PARTY_NOTE));
}

#[test]
fn tt124_d5_k1_commune_without_party_committee_fails_the_resolution_by_default() {
    let d = decide(&commune(), 2026, &without_party(), &Additions::none()).unwrap();
    assert_eq!(status(&d, "tt124.d5.k1.resolution"), Status::NotMet);
    assert!(noted(&d, PARTY_NOTE));
}

#[test]
fn tt124_d4_k1_d5_k1_exemption_applies_under_the_every_kind_reading() {
    let r = Readings {
        party_organisation: PartyOrganisationReading::EveryKind,
        ..Readings::default()
    };
    for (u, id) in [
        (area(), "tt124.d4.k1.resolution"),
        (commune(), "tt124.d5.k1.resolution"),
    ] {
        let d = decide(&u, 2026, &without_party(), &with(r)).unwrap();
        assert_eq!(status(&d, id), Status::NotApplicable);
        assert_eq!(d.outcome, SafetyOutcome::Recognised);
        assert!(noted(&d, PARTY_NOTE));
    }
}

#[test]
fn tt124_d4_k1_area_with_party_cell_and_resolution_meets_it_without_a_note() {
    let d = decide(&area(), 2026, &passing(), &Additions::none()).unwrap();
    assert_eq!(status(&d, "tt124.d4.k1.resolution"), Status::Met);
    assert!(!noted(&d, PARTY_NOTE));
}

#[test]
fn tt124_d6_k1_d7_k1_exemption_is_text_and_needs_no_reading() {
    for u in [agency(), upper_secondary()] {
        let d = decide(&u, 2026, &without_party(), &Additions::none()).unwrap();
        assert_eq!(d.outcome, SafetyOutcome::Recognised, "{}", u.id);
        assert!(!noted(&d, PARTY_NOTE));
    }
}

// ---- Đ8 k1: an unregistered unit ----

#[test]
fn tt124_d8_k1_unregistered_enterprise_with_tax_debt_is_excluded_for_the_debt_without_a_note() {
    let mut f = passing();
    f.registered = Some(false);
    f.tax_debt = Some(true);
    let d = decide(
        &enterprise(),
        2026,
        &f,
        &antq::policy::additions::son_la_2026(),
    )
    .unwrap();
    assert!(matches!(
        d.outcome,
        SafetyOutcome::ExcludedFromReview(ExclusionReason::ProvincialExclusion(_))
    ));
    assert!(!noted(&d, "antq.reading.d8_k1_unregistered"));
}

#[test]
fn tt124_d8_k1_registered_unit_carries_no_note() {
    let d = decide(&agency(), 2026, &passing(), &Additions::none()).unwrap();
    assert!(!noted(&d, "antq.reading.d8_k1_unregistered"));
    let r = Readings {
        d8_k1_unregistered: UnregisteredReading::ExcludedFromReview,
        ..Readings::default()
    };
    let d = decide(&agency(), 2026, &passing(), &with(r)).unwrap();
    assert_eq!(d.outcome, SafetyOutcome::Recognised);
}

// ---- readings in a policy file ----

#[test]
fn readings_are_chosen_in_a_policy_file_and_default_when_absent() {
    let p = antq::policy::Policy::from_json(
        r#"{ "preset": "national",
             "additions": { "rules": [], "readings": { "d6_k4_protection_force": "if_any" } } }"#,
    )
    .unwrap();
    assert_eq!(
        p.additions.readings.d6_k4_protection_force,
        ProtectionForceReading::IfAny
    );
    assert_eq!(p.additions.readings.d6_k3_h, SanctionReading::SanctionAlone);
    let d = decide(&agency(), 2026, &without_force(), &p.additions).unwrap();
    assert_eq!(d.outcome, SafetyOutcome::Recognised);
    let p = antq::policy::Policy::from_json(r#"{ "additions": { "rules": [] } }"#).unwrap();
    assert_eq!(p.additions.readings, Readings::default());
}

#[test]
fn a_reading_that_decided_is_listed_among_the_provisional_values_of_the_year_report() {
    use antq::year::{evaluate, YearInput};
    let json = std::fs::read_to_string("examples/data/year_input_small.json").unwrap();
    let mut input: YearInput = serde_json::from_str(&json).unwrap();
    let rec = input
        .units
        .iter_mut()
        .find(|u| u.unit.id.as_str() == "xa-nam-mau.tram-y-te")
        .unwrap();
    rec.safety.staff_security_sanctions = Some(2);
    let r = evaluate(&input, &antq::policy::Policy::son_la_2026()).unwrap();
    let p = r
        .provisional
        .iter()
        .find(|p| p.criterion.id == H_NOTE)
        .expect("reading listed as provisional");
    assert_eq!(p.decisions, 1);
}

// ---- property: the default readings are never more lenient than the alternatives ----

use proptest::prelude::*;

fn rank(o: &SafetyOutcome) -> u8 {
    match o {
        SafetyOutcome::Recognised => 2,
        SafetyOutcome::CannotDecide => 1,
        _ => 0,
    }
}

fn lenient() -> Readings {
    Readings {
        d6_k3_h: SanctionReading::DisciplineRequired,
        d7_k4: CrimeReading::DisciplineRequired,
        d6_k4_protection_force: ProtectionForceReading::IfAny,
        party_organisation: PartyOrganisationReading::EveryKind,
        d8_k1_unregistered: UnregisteredReading::ExcludedFromReview,
    }
}

fn opt_bool() -> impl Strategy<Value = Option<bool>> {
    prop_oneof![Just(None), Just(Some(true)), Just(Some(false))]
}

fn any_record() -> impl Strategy<Value = DisciplineRecord> {
    (
        prop::sample::select(vec![
            PersonRole::Staff,
            PersonRole::Learner,
            PersonRole::ProtectionForce,
        ]),
        prop::sample::select(vec![
            (PersonCategory::CivilServant, DisciplineForm::KhienTrach),
            (PersonCategory::CivilServant, DisciplineForm::CanhCao),
            (PersonCategory::Worker, DisciplineForm::SaThai),
            (PersonCategory::Learner, DisciplineForm::CanhCao),
        ]),
        prop::sample::select(vec![
            Ground::SecurityOrderSanction,
            Ground::SocialEvil,
            Ground::Crime,
            Ground::Other,
        ]),
    )
        .prop_map(|(role, (person, form), ground)| record(role, person, form, ground))
}

proptest! {
    /// Each default reading is the stricter one: whatever the facts, a unit is never better
    /// off (recognised > cannot decide > not recognised or excluded) under the defaults than
    /// under the alternatives — so the defaults never let a unit pass that a lenient reader
    /// would fail.
    #[test]
    fn tt124_default_readings_never_decide_more_leniently(
        kind in 0usize..5,
        registered in opt_bool(),
        has_party in opt_bool(),
        has_force in opt_bool(),
        eligible in opt_bool(),
        sanctions in prop::option::of(0u32..2),
        crimes in prop::option::of(0u32..2),
        records in prop::option::of(prop::collection::vec(any_record(), 0..3)),
    ) {
        let u = every_kind().swap_remove(kind);
        let mut f = passing();
        f.registered = registered;
        f.has_party_organisation = has_party;
        if has_party == Some(false) {
            f.party_resolution = None;
        }
        f.has_protection_force = has_force;
        f.eligible_for_rating = eligible;
        f.staff_security_sanctions = sanctions;
        f.members_committed_crime = crimes;
        f.discipline = records;
        let strict = decide(&u, 2026, &f, &Additions::none()).unwrap();
        let loose = decide(&u, 2026, &f, &with(lenient())).unwrap();
        prop_assert!(
            rank(&strict.outcome) <= rank(&loose.outcome),
            "{:?}: default {:?} vs lenient {:?}", u.id, strict.outcome, loose.outcome
        );
    }
}
