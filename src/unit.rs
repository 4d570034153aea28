//! Who: unit kinds, commune types, school levels, managing levels and enterprise-size inputs.
//!
//! These are the static facts about a unit (what it is, who manages it). The yearly facts each
//! criterion needs live with the instrument that reads them (e.g. [`crate::law::tt124::Facts`]).
//!
//! ```
//! use antq::unit::{ManagingLevel, SchoolLevel, Unit, UnitKind};
//! let school = Unit::new("thcs-1", "THCS Chiềng Mung", UnitKind::school(SchoolLevel::LowerSecondary),
//!     ManagingLevel::Province)
//!     .delegated_to(ManagingLevel::Commune) // TT124 Đ10 k5: one level down
//!     .in_commune("xa-chieng-mung");
//! assert!(school.validate(chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()).is_ok());
//! ```

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Subject};
use crate::regime::TWO_TIER_FROM;

pub use crate::id::UnitId;

mod build;

/// Loại đơn vị hành chính cấp xã — the type of a commune-level unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CommuneType {
    /// Xã — rural commune.
    Xa,
    /// Phường — urban ward.
    Phuong,
    /// Thị trấn — township; abolished with the district level on 1/7/2025.
    ThiTran,
    /// Đặc khu — special zone; exists from 1/7/2025.
    DacKhu,
}

impl CommuneType {
    /// Whether this type of commune-level unit existed on `date` (thị trấn only before
    /// 1/7/2025, đặc khu only from then; LAW.md §1).
    pub fn exists_on(self, date: NaiveDate) -> bool {
        match self {
            CommuneType::Xa | CommuneType::Phuong => true,
            CommuneType::ThiTran => date < TWO_TIER_FROM,
            CommuneType::DacKhu => date >= TWO_TIER_FROM,
        }
    }

    /// Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            CommuneType::Xa => "xã",
            CommuneType::Phuong => "phường",
            CommuneType::ThiTran => "thị trấn",
            CommuneType::DacKhu => "đặc khu",
        }
    }
}

/// Cấp học — the level of an educational institution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SchoolLevel {
    /// Nhà trẻ — crèche (not subject to TT124, Đ1 k2 b).
    Creche,
    /// Mầm non / mẫu giáo — kindergarten or pre-school (not subject, Đ1 k2 b).
    Preschool,
    /// Tiểu học — primary school (not subject, Đ1 k2 b).
    Primary,
    /// Trung học cơ sở — lower secondary (general education).
    LowerSecondary,
    /// Trung học phổ thông — upper secondary (general education).
    UpperSecondary,
    /// Trường liên cấp / phổ thông nhiều cấp học with at least one level above primary.
    MultiLevelGeneral,
    /// Giáo dục thường xuyên — continuing education.
    ContinuingEducation,
    /// Giáo dục nghề nghiệp — vocational school or college.
    Vocational,
    /// Giáo dục đại học — university or academy.
    HigherEducation,
}

impl SchoolLevel {
    /// Whether the level is excluded from TT124 (primary, pre-school, crèche; Đ1 k2 b).
    pub fn excluded_from_tt124(self) -> bool {
        matches!(
            self,
            SchoolLevel::Creche | SchoolLevel::Preschool | SchoolLevel::Primary
        )
    }

    /// Whether the level is general education ("cấp học phổ thông"), where TT124 Đ7 k2 asks for
    /// school–parent coordination.
    pub fn is_general_education(self) -> bool {
        matches!(
            self,
            SchoolLevel::Primary
                | SchoolLevel::LowerSecondary
                | SchoolLevel::UpperSecondary
                | SchoolLevel::MultiLevelGeneral
        )
    }
}

/// Lĩnh vực hoạt động — an enterprise's sector for NĐ80 Điều 5–6 (from its main registered
/// business line).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// Nông nghiệp, lâm nghiệp, thủy sản.
    AgricultureForestryFishery,
    /// Công nghiệp và xây dựng.
    IndustryConstruction,
    /// Thương mại và dịch vụ.
    TradeServices,
}

