//! Tiêu chí — every criterion of TT124 Điều 1 (applicability) and Điều 4–7 as a `const`.
//!
//! Ids follow `tt124.d{Điều}.k{khoản}[.{điểm}][.{part}]`, with điểm `đ` spelled `dd`. A clause
//! that asks several things is split into parts so each can fail on its own. Communes (Đ5 k2)
//! and schools (Đ7 k3) import criteria of Đ4 and Đ6; they reuse those criteria as they are, so a
//! commune's finding for "no separatist activity" is `tt124.d4.k3.dd`, citing the point tested.
//! Labels are the project's own short wording.
//!
//! ```
//! use antq::law::tt124::criteria::article_criteria;
//! use antq::KindTag;
//! let school = article_criteria(KindTag::School);
//! assert!(school.iter().any(|c| c.id == "tt124.d6.k3.c")); // imported through Đ7 k3
//! assert!(!school.iter().any(|c| c.id == "tt124.d6.k3.d"));
//! ```

use std::borrow::Cow;

use crate::citation::{Citation, Instrument, Source};
use crate::explain::Criterion;

const fn cl(article: u16, clause: u16) -> Citation {
    Citation::clause(Instrument::Tt124, article, clause)
}

const fn pt(article: u16, clause: u16, point: char) -> Citation {
    Citation::point(Instrument::Tt124, article, clause, point)
}

