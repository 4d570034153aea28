//! Xếp loại theo vị trí — QĐ510 classification with the committee's points given by the
//! position of each leaf item in the sheet, not by item id.
//!
//! See [`ScorePlan`].

use crate::error::{Error, Subject};
use crate::explain::{CriterionRef, Decision, Finding};
use crate::outcome::SafetyOutcome;
use crate::unit::UnitId;

use super::awarded::Awarded;
use super::awarded::Points;
use super::bands::BandTable;
use super::classify::{classify_points, Classification};
use super::compact::CompactClassification;
use super::input::{DeductionFact, ScoreInput};
use super::lean_walk::{classify_walked, LeanWalk};
use super::scoring::count_items;
use super::sheet::{ScoreItem, ScoreSheet};

/// A validated sheet with its leaves taking awarded points in sheet order, for classifying
/// with points given by leaf position.
///
/// A [`ScorePlan`] is made once per sheet ([`ScorePlan::new`] validates the sheet): the leaves
/// that take awarded points, in sheet order. Position `i` of a points slice is the `i`-th of
/// them ([`ScorePlan::leaf_id`], [`ScorePlan::position`]) — the shape of a unit's `a` array
/// in a year file of schema version 2, once the file's `score_items` are mapped to positions.
/// The classification is the same rule code as
/// [`classify`](fn@super::classify) and [`classify_compact`](super::classify_compact): the
/// walk over the items asks for each leaf's points in sheet order, and here the answer is the
/// next slot of the slice — no id is compared and no map is searched.
///
/// The plan borrows its sheet, so the sheet cannot change while a plan of it exists: a plan
/// never goes stale.
///
/// ```
/// use antq::law::qd510::{classify_compact, ScoreInput, ScorePlan, ScoreSheet};
/// use antq::{Decision, KindTag, SafetyOutcome, UnitId};
/// let safety = Decision::new(UnitId::new("dn-1"), SafetyOutcome::Recognised, vec![]);
/// let sheet = ScoreSheet::builtin(KindTag::Enterprise);
/// let plan = ScorePlan::new(&sheet)?;
/// // Full points for every leaf but the first, which was not scored.
/// let points: Vec<Option<u32>> = (0..plan.len())
///     .map(|i| (i > 0).then(|| plan.leaf(i).map_or(0, |l| l.max_points)))
///     .collect();
/// let c = plan.classify_compact(&safety, &points, &[])?;
/// assert_eq!(c.outcome.unscored_items, 1);
/// assert!(c.needs_action()); // an item without points
/// // The same as by id.
/// let mut input = ScoreInput::new();
/// for (i, p) in points.iter().enumerate() {
///     if let (Some(p), Some(id)) = (p, plan.leaf_id(i)) {
///         input = input.award(id, *p);
///     }
/// }
/// assert_eq!(classify_compact(&safety, &input, &sheet)?, c);
/// assert_eq!(plan.position(sheet.awarded_items()[0].id()), Some(0));
/// # Ok::<(), antq::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct ScorePlan<'s> {
    sheet: &'s ScoreSheet,
    /// The leaves with basis `awarded`, in sheet order (a group's sub-items in place of it).
    leaves: Vec<&'s ScoreItem>,
    /// `(id, position)` of every leaf, sorted by id.
    by_id: Vec<(&'s str, usize)>,
    /// The band of every total and each band's criterion.
    bands: BandTable,
    /// Findings of a full decision (items, deductions with their exceptions, the band).
    findings: usize,
    /// The item walk as the compact classification sees it (leaves in walk order, the items'
    /// provisional criteria).
    walk: LeanWalk<'s>,
}

