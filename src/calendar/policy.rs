//! Chính sách lịch của tỉnh — a province's own dated entries and its overrides of dates.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::citation::Source;
use crate::error::{Error, Subject};

use super::{rule, year_error, AnnualDate, CalendarRule, Deadline};

/// Điều chỉnh mốc của tỉnh — a provincial override of one calendar date.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateOverride {
    /// The new month and day (same form: a "trước ngày" rule stays "trước ngày"; the year is the
    /// year the rule falls in).
    pub date: AnnualDate,
    /// The provincial document that sets it.
    pub source: Source,
}

/// Chính sách lịch của tỉnh — the province's own dated entries and its overrides of national
/// dates.
///
/// Embedded in the policy. The default is the national calendar alone: TT124, QĐ510 and the
/// library's labelled defaults ([`super::keys`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarPolicy {
    /// Dated rules of the province's own documents, added to the national calendar (e.g. the
    /// Sơn La PC Office's self-assessment before 25/11). Keys must differ from national keys
    /// and from each other.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<CalendarRule>,
    /// Overrides of national or provincial dates, by key.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub overrides: BTreeMap<String, DateOverride>,
}

impl CalendarPolicy {
    /// Check that entry keys are unique and new, and that every override names a known key.
    ///
    /// # Errors
    ///
    /// An entry key that is national or used twice; an override of an unknown key or with an
    /// impossible day.
    pub fn validate(&self) -> Result<(), Error> {
        self.validate_for(policy_subject())
    }

    /// [`CalendarPolicy::validate`], errors naming `subject` (e.g. the province file).
    ///
    /// # Errors
    ///
    /// As [`CalendarPolicy::validate`].
    pub fn validate_for(&self, subject: Subject) -> Result<(), Error> {
        let policy_subject = || subject.clone();
        for (i, e) in self.entries.iter().enumerate() {
            if rule(&e.key).is_some() {
                return Err(Error::invalid(
                    policy_subject(),
                    format!("calendar.entries[{i}].key"),
                    "a key of the province's own (national keys are changed with `overrides`)",
                    &e.key,
                ));
            }
            if self.entries[..i].iter().any(|p| p.key == e.key) {
                return Err(Error::Duplicate {
                    subject: policy_subject(),
                    field: "calendar.entries".into(),
                    id: e.key.to_string(),
                });
            }
        }
        for key in self.overrides.keys() {
            if self.find(key).is_none() {
                return Err(Error::unknown(
                    policy_subject(),
                    format!("calendar.overrides.{key}"),
                    format!(
                        "{key} (expected a national calendar key or one of the file's entries)"
                    ),
                ));
            }
        }
        Ok(())
    }

    /// This calendar with `child`'s entries and overrides layered on top (same key: the
    /// child's wins).
    pub fn extended_by(&self, child: &CalendarPolicy) -> CalendarPolicy {
        let mut entries: Vec<CalendarRule> = self
            .entries
            .iter()
            .filter(|p| !child.entries.iter().any(|c| c.key == p.key))
            .cloned()
            .collect();
        entries.extend(child.entries.iter().cloned());
        let mut overrides = self.overrides.clone();
        overrides.extend(child.overrides.iter().map(|(k, v)| (k.clone(), v.clone())));
        CalendarPolicy { entries, overrides }
    }

    /// The rule with `key`: national first, then the province's entries.
    pub fn find(&self, key: &str) -> Option<&CalendarRule> {
        rule(key).or_else(|| self.entries.iter().find(|e| e.key == key))
    }

    /// The deadline that rule `key` sets in `year`, with any override applied.
    ///
    /// # Errors
    ///
    /// An unknown key ([`Error::UnknownReference`], field `deadline`), or a date the year cannot
    /// hold.
    pub fn deadline(&self, key: &str, year: i32) -> Result<Deadline, Error> {
        let r = self
            .find(key)
            .ok_or_else(|| Error::unknown(policy_subject(), "deadline", key))?;
        let d = r.deadline(year).ok_or_else(|| year_error(year))?;
        self.apply(d)
    }

    /// A deadline with this policy's override (if any) applied.
    ///
    /// # Errors
    ///
    /// An override whose day the year cannot hold (e.g. 29/2 in a common year).
    pub fn apply(&self, deadline: Deadline) -> Result<Deadline, Error> {
        if self.overrides.is_empty() {
            return Ok(deadline);
        }
        match self.overrides.get(deadline.key.as_ref()) {
            None => Ok(deadline),
            Some(o) => {
                let year = deadline.timing.stated().year();
                let date = override_date(&deadline.key, o, year)?;
                Ok(Deadline {
                    key: deadline.key,
                    timing: deadline.timing.with_date(date),
                    source: o.source.clone(),
                })
            }
        }
    }
}

fn policy_subject() -> Subject {
    Subject::Policy("calendar".into())
}

pub(super) fn override_date(key: &str, o: &DateOverride, year: i32) -> Result<NaiveDate, Error> {
    o.date.in_year(year).ok_or_else(|| {
        Error::invalid(
            policy_subject(),
            format!("overrides.{key}.date"),
            "a day that exists in the year",
            format!("{}/{} in {year}", o.date.day, o.date.month),
        )
    })
}
