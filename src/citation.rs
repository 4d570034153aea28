//! Where a rule comes from: instruments, citations and provenance.
//!
//! Every criterion, threshold, exception and routing rule in this crate carries a [`Citation`]
//! (instrument + Điều / khoản / điểm, or a section of a provincial document) and a
//! [`Provenance`] that says how sure we are of it (see `LAW.md`).

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use serde::{Deserialize, Serialize};

use crate::explain::Lang;

/// Văn bản — a legal instrument or provincial document the crate cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Instrument {
    /// Thông tư 124/2021/TT-BCA — the "An toàn về ANTT" standard.
    Tt124,
    /// Thông tư 48/2025/TT-BCA — amends TT124 for two-tier government (text not available).
    Tt48,
    /// Quyết định 510/QĐ-BCA-V05 — movement classification by points.
    Qd510,
    /// Quyết định 3554/QĐ-BCA-V05 — model-unit ("điển hình") criteria, from 2025.
    Qd3554,
    /// Quyết định 9745/QĐ-BCA-V05 — provisional model-unit criteria, 2023–2025.
    Qd9745,
    /// Nghị định 80/2021/NĐ-CP — micro, small and medium enterprise criteria.
    Nd80,
    /// Bộ luật Lao động 2019 — the Labour Code (disciplinary forms for workers, Điều 124).
    LabourCode2019,
    /// Kế hoạch 10/KH-UBND tỉnh Sơn La (2026) — model-unit roadmap 2026–2030.
    Kh10SonLa,
    /// Seed A: Sơn La People's Committee guidance on the movement, 2026.
    SeedSonLaGuidance2026,
    /// Seed B: Sơn La People's Committee Office plan for model units, 2026.
    SeedSonLaOfficePlan2026,
    /// Seed C: Hưng Yên steering committee letter 07/BCĐ-CQTT, 16/4/2026.
    SeedHungYen07_2026,
    /// Seed D: Bắc Kạn People's Committee letter on model units, 3/2023.
    SeedBacKan2023,
    /// Seed E: Sơn Dương commune plan 54/KH-UBND, 13/02/2026.
    SeedSonDuong54_2026,
    /// A rule this crate had to supply itself because no text was available.
    Provisional,
}

impl Instrument {
    /// Every instrument, in declaration order.
    pub const ALL: [Instrument; 14] = [
        Instrument::Tt124,
        Instrument::Tt48,
        Instrument::Qd510,
        Instrument::Qd3554,
        Instrument::Qd9745,
        Instrument::Nd80,
        Instrument::LabourCode2019,
        Instrument::Kh10SonLa,
        Instrument::SeedSonLaGuidance2026,
        Instrument::SeedSonLaOfficePlan2026,
        Instrument::SeedHungYen07_2026,
        Instrument::SeedBacKan2023,
        Instrument::SeedSonDuong54_2026,
        Instrument::Provisional,
    ];

