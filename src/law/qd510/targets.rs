//! Chỉ tiêu xếp loại — targets over a set of units: "no unit classified Yếu" (Sơn La …/UBND-NC §2b for
//! Sơn La 2026; Sơn Dương 54/KH-UBND every year) and "100 % Khá or better by 2030" (Sơn Dương 54/KH-UBND).

use std::borrow::Cow;
use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Source};
use crate::error::{Error, Subject};
use crate::explain::{Criterion, CriterionRef, Decision, Finding, Status, Value};
use crate::outcome::MovementClass;
use crate::unit::{KindTag, UnitId};

use super::classify::Classification;

/// Chỉ tiêu xếp loại — at least `share_percent` % of the units of the kinds named in `kinds`
/// must be classified `floor` or better, in the years `from_year..=to_year`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct ClassTarget {
    /// Id, source and labels of the target (shared with the check and its finding).
    pub criterion: CriterionRef,
    /// The lowest acceptable class (Trung bình for "no unit Yếu", Khá for "Khá or better").
    pub floor: MovementClass,
    /// The share of units that must reach `floor` (100 for "every unit").
    pub share_percent: u32,
    /// First year the target applies.
    #[serde(deserialize_with = "crate::strict::year")]
    pub from_year: i32,
    /// Last year the target applies.
    #[serde(deserialize_with = "crate::strict::year")]
    pub to_year: i32,
    /// The kinds of unit the target counts, as its document names them (default: every kind).
    #[serde(default = "all_kinds")]
    pub kinds: Cow<'static, [KindTag]>,
}

fn all_kinds() -> Cow<'static, [KindTag]> {
    Cow::Borrowed(&KindTag::ALL)
}

/// Villages, agencies, enterprises and schools — the units Sơn Dương's plan counts (not the
/// commune itself).
const VILLAGES_AND_ORGANISATIONS: [KindTag; 4] = [
    KindTag::ResidentialArea,
    KindTag::Agency,
    KindTag::Enterprise,
    KindTag::School,
];

static SON_LA_2026_NO_WEAK_CRITERION: Criterion = Criterion {
    id: Cow::Borrowed("son_la_2026.2b.no_weak"),
    source: Source::provincial(Citation::doc_section(
        &crate::provinces::documents::SON_LA_UBND_NC_2026,
        "2b",
    )),
    vi: Cow::Borrowed("Không có đơn vị nào xếp loại Yếu (Sơn La, năm 2026)"),
    en: Cow::Borrowed("No unit classified Weak (Sơn La, 2026)"),
};

/// Sơn La …/UBND-NC §2b — Sơn La, 2026: no residential area, commune, agency, enterprise or school
/// classified Yếu (every kind).
pub const SON_LA_2026_NO_WEAK: ClassTarget = ClassTarget {
    criterion: CriterionRef::Static(&SON_LA_2026_NO_WEAK_CRITERION),
    floor: MovementClass::TrungBinh,
    share_percent: 100,
    from_year: 2026,
    to_year: 2026,
    kinds: Cow::Borrowed(&KindTag::ALL),
};

static SON_DUONG_NO_WEAK_YEARLY_CRITERION: Criterion = Criterion {
    id: Cow::Borrowed("son_duong_54_2026.ii2.no_weak"),
    source: Source::provincial(Citation::doc_section(
        &crate::provinces::documents::SON_DUONG_KH54_2026,
        "II.2",
    )),
    vi: Cow::Borrowed("Hằng năm không có đơn vị nào xếp loại Yếu (Sơn Dương)"),
    en: Cow::Borrowed("No unit classified Weak, every year (Sơn Dương)"),
};

/// Sơn Dương 54/KH-UBND §II.2 — Sơn Dương, every year of 2026–2030: no village, agency, enterprise or school
/// classified Yếu (the commune itself is not counted).
pub const SON_DUONG_NO_WEAK_YEARLY: ClassTarget = ClassTarget {
    criterion: CriterionRef::Static(&SON_DUONG_NO_WEAK_YEARLY_CRITERION),
    floor: MovementClass::TrungBinh,
    share_percent: 100,
    from_year: 2026,
    to_year: 2030,
    kinds: Cow::Borrowed(&VILLAGES_AND_ORGANISATIONS),
};

