//! A v2 unit's facts by position, for the units of a document held in memory: its QĐ510
//! points (`a`, by the header's `score_items`) and its model-unit codes (`mu`, by
//! `model_criteria`) go to the evaluator as they are, mapped once per run onto each score
//! sheet's plan and each catalogue — the maps of facts by id are not built for the usual unit
//! (DESIGN §22.5).

use std::collections::BTreeMap;

use super::per_kind::PerKind;
#[cfg(any(feature = "json", test))]
use crate::law::qd3554::CatalogueSet;
use crate::law::qd3554::{Catalogue, ModelUnitFacts};
use crate::law::qd510::{SheetPlans, SheetSet};
use crate::policy::Policy;

/// What a v2 record gives by position (the unit's maps of facts by id are then empty).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Positional<'a> {
    /// Points by the positions of `score_items` (`[]`: none given).
    pub(crate) points: &'a [Option<u32>],
    /// The `mu` codes: the registration, then one per `model_criteria` entry.
    pub(crate) codes: Option<&'a str>,
}

/// The plans of a policy's score sheets and the `model_criteria` table mapped onto its
/// catalogues; borrowed from the policy, so they cannot go stale.
#[derive(Debug, Default)]
pub(super) struct Plans<'p> {
    pub(super) sheets: SheetPlans<'p>,
    criteria: Vec<String>,
    /// Each catalogue, with the catalogue position of each table entry (`None`: the catalogue
    /// lacks it); no map for a catalogue of more than 64 criteria or with an id twice.
    catalogues: Vec<(&'p Catalogue, Option<Vec<Option<u8>>>)>,
    /// Each kind's sheet and catalogue found once for one year (see [`Plans::with_year`]).
    pub(super) kinds: Option<PerKind<'p>>,
}

impl<'p> Plans<'p> {
    /// The plans of `sheets`, facts by id only.
    pub(super) fn new(sheets: &'p SheetSet) -> Self {
        Plans {
            sheets: SheetPlans::new(sheets),
            ..Plans::default()
        }
    }

    /// Units will be decided in `year` under `policy` (whose sheets these plans are): each
    /// kind's sheet and catalogue are found once (see [`PerKind`]).
    pub(super) fn with_year(mut self, year: i32, policy: &'p Policy) -> Self {
        self.kinds = Some(PerKind::new(year, policy));
        self
    }

    /// Facts will also come by the positions of these tables (a v2 header's, ids distinct).
    // Only a v2 year (read with the `json` feature) gives facts by position.
    #[cfg(any(feature = "json", test))]
    pub(super) fn set_tables(
        &mut self,
        score_items: &[String],
        model_criteria: &[String],
        catalogues: &'p CatalogueSet,
    ) {
        self.sheets.set_table(score_items);
        self.criteria = model_criteria.to_vec();
        self.catalogues = catalogues
            .catalogues
            .iter()
            .map(|c| (c, map_onto(c, model_criteria)))
            .collect();
    }

    /// The registration and the criteria's statuses as bits by `catalogue`'s positions
    /// (`known`, `met`), from `codes`; `None` when they cannot be had so — a catalogue not
    /// mapped, a code past the table, or a criterion given that the catalogue lacks (by id,
    /// that names an error).
    pub(super) fn bits(
        &self,
        catalogue: &Catalogue,
        codes: &str,
    ) -> Option<(Option<bool>, (u64, u64))> {
        let (_, at) = self
            .catalogues
            .iter()
            .find(|(c, _)| std::ptr::eq(*c, catalogue))?;
        let at = at.as_ref()?;
        let mut codes = codes.bytes();
        let registered = match codes.next() {
            None => return Some((None, (0, 0))),
            Some(c) => code(c)?,
        };
        let (mut known, mut met) = (0u64, 0u64);
        for (i, c) in codes.enumerate() {
            if let Some(v) = code(c)? {
                let bit = 1u64 << (*at.get(i)?)?;
                known |= bit;
                met |= if v { bit } else { 0 };
            }
        }
        Some((registered, (known, met)))
    }

    /// `codes` as the facts by id ([`ModelUnitFacts`]) that the v1 form and the stream give.
    pub(super) fn facts(&self, codes: &str) -> ModelUnitFacts {
        let mut bytes = codes.bytes();
        let registered = bytes.next().and_then(code).flatten();
        let criteria: BTreeMap<String, bool> = bytes
            .zip(&self.criteria)
            .filter_map(|(c, id)| code(c).flatten().map(|v| (id.clone(), v)))
            .collect();
        ModelUnitFacts {
            registered,
            criteria,
        }
    }
}

/// A `mu` code: `1` met, `0` not met, `-` not given; `None` for any other byte.
fn code(c: u8) -> Option<Option<bool>> {
    match c {
        b'1' => Some(Some(true)),
        b'0' => Some(Some(false)),
        b'-' => Some(None),
        _ => None,
    }
}

