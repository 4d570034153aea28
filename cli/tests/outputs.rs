//! The lists an office files, read back with real parsers: the score-list CSV with the `csv`
//! crate and the XLSX workbooks with calamine — every unit once, every field in its column, a
//! UTF-8 BOM, no comment lines inside the table.

use std::collections::BTreeMap;

use antq::policy::Policy;
use antq::year::{evaluate, synthetic, Report};
use antq::Lang;
use antq_cli::lists::{PROPOSAL_HEADERS, SCORE_HEADERS};
use calamine::{Data, Reader, Xlsx};

fn demo() -> (Report, Policy) {
    let input = synthetic::province(&synthetic::Shape::son_la(), 2026, 2026);
    let policy = Policy::son_la_2026();
    (evaluate(&input, &policy).unwrap(), policy)
}

/// (body, place, id, name, kind, total, class, provisional) per classified unit, by id.
fn expected_scores(r: &Report) -> BTreeMap<String, Vec<String>> {
    r.score_lists()
        .iter()
        .flat_map(|l| {
            let place = r.jurisdiction_name(&l.jurisdiction, Lang::Vi);
            l.entries.iter().map(move |e| {
                (
                    e.id.to_string(),
                    vec![
                        l.body.name_vi().to_owned(),
                        place.clone(),
                        e.id.to_string(),
                        e.name.clone(),
                        e.kind.name_vi().to_owned(),
                        e.total.to_string(),
                        e.class.name_vi().to_owned(),
                        if e.provisional { "có" } else { "không" }.to_owned(),
                    ],
                )
            })
        })
        .collect()
}

#[test]
fn score_list_csv_reads_back_with_a_csv_parser_every_unit_once_every_field_in_its_column() {
    let (r, _) = demo();
    let text = r.score_lists_csv();
    assert!(
        text.starts_with('\u{feff}'),
        "UTF-8 BOM so Excel reads Vietnamese"
    );
    assert!(
        !text.lines().any(|l| l.starts_with('#')),
        "no comment lines inside the table"
    );
    let mut rd = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = rd.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(headers, SCORE_HEADERS);
    let expected = expected_scores(&r);
    let mut seen = BTreeMap::new();
    for rec in rd.records() {
        let rec = rec.unwrap();
        assert_eq!(
            rec.len(),
            SCORE_HEADERS.len(),
            "every row has every column: {rec:?}"
        );
        let row: Vec<String> = rec.iter().map(str::to_owned).collect();
        assert!(
            seen.insert(row[2].clone(), row).is_none(),
            "unit listed twice"
        );
    }
    assert_eq!(seen, expected);
    // Commune kinds hold commas ("xã, phường, đặc khu"): they are quoted, not split.
    assert!(seen.values().any(|r| r[4] == "xã, phường, đặc khu"));
}

#[test]
fn score_list_xlsx_reads_back_with_calamine_one_sheet_per_body() {
    let (r, _) = demo();
    let bytes = antq_cli::lists::score_lists_xlsx(&r).unwrap();
    let mut wb = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let names = wb.sheet_names();
    assert_eq!(
        names.len(),
        r.score_lists().len(),
        "one sheet per body and jurisdiction"
    );
    let mut seen = BTreeMap::new();
    for n in names {
        assert!(n.chars().count() <= 31);
        let range = wb.worksheet_range(&n).unwrap();
        let mut rows = range.rows();
        let head: Vec<String> = rows.next().unwrap().iter().map(|c| c.to_string()).collect();
        assert_eq!(head, SCORE_HEADERS);
        for row in rows {
            assert!(
                matches!(row[5], Data::Float(_)),
                "points are numbers in Excel"
            );
            let cells: Vec<String> = row.iter().map(|c| c.to_string()).collect();
            assert!(
                seen.insert(cells[2].clone(), cells).is_none(),
                "unit listed twice"
            );
        }
    }
    assert_eq!(seen, expected_scores(&r));
}

#[test]
fn proposal_lists_hold_exactly_the_recognised_units_per_deciding_body() {
    let (r, _) = demo();
    let recognised: Vec<String> = r
        .units
        .iter()
        .filter(|u| u.safety.is_recognised())
        .map(|u| u.id.to_string())
        .collect();
    let csv_bytes = antq_cli::lists::proposals_csv(&r);
    assert!(csv_bytes.starts_with(b"\xEF\xBB\xBF"));
    let mut rd = csv::Reader::from_reader(&csv_bytes[3..]);
    assert_eq!(
        rd.headers().unwrap().iter().collect::<Vec<_>>(),
        PROPOSAL_HEADERS
    );
    let mut ids: Vec<String> = rd.records().map(|r| r.unwrap()[3].to_owned()).collect();
    ids.sort();
    assert_eq!(ids, recognised);

    let mut wb = Xlsx::new(std::io::Cursor::new(
        antq_cli::lists::proposals_xlsx(&r).unwrap(),
    ))
    .unwrap();
    let mut ids = Vec::new();
    for n in wb.sheet_names() {
        let range = wb.worksheet_range(&n).unwrap();
        for row in range.rows().skip(1) {
            let u = r.unit(&row[3].to_string()).unwrap();
            assert_eq!(row[4].to_string(), u.name);
            assert_eq!(row[0].to_string(), u.recognised_by.unwrap().name_vi());
            assert_eq!(
                row[2].to_string(),
                u.deadline.unwrap().format("%d/%m/%Y").to_string()
            );
            ids.push(u.id.to_string());
        }
    }
    ids.sort();
    assert_eq!(ids, recognised);
}

#[test]
fn office_files_show_no_internal_ids() {
    let (r, policy) = demo();
    let csv = r.score_lists_csv();
    let xlsx_text: String = {
        let mut wb = Xlsx::new(std::io::Cursor::new(
            antq_cli::lists::score_lists_xlsx(&r).unwrap(),
        ))
        .unwrap();
        wb.sheet_names()
            .iter()
            .map(|n| {
                wb.worksheet_range(n)
                    .unwrap()
                    .rows()
                    .flatten()
                    .map(|c| c.to_string())
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect()
    };
    let summary = antq::year::render::summary(&r, Lang::Vi, None);
    let svg = antq::year::render::roadmap_svg(&r, &policy).unwrap();
    for (what, text) in [
        ("csv", &csv),
        ("xlsx", &xlsx_text),
        ("summary", &summary),
        ("svg", &svg),
    ] {
        for internal in [
            "commune_peoples_committee",
            "provincial_steering_committee",
            "tax_clearance_confirmation",
            "son_la_2026.tax_debt",
            "kh10_son_la_2026_2030",
            "qd510.",
            "qd3554.",
            "province,",
            "residential_area",
        ] {
            assert!(
                !text.contains(internal),
                "{what} shows the internal id {internal}"
            );
        }
    }
}

/// The same report gives the same workbook bytes on every run, and so does the blank template:
/// the writer's time stamp is fixed (left to the clock, two runs more than a second apart
/// differ in `docProps/core.xml`).
#[test]
fn workbooks_are_the_same_bytes_a_second_later() {
    let (r, _) = demo();
    let sheets: Vec<_> = antq_cli::tabular::columns::SHEETS.iter().collect();
    let write = || {
        (
            antq_cli::lists::score_lists_xlsx(&r).unwrap(),
            antq_cli::lists::proposals_xlsx(&r).unwrap(),
            antq_cli::tabular::template::xlsx(&sheets).unwrap(),
        )
    };
    let first = write();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert!(write() == first, "a workbook changed with the clock");
}