/// Dữ liệu xác định quy mô doanh nghiệp — the inputs NĐ80 Điều 5–9 needs to size an enterprise.
///
/// Give either the yearly average of insured employees or the monthly counts (the average is
/// then computed as NĐ80 Điều 7 k2–k3 says). Money is in VND, exact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnterpriseSize {
    /// Lĩnh vực — sector of the main registered business line.
    pub sector: Sector,
    /// Số lao động tham gia BHXH bình quân năm — average insured employees, if already computed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::strict::opt_decimal"
    )]
    pub average_insured_employees: Option<Decimal>,
    /// Insured employees at the end of each month of the previous year: twelve values (NĐ80
    /// Đ7 k2, summed and divided by 12), or one per month operated when `months_in_operation`
    /// is under 12 (Đ7 k3). Any other length is an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_insured_employees: Option<Vec<u32>>,
    /// Tổng doanh thu năm trước — previous year's revenue; absent or 0 when none arose yet
    /// ("chưa phát sinh doanh thu": sized on capital alone, NĐ80 Đ9 k2).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::strict::opt_decimal"
    )]
    pub revenue: Option<Decimal>,
    /// Tổng nguồn vốn — total capital from the balance sheet (NĐ80 Đ8).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::strict::opt_decimal"
    )]
    pub total_capital: Option<Decimal>,
    /// Months in operation; under 12 means NĐ80 Đ7 k3, Đ8 k2 and Đ9 k2 apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months_in_operation: Option<u16>,
}

/// Loại đơn vị — the kind of unit, with the kind-specific static facts.
///
/// In JSON a kind is externally tagged (`{"school": {"level": "primary"}}`); a kind whose data
/// all have defaults may also be written as a plain string (`"agency"`, `"enterprise"`,
/// `"residential_area"`). Reading is done by `crate::strict`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum UnitKind {
    /// Khu dân cư — residential area: thôn, bản, tổ dân phố … (TT124 Đ2 k1).
    ResidentialArea,
    /// Xã, phường, thị trấn, đặc khu — commune-level unit.
    Commune {
        /// Xã / phường / thị trấn / đặc khu.
        commune_type: CommuneType,
    },
    /// Cơ quan — agency funded by the state budget (TT124 Đ2 k2).
    Agency {
        /// Cơ quan, đơn vị lực lượng vũ trang — armed-forces agency or unit (not subject).
        #[serde(default)]
        armed_forces: bool,
    },
    /// Doanh nghiệp — enterprise (TT124 Đ2 k3).
    Enterprise {
        /// Size inputs for NĐ80; required to decide whether the enterprise is subject.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        size: Option<EnterpriseSize>,
    },
    /// Cơ sở giáo dục — educational institution (TT124 Đ2 k4).
    School {
        /// Cấp học.
        level: SchoolLevel,
        /// A school of the armed forces (not subject, as an armed-forces unit).
        #[serde(default)]
        armed_forces: bool,
    },
}

/// The kind of a unit without its data — for tables, counts and score-sheet keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum KindTag {
    /// Khu dân cư.
    ResidentialArea,
    /// Cấp xã.
    Commune,
    /// Cơ quan.
    Agency,
    /// Doanh nghiệp.
    Enterprise,
    /// Cơ sở giáo dục.
    School,
}

impl KindTag {
    /// Every kind, in pipeline order.
    pub const ALL: [KindTag; 5] = [
        KindTag::ResidentialArea,
        KindTag::Commune,
        KindTag::Agency,
        KindTag::Enterprise,
        KindTag::School,
    ];

    /// Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            KindTag::ResidentialArea => "khu dân cư",
            KindTag::Commune => "xã, phường, đặc khu",
            KindTag::Agency => "cơ quan",
            KindTag::Enterprise => "doanh nghiệp",
            KindTag::School => "cơ sở giáo dục",
        }
    }

    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            KindTag::ResidentialArea => "residential area",
            KindTag::Commune => "commune-level unit",
            KindTag::Agency => "agency",
            KindTag::Enterprise => "enterprise",
            KindTag::School => "educational institution",
        }
    }

    /// Agencies, enterprises and schools — the "cơ quan, doanh nghiệp, cơ sở giáo dục" group.
    pub fn is_organisation(self) -> bool {
        matches!(
            self,
            KindTag::Agency | KindTag::Enterprise | KindTag::School
        )
    }
}

impl UnitKind {
    /// The kind without its data.
    pub fn tag(&self) -> KindTag {
        match self {
            UnitKind::ResidentialArea => KindTag::ResidentialArea,
            UnitKind::Commune { .. } => KindTag::Commune,
            UnitKind::Agency { .. } => KindTag::Agency,
            UnitKind::Enterprise { .. } => KindTag::Enterprise,
            UnitKind::School { .. } => KindTag::School,
        }
    }
}

/// Cấp quản lý — the level that manages a unit (and so, by TT124 Đ10, decides on it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ManagingLevel {
    /// Cấp xã — commune level.
    Commune,
    /// Cấp huyện — district level (three-tier years only, to 30/6/2025).
    District,
    /// Cấp tỉnh — province level.
    Province,
    /// Followed by a professional department of the Ministry of Public Security (TT124 Đ10 k4).
    Ministry,
}