impl<'s> ScorePlan<'s> {
    /// The plan of `sheet`, which is validated once here.
    ///
    /// # Errors
    ///
    /// An invalid sheet: the error [`ScoreSheet::validate`] returns.
    pub fn new(sheet: &'s ScoreSheet) -> Result<ScorePlan<'s>, Error> {
        sheet.validate()?;
        let leaves = sheet.awarded_items();
        let mut by_id: Vec<(&'s str, usize)> = leaves
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id(), i))
            .collect();
        by_id.sort_unstable();
        // A validated sheet has at most four bands, so the table is always made.
        let bands = BandTable::new(sheet).ok_or_else(|| {
            Error::invalid(
                Subject::ScoreSheet(sheet.name.clone()),
                "bands",
                "at most one band per class",
                sheet.bands.len(),
            )
        })?;
        Ok(ScorePlan {
            sheet,
            leaves,
            by_id,
            bands,
            findings: count_items(&sheet.items) + 2 * sheet.deductions.len() + 1,
            walk: LeanWalk::new(&sheet.items),
        })
    }

    /// The sheet.
    pub fn sheet(&self) -> &'s ScoreSheet {
        self.sheet
    }

    /// The number of leaves taking awarded points: the positions of a points slice.
    pub fn len(&self) -> usize {
        self.leaves.len()
    }

    /// Whether no leaf takes awarded points (every item is computed).
    pub fn is_empty(&self) -> bool {
        self.leaves.is_empty()
    }

    /// The leaf at position `pos` (`None` past the end).
    pub fn leaf(&self, pos: usize) -> Option<&'s ScoreItem> {
        self.leaves.get(pos).copied()
    }

    /// The id of the leaf at position `pos` (`None` past the end).
    pub fn leaf_id(&self, pos: usize) -> Option<&'s str> {
        self.leaf(pos).map(|l| l.id())
    }

    /// The position of the leaf with id `id`; `None` for an id of no leaf taking awarded points
    /// (a group, the computed item, a deduction or no item at all).
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id
            .binary_search_by(|(k, _)| (*k).cmp(id))
            .ok()
            .map(|i| self.by_id[i].1)
    }

    /// [`classify_compact`](super::classify_compact) with the points by leaf position:
    /// `points[i]` is the points of [`leaf_id(i)`](Self::leaf_id), `None` for not given (as an id
    /// left out of [`ScoreInput::awarded`](super::ScoreInput::awarded)); positions past the end
    /// of a shorter slice are not given. The findings, when someone reads them, are
    /// [`ScorePlan::classify`]'s.
    ///
    /// # Errors
    ///
    /// As [`classify_compact`](super::classify_compact) on the same points given by id; and a
    /// slice longer than [`ScorePlan::len`] (field `points[<len>]`, the first position past the
    /// end), checked where an id of no leaf would be.
    pub fn classify_compact(
        &self,
        safety: &Decision<SafetyOutcome>,
        points: &[Option<u32>],
        facts: &[DeductionFact],
    ) -> Result<CompactClassification, Error> {
        self.walk_at(safety, points, facts, None, true)
    }

    /// The provisional criteria of the sheet's items, in walk order: the first entries of
    /// every list [`ScorePlan::classify_counting`] and [`ScorePlan::classify_counting_at`]
    /// give (shared, for the year pipeline to count as one segment).
    pub(crate) fn items_provisional(&self) -> &std::sync::Arc<[CriterionRef]> {
        self.walk.items_provisional()
    }

    /// [`classify_compact`](super::classify_compact) by item id through the plan (its sheet,
    /// its walk found once) also listing the provisional criteria used, in order, into
    /// `provisional` (cleared first) — what the year pipeline counts for a unit it does not
    /// list; the same as `classify_counting` on [`ScorePlan::sheet`].
    ///
    /// Without `list_items`, the list leaves out its first entries, the items' provisional
    /// criteria ([`ScorePlan::items_provisional`]), for a caller that counts them itself.
    pub(crate) fn classify_counting(
        &self,
        safety: &Decision<SafetyOutcome>,
        input: &ScoreInput,
        provisional: &mut Vec<CriterionRef>,
        list_items: bool,
    ) -> Result<CompactClassification, Error> {
        provisional.clear();
        classify_walked(
            &self.walk,
            &self.bands,
            safety,
            Awarded::new(&input.awarded),
            &input.facts,
            self.sheet,
            Some(provisional),
            list_items,
        )
    }

    /// [`ScorePlan::classify_counting`] with the points by leaf position (as in
    /// [`ScorePlan::classify_compact`]) — what the year pipeline counts for a unit whose points
    /// came by position (the v2 `a` array mapped onto the plan's leaves).
    pub(crate) fn classify_counting_at(
        &self,
        safety: &Decision<SafetyOutcome>,
        points: &[Option<u32>],
        facts: &[DeductionFact],
        provisional: &mut Vec<CriterionRef>,
        list_items: bool,
    ) -> Result<CompactClassification, Error> {
        provisional.clear();
        self.walk_at(safety, points, facts, Some(provisional), list_items)
    }

    /// The compact classification along the plan's walk with the points by leaf position,
    /// listing the provisional criteria into `provisional` when given.
    #[inline(always)]
    fn walk_at(
        &self,
        safety: &Decision<SafetyOutcome>,
        points: &[Option<u32>],
        facts: &[DeductionFact],
        provisional: Option<&mut Vec<CriterionRef>>,
        list_items: bool,
    ) -> Result<CompactClassification, Error> {
        let cursor = self.cursor(points);
        classify_walked(
            &self.walk,
            &self.bands,
            safety,
            cursor,
            facts,
            self.sheet,
            provisional,
            list_items,
        )
    }

    /// [`classify`](fn@super::classify) with the points by leaf position (as in
    /// [`ScorePlan::classify_compact`]): the full decision, every finding.
    ///
    /// # Errors
    ///
    /// As [`ScorePlan::classify_compact`].
    pub fn classify(
        &self,
        safety: &Decision<SafetyOutcome>,
        points: &[Option<u32>],
        facts: &[DeductionFact],
    ) -> Result<Decision<Classification>, Error> {
        let mut findings: Vec<Finding> = Vec::with_capacity(self.findings);
        let outcome = classify_points(
            safety,
            || self.cursor(points),
            facts,
            self.sheet,
            &mut findings,
        )?;
        Ok(Decision {
            unit: safety.unit.clone(),
            outcome,
            findings,
        })
    }

    #[inline(always)]
    fn cursor<'a>(&'a self, points: &'a [Option<u32>]) -> ByPosition<'a> {
        ByPosition {
            points,
            next: 0,
            leaves: self.leaves.len(),
            bands: &self.bands,
        }
    }
}

