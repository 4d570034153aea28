//! The document properties every workbook the program writes carries: fixed, so that the same
//! report (or the same template) gives the same bytes on every run. Left alone, the XLSX
//! writer stamps each workbook with the time it was written (`docProps/core.xml`), and two
//! runs a second apart differ. The date used is 1 January 1980, the date the XLSX writer
//! already gives every part of the zip archive.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

/// Give `wb` the fixed properties (no author, created and modified 1980-01-01 00:00 UTC).
pub fn fix(wb: &mut Workbook) -> Result<(), XlsxError> {
    let epoch = ExcelDateTime::from_ymd(1980, 1, 1)?;
    wb.set_properties(&DocProperties::new().set_creation_datetime(&epoch));
    Ok(())
}