impl ManagingLevel {
    /// Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            ManagingLevel::Commune => "cấp xã",
            ManagingLevel::District => "cấp huyện",
            ManagingLevel::Province => "cấp tỉnh",
            ManagingLevel::Ministry => "Bộ Công an theo dõi",
        }
    }
}

/// Đơn vị — a unit as the caller knows it: id, name, kind, where it sits and who manages it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Unique id.
    pub id: UnitId,
    /// Name, as written on decisions.
    pub name: String,
    /// Kind, with kind-specific static facts (externally tagged in JSON:
    /// `"residential_area"` or `{"school": {"level": "primary"}}`).
    pub kind: UnitKind,
    /// The managing level (thuộc thẩm quyền quản lý).
    pub managed_by: ManagingLevel,
    /// Được ủy quyền quản lý — the level a higher People's Committee delegated the unit to
    /// (TT124 Đ10 k5: exactly one level down).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegated_to: Option<ManagingLevel>,
    /// The commune-level unit the unit sits in (required for residential areas; the commune
    /// itself has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commune: Option<UnitId>,
    /// The district the unit sits in (three-tier years only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
}

impl Unit {
    /// A unit with the given id, name, kind and managing level, no delegation and no location.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        kind: UnitKind,
        managed_by: ManagingLevel,
    ) -> Self {
        Unit {
            id: UnitId::new(id),
            name: name.into(),
            kind,
            managed_by,
            delegated_to: None,
            commune: None,
            district: None,
        }
    }

    /// Set the commune the unit sits in.
    pub fn in_commune(mut self, commune: impl Into<String>) -> Self {
        self.commune = Some(UnitId::new(commune));
        self
    }

    /// The kind without its data.
    pub fn tag(&self) -> KindTag {
        self.kind.tag()
    }

    /// Check the static facts against the date they are evaluated on: the commune type must
    /// exist on that date, a residential area needs its commune, an enterprise needs its size
    /// data, and the district level only exists before 1/7/2025.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the unit and the field: a commune type that does not exist on `date`
    /// (`commune_type`), a residential area without its commune (`commune`), an enterprise without
    /// size data (`size`), a district-level management or location from 1/7/2025 (`managed_by`,
    /// `district`), a delegation that is not one level down (`delegated_to`).
    #[inline]
    pub fn validate(&self, date: NaiveDate) -> Result<(), Error> {
        // The valid case (every decision) is one predicate; the errors, in their order, are
        // built by the cold path, which checks everything again.
        if self.is_valid_on(date) {
            return Ok(());
        }
        self.invalid_on(date)
    }

    /// Whether [`Unit::validate`] accepts the unit on `date` (the same checks, no error built).
    #[inline]
    fn is_valid_on(&self, date: NaiveDate) -> bool {
        let kind_ok = match &self.kind {
            UnitKind::Commune { commune_type } => commune_type.exists_on(date),
            UnitKind::ResidentialArea => self.commune.is_some(),
            UnitKind::Enterprise { size } => size.is_some(),
            UnitKind::Agency { .. } | UnitKind::School { .. } => true,
        };
        let no_district = date < TWO_TIER_FROM
            || (self.managed_by != ManagingLevel::District
                && self.delegated_to != Some(ManagingLevel::District));
        kind_ok && no_district
    }

    #[cold]
    #[inline(never)]
    fn invalid_on(&self, date: NaiveDate) -> Result<(), Error> {
        let subject = || Subject::Unit(self.id.clone());
        if let UnitKind::Commune { commune_type } = self.kind {
            if !commune_type.exists_on(date) {
                return Err(Error::invalid(
                    subject(),
                    "commune_type",
                    if commune_type == CommuneType::ThiTran {
                        "xã or phường (thị trấn was abolished on 1/7/2025)"
                    } else {
                        "xã, phường or thị trấn (đặc khu exists from 1/7/2025)"
                    },
                    format!("{} on {date}", commune_type.name_vi()),
                ));
            }
        }
        if self.tag() == KindTag::ResidentialArea && self.commune.is_none() {
            return Err(Error::missing(
                subject(),
                "commune",
                "the id of the commune the residential area belongs to",
            ));
        }
        if let UnitKind::Enterprise { size: None } = self.kind {
            return Err(Error::missing(
                subject(),
                "size",
                "NĐ80 size data (sector, insured employees, revenue or capital)",
            ));
        }
        for (field, level) in [
            ("managed_by", Some(self.managed_by)),
            ("delegated_to", self.delegated_to),
        ] {
            if level == Some(ManagingLevel::District) && date >= TWO_TIER_FROM {
                return Err(Error::invalid(
                    subject(),
                    field,
                    "commune, province or ministry (no district level from 1/7/2025)",
                    format!("district on {date}"),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
