//! `--province FILE|NAME`: a built-in province file by name, or a province file in JSON
//! (docs/province-files.md), with the identity the audit trail records. A file whose `extends`
//! names no built-in file extends `<name>.json` in its own folder (a commune plan next to its
//! province's file), and so on up the chain.

use std::path::Path;

use antq::policy::province::Loader;
use antq::policy::{Policy, PRESETS};

/// How many files up a chain of `extends` are read from disk (the loader checks cycles).
const MAX_CHAIN: usize = 8;

/// The `extends` (or older `preset`) of a province file's text, if it names no built-in file.
fn extends_on_disk(text: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    let name = v.get("extends").or_else(|| v.get("preset"))?.as_str()?;
    antq::provinces::file(name)
        .is_none()
        .then(|| name.to_owned())
}

/// Load the province file at `path`, with the files it extends from its folder; the bytes
/// of every file read, in chain order, for the audit hash.
fn load_file(arg: &str, path: &Path) -> Result<(Policy, Vec<u8>), String> {
    let read = |p: &Path| -> Result<(Vec<u8>, String), String> {
        let bytes = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
        let text = String::from_utf8(bytes.clone())
            .map_err(|e| format!("{}: not UTF-8 ({e})", p.display()))?;
        Ok((bytes, text))
    };
    let (mut all, text) = read(path)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut loader = Loader::new();
    let mut next = extends_on_disk(&text);
    let mut seen = Vec::new();
    while let Some(name) = next.take() {
        let parent = dir.join(format!("{name}.json"));
        if seen.contains(&name) || seen.len() >= MAX_CHAIN || !parent.is_file() {
            break; // the loader names the cycle or the unknown file
        }
        let (bytes, parent_text) = read(&parent)?;
        all.extend_from_slice(&bytes);
        next = extends_on_disk(&parent_text);
        loader = loader.with_file(name.clone(), parent_text);
        seen.push(name);
    }
    let policy = loader
        .load_str(arg, &text)
        .map_err(|e| format!("{arg}: {e}"))?;
    Ok((policy, all))
}

/// The province applied and where it came from.
#[derive(Debug, Clone)]
pub struct Province {
    /// The policy.
    pub policy: Policy,
    /// `preset:<name>` or the file's path.
    pub source: String,
    /// SHA-256 of the file (followed by the files it extends from its folder, in chain order),
    /// or of the built-in file's canonical JSON.
    pub sha256: String,
}

/// Load `arg` (a file if it names an existing file or ends in `.json`, else a preset name).
pub fn load(arg: &str) -> Result<Province, String> {
    let path = Path::new(arg);
    if path.is_file() || arg.to_ascii_lowercase().ends_with(".json") {
        let (policy, bytes) = load_file(arg, path)?;
        return Ok(Province {
            policy,
            source: arg.to_owned(),
            sha256: crate::audit::sha256_hex(&bytes),
        });
    }
    let policy = Policy::preset(arg).map_err(|_| {
        format!(
            "unknown province \"{arg}\": not a file, and not a built-in province file ({})",
            PRESETS.join(", ")
        )
    })?;
    let canonical = serde_json::to_vec(&policy).map_err(|e| e.to_string())?;
    Ok(Province {
        policy,
        source: format!("preset:{arg}"),
        sha256: crate::audit::sha256_hex(&canonical),
    })
}
