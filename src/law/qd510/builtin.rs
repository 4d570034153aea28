//! Tri thức có sẵn — what is known of QĐ510, with provenance, and the labelled provisional
//! defaults that complete each built-in sheet to 100 points.
//!
//! | Item / rule | Points | Provenance |
//! |---|---|---|
//! | Đ7 k1 plan, reviews, reports (agencies, enterprises, schools) | 3 | reported |
//! | Đ7 k2 propaganda reaching ≥ 90 % of staff | 3 | reported |
//! | Đ7 k3 National Security Day festival (19/8) | 5 | reported |
//! | Đ7 k4 a coordination rule or plan with local government and police | 1 | reported |
//! | Đ7 k7 at least one effective movement model (the requirement; 07/BCĐ-CQTT of Hưng Yên §2(2) ties it to this clause) | — | reported |
//! | its points | 5 | **provisional** |
//! | Đ8 k10 c recognised "An toàn về ANTT" (communes) | 50 | Sơn La …/UBND-NC §2a |
//! | the same 50 points for other kinds (by analogy; their article is not available) | 50 | **provisional** |
//! | Đ8 k11 c discipline deduction — the amount | 5 | **provisional** |
//! | the rest of the sheet, awarded by the committee | 100 − known | **provisional** |
//! | bands Xuất sắc ≥ 90, Khá ≥ 70, Trung bình ≥ 50, Yếu < 50 | — | **provisional** |

use std::borrow::Cow;

use crate::citation::{Citation, Instrument, Source};
use crate::explain::Criterion;
use crate::outcome::MovementClass;
use crate::unit::KindTag;

use super::sheet::{ClassBand, Deduction, Frequency, ItemBasis, ScoreItem, ScoreSheet, MAX_TOTAL};

/// Điểm mục mô hình — the points of the QĐ510 Đ7 k7 movement-model item. **Provisional**: the
/// requirement is reported, its points are not available.
pub const PROVISIONAL_MODEL_POINTS: u32 = 5;

/// Điểm "An toàn về ANTT" — points for being recognised (QĐ510 Đ8 k10 c, Sơn La …/UBND-NC §2a).
pub const SAFETY_POINTS: u32 = 50;

/// Mức trừ điểm kỷ luật — the discipline deduction's amount. **Provisional**: QĐ510 Đ8 k11 c is
/// not available; override it with a province's sheet.
pub const PROVISIONAL_DISCIPLINE_POINTS: u32 = 5;

/// Id of the item computed from the TT124 decision (same id in every built-in sheet).
pub const SAFETY_ITEM_ID: &str = "qd510.d8.k10.c";

/// Id of the discipline deduction (same id in every built-in sheet).
pub const DISCIPLINE_DEDUCTION_ID: &str = "qd510.d8.k11.c";

/// Id of the provisional "remaining items awarded by the committee" item.
pub const REMAINDER_ITEM_ID: &str = "qd510.remainder";

const fn crit(id: &'static str, source: Source, vi: &'static str, en: &'static str) -> Criterion {
    Criterion {
        id: Cow::Borrowed(id),
        source,
        vi: Cow::Borrowed(vi),
        en: Cow::Borrowed(en),
    }
}

/// QĐ510 Đ7 k1 — yearly plan, reviews and reports on the movement (3 points) (reported).
pub static D7_K1: Criterion = crit(
    "qd510.d7.k1",
    Source::reported(Citation::clause(Instrument::Qd510, 7, 1)),
    "Kế hoạch, sơ kết, tổng kết và báo cáo phong trào đúng hạn",
    "Movement plan, reviews and reports on time",
);

/// QĐ510 Đ7 k2 — propaganda reaching at least 90 % of members and staff (3 points) (reported).
pub static D7_K2: Criterion = crit(
    "qd510.d7.k2",
    Source::reported(Citation::clause(Instrument::Qd510, 7, 2)),
    "Tuyên truyền tới từ 90% cán bộ, nhân viên trở lên",
    "Propaganda reaching at least 90% of staff",
);

