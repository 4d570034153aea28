//! Quy mô doanh nghiệp — enterprise size under Nghị định 80/2021/NĐ-CP Điều 5–9.
//!
//! TT124 Đ1 k2 b takes micro and small enterprises out of the "An toàn về ANTT" standard; NĐ80
//! says who they are. A tier is met when the yearly average of insured employees is within its
//! limit **and** either the previous year's revenue **or** the total capital is within its limit
//! (Đ5). Enterprises under one year old, or without revenue yet (revenue not given or 0), are
//! sized on capital alone (Đ9 k2). The yearly average of employees is the sum of the previous
//! year's twelve monthly counts divided by 12 (Đ7 k2), or over the months operated for an
//! enterprise under one year old (Đ7 k3).
//!
//! ```
//! use antq::law::nd80::{assess, SizeClass};
//! use antq::unit::{EnterpriseSize, ManagingLevel, Sector, Unit, UnitKind};
//! use rust_decimal::Decimal;
//! let size = EnterpriseSize::new(Sector::IndustryConstruction)
//!     .with_average_employees(Decimal::from(11))
//!     .with_revenue(Decimal::from(3_000_000_000u64));
//! let shop = Unit::new("dn-1", "Xưởng A", UnitKind::enterprise(size), ManagingLevel::Commune);
//! assert_eq!(assess(&shop).unwrap().class, SizeClass::Small); // 11 > 10 employees
//! ```

use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Instrument, Source};
use crate::error::{Error, Subject};
use crate::explain::{Criterion, Finding, Record, Status, Value};
use crate::unit::{EnterpriseSize, Sector, Unit, UnitId, UnitKind};

/// Quy mô — the NĐ80 size class of an enterprise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SizeClass {
    /// Doanh nghiệp siêu nhỏ (Đ5 k1).
    Micro,
    /// Doanh nghiệp nhỏ (Đ5 k2).
    Small,
    /// Doanh nghiệp vừa (Đ5 k3).
    Medium,
    /// Above the medium limits: not a small or medium enterprise.
    Large,
}

impl SizeClass {
    /// Whether TT124 Đ1 k2 b excludes the enterprise (micro or small).
    pub fn excluded_from_tt124(self) -> bool {
        matches!(self, SizeClass::Micro | SizeClass::Small)
    }

    /// Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            SizeClass::Micro => "siêu nhỏ",
            SizeClass::Small => "nhỏ",
            SizeClass::Medium => "vừa",
            SizeClass::Large => "lớn",
        }
    }
}

/// Căn cứ tài chính — which money test NĐ80 applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoneyBasis {
    /// Revenue or total capital (Đ5): either within the limit is enough.
    RevenueOrCapital,
    /// Total capital only: under one year in operation, or no revenue yet (Đ9 k2).
    CapitalOnly,
}

/// Limits of one tier in one sector (employees; revenue and capital in VND).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limits {
    employees: u32,
    revenue: u64,
    capital: u64,
}

const fn lim(employees: u32, revenue_bn: u64, capital_bn: u64) -> Limits {
    Limits {
        employees,
        revenue: revenue_bn * BILLION as u64,
        capital: capital_bn * BILLION as u64,
    }
}

/// Đ5 for agriculture, forestry, fishery, industry and construction: `[micro, small, medium]`.
static PRODUCTION: [Limits; 3] = [lim(10, 3, 3), lim(100, 50, 20), lim(200, 200, 100)];

/// Đ5 for trade and services: `[micro, small, medium]`.
static TRADE: [Limits; 3] = [lim(10, 10, 3), lim(50, 100, 50), lim(100, 300, 100)];

/// The Đ5 table: `[micro, small, medium]` per sector (static: nothing built per call).
fn limits(sector: Sector) -> &'static [Limits; 3] {
    match sector {
        Sector::AgricultureForestryFishery | Sector::IndustryConstruction => &PRODUCTION,
        Sector::TradeServices => &TRADE,
    }
}

const BILLION: i64 = 1_000_000_000;

