//! The shipped roadmaps: KH10 Sơn La 2026–2030 and Sơn Dương 2026–2030.

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::citation::{Citation, Source};

use super::{Basis, Category, Metric, Roadmap, Target};

const KH10: Source = Source::provincial(Citation::doc_section(
    &crate::provinces::documents::SON_LA_UBND_NC_2026,
    "3a",
));
const SON_DUONG: Source = Source::provincial(Citation::doc_section(
    &crate::provinces::documents::SON_DUONG_KH54_2026,
    "II.2",
));

fn t(
    id: &'static str,
    year: i32,
    category: Category,
    metric: Metric,
    basis: Basis,
    share: i64,
    source: &Source,
) -> Target {
    Target {
        id: Cow::Borrowed(id),
        year,
        category,
        metric,
        basis,
        min_share: Decimal::from(share),
        source: source.clone(),
    }
}

impl Roadmap {
    /// KH10 Sơn La 2026–2030 (Kế hoạch 10/KH-UBND, as summarised in Sơn La …/UBND-NC §3a).
    ///
    /// - 2026: 100 % of communes register (annual); ≥ 75 % of communes recognised as model units
    ///   in the year's decisions (annual — the communes were re-formed on 1/7/2025, so none
    ///   held the title before).
    /// - 2027–2030: communes keep ≥ 75 % (cumulative: holding the title).
    /// - Agencies, enterprises and schools: ≥ 20 % (2027), 40 % (2028), 60 % (2029), 75 % (2030),
    ///   cumulative ("lũy kế"; 2027 is the first year, where cumulative and annual coincide
    ///   unless some were recognised in 2026).
    /// - 2030, end of period: ≥ 75 % of all communes, agencies, enterprises and schools
    ///   (cumulative).
    ///
    /// Not encoded: "units below the target keep registering" (a registration duty over the
    /// units not yet holding the title, not a share of a category).
    pub fn kh10_son_la() -> Roadmap {
        use Basis::*;
        use Category::*;
        use Metric::*;
        let s = &KH10;
        Roadmap {
            name: Cow::Borrowed("kh10_son_la_2026_2030"),
            from_year: 2026,
            to_year: 2030,
            targets: vec![
                t(
                    "kh10.2026.communes.registered",
                    2026,
                    Communes,
                    ModelUnitRegistered,
                    Annual,
                    100,
                    s,
                ),
                t(
                    "kh10.2026.communes.model_unit",
                    2026,
                    Communes,
                    ModelUnit,
                    Annual,
                    75,
                    s,
                ),
                t(
                    "kh10.2027.communes.model_unit",
                    2027,
                    Communes,
                    ModelUnit,
                    Cumulative,
                    75,
                    s,
                ),
                t(
                    "kh10.2027.organisations.model_unit",
                    2027,
                    Organisations,
                    ModelUnit,
                    Cumulative,
                    20,
                    s,
                ),
                t(
                    "kh10.2028.communes.model_unit",
                    2028,
                    Communes,
                    ModelUnit,
                    Cumulative,
                    75,
                    s,
                ),
                t(
                    "kh10.2028.organisations.model_unit",
                    2028,
                    Organisations,
                    ModelUnit,
                    Cumulative,
                    40,
                    s,
                ),
                t(
                    "kh10.2029.communes.model_unit",
                    2029,
                    Communes,
                    ModelUnit,
                    Cumulative,
                    75,
                    s,
                ),
                t(
                    "kh10.2029.organisations.model_unit",
                    2029,
                    Organisations,
                    ModelUnit,
                    Cumulative,
                    60,
                    s,
                ),
                t(
                    "kh10.2030.communes.model_unit",
                    2030,
                    Communes,
                    ModelUnit,
                    Cumulative,
                    75,
                    s,
                ),
                t(
                    "kh10.2030.organisations.model_unit",
                    2030,
                    Organisations,
                    ModelUnit,
                    Cumulative,
                    75,
                    s,
                ),
                t(
                    "kh10.2030.all.model_unit",
                    2030,
                    CommunesAndOrganisations,
                    ModelUnit,
                    Cumulative,
                    75,
                    s,
                ),
            ],
        }
    }

    /// Sơn Dương commune 2026–2030 (Kế hoạch 54/KH-UBND, Sơn Dương 54/KH-UBND §II.2), over every thôn,
    /// agency, enterprise and school of the commune:
    ///
    /// - every year: 100 % register for "An toàn về ANTT"; ≥ 95 % recognised; none classified
    ///   Yếu (100 % classified and not Yếu); 100 % have ≥ 1 effective model rated Khá or better;
    /// - 2030: 100 % classified Khá or better.
    ///
    /// Not encoded: the propaganda targets (100 % of cadres, more than 90 % of residents) — they
    /// count people, not units.
    pub fn son_duong_2026_2030() -> Roadmap {
        use Basis::Annual;
        use Category::ResidentialAreasAndOrganisations as All;
        use Metric::*;
        let s = &SON_DUONG;
        let mut targets = Vec::with_capacity(21);
        for (year, ids) in [
            (
                2026,
                [
                    "son_duong.2026.safety_registered",
                    "son_duong.2026.safety_recognised",
                    "son_duong.2026.not_yeu",
                    "son_duong.2026.models",
                ],
            ),
            (
                2027,
                [
                    "son_duong.2027.safety_registered",
                    "son_duong.2027.safety_recognised",
                    "son_duong.2027.not_yeu",
                    "son_duong.2027.models",
                ],
            ),
            (
                2028,
                [
                    "son_duong.2028.safety_registered",
                    "son_duong.2028.safety_recognised",
                    "son_duong.2028.not_yeu",
                    "son_duong.2028.models",
                ],
            ),
            (
                2029,
                [
                    "son_duong.2029.safety_registered",
                    "son_duong.2029.safety_recognised",
                    "son_duong.2029.not_yeu",
                    "son_duong.2029.models",
                ],
            ),
            (
                2030,
                [
                    "son_duong.2030.safety_registered",
                    "son_duong.2030.safety_recognised",
                    "son_duong.2030.not_yeu",
                    "son_duong.2030.models",
                ],
            ),
        ] {
            targets.push(t(ids[0], year, All, SafetyRegistered, Annual, 100, s));
            targets.push(t(ids[1], year, All, SafetyRecognised, Annual, 95, s));
            targets.push(t(ids[2], year, All, NotYeu, Annual, 100, s));
            targets.push(t(ids[3], year, All, EffectiveModelRated, Annual, 100, s));
        }
        targets.push(t(
            "son_duong.2030.kha_or_better",
            2030,
            All,
            KhaOrBetter,
            Annual,
            100,
            s,
        ));
        Roadmap {
            name: Cow::Borrowed("son_duong_kh54_2026_2030"),
            from_year: 2026,
            to_year: 2030,
            targets,
        }
    }
}
