use super::*;
use proptest::prelude::*;

fn pair() -> impl Strategy<Value = Option<(u32, u32)>> {
    prop::option::of((0u32..4, 0u32..4))
}

proptest! {
    /// `Facts::validate` (and `UnitCounts::validate`) accept exactly what their full
    /// checks accept: every pair on both sides of "part ≤ total", counts that do and do
    /// not nest, a Party resolution with and without a Party organisation; and the error,
    /// when there is one, is the full checks' first.
    #[test]
    fn fast_validation_accepts_exactly_what_the_full_checks_accept(
        households in pair(),
        briefed in pair(),
        sub in pair(),
        units in prop::option::of((0u32..4, 0u32..4, 0u32..4, 0u32..4, 0u32..4)),
        party in prop::option::of(any::<bool>()),
        resolution in prop::option::of(any::<bool>()),
    ) {
        let mut f = Facts::all_met();
        f.households_registered = households;
        f.people_briefed = briefed;
        f.sub_units = sub.map(|(rated_well, total)| SubUnits { total, rated_well });
        f.units = units.map(|(total, registered, recognised, undecided, unknown)| UnitCounts {
            total,
            registered,
            recognised,
            undecided,
            registration_unknown: unknown,
        });
        f.has_party_organisation = party;
        f.party_resolution = resolution;
        let id = UnitId::from("u");
        let full = f.invalid(&id);
        let fast = f.validate(&id);
        prop_assert_eq!(fast.is_ok(), full.is_ok());
        prop_assert_eq!(fast.err().map(|e| e.to_string()), full.err().map(|e| e.to_string()));
        if let Some(c) = f.units {
            prop_assert_eq!(c.validate(&id).is_ok(), c.invalid(&id).is_ok());
        }
    }
}

/// TT124 Đ5 k4: counts that nest, and ones that do not by one, near the largest count —
/// the checks compare sums on 64 bits, which must not overflow where the parts' differences
/// did not.
#[test]
fn d5_k4_counts_near_the_largest_nest_as_their_differences_say() {
    let id = UnitId::from("u");
    let max = u32::MAX;
    let counts = |registered, registration_unknown, recognised, undecided| UnitCounts {
        total: max,
        registered,
        registration_unknown,
        recognised,
        undecided,
    };
    for (c, nests) in [
        (counts(max - 1, 1, max - 1, 1), true),
        (counts(max - 1, 2, max - 1, 1), false),
        (counts(max - 1, 1, max - 1, 2), false),
        (counts(max, 0, max, 0), true),
        (counts(max, 1, max, 0), false),
        (counts(1, max - 1, 2, 0), false),
        (counts(max, max, 0, max), false),
        (counts(max, 0, 0, max), true),
    ] {
        assert_eq!(c.validate(&id).is_ok(), nests, "{c:?}");
        assert_eq!(c.invalid(&id).is_ok(), nests, "{c:?}");
    }
}
