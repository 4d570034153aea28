//! The shipped roadmaps, read from the embedded province files: KH10 Sơn La 2026–2030
//! (`provinces/son_la_2026.json`) and Sơn Dương 2026–2030 (`provinces/son_duong_2026.json`).
//! The data lives in those files only; these are shortcuts to it.

use serde::Deserialize;

use crate::citation::{with_documents, DocRef, Document};

use super::Roadmap;

/// The `roadmap` of the embedded province file `name`, its document keys resolved against the
/// file's own `documents`.
fn from_province_file(name: &str) -> Roadmap {
    #[derive(Deserialize)]
    struct Part {
        documents: Vec<Document>,
        roadmap: serde_json::Value,
    }
    let text = crate::provinces::file(name).unwrap_or_default();
    let read = || -> Result<Roadmap, serde_json::Error> {
        let part: Part = serde_json::from_str(text)?;
        let docs = part.documents.into_iter().map(DocRef::from);
        with_documents(docs, None, || serde_json::from_value(part.roadmap))
    };
    match read() {
        Ok(r) => r,
        // The embedded files are checked by the test suite (`tests/province_files.rs`).
        Err(e) => panic!("embedded province file `{name}`: roadmap does not load: {e}"),
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
        from_province_file("son_la_2026")
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
        from_province_file("son_duong_2026")
    }
}
