//! Edges of the QĐ3554 / QĐ9745 catalogues (years in force, the switch year, validation) that
//! the clause-named test files did not pin: tests added to kill surviving mutants (DESIGN
//! §15.1), each named after the clause it pins.

use antq::citation::Instrument;
use antq::error::Error;
use antq::explain::Lang;
use antq::law::qd3554::{instrument_for_year, Catalogue, CatalogueSet, YearRange};
use antq::unit::KindTag;

#[test]
fn qd3554_year_range_includes_both_ends_and_nothing_outside() {
    let r = YearRange {
        from: 2023,
        until: Some(2024),
    };
    assert!(!r.contains(2022));
    assert!(r.contains(2023));
    assert!(r.contains(2024));
    assert!(!r.contains(2025));
    let open = YearRange {
        from: 2025,
        until: None,
    };
    assert!(!open.contains(2024));
    assert!(open.contains(2025));
    assert!(open.contains(2100));
}

#[test]
fn qd3554_switch_year_2025_qd9745_before_nothing_before_2023() {
    assert!(instrument_for_year(2022).is_err());
    assert_eq!(instrument_for_year(2023).unwrap(), Instrument::Qd9745);
    assert_eq!(instrument_for_year(2024).unwrap(), Instrument::Qd9745);
    assert_eq!(instrument_for_year(2025).unwrap(), Instrument::Qd3554);
    let set = CatalogueSet::builtin_switching_in(2026);
    assert_eq!(set.switch_year(), 2026);
    assert_eq!(set.instrument_for(2025).unwrap(), Instrument::Qd9745);
    assert_eq!(set.instrument_for(2026).unwrap(), Instrument::Qd3554);
    assert!(set.instrument_for(2022).is_err());
    assert_eq!(CatalogueSet::builtin().switch_year(), 2025);
}

#[test]
fn qd3554_the_default_switch_note_shows_only_for_2025_without_a_policy_year() {
    let builtin = CatalogueSet::builtin();
    assert!(builtin.switch_note(2024).is_none());
    assert_eq!(
        builtin.switch_note(2025).unwrap().id,
        "antq.provisional.qd3554_from"
    );
    assert!(builtin.switch_note(2026).is_none());
    assert!(CatalogueSet::builtin_switching_in(2025)
        .switch_note(2025)
        .is_none());
}

#[test]
fn qd3554_catalogue_in_force_first_year_2023_and_no_title_for_residential_areas() {
    let set = CatalogueSet::builtin();
    assert!(set.in_force(2022, KindTag::Commune).is_err());
    assert_eq!(
        set.in_force(2023, KindTag::Commune).unwrap().name,
        "qd9745.commune"
    );
    assert_eq!(
        set.in_force(2024, KindTag::School).unwrap().name,
        "qd9745.organisation"
    );
    assert_eq!(set.in_force(2025, KindTag::Agency).unwrap().name, "qd3554");
    let e = set.in_force(2026, KindTag::ResidentialArea).unwrap_err();
    assert_eq!(e.field(), Some("kind"));
    // A set without a catalogue for the kind and year names what is missing.
    let only_communes = CatalogueSet {
        catalogues: vec![Catalogue::qd9745_communes()],
        qd3554_from: None,
    };
    assert!(only_communes.in_force(2023, KindTag::Commune).is_ok());
    let e = only_communes.in_force(2023, KindTag::Agency).unwrap_err();
    assert_eq!(e.field(), Some("catalogues"));
}

#[test]
fn qd3554_a_policy_switch_year_moves_both_catalogues_ranges() {
    let set = CatalogueSet::builtin_switching_in(2027);
    let ranges: Vec<_> = set
        .catalogues
        .iter()
        .map(|c| set.effective_range(c))
        .collect();
    assert_eq!(
        ranges,
        [
            YearRange {
                from: 2023,
                until: Some(2026)
            },
            YearRange {
                from: 2023,
                until: Some(2026)
            },
            YearRange {
                from: 2027,
                until: None
            },
        ]
    );
    let builtin = CatalogueSet::builtin();
    let c = &builtin.catalogues[0];
    assert_eq!(builtin.effective_range(c), c.in_force);
}

