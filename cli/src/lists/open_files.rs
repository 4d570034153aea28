//! How many sheets of a workbook may be streamed. A constant-memory sheet keeps its temporary
//! file open until the workbook is saved, so a workbook with thousands of sheets (the national
//! lists have one per commune) needs as many file handles. On Unix the soft limit on open
//! files is often 1,024 (256 on macOS) while the hard limit is far higher: the soft limit is
//! raised as far as the sheets need and the hard limit allows, and whatever is still missing is
//! held in memory (the smallest sheets), never a failure.

/// File handles kept free for everything else the program has open (the standard streams,
/// the input, the output being written).
const RESERVE: u64 = 64;

/// How many sheets may be streamed when a workbook has `sheets` sheets: the open-file limit,
/// raised for them if it is lower and may be raised, less a reserve.
pub fn budget(sheets: usize) -> usize {
    let wanted = sheets as u64 + RESERVE;
    let limit = limit_raised_to(wanted);
    usize::try_from(limit.saturating_sub(RESERVE)).unwrap_or(usize::MAX)
}

/// Which sheets to stream, given their row counts: the `at_most` largest (earlier first among
/// equals), or all when they fit.
pub fn largest(lens: &[usize], at_most: usize) -> Vec<bool> {
    if lens.len() <= at_most {
        return vec![true; lens.len()];
    }
    let mut order: Vec<usize> = (0..lens.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(lens[i]));
    let mut out = vec![false; lens.len()];
    for &i in order.iter().take(at_most) {
        out[i] = true;
    }
    out
}

/// The soft limit on open files after raising it towards `wanted` (never above the hard limit,
/// never lowered).
#[cfg(unix)]
fn limit_raised_to(wanted: u64) -> u64 {
    use rustix::process::{getrlimit, setrlimit, Resource, Rlimit};
    let now = getrlimit(Resource::Nofile);
    let Some(current) = now.current else {
        return u64::MAX; // unlimited
    };
    if current >= wanted {
        return current;
    }
    let target = now.maximum.map_or(wanted, |max| max.min(wanted));
    if target > current
        && setrlimit(
            Resource::Nofile,
            Rlimit {
                current: Some(target),
                maximum: now.maximum,
            },
        )
        .is_ok()
    {
        return target;
    }
    current
}

/// Windows counts handles per process in the millions: no limit to raise.
#[cfg(windows)]
fn limit_raised_to(_wanted: u64) -> u64 {
    u64::MAX
}

/// Elsewhere the limit is not known: stream a few sheets only.
#[cfg(not(any(unix, windows)))]
fn limit_raised_to(_wanted: u64) -> u64 {
    RESERVE + 200
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sheet_streams_when_all_fit() {
        assert_eq!(largest(&[3, 1, 2], 3), vec![true; 3]);
        assert_eq!(largest(&[3, 1, 2], 9), vec![true; 3]);
    }

    #[test]
    fn over_the_budget_the_largest_sheets_stream_and_ties_go_to_the_earlier() {
        assert_eq!(largest(&[3, 1, 5, 3], 2), vec![true, false, true, false]);
        assert_eq!(largest(&[2, 2, 2], 1), vec![true, false, false]);
        assert_eq!(largest(&[4, 9], 0), vec![false, false]);
    }

    #[test]
    fn the_budget_covers_a_small_workbook() {
        // Any usable system allows a few hundred open files.
        assert!(budget(100) >= 100);
    }
}
