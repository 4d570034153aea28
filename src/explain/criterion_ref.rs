//! [`CriterionRef`]: a finding's cheap handle on its criterion, built in or loaded.

use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::Criterion;

/// A shared reference to a criterion: a `static` built-in one, or one loaded at run time
/// (e.g. from JSON) behind an `Arc`. Findings hold this, so building a finding never copies a
/// criterion's text; it dereferences to [`Criterion`] and serializes as one.
#[derive(Clone)]
pub enum CriterionRef {
    /// A built-in criterion.
    Static(&'static Criterion),
    /// A criterion loaded at run time.
    Shared(Arc<Criterion>),
}

impl Deref for CriterionRef {
    type Target = Criterion;
    fn deref(&self) -> &Criterion {
        match self {
            CriterionRef::Static(c) => c,
            CriterionRef::Shared(c) => c,
        }
    }
}

impl CriterionRef {
    /// Whether both refer to the same criterion object (a pointer comparison; equal criteria
    /// loaded twice are not the same object).
    pub fn same(&self, other: &CriterionRef) -> bool {
        std::ptr::eq::<Criterion>(&**self, &**other)
    }
}

impl From<&'static Criterion> for CriterionRef {
    fn from(c: &'static Criterion) -> Self {
        CriterionRef::Static(c)
    }
}

impl From<Criterion> for CriterionRef {
    fn from(c: Criterion) -> Self {
        CriterionRef::Shared(Arc::new(c))
    }
}

impl From<Arc<Criterion>> for CriterionRef {
    fn from(c: Arc<Criterion>) -> Self {
        CriterionRef::Shared(c)
    }
}

impl std::fmt::Debug for CriterionRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl PartialEq for CriterionRef {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for CriterionRef {}

impl std::hash::Hash for CriterionRef {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl PartialOrd for CriterionRef {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CriterionRef {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (**self).cmp(&**other)
    }
}

impl Serialize for CriterionRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for CriterionRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Criterion::deserialize(d).map(CriterionRef::from)
    }
}
