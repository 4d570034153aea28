//! Reading tables: an XLSX workbook (calamine), one CSV file, or a folder of CSV files (csv;
//! UTF-8 with or without BOM; `,` or `;` separated, detected from the header line).

use std::path::{Path, PathBuf};

use calamine::{open_workbook, Data, Reader, Xlsx};

use super::columns::{sheet_named, Sheet};
use super::values::Cell;
use super::Problem;
use crate::fold::fold;

/// The first cell of the template's "allowed values" row starts with this (folded).
pub const ALLOWED_MARK: &str = "(giá trị hợp lệ)";

/// One sheet as read.
#[derive(Debug, Clone)]
pub struct Table {
    /// File it came from.
    pub file: String,
    /// The sheet it is.
    pub sheet: &'static Sheet,
    /// Header cells (row 1).
    pub headers: Vec<String>,
    /// Data rows with their 1-based row (line) numbers.
    pub rows: Vec<(usize, Vec<Cell>)>,
}

fn keep(row: &[Cell]) -> bool {
    let marker = fold(ALLOWED_MARK);
    !row.iter().all(Cell::is_empty)
        && !row
            .first()
            .is_some_and(|c| fold(&c.text()).starts_with(&marker))
}

/// Read every table of `path`: a `.xlsx` workbook, a `.csv` file (its name names the sheet),
/// or a folder of `.csv` files.
pub fn read(path: &Path) -> Result<Vec<Table>, Vec<Problem>> {
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| vec![Problem::file(path, e.to_string())])?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("csv")))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(vec![Problem::file(
                path,
                "no .csv file in this folder".into(),
            )]);
        }
        let (mut tables, mut problems) = (Vec::new(), Vec::new());
        for f in files {
            match read_csv(&f) {
                Ok(t) => tables.push(t),
                Err(p) => problems.push(p),
            }
        }
        return if problems.is_empty() {
            Ok(tables)
        } else {
            Err(problems)
        };
    }
    match path
        .extension()
        .and_then(|x| x.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("csv") => read_csv(path).map(|t| vec![t]).map_err(|p| vec![p]),
        Some("xlsx") => read_xlsx(path),
        _ => Err(vec![Problem::file(
            path,
            "expected a .json year file, a .xlsx workbook, a .csv file or a folder of .csv files"
                .into(),
        )]),
    }
}

fn sheet_for(path: &Path, name: &str) -> Result<&'static Sheet, Problem> {
    sheet_named(name).ok_or_else(|| {
        Problem::file(
            path,
            format!(
                "unknown sheet \"{name}\"; sheets are {}",
                super::columns::SHEETS
                    .iter()
                    .map(|s| format!("\"{}\" ({}.csv)", s.name, s.key))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    })
}

/// Read one CSV file; the file's name (without `.csv`) names the sheet.
pub fn read_csv(path: &Path) -> Result<Table, Problem> {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let sheet = sheet_for(path, stem)?;
    let bytes = std::fs::read(path).map_err(|e| Problem::file(path, e.to_string()))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Problem::file(
            path,
            format!("not UTF-8 text ({e}); save the file as \"CSV UTF-8\""),
        )
    })?;
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut headers = None;
    let mut rows = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| Problem::file(path, e.to_string()))?;
        let line = rec.position().map_or(0, |p| p.line() as usize);
        let cells: Vec<Cell> = rec
            .iter()
            .map(|s| {
                if s.trim().is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(s.to_owned())
                }
            })
            .collect();
        if headers.is_none() {
            headers = Some(cells.iter().map(Cell::text).collect());
        } else if keep(&cells) {
            rows.push((line, cells));
        }
    }
    Ok(Table {
        file: path.display().to_string(),
        sheet,
        headers: headers.unwrap_or_default(),
        rows,
    })
}

fn cell(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Float(f) => Cell::Number(*f),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Bool(b) => Cell::Bool(*b),
        other => Cell::Text(other.to_string()),
    }
}

/// Read every sheet of a workbook.
pub fn read_xlsx(path: &Path) -> Result<Vec<Table>, Vec<Problem>> {
    let mut wb: Xlsx<_> = open_workbook(path).map_err(|e| {
        vec![Problem::file(
            path,
            format!("cannot read the workbook: {e}"),
        )]
    })?;
    let (mut tables, mut problems) = (Vec::new(), Vec::new());
    for name in wb.sheet_names() {
        let sheet = match sheet_for(path, &name) {
            Ok(s) => s,
            Err(p) => {
                problems.push(p);
                continue;
            }
        };
        let range = match wb.worksheet_range(&name) {
            Ok(r) => r,
            Err(e) => {
                problems.push(Problem::file(path, format!("sheet \"{name}\": {e}")));
                continue;
            }
        };
        let first_row = range.start().map_or(0, |(r, _)| r as usize);
        let first_col = range.start().map_or(0, |(_, c)| c as usize);
        let mut headers = None;
        let mut rows = Vec::new();
        for (i, r) in range.rows().enumerate() {
            let mut cells: Vec<Cell> = vec![Cell::Empty; first_col];
            cells.extend(r.iter().map(cell));
            if headers.is_none() {
                headers = Some(cells.iter().map(Cell::text).collect());
            } else if keep(&cells) {
                rows.push((first_row + i + 1, cells));
            }
        }
        tables.push(Table {
            file: path.display().to_string(),
            sheet,
            headers: headers.unwrap_or_default(),
            rows,
        });
    }
    if problems.is_empty() {
        Ok(tables)
    } else {
        Err(problems)
    }
}
