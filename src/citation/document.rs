//! Văn bản của địa phương — provincial (and commune) documents as data.
//!
//! National instruments are built in ([`super::Instrument`]); a province's letters, plans and
//! decisions are [`Document`] values declared in a province file (see
//! [`crate::policy::province`]) and shared by every citation that names them ([`DocRef`]), so a
//! finding renders its full citation with no other context.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Instrument;

/// Loại văn bản — the kind of a document, as printed above its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// Công văn — an official letter.
    CongVan,
    /// Kế hoạch — a plan.
    KeHoach,
    /// Quyết định — a decision.
    QuyetDinh,
    /// Hướng dẫn — guidance.
    HuongDan,
    /// Chỉ thị — a directive.
    ChiThi,
    /// Nghị quyết — a resolution.
    NghiQuyet,
    /// Thông báo — a notice.
    ThongBao,
}

impl DocumentKind {
    /// Vietnamese name, as used in a citation ("Công văn").
    pub fn name_vi(self) -> &'static str {
        match self {
            DocumentKind::CongVan => "Công văn",
            DocumentKind::KeHoach => "Kế hoạch",
            DocumentKind::QuyetDinh => "Quyết định",
            DocumentKind::HuongDan => "Hướng dẫn",
            DocumentKind::ChiThi => "Chỉ thị",
            DocumentKind::NghiQuyet => "Nghị quyết",
            DocumentKind::ThongBao => "Thông báo",
        }
    }

    /// English name ("letter").
    pub fn name_en(self) -> &'static str {
        match self {
            DocumentKind::CongVan => "letter",
            DocumentKind::KeHoach => "plan",
            DocumentKind::QuyetDinh => "decision",
            DocumentKind::HuongDan => "guidance",
            DocumentKind::ChiThi => "directive",
            DocumentKind::NghiQuyet => "resolution",
            DocumentKind::ThongBao => "notice",
        }
    }
}

/// Ngày ban hành — a document's date as far as the copy shows it: many copies leave the day
/// (or the day and month) blank for the signature. Written `"2026-04-16"`, `"2023-03"` or
/// `"2026"` in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocumentDate {
    /// Năm.
    pub year: i32,
    /// Tháng, when printed.
    pub month: Option<u8>,
    /// Ngày, when printed (only with a month).
    pub day: Option<u8>,
}

impl DocumentDate {
    /// A full date.
    pub const fn ymd(year: i32, month: u8, day: u8) -> Self {
        DocumentDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// A month of a year (the day left blank).
    pub const fn ym(year: i32, month: u8) -> Self {
        DocumentDate {
            year,
            month: Some(month),
            day: None,
        }
    }

    /// A year only (day and month left blank).
    pub const fn y(year: i32) -> Self {
        DocumentDate {
            year,
            month: None,
            day: None,
        }
    }

    fn parse(s: &str) -> Option<Self> {
        let mut parts = s.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: Option<u8> = parts.next().map(str::parse).transpose().ok()?;
        let day: Option<u8> = parts.next().map(str::parse).transpose().ok()?;
        if parts.next().is_some() || !(1..=9999).contains(&year) {
            return None;
        }
        let d = DocumentDate { year, month, day };
        match (month, day) {
            (None, _) => Some(d),
            (Some(m), None) if (1..=12).contains(&m) => Some(d),
            (Some(m), Some(dd)) => {
                chrono::NaiveDate::from_ymd_opt(year, u32::from(m), u32::from(dd)).map(|_| d)
            }
            _ => None,
        }
    }

    /// Vietnamese phrase: "ngày 16/4/2026", "tháng 3/2023", "năm 2026".
    pub fn phrase_vi(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("ngày {d}/{m}/{}", self.year),
            (Some(m), None) => format!("tháng {m}/{}", self.year),
            _ => format!("năm {}", self.year),
        }
    }

    /// English phrase: "16/4/2026", "3/2023", "2026".
    pub fn phrase_en(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d}/{m}/{}", self.year),
            (Some(m), None) => format!("{m}/{}", self.year),
            _ => self.year.to_string(),
        }
    }
}

impl fmt::Display for DocumentDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for DocumentDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DocumentDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        DocumentDate::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "invalid document date `{s}`: expected \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\""
            ))
        })
    }
}

