//! Write a synthetic year input (JSON) — for trying `evaluate`, and for programs in other
//! languages that want test data. Clearly synthetic: every unit is generated.
//!
//! ```text
//! cargo run --release --example synthesize -- [small|son_la|national] [YEAR] > input.json
//! ```

use std::io::Write;

use antq::year::synthetic::{province, Shape};

fn main() {
    let mut args = std::env::args().skip(1);
    let shape = match args.next().as_deref() {
        Some("small") => Shape::small(),
        None | Some("son_la") => Shape::son_la(),
        Some("national") => Shape::national(),
        Some(other) => {
            eprintln!("unknown shape {other}: small, son_la or national");
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
    if serde_json::to_writer(&mut w, &input)
        .map_err(std::io::Error::from)
        .and_then(|_| w.write_all(b"\n"))
        .and_then(|_| w.flush())
        .is_err()
    {
        std::process::exit(1);
    }
}