/// Kết quả xác định quy mô — an enterprise's size with the facts it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct SizeAssessment {
    /// The size class.
    pub class: SizeClass,
    /// The yearly average of insured employees used (Đ7).
    pub average_insured_employees: Decimal,
    /// Which money test was applied.
    pub basis: MoneyBasis,
}

pub(crate) static CRIT_MICRO: Criterion = Criterion {
    id: Cow::Borrowed("nd80.d5.k1"),
    source: Source::text(Citation::clause(Instrument::Nd80, 5, 1)),
    vi: Cow::Borrowed("Không phải doanh nghiệp siêu nhỏ"),
    en: Cow::Borrowed("Not a micro enterprise"),
};

pub(crate) static CRIT_SMALL: Criterion = Criterion {
    id: Cow::Borrowed("nd80.d5.k2"),
    source: Source::text(Citation::clause(Instrument::Nd80, 5, 2)),
    vi: Cow::Borrowed("Không phải doanh nghiệp nhỏ"),
    en: Cow::Borrowed("Not a small enterprise"),
};

fn subject(unit: &UnitId) -> Subject {
    Subject::Unit(unit.clone())
}

/// The yearly average of insured employees (NĐ80 Đ7 k2–k3): the given average, or computed
/// from monthly counts — the twelve months of the previous year summed and divided by 12
/// (Đ7 k2), or, for an enterprise under one year old, the months it operated summed and divided
/// by their number (Đ7 k3). A list of monthly counts must therefore hold twelve values, or one
/// value per month in operation when `months_in_operation` says it operated under twelve
/// months; any other list is an error naming the field (never divided by its own length).
#[inline(never)]
pub(crate) fn average_employees(unit: &UnitId, size: &EnterpriseSize) -> Result<Decimal, Error> {
    let from_months = match &size.monthly_insured_employees {
        None => None,
        Some(months) => {
            let expected = match size.months_in_operation {
                Some(0) => {
                    return Err(Error::invalid(
                        subject(unit),
                        "size.months_in_operation",
                        "at least 1 month when monthly counts are given",
                        0,
                    ))
                }
                Some(m) if m < 12 => usize::from(m),
                _ => 12,
            };
            if months.len() != expected {
                return Err(Error::invalid(
                    subject(unit),
                    "size.monthly_insured_employees",
                    if expected == 12 {
                        "twelve monthly counts, one per month of the previous year (NĐ80 Đ7 k2: \
                         the sum is divided by 12), or size.months_in_operation when the \
                         enterprise operated under one year (Đ7 k3)"
                    } else {
                        "one monthly count per month in operation (NĐ80 Đ7 k3)"
                    },
                    match size.months_in_operation {
                        Some(m) => format!("{} counts for {m} months in operation", months.len()),
                        None => format!("{} counts and no months_in_operation", months.len()),
                    },
                ));
            }
            let total: u64 = months.iter().map(|&n| u64::from(n)).sum();
            Some(Decimal::from(total) / Decimal::from(expected as u64))
        }
    };
    match (size.average_insured_employees, from_months) {
        (Some(avg), _) if avg.is_sign_negative() => Err(Error::invalid(
            subject(unit),
            "size.average_insured_employees",
            "a number ≥ 0",
            avg,
        )),
        (Some(avg), Some(computed)) if avg != computed => Err(Error::invalid(
            subject(unit),
            "size.average_insured_employees",
            "the average of size.monthly_insured_employees (or only one of the two)",
            format!("{avg} vs computed {computed}"),
        )),
        (Some(avg), _) => Ok(avg),
        (None, Some(computed)) => Ok(computed),
        (None, None) => Err(Error::missing(
            subject(unit),
            "size.average_insured_employees",
            "the yearly average of insured employees, or size.monthly_insured_employees",
        )),
    }
}

#[inline(always)]
fn non_negative(unit: &UnitId, field: &'static str, v: Option<&Decimal>) -> Result<(), Error> {
    match v {
        Some(x) if x.is_sign_negative() => Err(negative_amount(unit, field, *x)),
        _ => Ok(()),
    }
}

