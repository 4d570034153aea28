//! Baselines and builder methods for [`Facts`]: every criterion met (exactly at the
//! boundaries, or with a margin), then one occurrence added without spelling out the list it
//! belongs to.

use super::discipline::DisciplineRecord;
use std::collections::BTreeMap;

use super::facts::{Accident, CollectiveRating, Event, Facts, SeriousCrime, SubUnits, UnitCounts};

fn push<T>(list: &mut Option<Vec<T>>, item: T) {
    list.get_or_insert_with(Vec::new).push(item);
}

impl Facts {
    /// A baseline in which every criterion of every article is met **with a margin**: the same
    /// as [`Facts::all_met`] except that 9 of 10 sub-units are rated well and 9 of 10 commune
    /// units recognised, so removing one of them still leaves the 70 % rules (TT124 Đ5 k4,
    /// Đ6 k5, Đ7 k6) met. The baseline for examples and what-if analysis that change something
    /// other than those counts.
    ///
    /// ```
    /// use antq::law::tt124::Facts;
    /// let f = Facts::comfortably_met();
    /// assert_eq!(f.units.unwrap().recognised, 9);
    /// assert_eq!(Facts::all_met().units.unwrap().recognised, 7); // exactly on the 70 % line
    /// ```
    pub fn comfortably_met() -> Facts {
        let mut f = Facts::all_met();
        f.sub_units = Some(SubUnits {
            total: 10,
            rated_well: 9,
        });
        if let Some(u) = f.units.as_mut() {
            u.recognised = 9;
        }
        f
    }

    /// A baseline in which every criterion of every article is met **exactly at the
    /// boundaries**: a Party organisation that adopted its resolution, everyone registered and
    /// briefed, nothing occurred, forces rated "hoàn thành tốt nhiệm vụ", and — sitting exactly
    /// on both 70 % lines — 7 of 10 sub-units rated well (Đ6 k5, Đ7 k6) and 7 of 10 commune
    /// units recognised (Đ5 k4), the Sơn La tax documents in order. One sub-unit or commune
    /// unit fewer fails; for a baseline with a margin use [`Facts::comfortably_met`]. For
    /// boundary tests: change one fact and see which criterion it breaks.
    pub fn all_met() -> Facts {
        Facts {
            registered: Some(true),
            has_party_organisation: Some(true),
            party_resolution: Some(true),
            security_plan: Some(true),
            households_registered: Some((120, 120)),
            internal_rules: Some(true),
            people_briefed: Some((60, 60)),
            effective_models: Some(1),
            policies_implemented: Some(true),
            parent_coordination: Some(true),
            events: Some(Vec::new()),
            crime_reduced: Some(true),
            serious_crimes: Some(Vec::new()),
            new_hotspot: Some(false),
            new_social_evil_person: Some(false),
            offender_management_effective: Some(true),
            accidents: Some(Vec::new()),
            school_violence: Some(false),
            force_rating: Some(CollectiveRating::CompletedWell),
            has_protection_force: Some(true),
            eligible_for_rating: Some(true),
            commune_police_effective: Some(true),
            discipline: Some(Vec::new()),
            staff_security_sanctions: Some(0),
            members_committed_crime: Some(0),
            sub_units: Some(SubUnits {
                total: 10,
                rated_well: 7,
            }),
            units: Some(UnitCounts {
                total: 10,
                registered: 10,
                recognised: 7,
                undecided: 0,
                registration_unknown: 0,
            }),
            documents: Some(vec![
                "submission".into(),
                "results_report".into(),
                "meeting_minutes".into(),
                "tax_clearance_confirmation".into(),
            ]),
            tax_debt: Some(false),
            extra: BTreeMap::new(),
        }
    }

    /// Add an event of the year (Đ4 k3, Đ6 k3 a–e). The list becomes known if it was not.
    ///
    /// ```
    /// use antq::law::tt124::{Event, Facts};
    /// let f = Facts::comfortably_met().with_event(Event::IncitedCrowds);
    /// assert_eq!(f.events, Some(vec![Event::IncitedCrowds]));
    /// ```
    pub fn with_event(mut self, event: Event) -> Facts {
        push(&mut self.events, event);
        self
    }

    /// Add a crime of the "serious" grade or worse (Đ4 k4 b, Đ6 k3 đ).
    pub fn with_serious_crime(mut self, crime: SeriousCrime) -> Facts {
        push(&mut self.serious_crimes, crime);
        self
    }

    /// Add an accident or incident (Đ4 k4 d, Đ6 k3 g).
    pub fn with_accident(mut self, accident: Accident) -> Facts {
        push(&mut self.accidents, accident);
        self
    }

    /// Add a disciplinary record of the year (Đ4 k5, Đ5 k3, Đ6 k3 h, k4–k5, Đ7 k4–k6).
    pub fn with_discipline(mut self, record: DisciplineRecord) -> Facts {
        push(&mut self.discipline, record);
        self
    }
}
