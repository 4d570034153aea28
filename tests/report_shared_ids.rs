//! Issue 14, DESIGN §25.1: a unit's id is made once and shared. In a report read from a v2
//! year held in memory, every docket lists the very id its unit's report holds (a clone, not a
//! copy), and the units of one commune hold one commune id between them. Equal text is
//! necessary but not enough here: `UnitId::shares_text_with` asks for the same allocation.

use std::collections::BTreeMap;

use antq::policy::Policy;
use antq::year::pipeline::evaluate_json;
use antq::year::{synthetic, v2};
use antq::UnitId;

#[test]
fn issue_14_dockets_and_communes_share_the_units_ids() {
    let input = synthetic::province(&synthetic::Shape::small(), 2026, 7);
    let report = evaluate_json(&v2::to_json(&input), &Policy::son_la_2026()).unwrap();
    let mut listed = 0;
    for body in &report.bodies {
        for id in &body.unit_ids {
            let at = report
                .units
                .binary_search_by(|u| u.id.as_str().cmp(id.as_str()))
                .unwrap_or_else(|_| panic!("{id} listed on a docket but not reported"));
            assert!(report.units[at].id.shares_text_with(id), "{id}");
            listed += 1;
        }
    }
    assert!(listed > report.units.len() / 2, "{listed}");

    let mut communes: BTreeMap<&str, Vec<&UnitId>> = BTreeMap::new();
    for u in &report.units {
        if let Some(c) = &u.commune {
            communes.entry(c.as_str()).or_default().push(c);
        }
    }
    assert!(communes.len() > 1);
    for (name, ids) in &communes {
        assert!(ids.len() > 1, "{name}");
        assert!(ids.iter().all(|c| c.shares_text_with(ids[0])), "{name}");
    }
}
