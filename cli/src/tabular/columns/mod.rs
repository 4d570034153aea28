//! The tabular format: which sheets a workbook (or CSV set) has, which columns each sheet has,
//! what each column accepts and where its value goes in the library's JSON input
//! (`antq::year::UnitInput`). The template, the reader and the documentation are all built
//! from these tables, so they cannot drift apart.
//!
//! One file per purpose: `codes.rs` (the allowed values of each one-of column), `unit.rs` (the
//! columns of the unit sheets), `sheets.rs` (every sheet and the columns of the detail sheets);
//! this module holds the column types and the look-ups by name.

mod codes;
mod sheets;
mod unit;

pub use codes::*;
pub use sheets::{Sheet, SheetKind, INFO_ROWS, SHEETS};
pub use unit::UNIT_COLUMNS;

/// Kinds of unit a column applies to (bit set).
pub type Kinds = u8;
/// Khu dân cư.
pub const R: Kinds = 1;
/// Xã, phường, đặc khu.
pub const C: Kinds = 2;
/// Cơ quan.
pub const A: Kinds = 4;
/// Doanh nghiệp.
pub const E: Kinds = 8;
/// Cơ sở giáo dục.
pub const S: Kinds = 16;
/// Agencies, enterprises, schools.
pub const ORG: Kinds = A | E | S;
/// Every kind.
pub const ALL: Kinds = R | C | ORG;

/// What a cell may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// Free text.
    Text,
    /// có / không (also x, 1, 0, yes, no); empty = not given.
    Bool,
    /// A whole number ≥ 0.
    UInt,
    /// An exact decimal (money in đồng, averages).
    Dec,
    /// One of the listed values: (Vietnamese label, JSON value).
    Enum(&'static [(&'static str, &'static str)]),
    /// Several of the listed values (or ids), separated by `;`.
    List(&'static [(&'static str, &'static str)]),
}

/// Where a column's value goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A dotted path in the record (`safety.events`, `unit.kind.school.level`); a numeric
    /// segment is an index into an array.
    Path(&'static str),
    /// có → the list at this path is given on its own sheet (at least one row); không → the
    /// list is empty (none occurred); empty → rows on that sheet if any, else not given.
    ListFlag(&'static str),
    /// The unit id a row of a detail sheet belongs to.
    UnitKey,
}

/// One column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Unaccented alias (also the CSV-friendly name).
    pub key: &'static str,
    /// Vietnamese header, as the template writes it.
    pub header: &'static str,
    /// What it accepts.
    pub ty: Ty,
    /// Where it goes.
    pub target: Target,
    /// Which kinds of unit have this column (unit sheets).
    pub kinds: Kinds,
    /// Whether a row must give it.
    pub required: bool,
}

const fn col(key: &'static str, header: &'static str, ty: Ty, path: &'static str) -> Column {
    Column {
        key,
        header,
        ty,
        target: Target::Path(path),
        kinds: ALL,
        required: false,
    }
}

const fn only(mut c: Column, kinds: Kinds) -> Column {
    c.kinds = kinds;
    c
}

const fn req(mut c: Column) -> Column {
    c.required = true;
    c
}

const fn flag(key: &'static str, header: &'static str, path: &'static str, kinds: Kinds) -> Column {
    Column {
        key,
        header,
        ty: Ty::Bool,
        target: Target::ListFlag(path),
        kinds,
        required: false,
    }
}

const UNIT_KEY: Column = Column {
    key: "ma_don_vi",
    header: "Mã đơn vị",
    ty: Ty::Text,
    target: Target::UnitKey,
    kinds: ALL,
    required: true,
};

/// The sheet with this name or key (folded comparison).
pub fn sheet_named(name: &str) -> Option<&'static Sheet> {
    let f = crate::fold::fold(name);
    SHEETS
        .iter()
        .find(|s| crate::fold::fold(s.name) == f || crate::fold::fold(s.key) == f)
}

/// A header without its parenthesised note: "Đăng ký phấn đấu (quý I)" → "Đăng ký phấn đấu".
fn without_note(h: &str) -> &str {
    h.split_once(" (").map_or(h, |(head, _)| head)
}

/// The column of `columns` with this header or alias (folded comparison; the header's
/// parenthesised note may be left out).
pub fn column_named(columns: &[Column], header: &str) -> Option<Column> {
    let f = crate::fold::fold(header);
    columns
        .iter()
        .find(|c| {
            crate::fold::fold(c.header) == f
                || crate::fold::fold(c.key) == f
                || crate::fold::fold(without_note(c.header)) == f
        })
        .copied()
}
