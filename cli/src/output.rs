//! Writing results: every file is written into a staging folder next to the target first and
//! moved into place only when all are complete, so a failure leaves nothing half-written. Files
//! are written one at a time, so memory holds at most one file's contents (a report is
//! serialised straight into its file).

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A staging folder for one run's files.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    staging: PathBuf,
    names: Vec<String>,
    committed: bool,
}

impl Staging {
    /// Start writing the files of `dir`.
    pub fn new(dir: &Path) -> io::Result<Staging> {
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent)?;
        let name = dir
            .file_name()
            .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
        let staging = parent.join(format!(".{name}.partial-{}", std::process::id()));
        fs::create_dir_all(&staging)?;
        Ok(Staging {
            dir: dir.to_owned(),
            staging,
            names: Vec::new(),
            committed: false,
        })
    }

    /// Write one file from bytes.
    pub fn write(&mut self, name: &str, bytes: &[u8]) -> io::Result<()> {
        self.write_with(name, |w| w.write_all(bytes))
    }

    /// Write one file through a buffered writer.
    pub fn write_with(
        &mut self,
        name: &str,
        f: impl FnOnce(&mut BufWriter<fs::File>) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut w = BufWriter::with_capacity(1 << 16, fs::File::create(self.staging.join(name))?);
        f(&mut w)?;
        w.flush()?;
        self.names.push(name.to_owned());
        Ok(())
    }

    /// Move every file into place; returns their final paths.
    pub fn commit(mut self) -> io::Result<Vec<PathBuf>> {
        if !self.dir.exists() {
            fs::rename(&self.staging, &self.dir)?;
        } else {
            for f in &self.names {
                fs::rename(self.staging.join(f), self.dir.join(f))?;
            }
        }
        self.committed = true;
        Ok(self.names.iter().map(|f| self.dir.join(f)).collect())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if self.staging.exists() {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

/// Write `files` (name, bytes) into `dir`, all or nothing.
pub fn write_all(dir: &Path, files: &[(String, Vec<u8>)]) -> io::Result<Vec<PathBuf>> {
    let mut s = Staging::new(dir)?;
    for (name, bytes) in files {
        s.write(name, bytes)?;
    }
    s.commit()
}
