//! Bad input: one typed error that always names what was wrong, where, and what was expected.
//!
//! Error messages are in English (they are read by the programmers integrating the crate and
//! printed on stderr); decisions and reports are in Vietnamese by default.
//!
//! ```
//! use antq::law::tt124::Facts;
//! use antq::unit::{ManagingLevel, Unit, UnitKind};
//! use antq::{Policy, Subject};
//! // A residential area must name its commune: the error names the unit and the field.
//! let area = Unit::new("ban-1", "Bản 1", UnitKind::ResidentialArea, ManagingLevel::Commune);
//! let e = Policy::national().decide_safety(&area, 2026, &Facts::comfortably_met()).unwrap_err();
//! assert_eq!(e.subject(), &Subject::Unit("ban-1".into()));
//! assert_eq!(e.field(), Some("commune"));
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::id::UnitId;

/// What an error is about: a unit, or a piece of configuration.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "id")]
#[non_exhaustive]
pub enum Subject {
    /// A unit, by id.
    Unit(UnitId),
    /// A score sheet (QĐ510), by name.
    ScoreSheet(String),
    /// A policy, by name.
    Policy(String),
    /// A roadmap, by name.
    Roadmap(String),
    /// A criteria catalogue, by name.
    Catalogue(String),
    /// A recorded decision or procedure request.
    Procedure(String),
    /// The input document as a whole (e.g. malformed JSON).
    Input,
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Unit(id) => write!(f, "unit `{id}`"),
            Subject::ScoreSheet(n) => write!(f, "score sheet `{n}`"),
            Subject::Policy(n) => write!(f, "policy `{n}`"),
            Subject::Roadmap(n) => write!(f, "roadmap `{n}`"),
            Subject::Catalogue(n) => write!(f, "criteria catalogue `{n}`"),
            Subject::Procedure(n) => write!(f, "procedure `{n}`"),
            Subject::Input => f.write_str("input"),
        }
    }
}

/// Lỗi dữ liệu đầu vào — the crate's only error type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A field has a value the rules cannot accept.
    #[error("{subject}: field `{field}`: expected {expected}, found {found}")]
    Invalid {
        /// What the error is about.
        subject: Subject,
        /// The offending field (dotted path for nested fields).
        field: Cow<'static, str>,
        /// What was expected.
        expected: Cow<'static, str>,
        /// What was found.
        found: String,
    },
    /// A required field is missing.
    #[error("{subject}: field `{field}` is missing: expected {expected}")]
    Missing {
        /// What the error is about.
        subject: Subject,
        /// The missing field.
        field: Cow<'static, str>,
        /// What was expected.
        expected: Cow<'static, str>,
    },
    /// An id appears twice where ids must be unique.
    #[error("{subject}: field `{field}`: duplicate id `{id}`")]
    Duplicate {
        /// What the error is about.
        subject: Subject,
        /// The field holding the ids.
        field: Cow<'static, str>,
        /// The repeated id.
        id: String,
    },
    /// A reference to something that does not exist.
    #[error("{subject}: field `{field}`: unknown `{id}`")]
    UnknownReference {
        /// What the error is about.
        subject: Subject,
        /// The referring field.
        field: Cow<'static, str>,
        /// The id that was not found.
        id: String,
    },
    /// Input that could not be parsed at all (e.g. malformed JSON), with its position.
    #[error("{subject}: cannot parse: {message}")]
    Parse {
        /// What was being parsed.
        subject: Subject,
        /// The parser's message (line and column included).
        message: String,
    },
}

impl Error {
    /// An [`Error::Invalid`].
    pub fn invalid(
        subject: Subject,
        field: impl Into<Cow<'static, str>>,
        expected: impl Into<Cow<'static, str>>,
        found: impl fmt::Display,
    ) -> Self {
        Error::Invalid {
            subject,
            field: field.into(),
            expected: expected.into(),
            found: found.to_string(),
        }
    }

    /// An [`Error::Missing`].
    pub fn missing(
        subject: Subject,
        field: impl Into<Cow<'static, str>>,
        expected: impl Into<Cow<'static, str>>,
    ) -> Self {
        Error::Missing {
            subject,
            field: field.into(),
            expected: expected.into(),
        }
    }

    /// An [`Error::Duplicate`].
    pub fn duplicate(
        subject: Subject,
        field: impl Into<Cow<'static, str>>,
        id: impl fmt::Display,
    ) -> Self {
        Error::Duplicate {
            subject,
            field: field.into(),
            id: id.to_string(),
        }
    }

    /// An [`Error::UnknownReference`].
    pub fn unknown(
        subject: Subject,
        field: impl Into<Cow<'static, str>>,
        id: impl fmt::Display,
    ) -> Self {
        Error::UnknownReference {
            subject,
            field: field.into(),
            id: id.to_string(),
        }
    }

    /// What the error is about.
    pub fn subject(&self) -> &Subject {
        match self {
            Error::Invalid { subject, .. }
            | Error::Missing { subject, .. }
            | Error::Duplicate { subject, .. }
            | Error::UnknownReference { subject, .. }
            | Error::Parse { subject, .. } => subject,
        }
    }

    /// The field the error names, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. }
            | Error::Missing { field, .. }
            | Error::Duplicate { field, .. }
            | Error::UnknownReference { field, .. } => Some(field),
            Error::Parse { .. } => None,
        }
    }
}
