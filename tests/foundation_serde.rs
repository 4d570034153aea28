//! Every public foundation type survives a JSON round trip, every variant included.

use std::borrow::Cow;

use antq::citation::{Citation, Instrument, Provenance, Source};
use antq::explain::{Criterion, CriterionRef, Finding, Lang, Status, Value};
use antq::law::nd80::{MoneyBasis, SizeAssessment, SizeClass};
use antq::law::tt124::discipline::{
    DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole, Severity,
};
use antq::law::tt124::{
    Accident, AccidentKind, AdditionalRule, Additions, CollectiveRating, Effect, Event,
    SeriousCrime, SubUnits, UnitCounts,
};
use antq::outcome::{ExclusionReason, NotSubjectReason};
use antq::registration::{CommuneGroup, Independence, Organisation, OrganisationKind};
use antq::unit::{CommuneType, KindTag, ManagingLevel, SchoolLevel, Sector};
use antq::{MovementClass, Regime, SafetyOutcome, Subject, UnitId};
use rust_decimal::Decimal;
use serde::{de::DeserializeOwned, Serialize};

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(v: &T) {
    let json = serde_json::to_string(v).unwrap();
    let back: T = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, v, "{json}");
}

#[test]
fn citations_sources_and_instruments_round_trip() {
    for i in Instrument::ALL {
        round_trip(&i);
        round_trip(&Citation::point(i, 6, 3, 'đ'));
    }
    round_trip(&Citation::doc_section(
        &antq::provinces::documents::SON_LA_UBND_NC_2026,
        "1b",
    ));
    for p in [
        Provenance::Text,
        Provenance::ProvincialDocument,
        Provenance::Reported,
        Provenance::Provisional,
    ] {
        round_trip(&p);
        round_trip(&Source {
            citation: Citation::article(Instrument::Qd510, 8),
            provenance: p,
        });
    }
}

#[test]
fn findings_with_every_value_and_status_round_trip() {
    let c = Criterion {
        id: Cow::Borrowed("x.y"),
        source: Source::provisional(Citation::instrument(Instrument::Provisional)),
        vi: Cow::Borrowed("Nhãn"),
        en: Cow::Borrowed("Label"),
    };
    let values = vec![
        Value::None,
        Value::Bool(true),
        Value::Count(3),
        Value::Number(Decimal::new(105, 1)),
        Value::Ratio { num: 7, den: 10 },
        Value::Percent(Decimal::new(7499, 2)),
        Value::AtLeastPercent(Decimal::from(70)),
        Value::AtLeast(1),
        Value::AtMost(0),
        Value::Money(Decimal::from(10_000_000_000u64)),
        Value::Points(-5),
        Value::Text(Cow::Borrowed("văn bản")),
        Value::List(vec![Cow::Borrowed("a"), Cow::Borrowed("b")]),
    ];
    for (i, v) in values.into_iter().enumerate() {
        let status = [
            Status::Met,
            Status::NotMet,
            Status::NotApplicable,
            Status::Unknown,
        ][i % 4];
        round_trip(&Finding::new(c.clone(), status, v.clone(), v));
    }
    round_trip(&CriterionRef::from(c));
    round_trip(&Lang::En);
}

