//! Builder methods for [`Facts`]: add one occurrence to a baseline without spelling out the
//! list it belongs to.

use super::discipline::DisciplineRecord;
use super::facts::{Accident, Event, Facts, SeriousCrime};

fn push<T>(list: &mut Option<Vec<T>>, item: T) {
    list.get_or_insert_with(Vec::new).push(item);
}

impl Facts {
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
