//! Cơ quan và vai trò — the bodies that act in the movement's procedures and what each does.
//!
//! Shared vocabulary of [`crate::authority`] (routing) and [`crate::calendar`] (who acts by
//! when), kept apart so that neither imports the other for it.
//!
//! ```
//! use antq::authority::{Body, Procedure};
//! use antq::unit::{ManagingLevel, Unit, UnitKind};
//! use antq::{Lang, Policy};
//! let area = Unit::new("ban-1", "Bản 1", UnitKind::ResidentialArea, ManagingLevel::Commune)
//!     .in_commune("xa-1");
//! let r = Policy::national().route(Procedure::SafetyRecognition, &area, 2026).unwrap();
//! assert_eq!(r.decider, Body::CommunePeoplesCommittee);
//! assert_eq!(r.decider.level(), ManagingLevel::Commune);
//! assert!(!r.decider.name(Lang::Vi).is_empty());
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::regime::TWO_TIER_FROM;
use crate::unit::ManagingLevel;

/// Cơ quan, chủ thể — a body that decides, appraises, evaluates or advises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Body {
    /// Ủy ban nhân dân cấp xã (decisions signed by its chairman).
    CommunePeoplesCommittee,
    /// Ủy ban nhân dân cấp huyện (three-tier years only).
    DistrictPeoplesCommittee,
    /// Ủy ban nhân dân tỉnh.
    ProvincialPeoplesCommittee,
    /// Chủ tịch Ủy ban nhân dân tỉnh — awards the provincial Bằng khen.
    ProvincialChairman,
    /// Bộ Công an (the Minister decides, TT124 Đ10 k4).
    MinistryOfPublicSecurity,
    /// Ban Chỉ đạo cấp xã — commune steering committee of the movement.
    CommuneSteeringCommittee,
    /// Ban Chỉ đạo cấp huyện (three-tier years only).
    DistrictSteeringCommittee,
    /// Ban Chỉ đạo tỉnh (the "Ban Chỉ đạo 138" of Bắc Kạn 3/2023).
    ProvincialSteeringCommittee,
    /// Thường trực Ban Chỉ đạo cấp xã — its standing office.
    CommuneSteeringStandingOffice,
    /// Thường trực Ban Chỉ đạo cấp huyện (three-tier years only).
    DistrictSteeringStandingOffice,
    /// Thường trực Ban Chỉ đạo tỉnh (the provincial police act as the standing office).
    ProvincialSteeringStandingOffice,
    /// Công an cấp xã — commune police.
    CommunePolice,
    /// Công an tỉnh — provincial police.
    ProvincialPolice,
    /// Các phòng nghiệp vụ Công an tỉnh — the provincial police's professional departments.
    ProvincialPoliceDepartments,
    /// Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc (V05), Bộ Công an.
    MovementBuildingDepartment,
    /// Sở Nội vụ — provincial Department of Home Affairs (emulation and commendation).
    DepartmentOfHomeAffairs,
}

impl Body {
    /// Every body.
    pub const ALL: [Body; 16] = [
        Body::CommunePeoplesCommittee,
        Body::DistrictPeoplesCommittee,
        Body::ProvincialPeoplesCommittee,
        Body::ProvincialChairman,
        Body::MinistryOfPublicSecurity,
        Body::CommuneSteeringCommittee,
        Body::DistrictSteeringCommittee,
        Body::ProvincialSteeringCommittee,
        Body::CommuneSteeringStandingOffice,
        Body::DistrictSteeringStandingOffice,
        Body::ProvincialSteeringStandingOffice,
        Body::CommunePolice,
        Body::ProvincialPolice,
        Body::ProvincialPoliceDepartments,
        Body::MovementBuildingDepartment,
        Body::DepartmentOfHomeAffairs,
    ];

