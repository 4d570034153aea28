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

/// The NĐ80 Đ5 table per sector: `(employees, revenue tỷ, capital tỷ)` for micro, small, medium.
const AGRI_INDUSTRY: [(i64, i64, i64); 3] = [(10, 3, 3), (100, 50, 20), (200, 200, 100)];
const TRADE: [(i64, i64, i64); 3] = [(10, 10, 3), (50, 100, 50), (100, 300, 100)];
const TIERS: [SizeClass; 4] = [
    SizeClass::Micro,
    SizeClass::Small,
    SizeClass::Medium,
    SizeClass::Large,
];

fn class_of(sector: Sector, employees: i64, revenue: i64, capital: i64) -> SizeClass {
    sized(&size(sector, employees, Some(revenue), Some(capital)))
        .unwrap()
        .class
}

#[test]
fn nd80_d5_each_tier_employee_limit_is_inclusive_one_more_is_the_next_tier() {
    for (sector, table) in [
        (Sector::AgricultureForestryFishery, AGRI_INDUSTRY),
        (Sector::IndustryConstruction, AGRI_INDUSTRY),
        (Sector::TradeServices, TRADE),
    ] {
        for (i, &(emp, rev, cap)) in table.iter().enumerate() {
            let at = class_of(sector, emp, rev * TY, cap * TY);
            assert_eq!(at, TIERS[i], "{sector:?} tier {i}: {emp} employees");
            let over = class_of(sector, emp + 1, rev * TY, cap * TY);
            assert_eq!(
                over,
                TIERS[i + 1],
                "{sector:?} tier {i}: {} employees",
                emp + 1
            );
        }
    }
}

#[test]
fn nd80_d5_each_tier_revenue_alone_suffices_up_to_its_limit() {
    // Capital one đồng over the tier's limit: revenue decides.
    for (sector, table) in [
        (Sector::AgricultureForestryFishery, AGRI_INDUSTRY),
        (Sector::IndustryConstruction, AGRI_INDUSTRY),
        (Sector::TradeServices, TRADE),
    ] {
        for (i, &(emp, rev, cap)) in table.iter().enumerate() {
            let at = class_of(sector, emp, rev * TY, cap * TY + 1);
            assert_eq!(at, TIERS[i], "{sector:?} tier {i}: revenue {rev} tỷ");
            let over = class_of(sector, emp, rev * TY + 1, cap * TY + 1);
            assert_eq!(
                over,
                TIERS[i + 1],
                "{sector:?} tier {i}: revenue over {rev} tỷ"
            );
        }
    }
}

#[test]
fn nd80_d5_each_tier_capital_alone_suffices_up_to_its_limit() {
    // Revenue one đồng over the tier's limit: capital decides.
    for (sector, table) in [
        (Sector::AgricultureForestryFishery, AGRI_INDUSTRY),
        (Sector::IndustryConstruction, AGRI_INDUSTRY),
        (Sector::TradeServices, TRADE),
    ] {
        for (i, &(emp, rev, cap)) in table.iter().enumerate() {
            let at = class_of(sector, emp, rev * TY + 1, cap * TY);
            assert_eq!(at, TIERS[i], "{sector:?} tier {i}: capital {cap} tỷ");
            let over = class_of(sector, emp, rev * TY + 1, cap * TY + 1);
            assert_eq!(
                over,
                TIERS[i + 1],
                "{sector:?} tier {i}: capital over {cap} tỷ"
            );
        }
    }
}

#[test]
fn nd80_d9_k2_eleven_months_in_operation_is_young_twelve_is_not() {
    // Revenue within the micro limit, capital above it: the money test decides.
    let mut s = size(Sector::TradeServices, 5, Some(TY), Some(4 * TY));
    s.months_in_operation = Some(12);
    let a = sized(&s).unwrap();
    assert_eq!(a.basis, MoneyBasis::RevenueOrCapital);
    assert_eq!(a.class, SizeClass::Micro);
    s.months_in_operation = Some(11);
    let a = sized(&s).unwrap();
    assert_eq!(a.basis, MoneyBasis::CapitalOnly);
    assert_eq!(a.class, SizeClass::Small, "revenue is not looked at");
}

#[test]
fn nd80_d9_k2_young_enterprise_without_capital_is_an_error_naming_the_field() {
    let mut s = size(Sector::TradeServices, 5, Some(TY), None);
    s.months_in_operation = Some(6);
    let e = sized(&s).unwrap_err();
    assert_eq!(e.field(), Some("size.total_capital"));
    assert!(e.to_string().contains("one year"), "{e}");
    // A year old or more with revenue: capital is not needed.
    s.months_in_operation = Some(12);
    assert_eq!(sized(&s).unwrap().class, SizeClass::Micro);
}

#[test]
fn nd80_d7_a_negative_average_is_an_error_zero_is_not() {
    let mut s = size(Sector::TradeServices, 0, Some(TY), Some(TY));
    assert_eq!(sized(&s).unwrap().class, SizeClass::Micro);
    s.average_insured_employees = Some(Decimal::from(-1));
    let e = sized(&s).unwrap_err();
    assert_eq!(e.field(), Some("size.average_insured_employees"));
}

