//! Class targets name the kinds of unit they count: Sơn Dương's plan 54/KH-UBND §II.2 counts
//! villages, agencies, enterprises and schools (not the commune itself); Sơn La's guidance §2b
//! counts every kind, communes included.

use antq::law::qd510::{
    ClassTarget, SON_DUONG_ALL_KHA_2030, SON_DUONG_NO_WEAK_YEARLY, SON_LA_2026_NO_WEAK,
};
use antq::{KindTag, MovementClass, UnitId};

fn units() -> Vec<(UnitId, KindTag, MovementClass)> {
    vec![
        (
            UnitId::new("xa-son-duong"),
            KindTag::Commune,
            MovementClass::Yeu,
        ),
        (
            UnitId::new("thon-1"),
            KindTag::ResidentialArea,
            MovementClass::Kha,
        ),
        (
            UnitId::new("truong-1"),
            KindTag::School,
            MovementClass::XuatSac,
        ),
        (UnitId::new("cq-1"), KindTag::Agency, MovementClass::Kha),
        (UnitId::new("dn-1"), KindTag::Enterprise, MovementClass::Kha),
    ]
}

fn check(t: &ClassTarget, units: &[(UnitId, KindTag, MovementClass)]) -> (bool, u64) {
    let c = t
        .check_units(units.iter().map(|(id, k, c)| (id, *k, *c)))
        .unwrap();
    (c.met, c.units)
}

#[test]
fn seed_son_duong_ii2_no_weak_does_not_count_the_commune_itself() {
    assert!(!SON_DUONG_NO_WEAK_YEARLY.counts(KindTag::Commune));
    // The commune is Yếu, its four units are not: the target is met over those four.
    assert_eq!(check(&SON_DUONG_NO_WEAK_YEARLY, &units()), (true, 4));
}

#[test]
fn seed_son_duong_ii2_no_weak_fails_when_a_village_is_weak() {
    let mut u = units();
    u[1].2 = MovementClass::Yeu;
    assert_eq!(check(&SON_DUONG_NO_WEAK_YEARLY, &u), (false, 4));
}

#[test]
fn seed_son_duong_ii2_all_kha_by_2030_counts_villages_agencies_enterprises_schools() {
    for k in [
        KindTag::ResidentialArea,
        KindTag::Agency,
        KindTag::Enterprise,
        KindTag::School,
    ] {
        assert!(SON_DUONG_ALL_KHA_2030.counts(k), "{k:?}");
    }
    assert_eq!(check(&SON_DUONG_ALL_KHA_2030, &units()), (true, 4));
    let mut u = units();
    u[3].2 = MovementClass::TrungBinh;
    assert_eq!(check(&SON_DUONG_ALL_KHA_2030, &u), (false, 4));
}

#[test]
fn seed_son_la_2b_no_weak_counts_every_kind_communes_included() {
    for k in KindTag::ALL {
        assert!(SON_LA_2026_NO_WEAK.counts(k), "{k:?}");
    }
    assert_eq!(check(&SON_LA_2026_NO_WEAK, &units()), (false, 5));
}

#[test]
fn a_class_target_from_json_without_kinds_counts_every_kind() {
    let mut v = serde_json::to_value(&SON_DUONG_NO_WEAK_YEARLY).unwrap();
    assert_eq!(
        v["kinds"],
        serde_json::json!(["residential_area", "agency", "enterprise", "school"])
    );
    v.as_object_mut().unwrap().remove("kinds");
    let t: ClassTarget = serde_json::from_value(v).unwrap();
    assert_eq!(t.kinds.len(), KindTag::ALL.len());
}

#[test]
fn seed_son_duong_ii2_in_the_year_report_the_commune_is_not_counted() {
    use antq::policy::Policy;
    use antq::year::{evaluate, YearInput};
    let json = std::fs::read_to_string("examples/data/year_input_small.json").unwrap();
    let input: YearInput = serde_json::from_str(&json).unwrap();
    let r = evaluate(&input, &Policy::son_duong_2026()).unwrap();
    let t = r
        .class_targets
        .iter()
        .find(|t| t.criterion.id == "son_duong_54_2026.ii2.no_weak")
        .unwrap();
    let classified_non_communes = r
        .units
        .iter()
        .filter(|u| u.classification.is_some() && u.kind != KindTag::Commune)
        .count() as u64;
    assert_eq!(t.units, classified_non_communes);
    assert!(r
        .units
        .iter()
        .any(|u| u.kind == KindTag::Commune && u.classification.is_some()));
}

