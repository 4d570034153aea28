//! The movement-model criteria as a policy cites them: built in, or re-cited under the
//! policy's own document (built once per criterion and source).

use crate::citation::Source;
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
            .find(|(built_in, source, _)| std::ptr::eq(*built_in, c) && source == s);
        if let Some((_, _, r)) = hit {
            return r.clone();
        }
        let r: CriterionRef = Criterion {
            source: s.clone(),
            ..c.clone()
        }
        .into();
        if cache.len() == RECITED {
            cache.remove(0);
        }
        cache.push((c, s.clone(), r.clone()));
        r
    })
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
}
