//! Dữ liệu tổng hợp — deterministic synthetic provinces for examples, tests and benchmarks.
//!
//! **Synthetic**: every name, number and fact here is generated; none describes a real unit.
//! The same shape, year and sequence number always give the same input (a small built-in SplitMix64
//! generator, no dependency). Most units meet every criterion; a few percent break one, some
//! facts are missing, some enterprises are small or owe tax, some schools are primary — so every
//! outcome of the law shows up.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::input::{UnitInput, YearInput, SCHEMA_VERSION};
use super::synthetic_parts::{
    blank_some, discipline, good_facts, models, previous, score, trim, Rng,
};
use crate::law::qd3554::{CatalogueSet, ModelUnitFacts};
use crate::law::qd510::{DeductionFact, ScoreInput, SheetSet};
use crate::law::tt124::discipline::PersonRole;
use crate::regime::Regime;
use crate::roadmap::ModelEvent;
use crate::unit::{
    CommuneType, EnterpriseSize, KindTag, ManagingLevel, SchoolLevel, Sector, Unit, UnitKind,
};

/// How big the synthetic province is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// Commune-level units.
    pub communes: u32,
    /// Residential areas, spread over the communes.
    pub residential_areas: u32,
    /// Agencies, enterprises and schools, spread over the communes.
    pub organisations: u32,
}

impl Shape {
    /// Three communes, a dozen units: for doc examples and quick tests.
    pub fn small() -> Shape {
        Shape {
            communes: 3,
            residential_areas: 9,
            organisations: 9,
        }
    }

    /// About the size of Sơn La after 1/7/2025: 75 communes, ~2,000 residential areas,
    /// ~1,500 agencies, enterprises and schools.
    pub fn son_la() -> Shape {
        Shape {
            communes: 75,
            residential_areas: 2_000,
            organisations: 1_500,
        }
    }

    /// The whole country after 1/7/2025: 3,321 communes, 100,000 residential areas,
    /// 200,000 agencies, enterprises and schools.
    pub fn national() -> Shape {
        Shape {
            communes: 3_321,
            residential_areas: 100_000,
            organisations: 200_000,
        }
    }

    /// Every count multiplied by `k` (for linearity benchmarks).
    pub fn times(self, k: u32) -> Shape {
        Shape {
            communes: self.communes * k,
            residential_areas: self.residential_areas * k,
            organisations: self.organisations * k,
        }
    }
}

