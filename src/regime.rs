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
pub fn decision_date(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 11, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

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
