//! Đọc JSON nghiêm ngặt — the one way every JSON file enters the crate.
//!
//! Year inputs, policy (province) files, score sheets, catalogues and roadmaps are all read
//! through [`parse`] (the year input's streaming paths share its error mapping). It
//!
//! - accepts a UTF-8 byte-order mark (files saved by Windows tools start with one);
//! - refuses a file larger than its limit ([`MAX_TABLE_BYTES`] for policies and tables) before
//!   reading it;
//! - tracks the path while deserialising (`serde_path_to_error`), so a data error names the exact
//!   field — `class_targets[0].criterion`, `units[12].safety.discipline[0].form` — and what was
//!   expected, in one read;
//! - rejects unknown fields (every input type denies them) and duplicated keys at every level
//!   (structs by serde, maps by [`crate::strict::unique_map`], the year input's top level by its
//!   own reader).
//!
//! Malformed JSON is an [`Error::Parse`] with line and column; nesting deeper than 128 levels is
//! malformed (serde_json's recursion limit).

use serde::de::DeserializeOwned;

use crate::error::{Error, Subject};

/// Largest policy, score-sheet, catalogue or roadmap file read (16 MiB; the largest shipped one
/// is under 10 KiB).
pub const MAX_TABLE_BYTES: usize = 16 << 20;

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The text without a leading UTF-8 byte-order mark.
pub fn strip_bom(json: &[u8]) -> &[u8] {
    json.strip_prefix(BOM).unwrap_or(json)
}

/// Read one JSON document of type `T` (at most [`MAX_TABLE_BYTES`]); errors are about `subject`
/// and name the path inside the document.
///
/// ```
/// use antq::error::{Error, Subject};
/// use antq::law::qd510::ClassTarget;
/// let e = antq::json::parse::<Vec<ClassTarget>>(
///     Subject::Policy("tệp chính sách".into()),
///     br#"[{"criterion": null}]"#,
/// )
/// .unwrap_err();
/// assert_eq!(e.field(), Some("[0].criterion"));
/// ```
///
/// # Errors
///
/// Malformed JSON ([`Error::Parse`] with line and column), input above the size limit, or a data
/// error naming `subject` and the exact path.
pub fn parse<T: DeserializeOwned>(subject: Subject, json: &[u8]) -> Result<T, Error> {
    parse_limited(subject, json, MAX_TABLE_BYTES)
}

/// [`parse`] with another size limit.
///
/// # Errors
///
/// As [`parse`].
pub fn parse_limited<T: DeserializeOwned>(
    subject: Subject,
    json: &[u8],
    limit: usize,
) -> Result<T, Error> {
    let json = strip_bom(json);
    if json.len() > limit {
        return Err(too_large(subject, json.len(), limit));
    }
    let mut track = serde_path_to_error::Track::new();
    let mut de = serde_json::Deserializer::from_slice(json);
    let value = T::deserialize(serde_path_to_error::Deserializer::new(&mut de, &mut track))
        .and_then(|v| de.end().map(|()| v));
    value.map_err(|e| {
        let path = track.path();
        if e.is_syntax() && is_well_formed(json) {
            // serde_json reports a wrong JSON type for an enum as "expected value", a syntax
            // error: in a well-formed document it is a data error.
            wrong_type(subject, &path_string("", &path), json, &path)
        } else {
            from_serde(subject, &path_string("", &path), &e)
        }
    })
}

/// Whether `json` is well-formed JSON (one value, nothing after it).
pub(crate) fn is_well_formed(json: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(json).is_ok()
}

/// The data error for a value of the wrong JSON type at `path` (serde_json gave no message).
pub(crate) fn wrong_type(
    subject: Subject,
    field: &str,
    json: &[u8],
    path: &serde_path_to_error::Path,
) -> Error {
    let found = value_at(json, path).unwrap_or_else(|| "a value of another type".to_owned());
    let field = if field.is_empty() {
        "(document)"
    } else {
        field
    };
    Error::invalid(
        subject,
        field.to_owned(),
        "a value of the field's type (for a choice, one of its names as a string)",
        found,
    )
}

