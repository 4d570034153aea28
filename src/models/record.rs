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

/// The most criteria one review cites: the four actions, then the requirement's — either
/// "not asked" alone, or "≥ 1 effective model" for the unit's kind with, when a rating is
/// asked, the rating and the rating-scale note (three).
pub(super) const MAX_CITED: usize = 7;

/// What a review cites, without its findings: whether any finding is not met or unknown, and
/// each criterion cited with how many findings cite it, in order of first use — in place (at
/// most [`MAX_CITED`]), so a review allocates nothing for it.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct Tally<'p> {
    pub(super) open: bool,
    len: usize,
    /// The first `len` are the criteria cited; the rest hold a placeholder, never read.
    cited: [Cited<'p>; MAX_CITED],
}

impl Default for Tally<'_> {
    fn default() -> Self {
        Tally {
            open: false,
            len: 0,
            cited: [(&KEEP, None, 0, false); MAX_CITED],
        }
    }
}

impl std::fmt::Debug for Tally<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tally")
            .field("open", &self.open)
            .field("cited", &self.cited())
            .finish()
    }
}

impl<'p> Tally<'p> {
    /// The criteria cited, in order of first use.
    pub(super) fn cited(&self) -> &[Cited<'p>] {
        &self.cited[..self.len]
    }

    #[inline(always)]
    fn cite(&mut self, criterion: &'static Criterion, source: Option<&'p Source>, status: Status) {
        let open = matches!(status, Status::NotMet | Status::Unknown);
        self.open |= open;
        let len = self.len;
        match self.cited[..len]
            .iter_mut()
            .find(|e| std::ptr::eq(e.0, criterion))
        {
            Some(e) => {
                e.2 += 1;
                e.3 |= open;
            }
            // The rule code cites at most `MAX_CITED` criteria (the test
            // `son_duong_every_action_cites_seven_criteria` reaches the bound).
            None => {
                debug_assert!(
                    len < MAX_CITED,
                    "a review cites at most {MAX_CITED} criteria"
                );
                if let Some(slot) = self.cited.get_mut(len) {
                    *slot = (criterion, source, 1, open);
                    self.len = len + 1;
                }
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{ModelRating, ModelsPolicy};

    fn model(effective: Option<bool>, dossier: Option<bool>) -> MovementModel {
        MovementModel {
            id: "m".into(),
            name: "m".into(),
            effective,
            rating: Some(ModelRating::Kha),
            dossier_complete: dossier,
            has_dossier: None,
        }
    }

    /// Sơn Dương 54/KH-UBND §II.2 with the four actions of Sơn La …/UBND-NC §4a: the most a
    /// review cites — the four actions, "≥ 1 effective model", the rating and the scale note —
    /// is seven, the tally's room; each counted as often as it is cited.
    #[test]
    fn son_duong_every_action_cites_seven_criteria() {
        let policy = ModelsPolicy::son_duong_2026();
        let models = [
            model(Some(true), Some(true)),
            model(Some(true), Some(false)),
            model(Some(false), Some(true)),
            model(None, None),
            model(Some(true), Some(true)),
        ];
        let mut tally = Tally::default();
        let outcome = review_recorded(KindTag::Agency, &models, &policy, &mut tally);
        assert_eq!(outcome.effective, 3);
        let cited: Vec<(&str, u64, bool)> = tally
            .cited()
            .iter()
            .map(|&(c, _, n, open)| (c.id.as_ref(), n, open))
            .collect();
        assert_eq!(
            cited,
            [
                ("models.review.keep_and_replicate", 2, false),
                ("models.review.strengthen_dossier", 1, true),
                ("models.review.wind_up", 1, true),
                ("models.review.undetermined", 1, true),
                ("tt124.d6.k1.model", 1, false),
                ("models.rated_at_least", 1, false),
                ("provisional.model_rating_scale", 1, false),
            ]
        );
        assert_eq!(cited.len(), MAX_CITED);
        assert!(tally.open);
    }

    proptest::proptest! {
        /// DESIGN §23.1: what the year pipeline reads of a compact review — the criteria it
        /// counts (provisional) or cites (open) — is `criteria()` filtered so, the same objects
        /// with the same uses in the same order; the others are not built (no look-up of a
        /// re-cited criterion). TT124 Đ6 k1 models under the built-in policy, Sơn Dương 54/KH-
        /// UBND §II.2 (a rating, a provisional scale) and a policy re-citing every criterion
        /// under a provisional source; any models, every kind.
        #[test]
        fn models_provisional_or_open_is_criteria_filtered(
            p in 0usize..3,
            k in 0usize..5,
            picks in proptest::collection::vec((0u8..3, 0u8..3, 0u8..5), 0..6),
        ) {
            use crate::citation::{Citation, Instrument, Source};
            let policy = match p {
                0 => ModelsPolicy::tt124(),
                1 => ModelsPolicy::son_duong_2026(),
                _ => ModelsPolicy {
                    source: Some(Source::provisional(Citation::instrument(Instrument::Qd510))),
                    review_source: Some(Source::provincial(Citation::article(Instrument::Qd510, 4))),
                    ..ModelsPolicy::son_duong_2026()
                },
            };
            let b = |x: u8| [None, Some(true), Some(false)][usize::from(x)];
            let models: Vec<MovementModel> = picks
                .iter()
                .map(|&(e, d, r)| MovementModel {
                    rating: [None, Some(ModelRating::Yeu), Some(ModelRating::TrungBinh), Some(ModelRating::Kha), Some(ModelRating::XuatSac)][usize::from(r)],
                    ..model(b(e), b(d))
                })
                .collect();
            let compact = crate::models::review_compact(KindTag::ALL[k], &models, &policy);
            let all: Vec<_> = compact
                .criteria()
                .filter(|(c, _, open)| *open || c.source.is_provisional())
                .collect();
            let used: Vec<_> = compact.provisional_or_open(None).collect();
            proptest::prop_assert_eq!(used.len(), all.len());
            for ((a, n, o), (b, m, q)) in all.iter().zip(&used) {
                proptest::prop_assert!(a.same(b), "{} is another object", a.id);
                proptest::prop_assert_eq!((n, o), (m, q));
            }
            // Found once for the policy (DESIGN §24.1): equal criteria, same uses, same order.
            let recited = crate::models::Recited::new(&policy);
            let found: Vec<_> = compact.provisional_or_open(Some(&recited)).collect();
            proptest::prop_assert_eq!(&found, &used);
            for ((a, _, _), (b, _, _)) in found.iter().zip(&used) {
                proptest::prop_assert_eq!(&**a, &**b);
            }
            // Under another policy object (an equal copy): not found there, still the same.
            let copy = policy.clone();
            let elsewhere = crate::models::Recited::new(&copy);
            let other: Vec<_> = compact.provisional_or_open(Some(&elsewhere)).collect();
            proptest::prop_assert_eq!(&other, &used);
        }
    }
}
