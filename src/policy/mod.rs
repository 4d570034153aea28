//! Chính sách của tỉnh — a policy bundles everything a province adds to or fixes in the law for
//! one evaluation: the expected regime, TT124 additions (Đ8 k1), QĐ510 score sheets and class
//! bands, QĐ3554 catalogues, the movement-model policy, the roadmap, class targets, calendar
//! overrides and dossier rules.
//!
//! Policies are data. Presets ship for the national default and the provinces of the seeds;
//! [`Policy::from_json`] starts from a preset and replaces any part given in the JSON. A policy
//! file is a [`PolicyOverride`]: `{"schema_version": 1, "preset": "son_la_2026", "name": …,
//! "additions": …, "score_sheets": …, "catalogues": …, "models": …, "roadmap": …,
//! "class_targets": …, "model_prerequisites": …, "calendar": …, "dossier": …}`, every field
//! optional; unknown fields are an error.
//!
//! ```
//! use antq::policy::Policy;
//! let p = Policy::from_json(r#"{ "preset": "son_la_2026", "name": "Sơn La (thử)" }"#).unwrap();
//! assert_eq!(p.name, "Sơn La (thử)");
//! assert!(p.roadmap.is_some());
//! ```

pub mod additions;

use serde::{Deserialize, Serialize};

use crate::calendar::CalendarPolicy;
use crate::dossier::DossierPolicy;
use crate::error::{Error, Subject};
use crate::law::qd3554::CatalogueSet;
use crate::law::qd510::{ClassTarget, SheetSet};
use crate::law::tt124::Additions;
use crate::models::ModelsPolicy;
use crate::regime::Regime;
use crate::roadmap::Roadmap;

/// Chính sách — the whole policy of one evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Name shown in reports.
    pub name: String,
    /// The regime the policy was written for; evaluating another regime's year is an error.
    /// `None`: any year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regime: Option<Regime>,
    /// TT124 Đ8 k1 provincial additions.
    #[serde(default)]
    pub additions: Additions,
    /// QĐ510 score sheets (with their class bands), one per unit kind.
    pub score_sheets: SheetSet,
    /// QĐ3554 / QĐ9745 criteria catalogues.
    pub catalogues: CatalogueSet,
    /// Movement-model requirement (TT124 alone, or Sơn Dương's "rated Khá or better").
    pub models: ModelsPolicy,
    /// Roadmap of targets, if the province has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roadmap: Option<Roadmap>,
    /// Class targets over all classified units ("no unit Yếu", "100% Khá or better").
    #[serde(default)]
    pub class_targets: Vec<ClassTarget>,
    /// Whether registering to build a model unit requires last year's "An toàn" and Khá or
    /// better (seed D §1, Bắc Kạn 2023).
    #[serde(default)]
    pub model_prerequisites: bool,
    /// Calendar inclusions and overrides.
    #[serde(default)]
    pub calendar: CalendarPolicy,
    /// Dossier rules (e.g. Sơn La's tax confirmation).
    #[serde(default)]
    pub dossier: DossierPolicy,
}

/// The names of the shipped presets, for [`Policy::preset`].
pub const PRESETS: [&str; 5] = [
    "national",
    "son_la_2026",
    "hung_yen_2026",
    "bac_kan_2023",
    "son_duong_2026",
];

impl Policy {
    /// The national default: TT124, QĐ510 and QĐ3554 as they stand, with the crate's labelled
    /// provisional defaults where the texts are missing; no provincial additions, no roadmap.
    pub fn national() -> Policy {
        Policy {
            name: "Mặc định toàn quốc".into(),
            regime: None,
            additions: Additions::none(),
            score_sheets: SheetSet::builtin(),
            catalogues: CatalogueSet::builtin(),
            models: ModelsPolicy::tt124(),
            roadmap: None,
            class_targets: Vec::new(),
            model_prerequisites: false,
            calendar: CalendarPolicy::default(),
            dossier: DossierPolicy::default(),
        }
    }

    /// Sơn La 2026 (seeds A and B): tax-debt exclusion and tax confirmation (§1b), no unit Yếu
    /// (§2b), the KH10 roadmap (§3a), the PC Office's 25/11 self-assessment (seed B).
    pub fn son_la_2026() -> Policy {
        Policy {
            name: "Tỉnh Sơn La năm 2026".into(),
            regime: Some(Regime::TwoTier),
            additions: additions::son_la_2026(),
            roadmap: Some(Roadmap::kh10_son_la()),
            class_targets: vec![crate::law::qd510::SON_LA_2026_NO_WEAK.clone()],
            calendar: CalendarPolicy::son_la_2026(),
            dossier: DossierPolicy::son_la_2026(),
            ..Policy::national()
        }
    }

    /// Hưng Yên 2026 (seed C): two-tier; every unit keeps at least one effective model, which
    /// TT124 already requires — the national rules with the regime fixed.
    pub fn hung_yen_2026() -> Policy {
        Policy {
            name: "Tỉnh Hưng Yên năm 2026".into(),
            regime: Some(Regime::TwoTier),
            ..Policy::national()
        }
    }

    /// Bắc Kạn 2023 (seed D): three-tier; model-unit registration requires last year's
    /// "An toàn" and Khá or better.
    pub fn bac_kan_2023() -> Policy {
        Policy {
            name: "Tỉnh Bắc Kạn năm 2023".into(),
            regime: Some(Regime::ThreeTier),
            model_prerequisites: true,
            ..Policy::national()
        }
    }

