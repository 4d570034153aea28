//! Mẫu nhập liệu — the blank input workbook (or CSV set): Vietnamese headers in row 1, the
//! allowed values under each in row 2 (skipped when read back), one sheet per unit kind.

use rust_xlsxwriter::{DataValidation, DataValidationErrorStyle, Format, Workbook};

use super::columns::{Column, Sheet, SheetKind, Target, Ty, INFO_ROWS, SHEETS};
use super::source::ALLOWED_MARK;
use crate::csvout::CsvTable;

/// The sheets for the chosen unit kinds (all when `kinds` is empty). A kind is named by its
/// sheet name or key, with or without accents (`doanh_nghiep`, "Doanh nghiệp").
pub fn sheets(kinds: &[String]) -> Result<Vec<&'static Sheet>, String> {
    for k in kinds {
        match super::columns::sheet_named(k) {
            Some(s) if matches!(s.kind, SheetKind::Units(..)) => {}
            _ => {
                return Err(format!(
                    "unknown unit kind \"{k}\"; kinds are {}",
                    SHEETS
                        .iter()
                        .filter(|s| matches!(s.kind, SheetKind::Units(..)))
                        .map(|s| s.key)
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            }
        }
    }
    Ok(SHEETS
        .iter()
        .filter(|s| match s.kind {
            SheetKind::Units(..) => {
                kinds.is_empty()
                    || kinds
                        .iter()
                        .any(|k| super::columns::sheet_named(k) == Some(*s))
            }
            _ => true,
        })
        .collect())
}

/// The allowed-values text of a column.
pub fn allowed_text(c: &Column) -> String {
    match (c.target, c.ty) {
        (Target::UnitKey, _) => "mã duy nhất của đơn vị".into(),
        (Target::ListFlag(_), _) => "có (liệt kê ở trang riêng) / không / trống = chưa biết".into(),
        (_, Ty::Text) => "chữ".into(),
        (_, Ty::Bool) => "có / không (trống = chưa biết)".into(),
        (_, Ty::UInt) => "số nguyên ≥ 0".into(),
        (_, Ty::Dec) => "số, vd 12.500.000.000 hoặc 7,5".into(),
        (_, Ty::Enum(v)) => super::values::allowed(v),
        (_, Ty::List(v)) => format!(
            "cách nhau bằng ; (không = không có): {}",
            super::values::allowed(v)
        ),
    }
}

/// Header row, allowed-values row, and pre-filled rows (the "Chung" sheet's items).
pub fn rows(sheet: &Sheet) -> (Vec<String>, Vec<String>, Vec<Vec<String>>) {
    let cols = sheet.columns();
    let headers = cols.iter().map(|c| c.header.to_owned()).collect();
    let mut allowed: Vec<String> = cols.iter().map(allowed_text).collect();
    if sheet.kind == SheetKind::Info {
        allowed = vec![
            INFO_ROWS
                .iter()
                .map(|r| r.1)
                .collect::<Vec<_>>()
                .join(" / "),
            "tên tỉnh; năm đánh giá (vd 2026); có / không".into(),
        ];
    }
    if let Some(first) = allowed.first_mut() {
        *first = format!("{ALLOWED_MARK} {first}");
    }
    let filled = if sheet.kind == SheetKind::Info {
        INFO_ROWS
            .iter()
            .map(|r| vec![r.1.to_owned(), String::new()])
            .collect()
    } else {
        Vec::new()
    };
    (headers, allowed, filled)
}

/// The blank workbook.
pub fn xlsx(sheets: &[&Sheet]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold().set_background_color("#DDEBF7");
    let hint = Format::new()
        .set_italic()
        .set_font_color("#666666")
        .set_text_wrap();
    for s in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(s.name)?;
        let (headers, allowed, filled) = rows(s);
        for (i, h) in headers.iter().enumerate() {
            let col = i as u16;
            ws.write_with_format(0, col, h.as_str(), &bold)?;
            ws.write_with_format(1, col, allowed[i].as_str(), &hint)?;
            ws.set_column_width(col, (h.chars().count() as f64 + 4.0).clamp(14.0, 40.0))?;
        }
        // Drop-down lists for có/không and one-of columns (Excel allows 255 characters of
        // choices); a warning, not a stop, since unaccented spellings are accepted too.
        for (i, c) in s.columns().iter().enumerate() {
            let choices: Vec<&str> = match (c.target, c.ty) {
                (_, Ty::Bool) => vec!["có", "không"],
                (Target::Path(_), Ty::Enum(v)) => v.iter().map(|x| x.0).collect(),
                _ => continue,
            };
            if s.kind == SheetKind::Info
                || choices.iter().map(|x| x.chars().count() + 1).sum::<usize>() > 250
            {
                continue;
            }
            let dv = DataValidation::new()
                .allow_list_strings(&choices)?
                .set_error_style(DataValidationErrorStyle::Warning);
            ws.add_data_validation(2, i as u16, 1_048_575, i as u16, &dv)?;
        }
        for (r, row) in filled.iter().enumerate() {
            for (i, v) in row.iter().enumerate() {
                ws.write(r as u32 + 2, i as u16, v.as_str())?;
            }
        }
        ws.set_freeze_panes(1, 1)?;
    }
    crate::workbook_meta::fix(&mut wb)?;
    wb.save_to_buffer()
}

/// The blank CSV set: (file name, contents) per sheet, UTF-8 with BOM.
pub fn csv(sheets: &[&Sheet]) -> Vec<(String, Vec<u8>)> {
    sheets
        .iter()
        .map(|s| {
            let (headers, allowed, filled) = rows(s);
            let mut t = CsvTable::new(headers);
            t.row(allowed);
            for r in filled {
                t.row(r);
            }
            (format!("{}.csv", s.key), t.into_bytes())
        })
        .collect()
}
