//! Allowed values of the one-of columns: (Vietnamese label, JSON value). The JSON values are
//! the library's serde names; the schema's enumerations are built from these tables.

/// Cấp quản lý.
pub const LEVELS: &[(&str, &str)] = &[
    ("cấp xã", "commune"),
    ("cấp huyện", "district"),
    ("cấp tỉnh", "province"),
    ("Bộ Công an", "ministry"),
];
/// Loại đơn vị hành chính cấp xã.
pub const COMMUNE_TYPES: &[(&str, &str)] = &[
    ("xã", "xa"),
    ("phường", "phuong"),
    ("thị trấn", "thi_tran"),
    ("đặc khu", "dac_khu"),
];
/// Cấp học.
pub const SCHOOL_LEVELS: &[(&str, &str)] = &[
    ("nhà trẻ", "creche"),
    ("mầm non", "preschool"),
    ("tiểu học", "primary"),
    ("trung học cơ sở", "lower_secondary"),
    ("trung học phổ thông", "upper_secondary"),
    ("liên cấp", "multi_level_general"),
    ("giáo dục thường xuyên", "continuing_education"),
    ("giáo dục nghề nghiệp", "vocational"),
    ("đại học", "higher_education"),
];
/// Lĩnh vực (NĐ80).
pub const SECTORS: &[(&str, &str)] = &[
    ("nông, lâm, thủy sản", "agriculture_forestry_fishery"),
    ("công nghiệp, xây dựng", "industry_construction"),
    ("thương mại, dịch vụ", "trade_services"),
];
/// Xếp loại tập thể.
pub const RATINGS: &[(&str, &str)] = &[
    ("không hoàn thành nhiệm vụ", "not_completed"),
    ("hoàn thành nhiệm vụ", "completed"),
    ("hoàn thành tốt nhiệm vụ", "completed_well"),
    ("tập thể lao động tiên tiến", "advanced_labour_collective"),
    ("hoàn thành xuất sắc nhiệm vụ", "excellent"),
];
/// Giấy tờ trong hồ sơ đề nghị.
pub const DOCUMENTS: &[(&str, &str)] = &[
    ("tờ trình", "submission"),
    ("báo cáo kết quả", "results_report"),
    ("biên bản họp", "meeting_minutes"),
    (
        "xác nhận hoàn thành nghĩa vụ thuế",
        "tax_clearance_confirmation",
    ),
];
/// Kết quả "An toàn về ANTT" năm trước.
pub const PREVIOUS_SAFETY: &[(&str, &str)] = &[
    ("đạt", "recognised"),
    ("chưa đạt", "not_recognised"),
    ("chưa xác định", "cannot_decide"),
];
/// Xếp loại phong trào.
pub const CLASSES: &[(&str, &str)] = &[
    ("Xuất sắc", "xuat_sac"),
    ("Khá", "kha"),
    ("Trung bình", "trung_binh"),
    ("Yếu", "yeu"),
];
/// Vụ việc (TT124 Đ4 k3, Đ6 k3).
pub const EVENTS: &[(&str, &str)] = &[
    ("chống Đảng, chính quyền, chia rẽ đoàn kết", "anti_state"),
    ("phá hoại mục tiêu trọng điểm", "sabotage"),
    (
        "tuyên truyền, phát triển tôn giáo trái pháp luật",
        "unlawful_religion",
    ),
    (
        "lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp",
        "exploiting_religion_or_ethnicity",
    ),
    ("ly khai, tự trị", "separatism"),
    ("tranh chấp phức tạp, kéo dài", "prolonged_disputes"),
    ("kích động tụ tập đông người", "incited_crowds"),
    ("đình công, lãn công trái pháp luật", "unlawful_strike"),
    ("vi phạm bảo vệ bí mật nhà nước", "state_secret_breach"),
];
/// Loại sự cố.
pub const ACCIDENTS: &[(&str, &str)] = &[
    ("cháy, nổ nghiêm trọng", "serious_fire_or_explosion"),
    ("tai nạn lao động chết người", "fatal_labour_accident"),
    ("sự cố nghiêm trọng", "serious_incident"),
    ("vi phạm môi trường nghiêm trọng", "environmental_violation"),
    (
        "vi phạm an toàn thực phẩm nghiêm trọng",
        "food_safety_violation",
    ),
];
/// Vai trò người bị kỷ luật.
pub const ROLES: &[(&str, &str)] = &[
    ("lực lượng ANTT cơ sở", "grassroots_force"),
    ("công an xã", "commune_police"),
    ("lực lượng bảo vệ", "protection_force"),
    ("cán bộ, công chức, viên chức, người lao động", "staff"),
    ("người học", "learner"),
];
/// Đối tượng (thang kỷ luật).
pub const PERSONS: &[(&str, &str)] = &[
    ("cán bộ, công chức", "civil_servant"),
    ("viên chức", "public_employee"),
    ("người lao động", "worker"),
    ("người học", "learner"),
    ("khác", "other"),
];
/// Hình thức kỷ luật.
pub const FORMS: &[(&str, &str)] = &[
    ("khiển trách", "khien_trach"),
    ("cảnh cáo", "canh_cao"),
    ("hạ bậc lương", "ha_bac_luong"),
    ("giáng chức", "giang_chuc"),
    ("kéo dài thời hạn nâng lương", "keo_dai_nang_luong"),
    ("cách chức", "cach_chuc"),
    ("buộc thôi việc", "buoc_thoi_viec"),
    ("sa thải", "sa_thai"),
    ("đình chỉ học", "dinh_chi_hoc"),
];
/// Lý do kỷ luật.
pub const GROUNDS: &[(&str, &str)] = &[
    ("vi phạm hành chính về ANTT", "security_order_sanction"),
    ("tệ nạn xã hội", "social_evil"),
    ("phạm tội", "crime"),
    ("khác", "other"),
];
/// Xếp loại mô hình.
pub const MODEL_RATINGS: &[(&str, &str)] = &[
    ("Xuất sắc", "xuat_sac"),
    ("Khá", "kha"),
    ("Trung bình", "trung_binh"),
    ("Yếu", "yeu"),
];
/// Sự kiện danh hiệu điển hình.
pub const MODEL_EVENTS: &[(&str, &str)] =
    &[("được công nhận", "recognised"), ("mất danh hiệu", "lost")];