static SON_DUONG_ALL_KHA_2030_CRITERION: Criterion = Criterion {
    id: Cow::Borrowed("son_duong_54_2026.ii2.all_kha_2030"),
    source: Source::provincial(Citation::doc_section(
        &crate::provinces::documents::SON_DUONG_KH54_2026,
        "II.2",
    )),
    vi: Cow::Borrowed("Đến năm 2030, 100% đơn vị xếp loại Khá trở lên (Sơn Dương)"),
    en: Cow::Borrowed("By 2030, 100% of units classified Good or better (Sơn Dương)"),
};

/// Sơn Dương 54/KH-UBND §II.2 — Sơn Dương, by 2030: 100 % of villages, agencies, enterprises and schools
/// classified Khá or better (the commune itself is not counted).
pub const SON_DUONG_ALL_KHA_2030: ClassTarget = ClassTarget {
    criterion: CriterionRef::Static(&SON_DUONG_ALL_KHA_2030_CRITERION),
    floor: MovementClass::Kha,
    share_percent: 100,
    from_year: 2030,
    to_year: 2030,
    kinds: Cow::Borrowed(&VILLAGES_AND_ORGANISATIONS),
};

/// Kết quả kiểm tra chỉ tiêu — how a set of units stands against a [`ClassTarget`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "snake_case")]
pub struct TargetCheck {
    /// The target checked.
    pub criterion: CriterionRef,
    /// Whether enough units reach the floor.
    pub met: bool,
    /// Units considered.
    pub units: u64,
    /// Units classified at or above the floor.
    pub at_or_above: u64,
    /// Units needed: ⌈share · units / 100⌉.
    pub required: u64,
    /// Units below the floor, sorted by id.
    pub offending: Vec<UnitId>,
}

impl TargetCheck {
    /// The check as a finding (observed: units at or above the floor of all units; required:
    /// at least `required`).
    pub fn finding(&self) -> Finding {
        Finding::new(
            self.criterion.clone(),
            if self.met {
                Status::Met
            } else {
                Status::NotMet
            },
            Value::Ratio {
                num: self.at_or_above,
                den: self.units,
            },
            Value::AtLeast(self.required),
        )
    }
}

impl ClassTarget {
    /// Whether the target applies in `year`.
    pub fn applies_in(&self, year: i32) -> bool {
        self.from_year <= year && year <= self.to_year
    }

    /// Whether the target counts units of this kind.
    pub fn counts(&self, kind: KindTag) -> bool {
        self.kinds.contains(&kind)
    }

    /// Check the target over `(unit, kind, class)` triples, counting only the kinds it names.
    ///
    /// # Errors
    ///
    /// As [`ClassTarget::check`].
    pub fn check_units<'a>(
        &self,
        units: impl IntoIterator<Item = (&'a UnitId, KindTag, MovementClass)>,
    ) -> Result<TargetCheck, Error> {
        self.check(
            units
                .into_iter()
                .filter(|(_, k, _)| self.counts(*k))
                .map(|(id, _, c)| (id, c)),
        )
    }

    /// Check the target over `(unit, class)` pairs, every one counted (the caller has already
    /// kept the kinds the target names; see [`ClassTarget::check_units`]). An empty set meets it. A unit listed twice
    /// is an [`Error::Duplicate`]; a share above 100 % is an [`Error::Invalid`].
    ///
    /// # Errors
    ///
    /// A unit listed twice ([`Error::Duplicate`]); a share above 100 % ([`Error::Invalid`]).
    pub fn check<'a>(
        &self,
        units: impl IntoIterator<Item = (&'a UnitId, MovementClass)>,
    ) -> Result<TargetCheck, Error> {
        self.check_share()?;
        let units: Vec<(&UnitId, MovementClass)> = units.into_iter().collect();
        // Units listed in strictly rising id order (a year report's are) are distinct, and
        // their offenders come sorted: one comparison with the next instead of a set.
        let in_order = units.windows(2).all(|w| w[0].0 < w[1].0);
        if !in_order {
            if let Some(id) = first_repeated(&units) {
                return Err(Error::duplicate(Subject::Input, "units", id));
            }
        }
        Ok(self.count(&units, in_order))
    }

