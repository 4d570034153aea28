//! The national calendar table: every dated rule of TT124, QĐ510 and the library's labelled
//! defaults. Provincial dates are not here: a province file adds them as entries
//! ([`super::CalendarPolicy::entries`]).

use std::borrow::Cow::Borrowed as B;

use crate::body::Body;
use crate::citation::{Citation, Instrument, Source};
use crate::regime::Regime;
use crate::unit::KindTag;

use super::{AnnualDate, CalendarRule as Rule, EntryKind, Form};

const RA: &[KindTag] = &[KindTag::ResidentialArea];
const NOT_RA: &[KindTag] = &[
    KindTag::Commune,
    KindTag::Agency,
    KindTag::Enterprise,
    KindTag::School,
];
const COMMUNE: &[KindTag] = &[KindTag::Commune];
const ORGS: &[KindTag] = &[KindTag::Agency, KindTag::Enterprise, KindTag::School];

const fn tt124(article: u16, clause: u16) -> Source {
    Source::text(Citation::clause(Instrument::Tt124, article, clause))
}

const fn tt124_point(article: u16, clause: u16, point: char) -> Source {
    Source::text(Citation::point(Instrument::Tt124, article, clause, point))
}

/// A TT124 step or date in a two-tier year: TT48/2025 amended it and its wording is not
/// available, so the TT124 rule is carried over, labelled provisional.
pub(crate) const fn tt48_carry_over(article: u16, clause: u16, point: char) -> Source {
    Source::provisional(Citation::point(
        Instrument::Tt124AmendedByTt48,
        article,
        clause,
        point,
    ))
}

pub(crate) static D8_K2_A_START: Rule = Rule {
    key: B("tt124.d8.k2.a.start"),
    kind: EntryKind::WindowStart,
    form: Form::From,
    date: AnnualDate::new(11, 1),
    prev_year: true,
    regime: None,
    applies_to: B(RA),
    body: None,
    vi: B("Bắt đầu kỳ đánh giá khu dân cư"),
    en: B("Residential-area evaluation window opens"),
    source: tt124_point(8, 2, 'a'),
};

pub(crate) static D8_K2_A_END: Rule = Rule {
    key: B("tt124.d8.k2.a.end"),
    kind: EntryKind::WindowEnd,
    form: Form::Until,
    date: AnnualDate::new(10, 31),
    prev_year: false,
    regime: None,
    applies_to: B(RA),
    body: None,
    vi: B("Kết thúc kỳ đánh giá khu dân cư"),
    en: B("Residential-area evaluation window closes"),
    source: tt124_point(8, 2, 'a'),
};

pub(crate) static D8_K2_B_START: Rule = Rule {
    key: B("tt124.d8.k2.b.start"),
    kind: EntryKind::WindowStart,
    form: Form::From,
    date: AnnualDate::new(11, 16),
    prev_year: true,
    regime: None,
    applies_to: B(NOT_RA),
    body: None,
    vi: B("Bắt đầu kỳ đánh giá cấp xã, cơ quan, doanh nghiệp, cơ sở giáo dục"),
    en: B("Evaluation window opens for communes, agencies, enterprises and schools"),
    source: tt124_point(8, 2, 'b'),
};

pub(crate) static D8_K2_B_END: Rule = Rule {
    key: B("tt124.d8.k2.b.end"),
    kind: EntryKind::WindowEnd,
    form: Form::Until,
    date: AnnualDate::new(11, 15),
    prev_year: false,
    regime: None,
    applies_to: B(NOT_RA),
    body: None,
    vi: B("Kết thúc kỳ đánh giá cấp xã, cơ quan, doanh nghiệp, cơ sở giáo dục"),
    en: B("Evaluation window closes for communes, agencies, enterprises and schools"),
    source: tt124_point(8, 2, 'b'),
};

pub(crate) static D4_K1_REGISTRATION: Rule = Rule {
    key: B("tt124.d4.k1.registration"),
    kind: EntryKind::Registration,
    form: Form::Until,
    date: AnnualDate::new(3, 31),
    prev_year: false,
    regime: None,
    applies_to: B(RA),
    body: None,
    vi: B("Hết quý I: khu dân cư có nghị quyết chi bộ và đăng ký phấn đấu"),
    en: B("End of Q1: residential areas have the Party-cell resolution and register"),
    source: tt124(4, 1),
};