/// The plain reading of a class target's check (a set of the units seen; the first unit, in
/// the order listed, that repeats an earlier one is the error; the offenders sorted), to hold
/// `ClassTarget::check` to on any list.
fn by_a_set(
    t: &ClassTarget,
    units: &[(UnitId, MovementClass)],
) -> Result<(u64, u64, Vec<UnitId>), UnitId> {
    let mut seen = std::collections::BTreeSet::new();
    let mut offending = Vec::new();
    for (id, class) in units {
        if !seen.insert(id) {
            return Err(id.clone());
        }
        if *class < t.floor {
            offending.push(id.clone());
        }
    }
    offending.sort();
    Ok((
        units.len() as u64,
        units.len() as u64 - offending.len() as u64,
        offending,
    ))
}

fn class_of(n: u8) -> MovementClass {
    [
        MovementClass::Yeu,
        MovementClass::TrungBinh,
        MovementClass::Kha,
        MovementClass::XuatSac,
    ][usize::from(n % 4)]
}

#[test]
fn seed_son_la_2b_a_class_target_names_the_first_unit_listed_twice_in_or_out_of_order() {
    let at = |ids: &[&str]| {
        let units: Vec<(UnitId, MovementClass)> = ids
            .iter()
            .map(|i| (UnitId::new(*i), MovementClass::Kha))
            .collect();
        SON_LA_2026_NO_WEAK
            .check(units.iter().map(|(id, c)| (id, *c)))
            .unwrap_err()
            .to_string()
    };
    // In rising order but for one repeat next to itself.
    assert!(
        at(&["a", "b", "b", "c"]).contains("`b`"),
        "{}",
        at(&["a", "b", "b", "c"])
    );
    // Out of order: "c" repeats before "a" does, though "a" sorts first.
    let e = at(&["c", "a", "c", "a"]);
    assert!(e.contains("`c`") && !e.contains("`a`"), "{e}");
}

#[test]
fn seed_son_la_2b_a_class_target_lists_offenders_sorted_whatever_the_order_given() {
    let units: Vec<(UnitId, MovementClass)> = [("z", 0), ("b", 3), ("m", 0), ("a", 0)]
        .iter()
        .map(|(i, c)| (UnitId::new(*i), class_of(*c)))
        .collect();
    let c = SON_LA_2026_NO_WEAK
        .check(units.iter().map(|(id, c)| (id, *c)))
        .unwrap();
    let ids: Vec<&str> = c.offending.iter().map(UnitId::as_str).collect();
    assert_eq!(ids, ["a", "m", "z"]);
    assert_eq!((c.units, c.at_or_above, c.met), (4, 1, false));
}

proptest::proptest! {
    /// However the units come (rising, shuffled, with repeats), the check counts, lists and
    /// fails exactly as a set of the units seen would.
    #[test]
    fn seed_son_la_2b_a_class_target_check_agrees_with_a_set_of_the_units_seen(
        raw in proptest::collection::vec((0u8..24, 0u8..4), 0..40),
        rising in proptest::bool::ANY,
    ) {
        let mut raw = raw;
        if rising {
            raw.sort_unstable();
        }
        let units: Vec<(UnitId, MovementClass)> = raw
            .iter()
            .map(|(i, c)| (UnitId::new(format!("u{i:02}")), class_of(*c)))
            .collect();
        let t = &SON_LA_2026_NO_WEAK;
        let got = t.check(units.iter().map(|(id, c)| (id, *c)));
        match by_a_set(t, &units) {
            Ok((total, ok, offending)) => {
                let got = got.unwrap();
                proptest::prop_assert_eq!((got.units, got.at_or_above), (total, ok));
                proptest::prop_assert_eq!(got.offending, offending);
            }
            Err(id) => {
                let e = got.unwrap_err().to_string();
                proptest::prop_assert!(e.contains(&format!("`{id}`")), "{} for {}", e, id);
            }
        }
    }
}
