//! Đầu vào nghiêm ngặt — deserialisers shared by every input type (no JSON dependency).
//!
//! - Years a file can carry are bounded to [`MIN_YEAR`]..=[`MAX_YEAR`] at load: a year drives
//!   loops (roadmap history, calendars), so a file must not be able to dictate their length.
//! - Maps reject a key given twice (serde keeps the last one silently).
//! - Exact amounts ([`Decimal`]) are accepted as JSON numbers or as strings (a string keeps
//!   every digit; a number is read as written when it has at most 15 significant digits).
//! - A unit kind without data may be written as a plain string (`"agency"`) as well as in its
//!   tagged form (`{"agency": {}}`); see the `Deserialize` impl of [`UnitKind`].

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Unexpected, Visitor};

use crate::unit::{EnterpriseSize, KindTag, SchoolLevel, UnitKind};

/// First year an input may name (documented window; TT124 itself applies from 2022).
pub const MIN_YEAR: i32 = 2000;
/// Last year an input may name.
pub const MAX_YEAR: i32 = 2100;

const YEAR_EXPECTED: &str = "a year from 2000 to 2100";

fn check_year<E: de::Error>(y: i32) -> Result<i32, E> {
    if (MIN_YEAR..=MAX_YEAR).contains(&y) {
        Ok(y)
    } else {
        Err(E::invalid_value(
            Unexpected::Signed(y.into()),
            &YEAR_EXPECTED,
        ))
    }
}

/// A year within [`MIN_YEAR`]..=[`MAX_YEAR`] (`#[serde(deserialize_with)]`).
///
/// # Errors
///
/// A year outside the window, or not an integer (the deserializer's error, with its path).
pub fn year<'de, D: Deserializer<'de>>(d: D) -> Result<i32, D::Error> {
    check_year(i32::deserialize(d)?)
}

/// An optional year within the window.
///
/// # Errors
///
/// As [`year`].
pub fn opt_year<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
    Option::<i32>::deserialize(d)?.map(check_year).transpose()
}

/// How a map key is named in an error.
pub trait KeyName {
    /// The key as written in the file.
    fn key_name(&self) -> String;
}

impl KeyName for String {
    fn key_name(&self) -> String {
        self.clone()
    }
}

impl KeyName for i32 {
    fn key_name(&self) -> String {
        self.to_string()
    }
}

impl KeyName for KindTag {
    fn key_name(&self) -> String {
        match self {
            KindTag::ResidentialArea => "residential_area",
            KindTag::Commune => "commune",
            KindTag::Agency => "agency",
            KindTag::Enterprise => "enterprise",
            KindTag::School => "school",
        }
        .to_owned()
    }
}

struct MapVisitor<K, V, F>(PhantomData<(K, V)>, F);

impl<'de, K, V, F> Visitor<'de> for MapVisitor<K, V, F>
where
    K: Deserialize<'de> + Ord + KeyName,
    V: Deserialize<'de>,
    F: Fn(&K) -> Result<(), String>,
{
    type Value = BTreeMap<K, V>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(k) = map.next_key::<K>()? {
            (self.1)(&k).map_err(de::Error::custom)?;
            if out.contains_key(&k) {
                return Err(de::Error::custom(format_args!(
                    "duplicate key `{}`",
                    k.key_name()
                )));
            }
            let v = map.next_value()?;
            out.insert(k, v);
        }
        Ok(out)
    }
}

/// A map whose keys must be distinct (`#[serde(deserialize_with)]`).
///
/// # Errors
///
/// A key given twice, or an entry the deserializer rejects.
pub fn unique_map<'de, D, K, V>(d: D) -> Result<BTreeMap<K, V>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord + KeyName,
    V: Deserialize<'de>,
{
    d.deserialize_map(MapVisitor(PhantomData, |_: &K| Ok(())))
}

/// A map keyed by year: distinct keys, each within the year window.
///
/// # Errors
///
/// A key given twice, a year outside the window, or an entry the deserializer rejects.
pub fn year_map<'de, D, V>(d: D) -> Result<BTreeMap<i32, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    d.deserialize_map(MapVisitor(PhantomData, |y: &i32| {
        if (MIN_YEAR..=MAX_YEAR).contains(y) {
            Ok(())
        } else {
            Err(format!("expected {YEAR_EXPECTED} as key, found {y}"))
        }
    }))
}

