//! When: the local-government regime in force on a date.
//!
//! Up to 30/6/2025 Vietnam had three tiers of local government (province, district, commune);
//! from 1/7/2025 two (province, commune). Rules that name the district level apply only to dates
//! under the three-tier regime. Every function takes the date or year; none reads a clock.
//!
//! ```
//! use antq::Regime;
//! use chrono::NaiveDate;
//! assert_eq!(Regime::on(NaiveDate::from_ymd_opt(2025, 6, 30).unwrap()), Regime::ThreeTier);
//! assert_eq!(Regime::on(NaiveDate::from_ymd_opt(2025, 7, 1).unwrap()), Regime::TwoTier);
//! assert_eq!(Regime::for_year(2025), Regime::TwoTier); // decided on 1 November
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The first day of two-tier local government (1/7/2025).
pub const TWO_TIER_FROM: NaiveDate = match NaiveDate::from_ymd_opt(2025, 7, 1) {
    Some(d) => d,
    None => panic!("valid constant date"),
};

/// Mô hình chính quyền địa phương — the local-government regime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// Chính quyền 3 cấp — province, district, commune (to 30/6/2025).
    ThreeTier,
    /// Chính quyền 2 cấp — province, commune (from 1/7/2025).
    TwoTier,
}

impl Regime {
    /// The regime in force on `date`.
    pub fn on(date: NaiveDate) -> Regime {
        if date < TWO_TIER_FROM {
            Regime::ThreeTier
        } else {
            Regime::TwoTier
        }
    }

    /// The regime under which year `year`'s results are decided. Yearly decisions fall in
    /// October–December of the year evaluated, so this is the regime on 1 November of `year`:
    /// 2024 and earlier are three-tier, 2025 and later two-tier.
    pub fn for_year(year: i32) -> Regime {
        if year <= 2024 {
            Regime::ThreeTier
        } else {
            Regime::TwoTier
        }
    }

    /// Whether the district level exists under this regime.
    pub fn has_districts(self) -> bool {
        self == Regime::ThreeTier
    }
}

/// The date on which year `year`'s decisions are taken, for checks such as "did this commune
/// type exist": 1 November of `year`, or `None` when the year is outside chrono's range.
///
/// Every decision asks for it, so the years [`CACHED_YEARS`] are answered from a table built at
/// compile time (the same dates chrono gives); other years go through chrono.
#[inline]
pub fn decision_date(year: i32) -> Option<NaiveDate> {
    match year.checked_sub(CACHED_YEARS.start) {
        Some(i) if (0..CACHED_LEN).contains(&i) => Some(DECISION_DATES[i as usize]),
        _ => uncached_decision_date(year),
    }
}

/// The years whose decision dates are kept in a table (see [`decision_date`]).
pub const CACHED_YEARS: std::ops::Range<i32> = 2000..2128;

const CACHED_LEN: i32 = CACHED_YEARS.end - CACHED_YEARS.start;

/// 1 November of each year of [`CACHED_YEARS`], computed by chrono at compile time.
static DECISION_DATES: [NaiveDate; CACHED_LEN as usize] = {
    let mut dates = [TWO_TIER_FROM; CACHED_LEN as usize];
    let mut i = 0;
    while i < dates.len() {
        dates[i] = match NaiveDate::from_ymd_opt(CACHED_YEARS.start + i as i32, 11, 1) {
            Some(d) => d,
            None => panic!("1 November exists in every cached year"),
        };
        i += 1;
    }
    dates
};

#[cold]
fn uncached_decision_date(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 11, 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The cached decision date is chrono's 1 November for every year: inside the table,
        /// on both of its edges, around the regime change of 2025 and far outside (where
        /// chrono has no date, `None`).
        #[test]
        fn cached_decision_date_equals_chrono(
            year in prop_oneof![
                CACHED_YEARS.start - 3..CACHED_YEARS.end + 3,
                2023i32..2028,
                any::<i32>(),
            ]
        ) {
            prop_assert_eq!(decision_date(year), NaiveDate::from_ymd_opt(year, 11, 1));
            if let Some(d) = decision_date(year) {
                prop_assert_eq!(Regime::on(d), Regime::for_year(year));
            }
        }
    }

    #[test]
    fn every_cached_year_and_both_edges_equal_chrono() {
        for year in CACHED_YEARS.start - 1..=CACHED_YEARS.end {
            assert_eq!(
                decision_date(year),
                NaiveDate::from_ymd_opt(year, 11, 1),
                "{year}"
            );
        }
        for year in [i32::MIN, i32::MAX, -262_144, 262_143, 262_144] {
            assert_eq!(decision_date(year), NaiveDate::from_ymd_opt(year, 11, 1));
        }
        assert_eq!(Regime::on(decision_date(2024).unwrap()), Regime::ThreeTier);
        assert_eq!(Regime::on(decision_date(2025).unwrap()), Regime::TwoTier);
    }

    #[test]
    fn regime_changes_between_30_6_and_1_7_2025() {
        let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
        assert_eq!(Regime::on(d(6, 30)), Regime::ThreeTier);
        assert_eq!(Regime::on(d(7, 1)), Regime::TwoTier);
        assert_eq!(Regime::for_year(2024), Regime::ThreeTier);
        assert_eq!(Regime::for_year(2025), Regime::TwoTier);
        assert_eq!(
            Regime::for_year(2025),
            Regime::on(decision_date(2025).unwrap())
        );
    }
}
