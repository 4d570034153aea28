//! Tiêu chí bổ sung của tỉnh — provincial additions allowed by TT124 Đ8 k1, as data.
//!
//! TT124 itself knows no province: a policy hands it a list of [`AdditionalRule`]s. Each rule
//! is a criterion (id, source, labels), the kinds it applies to and its [`Effect`]. The Sơn La
//! 2026 rules (Sơn La …/UBND-NC §1b) are built from this mechanism in [`crate::policy`].
//!
//! ```
//! use antq::Policy;
//! // Provincial additions come with the province's policy (here Sơn La's tax rules, §1b).
//! let son_la = Policy::son_la_2026();
//! assert_eq!(son_la.additions.rules.len(), 2);
//! assert!(Policy::national().additions.rules.is_empty());
//! ```

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::ended::Ended;
use super::facts::Facts;
use super::readings::Readings;
use crate::explain::{CriterionRef, Finding, Record, Status, Value};
use crate::outcome::ExclusionReason;
use crate::unit::KindTag;

/// What a provincial rule does.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "key")]
#[non_exhaustive]
pub enum Effect {
    /// The unit is not reviewed at all while it has outstanding tax debt (`Facts::tax_debt`).
    ExcludeWhenTaxDebt,
    /// The unit is not reviewed when the yes/no fact `Facts::extra[key]` is true.
    ExcludeWhenFact(Cow<'static, str>),
    /// The proposal dossier must contain this document (`Facts::documents`); without it the
    /// unit is not reviewed (dossier incomplete).
    RequireDocument(Cow<'static, str>),
    /// An extra criterion: `Facts::extra[key]` must be true, or the unit is not recognised.
    RequireFact(Cow<'static, str>),
}

/// Một tiêu chí bổ sung — one provincial rule.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdditionalRule {
    /// The criterion (id, source with provenance, labels); shared, so findings never copy it.
    pub criterion: CriterionRef,
    /// The kinds of unit it applies to.
    pub applies_to: Vec<KindTag>,
    /// What it does.
    pub effect: Effect,
}

/// Tiêu chí bổ sung — the provincial additions in force for an evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Additions {
    /// The rules, checked in order after the article's own criteria.
    pub rules: Vec<AdditionalRule>,
    /// The readings taken of ambiguous TT124 clauses (DESIGN.md §13); default: the library's
    /// argued choice.
    #[serde(default)]
    pub readings: Readings,
}

impl Additions {
    /// No provincial additions.
    pub fn none() -> Self {
        Additions::default()
    }
}

/// The result of one rule for one unit: its finding and, when it excludes the unit from
/// review, why.
pub fn check(rule: &AdditionalRule, f: &Facts) -> (Finding, Option<ExclusionReason>) {
    let mut out = Vec::with_capacity(1);
    let excl = record(rule, f, &mut out).and_then(Ended::exclusion);
    (out.pop().expect("one finding recorded"), excl)
}

/// [`check`] through a recorder: records the rule's finding and returns the exclusion, if any
/// ([`Ended::ProvincialExclusion`] or [`Ended::MissingDocument`], naming the rule's id or its
/// document by reference).
#[inline(always)]
pub(crate) fn record<'r, R: Record>(
    rule: &'r AdditionalRule,
    f: &Facts,
    out: &mut R,
) -> Option<Ended<'r>> {
    let c = &rule.criterion;
    match &rule.effect {
        Effect::ExcludeWhenTaxDebt => exclude_when(out, c, f.tax_debt),
        Effect::ExcludeWhenFact(key) => exclude_when(out, c, f.extra.get(key.as_ref()).copied()),
        Effect::RequireDocument(doc) => match &f.documents {
            None => {
                out.record_rule(c, Status::Unknown, || {
                    (Value::None, Value::Text(doc.clone()))
                });
                None
            }
            Some(docs) => {
                let present = docs.iter().any(|d| d == doc.as_ref());
                out.record_rule(
                    c,
                    if present { Status::Met } else { Status::NotMet },
                    || (Value::Bool(present), Value::Text(doc.clone())),
                );
                (!present).then_some(Ended::MissingDocument(doc))
            }
        },
        Effect::RequireFact(key) => {
            boolean(out, c, f.extra.get(key.as_ref()).copied(), true);
            None
        }
    }
}

#[inline(always)]
fn boolean<R: Record>(out: &mut R, c: &CriterionRef, v: Option<bool>, required: bool) {
    let status = match v {
        None => Status::Unknown,
        Some(v) if v == required => Status::Met,
        Some(_) => Status::NotMet,
    };
    out.record_rule(c, status, || {
        (v.map_or(Value::None, Value::Bool), Value::Bool(required))
    });
}

#[inline(always)]
fn exclude_when<'r, R: Record>(
    out: &mut R,
    c: &'r CriterionRef,
    v: Option<bool>,
) -> Option<Ended<'r>> {
    boolean(out, c, v, false);
    (v == Some(true)).then_some(Ended::ProvincialExclusion(&c.id))
}
