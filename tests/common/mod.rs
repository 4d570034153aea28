//! Shared builders for the integration tests: units of every kind and a set of facts that meets
//! every TT124 criterion, to be broken one fact at a time.
#![allow(dead_code)]

use antq::law::tt124::Facts;
use antq::unit::{CommuneType, EnterpriseSize, ManagingLevel, SchoolLevel, Sector, Unit, UnitKind};
use rust_decimal::Decimal;

pub fn area() -> Unit {
    Unit::new(
        "kdc-1",
        "Bản Mường",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("xa-1")
}

pub fn commune() -> Unit {
    Unit::new(
        "xa-1",
        "Xã Chiềng Mung",
        UnitKind::Commune {
            commune_type: CommuneType::Xa,
        },
        ManagingLevel::Province,
    )
}

pub fn agency() -> Unit {
    Unit::new(
        "cq-1",
        "Sở Tư pháp",
        UnitKind::Agency {
            armed_forces: false,
        },
        ManagingLevel::Province,
    )
}

pub fn size(
    sector: Sector,
    employees: i64,
    revenue: Option<i64>,
    capital: Option<i64>,
) -> EnterpriseSize {
    EnterpriseSize {
        sector,
        average_insured_employees: Some(Decimal::from(employees)),
        monthly_insured_employees: None,
        revenue: revenue.map(Decimal::from),
        total_capital: capital.map(Decimal::from),
        months_in_operation: None,
    }
}

pub const TY: i64 = 1_000_000_000;

pub fn enterprise_of(size: EnterpriseSize) -> Unit {
    Unit::new(
        "dn-1",
        "Công ty CP Mía đường",
        UnitKind::Enterprise { size: Some(size) },
        ManagingLevel::Commune,
    )
    .in_commune("xa-1")
}

/// A medium enterprise (trade and services, 120 insured employees, 400 tỷ revenue).
pub fn enterprise() -> Unit {
    enterprise_of(size(
        Sector::TradeServices,
        120,
        Some(400 * TY),
        Some(200 * TY),
    ))
}

pub fn school(level: SchoolLevel) -> Unit {
    Unit::new(
        "th-1",
        "Trường THPT Chiềng Sinh",
        UnitKind::School {
            level,
            armed_forces: false,
        },
        ManagingLevel::Province,
    )
}

/// Facts meeting every criterion of every article.
pub fn passing() -> Facts {
    Facts::all_met()
}

/// One unit of every reviewed kind.
pub fn every_kind() -> Vec<Unit> {
    vec![
        area(),
        commune(),
        agency(),
        enterprise(),
        school(SchoolLevel::UpperSecondary),
    ]
}

/// A provincial rule with the given id and effect, applying to agencies, cited to TT124 Đ8 k1
/// (the clause that lets a province add requirements).
pub fn provincial_rule(
    id: &str,
    effect: antq::law::tt124::Effect,
) -> antq::law::tt124::AdditionalRule {
    antq::law::tt124::AdditionalRule {
        criterion: antq::explain::Criterion {
            id: std::borrow::Cow::Owned(id.to_owned()),
            source: antq::citation::Source::text(antq::citation::Citation::clause(
                antq::citation::Instrument::Tt124,
                8,
                1,
            )),
            vi: std::borrow::Cow::Borrowed("Quy định của tỉnh"),
            en: std::borrow::Cow::Borrowed("Provincial rule"),
        }
        .into(),
        applies_to: vec![antq::unit::KindTag::Agency],
        effect,
    }
}

/// A valid commune score sheet: the 50 points of TT124, `k1` (30) and the group `k2` of `k2.a`
/// (15) and `k2.b` (5), one deduction `d1` (5 points, once, covered by TT124's discipline
/// criterion); criteria made by `crit`, class bands `bands`.
pub fn commune_test_sheet(
    crit: fn(&str) -> antq::explain::Criterion,
    bands: Vec<antq::law::qd510::ClassBand>,
) -> antq::law::qd510::ScoreSheet {
    use antq::law::qd510::{Deduction, Frequency, ItemBasis, ScoreItem, ScoreSheet};
    ScoreSheet {
        name: "test.sheet".into(),
        kind: antq::KindTag::Commune,
        items: vec![
            ScoreItem {
                criterion: crit("safe").into(),
                max_points: 50,
                basis: ItemBasis::SafetyRecognised,
                sub_items: vec![],
            },
            ScoreItem::awarded(crit("k1"), 30),
            ScoreItem::group(
                crit("k2"),
                vec![
                    ScoreItem::awarded(crit("k2.a"), 15),
                    ScoreItem::awarded(crit("k2.b"), 5),
                ],
            ),
        ],
        deductions: vec![Deduction {
            criterion: crit("d1").into(),
            points: 5,
            frequency: Frequency::Once,
            covered_by: vec![std::borrow::Cow::Borrowed("tt124.d5.k3.discipline")],
        }],
        bands,
    }
}
