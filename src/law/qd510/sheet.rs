//! Bảng điểm — score sheets as data: items, deductions and class bands, validated on load.
//!
//! A [`ScoreSheet`] is the whole point table for one unit kind. The crate ships built-in sheets
//! ([`ScoreSheet::builtin`]) holding what is known of QĐ510 plus labelled provisional defaults; a
//! province supplies its full sheet from the signed text as JSON ([`ScoreSheet::from_json`]).
//! Every sheet is validated ([`ScoreSheet::validate`]) before it is used: the top-level maxima
//! sum to 100, the class bands partition 0–100 in class order, ids are unique, and each
//! violation is an [`Error`] naming the sheet ([`Subject::ScoreSheet`]) and the field.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::citation::Source;
use crate::error::{Error, Subject};
use crate::explain::CriterionRef;
use crate::outcome::MovementClass;
use crate::unit::{KindTag, UnitId};

/// Tổng điểm tối đa — every sheet is out of 100 points.
pub const MAX_TOTAL: u32 = 100;

/// Cách tính điểm — how an item's points are obtained.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ItemBasis {
    /// Điểm do hội đồng chấm — awarded by the evaluating committee, given as input per item id
    /// (`ScoreInput::awarded`), at most the item's maximum.
    #[default]
    Awarded,
    /// Điểm "An toàn về ANTT" — computed from the unit's TT124 decision: the item's maximum
    /// when the unit is recognised, otherwise 0 (QĐ510 Đ8 k10 c as Sơn La …/UBND-NC §2a states). Never
    /// typed in.
    SafetyRecognised,
}

/// Mục chấm điểm — one item of a score sheet: a criterion (id, source, labels), its maximum
/// and, optionally, sub-items.
///
/// An item with sub-items is a group: its maximum must equal the sum of its sub-items' maxima
/// and its points are the sum of theirs; only leaves are awarded.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct ScoreItem {
    /// Id, citation with provenance and labels (the id is what `awarded` keys refer to). Shared,
    /// so a finding on the item copies a pointer: a built-in item points to a `static`
    /// criterion, one read from JSON holds an `Arc` (serialized as a plain criterion).
    #[serde(flatten)]
    pub criterion: CriterionRef,
    /// Điểm tối đa — maximum points.
    pub max_points: u32,
    /// How the points are obtained (leaves only; default: awarded by the committee).
    #[serde(default)]
    pub basis: ItemBasis,
    /// Tiểu mục — sub-items (empty for a leaf).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_items: Vec<ScoreItem>,
}

impl ScoreItem {
    /// A leaf item awarded by the committee (pass `&STATIC` for a built-in criterion; an owned
    /// [`Criterion`](crate::explain::Criterion) is put behind an `Arc` once, here).
    pub fn awarded(criterion: impl Into<CriterionRef>, max_points: u32) -> Self {
        ScoreItem {
            criterion: criterion.into(),
            max_points,
            basis: ItemBasis::Awarded,
            sub_items: Vec::new(),
        }
    }

    /// A group item whose maximum is the sum of its sub-items.
    pub fn group(criterion: impl Into<CriterionRef>, sub_items: Vec<ScoreItem>) -> Self {
        let max_points = sub_items.iter().map(|s| s.max_points).sum();
        ScoreItem {
            criterion: criterion.into(),
            max_points,
            basis: ItemBasis::Awarded,
            sub_items,
        }
    }

    /// The item id.
    pub fn id(&self) -> &str {
        &self.criterion.id
    }

    /// Whether the item is a leaf (no sub-items).
    pub fn is_leaf(&self) -> bool {
        self.sub_items.is_empty()
    }

    /// This item or one of its descendants with the given id.
    pub fn find(&self, id: &str) -> Option<&ScoreItem> {
        if self.criterion.id == id {
            return Some(self);
        }
        self.sub_items.iter().find_map(|s| s.find(id))
    }
}

/// Số lần trừ — whether a deduction is applied once or once per distinct fact.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    /// Trừ một lần — at most once, however many facts are reported.
    #[default]
    Once,
    /// Trừ theo mỗi trường hợp — once per distinct fact id.
    PerOccurrence,
}

/// Mục trừ điểm — a deduction: criterion (id, source, labels), points, frequency and the
/// recognition criteria that already cover the same fact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct Deduction {
    /// Id, citation with provenance (provisional when the amount is) and labels; shared like
    /// [`ScoreItem::criterion`].
    #[serde(flatten)]
    pub criterion: CriterionRef,
    /// Số điểm trừ — points deducted per application (at least 1).
    pub points: u32,
    /// Once, or once per distinct fact.
    #[serde(default)]
    pub frequency: Frequency,
    /// TT124 criterion ids (e.g. `tt124.d5.k3.discipline`) that test the same fact. When the
    /// unit was not recognised because one of them is not met, the unit already lost the
    /// "An toàn về ANTT" points and this deduction is waived (Sơn La …/UBND-NC §2a). Empty: never waived.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub covered_by: Vec<Cow<'static, str>>,
}

impl Deduction {
    /// The deduction id.
    pub fn id(&self) -> &str {
        &self.criterion.id
    }
}

/// Khung điểm xếp loại — the inclusive range of totals that earns a class.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct ClassBand {
    /// The class earned.
    pub class: MovementClass,
    /// Lowest total in the band (inclusive).
    pub min: u32,
    /// Highest total in the band (inclusive).
    pub max: u32,
    /// Where the band comes from (provisional for the built-in bands).
    pub source: Source,
}

