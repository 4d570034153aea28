//! The commune stage: commune references checked, the Đ5 k4 summary of each commune.

use std::collections::BTreeMap;

use super::super::report::*;
use crate::error::{Error, Subject};
use crate::law::tt124::UnitCounts;
use crate::outcome::{MovementClass, SafetyOutcome};
use crate::unit::KindTag;

/// Least `k` with `k ≥ 70% of total`.
fn seventy_percent_of(total: u32) -> i64 {
    (i64::from(total) * 70 + 99) / 100
}

pub(super) fn commune_summary(
    r: &UnitReport,
    units: UnitCounts,
    classes: Option<BTreeMap<MovementClass, u32>>,
) -> CommuneSummary {
    let share = share_percent(u64::from(units.recognised), u64::from(units.total), 2);
    let margin = i64::from(units.recognised) - seventy_percent_of(units.total);
    CommuneSummary {
        id: r.id.clone(),
        name: r.name.clone(),
        outcome: r.safety.clone(),
        units,
        recognised_share: share,
        margin,
        classes: classes.unwrap_or_default(),
        at_risk: r.safety != SafetyOutcome::Recognised || (units.total > 0 && margin <= 0),
    }
}

/// Every commune reference must name a commune-level unit (first offender by unit id).
/// `named` are the distinct communes the reports name: when each is a commune (the usual
/// case) nothing more is checked; else the reports are searched for the first offender.
/// Checked against the communes only — a few thousand ids, cache-resident — so the cost stays
/// linear in the number of units.
pub(super) fn check_commune_references<'a>(
    communes: impl Iterator<Item = &'a str>,
    mut named: impl Iterator<Item = &'a str>,
    reports: &[UnitReport],
) -> Result<(), Error> {
    let mut commune_ids: Vec<&str> = communes.collect();
    commune_ids.sort_unstable();
    if named.all(|c| commune_ids.binary_search(&c).is_ok()) {
        return Ok(());
    }
    // Communes hold their places among the reports by placeholders, not yet decided: only the
    // other units are searched, as when the communes were kept apart.
    let other_units = || reports.iter().filter(|u| u.kind != KindTag::Commune);
    let offender = other_units()
        .filter_map(|u| u.commune.as_ref().map(|c| (&u.id, c)))
        .filter(|(_, c)| commune_ids.binary_search(&c.as_str()).is_err())
        .min_by(|a, b| a.0.cmp(b.0));
    if let Some((unit, c)) = offender {
        let subject = Subject::Unit(unit.clone());
        return Err(if other_units().any(|u| u.id == *c) {
            Error::invalid(subject, "unit.commune", "the id of a commune-level unit", c)
        } else {
            Error::unknown(subject, "unit.commune", c)
        });
    }
    Ok(())
}