/// Văn bản — a provincial or commune document, declared as data.
///
/// ```
/// use antq::citation::{Citation, Document, DocumentDate, DocumentKind};
/// use antq::Lang;
/// use std::sync::Arc;
/// let doc = Arc::new(Document {
///     key: "hung_yen_bcd_07_2026".into(),
///     number: Some("07/BCĐ-CQTT".into()),
///     kind: DocumentKind::CongVan,
///     issuer: "Ban Chỉ đạo tỉnh Hưng Yên".into(),
///     date: DocumentDate::ymd(2026, 4, 16),
///     title: "V/v tiếp tục triển khai thực hiện Thông tư 124/2021/TT-BCA".into(),
///     implements: None,
///     short: None,
///     note: None,
/// });
/// let c = Citation::in_document(doc.into(), "1(2)");
/// assert_eq!(
///     c.render(Lang::Vi),
///     "mục 1(2) Công văn số 07/BCĐ-CQTT ngày 16/4/2026 của Ban Chỉ đạo tỉnh Hưng Yên"
/// );
/// assert_eq!(c.short(), "07/BCĐ-CQTT §1(2)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Stable key by which province files cite it (`hung_yen_bcd_07_2026`).
    pub key: Cow<'static, str>,
    /// Số, ký hiệu — number and symbol as printed ("07/BCĐ-CQTT"). A number left blank in the
    /// copy is written with "…" ("…/UBND-NC"); `None` when the copy shows none at all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<Cow<'static, str>>,
    /// Loại văn bản.
    pub kind: DocumentKind,
    /// Cơ quan ban hành — issuing body ("Ban Chỉ đạo tỉnh Hưng Yên").
    pub issuer: Cow<'static, str>,
    /// Ngày ban hành, as far as printed.
    pub date: DocumentDate,
    /// Trích yếu — title or subject line.
    pub title: Cow<'static, str>,
    /// The national instrument it implements, if it names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub implements: Option<Instrument>,
    /// Grep-able label for the short form when the number is missing or not distinctive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<Cow<'static, str>>,
    /// What the copy leaves out (blank number or day), said rather than invented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Cow<'static, str>>,
}

impl Document {
    /// The grep-able label of the short form: `short`, else the number, else the key.
    pub fn label(&self) -> &str {
        self.short
            .as_deref()
            .or(self.number.as_deref())
            .unwrap_or(&self.key)
    }

    /// "Công văn số 07/BCĐ-CQTT ngày 16/4/2026 của Ban Chỉ đạo tỉnh Hưng Yên".
    pub fn name_vi(&self) -> String {
        let mut s = String::from(self.kind.name_vi());
        if let Some(n) = &self.number {
            s.push_str(" số ");
            s.push_str(n);
        }
        s.push(' ');
        s.push_str(&self.date.phrase_vi());
        s.push_str(" của ");
        s.push_str(&self.issuer);
        s
    }

    /// "Công văn 07/BCĐ-CQTT of 16/4/2026 by Ban Chỉ đạo tỉnh Hưng Yên" (kind in English).
    pub fn name_en(&self) -> String {
        let kind = self.kind.name_en();
        let mut s = String::with_capacity(64);
        s.push_str(&kind[..1].to_uppercase());
        s.push_str(&kind[1..]);
        if let Some(n) = &self.number {
            s.push(' ');
            s.push_str(n);
        }
        s.push_str(" of ");
        s.push_str(&self.date.phrase_en());
        s.push_str(" by ");
        s.push_str(&self.issuer);
        s
    }
}

/// A shared reference to a [`Document`]: a `'static` one for citations the library's own code
/// makes, an `Arc` for documents declared in a province file. Compares, hashes and serialises
/// as the document itself.
#[derive(Debug, Clone)]
pub enum DocRef {
    /// A document compiled into the library.
    Static(&'static Document),
    /// A document loaded at run time.
    Shared(Arc<Document>),
}

impl Deref for DocRef {
    type Target = Document;
    fn deref(&self) -> &Document {
        match self {
            DocRef::Static(d) => d,
            DocRef::Shared(d) => d,
        }
    }
}

impl From<&'static Document> for DocRef {
    fn from(d: &'static Document) -> Self {
        DocRef::Static(d)
    }
}

impl From<Arc<Document>> for DocRef {
    fn from(d: Arc<Document>) -> Self {
        DocRef::Shared(d)
    }
}

impl From<Document> for DocRef {
    fn from(d: Document) -> Self {
        DocRef::Shared(Arc::new(d))
    }
}

impl PartialEq for DocRef {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}
impl Eq for DocRef {}
impl std::hash::Hash for DocRef {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (**self).hash(h)
    }
}
impl PartialOrd for DocRef {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for DocRef {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (**self).cmp(&**other)
    }
}

impl Serialize for DocRef {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for DocRef {
    /// A key (resolved against the documents in scope, see [`super::with_documents`]) or a whole
    /// document object.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = DocRef;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the key of a declared document, or a document object")
            }
            fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<DocRef, E> {
                super::resolve::resolve(key).map_err(E::custom)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<DocRef, A::Error> {
                let doc = Document::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                super::resolve::check_date(&doc).map_err(serde::de::Error::custom)?;
                Ok(doc.into())
            }
        }
        d.deserialize_any(V)
    }
}
