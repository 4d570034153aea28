//! JSON Schema files (placeholder; filled in below).

/// The schema files: (name, bytes).
pub fn files() -> Vec<(String, Vec<u8>)> {
    Vec::new()
}
