//! Writing results: every file is written into a staging folder next to the target first and
//! moved into place only when all are complete, so a failure leaves nothing half-written.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Write `files` (name, bytes) into `dir`, all or nothing.
pub fn write_all(dir: &Path, files: &[(String, Vec<u8>)]) -> io::Result<Vec<PathBuf>> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent)?;
    let name = dir
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let staging = parent.join(format!(".{name}.partial-{}", std::process::id()));
    let result = (|| {
        fs::create_dir_all(&staging)?;
        for (f, bytes) in files {
            fs::write(staging.join(f), bytes)?;
        }
        if !dir.exists() {
            fs::rename(&staging, dir)?;
        } else {
            for (f, _) in files {
                fs::rename(staging.join(f), dir.join(f))?;
            }
        }
        Ok(files.iter().map(|(f, _)| dir.join(f)).collect())
    })();
    if staging.exists() {
        let _ = fs::remove_dir_all(&staging);
    }
    result
}
