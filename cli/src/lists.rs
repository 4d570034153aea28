//! The lists an office files, as XLSX workbooks (one sheet per deciding body and
//! jurisdiction) and CSV: the QĐ510 Đ11 k2 score lists and the lists of units proposed for
//! recognition "An toàn về ANTT".

use antq::year::Report;
use antq::Lang;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::csvout::CsvTable;

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

/// One sheet to write: title, headers, rows, indices of numeric columns.
type SheetData<'a> = (String, Vec<&'a str>, Vec<Vec<String>>, Vec<usize>);

fn workbook(sheets: Vec<SheetData<'_>>) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold().set_background_color("#DDEBF7");
    let mut used = std::collections::HashSet::new();
    for (title, headers, rows, numeric) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&title, &mut used))?;
        for (i, h) in headers.iter().enumerate() {
            ws.write_with_format(0, i as u16, *h, &bold)?;
            ws.set_column_width(i as u16, if i == 3 { 32.0 } else { 20.0 })?;
        }
        for (r, row) in rows.iter().enumerate() {
            for (i, v) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, i as u16);
                match v.parse::<f64>() {
                    Ok(n) if numeric.contains(&i) => ws.write(r, c, n)?,
                    _ => ws.write(r, c, v.as_str())?,
                };
            }
        }
        ws.set_freeze_panes(1, 0)?;
    }
    wb.save_to_buffer()
}

fn score_rows(r: &Report) -> Vec<(String, Vec<Vec<String>>)> {
    r.score_lists()
        .into_iter()
        .map(|l| {
            let place = r.jurisdiction_name(&l.jurisdiction, Lang::Vi);
            let rows = l
                .entries
                .iter()
                .map(|e| {
                    vec![
                        l.body.name_vi().to_owned(),
                        place.clone(),
                        e.id.to_string(),
                        e.name.clone(),
                        e.kind.name_vi().to_owned(),
                        e.total.to_string(),
                        e.class.name_vi().to_owned(),
                        if e.provisional { "có" } else { "không" }.to_owned(),
                    ]
                })
                .collect();
            (place, rows)
        })
        .collect()
}

/// The score lists as a workbook, one sheet per classifying body and jurisdiction.
pub fn score_lists_xlsx(r: &Report) -> Result<Vec<u8>, XlsxError> {
    workbook(
        score_rows(r)
            .into_iter()
            .map(|(title, rows)| (title, SCORE_HEADERS.to_vec(), rows, vec![5]))
            .collect(),
    )
}

fn proposal_rows(r: &Report) -> Vec<(String, Vec<Vec<String>>)> {
    r.proposal_lists()
        .into_iter()
        .map(|l| {
            let place = r.jurisdiction_name(&l.jurisdiction, Lang::Vi);
            let title = format!("{} · {}", place, l.deadline.format("%d-%m"));
            let rows = l
                .entries
                .iter()
                .map(|e| {
                    vec![
                        l.body.name_vi().to_owned(),
                        place.clone(),
                        l.deadline.format("%d/%m/%Y").to_string(),
                        e.id.to_string(),
                        e.name.clone(),
                        e.kind.name_vi().to_owned(),
                    ]
                })
                .collect();
            (title, rows)
        })
        .collect()
}

/// The proposal lists as a workbook, one sheet per deciding body and jurisdiction.
pub fn proposals_xlsx(r: &Report) -> Result<Vec<u8>, XlsxError> {
    workbook(
        proposal_rows(r)
            .into_iter()
            .map(|(title, rows)| (title, PROPOSAL_HEADERS.to_vec(), rows, vec![]))
            .collect(),
    )
}

/// The proposal lists as one CSV table (UTF-8 with BOM).
pub fn proposals_csv(r: &Report) -> Vec<u8> {
    let mut t = CsvTable::new(PROPOSAL_HEADERS.iter().map(|h| (*h).to_owned()).collect());
    for (_, rows) in proposal_rows(r) {
        for row in rows {
            t.row(row);
        }
    }
    t.into_bytes()
}