    /// Sơn Dương commune 2026–2030 (seed E): 100% register and ≥ 95% "An toàn" yearly, no unit
    /// Yếu, 100% Khá or better by 2030, models rated Khá or better, report before 15/10.
    pub fn son_duong_2026() -> Policy {
        Policy {
            name: "Xã Sơn Dương giai đoạn 2026–2030".into(),
            regime: Some(Regime::TwoTier),
            models: ModelsPolicy::son_duong_2026(),
            roadmap: Some(Roadmap::son_duong_2026_2030()),
            class_targets: vec![
                crate::law::qd510::SON_DUONG_NO_WEAK_YEARLY.clone(),
                crate::law::qd510::SON_DUONG_ALL_KHA_2030.clone(),
            ],
            calendar: CalendarPolicy::son_duong_2026(),
            ..Policy::national()
        }
    }

    /// A preset by name (see [`PRESETS`]).
    pub fn preset(name: &str) -> Result<Policy, Error> {
        Ok(match name {
            "national" => Policy::national(),
            "son_la_2026" => Policy::son_la_2026(),
            "hung_yen_2026" => Policy::hung_yen_2026(),
            "bac_kan_2023" => Policy::bac_kan_2023(),
            "son_duong_2026" => Policy::son_duong_2026(),
            other => {
                return Err(Error::unknown(
                    Subject::Policy(other.to_owned()),
                    "preset",
                    format!("{other} (presets: {})", PRESETS.join(", ")),
                ))
            }
        })
    }

    /// Check every part, and that the policy fits `year`'s regime.
    pub fn validate(&self, year: i32) -> Result<(), Error> {
        let subject = || Subject::Policy(self.name.clone());
        if let Some(r) = self.regime {
            if r != Regime::for_year(year) {
                return Err(Error::invalid(
                    subject(),
                    "regime",
                    format!("{:?} (the regime of {year})", Regime::for_year(year)),
                    format!("{r:?}"),
                ));
            }
        }
        self.score_sheets.validate()?;
        self.catalogues.validate()?;
        if let Some(r) = &self.roadmap {
            r.validate()?;
        }
        self.calendar.validate()?;
        Ok(())
    }
}

/// A policy file: a preset to start from and any parts to replace.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyOverride {
    /// Schema version of the policy file; when given it must be
    /// [`crate::year::SCHEMA_VERSION`].
    #[serde(default)]
    pub schema_version: Option<u32>,
    /// Preset to start from (default `national`).
    #[serde(default)]
    pub preset: Option<String>,
    /// New name.
    #[serde(default)]
    pub name: Option<String>,
    /// Replaces the regime (`null` keeps the preset's).
    #[serde(default)]
    pub regime: Option<Regime>,
    /// Replaces the additions.
    #[serde(default)]
    pub additions: Option<Additions>,
    /// Replaces the score sheets.
    #[serde(default)]
    pub score_sheets: Option<SheetSet>,
    /// Replaces the catalogues.
    #[serde(default)]
    pub catalogues: Option<CatalogueSet>,
    /// Replaces the models policy.
    #[serde(default)]
    pub models: Option<ModelsPolicy>,
    /// Replaces the roadmap.
    #[serde(default)]
    pub roadmap: Option<Roadmap>,
    /// Replaces the class targets.
    #[serde(default)]
    pub class_targets: Option<Vec<ClassTarget>>,
    /// Replaces the model-unit prerequisite switch.
    #[serde(default)]
    pub model_prerequisites: Option<bool>,
    /// Replaces the calendar policy.
    #[serde(default)]
    pub calendar: Option<CalendarPolicy>,
    /// Replaces the dossier policy.
    #[serde(default)]
    pub dossier: Option<DossierPolicy>,
}

impl PolicyOverride {
    /// Apply to the named preset (or `national`).
    pub fn apply(self) -> Result<Policy, Error> {
        if let Some(v) = self
            .schema_version
            .filter(|&v| v != crate::year::SCHEMA_VERSION)
        {
            return Err(Error::invalid(
                Subject::Policy(self.name.unwrap_or_else(|| "<file>".into())),
                "schema_version",
                "1",
                v,
            ));
        }
        let mut p = Policy::preset(self.preset.as_deref().unwrap_or("national"))?;
        if let Some(v) = self.name {
            p.name = v;
        }
        if self.regime.is_some() {
            p.regime = self.regime;
        }
        if let Some(v) = self.additions {
            p.additions = v;
        }
        if let Some(v) = self.score_sheets {
            p.score_sheets = v;
        }
        if let Some(v) = self.catalogues {
            p.catalogues = v;
        }
        if let Some(v) = self.models {
            p.models = v;
        }
        if self.roadmap.is_some() {
            p.roadmap = self.roadmap;
        }
        if let Some(v) = self.class_targets {
            p.class_targets = v;
        }
        if let Some(v) = self.model_prerequisites {
            p.model_prerequisites = v;
        }
        if let Some(v) = self.calendar {
            p.calendar = v;
        }
        if let Some(v) = self.dossier {
            p.dossier = v;
        }
        Ok(p)
    }
}

#[cfg(feature = "json")]
impl Policy {
    /// Read a policy file (a [`PolicyOverride`]) and apply it to its preset.
    pub fn from_json(json: &str) -> Result<Policy, Error> {
        let o: PolicyOverride =
            crate::json::parse(Subject::Policy("<file>".into()), json.as_bytes())?;
        o.apply()
    }
}
