//! Constructors and builder methods for the values people write by hand: kinds, units and
//! enterprise-size inputs.

use rust_decimal::Decimal;

use super::{CommuneType, EnterpriseSize, ManagingLevel, SchoolLevel, Sector, Unit, UnitKind};
use crate::id::UnitId;

impl UnitKind {
    /// A commune-level unit of the given type.
    pub fn commune(commune_type: CommuneType) -> UnitKind {
        UnitKind::Commune { commune_type }
    }

    /// A civilian agency (subject to TT124 Đ6).
    pub fn agency() -> UnitKind {
        UnitKind::Agency {
            armed_forces: false,
        }
    }

    /// An agency or unit of the armed forces (not subject, TT124 Đ1 k2).
    pub fn armed_forces_agency() -> UnitKind {
        UnitKind::Agency { armed_forces: true }
    }

    /// An enterprise with its NĐ80 size inputs.
    pub fn enterprise(size: EnterpriseSize) -> UnitKind {
        UnitKind::Enterprise { size: Some(size) }
    }

    /// A civilian school of the given level.
    pub fn school(level: SchoolLevel) -> UnitKind {
        UnitKind::School {
            level,
            armed_forces: false,
        }
    }
}

impl Unit {
    /// Set the level a higher People's Committee delegated the unit to (TT124 Đ10 k5: exactly
    /// one level down, checked by [`Unit::validate`]).
    ///
    /// ```
    /// use antq::unit::{ManagingLevel, Unit, UnitKind};
    /// let u = Unit::new("thpt-1", "THPT 1", UnitKind::agency(), ManagingLevel::Province)
    ///     .delegated_to(ManagingLevel::Commune)
    ///     .in_commune("xa-1");
    /// assert_eq!(u.delegated_to, Some(ManagingLevel::Commune));
    /// ```
    pub fn delegated_to(mut self, level: ManagingLevel) -> Self {
        self.delegated_to = Some(level);
        self
    }

    /// Set the district the unit sits in (three-tier years only).
    pub fn in_district(mut self, district: impl Into<String>) -> Self {
        self.district = Some(district.into());
        self
    }

    /// The commune the unit sits in, if any.
    pub fn commune_id(&self) -> Option<&UnitId> {
        self.commune.as_ref()
    }
}

impl EnterpriseSize {
    /// Size inputs for an enterprise of `sector` with nothing counted yet; add the counts with
    /// the `with_*` methods.
    ///
    /// ```
    /// use antq::unit::{EnterpriseSize, Sector};
    /// use rust_decimal::Decimal;
    /// let size = EnterpriseSize::new(Sector::TradeServices)
    ///     .with_average_employees(Decimal::from(10))
    ///     .with_revenue(Decimal::from(10_000_000_000u64))
    ///     .with_capital(Decimal::from(3_000_000_000u64));
    /// assert_eq!(size.months_in_operation, None);
    /// ```
    pub fn new(sector: Sector) -> EnterpriseSize {
        EnterpriseSize {
            sector,
            average_insured_employees: None,
            monthly_insured_employees: None,
            revenue: None,
            total_capital: None,
            months_in_operation: None,
        }
    }

    /// The yearly average of insured employees, already computed.
    pub fn with_average_employees(mut self, average: Decimal) -> Self {
        self.average_insured_employees = Some(average);
        self
    }

    /// Insured employees at the end of each month (NĐ80 Đ7 k2–k3).
    pub fn with_monthly_employees(mut self, counts: Vec<u32>) -> Self {
        self.monthly_insured_employees = Some(counts);
        self
    }

    /// The previous year's revenue, in VND.
    pub fn with_revenue(mut self, revenue: Decimal) -> Self {
        self.revenue = Some(revenue);
        self
    }

    /// The total capital, in VND (NĐ80 Đ8).
    pub fn with_capital(mut self, capital: Decimal) -> Self {
        self.total_capital = Some(capital);
        self
    }

    /// Months in operation (under 12: NĐ80 Đ7 k3, Đ8 k2, Đ9 k2).
    pub fn with_months_in_operation(mut self, months: u16) -> Self {
        self.months_in_operation = Some(months);
        self
    }
}
