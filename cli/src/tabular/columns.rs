//! The tabular format: which sheets a workbook (or CSV set) has, which columns each sheet has,
//! what each column accepts and where its value goes in the library's JSON input
//! (`antq::year::UnitInput`). The template, the reader and the documentation are all built
//! from these tables, so they cannot drift apart.

/// Kinds of unit a column applies to (bit set).
pub type Kinds = u8;
/// Khu dân cư.
pub const R: Kinds = 1;
/// Xã, phường, đặc khu.
pub const C: Kinds = 2;
/// Cơ quan.
pub const A: Kinds = 4;
/// Doanh nghiệp.
pub const E: Kinds = 8;
/// Cơ sở giáo dục.
pub const S: Kinds = 16;
/// Agencies, enterprises, schools.
pub const ORG: Kinds = A | E | S;
/// Every kind.
pub const ALL: Kinds = R | C | ORG;

/// What a cell may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// Free text.
    Text,
    /// có / không (also x, 1, 0, yes, no); empty = not given.
    Bool,
    /// A whole number ≥ 0.
    UInt,
    /// An exact decimal (money in đồng, averages).
    Dec,
    /// One of the listed values: (Vietnamese label, JSON value).
    Enum(&'static [(&'static str, &'static str)]),
    /// Several of the listed values (or ids), separated by `;`.
    List(&'static [(&'static str, &'static str)]),
}

/// Where a column's value goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A dotted path in the record (`safety.events`, `unit.kind.school.level`); a numeric
    /// segment is an index into an array.
    Path(&'static str),
    /// có → the list at this path is given on its own sheet (at least one row); không → the
    /// list is empty (none occurred); empty → rows on that sheet if any, else not given.
    ListFlag(&'static str),
    /// The unit id a row of a detail sheet belongs to.
    UnitKey,
}

/// One column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Unaccented alias (also the CSV-friendly name).
    pub key: &'static str,
    /// Vietnamese header, as the template writes it.
    pub header: &'static str,
    /// What it accepts.
    pub ty: Ty,
    /// Where it goes.
    pub target: Target,
    /// Which kinds of unit have this column (unit sheets).
    pub kinds: Kinds,
    /// Whether a row must give it.
    pub required: bool,
}

const fn col(key: &'static str, header: &'static str, ty: Ty, path: &'static str) -> Column {
    Column {
        key,
        header,
        ty,
        target: Target::Path(path),
        kinds: ALL,
        required: false,
    }
}

const fn only(mut c: Column, kinds: Kinds) -> Column {
    c.kinds = kinds;
    c
}

const fn req(mut c: Column) -> Column {
    c.required = true;
    c
}

const fn flag(key: &'static str, header: &'static str, path: &'static str, kinds: Kinds) -> Column {
    Column {
        key,
        header,
        ty: Ty::Bool,
        target: Target::ListFlag(path),
        kinds,
        required: false,
    }
}

const UNIT_KEY: Column = Column {
    key: "ma_don_vi",
    header: "Mã đơn vị",
    ty: Ty::Text,
    target: Target::UnitKey,
    kinds: ALL,
    required: true,
};

// ---- allowed values (Vietnamese label, JSON value) ----

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

// ---- unit sheets ----

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
    only(
        col(
            "so_nguoi_bi_xu_phat_anttt",
            "Số cán bộ, nhân viên bị xử phạt hành chính về ANTT",
            Ty::UInt,
            "safety.staff_security_sanctions",
        ),
        A | E,
    ),
    only(
        col(
            "so_nguoi_pham_toi",
            "Số cán bộ, giáo viên, người học phạm tội",
            Ty::UInt,
            "safety.members_committed_crime",
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

/// What a sheet holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    /// Tỉnh and năm.
    Info,
    /// One row per unit of this kind (bit of [`Kinds`]) and its JSON kind tag.
    Units(Kinds, &'static str),
    /// Rows appended to the list at this path of the unit named in the row.
    Detail(&'static str),
    /// Rows that set `map.<key column>` = value column for the unit (QĐ510 points, QĐ3554
    /// criteria, model-unit history).
    Map(&'static str),
}

/// One sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sheet {
    /// Unaccented name, also the CSV file name (`khu_dan_cu.csv`).
    pub key: &'static str,
    /// Vietnamese sheet name.
    pub name: &'static str,
    /// What it holds.
    pub kind: SheetKind,
    /// Its columns (unit sheets: filtered from [`UNIT_COLUMNS`]).
    pub columns: &'static [Column],
}

impl Sheet {
    /// The columns of this sheet.
    pub fn columns(&self) -> Vec<Column> {
        match self.kind {
            SheetKind::Units(k, _) => UNIT_COLUMNS
                .iter()
                .filter(|c| c.kinds & k != 0)
                .copied()
                .collect(),
            _ => self.columns.to_vec(),
        }
    }
}

const INFO_COLUMNS: &[Column] = &[
    req(col("muc", "Mục", Ty::Text, "")),
    col("gia_tri", "Giá trị", Ty::Text, ""),
];

const EVENT_COLUMNS: &[Column] = &[
    UNIT_KEY,
    req(col("vu_viec", "Vụ việc", Ty::Enum(EVENTS), "")),
];
const CRIME_COLUMNS: &[Column] = &[
    UNIT_KEY,
    col("mo_ta", "Mô tả", Ty::Text, "-"),
    col("bat_kha_khang", "Bất khả kháng", Ty::Bool, "force_majeure"),
    col(
        "kip_thoi_phat_hien",
        "Kịp thời phát hiện",
        Ty::Bool,
        "promptly_detected",
    ),
    col(
        "giam_thieu_hau_qua",
        "Đã giảm thiểu hậu quả",
        Ty::Bool,
        "consequences_contained",
    ),
    col(
        "bao_cao_ngay",
        "Báo cáo ngay",
        Ty::Bool,
        "reported_immediately",
    ),
];
const ACCIDENT_COLUMNS: &[Column] = &[
    UNIT_KEY,
    req(col("loai_su_co", "Loại sự cố", Ty::Enum(ACCIDENTS), "kind")),
    col("bat_kha_khang", "Bất khả kháng", Ty::Bool, "force_majeure"),
];
const DISCIPLINE_COLUMNS: &[Column] = &[
    UNIT_KEY,
    req(col("vai_tro", "Vai trò", Ty::Enum(ROLES), "role")),
    req(col("doi_tuong", "Đối tượng", Ty::Enum(PERSONS), "person")),
    req(col(
        "hinh_thuc",
        "Hình thức kỷ luật",
        Ty::Enum(FORMS),
        "form",
    )),
    req(col("ly_do", "Lý do", Ty::Enum(GROUNDS), "ground")),
];
const MODEL_COLUMNS: &[Column] = &[
    UNIT_KEY,
    req(col("ma_mo_hinh", "Mã mô hình", Ty::Text, "id")),
    req(col("ten_mo_hinh", "Tên mô hình", Ty::Text, "name")),
    col("hieu_qua", "Hoạt động hiệu quả", Ty::Bool, "effective"),
    col(
        "xep_loai",
        "Xếp loại mô hình",
        Ty::Enum(MODEL_RATINGS),
        "rating",
    ),
    col("ho_so_day_du", "Hồ sơ đầy đủ", Ty::Bool, "dossier_complete"),
    col("co_ho_so", "Có hồ sơ", Ty::Bool, "has_dossier"),
];
const SCORE_COLUMNS: &[Column] = &[
    UNIT_KEY,
    req(col("muc_cham_diem", "Mục chấm điểm (mã)", Ty::Text, "")),
    req(col("diem", "Điểm", Ty::UInt, "")),
];
const DEDUCTION_COLUMNS: &[Column] = &[
    UNIT_KEY,
    req(col(
        "khoan_tru",
        "Khoản trừ điểm (mã)",
        Ty::Text,
        "deduction",
    )),
    req(col("su_viec", "Mã sự việc", Ty::Text, "fact")),
];
const CRITERIA_COLUMNS: &[Column] = &[
    UNIT_KEY,
    req(col("tieu_chi", "Tiêu chí điển hình (mã)", Ty::Text, "")),
    req(col("dat", "Đạt", Ty::Bool, "")),
];
const EXTRA_COLUMNS: &[Column] = &[
    UNIT_KEY,
    req(col("ma_du_kien", "Mã dữ kiện", Ty::Text, "")),
    req(col("co_khong", "Có / không", Ty::Bool, "")),
];
const HISTORY_COLUMNS: &[Column] = &[
    UNIT_KEY,
    req(col("nam", "Năm", Ty::UInt, "")),
    req(col("su_kien", "Sự kiện", Ty::Enum(MODEL_EVENTS), "")),
];

/// Every sheet, in template order.
pub const SHEETS: &[Sheet] = &[
    Sheet {
        key: "chung",
        name: "Chung",
        kind: SheetKind::Info,
        columns: INFO_COLUMNS,
    },
    Sheet {
        key: "khu_dan_cu",
        name: "Khu dân cư",
        kind: SheetKind::Units(R, "residential_area"),
        columns: &[],
    },
    Sheet {
        key: "xa_phuong",
        name: "Xã, phường",
        kind: SheetKind::Units(C, "commune"),
        columns: &[],
    },
    Sheet {
        key: "co_quan",
        name: "Cơ quan",
        kind: SheetKind::Units(A, "agency"),
        columns: &[],
    },
    Sheet {
        key: "doanh_nghiep",
        name: "Doanh nghiệp",
        kind: SheetKind::Units(E, "enterprise"),
        columns: &[],
    },
    Sheet {
        key: "co_so_giao_duc",
        name: "Cơ sở giáo dục",
        kind: SheetKind::Units(S, "school"),
        columns: &[],
    },
    Sheet {
        key: "vu_viec",
        name: "Vụ việc",
        kind: SheetKind::Detail("safety.events"),
        columns: EVENT_COLUMNS,
    },
    Sheet {
        key: "toi_pham",
        name: "Tội phạm nghiêm trọng",
        kind: SheetKind::Detail("safety.serious_crimes"),
        columns: CRIME_COLUMNS,
    },
    Sheet {
        key: "su_co",
        name: "Sự cố",
        kind: SheetKind::Detail("safety.accidents"),
        columns: ACCIDENT_COLUMNS,
    },
    Sheet {
        key: "ky_luat",
        name: "Kỷ luật",
        kind: SheetKind::Detail("safety.discipline"),
        columns: DISCIPLINE_COLUMNS,
    },
    Sheet {
        key: "mo_hinh",
        name: "Mô hình",
        kind: SheetKind::Detail("models"),
        columns: MODEL_COLUMNS,
    },
    Sheet {
        key: "diem",
        name: "Điểm QĐ510",
        kind: SheetKind::Map("score.awarded"),
        columns: SCORE_COLUMNS,
    },
    Sheet {
        key: "tru_diem",
        name: "Trừ điểm",
        kind: SheetKind::Detail("score.facts"),
        columns: DEDUCTION_COLUMNS,
    },
    Sheet {
        key: "tieu_chi_dien_hinh",
        name: "Tiêu chí điển hình",
        kind: SheetKind::Map("model_unit.criteria"),
        columns: CRITERIA_COLUMNS,
    },
    Sheet {
        key: "du_kien_khac",
        name: "Dữ kiện khác",
        kind: SheetKind::Map("safety.extra"),
        columns: EXTRA_COLUMNS,
    },
    Sheet {
        key: "lich_su_dien_hinh",
        name: "Lịch sử điển hình",
        kind: SheetKind::Map("model_history"),
        columns: HISTORY_COLUMNS,
    },
];

/// The info rows of the "Chung" sheet: (unaccented key, Vietnamese label, JSON field).
pub const INFO_ROWS: &[(&str, &str, &str)] = &[
    ("tinh", "Tỉnh", "province"),
    ("nam", "Năm", "year"),
    ("du_lieu_gia_lap", "Dữ liệu giả lập", "synthetic"),
];

/// The sheet with this name or key (folded comparison).
pub fn sheet_named(name: &str) -> Option<&'static Sheet> {
    let f = crate::fold::fold(name);
    SHEETS
        .iter()
        .find(|s| crate::fold::fold(s.name) == f || crate::fold::fold(s.key) == f)
}

/// A header without its parenthesised note: "Đăng ký phấn đấu (quý I)" → "Đăng ký phấn đấu".
fn without_note(h: &str) -> &str {
    h.split_once(" (").map_or(h, |(head, _)| head)
}

/// The column of `columns` with this header or alias (folded comparison; the header's
/// parenthesised note may be left out).
pub fn column_named(columns: &[Column], header: &str) -> Option<Column> {
    let f = crate::fold::fold(header);
    columns
        .iter()
        .find(|c| {
            crate::fold::fold(c.header) == f
                || crate::fold::fold(c.key) == f
                || crate::fold::fold(without_note(c.header)) == f
        })
        .copied()
}
