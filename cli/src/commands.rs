//! The subcommands. Results go to stdout, problems to stderr; exit codes 0 (success), 1 (input
//! or rule error), 2 (usage).

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use antq::policy::Policy;
use antq::year::{pipeline::Evaluator, render, synthetic, Audit, Report, YearInput};
use antq::Lang;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::args::{Cli, Command, TemplateFormat};
use crate::input::Input;
use crate::province::Province;
use crate::tabular::Problem;

/// Why a command failed.
#[derive(Debug)]
pub enum Failure {
    /// The input (or province file) is wrong: exit 1, every problem listed.
    Input(Vec<Problem>),
    /// Anything else that stops the command (a file cannot be written): exit 1.
    Other(String),
    /// A bad argument: exit 2.
    Usage(String),
    /// stdout was closed (`antq demo | head`): end quietly, exit 0.
    BrokenPipe,
}

impl Failure {
    /// The exit code.
    pub fn code(&self) -> u8 {
        match self {
            Failure::Input(_) | Failure::Other(_) => 1,
            Failure::Usage(_) => 2,
            Failure::BrokenPipe => 0,
        }
    }

    /// What to print on stderr.
    pub fn message(&self) -> String {
        match self {
            Failure::Input(ps) => {
                let mut s = format!(
                    "antq: {} lỗi trong dữ liệu / {} problem{} in the input:\n",
                    ps.len(),
                    ps.len(),
                    if ps.len() == 1 { "" } else { "s" }
                );
                for p in ps {
                    s.push_str(&format!("  - {p}\n"));
                }
                s
            }
            Failure::Other(m) => format!("antq: lỗi / error: {m}\n"),
            Failure::Usage(m) => format!("antq: sai cú pháp lệnh / usage: {m}\n"),
            Failure::BrokenPipe => String::new(),
        }
    }
}

fn emit(s: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(Failure::BrokenPipe),
        Err(e) => Err(Failure::Other(format!("stdout: {e}"))),
    }
}

fn province(arg: &str) -> Result<Province, Failure> {
    crate::province::load(arg).map_err(|m| {
        Failure::Input(vec![Problem {
            location: "--province".into(),
            unit: None,
            message: m,
        }])
    })
}

fn load(path: &Path) -> Result<Input, Failure> {
    crate::input::load(path).map_err(Failure::Input)
}

/// Evaluate with a progress bar on stderr (hidden when `quiet` or stderr is not a terminal).
pub fn evaluate(input: &Input, policy: &Policy, quiet: bool) -> Result<Report, Failure> {
    let fail = |e: antq::Error| {
        let mut ps = crate::check::check(input, policy);
        if ps.is_empty() {
            ps.push(crate::check::place(input, None, None, &e));
        }
        Failure::Input(ps)
    };
    let year = YearInput::from_json(&input.json).map_err(fail)?;
    evaluate_parsed(&year, policy, quiet).map_err(fail)
}

