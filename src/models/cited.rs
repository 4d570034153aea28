//! The movement-model criteria as a policy cites them: built in, or re-cited under the
//! policy's own document (built once per criterion and source).

use crate::citation::{Citation, Cited, DocRef, Source};
use crate::explain::{Criterion, CriterionRef};

/// `c` as built in, or with the policy's document as its source. The re-cited criteria are
/// remembered (per thread, the last [`RECITED`]), so that reviewing many units under one policy
/// builds each once: the same object comes back for the same criterion and source.
pub(super) fn cited(c: &'static Criterion, source: Option<&Source>) -> CriterionRef {
    let Some(s) = source else {
        return c.into();
    };
    RECITED_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        let hit = cache
            .iter()
            .find(|(built_in, source, _)| std::ptr::eq(*built_in, c) && same_source(source, s));
        if let Some((_, _, r)) = hit {
            return r.clone();
        }
        let r = recite(c, s);
        if cache.len() == RECITED {
            cache.remove(0);
        }
        cache.push((c, s.clone(), r.clone()));
        r
    })
}

/// `c` with `source` as its source (a new object).
pub(super) fn recite(c: &'static Criterion, source: &Source) -> CriterionRef {
    Criterion {
        source: source.clone(),
        ..c.clone()
    }
    .into()
}

/// `a == b`, without comparing the documents field by field when both cite the same document
/// object: the cache keeps a clone of the policy's source, which shares the policy's document
/// (an `Arc`, or a `static`), so a look-up under the same policy finds it by address. Any
/// other pair of documents is compared as `==` does.
#[inline]
pub(super) fn same_source(a: &Source, b: &Source) -> bool {
    let Source {
        citation,
        provenance,
    } = a;
    *provenance == b.provenance && same_citation(citation, &b.citation)
}

#[inline]
fn same_citation(a: &Citation, b: &Citation) -> bool {
    // Every field, named, so that a field added to `Citation` is not left out here.
    let Citation {
        cites,
        article,
        clause,
        point,
        section,
    } = a;
    *article == b.article
        && *clause == b.clause
        && *point == b.point
        && match (section, &b.section) {
            (None, None) => true,
            (Some(x), Some(y)) => same_text(x, y),
            _ => false,
        }
        && match (cites, &b.cites) {
            (Cited::Document(x), Cited::Document(y)) => same_document(x, y) || x == y,
            (x, y) => x == y,
        }
}

