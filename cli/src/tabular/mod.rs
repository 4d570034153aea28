//! Bảng tính — the tabular input format (XLSX workbook or CSV files): one sheet per unit kind,
//! one row per unit, Vietnamese headers (unaccented aliases accepted), booleans as
//! có/không/x/1/0, empty cells = not given (unknown, never "no"); detail sheets for events,
//! crimes, accidents, disciplinary records, movement models, QĐ510 points and QĐ3554 criteria,
//! keyed by unit id. Rows become the library's JSON year input and go through the same strict
//! parser as a JSON file, so a workbook and the equivalent JSON give the same report.

pub mod build;
pub mod columns;
pub mod export;
pub mod json_path;
pub mod source;
pub mod template;
pub mod values;

use std::fmt;
use std::path::Path;

pub use build::{Built, Origin};

/// One problem found in an input, naming where it is and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// File, sheet, row and column — or file and JSON path.
    pub location: String,
    /// The unit concerned, when known.
    pub unit: Option<String>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl Problem {
    /// A problem with a whole file.
    pub fn file(path: &Path, message: String) -> Problem {
        Problem {
            location: path.display().to_string(),
            unit: None,
            message,
        }
    }

    /// A problem at a sheet, row and column.
    pub fn cell(
        file: &str,
        sheet: &str,
        row: Option<usize>,
        column: Option<&str>,
        unit: Option<&str>,
        message: String,
    ) -> Problem {
        let mut location = String::new();
        if !file.is_empty() {
            location.push_str(file);
            location.push_str(": ");
        }
        location.push_str(&format!("sheet \"{sheet}\""));
        if let Some(r) = row {
            location.push_str(&format!(", row {r}"));
        }
        if let Some(c) = column {
            location.push_str(&format!(", column \"{c}\""));
        }
        Problem {
            location,
            unit: unit.map(str::to_owned),
            message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.location)?;
        if let Some(u) = &self.unit {
            write!(f, " (unit {u})")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Read a workbook, a CSV file or a folder of CSV files into the JSON year input.
pub fn read(path: &Path) -> Result<Built, Vec<Problem>> {
    let tables = source::read(path)?;
    build::build(&tables)
}
