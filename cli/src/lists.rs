//! The lists an office files, as XLSX workbooks (one sheet per deciding body and
//! jurisdiction) and CSV: the QĐ510 Đ11 k2 score lists and the lists of units proposed for
//! recognition "An toàn về ANTT". The workbooks are written row by row, their sheets streamed
//! to temporary files ([`workbook`]), so a national year's lists take little memory.

mod open_files;
pub mod workbook;

use antq::year::{ProposalList, Report, ScoreList};
use antq::Lang;
use rust_xlsxwriter::XlsxError;

use crate::csvout::CsvTable;
pub use workbook::Storage;
use workbook::{Cell, ListSheet};

/// Column headers of a score list.
pub const SCORE_HEADERS: [&str; 8] = [
    "Cơ quan quyết định",
    "Địa bàn",
    "Mã đơn vị",
    "Tên đơn vị",
    "Loại đơn vị",
    "Tổng điểm",
    "Xếp loại",
    "Có giá trị tạm thời",
];

/// Column headers of a proposal list.
pub const PROPOSAL_HEADERS: [&str; 6] = [
    "Cơ quan quyết định",
    "Địa bàn",
    "Hạn quyết định",
    "Mã đơn vị",
    "Tên đơn vị",
    "Loại đơn vị",
];

/// A sheet name Excel accepts (≤ 31 characters, none of `[]:*?/\\`), unique among `used`
/// (Excel compares sheet names without case).
pub fn sheet_name(wanted: &str, used: &mut std::collections::HashSet<String>) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    let base: String = clean.chars().take(31).collect();
    let mut name = base.clone();
    let mut n = 2;
    while used.contains(&name.to_lowercase()) {
        let suffix = format!(" ({n})");
        name = format!(
            "{}{suffix}",
            base.chars()
                .take(31 - suffix.chars().count())
                .collect::<String>()
        );
        n += 1;
    }
    used.insert(name.to_lowercase());
    name
}

/// A score list as a sheet: the list and its jurisdiction's name.
struct ScoreSheet {
    list: ScoreList,
    place: String,
}

impl ListSheet for ScoreSheet {
    fn title(&self) -> String {
        self.place.clone()
    }

    fn len(&self) -> usize {
        self.list.entries.len()
    }

    fn rows<E>(&self, each: &mut dyn FnMut(&[Cell<'_>]) -> Result<(), E>) -> Result<(), E> {
        let l = &self.list;
        for e in &l.entries {
            each(&[
                Cell::Text(l.body.name_vi()),
                Cell::Text(&self.place),
                Cell::Text(e.id.as_str()),
                Cell::Text(&e.name),
                Cell::Text(e.kind.name_vi()),
                Cell::Number(f64::from(e.total)),
                Cell::Text(e.class.name_vi()),
                Cell::Text(if e.provisional { "có" } else { "không" }),
            ])?;
        }
        Ok(())
    }
}

fn score_sheets(r: &Report) -> Vec<ScoreSheet> {
    r.score_lists()
        .into_iter()
        .map(|list| ScoreSheet {
            place: r.jurisdiction_name(&list.jurisdiction, Lang::Vi),
            list,
        })
        .collect()
}

/// The score lists as a workbook, one sheet per classifying body and jurisdiction; sheets
/// streamed as [`Storage::Auto`] says.
pub fn score_lists_xlsx(r: &Report) -> Result<Vec<u8>, XlsxError> {
    score_lists_xlsx_in(r, Storage::Auto)
}

/// [`score_lists_xlsx`] with the sheets kept as `storage` says.
pub fn score_lists_xlsx_in(r: &Report, storage: Storage) -> Result<Vec<u8>, XlsxError> {
    workbook::write(&SCORE_HEADERS, &score_sheets(r), storage)
}

/// A proposal list as a sheet: the list and its jurisdiction's name.
struct ProposalSheet {
    list: ProposalList,
    place: String,
}

impl ListSheet for ProposalSheet {
    fn title(&self) -> String {
        format!("{} · {}", self.place, self.list.deadline.format("%d-%m"))
    }

    fn len(&self) -> usize {
        self.list.entries.len()
    }

    fn rows<E>(&self, each: &mut dyn FnMut(&[Cell<'_>]) -> Result<(), E>) -> Result<(), E> {
        let l = &self.list;
        let deadline = l.deadline.format("%d/%m/%Y").to_string();
        for e in &l.entries {
            each(&[
                Cell::Text(l.body.name_vi()),
                Cell::Text(&self.place),
                Cell::Text(&deadline),
                Cell::Text(e.id.as_str()),
                Cell::Text(&e.name),
                Cell::Text(e.kind.name_vi()),
            ])?;
        }
        Ok(())
    }
}

fn proposal_sheets(r: &Report) -> Vec<ProposalSheet> {
    r.proposal_lists()
        .into_iter()
        .map(|list| ProposalSheet {
            place: r.jurisdiction_name(&list.jurisdiction, Lang::Vi),
            list,
        })
        .collect()
}

/// The proposal lists as a workbook, one sheet per deciding body and jurisdiction; sheets
/// streamed as [`Storage::Auto`] says.
pub fn proposals_xlsx(r: &Report) -> Result<Vec<u8>, XlsxError> {
    proposals_xlsx_in(r, Storage::Auto)
}

/// [`proposals_xlsx`] with the sheets kept as `storage` says.
pub fn proposals_xlsx_in(r: &Report, storage: Storage) -> Result<Vec<u8>, XlsxError> {
    workbook::write(&PROPOSAL_HEADERS, &proposal_sheets(r), storage)
}

/// The proposal lists as one CSV table (UTF-8 with BOM).
pub fn proposals_csv(r: &Report) -> Vec<u8> {
    let mut t = CsvTable::new(PROPOSAL_HEADERS.iter().map(|h| (*h).to_owned()).collect());
    for s in proposal_sheets(r) {
        let done: Result<(), std::convert::Infallible> = s.rows(&mut |cells| {
            t.row(cells.iter().map(Cell::text).collect());
            Ok(())
        });
        let Ok(()) = done;
    }
    t.into_bytes()
}
