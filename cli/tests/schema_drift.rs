//! Drift between the library and the program's hand-written tables, caught by asking the
//! library's types what they read ([`antq_cli::probe`]): every field of every input type has
//! its property in the schema (and no property names a field the library does not read),
//! every variant of an enumeration has its code in the tabular tables and the schema, and
//! every fact a unit can be given has its spreadsheet column (DESIGN §14.6). A field added to
//! the library fails here until the schema and the spreadsheet know it.

use std::collections::BTreeSet;

use antq_cli::probe::{fields, variants};
use antq_cli::schema::{province, year_input};
use antq_cli::tabular::columns::{self as c, SheetKind, Target, SHEETS, UNIT_COLUMNS};
use serde::Deserialize;
use serde_json::Value;

type Set = BTreeSet<String>;

fn probe_fields<T: for<'de> Deserialize<'de>>(what: &str) -> Set {
    fields::<T>()
        .unwrap_or_else(|| panic!("{what}: the probe cannot read its fields"))
        .into_iter()
        .collect()
}

fn properties(schema: &Value, pointer: &str) -> Set {
    schema
        .pointer(&format!("{pointer}/properties"))
        .and_then(Value::as_object)
        .unwrap_or_else(|| panic!("no properties at {pointer}"))
        .keys()
        .cloned()
        .collect()
}

fn same_fields<T: for<'de> Deserialize<'de>>(schema: &Value, pointer: &str) {
    let lib = probe_fields::<T>(pointer);
    let sch = properties(schema, pointer);
    let missing: Vec<_> = lib.difference(&sch).collect();
    let extra: Vec<_> = sch.difference(&lib).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "schema {pointer} ({}): the library reads {missing:?} the schema does not list; the schema lists {extra:?} the library does not read",
        std::any::type_name::<T>()
    );
}

#[test]
fn every_field_of_every_year_input_type_is_in_the_year_schema_and_no_more() {
    use antq::law::qd3554::{ModelUnitFacts, PreviousYear};
    use antq::law::qd510::{DeductionFact, ScoreInput};
    use antq::law::tt124::discipline::DisciplineRecord;
    use antq::law::tt124::{Accident, Facts, SeriousCrime, SubUnits, UnitCounts};
    use antq::models::MovementModel;
    use antq::unit::{EnterpriseSize, Unit};
    use antq::year::{UnitInput, YearInput};
    let s = year_input();
    same_fields::<YearInput>(&s, "/$defs/YearInput");
    same_fields::<antq::year::v2::Record>(&s, "/$defs/UnitV2");
    same_fields::<antq::year::v2::Model>(&s, "/$defs/ModelV2");
    same_fields::<UnitInput>(&s, "/$defs/UnitInput");
    same_fields::<Unit>(&s, "/$defs/Unit");
    same_fields::<EnterpriseSize>(&s, "/$defs/EnterpriseSize");
    same_fields::<Facts>(&s, "/$defs/Facts");
    same_fields::<SubUnits>(&s, "/$defs/Facts/properties/sub_units");
    same_fields::<UnitCounts>(&s, "/$defs/Facts/properties/units");
    same_fields::<SeriousCrime>(&s, "/$defs/SeriousCrime");
    same_fields::<Accident>(&s, "/$defs/Accident");
    same_fields::<DisciplineRecord>(&s, "/$defs/DisciplineRecord");
    same_fields::<ScoreInput>(&s, "/$defs/ScoreInput");
    same_fields::<DeductionFact>(&s, "/$defs/ScoreInput/properties/facts/items");
    same_fields::<ModelUnitFacts>(&s, "/$defs/UnitInput/properties/model_unit");
    same_fields::<MovementModel>(&s, "/$defs/MovementModel");
    same_fields::<PreviousYear>(&s, "/$defs/UnitInput/properties/previous");
}

#[test]
fn every_field_of_the_province_file_is_in_the_province_schema_and_no_more() {
    use antq::authority::{RouteRule, Step};
    use antq::calendar::{AnnualDate, CalendarPolicy, CalendarRule, DateOverride};
    use antq::citation::{Document, Source};
    use antq::dossier::DossierPolicy;
    use antq::policy::province::ProvinceFile;
    use antq::policy::Years;
    let s = province();
    same_fields::<ProvinceFile>(&s, "");
    same_fields::<Years>(&s, "/$defs/Years");
    same_fields::<Document>(&s, "/$defs/Document");
    same_fields::<Source>(&s, "/$defs/Source");
    same_fields::<AnnualDate>(&s, "/$defs/AnnualDate");
    same_fields::<RouteRule>(&s, "/$defs/RouteRule");
    same_fields::<Step>(&s, "/$defs/Step");
    same_fields::<CalendarPolicy>(&s, "/$defs/CalendarPolicy");
    same_fields::<CalendarRule>(&s, "/$defs/CalendarRule");
    same_fields::<DateOverride>(&s, "/$defs/DateOverride");
    same_fields::<DossierPolicy>(&s, "/$defs/DossierPolicy");
}