pub(crate) static D5_K1_REGISTRATION: Rule = Rule {
    key: B("tt124.d5.k1.registration"),
    kind: EntryKind::Registration,
    form: Form::Until,
    date: AnnualDate::new(3, 31),
    prev_year: false,
    regime: None,
    applies_to: B(COMMUNE),
    body: None,
    vi: B("Hết quý I: cấp xã có nghị quyết, kế hoạch và đăng ký phấn đấu"),
    en: B("End of Q1: communes have the resolution and plan, and register"),
    source: tt124(5, 1),
};

pub(crate) static D6_K1_REGISTRATION: Rule = Rule {
    key: B("tt124.d6.k1.registration"),
    kind: EntryKind::Registration,
    form: Form::Until,
    date: AnnualDate::new(3, 31),
    prev_year: false,
    regime: None,
    applies_to: B(&[KindTag::Agency, KindTag::Enterprise]),
    body: None,
    vi: B("Hết quý I: cơ quan, doanh nghiệp có nghị quyết, kế hoạch và đăng ký phấn đấu"),
    en: B("End of Q1: agencies and enterprises have the resolution and plan, and register"),
    source: tt124(6, 1),
};

pub(crate) static D7_K1_REGISTRATION: Rule = Rule {
    key: B("tt124.d7.k1.registration"),
    kind: EntryKind::Registration,
    form: Form::Until,
    date: AnnualDate::new(3, 31),
    prev_year: false,
    regime: None,
    applies_to: B(&[KindTag::School]),
    body: None,
    vi: B("Hết quý I: cơ sở giáo dục có nghị quyết, kế hoạch và đăng ký phấn đấu"),
    en: B("End of Q1: schools have the resolution and plan, and register"),
    source: tt124(7, 1),
};

pub(crate) static D9_K1_A: Rule = Rule {
    key: B("tt124.d9.k1.a"),
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 15),
    prev_year: false,
    regime: Some(Regime::ThreeTier),
    applies_to: B(RA),
    body: Some(Body::CommunePeoplesCommittee),
    vi: B("Hạn công nhận khu dân cư “An toàn về ANTT”"),
    en: B("Deadline to recognise residential areas as safe"),
    source: tt124_point(9, 1, 'a'),
};

pub(crate) static D9_K1_A_TT48: Rule = Rule {
    key: B("tt124.d9.k1.a"),
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 15),
    prev_year: false,
    regime: Some(Regime::TwoTier),
    applies_to: B(RA),
    body: Some(Body::CommunePeoplesCommittee),
    vi: B("Hạn công nhận khu dân cư “An toàn về ANTT”"),
    en: B("Deadline to recognise residential areas as safe"),
    source: tt48_carry_over(9, 1, 'a'),
};

pub(crate) static D9_K1_B: Rule = Rule {
    key: B("tt124.d9.k1.b"),
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 20),
    prev_year: false,
    regime: Some(Regime::ThreeTier),
    applies_to: B(COMMUNE),
    body: None,
    vi: B("Hạn công nhận xã, phường “An toàn về ANTT”"),
    en: B("Deadline to recognise communes and wards as safe"),
    source: tt124_point(9, 1, 'b'),
};

pub(crate) static D9_K1_B_TT48: Rule = Rule {
    key: B("tt124.d9.k1.b"),
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 20),
    prev_year: false,
    regime: Some(Regime::TwoTier),
    applies_to: B(COMMUNE),
    body: None,
    vi: B("Hạn công nhận xã, phường “An toàn về ANTT”"),
    en: B("Deadline to recognise communes and wards as safe"),
    source: tt48_carry_over(9, 1, 'b'),
};

pub(crate) static D9_K1_C: Rule = Rule {
    key: B("tt124.d9.k1.c"),
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 20),
    prev_year: false,
    regime: None,
    applies_to: B(ORGS),
    body: None,
    vi: B("Hạn công nhận cơ quan, doanh nghiệp, cơ sở giáo dục “An toàn về ANTT”"),
    en: B("Deadline to recognise agencies, enterprises and schools as safe"),
    source: tt124_point(9, 1, 'c'),
};