/// QĐ510 Đ7 k3 — the National Security Day festival (19/8) and related themes (5 points)
/// (reported).
pub static D7_K3: Criterion = crit(
    "qd510.d7.k3",
    Source::reported(Citation::clause(Instrument::Qd510, 7, 3)),
    "Tổ chức Ngày hội toàn dân bảo vệ ANTQ (19/8) và các chủ đề liên quan",
    "National Security Day festival (19 August) and related themes",
);

/// QĐ510 Đ7 k4 — coordination with local government and police; only point a is known
/// (reported).
pub static D7_K4: Criterion = crit(
    "qd510.d7.k4",
    Source::reported(Citation::clause(Instrument::Qd510, 7, 4)),
    "Phối hợp với chính quyền và công an địa phương (phần đã biết)",
    "Coordination with local government and police (known part)",
);

/// QĐ510 Đ7 k4 a — a coordination rule or plan with local government and police (1 point)
/// (reported).
pub static D7_K4_A: Criterion = crit(
    "qd510.d7.k4.a",
    Source::reported(Citation::point(Instrument::Qd510, 7, 4, 'a')),
    "Có quy chế hoặc kế hoạch phối hợp với chính quyền, công an nơi đóng trụ sở",
    "A coordination rule or plan with local government and police",
);

/// QĐ510 Đ7 k7 — build a new movement model or keep at least one model working effectively.
/// **Reported**: the text of QĐ510 is not available; the Hưng Yên steering committee's letter
/// 07/BCĐ-CQTT of 16/4/2026, §2(2), states the requirement and ties it to this clause (and to
/// TT124 Đ6 k1, Đ7 k1), so the letter is cited as the source. The group item; its points sit in
/// [`D7_K7_POINTS`].
pub static D7_K7: Criterion = crit(
    "qd510.d7.k7",
    Source::reported(Citation::doc_section(&crate::provinces::documents::HUNG_YEN_BCD_07_2026, "2(2)")),
    "Khoản 7 Điều 7 QĐ510: xây dựng mới hoặc duy trì ít nhất 01 mô hình phong trào hoạt động hiệu quả (theo Văn bản 07/BCĐ-CQTT ngày 16/4/2026 của Ban Chỉ đạo tỉnh Hưng Yên)",
    "QĐ510 Art. 7(7): build or keep at least one effective movement model (as letter 07/BCĐ-CQTT of 16/4/2026, Hưng Yên steering committee, reports)",
);

/// The points of the QĐ510 Đ7 k7 item — **provisional** ([`PROVISIONAL_MODEL_POINTS`]): the
/// table is not available.
pub static D7_K7_POINTS: Criterion = crit(
    "qd510.d7.k7.points",
    Source::provisional(Citation::clause(Instrument::Qd510, 7, 7)),
    "Có ít nhất 01 mô hình hoạt động hiệu quả (số điểm tạm thời)",
    "At least one effective model (provisional points)",
);

/// QĐ510 Đ8 k10 c — recognised "An toàn về ANTT": 50 points, computed from the TT124 decision
/// (communes; as Sơn La …/UBND-NC §2a states).
pub static SAFETY_COMMUNE: Criterion = crit(
    SAFETY_ITEM_ID,
    Source::provincial(Citation::point(Instrument::Qd510, 8, 10, 'c')),
    "Được công nhận đạt tiêu chuẩn \"An toàn về ANTT\"",
    "Recognised \"An toàn về ANTT\"",
);

/// The same 50-point item for residential areas, agencies, enterprises and schools —
/// **provisional**: the article of QĐ510 for these kinds is not available, so the commune rule
/// (Đ8 k10 c) is applied by analogy.
pub static SAFETY_BY_ANALOGY: Criterion = crit(
    SAFETY_ITEM_ID,
    Source::provisional(Citation::point(Instrument::Qd510, 8, 10, 'c')),
    "Được công nhận đạt tiêu chuẩn \"An toàn về ANTT\" (áp dụng tương tự xã)",
    "Recognised \"An toàn về ANTT\" (commune rule applied by analogy)",
);