#[cold]
#[inline(never)]
fn negative_amount(unit: &UnitId, field: &'static str, x: Decimal) -> Error {
    Error::invalid(subject(unit), field, "an amount ≥ 0 VND", x)
}

/// Size an enterprise under NĐ80 Điều 5–9, from the size inputs of its kind
/// ([`UnitKind::Enterprise`]).
///
/// # Errors
///
/// An [`Error`] naming the unit: not an enterprise (field `kind`) or no size inputs (field
/// `size`); a list of monthly counts of the wrong length, an average that contradicts the
/// monthly counts, a negative amount, or no capital where NĐ80 Đ9 k2 sizes on capital alone
/// (each names its `size.…` field).
///
/// ```
/// use antq::law::nd80::{assess, SizeClass};
/// use antq::unit::{EnterpriseSize, ManagingLevel, Sector, Unit, UnitKind};
/// use rust_decimal::Decimal;
/// let size = EnterpriseSize::new(Sector::TradeServices)
///     .with_average_employees(Decimal::from(10))
///     .with_revenue(Decimal::from(10_000_000_000u64))
///     .with_capital(Decimal::from(5_000_000_000u64));
/// let shop = Unit::new("dn-1", "Cửa hàng A", UnitKind::enterprise(size), ManagingLevel::Commune);
/// let a = assess(&shop).unwrap();
/// assert_eq!(a.class, SizeClass::Micro); // 10 employees and revenue exactly 10 tỷ
/// ```
pub fn assess(unit: &Unit) -> Result<SizeAssessment, Error> {
    match &unit.kind {
        UnitKind::Enterprise { size: Some(size) } => assess_size(&unit.id, size),
        UnitKind::Enterprise { size: None } => {
            Err(Error::missing(subject(&unit.id), "size", "NĐ80 size data"))
        }
        other => Err(Error::invalid(
            subject(&unit.id),
            "kind",
            "an enterprise (NĐ80 sizes enterprises only)",
            other.tag().name_en(),
        )),
    }
}

/// [`assess`] of size inputs, errors naming `unit`.
pub(crate) fn assess_size(unit: &UnitId, size: &EnterpriseSize) -> Result<SizeAssessment, Error> {
    // The usual input, the average given (≥ 0) and no monthly counts, is the average itself
    // (what `average_employees` answers for it); anything else goes through Đ7's reading.
    let avg = match (
        size.average_insured_employees,
        &size.monthly_insured_employees,
    ) {
        (Some(avg), None) if !avg.is_sign_negative() => avg,
        _ => average_employees(unit, size)?,
    };
    // The amounts are read where they are (by reference): a copy of an `Option<Decimal>`
    // to the stack, read back in other widths, stalls on store forwarding (DESIGN §28.2).
    let (revenue, capital) = (size.revenue.as_ref(), size.total_capital.as_ref());
    non_negative(unit, "size.revenue", revenue)?;
    non_negative(unit, "size.total_capital", capital)?;
    let young = size.months_in_operation.is_some_and(|m| m < 12);
    // Đ9 k2: under one year in operation, or no revenue arisen yet ("chưa phát sinh doanh
    // thu": revenue not given, or given as 0) → total capital alone.
    let no_revenue = revenue.is_none_or(|r| r.is_zero());
    let basis = if young || no_revenue {
        MoneyBasis::CapitalOnly
    } else {
        MoneyBasis::RevenueOrCapital
    };
    if basis == MoneyBasis::CapitalOnly && capital.is_none() {
        return Err(no_capital(unit, young));
    }
    let [micro, small, medium] = limits(size.sector);
    let revenue = revenue.filter(|_| basis == MoneyBasis::RevenueOrCapital);
    let class = match whole(&avg, revenue, capital) {
        Some((avg, revenue, capital)) => {
            // Whole amounts (the usual input): the same comparisons on integers.
            let within = |l: &Limits| {
                avg <= u64::from(l.employees)
                    && (revenue.is_some_and(|r| r <= l.revenue)
                        || capital.is_some_and(|c| c <= l.capital))
            };
            tier(within, [micro, small, medium])
        }
        None => tier_decimal(size.sector, avg, revenue.copied(), capital.copied()),
    };
    Ok(SizeAssessment {
        class,
        average_insured_employees: avg,
        basis,
    })
}

