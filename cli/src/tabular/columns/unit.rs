//! The columns of the unit sheets, in template order (each sheet keeps those whose `kinds`
//! include its kind).

use super::*;

/// The columns of the unit sheets (each sheet keeps those whose `kinds` include its kind).
pub const UNIT_COLUMNS: &[Column] = &[
    UNIT_KEY,
    req(col("ten_don_vi", "Tên đơn vị", Ty::Text, "unit.name")),
    only(
        req(col(
            "loai_xa",
            "Loại (xã/phường/đặc khu)",
            Ty::Enum(COMMUNE_TYPES),
            "unit.kind.commune.commune_type",
        )),
        C,
    ),
    only(
        req(col(
            "cap_hoc",
            "Cấp học",
            Ty::Enum(SCHOOL_LEVELS),
            "unit.kind.school.level",
        )),
        S,
    ),
    only(
        col(
            "luc_luong_vu_trang",
            "Thuộc lực lượng vũ trang",
            Ty::Bool,
            "unit.kind.agency.armed_forces",
        ),
        A,
    ),
    only(
        col(
            "luc_luong_vu_trang",
            "Thuộc lực lượng vũ trang",
            Ty::Bool,
            "unit.kind.school.armed_forces",
        ),
        S,
    ),
    only(
        req(col(
            "linh_vuc",
            "Lĩnh vực (NĐ80)",
            Ty::Enum(SECTORS),
            "unit.kind.enterprise.size.sector",
        )),
        E,
    ),
    only(
        col(
            "lao_dong_bhxh_binh_quan",
            "Lao động BHXH bình quân năm",
            Ty::Dec,
            "unit.kind.enterprise.size.average_insured_employees",
        ),
        E,
    ),
    only(
        col(
            "doanh_thu",
            "Doanh thu năm trước (đồng)",
            Ty::Dec,
            "unit.kind.enterprise.size.revenue",
        ),
        E,
    ),
    only(
        col(
            "tong_nguon_von",
            "Tổng nguồn vốn (đồng)",
            Ty::Dec,
            "unit.kind.enterprise.size.total_capital",
        ),
        E,
    ),
    only(
        col(
            "so_thang_hoat_dong",
            "Số tháng hoạt động",
            Ty::UInt,
            "unit.kind.enterprise.size.months_in_operation",
        ),
        E,
    ),
    req(col(
        "cap_quan_ly",
        "Cấp quản lý",
        Ty::Enum(LEVELS),
        "unit.managed_by",
    )),
    col(
        "uy_quyen_cho",
        "Ủy quyền cho cấp",
        Ty::Enum(LEVELS),
        "unit.delegated_to",
    ),
    only(
        col("ma_xa", "Mã xã, phường", Ty::Text, "unit.commune"),
        R | ORG,
    ),
    col("huyen", "Huyện (trước 1/7/2025)", Ty::Text, "unit.district"),
    // TT124 khoản 1
    col(
        "dang_ky",
        "Đăng ký phấn đấu (quý I)",
        Ty::Bool,
        "safety.registered",
    ),
    col(
        "co_to_chuc_dang",
        "Có tổ chức Đảng",
        Ty::Bool,
        "safety.has_party_organisation",
    ),
    col(
        "nghi_quyet",
        "Nghị quyết quý I",
        Ty::Bool,
        "safety.party_resolution",
    ),
    only(
        col(
            "ke_hoach",
            "Kế hoạch bảo đảm ANTT",
            Ty::Bool,
            "safety.security_plan",
        ),
        C | ORG,
    ),
    only(
        col(
            "ho_dang_ky",
            "Số hộ đăng ký",
            Ty::UInt,
            "safety.households_registered.0",
        ),
        R,
    ),
    only(
        col(
            "tong_so_ho",
            "Tổng số hộ",
            Ty::UInt,
            "safety.households_registered.1",
        ),
        R,
    ),
    only(
        col(
            "noi_quy",
            "Có nội quy, quy chế",
            Ty::Bool,
            "safety.internal_rules",
        ),
        ORG,
    ),
    only(
        col(
            "nguoi_duoc_pho_bien",
            "Số người được phổ biến",
            Ty::UInt,
            "safety.people_briefed.0",
        ),
        ORG,
    ),
    only(
        col(
            "tong_so_nguoi",
            "Tổng số người",
            Ty::UInt,
            "safety.people_briefed.1",
        ),
        ORG,
    ),
    only(
        col(
            "mo_hinh_hieu_qua",
            "Số mô hình hoạt động hiệu quả",
            Ty::UInt,
            "safety.effective_models",
        ),
        C | ORG,
    ),
    // khoản 2
    col(
        "thuc_hien_chinh_sach",
        "Thực hiện đầy đủ chủ trương, chính sách",
        Ty::Bool,
        "safety.policies_implemented",
    ),
    only(
        col(
            "phoi_hop_phu_huynh",
            "Phối hợp với cha mẹ học sinh",
            Ty::Bool,
            "safety.parent_coordination",
        ),
        S,
    ),
    // khoản 3–4
    flag(
        "co_vu_viec",
        "Có vụ việc Đ4 k3 / Đ6 k3",
        "safety.events",
        ALL,
    ),
    only(
        col(
            "toi_pham_giam",
            "Tội phạm, tệ nạn giảm",
            Ty::Bool,
            "safety.crime_reduced",
        ),
        R | C,
    ),
    flag(
        "co_toi_pham_nghiem_trong",
        "Có tội phạm nghiêm trọng trở lên",
        "safety.serious_crimes",
        ALL,
    ),
    only(
        col(
            "diem_phuc_tap_moi",
            "Phát sinh tụ điểm phức tạp mới",
            Ty::Bool,
            "safety.new_hotspot",
        ),
        R | C,
    ),
    only(
        col(
            "nguoi_mac_te_nan_moi",
            "Phát sinh người mắc tệ nạn mới",
            Ty::Bool,
            "safety.new_social_evil_person",
        ),
        R | C,
    ),
    only(
        col(
            "quan_ly_giao_duc_hieu_qua",
            "Quản lý, giáo dục đối tượng hiệu quả",
            Ty::Bool,
            "safety.offender_management_effective",
        ),
        R | C,
    ),
    flag(
        "co_su_co",
        "Có cháy nổ, tai nạn, sự cố",
        "safety.accidents",
        ALL,
    ),
    only(
        col(
            "bao_luc_hoc_duong",
            "Có bạo lực học đường",
            Ty::Bool,
            "safety.school_violence",
        ),
        S,
    ),
    // lực lượng, kỷ luật
    only(
        col(
            "xep_loai_luc_luong",
            "Xếp loại lực lượng",
            Ty::Enum(RATINGS),
            "safety.force_rating",
        ),
        R | ORG,
    ),
    only(
        col(
            "co_luc_luong_bao_ve",
            "Có lực lượng bảo vệ",
            Ty::Bool,
            "safety.has_protection_force",
        ),
        ORG,
    ),
    only(
        col(
            "du_dieu_kien_binh_xet",
            "Đủ điều kiện bình xét thi đua",
            Ty::Bool,
            "safety.eligible_for_rating",
        ),
        ORG,
    ),
    only(
        col(
            "cong_an_xa_hieu_qua",
            "Công an xã tham mưu hiệu quả",
            Ty::Bool,
            "safety.commune_police_effective",
        ),
        C,
    ),
    flag(
        "co_ky_luat",
        "Có người bị kỷ luật",
        "safety.discipline",
        ALL,
    ),
    only(
        col(
            "so_nguoi_bi_xu_phat_antt",
            "Số người bị xử phạt hành chính về an ninh, trật tự",
            Ty::UInt,
            "safety.staff_security_sanctions",
        ),
        A | E,
    ),
    only(
        col(
            "so_nguoi_pham_toi",
            "Số cán bộ, người lao động, người dạy, người học phạm tội",
            Ty::UInt,
            "safety.members_committed_crime",
        ),
        S,
    ),
    only(
        col(
            "so_dau_moi",
            "Số đầu mối trực thuộc",
            Ty::UInt,
            "safety.sub_units.total",
        ),
        ORG,
    ),
    only(
        col(
            "dau_moi_xep_loai_tot",
            "Đầu mối xếp loại tốt",
            Ty::UInt,
            "safety.sub_units.rated_well",
        ),
        ORG,
    ),
    // hồ sơ, quy định của tỉnh
    col(
        "ho_so",
        "Giấy tờ trong hồ sơ đề nghị",
        Ty::List(DOCUMENTS),
        "safety.documents",
    ),
    only(
        col("no_thue", "Còn nợ thuế", Ty::Bool, "safety.tax_debt"),
        E,
    ),
    // mô hình, điển hình, năm trước
    flag("co_mo_hinh", "Có mô hình phong trào", "models", ALL),
    only(
        col(
            "dang_ky_dien_hinh",
            "Đăng ký xây dựng điển hình",
            Ty::Bool,
            "model_unit.registered",
        ),
        C | ORG,
    ),
    col(
        "an_toan_nam_truoc",
        "An toàn năm trước",
        Ty::Enum(PREVIOUS_SAFETY),
        "previous.safety.outcome",
    ),
    col(
        "xep_loai_nam_truoc",
        "Xếp loại năm trước",
        Ty::Enum(CLASSES),
        "previous.class",
    ),
    only(
        col(
            "dien_hinh_nam_truoc",
            "Điển hình năm trước",
            Ty::Bool,
            "previous.model_unit",
        ),
        C | ORG,
    ),
];