    /// [`ClassTarget::check_units`] over units the caller knows to be in strictly rising id
    /// order (a year's reports, sorted and checked distinct before): neither compared nor
    /// sorted again.
    pub(crate) fn check_units_in_id_order<'a>(
        &self,
        units: impl IntoIterator<Item = (&'a UnitId, KindTag, MovementClass)>,
    ) -> Result<TargetCheck, Error> {
        self.check_share()?;
        let units: Vec<(&UnitId, MovementClass)> = units
            .into_iter()
            .filter(|(_, k, _)| self.counts(*k))
            .map(|(id, _, c)| (id, c))
            .collect();
        debug_assert!(units.windows(2).all(|w| w[0].0 < w[1].0));
        Ok(self.count(&units, true))
    }

    /// A share above 100 % is an error.
    fn check_share(&self) -> Result<(), Error> {
        if self.share_percent > 100 {
            return Err(Error::invalid(
                Subject::Roadmap(self.criterion.id.to_string()),
                "share_percent",
                "a share between 0 and 100",
                self.share_percent,
            ));
        }
        Ok(())
    }

    /// The check over distinct units (`sorted`: in rising id order, so their offenders are).
    fn count(&self, units: &[(&UnitId, MovementClass)], sorted: bool) -> TargetCheck {
        let mut offending = Vec::new();
        let mut ok = 0u64;
        for &(id, class) in units {
            if class >= self.floor {
                ok += 1;
            } else {
                offending.push(id.clone());
            }
        }
        if !sorted {
            offending.sort();
        }
        let total = units.len() as u64;
        let required = (u64::from(self.share_percent) * total).div_ceil(100);
        TargetCheck {
            criterion: self.criterion.clone(),
            met: ok >= required,
            units: total,
            at_or_above: ok,
            required,
            offending,
        }
    }

    /// Check the target over classification decisions.
    ///
    /// # Errors
    ///
    /// As [`ClassTarget::check`].
    pub fn check_decisions<'a>(
        &self,
        decisions: impl IntoIterator<Item = &'a Decision<Classification>>,
    ) -> Result<TargetCheck, Error> {
        self.check(decisions.into_iter().map(|d| (&d.unit, d.outcome.class)))
    }
}

/// "Không có đơn vị xếp loại Yếu" over a set of decisions (Sơn La …/UBND-NC §2b, Sơn La 2026).
///
/// # Errors
///
/// As [`ClassTarget::check`].
pub fn no_unit_weak<'a>(
    decisions: impl IntoIterator<Item = &'a Decision<Classification>>,
) -> Result<TargetCheck, Error> {
    SON_LA_2026_NO_WEAK.check_decisions(decisions)
}

/// "100 % Khá trở lên" over a set of decisions (Sơn Dương 54/KH-UBND, by 2030).
///
/// # Errors
///
/// As [`ClassTarget::check`].
pub fn all_at_least_kha<'a>(
    decisions: impl IntoIterator<Item = &'a Decision<Classification>>,
) -> Result<TargetCheck, Error> {
    SON_DUONG_ALL_KHA_2030.check_decisions(decisions)
}

/// The first unit, in the order listed, that an earlier one repeats.
fn first_repeated<'a>(units: &[(&'a UnitId, MovementClass)]) -> Option<&'a UnitId> {
    let mut seen = BTreeSet::new();
    units.iter().map(|u| u.0).find(|id| !seen.insert(*id))
}
