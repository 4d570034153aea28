//! Issue 14, DESIGN §25.1 and §27.1: a unit's id is made once and shared. In a report read
//! from a v2 year held in memory, every docket lists the very id its unit's report holds (a
//! clone, not a copy), and the units of one commune hold one commune id between them. Equal
//! text is necessary but not enough here: `UnitId::shares_text_with` asks for the same
//! allocation — which only ids longer than 22 bytes have; shorter ones are held inline, with
//! no allocation at all.

use std::collections::BTreeMap;

use antq::policy::Policy;
use antq::year::pipeline::evaluate_json;
use antq::year::{synthetic, v2};
use antq::UnitId;

/// The small synthetic province with every unit id and commune reference made longer than
/// 22 bytes (`long`) or left as made (short: `x0012-k00031`).
fn input(long: bool) -> antq::year::YearInput {
    let mut input = synthetic::province(&synthetic::Shape::small(), 2026, 7);
    if long {
        let lengthen = |id: &UnitId| UnitId::new(format!("ubnd-tinh-tong-hop-{id}"));
        for u in &mut input.units {
            u.unit.id = lengthen(&u.unit.id);
            u.unit.commune = u.unit.commune.as_ref().map(lengthen);
        }
    }
    input
}

#[test]
fn issue_14_short_ids_are_held_inline_with_nothing_to_share() {
    let report = evaluate_json(&v2::to_json(&input(false)), &Policy::son_la_2026()).unwrap();
    let ids = report.units.iter().map(|u| &u.id);
    let communes = report.units.iter().filter_map(|u| u.commune.as_ref());
    let dockets = report.bodies.iter().flat_map(|b| &b.unit_ids);
    let mut all = ids.chain(communes).chain(dockets).peekable();
    assert!(all.peek().is_some());
    assert!(all.all(|id| id.is_inline()));
}

#[test]
fn issue_14_dockets_and_communes_share_the_units_ids() {
    let input = input(true);
    let report = evaluate_json(&v2::to_json(&input), &Policy::son_la_2026()).unwrap();
    let mut listed = 0;
    for body in &report.bodies {
        for id in &body.unit_ids {
            let at = report
                .units
                .binary_search_by(|u| u.id.as_str().cmp(id.as_str()))
                .unwrap_or_else(|_| panic!("{id} listed on a docket but not reported"));
            assert!(!id.is_inline(), "{id}");
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