#[test]
fn nd80_d7_k2_an_average_given_with_monthly_counts_must_equal_their_average() {
    let mut s = monthly(vec![12; 12], None);
    s.average_insured_employees = Some(Decimal::from(12));
    assert_eq!(
        sized(&s).unwrap().average_insured_employees,
        Decimal::from(12)
    );
    s.average_insured_employees = Some(Decimal::from(11));
    let e = sized(&s).unwrap_err();
    assert_eq!(e.field(), Some("size.average_insured_employees"));
    assert!(e.to_string().contains("computed 12"), "{e}");
}

#[test]
fn nd80_d7_neither_average_nor_monthly_counts_is_missing() {
    let mut s = size(Sector::TradeServices, 0, Some(TY), Some(TY));
    s.average_insured_employees = None;
    let e = sized(&s).unwrap_err();
    assert_eq!(e.field(), Some("size.average_insured_employees"));
}

#[test]
fn nd80_d7_k3_a_wrong_count_for_the_months_operated_names_them() {
    let e = sized(&monthly(vec![5; 4], Some(3))).unwrap_err();
    assert_eq!(e.field(), Some("size.monthly_insured_employees"));
    let msg = e.to_string();
    assert!(msg.contains("4 counts for 3 months"), "{msg}");
    assert!(msg.contains("per month in operation"), "{msg}");
}

#[test]
fn nd80_d5_negative_revenue_or_capital_is_an_error_naming_the_field() {
    let s = size(Sector::TradeServices, 5, Some(-1), Some(TY));
    assert_eq!(sized(&s).unwrap_err().field(), Some("size.revenue"));
    let s = size(Sector::TradeServices, 5, Some(TY), Some(-1));
    assert_eq!(sized(&s).unwrap_err().field(), Some("size.total_capital"));
    let s = size(Sector::TradeServices, 5, Some(0), Some(0));
    assert_eq!(sized(&s).unwrap().class, SizeClass::Micro, "0 is ≥ 0");
}

#[test]
fn nd80_sizes_enterprises_only_and_needs_their_size_data() {
    let school = antq::Unit::new(
        "th-1",
        "Trường",
        antq::UnitKind::school(antq::unit::SchoolLevel::LowerSecondary),
        antq::ManagingLevel::Commune,
    );
    let e = antq::law::nd80::assess(&school).unwrap_err();
    assert_eq!(e.field(), Some("kind"));
    let bare = antq::Unit::new(
        "dn-2",
        "Doanh nghiệp",
        antq::UnitKind::Enterprise { size: None },
        antq::ManagingLevel::Commune,
    );
    let e = antq::law::nd80::assess(&bare).unwrap_err();
    assert_eq!(e.field(), Some("size"));
}

#[test]
fn tt124_d1_k2_b_only_micro_and_small_are_excluded() {
    assert!(SizeClass::Micro.excluded_from_tt124());
    assert!(SizeClass::Small.excluded_from_tt124());
    assert!(!SizeClass::Medium.excluded_from_tt124());
    assert!(!SizeClass::Large.excluded_from_tt124());
    let names: Vec<_> = TIERS.iter().map(|c| c.name_vi()).collect();
    assert_eq!(names, ["siêu nhỏ", "nhỏ", "vừa", "lớn"]);
}

#[test]
fn nd80_d5_findings_not_micro_and_not_small_follow_the_class() {
    use antq::law::nd80::findings;
    use antq::Status::{Met, NotMet};
    for (emp, class, statuses) in [
        (5, SizeClass::Micro, [Met, NotMet, Met]),
        (20, SizeClass::Small, [Met, Met, NotMet]),
        (80, SizeClass::Medium, [Met, Met, Met]),
    ] {
        let s = size(Sector::TradeServices, emp, Some(TY), Some(TY));
        let a = sized(&s).unwrap();
        assert_eq!(a.class, class);
        let f = findings(&s, &a);
        let got: Vec<_> = f.iter().map(|f| f.status).collect();
        assert_eq!(got, statuses, "{class:?}");
        let ids: Vec<_> = f.iter().map(|f| f.criterion.id.to_string()).collect();
        assert_eq!(ids, ["nd80.d7", "nd80.d5.k1", "nd80.d5.k2"]);
        assert_eq!(
            f[0].observed,
            antq::explain::Value::Number(Decimal::from(emp))
        );
        assert_eq!(text(&f[1].observed), class.name_vi());
    }
}

#[test]
fn nd80_d5_findings_state_each_sectors_limits_and_the_money_basis() {
    use antq::law::nd80::findings;
    let trade = size(Sector::TradeServices, 5, Some(TY), Some(TY));
    let f = findings(&trade, &sized(&trade).unwrap());
    assert!(
        text(&f[0].required).contains("Điều 5"),
        "{:?}",
        f[0].required
    );
    assert!(text(&f[1].required).contains("doanh thu ≤ 10 tỷ"));
    assert!(text(&f[2].required).contains("≤ 50 lao động"));
    let young = size(Sector::IndustryConstruction, 5, Some(0), Some(TY));
    let f = findings(&young, &sized(&young).unwrap());
    assert!(
        text(&f[0].required).contains("Điều 9"),
        "{:?}",
        f[0].required
    );
    assert!(text(&f[1].required).contains("doanh thu ≤ 3 tỷ"));
    assert!(text(&f[2].required).contains("≤ 100 lao động"));
}

fn text(v: &antq::explain::Value) -> String {
    match v {
        antq::explain::Value::Text(t) => t.to_string(),
        other => panic!("expected a text, got {other:?}"),
    }
}