/// `a == b` byte by byte in line: sections are a few bytes ("4a", "II.2"), shorter than the
/// call to `memcmp` that `==` makes.
#[inline]
fn same_text(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// Whether both refer to the same document object.
#[inline]
fn same_document(a: &DocRef, b: &DocRef) -> bool {
    match (a, b) {
        (DocRef::Static(x), DocRef::Static(y)) => std::ptr::eq(*x, *y),
        (DocRef::Shared(x), DocRef::Shared(y)) => std::sync::Arc::ptr_eq(x, y),
        _ => false,
    }
}

/// Re-cited criteria remembered per thread.
const RECITED: usize = 16;

thread_local! {
    static RECITED_CACHE: std::cell::RefCell<Vec<(&'static Criterion, Source, CriterionRef)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

#[cfg(test)]
mod tests {
    use super::super::{EFFECTIVE_SCHOOL, RATED_KHA};
    use super::*;
    use crate::citation::{Citation, Instrument};

    /// Re-citing under one source gives one object (so the year's collector meets one address);
    /// another source gives another criterion, cited by it.
    #[test]
    fn re_cited_criteria_are_built_once_per_criterion_and_source() {
        let a = Source::provincial(Citation::instrument(Instrument::Qd510));
        let b = Source::provisional(Citation::instrument(Instrument::Qd510));
        let first = cited(&RATED_KHA, Some(&a));
        assert!(first.same(&cited(&RATED_KHA, Some(&a))));
        assert_eq!(first.source, a);
        let other = cited(&RATED_KHA, Some(&b));
        assert!(!other.same(&first));
        assert_eq!(other.source, b);
        assert_eq!(other.id, RATED_KHA.id);
        assert!(!cited(&EFFECTIVE_SCHOOL, Some(&a)).same(&first));
        assert!(cited(&RATED_KHA, None).same(&CriterionRef::from(&RATED_KHA)));
        // Past the cache's size the oldest is built again, with the same content.
        for y in 0..RECITED as u16 + 2 {
            let s = Source::provincial(Citation::article(Instrument::Qd510, y + 100));
            let _ = cited(&RATED_KHA, Some(&s));
        }
        let again = cited(&RATED_KHA, Some(&a));
        assert_eq!(*again, *first);
    }

    /// Sơn La …/UBND-NC §4a re-cites the review: under the province file's document (an `Arc`)
    /// the look-up finds the criterion by the document's address; an equal document loaded
    /// again (another `Arc`) still finds the same object (compared by value), and a document
    /// that differs in one field, or another section, gives another criterion.
    #[test]
    fn son_la_4a_re_cited_review_is_found_by_address_or_by_value() {
        use crate::citation::Document;
        use std::sync::Arc;
        let doc: Document = crate::provinces::documents::BAC_KAN_UBND_2023.clone();
        let under = |d: &Arc<Document>, section: &'static str| {
            Source::provincial(Citation::in_document(DocRef::Shared(d.clone()), section))
        };
        let a = Arc::new(doc.clone());
        let first = cited(&super::super::KEEP, Some(&under(&a, "4a")));
        let by_address = cited(&super::super::KEEP, Some(&under(&a, "4a")));
        assert!(same_source(&under(&a, "4a"), &under(&a, "4a")));
        assert!(by_address.same(&first));
        let again = Arc::new(doc.clone());
        assert!(same_source(&under(&a, "4a"), &under(&again, "4a")));
        assert!(cited(&super::super::KEEP, Some(&under(&again, "4a"))).same(&first));
        let mut renamed = doc;
        renamed.title = "another title".into();
        let renamed = Arc::new(renamed);
        assert!(!same_source(&under(&a, "4a"), &under(&renamed, "4a")));
        assert!(!cited(&super::super::KEEP, Some(&under(&renamed, "4a"))).same(&first));
        assert!(!same_source(&under(&a, "4a"), &under(&a, "4b")));
        let b = Source::reported(under(&a, "4a").citation);
        assert!(!same_source(&under(&a, "4a"), &b));
        // A static document and the same document behind an `Arc` are equal by value.
        let s = Source::provincial(Citation::doc_section(
            &crate::provinces::documents::BAC_KAN_UBND_2023,
            "4a",
        ));
        assert!(same_source(&s, &under(&a, "4a")));
        assert!(same_source(&s, &s.clone()));
    }

    fn source(
        (doc, provenance, article, clause, point, section): (u8, u8, u8, u8, u8, u8),
        docs: &[DocRef],
    ) -> Source {
        use crate::citation::{Instrument, Provenance};
        let cites = match doc % 6 {
            0 => Cited::Instrument(Instrument::Tt124),
            1 => Cited::Instrument(Instrument::Qd3554),
            d => Cited::Document(docs[usize::from(d - 2)].clone()),
        };
        let pick = |v: u8, n: u8| (v % (n + 1) != 0).then_some(v % (n + 1));
        Source {
            citation: Citation {
                cites,
                article: pick(article, 2).map(u16::from),
                clause: pick(clause, 2).map(u16::from),
                point: pick(point, 2).map(|p| char::from(b'a' + p)),
                section: pick(section, 3).map(|s| ["4a", "4b", "II.2"][usize::from(s - 1)].into()),
            },
            provenance: [
                Provenance::Text,
                Provenance::ProvincialDocument,
                Provenance::Reported,
                Provenance::Provisional,
            ][usize::from(provenance % 4)],
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// The re-cite cache's comparison is `==` on sources (Sơn La …/UBND-NC §4a re-cites
        /// under a document): whatever the instrument or document (the same object, an equal
        /// copy, a `static` one, one that differs in a field), provenance, article, clause,
        /// point and section.
        #[test]
        fn re_cited_source_comparison_is_equality(
            a in proptest::prelude::any::<(u8, u8, u8, u8, u8, u8)>(),
            to in proptest::prelude::any::<u8>(),
            field in 0usize..8,
        ) {
            use crate::citation::Document;
            use std::sync::Arc;
            let doc: Document = crate::provinces::documents::SON_LA_UBND_NC_2026.clone();
            let shared = Arc::new(doc.clone());
            let mut other = doc.clone();
            other.note = Some("another note".into());
            let docs = [
                DocRef::Shared(shared.clone()),
                DocRef::Shared(Arc::new(doc)),
                DocRef::Static(&crate::provinces::documents::SON_LA_UBND_NC_2026),
                DocRef::Shared(Arc::new(other)),
            ];
            // `b` is `a` with one field (or none) set to `to`: equal pairs are frequent.
            let mut f = [a.0, a.1, a.2, a.3, a.4, a.5];
            if let Some(v) = f.get_mut(field) {
                *v = to;
            }
            let b = (f[0], f[1], f[2], f[3], f[4], f[5]);
            let (x, y) = (source(a, &docs), source(b, &docs));
            proptest::prop_assert_eq!(same_source(&x, &y), x == y);
            proptest::prop_assert!(same_source(&x, &x.clone()));
        }
    }
}