/// The value at `path` in `json`, written compactly (at most 80 characters).
fn value_at(json: &[u8], path: &serde_path_to_error::Path) -> Option<String> {
    use serde_path_to_error::Segment;
    let mut v: serde_json::Value = serde_json::from_slice(json).ok()?;
    for seg in path {
        v = match (seg, v) {
            (Segment::Seq { index }, serde_json::Value::Array(mut a)) if *index < a.len() => {
                a.swap_remove(*index)
            }
            (
                Segment::Map { key } | Segment::Enum { variant: key },
                serde_json::Value::Object(mut o),
            ) => o.remove(key)?,
            _ => return None,
        };
    }
    let mut s = v.to_string();
    if s.chars().count() > 80 {
        s = s.chars().take(77).collect::<String>() + "…";
    }
    Some(s)
}

/// The error for a file over its size limit.
pub(crate) fn too_large(subject: Subject, len: usize, limit: usize) -> Error {
    Error::invalid(
        subject,
        "(file)",
        format!("at most {limit} bytes"),
        format!("{len} bytes"),
    )
}

/// A path as `prefix` followed by the segments (`a.b[3].c`); empty when both are.
pub(crate) fn path_string(prefix: &str, path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut s = prefix.to_owned();
    for seg in path {
        match seg {
            Segment::Seq { index } => {
                s.push('[');
                s.push_str(&index.to_string());
                s.push(']');
            }
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(key_text(key));
            }
            Segment::Unknown => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push('?');
            }
        }
    }
    s
}

/// A key as it appears in a path: an empty key is written `""` so that the path still names it.
pub(crate) fn key_text(key: &str) -> &str {
    if key.is_empty() {
        "\"\""
    } else {
        key
    }
}

/// `path.name`.
fn join(path: &str, name: &str) -> String {
    let name = key_text(name);
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// The part of a serde message between backticks after `prefix`, e.g. the field of
/// "missing field `x`".
fn quoted<'m>(message: &'m str, prefix: &str) -> Option<&'m str> {
    let rest = message.strip_prefix(prefix)?.strip_prefix('`')?;
    rest.split_once('`').map(|(name, _)| name)
}

/// Map a serde_json error at `path` to the crate's error: malformed JSON is [`Error::Parse`]
/// (line and column); a data error is [`Error::Missing`] or [`Error::Invalid`] naming the path
/// and what was expected.
pub(crate) fn from_serde(subject: Subject, path: &str, e: &serde_json::Error) -> Error {
    let full = e.to_string();
    if e.is_syntax() || e.is_eof() || e.is_io() {
        return Error::Parse {
            subject,
            message: full,
        };
    }
    // Drop serde_json's " at line L column C": the path says where.
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    data_error(subject, path, message)
}

/// Map a serde data-error message (without position) at `path` to the crate's error.
pub(crate) fn data_error(subject: Subject, path: &str, message: &str) -> Error {
    if let Some(name) = quoted(message, "duplicate key ") {
        return Error::invalid(
            subject,
            join(path, name),
            "each key once",
            format!("duplicate key `{name}`"),
        );
    }
    if let Some(name) = quoted(message, "missing field ") {
        return Error::missing(subject, join(path, name), "a value (required)");
    }
    if let Some(name) = quoted(message, "unknown field ") {
        let expected = message
            .split_once(", expected ")
            .map_or("no other field", |(_, x)| x);
        // The path tracker has already recorded the unknown key.
        let shown = key_text(name);
        let field = if path == shown || path.ends_with(&format!(".{shown}")) {
            path.to_owned()
        } else {
            join(path, name)
        };
        return Error::invalid(
            subject,
            field,
            format!("a known field: {expected}"),
            format!("unknown field `{name}`"),
        );
    }
    if let Some(name) = quoted(message, "duplicate field ") {
        return Error::invalid(
            subject,
            join(path, name),
            "the field once",
            format!("duplicate field `{name}`"),
        );
    }
    let path = if path.is_empty() { "(document)" } else { path };
    for prefix in ["invalid type: ", "invalid value: ", "invalid length "] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if let Some((found, expected)) = rest.split_once(", expected ") {
                return Error::invalid(subject, path.to_owned(), expected.to_owned(), found);
            }
        }
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return Error::invalid(subject, path.to_owned(), expected.to_owned(), found);
        }
    }
    // Messages of the crate's own deserialisers: "expected …, found …".
    if let Some((expected, found)) = message
        .strip_prefix("expected ")
        .and_then(|m| m.split_once(", found "))
    {
        return Error::invalid(subject, path.to_owned(), expected.to_owned(), found);
    }
    Error::invalid(subject, path.to_owned(), "a valid value", message)
}