#[test]
fn outcomes_classes_and_units_round_trip() {
    let outcomes = [
        SafetyOutcome::Recognised,
        SafetyOutcome::NotRecognised,
        SafetyOutcome::CannotDecide,
        SafetyOutcome::NotSubject(NotSubjectReason::Creche),
        SafetyOutcome::ExcludedFromReview(ExclusionReason::NotRegistered),
        SafetyOutcome::ExcludedFromReview(ExclusionReason::MissingDocument("submission".into())),
        SafetyOutcome::ExcludedFromReview(ExclusionReason::ProvincialExclusion("r".into())),
    ];
    for o in &outcomes {
        round_trip(o);
    }
    for c in MovementClass::BEST_FIRST {
        round_trip(&c);
    }
    for k in KindTag::ALL {
        round_trip(&k);
    }
    for t in [
        CommuneType::Xa,
        CommuneType::Phuong,
        CommuneType::ThiTran,
        CommuneType::DacKhu,
    ] {
        round_trip(&t);
    }
    for l in [
        SchoolLevel::Creche,
        SchoolLevel::MultiLevelGeneral,
        SchoolLevel::HigherEducation,
    ] {
        round_trip(&l);
    }
    for m in [
        ManagingLevel::Commune,
        ManagingLevel::District,
        ManagingLevel::Province,
        ManagingLevel::Ministry,
    ] {
        round_trip(&m);
    }
    for s in [
        Sector::AgricultureForestryFishery,
        Sector::IndustryConstruction,
        Sector::TradeServices,
    ] {
        round_trip(&s);
    }
    round_trip(&Regime::ThreeTier);
    round_trip(&UnitId::from("kdc-1"));
    round_trip(&Subject::Unit(UnitId::from("kdc-1")));
    round_trip(&Subject::Input);
    let size = antq::unit::EnterpriseSize::new(antq::unit::Sector::TradeServices)
        .with_average_employees(Decimal::new(115, 1))
        .with_capital(Decimal::from(5_000_000_000u64));
    let shop = antq::Unit::new(
        "dn-1",
        "Cửa hàng",
        antq::UnitKind::enterprise(size),
        antq::ManagingLevel::Commune,
    );
    let a: SizeAssessment = antq::law::nd80::assess(&shop).unwrap();
    assert_eq!(
        (a.class, a.basis),
        (SizeClass::Small, MoneyBasis::CapitalOnly)
    );
    round_trip(&a);
}

#[test]
fn tt124_fact_types_and_additions_round_trip() {
    round_trip(&Event::Separatism);
    round_trip(&SeriousCrime {
        force_majeure: true,
        ..SeriousCrime::unexcused()
    });
    round_trip(&Accident {
        kind: AccidentKind::FoodSafetyViolation,
        force_majeure: false,
    });
    round_trip(&CollectiveRating::AdvancedLabourCollective);
    round_trip(&SubUnits {
        total: 4,
        rated_well: 3,
    });
    round_trip(&UnitCounts {
        total: 4,
        registered: 4,
        recognised: 3,
        undecided: 1,

        ..Default::default()
    });
    round_trip(&DisciplineRecord {
        role: PersonRole::ProtectionForce,
        person: PersonCategory::Worker,
        form: DisciplineForm::KeoDaiNangLuong,
        ground: Ground::SecurityOrderSanction,
    });
    round_trip(&Severity::WarningOrAboveProvisional);
    round_trip(&antq::policy::additions::son_la_2026());
    round_trip(&Additions {
        rules: vec![AdditionalRule {
            criterion: CriterionRef::from(Criterion {
                id: Cow::Borrowed("p.extra"),
                source: Source::provincial(Citation::doc_section(
                    &antq::provinces::documents::HUNG_YEN_BCD_07_2026,
                    "2",
                )),
                vi: Cow::Borrowed("Tiêu chí thêm"),
                en: Cow::Borrowed("Extra criterion"),
            }),
            applies_to: vec![KindTag::School],
            effect: Effect::RequireFact("camera".into()),
        }],
        readings: antq::law::tt124::Readings {
            d6_k3_h: antq::law::tt124::readings::SanctionReading::DisciplineRequired,
            d8_k1_unregistered: antq::law::tt124::readings::UnregisteredReading::ExcludedFromReview,
            ..Default::default()
        },
    });
    round_trip(&Effect::ExcludeWhenFact("k".into()));
    round_trip(&Organisation {
        id: "o".into(),
        name: "Tổ chức".into(),
        kind: OrganisationKind::MassAssociation {
            independence: Independence::default(),
        },
    });
    round_trip(&CommuneGroup::FrontAndMassOrganisations);
}