impl ClassBand {
    /// Whether `total` falls in the band.
    pub fn contains(&self, total: u32) -> bool {
        self.min <= total && total <= self.max
    }
}

/// Bảng điểm — the QĐ510 point table for one unit kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct ScoreSheet {
    /// Name used in errors and reports (e.g. `builtin.agency`, `son_la_2026.commune`).
    pub name: String,
    /// The unit kind the sheet scores.
    pub kind: KindTag,
    /// Top-level items; their maxima sum to 100.
    pub items: Vec<ScoreItem>,
    /// Deductions.
    #[serde(default)]
    pub deductions: Vec<Deduction>,
    /// Class bands; together they cover 0–100 exactly once, better classes higher.
    pub bands: Vec<ClassBand>,
}

impl ScoreSheet {
    pub(super) fn subject(&self) -> Subject {
        Subject::ScoreSheet(self.name.clone())
    }

    /// The item (at any depth) with the given id.
    pub fn item(&self, id: &str) -> Option<&ScoreItem> {
        self.items.iter().find_map(|i| i.find(id))
    }

    /// The deduction with the given id.
    pub fn deduction(&self, id: &str) -> Option<&Deduction> {
        self.deductions.iter().find(|d| d.criterion.id == id)
    }

    /// The band containing `total`, if any (a validated sheet always has one for 0..=100).
    pub fn band_for(&self, total: u32) -> Option<&ClassBand> {
        self.bands.iter().find(|b| b.contains(total))
    }

    /// The item computed from the TT124 decision, if the sheet has one.
    pub fn safety_item(&self) -> Option<&ScoreItem> {
        fn walk(items: &[ScoreItem]) -> Option<&ScoreItem> {
            items.iter().find_map(|i| {
                if i.is_leaf() && i.basis == ItemBasis::SafetyRecognised {
                    Some(i)
                } else {
                    walk(&i.sub_items)
                }
            })
        }
        walk(&self.items)
    }

    /// Parse a sheet from JSON and validate it.
    ///
    /// Malformed JSON is an [`Error::Parse`]; a data error names the path in the sheet; a
    /// well-formed but invalid sheet is the error [`ScoreSheet::validate`] returns.
    ///
    /// # Errors
    ///
    /// Malformed JSON ([`Error::Parse`]), a data error naming its path, or an invalid sheet
    /// ([`ScoreSheet::validate`]).
    #[cfg(feature = "json")]
    pub fn from_json(json: &str) -> Result<ScoreSheet, Error> {
        let sheet: ScoreSheet =
            crate::json::parse(Subject::ScoreSheet("<json>".to_owned()), json.as_bytes())?;
        sheet.validate()?;
        Ok(sheet)
    }
}

/// Bộ bảng điểm — one score sheet per unit kind.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SheetSet {
    /// The sheets, by unit kind.
    #[serde(deserialize_with = "crate::strict::unique_map")]
    pub sheets: BTreeMap<KindTag, ScoreSheet>,
}

impl SheetSet {
    /// The built-in sheets for every kind ([`ScoreSheet::builtin`]).
    pub fn builtin() -> SheetSet {
        SheetSet {
            sheets: KindTag::ALL
                .iter()
                .map(|&k| (k, ScoreSheet::builtin(k)))
                .collect(),
        }
    }

    /// Replace (or add) the sheet of its kind after validating it.
    ///
    /// # Errors
    ///
    /// The sheet is invalid ([`ScoreSheet::validate`]).
    pub fn with_sheet(mut self, sheet: ScoreSheet) -> Result<SheetSet, Error> {
        sheet.validate()?;
        self.sheets.insert(sheet.kind, sheet);
        Ok(self)
    }

    /// The sheet for a kind, if the set has one.
    pub fn get(&self, kind: KindTag) -> Option<&ScoreSheet> {
        self.sheets.get(&kind)
    }

    /// The sheet for a unit of the given kind; a kind without a sheet is an
    /// [`Error::UnknownReference`] naming the unit and the field `kind`.
    ///
    /// # Errors
    ///
    /// A kind without a sheet ([`Error::UnknownReference`], field `kind`).
    pub fn sheet_for(&self, unit: &UnitId, kind: KindTag) -> Result<&ScoreSheet, Error> {
        self.sheets
            .get(&kind)
            .ok_or_else(|| Error::unknown(Subject::Unit(unit.clone()), "kind", kind.name_en()))
    }

    /// Validate every sheet and check that each is filed under its own kind.
    ///
    /// # Errors
    ///
    /// An invalid sheet, or a sheet filed under another kind than its own.
    pub fn validate(&self) -> Result<(), Error> {
        for (kind, sheet) in &self.sheets {
            sheet.validate()?;
            if *kind != sheet.kind {
                return Err(Error::invalid(
                    Subject::ScoreSheet(sheet.name.clone()),
                    "kind",
                    format!("the kind it is filed under ({})", kind.name_en()),
                    sheet.kind.name_en(),
                ));
            }
        }
        Ok(())
    }

    /// Parse a set (a JSON object keyed by kind, e.g. `{"commune": {…}}`) and validate it.
    ///
    /// # Errors
    ///
    /// Malformed JSON ([`Error::Parse`]), an unknown kind, or an invalid set
    /// ([`SheetSet::validate`]).
    #[cfg(feature = "json")]
    pub fn from_json(json: &str) -> Result<SheetSet, Error> {
        let set: SheetSet =
            crate::json::parse(Subject::ScoreSheet("<json>".to_owned()), json.as_bytes())?;
        set.validate()?;
        Ok(set)
    }
}
