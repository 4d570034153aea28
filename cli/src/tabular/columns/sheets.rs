//! Every sheet of the workbook (or CSV set), and the columns of the sheets other than the
//! unit sheets.

use super::*;

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
