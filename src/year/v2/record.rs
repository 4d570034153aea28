//! The v2 unit record: short keys, the boolean facts in one code string, the scored items and
//! model-unit criteria as positions in the header's tables. See `docs/year-input-v2.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::law::qd510::DeductionFact;
use crate::law::tt124::discipline::DisciplineRecord;
use crate::law::tt124::facts::{
    Accident, CollectiveRating, Event, SeriousCrime, SubUnits, UnitCounts,
};
use crate::models::ModelRating;
use crate::outcome::{MovementClass, SafetyOutcome};
use crate::roadmap::ModelEvent;
use crate::unit::{ManagingLevel, UnitKind};

/// One unit record of a v2 year input — the JSON shape, public so that tools can see its
/// fields; reading turns it into the [`UnitInput`](crate::year::UnitInput) its v1 form gives.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Record {
    /// The unit id, whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub i: Option<String>,
    /// The unit id relative to its commune: the id is `<c>-<r>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r: Option<String>,
    /// Name.
    pub n: String,
    /// Kind (as v1 `unit.kind`).
    pub k: KindField,
    /// Managing level (`unit.managed_by`).
    pub m: ManagingLevel,
    /// Delegated to (`unit.delegated_to`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub g: Option<ManagingLevel>,
    /// Commune (`unit.commune`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub c: Option<String>,
    /// District (`unit.district`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub d: Option<String>,
    /// TT124 boolean facts and list markers, in the order of [`FLAGS`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub f: Option<Codes>,
    /// `safety.households_registered`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hh: Option<(u32, u32)>,
    /// `safety.people_briefed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pb: Option<(u32, u32)>,
    /// `safety.effective_models`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em: Option<u32>,
    /// `safety.force_rating`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<CollectiveRating>,
    /// `safety.staff_security_sanctions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ss: Option<u32>,
    /// `safety.members_committed_crime`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cm: Option<u32>,
    /// `safety.sub_units`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub su: Option<SubUnits>,
    /// `safety.units` (a commune's Đ5 k4 counts given directly).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uc: Option<UnitCounts>,
    /// `safety.events` (only when `f` marks it `1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ev: Option<Vec<Event>>,
    /// `safety.serious_crimes` (only when `f` marks it `1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sc: Option<Vec<SeriousCrime>>,
    /// `safety.accidents` (only when `f` marks it `1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ac: Option<Vec<Accident>>,
    /// `safety.discipline` (only when `f` marks it `1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub di: Option<Vec<DisciplineRecord>>,
    /// `safety.documents` (only when `f` marks it `1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dc: Option<Vec<String>>,
    /// `safety.extra`.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::strict::unique_map"
    )]
    pub x: BTreeMap<String, bool>,
    /// QĐ510 points awarded, by position in the header's `score_items`; `null`: not given.
    /// Present (even `[]`): the unit is scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<Vec<Option<u32>>>,
    /// QĐ510 deduction facts (`score.facts`); the unit is scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sf: Option<Vec<DeductionFact>>,
    /// Model unit: registration then one code per header `model_criteria` entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mu: Option<Codes>,
    /// Movement models.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub md: Option<Vec<Model>>,
    /// `previous.safety`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ps: Option<SafetyOutcome>,
    /// `previous.class`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pc: Option<MovementClass>,
    /// `previous.model_unit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pm: Option<bool>,
    /// `model_history`.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::strict::year_map"
    )]
    pub h: BTreeMap<i32, ModelEvent>,
}

impl Record {
    /// A record with every optional part left out; `n`, `k` and `m` are placeholders (the
    /// reader deserializes in place into it, which writes every field).
    pub(crate) fn empty() -> Record {
        Record {
            i: None,
            r: None,
            n: String::new(),
            k: KindField(crate::unit::UnitKind::ResidentialArea),
            m: ManagingLevel::Commune,
            g: None,
            c: None,
            d: None,
            f: None,
            hh: None,
            pb: None,
            em: None,
            fr: None,
            ss: None,
            cm: None,
            su: None,
            uc: None,
            ev: None,
            sc: None,
            ac: None,
            di: None,
            dc: None,
            x: BTreeMap::new(),
            a: None,
            sf: None,
            mu: None,
            md: None,
            ps: None,
            pc: None,
            pm: None,
            h: BTreeMap::new(),
        }
    }
}