/// QĐ510 Đ8 k11 c — deduction when a person, cadre or officer was disciplined. The rule is
/// stated by Sơn La …/UBND-NC §2a; its **amount is provisional**, so the criterion is labelled provisional.
pub static DISCIPLINE: Criterion = crit(
    DISCIPLINE_DEDUCTION_ID,
    Source::provisional(Citation::point(Instrument::Qd510, 8, 11, 'c')),
    "Trừ điểm: có cá nhân, cán bộ, chiến sĩ bị xử lý kỷ luật (mức trừ tạm thời)",
    "Deduction: a person, cadre or officer was disciplined (provisional amount)",
);

/// The part of each sheet that is not available — **provisional**: one item "remaining items
/// awarded by the committee" worth 100 minus the known items, so the sheet still sums to 100.
pub static REMAINDER: Criterion = crit(
    REMAINDER_ITEM_ID,
    Source::provisional(Citation::instrument(Instrument::Qd510)),
    "Các mục còn lại do hội đồng chấm (bảng điểm chưa có, tạm thời)",
    "Remaining items awarded by the committee (table not available, provisional)",
);

/// Ngoại lệ trừ điểm một lần — Sơn La …/UBND-NC §2a: a unit that failed "An toàn về ANTT" because of the
/// discipline already lost its 50 points, so the discipline deduction is not applied again.
pub static SINGLE_DEDUCTION: Criterion = crit(
    "qd510.exception.single_deduction",
    Source::provincial(Citation::doc_section(
        &crate::provinces::documents::SON_LA_UBND_NC_2026,
        "2a",
    )),
    "Không trừ thêm: vi phạm đã làm đơn vị mất điểm \"An toàn về ANTT\" (chỉ trừ 1 lần)",
    "Not deducted again: the violation already cost the \"An toàn về ANTT\" points (deduct once)",
);

/// Mỗi sự việc chỉ trừ một lần — a fact id reported more than once (under one or several
/// deductions) is deducted once. **The library's own reading**, labelled provisional: Sơn La …/UBND-NC
/// §2a says only that a unit that lost its "An toàn" points for a discipline is not deducted
/// again for it ([`SINGLE_DEDUCTION`]); extending that to every repeated fact is our inference.
pub static FACT_ONCE: Criterion = crit(
    "qd510.exception.fact_once",
    Source::provisional(Citation::doc_section(
        &crate::provinces::documents::SON_LA_UBND_NC_2026,
        "2a",
    )),
    "Cách hiểu của thư viện (mở rộng mục 2a): sự việc đã bị trừ điểm không bị trừ lần nữa",
    "Library's reading (extending §2a): a fact already deducted is not deducted again",
);

/// Source of the built-in (provisional) class bands.
pub(crate) const PROVISIONAL_BAND: Source =
    Source::provisional(Citation::instrument(Instrument::Qd510));

/// Provisional class bands: Xuất sắc 90–100, Khá 70–89, Trung bình 50–69, Yếu 0–49
/// (QĐ510's thresholds are not available).
pub fn provisional_bands() -> Vec<ClassBand> {
    vec![
        ClassBand {
            class: MovementClass::Yeu,
            min: 0,
            max: 49,
            source: PROVISIONAL_BAND,
        },
        ClassBand {
            class: MovementClass::TrungBinh,
            min: 50,
            max: 69,
            source: PROVISIONAL_BAND,
        },
        ClassBand {
            class: MovementClass::Kha,
            min: 70,
            max: 89,
            source: PROVISIONAL_BAND,
        },
        ClassBand {
            class: MovementClass::XuatSac,
            min: 90,
            max: MAX_TOTAL,
            source: PROVISIONAL_BAND,
        },
    ]
}

