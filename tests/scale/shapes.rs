//! Inputs of size `n` for the four shapes issue 10 item 8 found quadratic (shared by the scale
//! tests and the `scale` bench).

#![allow(dead_code)]

use std::borrow::Cow;

use antq::citation::{Citation, Instrument, Source};
use antq::explain::{Criterion, Decision};
use antq::law::qd3554::{Catalogue, CatalogueCriterion};
use antq::law::qd510::{DeductionFact, ScoreInput, ScoreItem, ScoreSheet, DISCIPLINE_DEDUCTION_ID};
use antq::roadmap::{Basis, Category, Metric, Roadmap, Target};
use antq::{KindTag, SafetyOutcome, UnitId};
use rust_decimal::Decimal;

fn provisional(id: String) -> Criterion {
    Criterion {
        id: Cow::Owned(id),
        source: Source {
            citation: Citation::instrument(Instrument::Provisional),
            provenance: antq::Provenance::Provisional,
        },
        vi: Cow::Borrowed("tiêu chí"),
        en: Cow::Borrowed("criterion"),
    }
}

/// The QĐ3554 catalogue with `n` criteria (all in its first group).
pub fn catalogue(n: usize) -> Catalogue {
    let mut c = Catalogue::qd3554();
    let groups: Vec<_> = c.groups.iter().map(|g| g.id.clone()).collect();
    c.criteria = (0..n)
        .map(|i| CatalogueCriterion {
            group: groups[i % groups.len()].clone(),
            criterion: provisional(format!("scale.c{i}")).into(),
        })
        .collect();
    c
}

/// A valid roadmap with up to `n` targets spread over 2000–2100 (at most 101 × 5 × 8 fit).
pub fn roadmap(n: usize) -> Roadmap {
    let mut targets = Vec::new();
    'fill: for year in 2000..=2100 {
        for category in Category::ALL {
            for (metric, basis) in [
                (Metric::ModelUnitRegistered, Basis::Annual),
                (Metric::ModelUnit, Basis::Annual),
                (Metric::ModelUnit, Basis::Cumulative),
                (Metric::SafetyRegistered, Basis::Annual),
                (Metric::SafetyRecognised, Basis::Annual),
                (Metric::NotYeu, Basis::Annual),
                (Metric::KhaOrBetter, Basis::Annual),
                (Metric::EffectiveModelRated, Basis::Annual),
            ] {
                if targets.len() == n {
                    break 'fill;
                }
                targets.push(Target {
                    id: Cow::Owned(format!("t{}", targets.len())),
                    year,
                    category,
                    metric,
                    basis,
                    min_share: Decimal::from((year - 2000) / 2),
                    source: Source {
                        citation: Citation::instrument(Instrument::Provisional),
                        provenance: antq::Provenance::Provisional,
                    },
                });
            }
        }
    }
    Roadmap {
        name: Cow::Borrowed("scale"),
        from_year: 2000,
        to_year: 2100,
        targets,
    }
}

/// The built-in commune sheet plus a group of `n` provisional zero-point items.
pub fn sheet(n: usize) -> ScoreSheet {
    let mut s = ScoreSheet::builtin(KindTag::Commune);
    let subs = (0..n)
        .map(|i| ScoreItem::awarded(provisional(format!("scale.i{i}")), 0))
        .collect();
    s.items
        .push(ScoreItem::group(provisional("scale.group".into()), subs));
    s
}

/// `n` discipline facts against the built-in sheet's discipline deduction, every fact id
/// given twice (so n / 2 are repeats).
pub fn facts(n: usize) -> ScoreInput {
    ScoreInput {
        facts: (0..n)
            .map(|k| DeductionFact::new(DISCIPLINE_DEDUCTION_ID, format!("fact-{}", k / 2)))
            .collect(),
        ..ScoreInput::default()
    }
}

/// A recognised commune's TT124 decision (no findings).
pub fn recognised(unit: &UnitId) -> Decision<SafetyOutcome> {
    Decision {
        unit: unit.clone(),
        outcome: SafetyOutcome::Recognised,
        findings: vec![],
    }
}
