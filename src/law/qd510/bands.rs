//! The class bands' criteria: `static` ones for the common band sources, so that classifying
//! with them never allocates.

use std::borrow::Cow;

use crate::citation::{Citation, Instrument, Source};
use crate::explain::{Criterion, CriterionRef};
use crate::outcome::MovementClass;

use super::builtin::PROVISIONAL_BAND;
use super::sheet::ClassBand;

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

/// The criterion of the band finding: a `static` one when the band's source is one of the
/// common ones ([`BAND_CRITERIA`]), otherwise one built for the band's own source (one `Arc`
/// per decision — a band does not store its criterion, so its public shape and JSON stay
/// `{class, min, max, source}`).
pub(super) fn band_criterion(band: &ClassBand) -> CriterionRef {
    let family = if band.source == PROVISIONAL_BAND {
        Some(0)
    } else if band.source == PROVISIONAL_UNCITED {
        Some(1)
    } else {
        None
    };
    match family {
        Some(f) => CriterionRef::Static(&BAND_CRITERIA[f][band_index(band.class)]),
        None => CriterionRef::from(band_criterion_with(band.class, band.source.clone())),
    }
}
