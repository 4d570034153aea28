//! Evaluating a JSON year file: read whole and evaluated in memory when it is at most a limit
//! (the library's fast path), else streamed so that memory stays bounded; the file's SHA-256
//! computed on the way; a progress bar following the bytes read.

use std::io::{self, IsTerminal, Read};
use std::path::Path;

use antq::policy::Policy;
use antq::year::{pipeline, Report};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sha2::Digest;

/// Regular files up to this size are read whole and evaluated in memory — `evaluate_json`,
/// whose records are read in place: about twice the speed of the stream (`evaluate_reader`),
/// at the cost of holding the text while it is read. In memory the peak is about 2.5 times a
/// v2 text (the synthetic national year: 124 MB → 306 MiB) and 1.6 times a v1 text (296 MB →
/// 470 MiB), so up to 192 MiB the peak stays under issue 14's 512 MiB; larger files and pipes
/// are streamed, their text never held (DESIGN §20.3).
pub const IN_MEMORY_MAX: u64 = 192 << 20;

/// Whether a file of `len` bytes (a regular file or not) is read whole under `max`.
fn read_whole(len: u64, regular: bool, max: u64) -> bool {
    regular && len <= max
}

/// Why a year file gave no report.
#[derive(Debug)]
pub enum FileFailure {
    /// The file cannot be opened.
    Open(io::Error),
    /// The file cannot be read to its end.
    Read(io::Error),
    /// The input is wrong (the library's first error).
    Input(antq::Error),
}

/// The report and the file's SHA-256 (lower-case hex).
pub type Evaluated = (Report, String);

/// Evaluate the year file at `path` (in memory up to [`IN_MEMORY_MAX`] bytes, else streamed).
///
/// # Errors
///
/// The file cannot be opened or read, or the input is wrong.
pub fn evaluate_file(path: &Path, policy: &Policy, quiet: bool) -> Result<Evaluated, FileFailure> {
    evaluate_file_with(path, policy, quiet, IN_MEMORY_MAX)
}

/// [`evaluate_file`] with another size limit for reading whole.
///
/// # Errors
///
/// As [`evaluate_file`].
pub fn evaluate_file_with(
    path: &Path,
    policy: &Policy,
    quiet: bool,
    in_memory_max: u64,
) -> Result<Evaluated, FileFailure> {
    let file = std::fs::File::open(path).map_err(FileFailure::Open)?;
    let meta = file.metadata().ok();
    let len = meta.as_ref().map_or(u64::MAX, std::fs::Metadata::len);
    // Only a regular file's length is its size (a pipe or `/dev/stdin` says 0): others stream.
    let whole = read_whole(len, meta.is_some_and(|m| m.is_file()), in_memory_max);
    let bar = progress(len, quiet, whole);
    if whole {
        let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
        bar.wrap_read(file)
            .read_to_end(&mut bytes)
            .map_err(FileFailure::Read)?;
        bar.finish_and_clear();
        let hash = hex(sha2::Sha256::new_with_prefix(&bytes));
        let report = pipeline::evaluate_json(&bytes, policy).map_err(FileFailure::Input)?;
        return Ok((report, hash));
    }
    // serde_json reads a stream byte by byte: the buffer goes outside, so hashing and the
    // progress bar see large chunks.
    let mut reader = io::BufReader::with_capacity(
        1 << 20,
        Hashing {
            inner: bar.wrap_read(file),
            hash: sha2::Sha256::new(),
        },
    );
    let result = pipeline::evaluate_reader(&mut reader, policy);
    bar.finish_and_clear();
    let report = result.map_err(FileFailure::Input)?;
    // Whatever the parser left unread (trailing white space) belongs to the hash too.
    io::copy(&mut reader, &mut io::sink()).map_err(FileFailure::Read)?;
    Ok((report, hex(reader.into_inner().hash)))
}

/// The bar on stderr for files of 32 MiB and more, when stderr is a terminal.
fn progress(len: u64, quiet: bool, whole: bool) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() || len < 32 << 20 {
        return ProgressBar::hidden();
    }
    let b = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    b.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {bytes}/{total_bytes} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    b.set_message(if whole {
        "đọc / reading"
    } else {
        "đọc và đánh giá / reading and evaluating"
    });
    b
}