/// The points of the leaves in sheet order, by position; the plan's bands.
struct ByPosition<'a> {
    points: &'a [Option<u32>],
    /// The position of the next leaf asked for.
    next: usize,
    /// The plan's [`ScorePlan::len`].
    leaves: usize,
    bands: &'a BandTable,
}

impl Points for ByPosition<'_> {
    #[inline(always)]
    fn bands(&self) -> Option<&BandTable> {
        Some(self.bands)
    }

    #[inline(always)]
    fn next(&mut self, _id: &str) -> Option<u32> {
        let p = self.points.get(self.next).copied().flatten();
        self.next += 1;
        p
    }

    #[inline(always)]
    fn unmatched(&self, unit: &UnitId, sheet: &ScoreSheet, _: usize) -> Result<(), Error> {
        if self.points.len() <= self.leaves {
            return Ok(());
        }
        Err(too_long(unit, sheet, self.leaves, self.points.len()))
    }
}

#[cold]
fn too_long(unit: &UnitId, sheet: &ScoreSheet, leaves: usize, given: usize) -> Error {
    Error::invalid(
        Subject::Unit(unit.clone()),
        format!("points[{leaves}]"),
        format!(
            "at most {leaves} positions, one per leaf of sheet {} taking awarded points",
            sheet.name
        ),
        format!("{given} positions"),
    )
}
