//! Putting the unit reports in id order without moving them while sorting: the sort runs over
//! small keys (a 16-byte prefix of the id and an index), and each report is then moved once.
//! A report is a few hundred bytes, so a comparison sort over the reports themselves spends
//! more time moving them than comparing.

use super::super::report::UnitReport;
use crate::unit::UnitId;

/// The first 16 bytes of `id` as a big-endian number, zero-padded (16, not 8: ids of one
/// commune's units share their first 8 bytes, e.g. `x1679-k0…`, and a tie costs a whole-id
/// comparison through two pointers). Comparing prefixes first and
/// whole ids only on a tie gives exactly the byte order of the ids: a shorter id that is a
/// prefix of a longer one pads with zeros, which sort first, as the shorter id does.
fn prefix(id: &[u8]) -> u128 {
    let mut b = [0u8; 16];
    let n = id.len().min(16);
    b[..n].copy_from_slice(&id[..n]);
    u128::from_be_bytes(b)
}

/// The permutation that sorts `ids` (by bytes; equal ids keep no particular order).
#[cfg(test)]
fn sorted_order<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> Vec<usize> {
    let ids: Vec<&[u8]> = ids.map(str::as_bytes).collect();
    sorted_keys(&ids).into_iter().map(|(_, i)| i).collect()
}

/// The ids' prefixes with their positions, sorted as the ids sort (byte order, which is
/// `str`'s).
fn sorted_keys(ids: &[&[u8]]) -> Vec<(u128, usize)> {
    let mut keys: Vec<(u128, usize)> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (prefix(id), i))
        .collect();
    // A stable sort (driftsort) finds the runs already in order — input listed kind by kind
    // or commune by commune is a few hundred long runs — and merges them.
    keys.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| ids[a.1].cmp(ids[b.1])));
    keys
}

/// `reports` sorted by id (the order [`sorted_keys`] gives), in place: no second vector of
/// reports is allocated (the national year's reports are ≈ 90 MB), and each report is moved
/// by at most one swap per place it passes through. Reports already in order (input in id
/// order: communes hold their places) are not touched.
///
/// Returns the first id (in id order) that another report repeats, found while the ids are
/// read in the order given: after the move, the ids lie in memory in the order the reports
/// were decided, and comparing each with the next would read them all again out of order (a
/// cache miss each for the national year's 300,000). Equal ids have equal prefixes, so only
/// keys with equal prefixes are compared whole.
pub(super) fn sort_by_id(reports: &mut [UnitReport]) -> Option<UnitId> {
    sort_in_place(reports, |r| r.id.as_bytes(), |r| r.id.clone())
}

/// [`sort_by_id`] for any items with an id (its bytes): `own` of the first item whose id
/// another repeats, if any.
fn sort_in_place<T, R>(
    items: &mut [T],
    id: impl Fn(&T) -> &[u8],
    own: impl Fn(&T) -> R,
) -> Option<R> {
    let ids: Vec<&[u8]> = items.iter().map(&id).collect();
    if ids.windows(2).all(|w| w[0] <= w[1]) {
        let twice = (1..ids.len()).find(|&i| ids[i - 1] == ids[i]);
        return twice.map(|i| own(&items[i]));
    }
    let keys = sorted_keys(&ids);
    let twice = keys
        .windows(2)
        .find(|w| w[0].0 == w[1].0 && ids[w[0].1] == ids[w[1].1]);
    let repeated = twice.map(|w| own(&items[w[0].1]));
    let order = keys.into_iter().map(|(_, i)| i).collect();
    permute(items, order);
    repeated
}

/// Rearrange `items` so that place `k` holds what was at `order[k]` (`order` a permutation),
/// following each cycle with swaps.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        // Places already filled point to themselves.
        while order[at] != at {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn by_order(ids: &[String]) -> Vec<&str> {
        sorted_order(ids.iter().map(String::as_str))
            .into_iter()
            .map(|i| ids[i].as_str())
            .collect()
    }

    #[test]
    fn prefix_ties_and_shorter_ids_sort_as_bytes() {
        let ids: Vec<String> = [
            "x1-k2",
            "x1",
            "x1-k10",
            "",
            "x1\0",
            "x1-k1",
            "x1-k10a",
            "Ä",
            "z",
            "x1679-k000000000001",
            "x1679-k000000000001",
            "x1679-k0000000000",
            "x1679-k000000000002a",
        ]
        .map(String::from)
        .to_vec();
        let mut expected: Vec<&str> = ids.iter().map(String::as_str).collect();
        expected.sort_unstable();
        assert_eq!(by_order(&ids), expected);
    }

    proptest! {
        /// Any permutation applied in place gives what indexing the original gives.
        #[test]
        fn permute_places_what_order_names(
            order in (0usize..80).prop_flat_map(|n| Just((0..n).collect::<Vec<usize>>()).prop_shuffle())
        ) {
            let items: Vec<usize> = (100..100 + order.len()).collect();
            let mut permuted = items.clone();
            permute(&mut permuted, order.clone());
            let expected: Vec<usize> = order.iter().map(|&i| items[i]).collect();
            prop_assert_eq!(permuted, expected);
        }

        /// Sorting in place — input already in order (left as it is), in order but for a few
        /// items, or in any order, with repeated ids — gives the ids in byte order, each item
        /// kept; the first repeated id is found, ids that begin alike past their sixteenth
        /// byte (compared whole) included.
        #[test]
        fn sorting_in_place_gives_the_byte_order(
            ids in proptest::collection::vec("(x1679-k000000000)?[a-c\\x00\u{e0}-]{0,6}", 0..60),
            sorted_first in any::<bool>(),
            moved in proptest::collection::vec(any::<prop::sample::Index>(), 0..3),
        ) {
            let mut items: Vec<(String, usize)> =
                ids.iter().cloned().enumerate().map(|(i, id)| (id, i)).collect();
            if sorted_first {
                items.sort();
                for m in &moved {
                    if !items.is_empty() {
                        let it = items.remove(m.index(items.len()));
                        items.push(it);
                    }
                }
            }
            let mut expected = items.clone();
            expected.sort_by(|a, b| a.0.cmp(&b.0));
            let repeated = sort_in_place(&mut items, |it| it.0.as_bytes(), |it| it.0.clone());
            let got: Vec<&str> = items.iter().map(|it| it.0.as_str()).collect();
            let want: Vec<&str> = expected.iter().map(|it| it.0.as_str()).collect();
            // The first id repeated, in id order (`unit.id` is named by it).
            let twice = want.windows(2).find(|w| w[0] == w[1]).map(|w| w[0].to_owned());
            prop_assert_eq!(repeated, twice);
            prop_assert_eq!(got, want);
            let mut kept: Vec<usize> = items.iter().map(|it| it.1).collect();
            kept.sort_unstable();
            prop_assert_eq!(kept, (0..ids.len()).collect::<Vec<_>>());
        }

        /// The permutation orders exactly as sorting the ids themselves, and is a permutation.
        #[test]
        fn sorted_order_is_the_byte_order_of_the_ids(
            ids in proptest::collection::vec("[a-c\\x00\u{e0}-]{0,20}", 0..60)
        ) {
            let mut expected: Vec<&str> = ids.iter().map(String::as_str).collect();
            expected.sort_unstable();
            prop_assert_eq!(by_order(&ids), expected);
            let mut seen = sorted_order(ids.iter().map(String::as_str));
            seen.sort_unstable();
            prop_assert_eq!(seen, (0..ids.len()).collect::<Vec<_>>());
        }
    }
}
