//! The provincial documents the library's own code cites, as `static` values.
//!
//! The built-in province files (`provinces/*.json`) declare the same documents as data; a test
//! checks that each declaration equals its `static` here, so the two cannot drift. Numbers and
//! dates are as printed in the copies we hold; what a copy leaves blank is said in `note`.

use std::borrow::Cow::Borrowed as B;

use crate::citation::{Document, DocumentDate, DocumentKind, Instrument};

/// Công văn số …/UBND-NC năm 2026 của UBND tỉnh Sơn La — guidance on the movement in 2026.
pub static SON_LA_UBND_NC_2026: Document = Document {
    key: B("son_la_ubnd_nc_2026"),
    number: Some(B("…/UBND-NC")),
    kind: DocumentKind::CongVan,
    issuer: B("UBND tỉnh Sơn La"),
    date: DocumentDate::y(2026),
    title: B("V/v thực hiện một số nội dung công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc"),
    implements: Some(Instrument::Tt124),
    short: Some(B("UBND-NC Sơn La 2026")),
    note: Some(B("the copy leaves the number, day and month blank")),
};

/// Kế hoạch số 10/KH-UBND ngày 08/01/2026 của UBND tỉnh Sơn La — model units 2026–2030.
pub static SON_LA_KH10_2026: Document = Document {
    key: B("son_la_kh10_2026"),
    number: Some(B("10/KH-UBND")),
    kind: DocumentKind::KeHoach,
    issuer: B("UBND tỉnh Sơn La"),
    date: DocumentDate::ymd(2026, 1, 8),
    title: B("Xây dựng xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tỉnh Sơn La"),
    implements: Some(Instrument::Qd3554),
    short: Some(B("10/KH-UBND Sơn La")),
    note: Some(B("known from the Sơn La guidance and the PC Office plan that cite it; its own text is not held")),
};

/// Kế hoạch năm 2026 của Văn phòng UBND tỉnh Sơn La — the Office's own model-unit plan.
pub static SON_LA_VP_KH_2026: Document = Document {
    key: B("son_la_vp_kh_2026"),
    number: None,
    kind: DocumentKind::KeHoach,
    issuer: B("Văn phòng UBND tỉnh Sơn La"),
    date: DocumentDate::y(2026),
    title: B("Xây dựng xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tỉnh Sơn La"),
    implements: Some(Instrument::Qd3554),
    short: Some(B("KH VP UBND Sơn La 2026")),
    note: Some(B("the copy shows no number and no date beyond the year")),
};

/// Công văn số 07/BCĐ-CQTT ngày 16/4/2026 của Ban Chỉ đạo tỉnh Hưng Yên.
pub static HUNG_YEN_BCD_07_2026: Document = Document {
    key: B("hung_yen_bcd_07_2026"),
    number: Some(B("07/BCĐ-CQTT")),
    kind: DocumentKind::CongVan,
    issuer: B("Ban Chỉ đạo tỉnh Hưng Yên"),
    date: DocumentDate::ymd(2026, 4, 16),
    title: B("V/v tiếp tục triển khai thực hiện Thông tư 124/2021/TT-BCA; Quyết định 510/QĐ-BCA-V05 của Bộ Công an"),
    implements: Some(Instrument::Tt124),
    short: None,
    note: None,
};

/// Công văn tháng 3/2023 của UBND tỉnh Bắc Kạn — model units under QĐ9745.
pub static BAC_KAN_UBND_2023: Document = Document {
    key: B("bac_kan_ubnd_2023"),
    number: None,
    kind: DocumentKind::CongVan,
    issuer: B("UBND tỉnh Bắc Kạn"),
    date: DocumentDate::ym(2023, 3),
    title: B("Xây dựng xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc"),
    implements: Some(Instrument::Qd9745),
    short: Some(B("CV UBND Bắc Kạn 3/2023")),
    note: Some(B("the copy shows no number and leaves the day blank; the title is its subject, not a printed V/v line")),
};

/// Kế hoạch số 54/KH-UBND ngày 13/02/2026 của UBND xã Sơn Dương — the movement 2026–2030.
pub static SON_DUONG_KH54_2026: Document = Document {
    key: B("son_duong_kh54_2026"),
    number: Some(B("54/KH-UBND")),
    kind: DocumentKind::KeHoach,
    issuer: B("UBND xã Sơn Dương"),
    date: DocumentDate::ymd(2026, 2, 13),
    title: B("Triển khai thực hiện Nghị quyết số 33-NQ/TU ngày 10/12/2025 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn xã Sơn Dương giai đoạn 2026 - 2030"),
    implements: None,
    short: None,
    note: None,
};

/// Every document above.
pub static ALL: [&Document; 6] = [
    &SON_LA_UBND_NC_2026,
    &SON_LA_KH10_2026,
    &SON_LA_VP_KH_2026,
    &HUNG_YEN_BCD_07_2026,
    &BAC_KAN_UBND_2023,
    &SON_DUONG_KH54_2026,
];
