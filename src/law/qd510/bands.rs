//! The class bands' criteria: `static` ones for the common band sources, so that classifying
//! with them never allocates.

use std::borrow::Cow;

use crate::citation::{Citation, Cited, Instrument, Provenance, Source};
use crate::explain::{Criterion, CriterionRef};
use crate::outcome::MovementClass;

use super::builtin::PROVISIONAL_BAND;
use super::sheet::{ClassBand, ScoreSheet, MAX_TOTAL};

const fn band_criterion_with(class: MovementClass, source: Source) -> Criterion {
    let (id, vi, en) = match class {
        MovementClass::XuatSac => (
            "qd510.band.xuat_sac",
            "Khung điểm loại Xuất sắc",
            "Band for Excellent",
        ),
        MovementClass::Kha => ("qd510.band.kha", "Khung điểm loại Khá", "Band for Good"),
        MovementClass::TrungBinh => (
            "qd510.band.trung_binh",
            "Khung điểm loại Trung bình",
            "Band for Average",
        ),
        MovementClass::Yeu => ("qd510.band.yeu", "Khung điểm loại Yếu", "Band for Weak"),
    };
    Criterion {
        id: Cow::Borrowed(id),
        source,
        vi: Cow::Borrowed(vi),
        en: Cow::Borrowed(en),
    }
}

/// A band source often used by provincial sheets that have no citation for their thresholds.
const PROVISIONAL_UNCITED: Source =
    Source::provisional(Citation::instrument(Instrument::Provisional));

/// Band findings for the common band sources — the built-in (provisional QĐ510) one and the
/// uncited provisional one — so that classifying with such bands never allocates; indexed by
/// [`band_index`].
static BAND_CRITERIA: [[Criterion; 4]; 2] = [
    [
        band_criterion_with(MovementClass::Yeu, PROVISIONAL_BAND),
        band_criterion_with(MovementClass::TrungBinh, PROVISIONAL_BAND),
        band_criterion_with(MovementClass::Kha, PROVISIONAL_BAND),
        band_criterion_with(MovementClass::XuatSac, PROVISIONAL_BAND),
    ],
    [
        band_criterion_with(MovementClass::Yeu, PROVISIONAL_UNCITED),
        band_criterion_with(MovementClass::TrungBinh, PROVISIONAL_UNCITED),
        band_criterion_with(MovementClass::Kha, PROVISIONAL_UNCITED),
        band_criterion_with(MovementClass::XuatSac, PROVISIONAL_UNCITED),
    ],
];

const fn band_index(class: MovementClass) -> usize {
    match class {
        MovementClass::Yeu => 0,
        MovementClass::TrungBinh => 1,
        MovementClass::Kha => 2,
        MovementClass::XuatSac => 3,
    }
}

/// The instrument of a provisional source citing a whole instrument (no article, clause,
/// point or section) — `Some(Qd510)` exactly when the source is [`PROVISIONAL_BAND`],
/// `Some(Provisional)` exactly when it is [`PROVISIONAL_UNCITED`]; compared field by field
/// without the derived equality's walk through the citation.
#[inline(always)]
fn instrument_only(source: &Source) -> Option<Instrument> {
    let c = &source.citation;
    match c.cites {
        Cited::Instrument(i)
            if source.provenance == Provenance::Provisional
                && c.article.is_none()
                && c.clause.is_none()
                && c.point.is_none()
                && c.section.is_none() =>
        {
            Some(i)
        }
        _ => None,
    }
}

/// The criterion of the band finding: a `static` one when the band's source is one of the
/// common ones ([`BAND_CRITERIA`]), otherwise one built for the band's own source (one `Arc`
/// per decision — a band does not store its criterion, so its public shape and JSON stay
/// `{class, min, max, source}`).
#[inline(always)]
pub(super) fn band_criterion(band: &ClassBand) -> CriterionRef {
    let family = match instrument_only(&band.source) {
        Some(Instrument::Qd510) => Some(0),
        Some(Instrument::Provisional) => Some(1),
        _ => None,
    };
    match family {
        Some(f) => CriterionRef::Static(&BAND_CRITERIA[f][band_index(band.class)]),
        None => CriterionRef::from(band_criterion_with(band.class, band.source.clone())),
    }
}