fn evaluate_parsed(year: &YearInput, policy: &Policy, quiet: bool) -> Result<Report, antq::Error> {
    let bar = if quiet || !io::stderr().is_terminal() || year.units.len() < 20_000 {
        ProgressBar::hidden()
    } else {
        let b = ProgressBar::with_draw_target(
            Some(year.units.len() as u64),
            ProgressDrawTarget::stderr(),
        );
        b.set_style(
            ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b.set_message("đánh giá / evaluating");
        b
    };
    let mut ev = Evaluator::new(
        year.schema_version,
        &year.province,
        year.year,
        year.synthetic,
        policy,
    )?;
    for (i, u) in year.units.iter().enumerate() {
        ev.push(u)?;
        if i % 1024 == 0 {
            bar.set_position(i as u64);
        }
    }
    let r = ev.finish();
    bar.finish_and_clear();
    r
}

/// Evaluate a JSON year file ([`crate::year_file`]: in memory up to its size limit, else
/// streamed) and its SHA-256. On an input error the file is read again whole to list every
/// problem.
pub fn evaluate_json_file(
    path: &Path,
    policy: &Policy,
    quiet: bool,
) -> Result<(Report, String), Failure> {
    use crate::year_file::{evaluate_file, FileFailure};
    match evaluate_file(path, policy, quiet) {
        Ok(done) => Ok(done),
        Err(FileFailure::Open(e)) => Err(Failure::Input(vec![Problem::file(path, e.to_string())])),
        Err(FileFailure::Read(e)) => Err(Failure::Other(format!("{}: {e}", path.display()))),
        Err(FileFailure::Input(e)) => {
            let input = load(path)?;
            let mut ps = crate::check::check(&input, policy);
            if ps.is_empty() {
                ps.push(crate::check::place(&input, None, None, &e));
            }
            Err(Failure::Input(ps))
        }
    }
}

/// Write the files of `evaluate` and `demo` into `out`, all or nothing: the JSON report, the
/// summary, the score lists and proposal lists (XLSX and CSV), the roadmap chart.
pub fn write_outputs(
    out: &Path,
    report: &Report,
    policy: &Policy,
    lang: Lang,
    timing: bool,
) -> Result<Vec<PathBuf>, Failure> {
    let y = report.year;
    let clock = std::time::Instant::now();
    let lap = |what: &str| {
        if timing {
            eprintln!("  {what}: {:.2} s", clock.elapsed().as_secs_f64());
        }
    };
    let io_err = |e: io::Error| Failure::Other(format!("{}: {e}", out.display()));
    let xlsx = |e: rust_xlsxwriter::XlsxError| Failure::Other(format!("XLSX: {e}"));
    let mut st = crate::output::Staging::new(out).map_err(io_err)?;
    st.write_with(&format!("bao-cao-{y}.json"), |w| {
        report.write_json_pretty(&mut *w)?;
        w.write_all(b"\n")
    })
    .map_err(io_err)?;
    lap("bao-cao (JSON)");
    st.write(
        &format!("tom-tat-{y}.txt"),
        summary(report, lang).as_bytes(),
    )
    .map_err(io_err)?;
    // Each list is filed twice: as a workbook (built, written, freed before the next) and as
    // CSV.
    type Bytes<'r> = Box<dyn Fn() -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> + 'r>;
    type Csv<'r> = Box<dyn Fn() -> Vec<u8> + 'r>;
    let lists: [(&str, Bytes, Csv); 2] = [
        (
            "danh-sach-xep-loai",
            Box::new(|| crate::lists::score_lists_xlsx(report)),
            Box::new(|| report.score_lists_csv().into_bytes()),
        ),
        (
            "de-nghi-cong-nhan",
            Box::new(|| crate::lists::proposals_xlsx(report)),
            Box::new(|| crate::lists::proposals_csv(report)),
        ),
    ];
    for (stem, workbook, csv) in lists {
        let bytes = workbook().map_err(xlsx)?;
        st.write(&format!("{stem}-{y}.xlsx"), &bytes)
            .map_err(io_err)?;
        drop(bytes);
        lap(&format!("{stem} (XLSX)"));
        st.write(&format!("{stem}-{y}.csv"), &csv())
            .map_err(io_err)?;
    }
    if let (Some(svg), Some(rm)) = (render::roadmap_svg(report, policy), &policy.roadmap) {
        st.write(
            &format!("lo-trinh-{}-{}.svg", rm.from_year, rm.to_year),
            svg.as_bytes(),
        )
        .map_err(io_err)?;
    }
    let written = st.commit().map_err(io_err)?;
    lap("written");
    Ok(written)
}

/// Where the province or the input came from, as the summary's foot says it: the audit
/// trail's `preset:<name>` and `demo:<name>` in words, a path as it is.
fn source_text(source: &str, lang: Lang) -> String {
    match (source.split_once(':'), lang) {
        (Some(("preset", name)), Lang::Vi) => format!("tệp tỉnh có sẵn {name}"),
        (Some(("preset", name)), Lang::En) => format!("built-in province file {name}"),
        (Some(("demo", _)), Lang::Vi) => "dữ liệu giả lập của lệnh demo".to_owned(),
        (Some(("demo", _)), Lang::En) => "synthetic data of the demo command".to_owned(),
        _ => source.to_owned(),
    }
}

/// The summary with the audit trail at its foot.
pub fn summary(report: &Report, lang: Lang) -> String {
    let mut s = render::summary(report, lang, None);
    if let Some(a) = &report.audit {
        let short = |h: &str| h.chars().take(12).collect::<String>();
        let (province, input) = match lang {
            Lang::Vi => ("tỉnh", "dữ liệu"),
            Lang::En => ("province", "input"),
        };
        s.push_str(&format!(
            "\nantq {} · {province}: {} ({}, sha256 {}) · {input}: {} (sha256 {})\n",
            a.crate_version,
            a.province,
            source_text(&a.province_source, lang),
            short(&a.province_sha256),
            source_text(&a.input, lang),
            short(&a.input_sha256)
        ));
    }
    s
}

fn write_results(
    out: &Path,
    report: &Report,
    policy: &Policy,
    lang: Lang,
    timing: bool,
) -> Result<String, Failure> {
    let written = write_outputs(out, report, policy, lang, timing)?;
    let mut s = match lang {
        Lang::Vi => "\nĐã ghi:\n".to_owned(),
        Lang::En => "\nWritten:\n".to_owned(),
    };
    for p in written {
        s.push_str(&format!("  {}\n", p.display()));
    }
    Ok(s)
}

fn audit(report: &mut Report, p: &Province, input: &str, input_sha256: &str) {
    report.audit = Some(Audit::new(
        p.policy.name.clone(),
        p.source.clone(),
        p.sha256.clone(),
        input,
        input_sha256,
    ));
}

/// Run a command.
pub fn run(cli: Cli) -> Result<(), Failure> {
    let quiet = cli.quiet;
    let timing = cli.timing;
    let clock = std::time::Instant::now();
    let lap = |what: &str| {
        if timing {
            eprintln!("{what}: {:.2} s", clock.elapsed().as_secs_f64());
        }
    };
    match cli.command {
        Command::Evaluate {
            input,
            province: prov,
            out,
            lang,
        } => {
            let p = province(&prov)?;
            let (mut report, sha256) = if crate::input::is_json(&input) && input.is_file() {
                evaluate_json_file(&input, &p.policy, quiet)?
            } else {
                let loaded = load(&input)?;
                (evaluate(&loaded, &p.policy, quiet)?, loaded.sha256)
            };
            audit(&mut report, &p, &input.display().to_string(), &sha256);
            lap("evaluated");
            let written = write_results(&out, &report, &p.policy, lang.lang(), timing)?;
            emit(&summary(&report, lang.lang()))?;
            emit(&written)
        }
        Command::Check {
            input,
            province: prov,
        } => {
            let p = province(&prov)?;
            let input = load(&input)?;
            let problems = crate::check::check(&input, &p.policy);
            if !problems.is_empty() {
                return Err(Failure::Input(problems));
            }
            let units = serde_json::from_slice::<serde_json::Value>(&input.json)
                .ok()
                .and_then(|v| v.get("units").and_then(|u| u.as_array()).map(Vec::len))
                .unwrap_or(0);
            emit(&format!(
                "{}: không có lỗi, {units} đơn vị / no problems, {units} units\n",
                input.path.display()
            ))
        }
        Command::Explain {
            input,
            unit_id,
            province: prov,
            lang,
        } => {
            let p = province(&prov)?;
            let input = load(&input)?;
            let report = evaluate(&input, &p.policy, true)?;
            let year = YearInput::from_json(&input.json)
                .map_err(|e| Failure::Input(vec![crate::check::place(&input, None, None, &e)]))?;
            match crate::explain::explain(&year, &report, &p.policy, &unit_id, lang.lang()) {
                Ok(Some(text)) => emit(&text),
                Ok(None) => Err(Failure::Input(vec![Problem {
                    location: input.path.display().to_string(),
                    unit: Some(unit_id),
                    message: "no unit with this id in the input".into(),
                }])),
                Err(e) => Err(Failure::Input(vec![crate::check::place(
                    &input, None, None, &e,
                )])),
            }
        }
        Command::Template { kinds, format, out } => {
            let sheets = crate::tabular::template::sheets(&kinds).map_err(Failure::Usage)?;
            match format {
                TemplateFormat::Xlsx => {
                    let out = out.unwrap_or_else(|| PathBuf::from("mau-nhap-lieu.xlsx"));
                    let bytes = crate::tabular::template::xlsx(&sheets)
                        .map_err(|e| Failure::Other(format!("XLSX: {e}")))?;
                    write_file(&out, &bytes)?;
                    emit(&format!("{}\n", out.display()))
                }
                TemplateFormat::Csv => {
                    let out = out.unwrap_or_else(|| PathBuf::from("mau-nhap-lieu"));
                    let files = crate::tabular::template::csv(&sheets);
                    let written = crate::output::write_all(&out, &files)
                        .map_err(|e| Failure::Other(format!("{}: {e}", out.display())))?;
                    emit(
                        &written
                            .iter()
                            .map(|p| format!("{}\n", p.display()))
                            .collect::<String>(),
                    )
                }
            }
        }
        Command::Schema { out } => {
            let files = crate::schema::files();
            let written = crate::output::write_all(&out, &files)
                .map_err(|e| Failure::Other(format!("{}: {e}", out.display())))?;
            emit(
                &written
                    .iter()
                    .map(|p| format!("{}\n", p.display()))
                    .collect::<String>(),
            )
        }
        Command::Demo { lang, out } => {
            let input = synthetic::province(&synthetic::Shape::son_la(), 2026, 2026);
            let p = province("son_la_2026")?;
            let bytes = serde_json::to_vec(&input).map_err(|e| Failure::Other(e.to_string()))?;
            let mut report = evaluate_parsed(&input, &p.policy, quiet)
                .map_err(|e| Failure::Other(e.to_string()))?;
            audit(
                &mut report,
                &p,
                "demo:son_la_synthetic_2026",
                &crate::audit::sha256_hex(&bytes),
            );
            let written = write_results(&out, &report, &p.policy, lang.lang(), timing)?;
            emit(&summary(&report, lang.lang()))?;
            emit(&written)
        }
    }
}

/// Write one file through a temporary file and a rename.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let tmp = path.with_file_name(format!(".{name}.partial-{}", std::process::id()));
    let r = std::fs::write(&tmp, bytes).and_then(|_| std::fs::rename(&tmp, path));
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    r.map_err(|e| Failure::Other(format!("{}: {e}", path.display())))
}
