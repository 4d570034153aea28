//! The names a library type reads, asked of the type itself: the fields of a struct and the
//! variants of an enum, as its derived `Deserialize` declares them.
//!
//! A derived `Deserialize` hands its field (or variant) names to the deserializer before it
//! reads anything; [`fields`] and [`variants`] give it a deserializer that only records them.
//! The schema tests compare these lists with the schema (DESIGN §14.6), so a field added to the
//! library fails a test until the hand-written schema knows it. Types with a hand-written
//! `Deserialize`, `transparent` or `untagged` types have no such list: the probe returns `None`.

use serde::de::{self, Deserialize, Visitor};

struct Probe;

#[derive(Debug)]
struct Found(Option<Vec<String>>);

impl std::fmt::Display for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("probe")
    }
}

impl std::error::Error for Found {}

impl de::Error for Found {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Found(None)
    }
}

fn found<T>(names: &[&str]) -> Result<T, Found> {
    Err(Found(Some(names.iter().map(|n| (*n).to_owned()).collect())))
}

impl<'de> de::Deserializer<'de> for Probe {
    type Error = Found;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Found> {
        Err(Found(None))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Found> {
        found(fields)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Found> {
        found(variants)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map identifier
        ignored_any
    }
}

fn names<T: for<'de> Deserialize<'de>>() -> Option<Vec<String>> {
    match T::deserialize(Probe) {
        Err(Found(names)) => names,
        Ok(_) => None,
    }
}

/// The JSON field names `T` reads (aliases included), if `T` derives `Deserialize` as a struct.
pub fn fields<T: for<'de> Deserialize<'de>>() -> Option<Vec<String>> {
    names::<T>()
}

/// The JSON names of `T`'s variants, if `T` derives `Deserialize` as an enum.
pub fn variants<T: for<'de> Deserialize<'de>>() -> Option<Vec<String>> {
    names::<T>()
}