/// The catalogue position of each table entry, when the catalogue has at most 64 criteria,
/// each id once.
// Only a v2 year (read with the `json` feature) gives facts by position.
#[cfg(any(feature = "json", test))]
fn map_onto(catalogue: &Catalogue, table: &[String]) -> Option<Vec<Option<u8>>> {
    let ids: Vec<&str> = catalogue
        .criteria
        .iter()
        .map(|c| c.criterion.id.as_ref())
        .collect();
    let distinct = ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id));
    if ids.len() > 64 || !distinct {
        return None;
    }
    let at = |id: &str| ids.iter().position(|x| *x == id).map(|i| i as u8);
    Some(table.iter().map(|id| at(id)).collect())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{agency, grown, read};
    use super::*;
    use crate::law::qd3554::{self, decide_compact_bits};
    use proptest::prelude::*;

    /// The QĐ3554 catalogue's ids in another order, with an id no catalogue has.
    fn table(catalogue: &Catalogue) -> Vec<String> {
        let mut ids: Vec<String> = catalogue
            .criteria
            .iter()
            .map(|c| c.criterion.id.to_string())
            .collect();
        ids.reverse();
        ids.insert(3, "qd3554.khong-co".into());
        ids
    }

    proptest! {
        /// DESIGN §22.5: a v2 record's model-unit codes taken by position give the decision
        /// that the same facts by id give — whenever the codes can be taken so, which is
        /// exactly when no criterion is given that the catalogue lacks.
        #[test]
        fn qd3554_codes_by_position_decide_as_facts_by_id(
            codes in proptest::collection::vec(prop_oneof![Just('1'), Just('0'), Just('-')], 0..15)
        ) {
            let set = CatalogueSet::builtin();
            let unit = agency();
            let catalogue = set.in_force(2026, unit.tag()).unwrap();
            let table = table(catalogue);
            let mut plans = Plans::default();
            plans.set_tables(&[], &table, &set);
            let codes: String = codes.into_iter().collect();
            let facts = plans.facts(&codes);
            let by_id = qd3554::decide_compact(&unit, 2026, catalogue, &facts);
            match plans.bits(catalogue, &codes) {
                Some((registered, bits)) => {
                    let by_position = decide_compact_bits(&unit, 2026, catalogue, registered, bits);
                    prop_assert_eq!(by_position.map(|c| read(&c)), by_id.map(|c| read(&c)));
                }
                None => {
                    // Only a criterion the catalogue lacks (position 4 after the registration)
                    // sends the unit to the facts by id, which name it as an error.
                    prop_assert_eq!(codes.as_bytes().get(4).copied().and_then(code).flatten().is_some(), true);
                    prop_assert!(by_id.is_err());
                }
            }
        }
    }

    /// A catalogue of more than 64 criteria, or with an id twice, is not mapped (its statuses
    /// do not fit two words, or one code would stand for two criteria): its units are decided
    /// by id. At 64 criteria it is mapped, every criterion a bit.
    #[test]
    fn catalogues_of_more_than_64_criteria_or_an_id_twice_are_decided_by_id() {
        let mut twice = Catalogue::qd3554();
        let first = twice.criteria[0].clone();
        twice.criteria.push(first);
        for (catalogue, mapped) in [(grown(64), true), (grown(65), false), (twice, false)] {
            let table: Vec<String> = catalogue
                .criteria
                .iter()
                .map(|c| c.criterion.id.to_string())
                .collect();
            let set = CatalogueSet {
                catalogues: vec![catalogue],
                qd3554_from: None,
            };
            let mut plans = Plans::default();
            plans.set_tables(&[], &table, &set);
            let codes = "1".repeat(table.len() + 1);
            let bits = plans.bits(&set.catalogues[0], &codes);
            assert_eq!(bits.is_some(), mapped, "{} criteria", table.len());
            if mapped {
                assert_eq!(bits, Some((Some(true), (u64::MAX, u64::MAX))));
            }
        }
    }

    /// Codes past the table, a byte that is no code, and a catalogue not mapped (one of the
    /// set: an equal copy is another object) are not taken by position.
    #[test]
    fn codes_that_cannot_be_taken_by_position() {
        let set = CatalogueSet::builtin();
        let catalogue = set.in_force(2026, agency().tag()).unwrap();
        let table = table(catalogue);
        let mut plans = Plans::default();
        plans.set_tables(&[], &table, &set);
        assert!(plans.bits(catalogue, "1").is_some());
        assert_eq!(plans.bits(catalogue, ""), Some((None, (0, 0))));
        assert!(plans
            .bits(catalogue, &"1".repeat(table.len() + 2))
            .is_none());
        assert!(plans.bits(catalogue, "1x").is_none());
        assert!(plans.bits(&catalogue.clone(), "1").is_none());
        // Every criterion met, by position: the bits of the whole catalogue.
        let all: String = std::iter::once('1')
            .chain(
                table
                    .iter()
                    .map(|id| if id.contains("khong") { '-' } else { '1' }),
            )
            .collect();
        let n = catalogue.criteria.len();
        assert_eq!(
            plans.bits(catalogue, &all),
            Some((Some(true), ((1 << n) - 1, (1 << n) - 1)))
        );
    }
}
