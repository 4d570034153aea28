//! A handful of embedded units, each decided under TT124 for 2026 with the Sơn La additions, and
//! each decision explained in Vietnamese (pass `en` for English).
//!
//! Run: `cargo run --example explain` (or `cargo run --example explain -- en`).

use antq::law::tt124::discipline::{
    DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
};
use antq::law::tt124::{Facts, SeriousCrime, SubUnits, UnitCounts};
use antq::unit::{CommuneType, EnterpriseSize, ManagingLevel, SchoolLevel, Sector, Unit, UnitKind};
use antq::Policy;
use antq::{Lang, SafetyOutcome};
use rust_decimal::Decimal;

fn good() -> Facts {
    let mut f = Facts::all_met();
    f.households_registered = Some((86, 86));
    f.people_briefed = Some((42, 42));
    f.sub_units = Some(SubUnits {
        total: 6,
        rated_well: 5,
    });
    f.units = None;
    f
}

fn money(ty: u64) -> Option<Decimal> {
    Some(Decimal::from(ty) * Decimal::from(1_000_000_000u64))
}

fn main() -> Result<(), antq::Error> {
    let lang = match std::env::args().nth(1).as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Vi,
    };
    let year = 2026;
    let policy = Policy::son_la_2026();
    let commune = Unit::new(
        "xa-chieng-mung",
        "Xã Chiềng Mung",
        UnitKind::Commune {
            commune_type: CommuneType::Xa,
        },
        ManagingLevel::Province,
    );

    // 1. A village whose serious crime was promptly detected, contained and reported.
    let ban_hin = Unit::new(
        "ban-hin",
        "Bản Hin",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("xa-chieng-mung");
    let mut f1 = good();
    f1.serious_crimes = Some(vec![SeriousCrime {
        force_majeure: false,
        promptly_detected: true,
        consequences_contained: true,
        reported_immediately: true,
    }]);

    // 2. A village where a member of the grassroots force was reprimanded.
    let ban_co = Unit::new(
        "ban-co",
        "Bản Có",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    )
    .in_commune("xa-chieng-mung");
    let mut f2 = good();
    f2.discipline = Some(vec![DisciplineRecord {
        role: PersonRole::GrassrootsForce,
        person: PersonCategory::Other,
        form: DisciplineForm::KhienTrach,
        ground: Ground::Other,
    }]);

    // 3. A medium enterprise with tax debt (Sơn La 2026: not reviewed at all).
    let sugar = Unit::new(
        "dn-mia-duong",
        "Công ty CP Mía đường Sơn La",
        UnitKind::Enterprise {
            size: Some(EnterpriseSize {
                sector: Sector::IndustryConstruction,
                average_insured_employees: Some(Decimal::from(180)),
                monthly_insured_employees: None,
                revenue: money(650),
                total_capital: money(420),
                months_in_operation: None,
            }),
        },
        ManagingLevel::Commune,
    )
    .in_commune("xa-chieng-mung");
    let mut f3 = good();
    f3.tax_debt = Some(true);

    // 4. A small trading company: outside TT124 altogether.
    let shop = Unit::new(
        "dn-tap-hoa",
        "Công ty TNHH Thương mại Hoa Ban",
        UnitKind::Enterprise {
            size: Some(EnterpriseSize {
                sector: Sector::TradeServices,
                average_insured_employees: Some(Decimal::from(12)),
                monthly_insured_employees: None,
                revenue: money(18),
                total_capital: money(6),
                months_in_operation: None,
            }),
        },
        ManagingLevel::Commune,
    )
    .in_commune("xa-chieng-mung");

    // 5. A lower-secondary school with 4 of 6 departments rated well (67% < 70%).
    let school = Unit::new(
        "thcs-chieng-mung",
        "Trường THCS Chiềng Mung",
        UnitKind::School {
            level: SchoolLevel::LowerSecondary,
            armed_forces: false,
        },
        ManagingLevel::Commune,
    )
    .in_commune("xa-chieng-mung");
    let mut f5 = good();
    f5.sub_units = Some(SubUnits {
        total: 6,
        rated_well: 4,
    });

    // 6. A primary school: not subject.
    let primary = Unit::new(
        "th-chieng-mung",
        "Trường Tiểu học Chiềng Mung",
        UnitKind::School {
            level: SchoolLevel::Primary,
            armed_forces: false,
        },
        ManagingLevel::Commune,
    )
    .in_commune("xa-chieng-mung");

    let units = [
        (&ban_hin, f1),
        (&ban_co, f2),
        (&sugar, f3),
        (&shop, good()),
        (&school, f5),
        (&primary, good()),
    ];
    let mut outcomes: Vec<(Option<bool>, SafetyOutcome)> = Vec::new();
    for (unit, facts) in &units {
        let d = policy.decide_safety(unit, year, facts)?;
        println!("{} — {}", unit.name, d.render(lang));
        outcomes.push((facts.registered, d.outcome));
    }

    // 7. The commune, decided after its units (Đ5 k4: registration from each unit's own
    // registration fact, recognition from its decision).
    let counts = UnitCounts::tally(outcomes.iter().map(|(r, o)| (*r, o)));
    let d = policy.decide_commune(&commune, year, &good(), counts)?;
    println!("{} — {}", commune.name, d.render(lang));
    Ok(())
}
