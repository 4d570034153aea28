//! The list workbooks streamed row by row (rust_xlsxwriter's constant-memory sheets) read back
//! as the same workbook as when every sheet is kept in memory until saved (how they were
//! written before): the same sheets in the same order, every cell with the same value, type and
//! style (bold header on its fill, numbers as numbers), the same column widths and the header
//! row frozen — with calamine for cells and styles, the sheet XML for widths and panes.

use std::io::{Cursor, Read};

use antq::policy::Policy;
use antq::year::{evaluate, synthetic, Report};
use antq_cli::lists::{proposals_xlsx_in, score_lists_xlsx, score_lists_xlsx_in, Storage};
use calamine::{Data, Reader, Style, Xlsx};

fn demo() -> Report {
    let input = synthetic::province(&synthetic::Shape::son_la(), 2026, 2026);
    evaluate(&input, &Policy::son_la_2026()).unwrap()
}

/// One sheet as a reader sees it.
#[derive(Debug, PartialEq)]
struct SheetSeen {
    name: String,
    /// Every cell of the used range, with its style.
    cells: Vec<((u32, u32), Data, Option<Style>)>,
    /// The `<cols>` element (column widths).
    cols: String,
    /// The `<sheetViews>` element (the frozen header row).
    views: String,
}

/// The text of `<tag>…</tag>` in `xml`, empty when there is none.
fn element(xml: &str, tag: &str) -> String {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    match (xml.find(&open), xml.find(&close)) {
        (Some(a), Some(b)) => xml[a..b + close.len()].to_owned(),
        _ => String::new(),
    }
}

/// Every sheet's XML, in workbook order (rust_xlsxwriter names them sheet1.xml, sheet2.xml …).
fn sheet_xml(bytes: &[u8]) -> Vec<String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (1..)
        .map_while(|i| {
            let mut f = zip.by_name(&format!("xl/worksheets/sheet{i}.xml")).ok()?;
            let mut s = String::new();
            f.read_to_string(&mut s).unwrap();
            Some(s)
        })
        .collect()
}

fn seen(bytes: &[u8]) -> Vec<SheetSeen> {
    let xml = sheet_xml(bytes);
    let mut wb = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let names = wb.sheet_names();
    assert_eq!(names.len(), xml.len(), "one XML part per sheet");
    names
        .iter()
        .zip(&xml)
        .map(|(name, x)| {
            let values = wb.worksheet_range(name).unwrap();
            let styles = wb.worksheet_style(name).unwrap();
            let cells = values
                .used_cells()
                .map(|(r, c, v)| {
                    let at = values.start().unwrap();
                    let pos = (at.0 + r as u32, at.1 + c as u32);
                    (pos, v.clone(), styles.get(pos).cloned())
                })
                .collect();
            SheetSeen {
                name: name.clone(),
                cells,
                cols: element(x, "cols"),
                views: element(x, "sheetViews"),
            }
        })
        .collect()
}

/// Whether any sheet stores its strings inline (the mark of a streamed sheet).
fn streamed_sheets(bytes: &[u8]) -> usize {
    sheet_xml(bytes)
        .iter()
        .filter(|x| x.contains("t=\"inlineStr\""))
        .count()
}

#[test]
fn streamed_score_lists_read_back_as_the_workbook_kept_in_memory() {
    let r = demo();
    let in_memory = score_lists_xlsx_in(&r, Storage::StreamAtMost(0)).unwrap();
    assert_eq!(streamed_sheets(&in_memory), 0);
    let before = seen(&in_memory);
    assert_eq!(before.len(), r.score_lists().len());
    // The header is bold on its fill, the points are numbers, the header row is frozen, the
    // name column is the wide one.
    let first = &before[0];
    let header = first.cells.iter().find(|c| c.0 == (0, 0)).unwrap();
    assert!(header.2.as_ref().unwrap().font.as_ref().unwrap().is_bold());
    assert!(first
        .cells
        .iter()
        .any(|c| c.0 .1 == 5 && c.0 .0 > 0 && matches!(c.1, Data::Float(_))));
    assert!(first.views.contains("ySplit=\"1\"") && first.views.contains("frozen"));
    assert!(first.cols.contains("min=\"4\" max=\"4\" width=\"32."));

    let streamed = score_lists_xlsx(&r).unwrap();
    assert_eq!(
        streamed_sheets(&streamed),
        before.len(),
        "the program streams every sheet of the demo"
    );
    assert_eq!(seen(&streamed), before);
}

#[test]
fn streamed_proposal_lists_read_back_as_the_workbook_kept_in_memory() {
    let r = demo();
    let in_memory = proposals_xlsx_in(&r, Storage::StreamAtMost(0)).unwrap();
    let before = seen(&in_memory);
    assert_eq!(before.len(), r.proposal_lists().len());
    let streamed = proposals_xlsx_in(&r, Storage::Auto).unwrap();
    assert_eq!(streamed_sheets(&streamed), before.len());
    assert_eq!(seen(&streamed), before);
}

#[test]
fn over_the_open_file_budget_the_largest_sheets_stream_and_the_rest_stay_in_memory() {
    let r = demo();
    let lists = r.score_lists();
    let before = seen(&score_lists_xlsx_in(&r, Storage::StreamAtMost(0)).unwrap());
    let mixed = score_lists_xlsx_in(&r, Storage::StreamAtMost(5)).unwrap();
    assert_eq!(streamed_sheets(&mixed), 5);
    // The five streamed sheets are among the longest lists.
    let mut lens: Vec<usize> = lists.iter().map(|l| l.entries.len()).collect();
    lens.sort_unstable_by(|a, b| b.cmp(a));
    let fifth = lens[4];
    for (x, l) in sheet_xml(&mixed).iter().zip(&lists) {
        if x.contains("t=\"inlineStr\"") {
            assert!(l.entries.len() >= fifth);
        }
    }
    assert_eq!(seen(&mixed), before);
}