macro_rules! criteria {
    ($($(#[$doc:meta])* $name:ident = $id:literal, $cit:expr, $vi:literal, $en:literal;)*) => {
        $(
            $(#[$doc])*
            pub static $name: Criterion = Criterion {
                id: Cow::Borrowed($id),
                source: Source::text($cit),
                vi: Cow::Borrowed($vi),
                en: Cow::Borrowed($en),
            };
        )*
    };
}

criteria! {
    /// Đ1 k2 a — residential areas and commune-level units are subject.
    D1_K2_A = "tt124.d1.k2.a", pt(1, 2, 'a'),
        "Khu dân cư, cấp xã thuộc đối tượng áp dụng",
        "Residential areas and commune-level units are subject";
    /// Đ1 k2 b — armed-forces agencies and units are not subject.
    D1_K2_B_ARMED = "tt124.d1.k2.b.armed_forces", pt(1, 2, 'b'),
        "Không phải cơ quan, đơn vị lực lượng vũ trang",
        "Not an armed-forces agency or unit";
    /// Đ1 k2 b — small and micro enterprises are not subject.
    D1_K2_B_SIZE = "tt124.d1.k2.b.enterprise_size", pt(1, 2, 'b'),
        "Không phải doanh nghiệp nhỏ, siêu nhỏ",
        "Not a small or micro enterprise";
    /// Đ1 k2 b — primary schools, pre-schools and crèches are not subject.
    D1_K2_B_SCHOOL = "tt124.d1.k2.b.school_level", pt(1, 2, 'b'),
        "Không phải cơ sở giáo dục tiểu học, mầm non, nhà trẻ",
        "Not a primary school, pre-school or crèche";

    /// Đ4 k1 — Party cell resolution in Q1.
    D4_K1_RESOLUTION = "tt124.d4.k1.resolution", cl(4, 1),
        "Chi bộ ra nghị quyết về ANTT trong quý I",
        "Party cell adopted its resolution in Q1";
    /// Đ4 k1 — the residential area registered in Q1.
    D4_K1_REGISTRATION = "tt124.d4.k1.registration", cl(4, 1),
        "Khu dân cư đăng ký phấn đấu trong quý I",
        "Residential area registered in Q1";
    /// Đ4 k1 — 100% of resident households registered.
    D4_K1_HOUSEHOLDS = "tt124.d4.k1.households", cl(4, 1),
        "Toàn bộ hộ gia đình đang cư trú đăng ký tham gia",
        "Every resident household registered to take part";
    /// Đ4 k2 — full implementation of security policy (also Đ5 k2).
    D4_K2 = "tt124.d4.k2", cl(4, 2),
        "Thực hiện đầy đủ chủ trương, chính sách, quy định về bảo đảm ANTT",
        "Security policy and local rules fully implemented";
    /// Đ4 k3 a.
    D4_K3_A = "tt124.d4.k3.a", pt(4, 3, 'a'),
        "Không có hoạt động chống Đảng, chống chính quyền, phá hoại khối đoàn kết",
        "No activity against the Party, the government or national unity";
    /// Đ4 k3 b.
    D4_K3_B = "tt124.d4.k3.b", pt(4, 3, 'b'),
        "Không có hoạt động phá hoại mục tiêu, công trình trọng điểm",
        "No sabotage of key targets or works";
    /// Đ4 k3 c.
    D4_K3_C = "tt124.d4.k3.c", pt(4, 3, 'c'),
        "Không có tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật",
        "No unlawful propagation of beliefs or religion";
    /// Đ4 k3 d.
    D4_K3_D = "tt124.d4.k3.d", pt(4, 3, 'd'),
        "Không có lợi dụng tín ngưỡng, tôn giáo, dân tộc, khiếu kiện gây phức tạp",
        "No exploitation of religion, ethnicity or complaints";
    /// Đ4 k3 đ.
    D4_K3_DD = "tt124.d4.k3.dd", pt(4, 3, 'đ'),
        "Không có hoạt động ly khai, đòi tự trị",
        "No separatist or autonomy-seeking activity";
    /// Đ4 k3 e.
    D4_K3_E = "tt124.d4.k3.e", pt(4, 3, 'e'),
        "Không có mâu thuẫn, tranh chấp phức tạp, kéo dài trong Nhân dân",
        "No complicated, prolonged disputes among residents";
    /// Đ4 k3 g.
    D4_K3_G = "tt124.d4.k3.g", pt(4, 3, 'g'),
        "Không có kích động, lôi kéo tập trung đông người khiếu kiện, gây rối",
        "No incitement of crowds to complain or disturb order";
    /// Đ4 k4 a.
    D4_K4_A = "tt124.d4.k4.a", pt(4, 4, 'a'),
        "Kiềm chế, kéo giảm tội phạm, tệ nạn xã hội, vi phạm so với năm trước",
        "Crime, social evils and violations reduced against the previous year";
    /// Đ4 k4 b — with the force-majeure and promptly-handled exceptions.
    D4_K4_B = "tt124.d4.k4.b", pt(4, 4, 'b'),
        "Không có tội phạm nghiêm trọng trở lên chưa được miễn trừ (bất khả kháng, hoặc kịp thời phát hiện, giảm thiểu hậu quả và báo cáo ngay)",
        "No serious-or-worse crime left unexcused (force majeure, or promptly detected, contained and reported)";
    /// Đ4 k4 c — no new hotspot.
    D4_K4_C_HOTSPOT = "tt124.d4.k4.c.hotspot", pt(4, 4, 'c'),
        "Không phát sinh tụ điểm phức tạp về trật tự xã hội",
        "No new social-order hotspot";
    /// Đ4 k4 c — no new person with a social evil.
    D4_K4_C_SOCIAL_EVIL = "tt124.d4.k4.c.social_evil", pt(4, 4, 'c'),
        "Không phát sinh người mắc tệ nạn xã hội",
        "No new person with a social evil";
    /// Đ4 k4 c — effective management of offenders living in the area.
    D4_K4_C_MANAGEMENT = "tt124.d4.k4.c.management", pt(4, 4, 'c'),
        "Quản lý, giáo dục, giúp đỡ đối tượng trên địa bàn hiệu quả",
        "Offenders in the area managed and helped effectively";
    /// Đ4 k4 d — with the force-majeure exception.
    D4_K4_D = "tt124.d4.k4.d", pt(4, 4, 'd'),
        "Không có cháy, nổ nghiêm trọng, tai nạn lao động chết người, sự cố nghiêm trọng (trừ bất khả kháng)",
        "No serious fire or explosion, fatal labour accident or serious incident (force majeure excepted)";
    /// Đ4 k5 — grassroots force rated "hoàn thành nhiệm vụ" or better.
    D4_K5_RATING = "tt124.d4.k5.rating", cl(4, 5),
        "Lực lượng bảo đảm ANTT ở cơ sở hoàn thành nhiệm vụ trở lên",
        "Grassroots security force rated at least 'task completed'";
    /// Đ4 k5 — no member disciplined (any form).
    D4_K5_DISCIPLINE = "tt124.d4.k5.discipline", cl(4, 5),
        "Không có thành viên lực lượng cơ sở bị kỷ luật",
        "No member of the grassroots force disciplined";

    /// Đ5 k1 — Party committee resolution in Q1.
    D5_K1_RESOLUTION = "tt124.d5.k1.resolution", cl(5, 1),
        "Đảng ủy ra nghị quyết về ANTT trong quý I",
        "Party committee adopted its resolution in Q1";
    /// Đ5 k1 — the commune People's Committee's plan in Q1.
    D5_K1_PLAN = "tt124.d5.k1.plan", cl(5, 1),
        "UBND cấp xã có kế hoạch bảo đảm ANTT trong quý I",
        "Commune People's Committee adopted its security plan in Q1";
    /// Đ5 k1 — registration in Q1.
    D5_K1_REGISTRATION = "tt124.d5.k1.registration", cl(5, 1),
        "Cấp xã đăng ký phấn đấu trong quý I",
        "Commune registered in Q1";
    /// Đ5 k1 — at least one effective movement model.
    D5_K1_MODEL = "tt124.d5.k1.model", cl(5, 1),
        "Có ít nhất 01 mô hình phong trào hoạt động hiệu quả",
        "At least one effective movement model";
    /// Đ5 k3 — commune police effective.
    D5_K3_POLICE = "tt124.d5.k3.police", cl(5, 3),
        "Công an cấp xã nắm chắc tình hình, tham mưu và thực hiện hiệu quả",
        "Commune police on top of the situation and effective";
    /// Đ5 k3 — no commune police officer disciplined (any form).
    D5_K3_DISCIPLINE = "tt124.d5.k3.discipline", cl(5, 3),
        "Không có cán bộ Công an cấp xã bị kỷ luật",
        "No commune police officer disciplined";
    /// Đ5 k4 — 100% of the commune's units registered.
    D5_K4_REGISTERED = "tt124.d5.k4.registered", cl(5, 4),
        "Toàn bộ khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục trên địa bàn đăng ký",
        "Every residential area, agency, enterprise and school of the commune registered";
    /// Đ5 k4 — at least 70% of them recognised.
    D5_K4_RECOGNISED = "tt124.d5.k4.recognised", cl(5, 4),
        "Từ 70% đơn vị trên địa bàn trở lên được công nhận",
        "At least 70% of the commune's units recognised";

    /// Đ6 k1 — Party resolution in Q1 where a Party organisation exists.
    D6_K1_RESOLUTION = "tt124.d6.k1.resolution", cl(6, 1),
        "Tổ chức Đảng có nghị quyết về ANTT trong quý I (nơi có tổ chức Đảng)",
        "Party organisation adopted its resolution in Q1 (where one exists)";
    /// Đ6 k1 — security plan.
    D6_K1_PLAN = "tt124.d6.k1.plan", cl(6, 1),
        "Có kế hoạch bảo đảm ANTT",
        "Security plan adopted";
    /// Đ6 k1 — registration.
    D6_K1_REGISTRATION = "tt124.d6.k1.registration", cl(6, 1),
        "Đăng ký phấn đấu trong quý I",
        "Registered in Q1";
    /// Đ6 k1 — internal rules.
    D6_K1_RULES = "tt124.d6.k1.rules", cl(6, 1),
        "Có nội quy, quy định bảo vệ cơ quan, bí mật nhà nước, chính trị nội bộ, an toàn lao động, PCCC, môi trường",
        "Internal rules on protection, secrets, internal politics, safety, fire and environment";
    /// Đ6 k1 — 100% of staff briefed.
    D6_K1_BRIEFED = "tt124.d6.k1.briefed", cl(6, 1),
        "Toàn bộ cán bộ, người lao động được phổ biến nội quy và tiêu chí",
        "Every staff member briefed on the rules and criteria";
    /// Đ6 k1 — at least one effective model.
    D6_K1_MODEL = "tt124.d6.k1.model", cl(6, 1),
        "Có ít nhất 01 mô hình phong trào hoạt động hiệu quả",
        "At least one effective movement model";
    /// Đ6 k2 — implementation.
    D6_K2 = "tt124.d6.k2", cl(6, 2),
        "Thực hiện đầy đủ chính sách, quy chế phối hợp với Công an và quy định về ANTT",
        "Policy, police-coordination rules and local rules fully implemented";
    /// Đ6 k3 a (also Đ7 k3).
    D6_K3_A = "tt124.d6.k3.a", pt(6, 3, 'a'),
        "Không có tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật",
        "No unlawful propagation of beliefs or religion";
    /// Đ6 k3 b (also Đ7 k3).
    D6_K3_B = "tt124.d6.k3.b", pt(6, 3, 'b'),
        "Không có lợi dụng tín ngưỡng, tôn giáo, dân tộc, khiếu kiện gây phức tạp",
        "No exploitation of religion, ethnicity or complaints";
    /// Đ6 k3 c (also Đ7 k3).
    D6_K3_C = "tt124.d6.k3.c", pt(6, 3, 'c'),
        "Không có kích động, lôi kéo tập trung đông người khiếu kiện, gây rối",
        "No incitement of crowds to complain or disturb order";
    /// Đ6 k3 d.
    D6_K3_D = "tt124.d6.k3.d", pt(6, 3, 'd'),
        "Không có đình công, lãn công trái pháp luật",
        "No unlawful strike or go-slow";
    /// Đ6 k3 đ (also Đ7 k3) — with the force-majeure and promptly-handled exceptions.
    D6_K3_DD = "tt124.d6.k3.dd", pt(6, 3, 'đ'),
        "Không có tội phạm nghiêm trọng trở lên chưa được miễn trừ (bất khả kháng, hoặc kịp thời phát hiện, giảm thiểu hậu quả và báo cáo ngay)",
        "No serious-or-worse crime left unexcused (force majeure, or promptly detected, contained and reported)";
    /// Đ6 k3 e (also Đ7 k3).
    D6_K3_E = "tt124.d6.k3.e", pt(6, 3, 'e'),
        "Không vi phạm quy định bảo vệ bí mật nhà nước",
        "No breach of state-secret rules";
    /// Đ6 k3 g (also Đ7 k3) — with the force-majeure exception.
    D6_K3_G = "tt124.d6.k3.g", pt(6, 3, 'g'),
        "Không có cháy, nổ, tai nạn lao động chết người, sự cố, vi phạm môi trường, an toàn thực phẩm nghiêm trọng (trừ bất khả kháng)",
        "No serious fire, fatal accident, incident, environmental or food-safety violation (force majeure excepted)";
    /// Đ6 k3 h — staff administratively sanctioned in the security-and-order field, or in social
    /// evils and disciplined at warning or above (whether the sanction needs the discipline too
    /// is a reading, [`super::readings::SanctionReading`]).
    D6_K3_H = "tt124.d6.k3.h", pt(6, 3, 'h'),
        "Không có người bị xử phạt vi phạm hành chính về ANTT, hoặc mắc tệ nạn xã hội bị kỷ luật từ cảnh cáo trở lên",
        "No staff administratively sanctioned in security matters, or in social evils and disciplined at warning or above";
    /// Đ6 k4 — protection force rating.
    D6_K4_RATING = "tt124.d6.k4.rating", cl(6, 4),
        "Lực lượng bảo vệ đạt Tập thể lao động tiên tiến hoặc Hoàn thành tốt nhiệm vụ trở lên",
        "Protection force rated 'advanced collective' or 'task completed well' or better";
    /// Đ6 k4 — no protection-force member disciplined at warning or above.
    D6_K4_DISCIPLINE = "tt124.d6.k4.discipline", cl(6, 4),
        "Không có thành viên lực lượng bảo vệ bị kỷ luật từ cảnh cáo trở lên",
        "No protection-force member disciplined at warning or above";
    /// Đ6 k5 — at least 70% of direct sub-units rated well.
    D6_K5_SHARE = "tt124.d6.k5.share", cl(6, 5),
        "Từ 70% đầu mối trực thuộc trở lên đạt Tập thể lao động tiên tiến hoặc Hoàn thành tốt nhiệm vụ",
        "At least 70% of direct sub-units rated 'advanced collective' or 'completed well'";
    /// Đ6 k5 — no one disciplined at warning or above.
    D6_K5_DISCIPLINE = "tt124.d6.k5.discipline", cl(6, 5),
        "Không có cá nhân bị kỷ luật từ cảnh cáo trở lên",
        "No one disciplined at warning or above";

    /// Đ7 k1 — Party resolution in Q1 where a Party organisation exists.
    D7_K1_RESOLUTION = "tt124.d7.k1.resolution", cl(7, 1),
        "Tổ chức Đảng có nghị quyết về ANTT trong quý I (nơi có tổ chức Đảng)",
        "Party organisation adopted its resolution in Q1 (where one exists)";
    /// Đ7 k1 — security plan.
    D7_K1_PLAN = "tt124.d7.k1.plan", cl(7, 1),
        "Có kế hoạch bảo đảm ANTT",
        "Security plan adopted";
    /// Đ7 k1 — registration.
    D7_K1_REGISTRATION = "tt124.d7.k1.registration", cl(7, 1),
        "Đăng ký phấn đấu trong quý I",
        "Registered in Q1";
    /// Đ7 k1 — internal rules.
    D7_K1_RULES = "tt124.d7.k1.rules", cl(7, 1),
        "Có nội quy bảo vệ cơ sở, chính trị nội bộ, quản lý người học, PCCC",
        "Internal rules on protection, internal politics, learners and fire";
    /// Đ7 k1 — 100% of staff, teachers and learners briefed.
    D7_K1_BRIEFED = "tt124.d7.k1.briefed", cl(7, 1),
        "Toàn bộ cán bộ, người dạy, người học được phổ biến nội quy và tiêu chí",
        "Every staff member, teacher and learner briefed";
    /// Đ7 k1 — at least one effective model.
    D7_K1_MODEL = "tt124.d7.k1.model", cl(7, 1),
        "Có ít nhất 01 mô hình phong trào hoạt động hiệu quả",
        "At least one effective movement model";
    /// Đ7 k2 — implementation.
    D7_K2_IMPLEMENTATION = "tt124.d7.k2.implementation", cl(7, 2),
        "Thực hiện đầy đủ chính sách, quy chế phối hợp với Công an và quy định về ANTT",
        "Policy, police-coordination rules and local rules fully implemented";
    /// Đ7 k2 — school–parent coordination (general-education levels).
    D7_K2_PARENTS = "tt124.d7.k2.parents", cl(7, 2),
        "Có phối hợp quản lý học sinh với Ban đại diện cha mẹ học sinh (cấp phổ thông)",
        "School and parents' board coordinate on pupils (general education)";
    /// Đ7 k4 — no school violence.
    D7_K4_VIOLENCE = "tt124.d7.k4.violence", cl(7, 4),
        "Không để xảy ra bạo lực học đường",
        "No school violence";
    /// Đ7 k4 — no staff member, teacher or learner committing a crime, or in social evils and
    /// disciplined at warning or above (whether the crime needs the discipline too is a
    /// reading, [`super::readings::CrimeReading`]).
    D7_K4_DISCIPLINE = "tt124.d7.k4.discipline", cl(7, 4),
        "Không có người dạy, người học, người lao động phạm tội, hoặc mắc tệ nạn xã hội bị kỷ luật từ cảnh cáo trở lên",
        "No staff member, teacher or learner committing a crime, or in social evils and disciplined at warning or above";
    /// Đ7 k5 — protection force rating (where there is one).
    D7_K5_RATING = "tt124.d7.k5.rating", cl(7, 5),
        "Lực lượng bảo vệ (nếu có) đạt Tập thể lao động tiên tiến hoặc Hoàn thành tốt nhiệm vụ trở lên",
        "Protection force (if any) rated 'advanced collective' or 'completed well' or better";
    /// Đ7 k5 — no protection-force member disciplined at warning or above.
    D7_K5_DISCIPLINE = "tt124.d7.k5.discipline", cl(7, 5),
        "Không có thành viên lực lượng bảo vệ bị kỷ luật từ cảnh cáo trở lên",
        "No protection-force member disciplined at warning or above";
    /// Đ7 k6 — at least 70% of direct sub-units rated well.
    D7_K6_SHARE = "tt124.d7.k6.share", cl(7, 6),
        "Từ 70% đầu mối trực thuộc trở lên đạt Tập thể lao động tiên tiến hoặc Hoàn thành tốt nhiệm vụ",
        "At least 70% of direct sub-units rated 'advanced collective' or 'completed well'";
    /// Đ7 k6 — no one disciplined at warning or above.
    D7_K6_DISCIPLINE = "tt124.d7.k6.discipline", cl(7, 6),
        "Không có cá nhân bị kỷ luật từ cảnh cáo trở lên",
        "No one disciplined at warning or above";
}

/// Đ4 k3 a–g with the event each one reads.
pub static D4_K3: [(&Criterion, super::facts::Event); 7] = {
    use super::facts::Event as E;
    [
        (&D4_K3_A, E::AntiState),
        (&D4_K3_B, E::Sabotage),
        (&D4_K3_C, E::UnlawfulReligion),
        (&D4_K3_D, E::ExploitingReligionOrEthnicity),
        (&D4_K3_DD, E::Separatism),
        (&D4_K3_E, E::ProlongedDisputes),
        (&D4_K3_G, E::IncitedCrowds),
    ]
};

/// The criteria a disciplinary record can fail — what QĐ510's discipline deduction overlaps with.
pub const DISCIPLINE_CRITERIA: [&str; 8] = [
    "tt124.d4.k5.discipline",
    "tt124.d5.k3.discipline",
    "tt124.d6.k3.h",
    "tt124.d6.k4.discipline",
    "tt124.d6.k5.discipline",
    "tt124.d7.k4.discipline",
    "tt124.d7.k5.discipline",
    "tt124.d7.k6.discipline",
];

/// The criteria of each article, in order — what a reviewed unit's findings cover exactly once.
pub fn article_criteria(kind: crate::unit::KindTag) -> &'static [&'static Criterion] {
    use crate::unit::KindTag as K;
    match kind {
        K::ResidentialArea => &RESIDENTIAL,
        K::Commune => &COMMUNE,
        K::Agency | K::Enterprise => &ORGANISATION,
        K::School => &SCHOOL,
    }
}

static RESIDENTIAL: [&Criterion; 19] = [
    &D4_K1_RESOLUTION,
    &D4_K1_REGISTRATION,
    &D4_K1_HOUSEHOLDS,
    &D4_K2,
    &D4_K3_A,
    &D4_K3_B,
    &D4_K3_C,
    &D4_K3_D,
    &D4_K3_DD,
    &D4_K3_E,
    &D4_K3_G,
    &D4_K4_A,
    &D4_K4_B,
    &D4_K4_C_HOTSPOT,
    &D4_K4_C_SOCIAL_EVIL,
    &D4_K4_C_MANAGEMENT,
    &D4_K4_D,
    &D4_K5_RATING,
    &D4_K5_DISCIPLINE,
];

static COMMUNE: [&Criterion; 22] = [
    &D5_K1_RESOLUTION,
    &D5_K1_PLAN,
    &D5_K1_REGISTRATION,
    &D5_K1_MODEL,
    &D4_K2,
    &D4_K3_A,
    &D4_K3_B,
    &D4_K3_C,
    &D4_K3_D,
    &D4_K3_DD,
    &D4_K3_E,
    &D4_K3_G,
    &D4_K4_A,
    &D4_K4_B,
    &D4_K4_C_HOTSPOT,
    &D4_K4_C_SOCIAL_EVIL,
    &D4_K4_C_MANAGEMENT,
    &D4_K4_D,
    &D5_K3_POLICE,
    &D5_K3_DISCIPLINE,
    &D5_K4_REGISTERED,
    &D5_K4_RECOGNISED,
];

static ORGANISATION: [&Criterion; 19] = [
    &D6_K1_RESOLUTION,
    &D6_K1_PLAN,
    &D6_K1_REGISTRATION,
    &D6_K1_RULES,
    &D6_K1_BRIEFED,
    &D6_K1_MODEL,
    &D6_K2,
    &D6_K3_A,
    &D6_K3_B,
    &D6_K3_C,
    &D6_K3_D,
    &D6_K3_DD,
    &D6_K3_E,
    &D6_K3_G,
    &D6_K3_H,
    &D6_K4_RATING,
    &D6_K4_DISCIPLINE,
    &D6_K5_SHARE,
    &D6_K5_DISCIPLINE,
];

static SCHOOL: [&Criterion; 20] = [
    &D7_K1_RESOLUTION,
    &D7_K1_PLAN,
    &D7_K1_REGISTRATION,
    &D7_K1_RULES,
    &D7_K1_BRIEFED,
    &D7_K1_MODEL,
    &D7_K2_IMPLEMENTATION,
    &D7_K2_PARENTS,
    &D6_K3_A,
    &D6_K3_B,
    &D6_K3_C,
    &D6_K3_DD,
    &D6_K3_E,
    &D6_K3_G,
    &D7_K4_VIOLENCE,
    &D7_K4_DISCIPLINE,
    &D7_K5_RATING,
    &D7_K5_DISCIPLINE,
    &D7_K6_SHARE,
    &D7_K6_DISCIPLINE,
];
