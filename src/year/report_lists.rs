//! The lists a deciding body works from: QĐ510 Đ11 k2 score lists and the "An toàn" proposal
//! lists (types; [`Report`](super::Report) builds them), and their CSV form.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::authority::Body;
use crate::outcome::MovementClass;
use crate::unit::{KindTag, UnitId};

/// Danh sách đề nghị xếp loại — QĐ510 Đ11 k2: per deciding body, the units with their points
/// and proposed class.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ScoreList {
    /// The deciding body.
    pub body: Body,
    /// Its jurisdiction.
    pub jurisdiction: String,
    /// The rows.
    pub entries: Vec<ScoreListEntry>,
}

/// One row of a score list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ScoreListEntry {
    /// Unit id.
    pub id: UnitId,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: KindTag,
    /// Points.
    pub total: u32,
    /// Proposed class.
    pub class: MovementClass,
    /// Whether the class rests on a provisional value.
    pub provisional: bool,
}

/// Danh sách đề nghị công nhận — per deciding body, the units proposed for recognition
/// "An toàn về ANTT" (those that meet every criterion).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ProposalList {
    /// The deciding body.
    pub body: Body,
    /// Its jurisdiction (a commune id, a district name, `province` or `ministry`).
    pub jurisdiction: String,
    /// Last day for its decision.
    pub deadline: NaiveDate,
    /// The units, by id.
    pub entries: Vec<ProposalEntry>,
}

/// One row of a proposal list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ProposalEntry {
    /// Unit id.
    pub id: UnitId,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: KindTag,
}

/// The byte-order mark that makes Excel read a CSV file as UTF-8.
pub const CSV_BOM: &str = "\u{feff}";

pub(super) fn csv_field(s: &str) -> Cow<'_, str> {
    if s.contains([',', ';', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        Cow::Owned(format!("\"{}\"", s.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(s)
    }
}

impl ScoreList {
    /// CSV with a header row (UTF-8 without BOM, comma-separated, RFC 4180 quoting: a field
    /// with a comma, semicolon, quote or line break is quoted). For a file an office opens,
    /// use [`Report::score_lists_csv`](super::Report::score_lists_csv) (BOM, Vietnamese headers, every list in one table).
    pub fn to_csv(&self) -> String {
        let mut s = String::from("ma_don_vi,ten_don_vi,loai,tong_diem,xep_loai,tam_thoi\n");
        for e in &self.entries {
            s.push_str(&csv_field(e.id.as_str()));
            s.push(',');
            s.push_str(&csv_field(&e.name));
            s.push(',');
            s.push_str(&csv_field(e.kind.name_vi()));
            s.push(',');
            s.push_str(&e.total.to_string());
            s.push(',');
            s.push_str(e.class.name_vi());
            s.push(',');
            s.push_str(if e.provisional { "có" } else { "không" });
            s.push('\n');
        }
        s
    }
}
