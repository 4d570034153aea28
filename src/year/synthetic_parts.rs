//! The parts of a synthetic unit: a small deterministic generator (SplitMix64, no
//! dependency) and the facts, points, last year and movement models it draws — mostly
//! everything met, a few percent broken or missing (see [`super::synthetic`]).

use std::collections::BTreeMap;

use crate::law::qd3554::PreviousYear;
use crate::law::qd510::{ItemBasis, ScoreItem};
use crate::law::tt124::discipline::{
    DisciplineForm, DisciplineRecord, Ground, PersonCategory, PersonRole,
};
use crate::law::tt124::{
    Accident, AccidentKind, CollectiveRating, Event, Facts, SeriousCrime, SubUnits,
};
use crate::models::{ModelRating, MovementModel};
use crate::outcome::{MovementClass, SafetyOutcome};
use crate::unit::KindTag;

/// SplitMix64: small, fast, deterministic.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// True with probability `per_mille`/1000.
    pub(super) fn chance(&mut self, per_mille: u64) -> bool {
        self.next() % 1000 < per_mille
    }
    pub(super) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub(super) fn between(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below(u64::from(hi - lo + 1)) as u32
    }
}

pub(super) fn good_facts(r: &mut Rng) -> Facts {
    let households = r.between(40, 320);
    let people = r.between(15, 400);
    let subs = r.between(3, 12);
    let party = !r.chance(15);
    Facts {
        registered: Some(!r.chance(2)),
        has_party_organisation: Some(party),
        party_resolution: party.then(|| !r.chance(2)),
        security_plan: Some(!r.chance(2)),
        households_registered: Some((households - u32::from(r.chance(5)), households)),
        internal_rules: Some(!r.chance(2)),
        people_briefed: Some((people - u32::from(r.chance(3)), people)),
        effective_models: Some(if r.chance(3) { 0 } else { r.between(1, 3) }),
        policies_implemented: Some(!r.chance(2)),
        parent_coordination: Some(!r.chance(2)),
        events: Some(if r.chance(3) {
            vec![
                [
                    Event::ProlongedDisputes,
                    Event::IncitedCrowds,
                    Event::UnlawfulReligion,
                ][r.below(3) as usize],
            ]
        } else {
            Vec::new()
        }),
        crime_reduced: Some(!r.chance(6)),
        serious_crimes: Some(if r.chance(7) {
            vec![SeriousCrime {
                force_majeure: false,
                promptly_detected: true,
                consequences_contained: true,
                reported_immediately: !r.chance(300),
            }]
        } else {
            Vec::new()
        }),
        new_hotspot: Some(r.chance(2)),
        new_social_evil_person: Some(r.chance(3)),
        offender_management_effective: Some(!r.chance(2)),
        accidents: Some(if r.chance(2) {
            vec![Accident {
                kind: AccidentKind::SeriousFireOrExplosion,
                force_majeure: r.chance(500),
            }]
        } else {
            Vec::new()
        }),
        school_violence: Some(r.chance(2)),
        force_rating: Some(if r.chance(5) {
            CollectiveRating::Completed
        } else {
            CollectiveRating::CompletedWell
        }),
        has_protection_force: Some(!r.chance(100)),
        eligible_for_rating: Some(true),
        commune_police_effective: Some(!r.chance(2)),
        discipline: Some(Vec::new()),
        staff_security_sanctions: Some(0),
        members_committed_crime: Some(0),
        sub_units: Some(SubUnits {
            total: subs,
            rated_well: if r.chance(5) {
                subs / 2
            } else {
                subs - (r.below(u64::from(subs) / 4 + 1) as u32)
            },
        }),
        units: None,
        documents: Some(vec!["tax_clearance_confirmation".into()]),
        tax_debt: Some(false),
        extra: BTreeMap::new(),
    }
}

/// Keep only the facts the kind's article reads (and leave out "true" where absence already
/// means true), so the input is as small as a real one.
pub(super) fn trim(kind: KindTag, f: &mut Facts) {
    use KindTag as K;
    let org = kind.is_organisation();
    if kind != K::ResidentialArea {
        f.households_registered = None;
    }
    if kind == K::ResidentialArea {
        f.security_plan = None;
        f.effective_models = None;
    }
    if !org {
        f.internal_rules = None;
        f.people_briefed = None;
        f.sub_units = None;
        f.has_protection_force = None;
    }
    if org {
        f.crime_reduced = None;
        f.new_hotspot = None;
        f.new_social_evil_person = None;
        f.offender_management_effective = None;
    }
    if kind != K::School {
        f.parent_coordination = None;
        f.school_violence = None;
        f.members_committed_crime = None;
    }
    if !matches!(kind, K::Agency | K::Enterprise) {
        f.staff_security_sanctions = None;
    }
    if kind != K::Commune {
        f.commune_police_effective = None;
    }
    if kind == K::Commune {
        f.force_rating = None;
    }
    if kind != K::Enterprise {
        f.documents = None;
        f.tax_debt = None;
    }
    if f.has_protection_force == Some(true) {
        f.has_protection_force = None;
    }
    f.eligible_for_rating = None;
}

pub(super) fn blank_some(r: &mut Rng, f: &mut Facts) {
    if r.chance(6) {
        f.crime_reduced = None;
    }
    if r.chance(4) {
        f.events = None;
    }
}

pub(super) fn discipline(r: &mut Rng, role: PersonRole, f: &mut Facts) -> bool {
    if r.chance(8) {
        let form = if r.chance(500) {
            DisciplineForm::KhienTrach
        } else {
            DisciplineForm::CanhCao
        };
        f.discipline = Some(vec![DisciplineRecord {
            role,
            person: PersonCategory::CivilServant,
            form,
            ground: Ground::Other,
        }]);
        true
    } else {
        false
    }
}

pub(super) fn score(r: &mut Rng, items: &[ScoreItem], out: &mut BTreeMap<String, u32>) {
    for it in items {
        if !it.sub_items.is_empty() {
            score(r, &it.sub_items, out);
        } else if it.basis == ItemBasis::Awarded && !r.chance(3) {
            let lo = it.max_points * 6 / 10;
            out.insert(it.criterion.id.to_string(), r.between(lo, it.max_points));
        }
    }
}

pub(super) fn previous(r: &mut Rng) -> PreviousYear {
    PreviousYear {
        safety: Some(if r.chance(900) {
            SafetyOutcome::Recognised
        } else {
            SafetyOutcome::NotRecognised
        }),
        class: Some(match r.below(100) {
            0..=19 => MovementClass::XuatSac,
            20..=79 => MovementClass::Kha,
            80..=96 => MovementClass::TrungBinh,
            _ => MovementClass::Yeu,
        }),
        model_unit: None,
    }
}

pub(super) fn models(r: &mut Rng, id: &str) -> Vec<MovementModel> {
    (0..r.between(1, 2))
        .map(|k| MovementModel {
            id: format!("{id}-m{k}"),
            name: format!(
                "Mô hình {}",
                ["Camera an ninh", "Tổ tự quản", "Zalo an ninh"][k as usize % 3]
            ),
            effective: Some(!r.chance(80)),
            rating: Some(match r.below(10) {
                0 => ModelRating::TrungBinh,
                1..=6 => ModelRating::Kha,
                _ => ModelRating::XuatSac,
            }),
            dossier_complete: Some(!r.chance(150)),
            has_dossier: None,
        })
        .collect()
}