struct DecimalVisitor;

impl Visitor<'_> for DecimalVisitor {
    type Value = Decimal;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an exact number (a JSON number, or a string such as \"1250000000.5\")")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        // Rust prints the shortest text that reads back as the same f64: the number as written
        // whenever it has at most 15 significant digits.
        parse_decimal(&v.to_string()).ok_or_else(|| E::invalid_value(Unexpected::Float(v), &self))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_decimal(v.trim()).ok_or_else(|| E::invalid_value(Unexpected::Str(v), &self))
    }
}

fn parse_decimal(s: &str) -> Option<Decimal> {
    Decimal::from_str(s)
        .ok()
        .or_else(|| Decimal::from_scientific(s).ok())
}

/// An exact amount from a JSON number or a string (`#[serde(deserialize_with)]`).
///
/// # Errors
///
/// Neither a number nor a string holding an exact decimal amount.
pub fn decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    d.deserialize_any(DecimalVisitor)
}

/// An optional exact amount from a JSON number, a string or `null`.
///
/// # Errors
///
/// As [`decimal`].
pub fn opt_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    struct Opt;
    impl<'de> Visitor<'de> for Opt {
        type Value = Option<Decimal>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            DecimalVisitor.expecting(f)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            decimal(d).map(Some)
        }
    }
    d.deserialize_option(Opt)
}

// ------------------------------------------------------------------ unit kinds

/// `{}` or `null` — the data of a kind that has none.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Empty {}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CommuneData {
    commune_type: crate::unit::CommuneType,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct AgencyData {
    #[serde(default)]
    armed_forces: bool,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct EnterpriseData {
    #[serde(default)]
    size: Option<EnterpriseSize>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SchoolData {
    level: SchoolLevel,
    #[serde(default)]
    armed_forces: bool,
}

const KINDS: &[&str] = &[
    "residential_area",
    "commune",
    "agency",
    "enterprise",
    "school",
];

struct KindVisitor;

impl<'de> Visitor<'de> for KindVisitor {
    type Value = UnitKind;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(
            "a unit kind: \"residential_area\", \"agency\", \"enterprise\", \
             {\"commune\": {\"commune_type\": …}}, {\"school\": {\"level\": …}} \
             or {\"agency\": {\"armed_forces\": true}} …",
        )
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<UnitKind, E> {
        match v {
            "residential_area" => Ok(UnitKind::ResidentialArea),
            "agency" => Ok(UnitKind::Agency {
                armed_forces: false,
            }),
            "enterprise" => Ok(UnitKind::Enterprise { size: None }),
            "commune" => Err(E::invalid_value(
                Unexpected::Str(v),
                &"{\"commune\": {\"commune_type\": \"xa\" | \"phuong\" | \"thi_tran\" | \"dac_khu\"}} (a commune needs its type)",
            )),
            "school" => Err(E::invalid_value(
                Unexpected::Str(v),
                &"{\"school\": {\"level\": …}} (a school needs its level)",
            )),
            other => Err(E::unknown_variant(other, KINDS)),
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<UnitKind, A::Error> {
        let Some(tag) = map.next_key::<String>()? else {
            return Err(de::Error::invalid_length(0, &"one key: the kind"));
        };
        let kind = match tag.as_str() {
            "residential_area" => {
                map.next_value::<Option<Empty>>()?;
                UnitKind::ResidentialArea
            }
            "commune" => UnitKind::Commune {
                commune_type: map.next_value::<CommuneData>()?.commune_type,
            },
            "agency" => UnitKind::Agency {
                armed_forces: map
                    .next_value::<Option<AgencyData>>()?
                    .is_some_and(|a| a.armed_forces),
            },
            "enterprise" => UnitKind::Enterprise {
                size: map
                    .next_value::<Option<EnterpriseData>>()?
                    .and_then(|e| e.size),
            },
            "school" => {
                let s = map.next_value::<SchoolData>()?;
                UnitKind::School {
                    level: s.level,
                    armed_forces: s.armed_forces,
                }
            }
            other => return Err(de::Error::unknown_variant(other, KINDS)),
        };
        if map.next_key::<IgnoredAny>()?.is_some() {
            return Err(de::Error::invalid_length(2, &"one key: the kind"));
        }
        Ok(kind)
    }
}

impl<'de> Deserialize<'de> for UnitKind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(KindVisitor)
    }
}
