//! How a TT124 decision ended, as the rule code produces it: the [`SafetyOutcome`] without its
//! owned ids. An exclusion by a provincial rule names the rule's id, and one for a missing
//! document the document's id, by reference into the [`Additions`](super::Additions) decided
//! under, so deciding copies no text and a compact decision has no drop glue (DESIGN §28.1).
//! The owned outcome is made when someone reads it ([`Ended::outcome`]).

use std::borrow::Cow;

use crate::outcome::{ExclusionReason, NotSubjectReason, SafetyOutcome};

/// A [`SafetyOutcome`] whose exclusions borrow their ids (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ended<'a> {
    /// [`SafetyOutcome::NotSubject`].
    NotSubject(NotSubjectReason),
    /// [`ExclusionReason::NotRegistered`].
    NotRegistered,
    /// [`ExclusionReason::MissingDocument`]: the document's id.
    MissingDocument(&'a Cow<'static, str>),
    /// [`ExclusionReason::ProvincialExclusion`]: the rule's id.
    ProvincialExclusion(&'a Cow<'static, str>),
    /// [`SafetyOutcome::NotRecognised`].
    NotRecognised,
    /// [`SafetyOutcome::Recognised`].
    Recognised,
    /// [`SafetyOutcome::CannotDecide`].
    CannotDecide,
}

impl Ended<'_> {
    /// The owned outcome (an exclusion's id cloned).
    pub(crate) fn outcome(self) -> SafetyOutcome {
        match self {
            Ended::NotSubject(r) => SafetyOutcome::NotSubject(r),
            Ended::NotRecognised => SafetyOutcome::NotRecognised,
            Ended::Recognised => SafetyOutcome::Recognised,
            Ended::CannotDecide => SafetyOutcome::CannotDecide,
            Ended::NotRegistered => {
                SafetyOutcome::ExcludedFromReview(ExclusionReason::NotRegistered)
            }
            Ended::MissingDocument(doc) => {
                SafetyOutcome::ExcludedFromReview(ExclusionReason::MissingDocument(doc.clone()))
            }
            Ended::ProvincialExclusion(id) => {
                SafetyOutcome::ExcludedFromReview(ExclusionReason::ProvincialExclusion(id.clone()))
            }
        }
    }

    /// The reason of an exclusion from review (`None` for every other ending).
    pub(crate) fn exclusion(self) -> Option<ExclusionReason> {
        match self.outcome() {
            SafetyOutcome::ExcludedFromReview(e) => Some(e),
            _ => None,
        }
    }
}
