//! A list workbook: one sheet per list, a bold header row frozen at the top, fixed column
//! widths, one row per unit. Rows go out in order, so a sheet can be written in
//! rust_xlsxwriter's constant-memory mode: each finished row is flushed to a temporary file and
//! only the row being written is held in memory. The reader sees the same workbook either way
//! (strings are stored inline rather than in the shared-string table; values, types, formats,
//! widths and panes are the same).

use std::collections::HashSet;

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::open_files;
use super::sheet_name;

/// One cell of a list row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    /// Text, written as an Excel string.
    Text(&'a str),
    /// A number, written as an Excel number.
    Number(f64),
}

impl Cell<'_> {
    /// The cell as CSV text.
    pub fn text(&self) -> String {
        match self {
            Cell::Text(s) => (*s).to_owned(),
            Cell::Number(n) => n.to_string(),
        }
    }
}

/// One sheet of a list workbook: its wanted title and its rows, made as they are written.
pub trait ListSheet {
    /// The sheet's title before it is made a valid, unique sheet name.
    fn title(&self) -> String;
    /// How many rows (below the header).
    fn len(&self) -> usize;
    /// Whether the sheet has no rows.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Hand each row to `each`, in order.
    fn rows<E>(&self, each: &mut dyn FnMut(&[Cell<'_>]) -> Result<(), E>) -> Result<(), E>;
}

/// Where a list workbook keeps its sheets until it is saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    /// As many sheets streamed to temporary files as the open-file limit allows (raised to its
    /// hard maximum when needed), the largest first; the others in memory. What the program
    /// uses.
    Auto,
    /// At most this many sheets streamed, the largest first; `0` keeps every sheet in memory
    /// until the workbook is saved, as rust_xlsxwriter's standard mode does.
    StreamAtMost(usize),
}

/// Width of column `i` of a list sheet (the name column is wider).
fn column_width(i: usize) -> f64 {
    if i == 3 {
        32.0
    } else {
        20.0
    }
}

/// Write `sheets` as one workbook with `headers` on every sheet.
pub fn write<S: ListSheet>(
    headers: &[&str],
    sheets: &[S],
    storage: Storage,
) -> Result<Vec<u8>, XlsxError> {
    let lens: Vec<usize> = sheets.iter().map(ListSheet::len).collect();
    let at_most = match storage {
        Storage::Auto => open_files::budget(sheets.len()),
        Storage::StreamAtMost(n) => n,
    };
    let streamed = open_files::largest(&lens, at_most);
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold().set_background_color("#DDEBF7");
    let mut used = HashSet::new();
    // A temporary file that cannot be made (no writable temporary folder, no file handle
    // left) sends this sheet and the rest to memory, as before, rather than failing.
    let mut temp_files = true;
    for (at, (s, stream)) in sheets.iter().zip(streamed).enumerate() {
        let added = stream
            && temp_files
            && match wb.add_worksheet_with_constant_memory() {
                Ok(_) => true,
                Err(XlsxError::TempFileError(..)) => false,
                Err(e) => return Err(e),
            };
        if !added {
            temp_files &= !stream;
            wb.add_worksheet();
        }
        let ws = wb.worksheet_from_index(at)?;
        ws.set_name(sheet_name(&s.title(), &mut used))?;
        for (i, h) in headers.iter().enumerate() {
            ws.write_with_format(0, i as u16, *h, &bold)?;
            ws.set_column_width(i as u16, column_width(i))?;
        }
        let mut r = 0u32;
        s.rows(&mut |cells: &[Cell<'_>]| {
            r += 1;
            for (i, v) in cells.iter().enumerate() {
                match v {
                    Cell::Text(t) => ws.write(r, i as u16, *t)?,
                    Cell::Number(n) => ws.write(r, i as u16, *n)?,
                };
            }
            Ok::<(), XlsxError>(())
        })?;
        ws.set_freeze_panes(1, 0)?;
    }
    crate::workbook_meta::fix(&mut wb)?;
    wb.save_to_buffer()
}