    /// Stable code (the serde name).
    pub fn code(self) -> &'static str {
        match self {
            Body::CommunePeoplesCommittee => "commune_peoples_committee",
            Body::DistrictPeoplesCommittee => "district_peoples_committee",
            Body::ProvincialPeoplesCommittee => "provincial_peoples_committee",
            Body::ProvincialChairman => "provincial_chairman",
            Body::MinistryOfPublicSecurity => "ministry_of_public_security",
            Body::CommuneSteeringCommittee => "commune_steering_committee",
            Body::DistrictSteeringCommittee => "district_steering_committee",
            Body::ProvincialSteeringCommittee => "provincial_steering_committee",
            Body::CommuneSteeringStandingOffice => "commune_steering_standing_office",
            Body::DistrictSteeringStandingOffice => "district_steering_standing_office",
            Body::ProvincialSteeringStandingOffice => "provincial_steering_standing_office",
            Body::CommunePolice => "commune_police",
            Body::ProvincialPolice => "provincial_police",
            Body::ProvincialPoliceDepartments => "provincial_police_departments",
            Body::MovementBuildingDepartment => "movement_building_department",
            Body::DepartmentOfHomeAffairs => "department_of_home_affairs",
        }
    }

    /// Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            Body::CommunePeoplesCommittee => "Ủy ban nhân dân cấp xã",
            Body::DistrictPeoplesCommittee => "Ủy ban nhân dân cấp huyện",
            Body::ProvincialPeoplesCommittee => "Ủy ban nhân dân tỉnh",
            Body::ProvincialChairman => "Chủ tịch Ủy ban nhân dân tỉnh",
            Body::MinistryOfPublicSecurity => "Bộ Công an",
            Body::CommuneSteeringCommittee => "Ban Chỉ đạo cấp xã",
            Body::DistrictSteeringCommittee => "Ban Chỉ đạo cấp huyện",
            Body::ProvincialSteeringCommittee => "Ban Chỉ đạo tỉnh",
            Body::CommuneSteeringStandingOffice => "Thường trực Ban Chỉ đạo cấp xã",
            Body::DistrictSteeringStandingOffice => "Thường trực Ban Chỉ đạo cấp huyện",
            Body::ProvincialSteeringStandingOffice => "Thường trực Ban Chỉ đạo tỉnh",
            Body::CommunePolice => "Công an cấp xã",
            Body::ProvincialPolice => "Công an tỉnh",
            Body::ProvincialPoliceDepartments => "các phòng nghiệp vụ Công an tỉnh",
            Body::MovementBuildingDepartment => {
                "Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Bộ Công an"
            }
            Body::DepartmentOfHomeAffairs => "Sở Nội vụ",
        }
    }

    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Body::CommunePeoplesCommittee => "commune People's Committee",
            Body::DistrictPeoplesCommittee => "district People's Committee",
            Body::ProvincialPeoplesCommittee => "provincial People's Committee",
            Body::ProvincialChairman => "chairman of the provincial People's Committee",
            Body::MinistryOfPublicSecurity => "Ministry of Public Security",
            Body::CommuneSteeringCommittee => "commune steering committee",
            Body::DistrictSteeringCommittee => "district steering committee",
            Body::ProvincialSteeringCommittee => "provincial steering committee",
            Body::CommuneSteeringStandingOffice => {
                "standing office of the commune steering committee"
            }
            Body::DistrictSteeringStandingOffice => {
                "standing office of the district steering committee"
            }
            Body::ProvincialSteeringStandingOffice => {
                "standing office of the provincial steering committee"
            }
            Body::CommunePolice => "commune police",
            Body::ProvincialPolice => "provincial police",
            Body::ProvincialPoliceDepartments => {
                "professional departments of the provincial police"
            }
            Body::MovementBuildingDepartment => {
                "Department for Building the Movement (V05), Ministry of Public Security"
            }
            Body::DepartmentOfHomeAffairs => "provincial Department of Home Affairs",
        }
    }

    /// Name in the given language.
    pub fn name(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.name_vi(),
            Lang::En => self.name_en(),
        }
    }

    /// The tier of government the body belongs to.
    pub fn level(self) -> ManagingLevel {
        match self {
            Body::CommunePeoplesCommittee
            | Body::CommuneSteeringCommittee
            | Body::CommuneSteeringStandingOffice
            | Body::CommunePolice => ManagingLevel::Commune,
            Body::DistrictPeoplesCommittee
            | Body::DistrictSteeringCommittee
            | Body::DistrictSteeringStandingOffice => ManagingLevel::District,
            Body::ProvincialPeoplesCommittee
            | Body::ProvincialChairman
            | Body::ProvincialSteeringCommittee
            | Body::ProvincialSteeringStandingOffice
            | Body::ProvincialPolice
            | Body::ProvincialPoliceDepartments
            | Body::DepartmentOfHomeAffairs => ManagingLevel::Province,
            Body::MinistryOfPublicSecurity | Body::MovementBuildingDepartment => {
                ManagingLevel::Ministry
            }
        }
    }

    /// Whether the body exists on `date` (district bodies only before 1/7/2025).
    pub fn exists_on(self, date: NaiveDate) -> bool {
        self.level() != ManagingLevel::District || date < TWO_TIER_FROM
    }
}

/// Vai trò — what a body does on the way to the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepRole {
    /// Kiểm điểm, hoàn tất hồ sơ — reviews and completes the dossier.
    Prepares,
    /// Đánh giá — evaluates results and reports upward.
    Evaluates,
    /// Thẩm định — appraises the dossier.
    Appraises,
    /// Tham mưu — advises the deciding body.
    Advises,
    /// Lựa chọn, đề xuất — selects and proposes.
    Proposes,
}

impl StepRole {
    /// Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            StepRole::Prepares => "hoàn tất hồ sơ",
            StepRole::Evaluates => "đánh giá",
            StepRole::Appraises => "thẩm định",
            StepRole::Advises => "tham mưu",
            StepRole::Proposes => "lựa chọn, đề xuất",
        }
    }

    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            StepRole::Prepares => "prepares the dossier",
            StepRole::Evaluates => "evaluates",
            StepRole::Appraises => "appraises",
            StepRole::Advises => "advises",
            StepRole::Proposes => "selects and proposes",
        }
    }
}
