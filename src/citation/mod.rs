//! Where a rule comes from: instruments, citations and provenance.
//!
//! Every criterion, threshold, exception and routing rule in this crate carries a [`Citation`]
//! (a national [`Instrument`] + Điều / khoản / điểm, or a section of a provincial [`Document`])
//! and a [`Provenance`] that says how sure we are of it. National instruments are built in;
//! provincial documents are data declared in province files.
//!
//! ```
//! use antq::citation::{Citation, Instrument};
//! use antq::Lang;
//! let d6_k3 = Citation::clause(Instrument::Tt124, 6, 3);
//! let d = Citation::point(Instrument::Tt124, 6, 3, 'đ');
//! assert!(d6_k3.contains(&d)); // ask a decision by clause: Decision::about / status_of
//! assert_eq!(d.short(), "TT124 Đ6 k3 đ");
//! assert_eq!(d.render(Lang::Vi), "điểm đ khoản 3 Điều 6 Thông tư số 124/2021/TT-BCA");
//! ```

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

mod document;
mod resolve;
mod scope;
mod serde_impl;

pub use document::{DocRef, Document, DocumentDate, DocumentKind};
pub use resolve::with_documents;

/// Văn bản quy phạm — a national instrument the crate cites. Provincial and commune documents
/// are data ([`Document`]), declared in province files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Instrument {
    /// Thông tư 124/2021/TT-BCA — the "An toàn về ANTT" standard.
    Tt124,
    /// Thông tư 48/2025/TT-BCA — amends TT124 for two-tier government (text not available).
    Tt48,
    /// TT124 as amended by TT48/2025 for two-tier government: cites a TT124 clause whose
    /// amended wording is not available, so every use is a provisional carry-over.
    Tt124AmendedByTt48,
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
    /// A rule this crate had to supply itself because no text was available.
    Provisional,
}

impl Instrument {
    /// Every instrument, in declaration order.
    pub const ALL: [Instrument; 9] = [
        Instrument::Tt124,
        Instrument::Tt48,
        Instrument::Tt124AmendedByTt48,
        Instrument::Qd510,
        Instrument::Qd3554,
        Instrument::Qd9745,
        Instrument::Nd80,
        Instrument::LabourCode2019,
        Instrument::Provisional,
    ];

    /// Short name used in grep-able constants and compact output ("TT124", "QĐ510").
    pub fn short(self) -> &'static str {
        match self {
            Instrument::Tt124 => "TT124",
            Instrument::Tt48 => "TT48",
            Instrument::Tt124AmendedByTt48 => "TT124/TT48",
            Instrument::Qd510 => "QĐ510",
            Instrument::Qd3554 => "QĐ3554",
            Instrument::Qd9745 => "QĐ9745",
            Instrument::Nd80 => "NĐ80",
            Instrument::LabourCode2019 => "BLLĐ2019",
            Instrument::Provisional => "provisional",
        }
    }

    /// The instrument's name as it is cited in Vietnamese.
    pub fn name_vi(self) -> &'static str {
        match self {
            Instrument::Tt124 => "Thông tư số 124/2021/TT-BCA",
            Instrument::Tt48 => "Thông tư số 48/2025/TT-BCA",
            Instrument::Tt124AmendedByTt48 => {
                "Thông tư số 124/2021/TT-BCA được sửa đổi bởi Thông tư số 48/2025/TT-BCA"
            }
            Instrument::Qd510 => "Quyết định số 510/QĐ-BCA-V05",
            Instrument::Qd3554 => "Quyết định số 3554/QĐ-BCA-V05",
            Instrument::Qd9745 => "Quyết định số 9745/QĐ-BCA-V05",
            Instrument::Nd80 => "Nghị định số 80/2021/NĐ-CP",
            Instrument::LabourCode2019 => "Bộ luật Lao động năm 2019",
            Instrument::Provisional => "giá trị tạm thời của thư viện antq",
        }
    }

    /// The instrument's name in English.
    pub fn name_en(self) -> &'static str {
        match self {
            Instrument::Tt124 => "Circular 124/2021/TT-BCA",
            Instrument::Tt48 => "Circular 48/2025/TT-BCA",
            Instrument::Tt124AmendedByTt48 => {
                "Circular 124/2021/TT-BCA as amended by Circular 48/2025/TT-BCA"
            }
            Instrument::Qd510 => "Decision 510/QĐ-BCA-V05",
            Instrument::Qd3554 => "Decision 3554/QĐ-BCA-V05",
            Instrument::Qd9745 => "Decision 9745/QĐ-BCA-V05",
            Instrument::Nd80 => "Decree 80/2021/NĐ-CP",
            Instrument::LabourCode2019 => "Labour Code 2019",
            Instrument::Provisional => "provisional default of the antq library",
        }
    }
}

