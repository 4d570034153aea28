//! Issue 13 item 4 — what an office reads: the summary shows names and Vietnamese terms, never
//! internal ids; numbers are written the Vietnamese way; a commune at risk says why; a missed
//! target is not written as if it were met; a target with nothing to measure says so; units
//! rated Yếu are not called offenders.

use antq::policy::Policy;
use antq::year::{evaluate, render, synthetic, YearInput};
use antq::Lang;

fn small() -> YearInput {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data/year_input_small.json");
    YearInput::from_json(&std::fs::read(p).unwrap()).unwrap()
}

#[test]
fn numbers_are_written_the_vietnamese_way() {
    assert_eq!(render::number(3575, Lang::Vi), "3.575");
    assert_eq!(render::number(1_234_567, Lang::En), "1,234,567");
    assert_eq!(render::number(999, Lang::Vi), "999");
    let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
    assert_eq!(render::percent_text(d("95.43"), Lang::Vi), "95,4 %");
    assert_eq!(render::percent_text(d("72.00"), Lang::Vi), "72 %");
    assert_eq!(render::percent_text(d("95.43"), Lang::En), "95.4%");
    let r = evaluate(
        &synthetic::province(&synthetic::Shape::son_la(), 2026, 2026),
        &Policy::son_la_2026(),
    )
    .unwrap();
    let s = render::summary(&r, Lang::Vi, None);
    // Shares are written with a decimal comma and a spaced percent sign ("93,7 %"), never "93.7%".
    let decimal_comma_share = s.as_bytes().windows(5).any(|w| {
        w[0].is_ascii_digit()
            && w[1] == b','
            && w[2].is_ascii_digit()
            && w[3] == b' '
            && w[4] == b'%'
    });
    assert!(s.contains("3.575 đơn vị") && decimal_comma_share, "{s}");
    assert!(!s.contains(".7%") && !s.contains(".4%"), "{s}");
}

#[test]
fn a_missed_target_never_reads_as_a_comparison_that_holds() {
    let r = evaluate(
        &synthetic::province(&synthetic::Shape::son_la(), 2026, 2026),
        &Policy::son_la_2026(),
    )
    .unwrap();
    let s = render::summary(&r, Lang::Vi, None);
    assert!(!s.contains('≥'), "{s}");
    let line = s.lines().find(|l| l.contains("đạt điển hình:")).unwrap();
    assert!(
        line.contains("[CHƯA ĐẠT]")
            && line.contains("54/75 = 72 %")
            && line.contains("chỉ tiêu 75 %")
            && line.contains("còn thiếu 3"),
        "{line}"
    );
}

#[test]
fn an_at_risk_commune_says_which_criterion_it_failed() {
    let r = evaluate(&small(), &Policy::son_la_2026()).unwrap();
    let s = render::summary(&r, Lang::Vi, None);
    let line = s
        .lines()
        .find(|l| l.contains("Phường Suối Mẫu —"))
        .unwrap_or_else(|| panic!("{s}"));
    // The ward's police officer was disciplined (TT124 Đ5 k3), not only "below 70 %".
    assert!(line.contains("Đ5 k3"), "{line}");
}

#[test]
fn a_target_with_nothing_to_measure_says_so() {
    let mut input = small();
    for u in &mut input.units {
        u.score = None;
    }
    let r = evaluate(&input, &Policy::son_la_2026()).unwrap();
    let s = render::summary(&r, Lang::Vi, None);
    assert!(s.contains("[không có gì để đo]"), "{s}");
    assert!(!s.contains("0/0"), "{s}");
    assert!(render::summary(&r, Lang::En, None).contains("[nothing to measure]"));
}

#[test]
fn units_rated_yeu_are_not_called_offenders_and_are_named() {
    let r = evaluate(&small(), &Policy::son_la_2026()).unwrap();
    let s = render::summary(&r, Lang::Vi, None);
    assert!(!s.contains("vi phạm"), "{s}");
    let line = s.lines().find(|l| l.contains("xếp loại Yếu")).unwrap();
    assert!(
        line.contains("dưới mức")
            && line.contains("Tổ dân phố 3")
            && !line.contains("ph-suoi-mau.to-3"),
        "{line}"
    );
}

#[test]
fn the_summary_shows_no_internal_ids() {
    let r = evaluate(
        &synthetic::province(&synthetic::Shape::son_la(), 2026, 2026),
        &Policy::son_la_2026(),
    )
    .unwrap();
    for lang in [Lang::Vi, Lang::En] {
        let s = render::summary(&r, lang, None);
        for id in [
            "kh10_son_la_2026_2030",
            "son_la_2026.tax_debt",
            "tax_clearance_confirmation",
            "qd510.",
            "qd3554.",
            "model_unit.year_end",
            "x0000-",
        ] {
            assert!(!s.contains(id), "{id} in\n{s}");
        }
    }
}

/// The library's own provisional defaults have no instrument to name: the Vietnamese summary
/// says "antq (tạm thời)", the English one "antq (provisional)", never the bare id.
#[test]
fn the_provisional_list_names_the_librarys_defaults_in_the_summarys_language() {
    let r = evaluate(
        &synthetic::province(&synthetic::Shape::son_la(), 2026, 2026),
        &Policy::son_la_2026(),
    )
    .unwrap();
    let vi = render::summary(&r, Lang::Vi, None);
    assert!(vi.contains("[antq (tạm thời)]"), "{vi}");
    assert!(!vi.contains("provisional"), "{vi}");
    let en = render::summary(&r, Lang::En, None);
    assert!(en.contains("[antq (provisional)]"), "{en}");
}
