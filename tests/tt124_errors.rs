//! Bad input: typed errors naming the unit and the field, never a panic.

mod common;

use antq::law::tt124::{decide, Additions, SubUnits, UnitCounts};
use antq::unit::{CommuneType, ManagingLevel, Unit, UnitKind};
use antq::{Error, Subject, UnitId};
use common::*;

fn err(unit: &Unit, f: &antq::law::tt124::Facts, year: i32) -> Error {
    decide(unit, year, f, &Additions::none()).unwrap_err()
}

fn assert_names(e: &Error, unit: &str, field: &str) {
    assert_eq!(e.subject(), &Subject::Unit(UnitId::from(unit)), "{e}");
    assert_eq!(e.field(), Some(field), "{e}");
    let msg = e.to_string();
    assert!(msg.contains(unit) && msg.contains(field), "{msg}");
}

#[test]
fn error_recognised_units_above_registered() {
    let mut f = passing();
    f.units = Some(UnitCounts {
        total: 10,
        registered: 8,
        recognised: 9,
        undecided: 0,

        ..Default::default()
    });
    assert_names(&err(&commune(), &f, 2026), "xa-1", "units.recognised");
}

#[test]
fn error_registered_units_above_total() {
    let mut f = passing();
    f.units = Some(UnitCounts {
        total: 10,
        registered: 11,
        recognised: 9,
        undecided: 0,

        ..Default::default()
    });
    assert_names(&err(&commune(), &f, 2026), "xa-1", "units.registered");
}

#[test]
fn error_share_above_100_percent() {
    let mut f = passing();
    f.sub_units = Some(SubUnits {
        total: 10,
        rated_well: 11,
    });
    assert_names(&err(&agency(), &f, 2026), "cq-1", "sub_units.rated_well");
    let mut f = passing();
    f.households_registered = Some((101, 100));
    assert_names(&err(&area(), &f, 2026), "kdc-1", "households_registered");
}

#[test]
fn error_thi_tran_in_2026_and_dac_khu_in_2023() {
    let tt = Unit::new(
        "tt-1",
        "Thị trấn Mộc Châu",
        UnitKind::Commune {
            commune_type: CommuneType::ThiTran,
        },
        ManagingLevel::District,
    );
    assert_names(&err(&tt, &passing(), 2026), "tt-1", "commune_type");
    // the same township in 2023 (three tiers) is fine
    assert!(decide(&tt, 2023, &passing(), &Additions::none()).is_ok());
    let dk = Unit::new(
        "dk-1",
        "Đặc khu Phú Quốc",
        UnitKind::Commune {
            commune_type: CommuneType::DacKhu,
        },
        ManagingLevel::Province,
    );
    assert_names(&err(&dk, &passing(), 2023), "dk-1", "commune_type");
    assert!(decide(&dk, 2026, &passing(), &Additions::none()).is_ok());
}

#[test]
fn error_district_managed_unit_after_2025() {
    let mut u = agency();
    u.managed_by = ManagingLevel::District;
    assert_names(&err(&u, &passing(), 2026), "cq-1", "managed_by");
}

#[test]
fn error_enterprise_without_size_data() {
    let u = Unit::new(
        "dn-9",
        "DN",
        UnitKind::Enterprise { size: None },
        ManagingLevel::Commune,
    );
    assert_names(&err(&u, &passing(), 2026), "dn-9", "size");
}

#[test]
fn error_residential_area_without_commune() {
    let u = Unit::new(
        "kdc-9",
        "Bản",
        UnitKind::ResidentialArea,
        ManagingLevel::Commune,
    );
    assert_names(&err(&u, &passing(), 2026), "kdc-9", "commune");
}

#[test]
fn error_negative_money_and_bad_monthly_counts() {
    let mut s = size(antq::unit::Sector::TradeServices, 5, Some(-1), Some(TY));
    assert_names(
        &err(&enterprise_of(s.clone()), &passing(), 2026),
        "dn-1",
        "size.revenue",
    );
    s.revenue = Some(TY.into());
    s.monthly_insured_employees = Some(vec![1; 13]);
    s.average_insured_employees = None;
    assert_names(
        &err(&enterprise_of(s), &passing(), 2026),
        "dn-1",
        "size.monthly_insured_employees",
    );
}

#[test]
fn error_year_out_of_range() {
    assert_names(&err(&area(), &passing(), i32::MAX), "kdc-1", "year");
    // TT124 is in force from 10/02/2022: 2021 was judged under the old circular
    assert_names(&err(&area(), &passing(), 2021), "kdc-1", "year");
    assert!(decide(&area(), 2022, &passing(), &Additions::none()).is_ok());
}