#[cold]
#[inline(never)]
fn no_capital(unit: &UnitId, young: bool) -> Error {
    Error::missing(
        subject(unit),
        "size.total_capital",
        if young {
            "total capital (under one year in operation, NĐ80 Đ9 k2 sizes on capital only)"
        } else {
            "total capital (no revenue yet — not given or 0 — NĐ80 Đ9 k2 sizes on capital only)"
        },
    )
}

/// The Đ5 test of one tier on exact decimals: employees within the limit and (revenue, when it
/// counts, or capital within its limit).
pub(crate) fn within_decimal(
    l: &Limits,
    avg: Decimal,
    revenue: Option<Decimal>,
    capital: Option<Decimal>,
) -> bool {
    avg <= Decimal::from(l.employees)
        && (revenue.is_some_and(|r| r <= Decimal::from(l.revenue))
            || capital.is_some_and(|c| c <= Decimal::from(l.capital)))
}

/// A decimal that is a whole number ≥ 0 below 2⁶⁴, as that integer; `None` otherwise.
/// Comparing it with a whole limit is then exactly comparing the decimals. Read from the
/// decimal's parts: flags 0 (scale 0, sign +) and high word 0 — no 128-bit mantissa made.
#[inline(always)]
fn small_whole(d: &Decimal) -> Option<u64> {
    let b = d.serialize();
    let word = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
    (word(0) == 0 && word(12) == 0).then(|| u64::from(word(4)) | u64::from(word(8)) << 32)
}

/// The amounts as integers when every one given is [`small_whole`] — the test
/// [`assess_size`] makes before comparing on integers.
#[inline(always)]
fn whole(
    avg: &Decimal,
    revenue: Option<&Decimal>,
    capital: Option<&Decimal>,
) -> Option<(u64, Option<u64>, Option<u64>)> {
    let opt = |d: Option<&Decimal>| match d {
        None => Some(None),
        Some(d) => small_whole(d).map(Some),
    };
    Some((small_whole(avg)?, opt(revenue)?, opt(capital)?))
}

/// [`tier`] on exact decimals (amounts with a fraction): out of line, so that the usual whole
/// amounts' path stays short.
#[inline(never)]
fn tier_decimal(
    sector: Sector,
    avg: Decimal,
    revenue: Option<Decimal>,
    capital: Option<Decimal>,
) -> SizeClass {
    let [micro, small, medium] = limits(sector);
    tier(
        |l: &Limits| within_decimal(l, avg, revenue, capital),
        [micro, small, medium],
    )
}

/// The first tier met, micro → small → medium, else large.
fn tier(within: impl Fn(&Limits) -> bool, [micro, small, medium]: [&Limits; 3]) -> SizeClass {
    if within(micro) {
        SizeClass::Micro
    } else if within(small) {
        SizeClass::Small
    } else if within(medium) {
        SizeClass::Medium
    } else {
        SizeClass::Large
    }
}

pub(crate) static CRIT_EMPLOYEES: Criterion = Criterion {
    id: Cow::Borrowed("nd80.d7"),
    source: Source::text(Citation::article(Instrument::Nd80, 7)),
    vi: Cow::Borrowed("Số lao động tham gia BHXH bình quân năm"),
    en: Cow::Borrowed("Yearly average of insured employees"),
};

/// The limits of a tier as text: `(micro, small)` per sector.
fn tier_text(sector: Sector) -> (&'static str, &'static str) {
    match sector {
        Sector::AgricultureForestryFishery | Sector::IndustryConstruction => (
            "siêu nhỏ: ≤ 10 lao động và (doanh thu ≤ 3 tỷ hoặc nguồn vốn ≤ 3 tỷ)",
            "nhỏ: ≤ 100 lao động và (doanh thu ≤ 50 tỷ hoặc nguồn vốn ≤ 20 tỷ)",
        ),
        Sector::TradeServices => (
            "siêu nhỏ: ≤ 10 lao động và (doanh thu ≤ 10 tỷ hoặc nguồn vốn ≤ 3 tỷ)",
            "nhỏ: ≤ 50 lao động và (doanh thu ≤ 100 tỷ hoặc nguồn vốn ≤ 50 tỷ)",
        ),
    }
}

