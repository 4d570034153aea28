//! JSON in → JSON out: the path for programs written in other languages.
//!
//! ```text
//! cargo run --release --example evaluate -- INPUT.json [--policy POLICY.json] [--out REPORT.json] [--timing] [--in-memory] [--compare-serde]
//! cargo run --release --example evaluate -- INPUT.json --years N [--reuse] [--policy POLICY.json] [--out REPORT.json] [--timing]
//! ```
//!
//! `--in-memory` reads the whole file first (`evaluate_json`) instead of streaming it
//! (`evaluate_reader`). `--parse-only` reads the file into memory and only parses it
//! (`YearInput::from_json`), printing the time, to measure the parse alone. The report is
//! written by `Report::write_json` (the bytes `serde_json` writes, written by hand);
//! `--compare-serde` also writes it both ways into memory, prints each time and checks that
//! the bytes are the same.
//!
//! `--years N` evaluates the file N times in this one process, as a program evaluating year
//! after year would (`evaluate_json`, each report written into memory, then dropped), and
//! prints each year's time and the median; with `--reuse` the report's units and the output
//! buffer are handed on to the next year (`evaluate_json_reusing`; DESIGN §30). It measures
//! a loop of years without a benchmark harness: e.g. its page faults with `/usr/bin/time -v`,
//! or where its time goes with `perf record`. The last year's report goes to `--out` if given
//! (nothing goes to stdout). `--years` reads the file into memory and does not go with
//! `--in-memory`, `--parse-only` or `--compare-serde`.
//!
//! `INPUT.json` follows `antq::year::input` (schema_version 1) or `antq::year::v2`
//! (schema_version 2); `POLICY.json` is a policy file
//! (`{"preset": "son_la_2026", …}`, see `antq::policy`); without it the national default
//! applies. The report goes to stdout, or to `--out` (written to a temporary file and renamed,
//! so a report is never half-written). Errors name the unit and the field, go to stderr, and
//! the exit code is 1 (2 for bad arguments).

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use antq::policy::Policy;
use antq::year::pipeline::{evaluate_json, evaluate_json_reusing, evaluate_reader};

struct Args {
    input: PathBuf,
    policy: Option<PathBuf>,
    out: Option<PathBuf>,
    timing: bool,
    in_memory: bool,
    parse_only: bool,
    compare_serde: bool,
    /// Years evaluated in this process (`--years N`), reusing memory or not (`--reuse`).
    years: Option<(usize, bool)>,
}

fn args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let (mut input, mut policy, mut out, mut timing) = (None, None, None, false);
    let (mut in_memory, mut parse_only, mut compare_serde) = (false, false, false);
    let (mut years, mut reuse) = (None, false);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--policy" => policy = Some(it.next().ok_or("--policy needs a file")?.into()),
            "--out" => out = Some(it.next().ok_or("--out needs a file")?.into()),
            "--timing" => timing = true,
            "--in-memory" => in_memory = true,
            "--parse-only" => parse_only = true,
            "--compare-serde" => compare_serde = true,
            "--years" => {
                let n = it.next().ok_or("--years needs a count")?;
                years = Some(n.parse().map_err(|_| format!("--years {n}: not a count"))?);
            }
            "--reuse" => reuse = true,
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ if input.is_none() => input = Some(a.into()),
            _ => return Err(format!("unexpected argument {a}")),
        }
    }
    if reuse && years.is_none() {
        return Err("--reuse goes with --years N".to_owned());
    }
    if years == Some(0) {
        return Err("--years needs at least 1".to_owned());
    }
    if years.is_some() && (in_memory || parse_only || compare_serde) {
        return Err("--years does not go with --in-memory, --parse-only or --compare-serde".into());
    }
    Ok(Args {
        input: input
            .ok_or("usage: evaluate INPUT.json [--policy POLICY.json] [--out REPORT.json] [--years N [--reuse]]")?,
        policy,
        out,
        timing,
        in_memory,
        parse_only,
        compare_serde,
        years: years.map(|n: usize| (n, reuse)),
    })
}

fn run(a: &Args) -> Result<(), String> {
    let clock = std::time::Instant::now();
    let lap = |what: &str| {
        if a.timing {
            eprintln!("{what}: {:.3} s", clock.elapsed().as_secs_f64());
        }
    };
    if a.parse_only {
        let bytes = read_input(a)?;
        lap("read");
        let input = antq::YearInput::from_json(&bytes).map_err(|e| e.to_string())?;
        lap("parsed");
        eprintln!(
            "{} units, {} bytes ({:.0} B per unit)",
            input.units.len(),
            bytes.len(),
            bytes.len() as f64 / input.units.len().max(1) as f64
        );
        return Ok(());
    }
    let policy = match &a.policy {
        None => Policy::national(),
        Some(p) => {
            let text = fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            Policy::from_json(&text).map_err(|e| e.to_string())?
        }
    };
    if let Some((n, reuse)) = a.years {
        return years(a, &policy, n, reuse);
    }
    // Parse and evaluate in one pass from the file: each unit is decided as it is read, then
    // dropped; neither the input text nor the parsed input is ever held whole.
    let file = fs::File::open(&a.input).map_err(|e| format!("{}: {e}", a.input.display()))?;
    // A data error names the unit and the path by itself (no second reading).
    let report = if a.in_memory {
        let bytes = read_input(a)?;
        evaluate_json(&bytes, &policy)
    } else {
        evaluate_reader(std::io::BufReader::with_capacity(1 << 20, file), &policy)
    }
    .map_err(|e| e.to_string())?;
    lap("parsed and evaluated");
    let written = write(a, &report, lap);
    // The process ends here: freeing the report's 300,000 records one by one would only delay
    // the exit (the operating system takes the memory back at once).
    std::mem::forget(report);
    written
}

