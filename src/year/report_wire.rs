//! Reading a report back: the JSON (schema version 2) writes each unit's routing once, on its
//! body's docket; reading fills [`UnitReport`]'s routing fields from the dockets again, so a
//! report read back equals the one written.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Deserialize;

use super::report::{
    Audit, BodySummary, CommuneSummary, ProvisionalUse, Report, RoadmapSection, Totals, UnitReport,
};
use crate::authority::Procedure;
use crate::calendar::CalendarEntry;
use crate::explain::CriterionRef;
use crate::law::qd510::TargetCheck;
use crate::regime::Regime;

/// The JSON form of [`Report`] (same fields; see there).
#[derive(Deserialize)]
pub(crate) struct ReportWire {
    schema_version: u32,
    province: String,
    year: i32,
    synthetic: bool,
    policy: String,
    regime: Regime,
    totals: Totals,
    communes: Vec<CommuneSummary>,
    bodies: Vec<BodySummary>,
    #[serde(default)]
    roadmap: Option<RoadmapSection>,
    #[serde(default)]
    class_targets: Vec<TargetCheck>,
    calendar: Vec<CalendarEntry>,
    provisional: Vec<ProvisionalUse>,
    criteria: BTreeMap<Cow<'static, str>, CriterionRef>,
    units: Vec<UnitReport>,
    #[serde(default)]
    audit: Option<Audit>,
}

/// Fill each unit's routing from the dockets (`units` sorted by id; an id on no unit is
/// ignored).
pub(crate) fn restore_routing(bodies: &[BodySummary], units: &mut [UnitReport]) {
    for b in bodies {
        for id in &b.unit_ids {
            let Ok(i) = units.binary_search_by(|u| u.id.cmp(id)) else {
                continue;
            };
            let u = &mut units[i];
            match b.procedure {
                Procedure::SafetyRecognition => {
                    u.recognised_by = Some(b.body);
                    u.deadline = Some(b.deadline);
                }
                Procedure::MovementClassification => {
                    u.classified_by = Some(b.body);
                    u.classification_deadline = Some(b.deadline);
                }
                _ => {}
            }
        }
    }
}

impl From<ReportWire> for Report {
    fn from(w: ReportWire) -> Report {
        let mut units = w.units;
        restore_routing(&w.bodies, &mut units);
        Report {
            schema_version: w.schema_version,
            province: w.province,
            year: w.year,
            synthetic: w.synthetic,
            policy: w.policy,
            regime: w.regime,
            totals: w.totals,
            communes: w.communes,
            bodies: w.bodies,
            roadmap: w.roadmap,
            class_targets: w.class_targets,
            calendar: w.calendar,
            provisional: w.provisional,
            criteria: w.criteria,
            units,
            audit: w.audit,
        }
    }
}
