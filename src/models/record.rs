//! The yearly review's rule code, written once: [`review_recorded`] decides each model's action
//! and the requirement, and writes every finding's criterion and status through a [`Sink`].
//! `Vec<Finding>` builds the full explanation ([`review_into`](super::review_into)); [`Tally`]
//! keeps only whether something is to be listed and which criteria were cited, how often
//! ([`review_compact`](super::review_compact)).

use std::borrow::Cow;

use super::cited::cited;
use super::{
    action, ModelAction, ModelsOutcome, ModelsPolicy, MovementModel, EFFECTIVE_AGENCY,
    EFFECTIVE_COMMUNE, EFFECTIVE_RESIDENTIAL, EFFECTIVE_SCHOOL, KEEP, RATED_KHA, RATING_SCALE,
    RESIDENTIAL_NOT_ASKED, STRENGTHEN, UNDETERMINED, WIND_UP,
};
use crate::citation::Source;
use crate::explain::{Criterion, Finding, Status, Value};
use crate::unit::KindTag;

/// Where the review writes its findings, in order: one per model, then the requirement's.
/// A criterion comes as the built-in one and the policy's document that re-cites it, if any.
pub(super) trait Sink<'p> {
    /// The action criterion of `model` and its status.
    fn model(
        &mut self,
        criterion: &'static Criterion,
        source: Option<&'p Source>,
        status: Status,
        model: &MovementModel,
    );
    /// A finding of the requirement (its values are cheap: counts and static texts).
    fn requirement(
        &mut self,
        criterion: &'static Criterion,
        source: Option<&'p Source>,
        status: Status,
        observed: Value,
        required: Value,
    );
}

impl<'p> Sink<'p> for Vec<Finding> {
    fn model(
        &mut self,
        criterion: &'static Criterion,
        source: Option<&'p Source>,
        status: Status,
        model: &MovementModel,
    ) {
        self.push(Finding::new(
            cited(criterion, source),
            status,
            Value::Text(Cow::Owned(model.id.clone())),
            Value::None,
        ));
    }
    fn requirement(
        &mut self,
        criterion: &'static Criterion,
        source: Option<&'p Source>,
        status: Status,
        observed: Value,
        required: Value,
    ) {
        self.push(Finding {
            criterion: cited(criterion, source),
            status,
            observed,
            required,
        });
    }
}

/// A criterion cited by a review: built in, the document re-citing it, how many findings, and
/// whether one of them is not met or unknown.
pub(super) type Cited<'p> = (&'static Criterion, Option<&'p Source>, u64, bool);

/// What a review cites, without its findings: whether any finding is not met or unknown, and
/// each criterion cited with how many findings cite it, in order of first use (at most seven:
/// four actions, three of the requirement — no allocation beyond the first).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Tally<'p> {
    pub(super) open: bool,
    pub(super) cited: Vec<Cited<'p>>,
}

impl<'p> Tally<'p> {
    #[inline(always)]
    fn cite(&mut self, criterion: &'static Criterion, source: Option<&'p Source>, status: Status) {
        let open = matches!(status, Status::NotMet | Status::Unknown);
        self.open |= open;
        match self.cited.iter_mut().find(|e| std::ptr::eq(e.0, criterion)) {
            Some(e) => {
                e.2 += 1;
                e.3 |= open;
            }
            None => self.cited.push((criterion, source, 1, open)),
        }
    }
}

impl<'p> Sink<'p> for Tally<'p> {
    #[inline(always)]
    fn model(
        &mut self,
        criterion: &'static Criterion,
        source: Option<&'p Source>,
        status: Status,
        _: &MovementModel,
    ) {
        self.cite(criterion, source, status);
    }
    #[inline(always)]
    fn requirement(
        &mut self,
        criterion: &'static Criterion,
        source: Option<&'p Source>,
        status: Status,
        _: Value,
        _: Value,
    ) {
        self.cite(criterion, source, status);
    }
}

fn effective_criterion(kind: KindTag) -> &'static Criterion {
    match kind {
        KindTag::ResidentialArea => &EFFECTIVE_RESIDENTIAL,
        KindTag::Commune => &EFFECTIVE_COMMUNE,
        KindTag::Agency | KindTag::Enterprise => &EFFECTIVE_AGENCY,
        KindTag::School => &EFFECTIVE_SCHOOL,
    }
}

fn count_status(count: u32, unknown: u32) -> Status {
    if count >= 1 {
        Status::Met
    } else if unknown > 0 {
        Status::Unknown
    } else {
        Status::NotMet
    }
}

fn worst(a: Status, b: Status) -> Status {
    if a == Status::NotMet || b == Status::NotMet {
        Status::NotMet
    } else if a == Status::Unknown || b == Status::Unknown {
        Status::Unknown
    } else {
        Status::Met
    }
}

/// The review (see [`review`](super::review)): each model's action, the counts and the
/// requirement, every finding written to `sink` in order.
#[inline(always)]
pub(super) fn review_recorded<'p>(
    kind: KindTag,
    models: &[MovementModel],
    policy: &'p ModelsPolicy,
    sink: &mut impl Sink<'p>,
) -> ModelsOutcome {
    let rating_asked = policy.min_rating.is_some();
    let mut actions = Vec::with_capacity(models.len());
    let (mut effective, mut effective_unknown) = (0u32, 0u32);
    let (mut rated, mut rated_unknown) = (0u32, 0u32);
    for m in models {
        let a = action(m);
        actions.push(a);
        let (criterion, status) = match a {
            ModelAction::KeepAndReplicate => (&KEEP, Status::Met),
            ModelAction::StrengthenDossier => (&STRENGTHEN, Status::NotMet),
            ModelAction::WindUp => (&WIND_UP, Status::NotMet),
            ModelAction::Undetermined => (&UNDETERMINED, Status::Unknown),
        };
        sink.model(criterion, policy.review_source.as_ref(), status, m);
        match m.effective {
            Some(true) => {
                effective += 1;
                match (policy.min_rating, m.rating) {
                    (None, _) => rated += 1,
                    (Some(min), Some(r)) if r >= min => rated += 1,
                    (Some(_), Some(_)) => {}
                    (Some(_), None) => rated_unknown += 1,
                }
            }
            Some(false) => {}
            None => {
                effective_unknown += 1;
                rated_unknown += 1;
            }
        }
    }
    let applies = kind != KindTag::ResidentialArea || policy.residential_areas;
    // Only the residential-area requirement is re-cited by the policy's document.
    let effective_source = match kind {
        KindTag::ResidentialArea => policy.source.as_ref(),
        _ => None,
    };
    let requirement = if !applies {
        sink.requirement(
            &RESIDENTIAL_NOT_ASKED,
            None,
            Status::NotApplicable,
            Value::None,
            Value::None,
        );
        Status::NotApplicable
    } else {
        let eff_status = count_status(effective, effective_unknown);
        sink.requirement(
            effective_criterion(kind),
            effective_source,
            eff_status,
            Value::Count(u64::from(effective)),
            Value::AtLeast(1),
        );
        if let Some(min) = policy.min_rating {
            let rated_status = count_status(rated, rated_unknown);
            sink.requirement(
                &RATED_KHA,
                policy.source.as_ref(),
                rated_status,
                Value::Count(u64::from(rated)),
                Value::Text(Cow::Borrowed(min.name_vi())),
            );
            sink.requirement(&RATING_SCALE, None, Status::Met, Value::None, Value::None);
            worst(eff_status, rated_status)
        } else {
            eff_status
        }
    };
    ModelsOutcome {
        requirement,
        effective,
        effective_rated: if rating_asked { rated } else { effective },
        actions,
    }
}