/// What a citation names: a national instrument or a provincial document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cited {
    /// A national instrument (or the library's own provisional default).
    Instrument(Instrument),
    /// A provincial or commune document.
    Document(DocRef),
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

/// Căn cứ — a pinpoint citation: instrument plus Điều / khoản / điểm, or a section (mục) of a
/// provincial document.
///
/// ```
/// use antq::citation::{Citation, Instrument};
/// use antq::explain::Lang;
/// let c = Citation::point(Instrument::Qd510, 8, 10, 'c');
/// assert_eq!(c.render(Lang::Vi), "điểm c khoản 10 Điều 8 Quyết định số 510/QĐ-BCA-V05");
/// assert_eq!(c.render(Lang::En), "Decision 510/QĐ-BCA-V05, Art. 8(10)(c)");
/// ```
///
/// In JSON a citation is `{"instrument": "tt124", "article": 6, "clause": 3, "point": "đ"}` or
/// `{"document": "<key>", "section": "1b"}`; the document key is resolved against the documents
/// declared in the province file ([`with_documents`]). A report writes the document out in full
/// so that it reads without the file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Citation {
    /// The instrument or document cited.
    pub cites: Cited,
    /// Điều — article.
    pub article: Option<u16>,
    /// Khoản — clause.
    pub clause: Option<u16>,
    /// Điểm — point (a, b, c, d, đ, e, g, h …).
    pub point: Option<char>,
    /// Mục — a section of a document without articles (provincial letters and plans), e.g. "1b".
    pub section: Option<Cow<'static, str>>,
}

impl Citation {
    /// The instrument as a whole.
    pub const fn instrument(instrument: Instrument) -> Self {
        Citation {
            cites: Cited::Instrument(instrument),
            article: None,
            clause: None,
            point: None,
            section: None,
        }
    }

    /// Điều `article`.
    pub const fn article(instrument: Instrument, article: u16) -> Self {
        Citation {
            cites: Cited::Instrument(instrument),
            article: Some(article),
            clause: None,
            point: None,
            section: None,
        }
    }

    /// Khoản `clause` Điều `article`.
    pub const fn clause(instrument: Instrument, article: u16, clause: u16) -> Self {
        Citation {
            cites: Cited::Instrument(instrument),
            article: Some(article),
            clause: Some(clause),
            point: None,
            section: None,
        }
    }

    /// Điểm `point` khoản `clause` Điều `article`.
    pub const fn point(instrument: Instrument, article: u16, clause: u16, point: char) -> Self {
        Citation {
            cites: Cited::Instrument(instrument),
            article: Some(article),
            clause: Some(clause),
            point: Some(point),
            section: None,
        }
    }

    /// Mục `section` of a document compiled into the library (a `static`).
    pub const fn doc_section(document: &'static Document, section: &'static str) -> Self {
        Citation {
            cites: Cited::Document(DocRef::Static(document)),
            article: None,
            clause: None,
            point: None,
            section: Some(Cow::Borrowed(section)),
        }
    }