/// `--years N`: the file evaluated `n` times in this process, each report written into memory;
/// with `reuse`, the units and the output buffer handed on from year to year.
fn years(a: &Args, policy: &Policy, n: usize, reuse: bool) -> Result<(), String> {
    let bytes = read_input(a)?;
    let (mut spare, mut out, mut times) = (Vec::new(), Vec::new(), Vec::with_capacity(n));
    for year in 1..=n {
        let clock = std::time::Instant::now();
        let mut report = if reuse {
            evaluate_json_reusing(&bytes, policy, std::mem::take(&mut spare))
        } else {
            evaluate_json(&bytes, policy)
        }
        .map_err(|e| e.to_string())?;
        if reuse {
            out.clear();
        } else {
            out = Vec::new();
        }
        report.write_json(&mut out).map_err(|e| e.to_string())?;
        if reuse {
            spare = std::mem::take(&mut report.units);
        }
        drop(report);
        times.push(clock.elapsed().as_secs_f64());
        if a.timing {
            eprintln!("year {year}: {:.4} s, {} bytes", times[year - 1], out.len());
        }
    }
    times.sort_by(f64::total_cmp);
    eprintln!(
        "{n} years in one process{}: median {:.4} s a year",
        if reuse { ", memory reused" } else { "" },
        times[n / 2]
    );
    match &a.out {
        Some(path) => to_file(path, |w| w.write_all(&out).map_err(|e| e.to_string())),
        None => Ok(()),
    }
}

/// The input file's bytes.
fn read_input(a: &Args) -> Result<Vec<u8>, String> {
    fs::read(&a.input).map_err(|e| format!("{}: {e}", a.input.display()))
}

/// Write through `write` into a temporary file beside `path`, renamed to `path` when complete,
/// so that a report is never half-written.
fn to_file(
    path: &std::path::Path,
    write: impl FnOnce(&mut std::io::BufWriter<fs::File>) -> Result<(), String>,
) -> Result<(), String> {
    let tmp = path.with_extension("json.partial");
    let file = fs::File::create(&tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
    let mut w = std::io::BufWriter::new(file);
    if let Err(e) = write(&mut w).and_then(|_| w.flush().map_err(|e| e.to_string())) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    fs::rename(&tmp, path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Write `report` to stdout or to `--out` (through a temporary file, renamed when complete).
fn write(a: &Args, report: &antq::year::Report, lap: impl Fn(&str)) -> Result<(), String> {
    match &a.out {
        None => {
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::new(stdout.lock());
            report.write_json(&mut w).map_err(|e| e.to_string())?;
            w.write_all(b"\n")
                .and_then(|_| w.flush())
                .map_err(|e| e.to_string())
        }
        Some(path) => {
            to_file(path, |w| report.write_json(w).map_err(|e| e.to_string()))?;
            lap("written");
            if a.compare_serde {
                compare_serde(report)?;
            }
            Ok(())
        }
    }
}

/// Write the report by hand and with `serde_json` through a `BufWriter` into a sink (best of
/// three each: the cost of producing the bytes, not of storing them), print both times, and
/// check that the bytes written into memory are the same.
fn compare_serde(report: &antq::year::Report) -> Result<(), String> {
    let best = |f: &dyn Fn() -> std::io::Result<()>| -> Result<f64, String> {
        let mut best = f64::INFINITY;
        for _ in 0..3 {
            let clock = std::time::Instant::now();
            f().map_err(|e| e.to_string())?;
            best = best.min(clock.elapsed().as_secs_f64());
        }
        Ok(best)
    };
    let sink = || std::io::BufWriter::new(std::io::sink());
    let hand = best(&|| report.write_json(sink()))?;
    let serde = best(&|| serde_json::to_writer(sink(), report).map_err(Into::into))?;
    let mut by_hand = Vec::new();
    report.write_json(&mut by_hand).map_err(|e| e.to_string())?;
    let by_serde = serde_json::to_vec(report).map_err(|e| e.to_string())?;
    eprintln!(
        "through a BufWriter into a sink, {} bytes, best of 3: write_json {hand:.3} s, serde_json {serde:.3} s ({:.2}x)",
        by_hand.len(),
        serde / hand
    );
    if by_hand != by_serde {
        return Err("write_json and serde_json wrote different bytes".to_owned());
    }
    Ok(())
}

fn main() -> ExitCode {
    let a = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match run(&a) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
