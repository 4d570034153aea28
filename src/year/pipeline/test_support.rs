//! What the pipeline's tests of model-unit decisions share: a unit, a catalogue grown to any
//! size, and everything the pipeline reads of a compact decision, to compare two ways of
//! deciding.

use crate::explain::Finding;
use crate::law::qd3554::{Catalogue, CompactModelUnit};
use crate::unit::{ManagingLevel, Unit, UnitKind};

/// A province-managed agency.
pub(super) fn agency() -> Unit {
    Unit::new(
        "cq-1",
        "Cơ quan 1",
        UnitKind::agency(),
        ManagingLevel::Province,
    )
}

/// Everything the pipeline reads of a compact model-unit decision.
pub(super) fn read(c: &CompactModelUnit<'_>) -> String {
    let mut open: Vec<Finding> = Vec::new();
    if c.has_open_findings() {
        c.open_findings_into(&mut open);
    }
    let statuses: Vec<_> = (0..c.catalogue().criteria.len())
        .map(|i| c.status_of(i))
        .collect();
    format!(
        "{:?} {:?} {} {} {:?} {:?}",
        c.outcome(),
        c.registered(),
        c.met(),
        c.unmet(),
        statuses,
        open
    )
}

/// The QĐ3554 catalogue with `n` criteria (the built-in twelve, then `qd3554.x13`, …).
pub(super) fn grown(n: usize) -> Catalogue {
    let mut c = Catalogue::qd3554();
    let template = c.criteria[0].clone();
    c.criteria.truncate(n);
    for i in c.criteria.len()..n {
        let mut extra = template.clone();
        let mut criterion = (*template.criterion).clone();
        criterion.id = format!("qd3554.x{i:02}").into();
        extra.criterion = criterion.into();
        c.criteria.push(extra);
    }
    c
}