/// The band of every total 0–100 and each band's criterion, found once per sheet (for a
/// [`ScorePlan`](super::plan::ScorePlan)): a total's band is then one index, and its criterion
/// is never built again.
#[derive(Debug, Clone)]
pub(super) struct BandTable {
    /// For each total, the index of the first band holding it ([`NO_BAND`]: none).
    of_total: [u8; MAX_TOTAL as usize + 1],
    /// [`band_criterion`] of each band, in the sheet's order.
    criteria: Vec<CriterionRef>,
}

/// In [`BandTable`], a total that no band holds.
const NO_BAND: u8 = u8::MAX;

impl BandTable {
    /// The table of `bands` (`ScoreSheet::band_for` and [`band_criterion`], once per total and
    /// band); `None` for more bands than an index holds (the sheet is then classified as
    /// without a plan).
    pub(super) fn new(sheet: &ScoreSheet) -> Option<BandTable> {
        if sheet.bands.len() >= usize::from(NO_BAND) {
            return None;
        }
        let mut of_total = [NO_BAND; MAX_TOTAL as usize + 1];
        for (total, slot) in (0u32..).zip(of_total.iter_mut()) {
            if let Some(i) = sheet.bands.iter().position(|b| b.contains(total)) {
                *slot = i as u8;
            }
        }
        Some(BandTable {
            of_total,
            criteria: sheet.bands.iter().map(band_criterion).collect(),
        })
    }

    /// The index of the band holding `total` (as `band_for`) and its criterion.
    #[inline(always)]
    pub(super) fn get(&self, total: u32) -> Option<(usize, &CriterionRef)> {
        let i = usize::from(*self.of_total.get(total as usize)?);
        Some((i, self.criteria.get(i)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citation::Provenance;

    /// The field-by-field check picks the `static` criteria exactly for the two sources it
    /// stands for: every way a source can differ from them (provenance, instrument, article,
    /// clause, point, section) gives a criterion built from the band's own source.
    #[test]
    fn static_band_criteria_exactly_for_the_two_common_sources() {
        let base = [PROVISIONAL_BAND, PROVISIONAL_UNCITED];
        let mut sources = base.to_vec();
        for b in base {
            for p in [
                Provenance::Text,
                Provenance::ProvincialDocument,
                Provenance::Reported,
            ] {
                let mut s = b.clone();
                s.provenance = p;
                sources.push(s);
            }
            let mut s = b.clone();
            s.citation.article = Some(8);
            sources.push(s);
            let mut s = b.clone();
            s.citation.clause = Some(1);
            sources.push(s);
            let mut s = b.clone();
            s.citation.point = Some('a');
            sources.push(s);
            let mut s = b.clone();
            s.citation.section = Some(Cow::Borrowed("2a"));
            sources.push(s);
        }
        sources.push(Source::provisional(Citation::instrument(Instrument::Tt124)));
        sources.push(Source::provisional(Citation::doc_section(
            &crate::provinces::documents::SON_LA_UBND_NC_2026,
            "2a",
        )));
        for source in sources {
            for class in [
                MovementClass::Yeu,
                MovementClass::TrungBinh,
                MovementClass::Kha,
                MovementClass::XuatSac,
            ] {
                let band = ClassBand {
                    class,
                    min: 0,
                    max: 100,
                    source: source.clone(),
                };
                let c = band_criterion(&band);
                let common = source == PROVISIONAL_BAND || source == PROVISIONAL_UNCITED;
                assert_eq!(matches!(c, CriterionRef::Static(_)), common, "{source:?}");
                assert_eq!(c.source, source);
                assert_eq!(*c, band_criterion_with(class, source.clone()));
            }
        }
    }
}
