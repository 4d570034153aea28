//! JSON form of a citation: `{"instrument": …}` or `{"document": <key or object>}` plus
//! article, clause, point and section.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{Citation, Cited, DocRef, Instrument};

#[derive(Serialize)]
struct CitationOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    instrument: Option<Instrument>,
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<&'a DocRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    article: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    clause: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    point: Option<char>,
    #[serde(skip_serializing_if = "Option::is_none")]
    section: Option<&'a str>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CitationIn {
    #[serde(default)]
    instrument: Option<Instrument>,
    #[serde(default)]
    document: Option<DocRef>,
    #[serde(default)]
    article: Option<u16>,
    #[serde(default)]
    clause: Option<u16>,
    #[serde(default)]
    point: Option<char>,
    #[serde(default)]
    section: Option<String>,
}

impl Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (instrument, document) = match &self.cites {
            Cited::Instrument(i) => (Some(*i), None),
            Cited::Document(d) => (None, Some(d)),
        };
        CitationOut {
            instrument,
            document,
            article: self.article,
            clause: self.clause,
            point: self.point,
            section: self.section.as_deref(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Citation {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let c = CitationIn::deserialize(d)?;
        let cites = match (c.instrument, c.document) {
            (Some(i), None) => Cited::Instrument(i),
            (None, Some(doc)) => Cited::Document(doc),
            (Some(_), Some(_)) => {
                return Err(serde::de::Error::custom(
                    "a citation names either an `instrument` or a `document`, not both",
                ))
            }
            (None, None) => {
                return Err(serde::de::Error::custom(
                    "a citation must name an `instrument` (national) or a `document` (a key \
                     declared under `documents`)",
                ))
            }
        };
        Ok(Citation {
            cites,
            article: c.article,
            clause: c.clause,
            point: c.point,
            section: c.section.map(Cow::Owned),
        })
    }
}
