//! Putting the unit reports in id order without moving them while sorting: the sort runs over
//! small keys (a 16-byte prefix of the id and an index), and each report is then moved once.
//! A report is a few hundred bytes, so a comparison sort over the reports themselves spends
//! more time moving them than comparing.

use super::super::report::UnitReport;

/// The first 16 bytes of `id` as a big-endian number, zero-padded (16, not 8: ids of one
/// commune's units share their first 8 bytes, e.g. `x1679-k0…`, and a tie costs a whole-id
/// comparison through two pointers). Comparing prefixes first and
/// whole ids only on a tie gives exactly the byte order of the ids: a shorter id that is a
/// prefix of a longer one pads with zeros, which sort first, as the shorter id does.
fn prefix(id: &str) -> u128 {
    let mut b = [0u8; 16];
    let n = id.len().min(16);
    b[..n].copy_from_slice(&id.as_bytes()[..n]);
    u128::from_be_bytes(b)
}

/// The permutation that sorts `ids` (by bytes; equal ids keep no particular order).
pub(super) fn sorted_order<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> Vec<usize> {
    let ids: Vec<&str> = ids.collect();
    let mut keys: Vec<(u128, usize)> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (prefix(id), i))
        .collect();
    // A stable sort (driftsort) finds the runs already in order — input listed kind by kind
    // or commune by commune is a few hundred long runs — and merges them.
    keys.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| ids[a.1].cmp(ids[b.1])));
    keys.into_iter().map(|(_, i)| i).collect()
}

/// `reports` sorted by id (the order [`sorted_order`] gives), in place: no second vector of
/// reports is allocated (the national year's reports are ≈ 90 MB), and each report is moved
/// by at most one swap per place it passes through.
/// Reports already in order (input in id order: communes hold their places) are not touched.
pub(super) fn sort_by_id(reports: &mut [UnitReport]) {
    sort_in_place(reports, |r| r.id.as_str());
}

/// [`sort_by_id`] for any items with an id.
fn sort_in_place<T>(items: &mut [T], id: impl Fn(&T) -> &str) {
    if items.windows(2).all(|w| id(&w[0]) <= id(&w[1])) {
        return;
    }
    let order = sorted_order(items.iter().map(&id));
    permute(items, order);
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
        /// kept.
        #[test]
        fn sorting_in_place_gives_the_byte_order(
            ids in proptest::collection::vec("[a-c\\x00\u{e0}-]{0,6}", 0..60),
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
            sort_in_place(&mut items, |it| it.0.as_str());
            let got: Vec<&str> = items.iter().map(|it| it.0.as_str()).collect();
            let want: Vec<&str> = expected.iter().map(|it| it.0.as_str()).collect();
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