fn same_codes<T: for<'de> Deserialize<'de>>(table: &[(&str, &str)], what: &str) {
    let lib: Set = variants::<T>()
        .unwrap_or_else(|| panic!("{what}: the probe cannot read its variants"))
        .into_iter()
        .collect();
    let tab: Set = table.iter().map(|(_, code)| (*code).to_owned()).collect();
    assert_eq!(
        tab, lib,
        "{what}: the tabular codes and the library's variants differ"
    );
}

#[test]
fn every_variant_of_every_input_enumeration_has_its_code() {
    use antq::law::tt124::discipline::{DisciplineForm, Ground, PersonCategory, PersonRole};
    use antq::law::tt124::{AccidentKind, CollectiveRating, Event};
    use antq::models::ModelRating;
    use antq::roadmap::ModelEvent;
    use antq::unit::{CommuneType, ManagingLevel, SchoolLevel, Sector};
    same_codes::<ManagingLevel>(c::LEVELS, "LEVELS");
    same_codes::<CommuneType>(c::COMMUNE_TYPES, "COMMUNE_TYPES");
    same_codes::<SchoolLevel>(c::SCHOOL_LEVELS, "SCHOOL_LEVELS");
    same_codes::<Sector>(c::SECTORS, "SECTORS");
    same_codes::<CollectiveRating>(c::RATINGS, "RATINGS");
    same_codes::<antq::MovementClass>(c::CLASSES, "CLASSES");
    same_codes::<Event>(c::EVENTS, "EVENTS");
    same_codes::<AccidentKind>(c::ACCIDENTS, "ACCIDENTS");
    same_codes::<PersonRole>(c::ROLES, "ROLES");
    same_codes::<PersonCategory>(c::PERSONS, "PERSONS");
    same_codes::<DisciplineForm>(c::FORMS, "FORMS");
    same_codes::<Ground>(c::GROUNDS, "GROUNDS");
    same_codes::<ModelRating>(c::MODEL_RATINGS, "MODEL_RATINGS");
    same_codes::<ModelEvent>(c::MODEL_EVENTS, "MODEL_EVENTS");
}

/// Every JSON path the spreadsheet format writes: column targets and detail/map sheets.
fn tabular_paths() -> Vec<String> {
    let mut out: Vec<String> = UNIT_COLUMNS
        .iter()
        .map(|col| match col.target {
            Target::Path(p) | Target::ListFlag(p) => p.to_owned(),
            Target::UnitKey => "unit.id".to_owned(),
        })
        .collect();
    for s in SHEETS {
        match s.kind {
            SheetKind::Detail(p) | SheetKind::Map(p) => out.push(p.to_owned()),
            SheetKind::Units(_, kind) => out.push(format!("unit.kind.{kind}")),
            SheetKind::Info => {}
        }
    }
    out
}

fn has_column(paths: &[String], path: &str) -> bool {
    paths
        .iter()
        .any(|p| p == path || p.starts_with(&format!("{path}.")))
}

#[test]
fn every_fact_and_unit_field_has_its_spreadsheet_column() {
    use antq::law::qd3554::PreviousYear;
    use antq::law::tt124::Facts;
    use antq::unit::{EnterpriseSize, Unit};
    use antq::year::UnitInput;
    // Left out of the spreadsheet on purpose: the commune's unit counts are filled by the
    // pipeline from the units' own decisions; monthly insured employees are given as their
    // average.
    let not_tabular = [
        "safety.units",
        "unit.kind.enterprise.size.monthly_insured_employees",
    ];
    let paths = tabular_paths();
    let mut missing = Vec::new();
    for (prefix, names) in [
        ("", probe_fields::<UnitInput>("UnitInput")),
        ("unit.", probe_fields::<Unit>("Unit")),
        ("safety.", probe_fields::<Facts>("Facts")),
        ("previous.", probe_fields::<PreviousYear>("PreviousYear")),
        (
            "unit.kind.enterprise.size.",
            probe_fields::<EnterpriseSize>("EnterpriseSize"),
        ),
    ] {
        for n in names {
            let path = format!("{prefix}{n}");
            if !not_tabular.contains(&path.as_str()) && !has_column(&paths, &path) {
                missing.push(path);
            }
        }
    }
    assert!(missing.is_empty(), "no spreadsheet column for {missing:?}");
}