/// The findings that explain an assessment: the average of insured employees (Đ7), "not
/// micro" (Đ5 k1) and "not small" (Đ5 k2), each tier with the class found and its limits.
/// Allocation-free: every text is static.
pub fn findings(size: &EnterpriseSize, assessment: &SizeAssessment) -> [Finding; 3] {
    let mut out = Vec::with_capacity(3);
    record(&mut out, size, assessment);
    let mut it = out.into_iter();
    let mut next = || it.next().expect("three findings recorded");
    [next(), next(), next()]
}

/// Record the three findings of [`findings`] through a recorder.
#[inline(always)]
pub(crate) fn record<R: Record>(out: &mut R, size: &EnterpriseSize, assessment: &SizeAssessment) {
    let class = assessment.class;
    let status = |is_tier: bool| if is_tier { Status::NotMet } else { Status::Met };
    let class_value = move || Value::Text(Cow::Borrowed(class.name_vi()));
    out.record(&CRIT_EMPLOYEES, Status::Met, || {
        (
            Value::Number(assessment.average_insured_employees),
            Value::Text(Cow::Borrowed(match assessment.basis {
                MoneyBasis::RevenueOrCapital => "doanh thu hoặc nguồn vốn (Điều 5)",
                MoneyBasis::CapitalOnly => "chỉ xét nguồn vốn (khoản 2 Điều 9)",
            })),
        )
    });
    out.record(&CRIT_MICRO, status(class == SizeClass::Micro), || {
        (
            class_value(),
            Value::Text(Cow::Borrowed(tier_text(size.sector).0)),
        )
    });
    out.record(&CRIT_SMALL, status(class == SizeClass::Small), || {
        (
            class_value(),
            Value::Text(Cow::Borrowed(tier_text(size.sector).1)),
        )
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(sector: Sector, emp: i64, rev: Option<i64>, cap: Option<i64>) -> EnterpriseSize {
        EnterpriseSize {
            sector,
            average_insured_employees: Some(Decimal::from(emp)),
            monthly_insured_employees: None,
            revenue: rev.map(Decimal::from),
            total_capital: cap.map(Decimal::from),
            months_in_operation: None,
        }
    }

    #[test]
    fn monthly_counts_average_over_months_operated() {
        let mut s = size(Sector::TradeServices, 0, None, Some(1));
        s.average_insured_employees = None;
        s.monthly_insured_employees = Some(vec![9, 12, 12]);
        s.months_in_operation = Some(3);
        let a = assess_size(&UnitId::from("x"), &s).unwrap();
        assert_eq!(a.average_insured_employees, Decimal::from(11));
        assert_eq!(a.basis, MoneyBasis::CapitalOnly);
    }

    #[test]
    fn large_when_over_every_limit() {
        let s = size(
            Sector::TradeServices,
            500,
            Some(900 * BILLION),
            Some(900 * BILLION),
        );
        assert_eq!(
            assess_size(&UnitId::from("x"), &s).unwrap().class,
            SizeClass::Large
        );
    }

    /// NĐ80 Đ7: a given yearly average without monthly counts is taken as it is (the short
    /// path); a negative one is refused, and one given with monthly counts is still checked
    /// against them (the full reading), agreeing or not.
    #[test]
    fn d7_a_given_average_is_taken_as_is_and_checked_against_monthly_counts() {
        let id = UnitId::from("x");
        let given = size(Sector::TradeServices, 11, None, Some(1));
        let a = assess_size(&id, &given).unwrap();
        assert_eq!(a.average_insured_employees, Decimal::from(11));
        assert_eq!(a.class, SizeClass::Small);

        let negative = size(Sector::TradeServices, -1, None, Some(1));
        let e = assess_size(&id, &negative).unwrap_err().to_string();
        assert!(e.contains("size.average_insured_employees"), "{e}");

        let mut agreeing = given.clone();
        agreeing.monthly_insured_employees = Some(vec![11; 12]);
        assert_eq!(assess_size(&id, &agreeing).unwrap(), a);

        let mut contradicting = given;
        contradicting.monthly_insured_employees = Some(vec![10; 12]);
        let e = assess_size(&id, &contradicting).unwrap_err().to_string();
        assert!(e.contains("size.average_insured_employees"), "{e}");
    }

    /// NĐ80 Đ5: whole amounts are compared on integers, an amount with a fraction on exact
    /// decimals; both sides of the employees' limit of a micro trade enterprise (10), and a
    /// fractional capital at its limit, give the same classes either way.
    #[test]
    fn d5_whole_and_fractional_amounts_meet_the_same_limits() {
        let id = UnitId::from("x");
        let class = |emp: Decimal, cap: Decimal| {
            let mut s = size(Sector::TradeServices, 0, None, None);
            s.average_insured_employees = Some(emp);
            s.total_capital = Some(cap);
            assess_size(&id, &s).unwrap().class
        };
        let three_bn = Decimal::from(3 * BILLION);
        assert_eq!(class(Decimal::from(10), three_bn), SizeClass::Micro);
        assert_eq!(class(Decimal::new(100, 1), three_bn), SizeClass::Micro);
        assert_eq!(class(Decimal::new(1001, 2), three_bn), SizeClass::Small);
        assert_eq!(class(Decimal::from(11), three_bn), SizeClass::Small);
        let just_over = three_bn + Decimal::new(1, 1);
        assert_eq!(class(Decimal::from(10), just_over), SizeClass::Small);
    }
}

#[cfg(test)]
mod fast_path {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// NĐ80 Đ5: sizing whole numbers on integers gives the class the exact decimals give,
        /// on both sides of every limit.
        #[test]
        fn integer_tiers_equal_decimal_tiers(
            sector in 0usize..3,
            employees in 0i64..250,
            revenue in prop::option::of(1i64..400),
            capital in prop::option::of(1i64..150),
            off in -1i64..=1,
            revenue_counts in any::<bool>(),
        ) {
            let sector = [
                Sector::AgricultureForestryFishery,
                Sector::IndustryConstruction,
                Sector::TradeServices,
            ][sector];
            // Amounts near the limits: whole billions, ± 1 đồng.
            let money = |bn: i64| Decimal::from(bn * BILLION + off);
            let avg = Decimal::from(employees);
            let rev = revenue.map(money).filter(|_| revenue_counts);
            let cap = capital.map(money);
            let [m, s, d] = *limits(sector);
            let size = EnterpriseSize {
                sector,
                average_insured_employees: Some(avg),
                monthly_insured_employees: None,
                revenue: if revenue_counts { revenue.map(money) } else { None },
                total_capital: cap.or(Some(Decimal::ZERO)),
                months_in_operation: None,
            };
            let cap = size.total_capital;
            let exact = |l: &Limits| within_decimal(l, avg, rev, cap);
            let fast = assess_size(&UnitId::from("dn"), &size).expect("valid size");
            prop_assert_eq!(fast.class, tier(exact, [&m, &s, &d]));
        }
    }

    #[test]
    fn a_fraction_takes_the_decimal_path() {
        assert!(whole(&Decimal::new(105, 1), None, None).is_none());
        assert!(whole(&Decimal::from(10), Some(&Decimal::new(1, 2)), None).is_none());
        assert_eq!(
            whole(&Decimal::from(10), None, Some(&Decimal::from(3))),
            Some((10, None, Some(3)))
        );
    }
}

/// The integer path of the sizing (`small_whole`) at its edges, and against the exact decimal
/// path for any amount (DESIGN §28.2).
#[cfg(test)]
mod whole_amounts {
    use super::*;
    use proptest::prelude::*;

    /// Negative zero, with its sign set as code can build it (parsing "-0" gives +0).
    fn negative_zero() -> Decimal {
        let mut nz = Decimal::ZERO;
        nz.set_sign_negative(true);
        nz
    }

    /// What the integer path takes: whole amounts ≥ 0 below 2⁶⁴, the low and middle words
    /// both read; a scale, a sign or a high word sends the amount to the decimal path.
    #[test]
    fn d5_whole_amounts_below_two_to_the_64_are_read_as_integers() {
        assert_eq!(small_whole(&Decimal::ZERO), Some(0));
        assert_eq!(small_whole(&Decimal::from(10)), Some(10));
        assert_eq!(small_whole(&Decimal::from(1u64 << 32)), Some(1 << 32));
        assert_eq!(small_whole(&Decimal::from(u64::MAX)), Some(u64::MAX));
        assert_eq!(small_whole(&Decimal::new(100, 1)), None, "10.0 (scale 1)");
        let two_64 = Decimal::from(u64::MAX) + Decimal::ONE;
        assert_eq!(small_whole(&two_64), None, "2^64");
        let high = Decimal::from_i128_with_scale((1i128 << 64) + 5, 0);
        assert_eq!(small_whole(&high), None, "2^64 + 5: small low words");
        assert_eq!(small_whole(&Decimal::from(-5)), None);
        assert_eq!(small_whole(&negative_zero()), None);
    }

    fn size(revenue: Option<Decimal>, capital: Option<Decimal>, avg: Decimal) -> EnterpriseSize {
        EnterpriseSize {
            sector: Sector::TradeServices,
            average_insured_employees: Some(avg),
            monthly_insured_employees: None,
            revenue,
            total_capital: capital,
            months_in_operation: None,
        }
    }

    /// NĐ80 Đ5: an amount of 2⁶⁴ + 5 đồng (whose low words alone look tiny) is above every
    /// limit — large; 10 tỷ and 10 employees written with a scale (10.0) are still within the
    /// micro limits of trade and services.
    #[test]
    fn d5_amounts_past_two_to_the_64_or_with_a_scale_keep_their_tier() {
        let dn = UnitId::from("dn");
        let huge = Decimal::from_i128_with_scale((1i128 << 64) + 5, 0);
        let s = size(Some(huge), Some(huge), Decimal::from(1));
        assert_eq!(assess_size(&dn, &s).unwrap().class, SizeClass::Large);
        let ten_bn = Decimal::new(100_000_000_000, 1);
        let s = size(Some(ten_bn), Some(ten_bn), Decimal::new(100, 1));
        assert_eq!(assess_size(&dn, &s).unwrap().class, SizeClass::Micro);
    }

    fn any_amount() -> impl Strategy<Value = Decimal> {
        (0u128..(1u128 << 96), 0u32..=28, 0u8..4).prop_map(|(m, scale, shape)| {
            let m = match shape {
                0 => m,                          // anything up to 2^96
                1 => m % (1u128 << 64),          // below 2^64
                2 => (m % 500) * 1_000_000_000,  // near the limits
                _ => (1u128 << 64) + (m % 1000), // just past 2^64, small low words
            };
            let scale = if shape >= 2 { scale % 2 } else { scale };
            Decimal::from_i128_with_scale(m as i128, scale)
        })
    }

    proptest! {
        /// NĐ80 Đ5: for any amounts ≥ 0 (up to 2⁹⁶, any scale) the class `assess_size` gives
        /// equals the exact decimal tiers.
        #[test]
        fn d5_any_amounts_integer_path_equals_decimal_path(
            avg in (0u64..300, 0u32..2).prop_map(|(n, s)| Decimal::new(n as i64 * 10i64.pow(s), s)),
            rev in prop::option::of(any_amount()),
            cap in any_amount(),
            sector in 0usize..3,
        ) {
            let sector = [
                Sector::AgricultureForestryFishery,
                Sector::IndustryConstruction,
                Sector::TradeServices,
            ][sector];
            let s = EnterpriseSize { sector, ..size(rev, Some(cap), avg) };
            let got = assess_size(&UnitId::from("dn"), &s).unwrap();
            let rev_counts = rev.filter(|r| !r.is_zero());
            prop_assert_eq!(got.class, tier_decimal(sector, avg, rev_counts, Some(cap)));
        }
    }
}
