//! NĐ80 Đ7 k2–k3 (the yearly average of insured employees) and Đ9 k2 (no revenue yet → capital
//! alone), on both sides of each line.

mod common;

use antq::law::nd80::{MoneyBasis, SizeClass};
use antq::unit::Sector;
use common::*;
use rust_decimal::Decimal;

#[test]
fn nd80_d9_k2_revenue_zero_is_no_revenue_yet_and_sizes_on_capital_alone() {
    // 5 employees, revenue 0, capital 500 tỷ: not micro (capital far above 3 tỷ) — large.
    let s = size(Sector::TradeServices, 5, Some(0), Some(500 * TY));
    let a = sized(&s).unwrap();
    assert_eq!(a.basis, MoneyBasis::CapitalOnly);
    assert_eq!(a.class, SizeClass::Large);
}

#[test]
fn nd80_d9_k2_revenue_above_zero_uses_revenue_or_capital() {
    // The same enterprise with 1 đồng of revenue: revenue ≤ 10 tỷ makes it micro (Đ5 k1).
    let s = size(Sector::TradeServices, 5, Some(1), Some(500 * TY));
    let a = sized(&s).unwrap();
    assert_eq!(a.basis, MoneyBasis::RevenueOrCapital);
    assert_eq!(a.class, SizeClass::Micro);
}

#[test]
fn nd80_d9_k2_revenue_zero_with_small_capital_is_micro() {
    let s = size(Sector::TradeServices, 5, Some(0), Some(3 * TY));
    assert_eq!(sized(&s).unwrap().class, SizeClass::Micro);
}

#[test]
fn nd80_d9_k2_revenue_zero_without_capital_is_an_error_naming_the_field() {
    let s = size(Sector::TradeServices, 5, Some(0), None);
    let e = sized(&s).unwrap_err();
    assert_eq!(e.field(), Some("size.total_capital"));
    assert!(e.to_string().contains("dn-1"), "{e}");
}

fn monthly(counts: Vec<u32>, months: Option<u16>) -> antq::unit::EnterpriseSize {
    let mut s = size(
        Sector::IndustryConstruction,
        0,
        Some(40 * TY),
        Some(30 * TY),
    );
    s.average_insured_employees = None;
    s.monthly_insured_employees = Some(counts);
    s.months_in_operation = months;
    s
}

#[test]
fn nd80_d7_k2_twelve_months_summed_and_divided_by_12() {
    // 100 insured employees for 6 months and 101 for 6: average 100.5 — over the small limit
    // of 100 in industry: medium.
    let mut counts = vec![100; 6];
    counts.extend([101; 6]);
    let a = sized(&monthly(counts, None)).unwrap();
    assert_eq!(a.average_insured_employees, Decimal::new(1005, 1));
    assert_eq!(a.class, SizeClass::Medium);
    // Exactly 100 on average: small.
    let a = sized(&monthly(vec![100; 12], Some(30))).unwrap();
    assert_eq!(a.average_insured_employees, Decimal::from(100));
    assert_eq!(a.class, SizeClass::Small);
}

#[test]
fn nd80_d7_k2_a_partial_list_without_months_in_operation_is_an_error_not_averaged() {
    let e = sized(&monthly(vec![100; 11], None)).unwrap_err();
    assert_eq!(e.field(), Some("size.monthly_insured_employees"));
    let msg = e.to_string();
    assert!(msg.contains("dn-1") && msg.contains("twelve"), "{msg}");
}

#[test]
fn nd80_d7_k2_an_enterprise_a_year_old_or_more_needs_twelve_values() {
    let e = sized(&monthly(vec![100; 6], Some(12))).unwrap_err();
    assert_eq!(e.field(), Some("size.monthly_insured_employees"));
    assert!(sized(&monthly(vec![100; 12], Some(12))).is_ok());
}

#[test]
fn nd80_d7_k3_under_one_year_averages_over_the_months_operated() {
    let a = sized(&monthly(vec![9, 12, 12], Some(3))).unwrap();
    assert_eq!(a.average_insured_employees, Decimal::from(11));
    let e = sized(&monthly(vec![9, 12], Some(3))).unwrap_err();
    assert_eq!(e.field(), Some("size.monthly_insured_employees"));
}

#[test]
fn nd80_d7_k3_zero_months_in_operation_with_monthly_counts_is_an_error() {
    let e = sized(&monthly(vec![], Some(0))).unwrap_err();
    assert_eq!(e.field(), Some("size.months_in_operation"));
}

/// NĐ80 sizing of an enterprise with these size inputs.
fn sized(
    size: &antq::unit::EnterpriseSize,
) -> Result<antq::law::nd80::SizeAssessment, antq::Error> {
    let unit = antq::Unit::new(
        "dn-1",
        "Doanh nghiệp",
        antq::UnitKind::enterprise(size.clone()),
        antq::ManagingLevel::Commune,
    );
    antq::law::nd80::assess(&unit)
}