    /// Short name used in grep-able constants and compact output ("TT124", "QĐ510", "seed A").
    pub fn short(self) -> &'static str {
        match self {
            Instrument::Tt124 => "TT124",
            Instrument::Tt48 => "TT48",
            Instrument::Qd510 => "QĐ510",
            Instrument::Qd3554 => "QĐ3554",
            Instrument::Qd9745 => "QĐ9745",
            Instrument::Nd80 => "NĐ80",
            Instrument::LabourCode2019 => "BLLĐ2019",
            Instrument::Kh10SonLa => "KH10",
            Instrument::SeedSonLaGuidance2026 => "seed A",
            Instrument::SeedSonLaOfficePlan2026 => "seed B",
            Instrument::SeedHungYen07_2026 => "seed C",
            Instrument::SeedBacKan2023 => "seed D",
            Instrument::SeedSonDuong54_2026 => "seed E",
            Instrument::Provisional => "provisional",
        }
    }

    /// The instrument's name as it is cited in Vietnamese.
    pub fn name_vi(self) -> &'static str {
        match self {
            Instrument::Tt124 => "Thông tư số 124/2021/TT-BCA",
            Instrument::Tt48 => "Thông tư số 48/2025/TT-BCA",
            Instrument::Qd510 => "Quyết định số 510/QĐ-BCA-V05",
            Instrument::Qd3554 => "Quyết định số 3554/QĐ-BCA-V05",
            Instrument::Qd9745 => "Quyết định số 9745/QĐ-BCA-V05",
            Instrument::Nd80 => "Nghị định số 80/2021/NĐ-CP",
            Instrument::LabourCode2019 => "Bộ luật Lao động năm 2019",
            Instrument::Kh10SonLa => "Kế hoạch số 10/KH-UBND tỉnh Sơn La",
            Instrument::SeedSonLaGuidance2026 => "Văn bản hướng dẫn năm 2026 của UBND tỉnh Sơn La",
            Instrument::SeedSonLaOfficePlan2026 => {
                "Kế hoạch năm 2026 của Văn phòng UBND tỉnh Sơn La"
            }
            Instrument::SeedHungYen07_2026 => "Văn bản số 07/BCĐ-CQTT ngày 16/4/2026 (Hưng Yên)",
            Instrument::SeedBacKan2023 => "Văn bản tháng 3/2023 của UBND tỉnh Bắc Kạn",
            Instrument::SeedSonDuong54_2026 => {
                "Kế hoạch số 54/KH-UBND ngày 13/02/2026 (xã Sơn Dương)"
            }
            Instrument::Provisional => "giá trị tạm thời của thư viện antq",
        }
    }

    /// The instrument's name in English.
    pub fn name_en(self) -> &'static str {
        match self {
            Instrument::Tt124 => "Circular 124/2021/TT-BCA",
            Instrument::Tt48 => "Circular 48/2025/TT-BCA",
            Instrument::Qd510 => "Decision 510/QĐ-BCA-V05",
            Instrument::Qd3554 => "Decision 3554/QĐ-BCA-V05",
            Instrument::Qd9745 => "Decision 9745/QĐ-BCA-V05",
            Instrument::Nd80 => "Decree 80/2021/NĐ-CP",
            Instrument::LabourCode2019 => "Labour Code 2019",
            Instrument::Kh10SonLa => "Plan 10/KH-UBND of Sơn La province",
            Instrument::SeedSonLaGuidance2026 => "Sơn La People's Committee guidance, 2026",
            Instrument::SeedSonLaOfficePlan2026 => "Sơn La People's Committee Office plan, 2026",
            Instrument::SeedHungYen07_2026 => "Hưng Yên letter 07/BCĐ-CQTT of 16/4/2026",
            Instrument::SeedBacKan2023 => "Bắc Kạn People's Committee letter, 3/2023",
            Instrument::SeedSonDuong54_2026 => "Sơn Dương commune plan 54/KH-UBND of 13/02/2026",
            Instrument::Provisional => "provisional default of the antq library",
        }
    }

    /// Whether the instrument is a provincial (or commune) document rather than national law.
    pub fn is_provincial(self) -> bool {
        matches!(
            self,
            Instrument::Kh10SonLa
                | Instrument::SeedSonLaGuidance2026
                | Instrument::SeedSonLaOfficePlan2026
                | Instrument::SeedHungYen07_2026
                | Instrument::SeedBacKan2023
                | Instrument::SeedSonDuong54_2026
        )
    }
}

/// Nguồn gốc — how sure we are of a rule (the tags of `LAW.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Read in the legal text itself.
    Text,
    /// Stated in a provincial document (binding locally; often the only source).
    ProvincialDocument,
    /// Reported by public sources quoting the text; the signed text was not available.
    Reported,
    /// Not available anywhere: a labelled, overridable default, never presented as law.
    Provisional,
}

impl Provenance {
    /// Vietnamese label.
    pub fn label_vi(self) -> &'static str {
        match self {
            Provenance::Text => "văn bản",
            Provenance::ProvincialDocument => "văn bản của địa phương",
            Provenance::Reported => "theo nguồn công khai",
            Provenance::Provisional => "TẠM THỜI",
        }
    }

    /// English label.
    pub fn label_en(self) -> &'static str {
        match self {
            Provenance::Text => "text",
            Provenance::ProvincialDocument => "provincial document",
            Provenance::Reported => "reported",
            Provenance::Provisional => "PROVISIONAL",
        }
    }
}

/// Căn cứ — a pinpoint citation: instrument plus Điều / khoản / điểm, or a section of a
/// provincial document.
///
/// ```
/// use antq::citation::{Citation, Instrument};
/// use antq::explain::Lang;
/// let c = Citation::point(Instrument::Qd510, 8, 10, 'c');
/// assert_eq!(c.render(Lang::Vi), "điểm c khoản 10 Điều 8 Quyết định số 510/QĐ-BCA-V05");
/// assert_eq!(c.render(Lang::En), "Decision 510/QĐ-BCA-V05, Art. 8(10)(c)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The instrument cited.
    pub instrument: Instrument,
    /// Điều — article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<u16>,
    /// Khoản — clause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<u16>,
    /// Điểm — point (a, b, c, d, đ, e, g, h …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point: Option<char>,
    /// Mục — a section of a document without articles (provincial letters and plans), e.g. "1b".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<Cow<'static, str>>,
}

impl Citation {
    /// The instrument as a whole.
    pub const fn instrument(instrument: Instrument) -> Self {
        Citation {
            instrument,
            article: None,
            clause: None,
            point: None,
            section: None,
        }
    }

    /// Điều `article`.
    pub const fn article(instrument: Instrument, article: u16) -> Self {
        Citation {
            instrument,
            article: Some(article),
            clause: None,
            point: None,
            section: None,
        }
    }

