//! QĐ510 Đ8 k11 c with the single-deduction rule (Sơn La guidance 2026 §2a): the TT124 criteria
//! that already cost a unit its 50 "An toàn" points for a discipline are exactly the criteria of
//! its article that a disciplinary record can fail — checked against TT124 itself, for every
//! kind, rather than against a list.

mod common;

use std::collections::BTreeSet;

use antq::law::qd510::{classify, DeductionFact, ScoreInput, ScoreSheet, DISCIPLINE_DEDUCTION_ID};
use antq::law::tt124::criteria::{article_criteria, DISCIPLINE_CRITERIA};
use antq::law::tt124::discipline::{
    DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
};
use antq::law::tt124::{decide, Additions};
use antq::unit::SchoolLevel;
use antq::{KindTag, SafetyOutcome, Status, Unit};
use common::*;
use proptest::prelude::*;

const ROLES: [PersonRole; 5] = [
    PersonRole::GrassrootsForce,
    PersonRole::CommunePolice,
    PersonRole::ProtectionForce,
    PersonRole::Staff,
    PersonRole::Learner,
];
const PERSONS: [PersonCategory; 5] = [
    PersonCategory::CivilServant,
    PersonCategory::PublicEmployee,
    PersonCategory::Worker,
    PersonCategory::Learner,
    PersonCategory::Other,
];
const FORMS: [DisciplineForm; 9] = [
    DisciplineForm::KhienTrach,
    DisciplineForm::CanhCao,
    DisciplineForm::HaBacLuong,
    DisciplineForm::GiangChuc,
    DisciplineForm::KeoDaiNangLuong,
    DisciplineForm::CachChuc,
    DisciplineForm::BuocThoiViec,
    DisciplineForm::SaThai,
    DisciplineForm::DinhChiHoc,
];
const GROUNDS: [Ground; 4] = [
    Ground::SecurityOrderSanction,
    Ground::SocialEvil,
    Ground::Crime,
    Ground::Other,
];

fn unit_of(kind: KindTag) -> Unit {
    match kind {
        KindTag::ResidentialArea => area(),
        KindTag::Commune => commune(),
        KindTag::Agency => agency(),
        KindTag::Enterprise => enterprise(),
        KindTag::School => school(SchoolLevel::UpperSecondary),
        other => panic!("no unit of kind {other:?} in this test"),
    }
}

/// The article criteria that this one record fails on a unit meeting everything else (`None`
/// when the form does not exist on the person's scale).
fn failed_by(kind: KindTag, r: DisciplineRecord) -> Option<BTreeSet<String>> {
    let mut f = passing();
    f.discipline = Some(vec![r]);
    let d = decide(&unit_of(kind), 2026, &f, &Additions::none()).ok()?;
    let article: BTreeSet<&str> = article_criteria(kind)
        .iter()
        .map(|c| c.id.as_ref())
        .collect();
    Some(
        d.findings
            .iter()
            .filter(|x| x.status == Status::NotMet && article.contains(x.criterion.id.as_ref()))
            .map(|x| x.criterion.id.to_string())
            .collect(),
    )
}

fn covered_by(kind: KindTag) -> BTreeSet<String> {
    ScoreSheet::builtin(kind)
        .deduction(DISCIPLINE_DEDUCTION_ID)
        .unwrap()
        .covered_by
        .iter()
        .map(|s| s.to_string())
        .collect()
}

fn record() -> impl Strategy<Value = DisciplineRecord> {
    (
        prop::sample::select(ROLES.to_vec()),
        prop::sample::select(PERSONS.to_vec()),
        prop::sample::select(FORMS.to_vec()),
        prop::sample::select(GROUNDS.to_vec()),
    )
        .prop_map(|(role, person, form, ground)| DisciplineRecord {
            role,
            person,
            form,
            ground,
        })
}

proptest! {
    /// Whatever one disciplinary record fails is covered by the kind's single-deduction list.
    #[test]
    fn seed_son_la_2a_every_criterion_a_record_fails_is_covered(
        kind in prop::sample::select(KindTag::ALL.to_vec()),
        r in record(),
    ) {
        if let Some(failed) = failed_by(kind, r) {
            let covered = covered_by(kind);
            prop_assert!(failed.is_subset(&covered), "{kind:?} {r:?}: {failed:?} ⊄ {covered:?}");
        }
    }
}

/// And the other way: every id of the list is a criterion of the kind's article that some record
/// fails — the list equals the article's discipline criteria, for every kind.
#[test]
fn seed_son_la_2a_covered_by_equals_the_discipline_criteria_of_each_article() {
    for kind in KindTag::ALL {
        let mut reachable = BTreeSet::new();
        for role in ROLES {
            for person in PERSONS {
                for form in FORMS {
                    for ground in GROUNDS {
                        let r = DisciplineRecord {
                            role,
                            person,
                            form,
                            ground,
                        };
                        reachable.extend(failed_by(kind, r).into_iter().flatten());
                    }
                }
            }
        }
        assert_eq!(reachable, covered_by(kind), "{kind:?}");
        for id in &reachable {
            assert!(DISCIPLINE_CRITERIA.contains(&id.as_str()), "{id}");
        }
    }
}

#[test]
fn seed_son_la_2a_school_failing_tt124_d7_k4_on_a_discipline_is_not_deducted_again() {
    let unit = school(SchoolLevel::UpperSecondary);
    let mut f = passing();
    f.discipline = Some(vec![DisciplineRecord {
        role: PersonRole::Learner,
        person: PersonCategory::Learner,
        form: DisciplineForm::CanhCao,
        ground: Ground::SocialEvil,
    }]);
    let safety = decide(&unit, 2026, &f, &Additions::none()).unwrap();
    assert_eq!(safety.outcome, SafetyOutcome::NotRecognised);
    let mut input = ScoreInput::default();
    input.facts.push(DeductionFact::new(
        DISCIPLINE_DEDUCTION_ID,
        "ky-luat-hoc-sinh-1",
    ));
    let sheet = ScoreSheet::builtin(KindTag::School);
    let d = classify(&safety, &input, &sheet).unwrap();
    assert_eq!(d.outcome.deducted, 0);
    assert!(d.outcome.waived > 0);
    // A school recognised despite a reprimand (below warning) is deducted.
    f.discipline.as_mut().unwrap()[0].form = DisciplineForm::KhienTrach;
    let safety = decide(&unit, 2026, &f, &Additions::none()).unwrap();
    assert_eq!(safety.outcome, SafetyOutcome::Recognised);
    let d = classify(&safety, &input, &sheet).unwrap();
    assert!(d.outcome.deducted > 0);
}

#[test]
fn qd510_fact_once_is_labelled_the_librarys_own_reading() {
    let c = &antq::law::qd510::builtin::FACT_ONCE;
    assert!(c.source.is_provisional());
    assert!(c.vi.contains("Cách hiểu của thư viện"));
    // The single-deduction rule itself is the province's.
    let s = &antq::law::qd510::builtin::SINGLE_DEDUCTION;
    assert_eq!(
        s.source.provenance,
        antq::citation::Provenance::ProvincialDocument
    );
}