pub(crate) static D9_K1_D: Rule = Rule {
    key: B("tt124.d9.k1.d"),
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 20),
    prev_year: false,
    regime: None,
    applies_to: B(ORGS),
    body: Some(Body::MinistryOfPublicSecurity),
    vi: B("Hạn Bộ Công an công nhận đơn vị do Bộ theo dõi “An toàn về ANTT”"),
    en: B("Deadline for the Ministry to recognise the units it follows as safe"),
    source: tt124_point(9, 1, 'd'),
};

pub(crate) static QD510_RESIDENTIAL: Rule = Rule {
    key: B("qd510.d11.k3.residential_area"),
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 20),
    prev_year: false,
    regime: None,
    applies_to: B(RA),
    body: None,
    vi: B("Hạn phân loại phong trào khu dân cư"),
    en: B("Deadline to classify the movement in residential areas"),
    source: Source::reported(Citation::clause(Instrument::Qd510, 11, 3)),
};

pub(crate) static QD510_UNITS: Rule = Rule {
    key: B("qd510.d11.k3.units"),
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(11, 30),
    prev_year: false,
    regime: None,
    applies_to: B(NOT_RA),
    body: None,
    vi: B("Hạn phân loại phong trào cấp xã, cơ quan, doanh nghiệp, cơ sở giáo dục"),
    en: B("Deadline to classify the movement in communes, agencies, enterprises and schools"),
    source: Source::reported(Citation::clause(Instrument::Qd510, 11, 3)),
};

pub(crate) static QD510_DISTRICT: Rule = Rule {
    key: B("qd510.d11.k3.district"),
    kind: EntryKind::Decision,
    form: Form::Before,
    date: AnnualDate::new(12, 15),
    prev_year: false,
    regime: Some(Regime::ThreeTier),
    applies_to: B(&[]),
    body: None,
    vi: B("Hạn phân loại phong trào cấp huyện"),
    en: B("Deadline to classify the movement of districts"),
    source: Source::reported(Citation::clause(Instrument::Qd510, 11, 3)),
};

pub(crate) static MODEL_UNIT_YEAR_END: Rule = Rule {
    key: B("model_unit.year_end"),
    kind: EntryKind::Decision,
    form: Form::Until,
    date: AnnualDate::new(12, 31),
    prev_year: false,
    regime: None,
    applies_to: B(NOT_RA),
    body: None,
    vi: B("Hạn công nhận điển hình khi không có mốc cụ thể (cuối năm)"),
    en: B("Model-unit recognition where no dated rule is known (year end)"),
    source: Source::provisional(Citation::instrument(Instrument::Provisional)),
};

pub(crate) static COMMENDATION_YEAR_END: Rule = Rule {
    key: B("commendation.year_end"),
    kind: EntryKind::Decision,
    form: Form::Until,
    date: AnnualDate::new(12, 31),
    prev_year: false,
    regime: None,
    applies_to: B(NOT_RA),
    body: Some(Body::ProvincialChairman),
    vi: B("Hạn tặng Bằng khen cho đơn vị điển hình (cuối năm)"),
    en: B("Certificates of merit for model units (year end)"),
    source: Source::provisional(Citation::instrument(Instrument::Provisional)),
};

pub(crate) static RULES: &[&Rule] = &[
    &D8_K2_A_START,
    &D8_K2_A_END,
    &D8_K2_B_START,
    &D8_K2_B_END,
    &D4_K1_REGISTRATION,
    &D5_K1_REGISTRATION,
    &D6_K1_REGISTRATION,
    &D7_K1_REGISTRATION,
    &D9_K1_A,
    &D9_K1_A_TT48,
    &D9_K1_B,
    &D9_K1_B_TT48,
    &D9_K1_C,
    &D9_K1_D,
    &QD510_RESIDENTIAL,
    &QD510_UNITS,
    &QD510_DISTRICT,
    &MODEL_UNIT_YEAR_END,
    &COMMENDATION_YEAR_END,
];
