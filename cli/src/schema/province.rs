//! The province-file schema (`antq::policy::province::ProvinceFile`): every top-level key, the
//! documents, years, citations, routing rules, calendar and dossier described field by field;
//! the law parts a file replaces whole (additions, score sheets, catalogues, models, roadmap,
//! class targets) by their JSON type, with the library's documentation for their contents.
//! Enumerations of library types are asked of the types ([`super::library_enum`]).

use antq::authority::{Body, Procedure, StepRole};
use antq::calendar::{EntryKind, Form};
use antq::citation::{DocumentKind, Instrument, Provenance};
use antq::regime::Regime;
use antq::unit::{KindTag, ManagingLevel};
use serde_json::{json, Value};

use super::{array_of, library_enum, object, r, schema};

/// The province file (`antq::policy::province::ProvinceFile`): the file it `extends`, its
/// documents and the parts it replaces or layers on its parent's.
pub fn province() -> Value {
    let obj = json!({ "type": "object" });
    let text = json!({ "type": "string" });
    let boolean = json!({ "type": "boolean" });
    let int = json!({ "type": "integer" });
    let extends = json!({
        "type": "string",
        "description": format!(
            "The file this one starts from: a built-in file ({}) or a file given next to it (a commune plan extending its province). Default: national.",
            antq::policy::PRESETS.join(", ")
        )
    });
    let defs = json!({
        "Years": object(&["from"], json!({ "from": int, "to": int })),
        "Document": object(&["key", "kind", "issuer", "date", "title"], json!({
            "key": text,
            "number": text,
            "kind": library_enum::<DocumentKind>(),
            "issuer": text,
            "date": { "type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" },
            "title": text,
            "implements": library_enum::<Instrument>(),
            "short": text,
            "note": text
        })),
        "Citation": object(&[], json!({
            "instrument": library_enum::<Instrument>(),
            "document": { "anyOf": [text, r("Document")] },
            "article": { "type": "integer", "minimum": 1 },
            "clause": { "type": "integer", "minimum": 1 },
            "point": { "type": "string" },
            "section": text
        })),
        "Source": object(&["citation", "provenance"], json!({
            "citation": r("Citation"),
            "provenance": library_enum::<Provenance>()
        })),
        "AnnualDate": object(&["month", "day"], json!({
            "month": { "type": "integer", "minimum": 1, "maximum": 12 },
            "day": { "type": "integer", "minimum": 1, "maximum": 31 }
        })),
        "RouteRule": object(&["procedure", "kinds", "decider", "basis"], json!({
            "procedure": library_enum::<Procedure>(),
            "regime": library_enum::<Regime>(),
            "kinds": array_of(library_enum::<KindTag>()),
            "levels": array_of(library_enum::<ManagingLevel>()),
            "decider": library_enum::<Body>(),
            "basis": array_of(r("Source")),
            "steps": array_of(r("Step")),
            "deadline": text
        })),
        "Step": object(&["body", "role", "source"], json!({
            "body": library_enum::<Body>(),
            "role": library_enum::<StepRole>(),
            "before": r("AnnualDate"),
            "source": r("Source")
        })),
        "CalendarPolicy": object(&[], json!({
            "entries": array_of(r("CalendarRule")),
            "overrides": { "type": "object", "additionalProperties": r("DateOverride") }
        })),
        "CalendarRule": object(&["key", "kind", "form", "date", "vi", "en", "source"], json!({
            "key": text,
            "kind": library_enum::<EntryKind>(),
            "form": library_enum::<Form>(),
            "date": r("AnnualDate"),
            "prev_year": boolean,
            "regime": library_enum::<Regime>(),
            "applies_to": array_of(library_enum::<KindTag>()),
            "body": library_enum::<Body>(),
            "vi": text,
            "en": text,
            "source": r("Source")
        })),
        "DateOverride": object(&["date", "source"], json!({
            "date": r("AnnualDate"),
            "source": r("Source")
        })),
        "DossierPolicy": object(&[], json!({
            "require_tax_confirmation": boolean,
            "tax_confirmation_source": r("Source"),
            "model_unit_source": r("Source")
        }))
    });
    schema(
        "antq — tệp tỉnh / province file",
        "A province's rules as data (antq::policy::province::ProvinceFile; guide: docs/province-files.md). Every key is optional: what a file leaves out comes from the file it `extends`, and in the end from the law modules. `documents` add to the parent's; `routing` rules replace the parent's for the cases they cover; calendar `entries` and `overrides` replace the parent's by key; every other part replaces the parent's whole. The parts a file replaces whole have the shape of the library type of the same name: additions (law::tt124::Additions), score_sheets (law::qd510::SheetSet), catalogues (law::qd3554::CatalogueSet), models (models::ModelsPolicy), roadmap (roadmap::Roadmap), class_targets (law::qd510::ClassTarget[]).",
        object(&[], json!({
            "schema_version": { "const": antq::year::SCHEMA_VERSION },
            "key": text,
            "name": text,
            "extends": extends,
            "preset": { "type": "string", "description": "Older spelling of `extends`." },
            "years": r("Years"),
            "regime": library_enum::<Regime>(),
            "documents": array_of(r("Document")),
            "additions": obj, "score_sheets": obj, "catalogues": obj,
            "qd3554_from": { "type": "integer", "minimum": 2022 },
            "models": obj,
            "roadmap": obj,
            "class_targets": array_of(obj),
            "model_prerequisites": boolean,
            "routing": array_of(r("RouteRule")),
            "calendar": r("CalendarPolicy"),
            "dossier": r("DossierPolicy")
        })),
        defs,
    )
}
