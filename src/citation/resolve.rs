//! Resolving document keys while a province file is read.
//!
//! In JSON a citation to a provincial document names the document by its key
//! (`{"document": "hung_yen_bcd_07_2026", "section": "1(2)"}`). The province loader declares the
//! documents in scope (those of the file and of the files it extends) and the year the file
//! starts to apply, then deserialises the file; each key is resolved as it is read, so an
//! undeclared key — or a document dated after the first year it is applied to — fails with the
//! path inside the file (the loader tracks the path). Outside a scope no key resolves.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::{DocRef, Document};

#[derive(Default)]
struct Scope {
    documents: BTreeMap<String, DocRef>,
    first_year: Option<i32>,
}

thread_local! {
    static SCOPE: RefCell<Vec<Scope>> = const { RefCell::new(Vec::new()) };
}

/// Run `f` with `documents` in scope for document keys, checking that no document cited is
/// dated after `first_year` (when given). Scopes nest; the innermost one answers.
pub fn with_documents<R>(
    documents: impl IntoIterator<Item = DocRef>,
    first_year: Option<i32>,
    f: impl FnOnce() -> R,
) -> R {
    struct Pop;
    impl Drop for Pop {
        fn drop(&mut self) {
            SCOPE.with(|s| {
                s.borrow_mut().pop();
            });
        }
    }
    let scope = Scope {
        documents: documents
            .into_iter()
            .map(|d| (d.key.to_string(), d))
            .collect(),
        first_year,
    };
    SCOPE.with(|s| s.borrow_mut().push(scope));
    let _pop = Pop;
    f()
}

/// The document declared under `key` in the current scope.
pub(crate) fn resolve(key: &str) -> Result<DocRef, String> {
    SCOPE.with(|s| {
        let s = s.borrow();
        let Some(scope) = s.last() else {
            return Err(format!(
                "document `{key}` is not declared: document keys resolve only inside a province \
                 file, against its `documents`"
            ));
        };
        let Some(doc) = scope.documents.get(key) else {
            let known: Vec<&str> = scope.documents.keys().map(String::as_str).collect();
            return Err(format!(
                "document `{key}` is not declared: expected one of the documents declared in the \
                 file or the files it extends ({})",
                if known.is_empty() {
                    "none declared".to_owned()
                } else {
                    known.join(", ")
                }
            ));
        };
        check_year(doc, scope.first_year)?;
        Ok(doc.clone())
    })
}

/// Check a document written out in full against the current scope's first year.
pub(crate) fn check_date(doc: &Document) -> Result<(), String> {
    SCOPE.with(|s| match s.borrow().last() {
        Some(scope) => check_year(doc, scope.first_year),
        None => Ok(()),
    })
}

fn check_year(doc: &Document, first_year: Option<i32>) -> Result<(), String> {
    match first_year {
        Some(y) if doc.date.year > y => Err(format!(
            "document `{}` is dated {}, after {y}, the first year this file applies its rules to: \
             expected a document issued in or before {y}",
            doc.key, doc.date
        )),
        _ => Ok(()),
    }
}