/// A code string (`f`, `mu`). Read without allocating when it is short (as it almost always
/// is): one allocation and one free fewer per record and code string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Codes(Repr);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Repr {
    Inline(u8, [u8; INLINE]),
    Heap(String),
}

const INLINE: usize = 46;

impl Codes {
    /// The codes of `s`.
    pub fn new(s: &str) -> Codes {
        match u8::try_from(s.len()) {
            Ok(len) if s.len() <= INLINE => {
                let mut bytes = [0; INLINE];
                bytes[..s.len()].copy_from_slice(s.as_bytes());
                Codes(Repr::Inline(len, bytes))
            }
            _ => Codes(Repr::Heap(s.to_owned())),
        }
    }

    /// The code string.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Whole `str`s are copied in, so the bytes are UTF-8.
            Repr::Inline(len, bytes) => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or("")
            }
            Repr::Heap(s) => s,
        }
    }
}

impl Serialize for Codes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Codes {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Codes;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a code string of `1`, `0` and `-`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Codes, E> {
                Ok(Codes::new(v))
            }
        }
        d.deserialize_str(V)
    }
}

/// A movement model of a v2 record.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Model {
    /// The model id, whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub i: Option<String>,
    /// The model id relative to its unit: the id is `<unit id>-<r>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r: Option<String>,
    /// Name.
    pub n: String,
    /// `effective`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e: Option<bool>,
    /// `rating`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rt: Option<ModelRating>,
    /// `dossier_complete`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dc: Option<bool>,
    /// `has_dossier`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hd: Option<bool>,
}

/// The unit kind, read as in v1 and written in its shortest form.
#[derive(Debug, Clone, Deserialize)]
#[serde(transparent)]
pub struct KindField(pub UnitKind);

impl Serialize for KindField {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            UnitKind::ResidentialArea => s.serialize_str("residential_area"),
            UnitKind::Agency {
                armed_forces: false,
            } => s.serialize_str("agency"),
            UnitKind::Enterprise { size: None } => s.serialize_str("enterprise"),
            other => other.serialize(s),
        }
    }
}

/// What a position of the `f` code string holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Flag {
    /// A boolean fact: `1` yes, `0` no, `-` not given.
    Bool,
    /// A list: `0` none, `1` listed under `key`, `-` not given.
    List(&'static str),
}

/// The `f` code string, position by position: the v1 field it stands for and what it holds.
/// Positions never move; new facts are appended.
pub const FLAGS: [(&str, &str); 21] = [
    ("registered", "bool"),
    ("has_party_organisation", "bool"),
    ("party_resolution", "bool"),
    ("security_plan", "bool"),
    ("internal_rules", "bool"),
    ("policies_implemented", "bool"),
    ("parent_coordination", "bool"),
    ("crime_reduced", "bool"),
    ("new_hotspot", "bool"),
    ("new_social_evil_person", "bool"),
    ("offender_management_effective", "bool"),
    ("school_violence", "bool"),
    ("has_protection_force", "bool"),
    ("eligible_for_rating", "bool"),
    ("commune_police_effective", "bool"),
    ("tax_debt", "bool"),
    ("events", "ev"),
    ("serious_crimes", "sc"),
    ("accidents", "ac"),
    ("discipline", "di"),
    ("documents", "dc"),
];

/// Position `i` of [`FLAGS`] as a [`Flag`].
pub(crate) fn flag(i: usize) -> Flag {
    match FLAGS[i].1 {
        "bool" => Flag::Bool,
        key => Flag::List(key),
    }
}