#[test]
fn qd3554_switch_year_2025_is_allowed_2024_is_not() {
    assert!(CatalogueSet::builtin_switching_in(2025).validate().is_ok());
    let e = CatalogueSet::builtin_switching_in(2024)
        .validate()
        .unwrap_err();
    assert_eq!(e.field(), Some("qd3554_from"));
    assert!(CatalogueSet::builtin().validate().is_ok());
}

#[test]
fn qd3554_catalogues_meeting_end_to_start_do_not_overlap_one_year_more_does() {
    // Two commune catalogues: 2025–2026 and from 2027 are fine; from 2026 clashes.
    let set_with = |second_from: i32| {
        let mut first = Catalogue::qd3554();
        first.name = "first".into();
        first.applies_to = vec![KindTag::Commune];
        first.in_force = YearRange {
            from: 2025,
            until: Some(2026),
        };
        let mut second = first.clone();
        second.name = "second".into();
        second.in_force = YearRange {
            from: second_from,
            until: None,
        };
        CatalogueSet {
            catalogues: vec![second, first],
            qd3554_from: None,
        }
    };
    assert!(set_with(2027).validate().is_ok());
    let e = set_with(2026).validate().unwrap_err();
    assert_eq!(e.field(), Some("in_force"));
    assert!(e.to_string().contains("overlaps catalogue"), "{e}");
    // A short catalogue inside a long one overlaps even when a third one starts later.
    let mut long = Catalogue::qd3554();
    long.name = "long".into();
    long.applies_to = vec![KindTag::Agency];
    long.in_force = YearRange {
        from: 2025,
        until: Some(2040),
    };
    let mut short = long.clone();
    short.name = "short".into();
    short.in_force = YearRange {
        from: 2026,
        until: Some(2027),
    };
    let mut late = long.clone();
    late.name = "late".into();
    late.in_force = YearRange {
        from: 2030,
        until: None,
    };
    let set = CatalogueSet {
        catalogues: vec![long.clone(), short, late.clone()],
        qd3554_from: None,
    };
    assert_eq!(set.validate().unwrap_err().field(), Some("in_force"));
    // long (to 2040) and late (from 2030) overlap too, with the short one absent.
    let set = CatalogueSet {
        catalogues: vec![late, long],
        qd3554_from: None,
    };
    assert_eq!(set.validate().unwrap_err().field(), Some("in_force"));
}

#[test]
fn qd3554_two_catalogues_with_one_name_are_a_duplicate() {
    let mut set = CatalogueSet::builtin();
    let mut again = Catalogue::qd3554();
    again.applies_to = vec![KindTag::Commune];
    again.in_force = YearRange {
        from: 2099,
        until: None,
    };
    set.catalogues.push(again);
    assert!(matches!(set.validate(), Err(Error::Duplicate { .. })));
}

#[test]
fn qd3554_replace_swaps_the_catalogue_of_that_name_or_adds_a_new_one() {
    let mut set = CatalogueSet::builtin();
    let mut signed = Catalogue::qd3554();
    signed.groups.truncate(1);
    signed.criteria.retain(|c| c.group == "qd3554.g1");
    set.replace(signed.clone()).unwrap();
    assert_eq!(set.catalogues.len(), 3);
    assert_eq!(set.catalogues[2], signed);
    let mut extra = Catalogue::qd3554();
    extra.name = "qd3554.enterprises".into();
    extra.applies_to = vec![KindTag::Enterprise];
    // It overlaps the QĐ3554 catalogue for enterprises: the set says so after adding it.
    assert_eq!(set.replace(extra).unwrap_err().field(), Some("in_force"));
    assert_eq!(set.catalogues.len(), 4);
}

fn invalid(edit: impl FnOnce(&mut Catalogue)) -> Option<String> {
    let mut c = Catalogue::qd3554();
    edit(&mut c);
    c.validate()
        .err()
        .map(|e| e.field().unwrap_or("").to_owned())
}

