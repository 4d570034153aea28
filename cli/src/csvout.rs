//! CSV for offices: UTF-8 with a byte-order mark (so Excel shows "Bản", not "Báº£n"), a header
//! row, RFC 4180 quoting by the `csv` crate, nothing but the table.

/// A table to write as CSV.
#[derive(Debug, Clone)]
pub struct CsvTable {
    rows: Vec<Vec<String>>,
}

impl CsvTable {
    /// A table with this header row.
    pub fn new(headers: Vec<String>) -> CsvTable {
        CsvTable {
            rows: vec![headers],
        }
    }

    /// Append a row.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The CSV bytes, BOM first.
    pub fn into_bytes(self) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(b"\xEF\xBB\xBF".to_vec());
        for r in &self.rows {
            // Writing into a Vec cannot fail.
            let _ = w.write_record(r);
        }
        w.into_inner().unwrap_or_default()
    }
}