    /// Khoản `clause` Điều `article`.
    pub const fn clause(instrument: Instrument, article: u16, clause: u16) -> Self {
        Citation {
            instrument,
            article: Some(article),
            clause: Some(clause),
            point: None,
            section: None,
        }
    }

    /// Điểm `point` khoản `clause` Điều `article`.
    pub const fn point(instrument: Instrument, article: u16, clause: u16, point: char) -> Self {
        Citation {
            instrument,
            article: Some(article),
            clause: Some(clause),
            point: Some(point),
            section: None,
        }
    }

    /// Mục `section` of a document without articles (e.g. a provincial letter).
    pub const fn section(instrument: Instrument, section: &'static str) -> Self {
        Citation {
            instrument,
            article: None,
            clause: None,
            point: None,
            section: Some(Cow::Borrowed(section)),
        }
    }

    /// A compact, grep-able form: `TT124 Đ6 k3 đ`, `seed A §1b`.
    pub fn short(&self) -> String {
        let mut s = String::from(self.instrument.short());
        if let Some(sec) = &self.section {
            let _ = write!(s, " §{sec}");
        }
        if let Some(a) = self.article {
            let _ = write!(s, " Đ{a}");
        }
        if let Some(k) = self.clause {
            let _ = write!(s, " k{k}");
        }
        if let Some(p) = self.point {
            let _ = write!(s, " {p}");
        }
        s
    }

    /// Render in Vietnamese legal style ("điểm c khoản 10 Điều 8 Quyết định số 510/QĐ-BCA-V05")
    /// or in English ("Decision 510/QĐ-BCA-V05, Art. 8(10)(c)").
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        let _ = self.write_to(&mut out, lang);
        out
    }

    /// Write the rendering of [`Citation::render`] into `out`.
    pub fn write_to(&self, out: &mut impl fmt::Write, lang: Lang) -> fmt::Result {
        match lang {
            Lang::Vi => {
                if let Some(p) = self.point {
                    write!(out, "điểm {p} ")?;
                }
                if let Some(k) = self.clause {
                    write!(out, "khoản {k} ")?;
                }
                if let Some(a) = self.article {
                    write!(out, "Điều {a} ")?;
                }
                if let Some(sec) = &self.section {
                    write!(out, "mục {sec} ")?;
                }
                out.write_str(self.instrument.name_vi())
            }
            Lang::En => {
                out.write_str(self.instrument.name_en())?;
                if let Some(sec) = &self.section {
                    write!(out, ", section {sec}")?;
                }
                if let Some(a) = self.article {
                    write!(out, ", Art. {a}")?;
                    if let Some(k) = self.clause {
                        write!(out, "({k})")?;
                    }
                    if let Some(p) = self.point {
                        write!(out, "({p})")?;
                    }
                }
                Ok(())
            }
        }
    }
}

impl fmt::Display for Citation {
    /// Displays the Vietnamese rendering.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f, Lang::Vi)
    }
}

/// Căn cứ và nguồn gốc — a citation together with the provenance of the rule it backs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Where the rule is written.
    pub citation: Citation,
    /// How sure we are of it.
    pub provenance: Provenance,
}

impl Source {
    /// A rule read in the legal text.
    pub const fn text(citation: Citation) -> Self {
        Source {
            citation,
            provenance: Provenance::Text,
        }
    }

    /// A rule stated in a provincial document.
    pub const fn provincial(citation: Citation) -> Self {
        Source {
            citation,
            provenance: Provenance::ProvincialDocument,
        }
    }

    /// A rule reported by public sources.
    pub const fn reported(citation: Citation) -> Self {
        Source {
            citation,
            provenance: Provenance::Reported,
        }
    }

    /// A provisional default standing in for a rule that is not available.
    pub const fn provisional(citation: Citation) -> Self {
        Source {
            citation,
            provenance: Provenance::Provisional,
        }
    }

    /// Whether the value is a provisional default.
    pub fn is_provisional(&self) -> bool {
        self.provenance == Provenance::Provisional
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_point_clause_article_in_vietnamese_order() {
        let c = Citation::point(Instrument::Tt124, 6, 3, 'đ');
        assert_eq!(
            c.render(Lang::Vi),
            "điểm đ khoản 3 Điều 6 Thông tư số 124/2021/TT-BCA"
        );
        assert_eq!(c.render(Lang::En), "Circular 124/2021/TT-BCA, Art. 6(3)(đ)");
        assert_eq!(c.short(), "TT124 Đ6 k3 đ");
    }

    #[test]
    fn renders_sections_of_provincial_documents() {
        let c = Citation::section(Instrument::SeedSonLaGuidance2026, "1b");
        assert_eq!(
            c.render(Lang::Vi),
            "mục 1b Văn bản hướng dẫn năm 2026 của UBND tỉnh Sơn La"
        );
        assert_eq!(c.short(), "seed A §1b");
        assert!(c.instrument.is_provincial());
    }
}