    /// Mục `section` of a document (usually one declared in a province file).
    pub fn in_document(document: DocRef, section: impl Into<Cow<'static, str>>) -> Self {
        Citation {
            cites: Cited::Document(document),
            article: None,
            clause: None,
            point: None,
            section: Some(section.into()),
        }
    }

    /// The national instrument cited, if any.
    pub fn instrument_cited(&self) -> Option<Instrument> {
        match &self.cites {
            Cited::Instrument(i) => Some(*i),
            Cited::Document(_) => None,
        }
    }

    /// The provincial document cited, if any.
    pub fn document(&self) -> Option<&Document> {
        match &self.cites {
            Cited::Instrument(_) => None,
            Cited::Document(d) => Some(d),
        }
    }

    /// Whether the citation names a provincial (or commune) document.
    pub fn is_provincial(&self) -> bool {
        matches!(self.cites, Cited::Document(_))
    }

    /// A compact, grep-able form: `TT124 Đ6 k3 đ`, `07/BCĐ-CQTT §1(2)`.
    pub fn short(&self) -> String {
        let mut s = match &self.cites {
            Cited::Instrument(i) => String::from(i.short()),
            Cited::Document(d) => String::from(d.label()),
        };
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
    ///
    /// # Errors
    ///
    /// Only the writer's own error (never for a [`String`]).
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
                match &self.cites {
                    Cited::Instrument(i) => out.write_str(i.name_vi()),
                    Cited::Document(d) => out.write_str(&d.name_vi()),
                }
            }
            Lang::En => {
                match &self.cites {
                    Cited::Instrument(i) => out.write_str(i.name_en())?,
                    Cited::Document(d) => out.write_str(&d.name_en())?,
                }
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

    static DOC: Document = Document {
        key: Cow::Borrowed("tinh_mau_cv_01_2026"),
        number: Some(Cow::Borrowed("01/UBND-NC")),
        kind: DocumentKind::CongVan,
        issuer: Cow::Borrowed("UBND tỉnh Mẫu"),
        date: DocumentDate::ymd(2026, 1, 5),
        title: Cow::Borrowed("V/v thử"),
        implements: Some(Instrument::Tt124),
        short: None,
        note: None,
    };

    #[test]
    fn renders_sections_of_provincial_documents() {
        let c = Citation::doc_section(&DOC, "1b");
        assert_eq!(
            c.render(Lang::Vi),
            "mục 1b Công văn số 01/UBND-NC ngày 5/1/2026 của UBND tỉnh Mẫu"
        );
        assert_eq!(
            c.render(Lang::En),
            "Letter 01/UBND-NC of 5/1/2026 by UBND tỉnh Mẫu, section 1b"
        );
        assert_eq!(c.short(), "01/UBND-NC §1b");
        assert!(c.is_provincial());
    }

    #[test]
    fn a_document_key_resolves_only_when_declared() {
        let json = r#"{"document": "tinh_mau_cv_01_2026", "section": "2"}"#;
        assert!(serde_json::from_str::<Citation>(json).is_err());
        let c: Citation = with_documents([DocRef::Static(&DOC)], Some(2026), || {
            serde_json::from_str(json).unwrap()
        });
        assert_eq!(c, Citation::doc_section(&DOC, "2"));
        let err = with_documents([DocRef::Static(&DOC)], Some(2025), || {
            serde_json::from_str::<Citation>(json).unwrap_err()
        });
        assert!(err.to_string().contains("after 2025"), "{err}");
        let undeclared = with_documents([], None, || {
            serde_json::from_str::<Citation>(r#"{"document": "x"}"#).unwrap_err()
        });
        assert!(undeclared.to_string().contains("`x` is not declared"));
    }

    #[test]
    fn a_document_citation_round_trips_written_out_in_full() {
        let c = Citation::doc_section(&DOC, "1b");
        let json = serde_json::to_string(&c).unwrap();
        assert!(json.contains("01/UBND-NC"));
        assert_eq!(serde_json::from_str::<Citation>(&json).unwrap(), c);
    }
}