/// Build a synthetic province of `shape` for `year`, deterministically from the sequence number `sequence`.
pub fn province(shape: &Shape, year: i32, sequence: u64) -> YearInput {
    let mut r = Rng(sequence.wrapping_mul(0x1000_0000_01B3) ^ 0xA17);
    let regime = Regime::for_year(year);
    let sheets = SheetSet::builtin();
    let catalogues = CatalogueSet::builtin();
    let n = shape.communes.max(1);
    let mut units = Vec::with_capacity(
        (shape.communes + shape.residential_areas + shape.organisations) as usize,
    );

    let scored = |r: &mut Rng, kind: KindTag, discipline_fact: bool| -> Option<ScoreInput> {
        let sheet = sheets.get(kind)?;
        let mut awarded = BTreeMap::new();
        score(r, &sheet.items, &mut awarded);
        let facts = if discipline_fact {
            sheet
                .deductions
                .first()
                .map(|d| vec![DeductionFact::new(d.id(), "ky-luat-1")])
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        Some(ScoreInput { awarded, facts })
    };
    let model_facts = |r: &mut Rng, kind: KindTag| -> Option<ModelUnitFacts> {
        let cat = catalogues.in_force(year, kind).ok()?;
        let criteria = cat
            .criteria
            .iter()
            .map(|c| (c.criterion.id.to_string(), !r.chance(25)))
            .collect();
        Some(ModelUnitFacts {
            registered: Some(true),
            criteria,
        })
    };

    for c in 0..n {
        let id = format!("x{c:04}");
        let commune_type = match r.below(100) {
            0..=79 => CommuneType::Xa,
            80..=97 => CommuneType::Phuong,
            _ if regime == Regime::TwoTier => CommuneType::DacKhu,
            _ => CommuneType::ThiTran,
        };
        let mut unit = Unit::new(
            id.clone(),
            format!(
                "{} Tổng Hợp {}",
                if commune_type == CommuneType::Phuong {
                    "Phường"
                } else {
                    "Xã"
                },
                c + 1
            ),
            UnitKind::Commune { commune_type },
            if regime == Regime::TwoTier {
                ManagingLevel::Province
            } else {
                ManagingLevel::District
            },
        );
        if regime == Regime::ThreeTier {
            unit.district = Some(format!("Huyện {}", c / 12 + 1));
        }
        let mut facts = good_facts(&mut r);
        trim(KindTag::Commune, &mut facts);
        let disciplined = discipline(&mut r, PersonRole::CommunePolice, &mut facts);
        let mut rec = UnitInput::new(unit);
        rec.score = scored(&mut r, KindTag::Commune, disciplined);
        rec.model_unit = model_facts(&mut r, KindTag::Commune);
        rec.models = Some(models(&mut r, &id));
        rec.previous = previous(&mut r);
        if year > 2023 && r.chance(150) {
            rec.model_history.insert(year - 1, ModelEvent::Recognised);
        }
        rec.safety = facts;
        units.push(rec);
    }
    let commune_of = |k: u32| k % n;
    for a in 0..shape.residential_areas {
        let c = commune_of(a);
        let id = format!("x{c:04}-k{:05}", a / n);
        let mut unit = Unit::new(
            id.clone(),
            format!(
                "{} {}",
                if r.chance(700) {
                    "Bản"
                } else {
                    "Tổ dân phố"
                },
                a / n + 1
            ),
            UnitKind::ResidentialArea,
            ManagingLevel::Commune,
        )
        .in_commune(format!("x{c:04}"));
        if regime == Regime::ThreeTier {
            unit.district = Some(format!("Huyện {}", c / 12 + 1));
        }
        let mut facts = good_facts(&mut r);
        trim(KindTag::ResidentialArea, &mut facts);
        blank_some(&mut r, &mut facts);
        let disciplined = discipline(&mut r, PersonRole::GrassrootsForce, &mut facts);
        let mut rec = UnitInput::new(unit);
        rec.score = scored(&mut r, KindTag::ResidentialArea, disciplined);
        rec.models = Some(models(&mut r, &id));
        rec.previous = previous(&mut r);
        rec.safety = facts;
        units.push(rec);
    }
    for o in 0..shape.organisations {
        let c = commune_of(o);
        let id = format!("x{c:04}-o{:05}", o / n);
        let province_managed = r.chance(150);
        let level = if province_managed {
            ManagingLevel::Province
        } else {
            ManagingLevel::Commune
        };
        let (kind, name) = match r.below(100) {
            0..=34 => (
                UnitKind::Agency {
                    armed_forces: r.chance(20),
                },
                format!("Cơ quan {}", o + 1),
            ),
            35..=69 => {
                let big = r.chance(650);
                let size = EnterpriseSize {
                    sector: [
                        Sector::AgricultureForestryFishery,
                        Sector::IndustryConstruction,
                        Sector::TradeServices,
                    ][r.below(3) as usize],
                    average_insured_employees: Some(Decimal::from(if big {
                        r.between(120, 900)
                    } else {
                        r.between(3, 40)
                    })),
                    monthly_insured_employees: None,
                    revenue: Some(
                        Decimal::from(if big {
                            r.between(320, 5_000)
                        } else {
                            r.between(1, 30)
                        }) * Decimal::from(1_000_000_000u64),
                    ),
                    total_capital: Some(
                        Decimal::from(if big {
                            r.between(120, 3_000)
                        } else {
                            r.between(1, 15)
                        }) * Decimal::from(1_000_000_000u64),
                    ),
                    months_in_operation: None,
                };
                (
                    UnitKind::Enterprise { size: Some(size) },
                    format!("Công ty {}", o + 1),
                )
            }
            _ => {
                let level = [
                    SchoolLevel::Preschool,
                    SchoolLevel::Primary,
                    SchoolLevel::LowerSecondary,
                    SchoolLevel::UpperSecondary,
                    SchoolLevel::Vocational,
                ][r.below(5) as usize];
                (
                    UnitKind::School {
                        level,
                        armed_forces: false,
                    },
                    format!("Trường {}", o + 1),
                )
            }
        };
        let tag = kind.tag();
        let mut unit = Unit::new(id.clone(), name, kind, level).in_commune(format!("x{c:04}"));
        if regime == Regime::ThreeTier {
            unit.district = Some(format!("Huyện {}", c / 12 + 1));
        }
        let mut facts = good_facts(&mut r);
        trim(tag, &mut facts);
        blank_some(&mut r, &mut facts);
        if tag == KindTag::Enterprise {
            facts.tax_debt = Some(r.chance(30));
            if r.chance(20) {
                facts.documents = Some(Vec::new());
            }
        }
        let disciplined = discipline(&mut r, PersonRole::Staff, &mut facts);
        let mut rec = UnitInput::new(unit);
        rec.score = scored(&mut r, tag, disciplined);
        if r.chance(350) {
            rec.model_unit = model_facts(&mut r, tag);
        }
        rec.models = Some(models(&mut r, &id));
        rec.previous = previous(&mut r);
        if year > 2027 && r.chance(200) {
            rec.model_history.insert(year - 1, ModelEvent::Recognised);
        }
        rec.safety = facts;
        units.push(rec);
    }
    YearInput {
        schema_version: SCHEMA_VERSION,
        province: "Tỉnh tổng hợp (dữ liệu giả lập)".into(),
        year,
        synthetic: true,
        units,
    }
}
