//! A v2 record's ids: a unit's `i` (whole) or `r` under its commune `c`, a model's `i` or
//! `r` under its unit — one reading for the scanner, the decoder and the error messages.

use crate::unit::UnitId;

/// The unit id of a record: `i`, or `<c>-<r>`; `None` when neither (or both) can be used.
pub(crate) fn record_id(i: Option<&str>, r: Option<&str>, c: Option<&str>) -> Option<String> {
    let mut id = String::new();
    write_id(&mut id, i, r, c).then_some(id)
}

/// A unit's id from its record: `i` whole, or `<c>-<r>` — [`write_id`]'s reading, put
/// together in `buf` (reused) and made into one [`UnitId`] (one allocation).
pub(super) fn make_id(
    buf: &mut String,
    i: Option<&str>,
    r: Option<&str>,
    c: Option<&str>,
) -> Option<UnitId> {
    match given_whole(i, r) {
        // Whole: no copy into `buf` first.
        Some(w) => Some(UnitId::from(w)),
        None => write_id(buf, i, r, c).then(|| UnitId::from(buf.as_str())),
    }
}

/// `i` when a unit's id is given whole (`i` without `r`): then [`make_id`] makes the id from
/// it directly, and otherwise from the text it wrote into its buffer.
pub(super) fn given_whole<'a>(i: Option<&'a str>, r: Option<&str>) -> Option<&'a str> {
    match (i, r) {
        (Some(w), None) => Some(w),
        _ => None,
    }
}

/// Write into `out` an id given whole (`whole`) or relative to its parent
/// (`<parent>-<relative>`): a unit's `i`, or `r` under its commune `c`; a model's `i`, or `r`
/// under its unit. `false` (and `out` left empty) when neither or both are given, or a
/// relative id has no parent.
pub(super) fn write_id(
    out: &mut String,
    whole: Option<&str>,
    relative: Option<&str>,
    parent: Option<&str>,
) -> bool {
    out.clear();
    match (whole, relative, parent) {
        (Some(w), None, _) => out.push_str(w),
        (None, Some(r), Some(p)) => {
            out.push_str(p);
            out.push('-');
            out.push_str(r);
        }
        _ => return false,
    }
    true
}
