//! Builder methods for [`UnitInput`], the record of one unit in a year's input.

use super::input::UnitInput;
use crate::law::qd3554::{ModelUnitFacts, PreviousYear};
use crate::law::qd510::ScoreInput;
use crate::law::tt124::Facts;
use crate::models::MovementModel;
use crate::roadmap::ModelEvent;

impl UnitInput {
    /// Set the TT124 facts of the year.
    ///
    /// ```
    /// use antq::law::tt124::Facts;
    /// use antq::law::qd510::ScoreInput;
    /// use antq::unit::{ManagingLevel, Unit, UnitKind};
    /// use antq::year::UnitInput;
    /// let area = Unit::new("ban-1", "Bản 1", UnitKind::ResidentialArea, ManagingLevel::Commune)
    ///     .in_commune("xa-1");
    /// let rec = UnitInput::new(area)
    ///     .with_safety(Facts::comfortably_met())
    ///     .with_score(ScoreInput::new().award("qd510.remainder", 40));
    /// assert!(rec.score.is_some());
    /// ```
    pub fn with_safety(mut self, facts: Facts) -> Self {
        self.safety = facts;
        self
    }

    /// Set the QĐ510 scoring input (the committee's points and the deduction facts).
    pub fn with_score(mut self, score: ScoreInput) -> Self {
        self.score = Some(score);
        self
    }

    /// Set the model-unit facts (QĐ3554 / QĐ9745): the unit registered to build a model unit.
    pub fn with_model_unit(mut self, facts: ModelUnitFacts) -> Self {
        self.model_unit = Some(facts);
        self
    }

    /// Set the unit's movement models (reviewed under the policy's models rule).
    pub fn with_models(mut self, models: Vec<MovementModel>) -> Self {
        self.models = Some(models);
        self
    }

    /// Set last year's results (read when the policy asks for model-unit prerequisites).
    pub fn with_previous(mut self, previous: PreviousYear) -> Self {
        self.previous = previous;
        self
    }

    /// Record a model-unit event of an earlier year (recognised, lost).
    pub fn with_model_event(mut self, year: i32, event: ModelEvent) -> Self {
        self.model_history.insert(year, event);
        self
    }
}
