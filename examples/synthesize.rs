//! Write a synthetic year input (JSON) — for trying `evaluate`, and for programs in other
//! languages that want test data. Clearly synthetic: every unit is generated.
//!
//! ```text
//! cargo run --release --example synthesize -- [small|son_la|tenth|national] [YEAR] [--v2] > input.json
//! ```
//!
//! `--v2` writes schema version 2 (`docs/year-input-v2.md`): the same facts in far fewer values.

use std::io::Write;

use antq::year::synthetic::{province, Shape};

fn main() {
    let all: Vec<String> = std::env::args().skip(1).collect();
    let v2 = all.iter().any(|a| a == "--v2");
    let mut args = all.into_iter().filter(|a| a != "--v2");
    let shape = match args.next().as_deref() {
        Some("small") => Shape::small(),
        None | Some("son_la") => Shape::son_la(),
        Some("national") => Shape::national(),
        // A tenth of the nation: the `linear/1x_v2` bench's input (benches/year.rs).
        Some("tenth") => Shape {
            communes: 332,
            residential_areas: 10_000,
            organisations: 20_000,
        },
        Some(other) => {
            eprintln!("unknown shape {other}: small, son_la, tenth or national");
            std::process::exit(2);
        }
    };
    let year = match args.next().map(|y| y.parse::<i32>()) {
        None => 2026,
        Some(Ok(y)) => y,
        Some(Err(e)) => {
            eprintln!("bad year: {e}");
            std::process::exit(2);
        }
    };
    let input = province(&shape, year, 2026);
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    let written = if v2 {
        antq::year::v2::to_writer(&mut w, &input)
    } else {
        serde_json::to_writer(&mut w, &input).map_err(std::io::Error::from)
    };
    if written
        .and_then(|_| w.write_all(b"\n"))
        .and_then(|_| w.flush())
        .is_err()
    {
        std::process::exit(1);
    }
}