#[test]
fn qd3554_catalogue_validation_each_rule_on_both_sides() {
    assert_eq!(invalid(|_| {}), None);
    assert_eq!(invalid(|c| c.name = " ".into()), Some("name".into()));
    assert_eq!(
        invalid(|c| c.in_force.until = Some(2025)),
        None,
        "one year in force"
    );
    assert_eq!(
        invalid(|c| c.in_force.until = Some(2024)),
        Some("in_force.until".into())
    );
    assert_eq!(invalid(|c| c.applies_to.clear()), Some("applies_to".into()));
    assert_eq!(
        invalid(|c| c.applies_to.push(KindTag::Commune)),
        Some("applies_to".into())
    );
    assert_eq!(invalid(|c| c.groups.clear()), Some("groups".into()));
    assert_eq!(invalid(|c| c.criteria.clear()), Some("criteria".into()));
    assert_eq!(
        invalid(|c| c.groups[0].id = "".into()),
        Some("groups.id".into())
    );
    assert_eq!(
        invalid(|c| c.criteria[0].criterion = {
            let mut x = (*c.criteria[0].criterion).clone();
            x.id = " ".into();
            x.into()
        }),
        Some("criteria.id".into())
    );
}

#[test]
fn qd3554_a_repeated_kind_is_found_however_far_apart() {
    // Five kinds exist; the repeat of the first kind in sixth place is still a repeat.
    let e = Catalogue {
        applies_to: vec![
            KindTag::Commune,
            KindTag::Agency,
            KindTag::Enterprise,
            KindTag::School,
            KindTag::Agency,
        ],
        ..Catalogue::qd3554()
    }
    .validate()
    .unwrap_err();
    assert!(matches!(e, Error::Duplicate { .. }), "{e}");
    let e = Catalogue {
        applies_to: vec![KindTag::Commune, KindTag::Commune],
        ..Catalogue::qd3554()
    }
    .validate()
    .unwrap_err();
    assert!(matches!(e, Error::Duplicate { .. }), "{e}");
}

#[test]
fn qd3554_catalogue_lookups_by_criterion_and_group() {
    let cat = Catalogue::qd3554();
    assert_eq!(cat.criterion("qd3554.c05").unwrap().group, "qd3554.g2");
    assert!(cat.criterion("qd3554.c13").is_none());
    let g4: Vec<_> = cat
        .group_criteria("qd3554.g4")
        .map(|c| c.criterion.id.to_string())
        .collect();
    assert_eq!(g4, ["qd3554.c10", "qd3554.c11", "qd3554.c12"]);
    assert!(cat.covers(KindTag::School));
    assert!(!cat.covers(KindTag::ResidentialArea));
    assert!(!Catalogue::qd9745_communes().covers(KindTag::Agency));
    assert!(cat.groups[0].label(Lang::Vi).starts_with("Nhóm 1"));
    assert!(cat.groups[0].label(Lang::En).starts_with("Group 1"));
    assert!(cat.is_placeholder());
    let mut signed = cat.clone();
    let mut first = (*signed.criteria[0].criterion).clone();
    first.source =
        antq::citation::Source::text(antq::citation::Citation::instrument(Instrument::Qd3554));
    signed.criteria[0].criterion = first.into();
    assert!(
        !signed.is_placeholder(),
        "one signed criterion is not a placeholder"
    );
}

#[test]
fn qd3554_overlap_error_names_the_first_catalogue_in_the_list_that_overlaps_an_earlier_one() {
    // Three open-ended commune catalogues: #0 and #2 from 2025, #1 from 2026. Read in list
    // order, #1 is the first to overlap an earlier one (#0); the error names that pair, not
    // #2 — the same answer as comparing every pair, whatever the order of the sweep.
    let cat = |name: &str, from: i32| {
        let mut c = Catalogue::qd3554();
        c.name = name.to_owned().into();
        c.applies_to = vec![KindTag::Commune];
        c.in_force = YearRange { from, until: None };
        c
    };
    let set = CatalogueSet {
        catalogues: vec![cat("zero", 2025), cat("one", 2026), cat("two", 2025)],
        qd3554_from: None,
    };
    let e = set.validate().unwrap_err();
    assert_eq!(
        e.subject(),
        &antq::error::Subject::Catalogue("one".into()),
        "{e}"
    );
    assert!(e.to_string().contains("overlaps catalogue `zero`"), "{e}");
}
