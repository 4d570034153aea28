//! `--province FILE|NAME`: a preset by name, or a province (policy) file in JSON, with the
//! identity the audit trail records.

use std::path::Path;

use antq::policy::{Policy, PRESETS};

/// The province applied and where it came from.
#[derive(Debug, Clone)]
pub struct Province {
    /// The policy.
    pub policy: Policy,
    /// `preset:<name>` or the file's path.
    pub source: String,
    /// SHA-256 of the file, or of the preset's canonical JSON.
    pub sha256: String,
}

/// Load `arg` (a file if it names an existing file or ends in `.json`, else a preset name).
pub fn load(arg: &str) -> Result<Province, String> {
    let path = Path::new(arg);
    if path.is_file() || arg.to_ascii_lowercase().ends_with(".json") {
        let bytes = std::fs::read(path).map_err(|e| format!("{arg}: {e}"))?;
        let text = std::str::from_utf8(&bytes).map_err(|e| format!("{arg}: not UTF-8 ({e})"))?;
        let policy = Policy::from_json(text).map_err(|e| format!("{arg}: {e}"))?;
        return Ok(Province {
            policy,
            source: arg.to_owned(),
            sha256: crate::audit::sha256_hex(&bytes),
        });
    }
    let policy = Policy::preset(arg).map_err(|_| {
        format!(
            "unknown province \"{arg}\": not a file, and not a preset ({})",
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
