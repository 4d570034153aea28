//! INPUT: a JSON year file, or a workbook / CSV file / folder of CSV files in the tabular
//! format, read into the library's JSON year input with its hash.

use std::path::{Path, PathBuf};

use crate::tabular::{self, Origin, Problem};

/// An input, read.
#[derive(Debug, Clone)]
pub struct Input {
    /// As given.
    pub path: PathBuf,
    /// The JSON year input (the file itself for JSON; built from the rows otherwise).
    pub json: Vec<u8>,
    /// For tabular input: where each unit came from (same order as `units`).
    pub origins: Option<Vec<Origin>>,
    /// SHA-256 of the input's bytes.
    pub sha256: String,
}

/// Whether the path names a JSON file.
pub fn is_json(path: &Path) -> bool {
    path.extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("json"))
}

/// Read INPUT. Problems are listed all at once where they can be.
pub fn load(path: &Path) -> Result<Input, Vec<Problem>> {
    if !path.exists() {
        return Err(vec![Problem::file(path, "no such file or folder".into())]);
    }
    let sha256 = if path.is_dir() {
        let mut parts = Vec::new();
        let mut names: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| vec![Problem::file(path, e.to_string())])?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("csv")))
            .collect();
        names.sort();
        for n in names {
            let bytes = std::fs::read(&n).map_err(|e| vec![Problem::file(&n, e.to_string())])?;
            let name = n
                .file_name()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            parts.push((name, bytes));
        }
        crate::audit::sha256_parts(&parts)
    } else {
        let bytes = std::fs::read(path).map_err(|e| vec![Problem::file(path, e.to_string())])?;
        if is_json(path) {
            return Ok(Input {
                path: path.to_owned(),
                sha256: crate::audit::sha256_hex(&bytes),
                json: bytes,
                origins: None,
            });
        }
        crate::audit::sha256_hex(&bytes)
    };
    let built = tabular::read(path)?;
    Ok(Input {
        path: path.to_owned(),
        json: serde_json::to_vec(&built.input)
            .map_err(|e| vec![Problem::file(path, e.to_string())])?,
        origins: Some(built.origins),
        sha256,
    })
}