/// TT124 criterion ids of a kind's article that a disciplinary record can fail — the
/// `covered_by` of the built-in discipline deduction (property-tested against TT124 itself).
pub fn discipline_criteria(kind: KindTag) -> &'static [&'static str] {
    match kind {
        KindTag::ResidentialArea => &["tt124.d4.k5.discipline"],
        KindTag::Commune => &["tt124.d5.k3.discipline"],
        KindTag::Agency | KindTag::Enterprise => &[
            "tt124.d6.k3.h",
            "tt124.d6.k4.discipline",
            "tt124.d6.k5.discipline",
        ],
        KindTag::School => &[
            "tt124.d7.k4.discipline",
            "tt124.d7.k5.discipline",
            "tt124.d7.k6.discipline",
        ],
    }
}

/// The built-in discipline deduction for a kind (once; provisional amount; covered by the
/// kind's TT124 discipline criteria).
pub fn discipline_deduction(kind: KindTag) -> Deduction {
    Deduction {
        criterion: (&DISCIPLINE).into(),
        points: PROVISIONAL_DISCIPLINE_POINTS,
        frequency: Frequency::Once,
        covered_by: discipline_criteria(kind)
            .iter()
            .map(|&s| Cow::Borrowed(s))
            .collect(),
    }
}

impl ScoreSheet {
    /// The built-in sheet for a kind: the known QĐ510 items (Đ7 k1–k4 a and k7 for agencies,
    /// enterprises and schools, k7 with provisional points), the 50-point "An toàn về ANTT" item, the provisional
    /// remainder that completes 100, the discipline deduction and the provisional bands.
    ///
    /// ```
    /// use antq::law::qd510::ScoreSheet;
    /// use antq::KindTag;
    /// let sheet = ScoreSheet::builtin(KindTag::Agency);
    /// assert!(sheet.validate().is_ok());
    /// assert_eq!(sheet.item("qd510.remainder").map(|i| i.max_points), Some(33));
    /// ```
    pub fn builtin(kind: KindTag) -> ScoreSheet {
        let mut items = Vec::with_capacity(7);
        if kind.is_organisation() {
            items.push(ScoreItem::awarded(&D7_K1, 3));
            items.push(ScoreItem::awarded(&D7_K2, 3));
            items.push(ScoreItem::awarded(&D7_K3, 5));
            items.push(ScoreItem::group(
                &D7_K4,
                vec![ScoreItem::awarded(&D7_K4_A, 1)],
            ));
            items.push(ScoreItem::group(
                &D7_K7,
                vec![ScoreItem::awarded(&D7_K7_POINTS, PROVISIONAL_MODEL_POINTS)],
            ));
        }
        let safety: &'static Criterion = if kind == KindTag::Commune {
            &SAFETY_COMMUNE
        } else {
            &SAFETY_BY_ANALOGY
        };
        items.push(ScoreItem {
            criterion: safety.into(),
            max_points: SAFETY_POINTS,
            basis: ItemBasis::SafetyRecognised,
            sub_items: Vec::new(),
        });
        let known: u32 = items.iter().map(|i| i.max_points).sum();
        items.push(ScoreItem::awarded(&REMAINDER, MAX_TOTAL - known));
        ScoreSheet {
            name: format!("builtin.{}", kind_code(kind)),
            kind,
            items,
            deductions: vec![discipline_deduction(kind)],
            bands: provisional_bands(),
        }
    }
}

/// A stable snake_case code for a kind (as in JSON).
pub fn kind_code(kind: KindTag) -> &'static str {
    match kind {
        KindTag::ResidentialArea => "residential_area",
        KindTag::Commune => "commune",
        KindTag::Agency => "agency",
        KindTag::Enterprise => "enterprise",
        KindTag::School => "school",
    }
}
