//! Tuyến thẩm quyền của tỉnh — a province's own routing, as data.
//!
//! The built-in table ([`super::route_with`]) is the national default. A province file adds rules
//! that replace it for the procedures, kinds and levels they name: who decides (with the rule
//! naming it), who prepares, evaluates, appraises, advises or proposes and by when, and which
//! calendar rule gives the decision's deadline.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Subject};
use crate::regime::Regime;
use crate::unit::{KindTag, ManagingLevel};

use super::{Body, Procedure, Source, Step};

/// Quy định tuyến của tỉnh — one routing rule of a province.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteRule {
    /// The procedure routed.
    pub procedure: Procedure,
    /// The regime it applies in (`None`: both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regime: Option<Regime>,
    /// The kinds of unit it routes (at least one).
    pub kinds: Vec<KindTag>,
    /// The effective levels (managing or delegated) it routes; empty: every level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<ManagingLevel>,
    /// The body that decides.
    pub decider: Body,
    /// The rules naming the decider (at least one).
    pub basis: Vec<Source>,
    /// Who acts before the decision, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    /// Calendar key of the decision's deadline (national or the province's own entry); `None`
    /// keeps the national default's deadline for the procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
}

impl RouteRule {
    /// Whether the rule routes `procedure` for a unit of `kind` at effective `level` in
    /// `regime`.
    pub fn matches(
        &self,
        procedure: Procedure,
        kind: KindTag,
        level: ManagingLevel,
        regime: Regime,
    ) -> bool {
        self.procedure == procedure
            && self.regime.is_none_or(|r| r == regime)
            && self.kinds.contains(&kind)
            && (self.levels.is_empty() || self.levels.contains(&level))
    }

    fn overlaps(&self, other: &RouteRule) -> bool {
        self.procedure == other.procedure
            && match (self.regime, other.regime) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
            && self.kinds.iter().any(|k| other.kinds.contains(k))
            && (self.levels.is_empty()
                || other.levels.is_empty()
                || self.levels.iter().any(|l| other.levels.contains(l)))
    }
}

/// Tuyến thẩm quyền của tỉnh — the province's routing rules. Empty: the national default.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RoutingPolicy {
    /// The rules, the most specific file's first; within one file no two may route the same
    /// procedure, kind, level and regime.
    pub rules: Vec<RouteRule>,
}

impl RoutingPolicy {
    /// The rule routing this case, if the province has one (the first that matches).
    pub fn find(
        &self,
        procedure: Procedure,
        kind: KindTag,
        level: ManagingLevel,
        regime: Regime,
    ) -> Option<&RouteRule> {
        self.rules
            .iter()
            .find(|r| r.matches(procedure, kind, level, regime))
    }

    /// Check each rule (kinds and basis given) and that no two rules conflict — two rules of
    /// one file that route the same case would make the answer depend on their order. (Rules
    /// of a file and of the file it extends may overlap: the child's come first and win.)
    ///
    /// # Errors
    ///
    /// A rule without kinds or basis, or two rules of the file routing the same case (each names
    /// the subject and the rule's path).
    pub fn validate(&self, subject: Subject) -> Result<(), Error> {
        self.check_rules(subject.clone())?;
        for (i, r) in self.rules.iter().enumerate() {
            if let Some(j) = self.rules[..i].iter().position(|p| p.overlaps(r)) {
                return Err(Error::invalid(
                    subject,
                    format!("routing[{i}]"),
                    Cow::Owned(format!(
                        "a rule that does not route a case routing[{j}] already routes"
                    )),
                    format!("{} for the same kinds and levels", r.procedure.code()),
                ));
            }
        }
        Ok(())
    }

    /// Check each rule on its own: at least one kind and one source naming the decider.
    ///
    /// # Errors
    ///
    /// A rule without kinds, or without a source naming the decider.
    pub fn check_rules(&self, subject: Subject) -> Result<(), Error> {
        for (i, r) in self.rules.iter().enumerate() {
            if r.kinds.is_empty() {
                return Err(Error::invalid(
                    subject,
                    format!("routing[{i}].kinds"),
                    "at least one kind of unit",
                    "[]",
                ));
            }
            if r.basis.is_empty() {
                return Err(Error::invalid(
                    subject,
                    format!("routing[{i}].basis"),
                    "at least one source naming the decider",
                    "[]",
                ));
            }
        }
        Ok(())
    }

    /// Whether there are no rules (the national default throughout).
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// This policy with `child`'s rules layered on top: the child's rules come first, so for
    /// the cases they cover they win; the parent's still route every other case (a province
    /// file overriding part of what it extends).
    pub fn extended_by(&self, child: &RoutingPolicy) -> RoutingPolicy {
        RoutingPolicy {
            rules: child.rules.iter().chain(&self.rules).cloned().collect(),
        }
    }
}