fn hex(h: sha2::Sha256) -> String {
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// A reader that hashes what passes through it.
struct Hashing<R> {
    inner: R,
    hash: sha2::Sha256,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use antq::year::synthetic;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// Read whole or streamed, a year file (v1 and v2, with trailing white space) gives the
    /// same report, and the hash is the SHA-256 of every byte of the file.
    #[test]
    fn in_memory_and_streamed_give_the_same_report_and_hash() {
        let dir = tempfile::tempdir().unwrap();
        let policy = Policy::son_la_2026();
        let input = synthetic::province(&synthetic::Shape::small(), 2026, 5);
        let v1 = serde_json::to_vec(&input).unwrap();
        let v2 = antq::year::v2::to_json(&input);
        for (name, mut bytes) in [("v1.json", v1), ("v2.json", v2)] {
            bytes.extend_from_slice(b"\n \n");
            let p = write(dir.path(), name, &bytes);
            let whole = evaluate_file_with(&p, &policy, true, u64::MAX).unwrap();
            let streamed = evaluate_file_with(&p, &policy, true, 0).unwrap();
            assert_eq!(whole.0, streamed.0, "{name}");
            let expected = hex(sha2::Sha256::new_with_prefix(&bytes));
            assert_eq!((&whole.1, &streamed.1), (&expected, &expected), "{name}");
            assert_eq!(whole.0.units.len(), input.units.len());
        }
    }

    /// Wrong inputs give the library's same first error either way: a repeated unit id, a
    /// syntax error, bytes after the year, a wrong value inside a unit record (v1 and v2); a
    /// byte-order mark is skipped by both; a missing file cannot be opened.
    #[test]
    fn errors_are_the_same_either_way() {
        let dir = tempfile::tempdir().unwrap();
        let policy = Policy::national();
        let input = synthetic::province(&synthetic::Shape::small(), 2026, 5);
        let mut dup = input.clone();
        dup.units.push(dup.units[3].clone());
        let v1 = serde_json::to_string(&input).unwrap();
        let v2 = String::from_utf8(antq::year::v2::to_json(&input)).unwrap();
        let wrong_value = |text: &str, from: &str, to: &str| {
            assert!(text.contains(from), "{from}");
            text.replacen(from, to, 1)
        };
        let cases = [
            ("dup", serde_json::to_string(&dup).unwrap()),
            ("syntax", v1[..v1.len() / 2].to_owned()),
            ("trailing", format!("{v1} x")),
            (
                "v1 value",
                wrong_value(&v1, "\"managed_by\":\"", "\"managed_by\":\"nowhere_"),
            ),
            ("v2 value", wrong_value(&v2, "\"m\":\"", "\"m\":\"nowhere_")),
        ];
        for (name, text) in &cases {
            let p = write(dir.path(), "bad.json", text.as_bytes());
            let error = |max| match evaluate_file_with(&p, &policy, true, max) {
                Err(FileFailure::Input(e)) => e,
                other => panic!("{name}: an input error, got {other:?}"),
            };
            assert_eq!(error(u64::MAX), error(0), "{name}");
        }
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(v1.as_bytes());
        let p = write(dir.path(), "bom.json", &bom);
        let whole = evaluate_file_with(&p, &policy, true, u64::MAX).unwrap();
        assert_eq!(whole, evaluate_file_with(&p, &policy, true, 0).unwrap());
        let missing = dir.path().join("none.json");
        assert!(matches!(
            evaluate_file(&missing, &policy, true),
            Err(FileFailure::Open(_))
        ));
    }

    /// A regular file of at most the limit is read whole, one byte more is streamed, and what
    /// is not a regular file (a pipe, `/dev/stdin`) is always streamed.
    #[test]
    fn the_limit_and_regular_files_decide_the_path() {
        assert!(read_whole(IN_MEMORY_MAX, true, IN_MEMORY_MAX));
        assert!(!read_whole(IN_MEMORY_MAX + 1, true, IN_MEMORY_MAX));
        assert!(read_whole(0, true, IN_MEMORY_MAX));
        assert!(!read_whole(0, false, IN_MEMORY_MAX));
    }
}
