//! The main example: a whole synthetic, Sơn La–sized province (75 communes, ~2,000 residential
//! areas, ~1,500 agencies, enterprises and schools — generated, deterministic, clearly labelled
//! synthetic) evaluated for 2026 under the Sơn La 2026 policy.
//!
//! Prints, in Vietnamese, what an office needs on one screen, and writes into `out/`:
//! the JSON report, an SVG chart of the 2026–2030 roadmap, and the QĐ510 Đ11 k2 score lists
//! (CSV and JSON) per deciding body.
//!
//! Run: `cargo run --release --example province` (add `-- en` for English).

use std::fs;
use std::path::Path;

use antq::policy::Policy;
use antq::year::{evaluate, render, synthetic};
use antq::Lang;

fn main() {
    if let Err(e) = run() {
        eprintln!("Lỗi / error: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let lang = match std::env::args().nth(1).as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Vi,
    };
    let year = 2026;
    let input = synthetic::province(&synthetic::Shape::son_la(), year, 2026);
    let policy = Policy::son_la_2026();
    let report = evaluate(&input, &policy)?;

    print!("{}", render::summary(&report, lang, None));

    let out = Path::new("out");
    fs::create_dir_all(out)?;
    let json = serde_json::to_vec_pretty(&report)?;
    fs::write(out.join("report-2026.json"), &json)?;
    if let Some(svg) = render::roadmap_svg(&report, &policy) {
        fs::write(out.join("roadmap-2026-2030.svg"), svg)?;
    }
    let lists = report.score_lists();
    // One table, UTF-8 with BOM, Vietnamese headers, deciding body and place as columns.
    fs::write(out.join("score-lists-2026.csv"), report.score_lists_csv())?;
    fs::write(
        out.join("score-lists-2026.json"),
        serde_json::to_vec_pretty(&lists)?,
    )?;
    println!(
        "\n{}: out/report-2026.json ({} KB), out/roadmap-2026-2030.svg, out/score-lists-2026.csv, out/score-lists-2026.json ({} danh sách)",
        match lang {
            Lang::Vi => "Đã ghi",
            Lang::En => "Written",
        },
        json.len() / 1024,
        lists.len()
    );
    Ok(())
}
