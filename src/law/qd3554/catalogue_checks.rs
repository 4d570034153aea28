//! Checking a catalogue and a set of catalogues before they are used: names, kinds, groups,
//! criteria, year ranges, and that the set covers each kind without overlap.

use std::collections::HashSet;

use super::catalogue::{Catalogue, CatalogueSet, YearRange, QD3554_FROM, RESERVED_IDS};
use crate::error::{Error, Subject};
use crate::unit::KindTag;

impl Catalogue {
    /// Check the catalogue: a name, at least one kind (never residential areas), at least one
    /// group and one criterion, unique group and criterion ids, every criterion in a declared
    /// group, every group used, and a year range that starts no later than it ends.
    ///
    /// # Errors
    ///
    /// The first rule above the catalogue breaks, naming the catalogue and the field.
    pub fn validate(&self) -> Result<(), Error> {
        let subject = || Subject::Catalogue(self.name.to_string());
        if self.name.trim().is_empty() {
            return Err(Error::missing(
                subject(),
                "name",
                "a non-empty catalogue name",
            ));
        }
        if let Some(until) = self.in_force.until {
            if until < self.in_force.from {
                return Err(Error::invalid(
                    subject(),
                    "in_force.until",
                    "a year not before in_force.from",
                    until,
                ));
            }
        }
        if self.applies_to.is_empty() {
            return Err(Error::missing(
                subject(),
                "applies_to",
                "at least one of commune, agency, enterprise, school",
            ));
        }
        for (i, k) in self.applies_to.iter().enumerate() {
            if *k == KindTag::ResidentialArea {
                return Err(Error::invalid(
                    subject(),
                    "applies_to",
                    "commune, agency, enterprise or school (no model-unit title for residential areas)",
                    "residential_area",
                ));
            }
            // Only five kinds exist, so a repeat shows within the first six entries: the scan
            // stays short however long the list.
            if self.applies_to[..i.min(KindTag::ALL.len())].contains(k) {
                return Err(Error::duplicate(subject(), "applies_to", format!("{k:?}")));
            }
        }
        if self.groups.is_empty() {
            return Err(Error::missing(subject(), "groups", "at least one group"));
        }
        if self.criteria.is_empty() {
            return Err(Error::missing(
                subject(),
                "criteria",
                "at least one criterion",
            ));
        }
        // Sets of ids, so validation stays linear in the catalogue's size.
        let mut group_ids: HashSet<&str> = HashSet::with_capacity(self.groups.len());
        for g in &self.groups {
            if g.id.trim().is_empty() {
                return Err(Error::missing(
                    subject(),
                    "groups.id",
                    "a non-empty group id",
                ));
            }
            if !group_ids.insert(g.id.as_ref()) {
                return Err(Error::duplicate(subject(), "groups.id", &g.id));
            }
        }
        let mut criterion_ids: HashSet<&str> = HashSet::with_capacity(self.criteria.len());
        let mut used_groups: HashSet<&str> = HashSet::new();
        for c in &self.criteria {
            let id = &c.criterion.id;
            if id.trim().is_empty() {
                return Err(Error::missing(
                    subject(),
                    "criteria.id",
                    "a non-empty criterion id",
                ));
            }
            if RESERVED_IDS.contains(&id.as_ref()) {
                return Err(Error::invalid(
                    subject(),
                    "criteria.id",
                    "an id not reserved for the decision's own findings",
                    id,
                ));
            }
            if !criterion_ids.insert(id.as_ref()) {
                return Err(Error::duplicate(subject(), "criteria.id", id));
            }
            used_groups.insert(c.group.as_ref());
            if !group_ids.contains(c.group.as_ref()) {
                return Err(Error::unknown(subject(), "criteria.group", &c.group));
            }
        }
        for g in &self.groups {
            if !used_groups.contains(g.id.as_ref()) {
                return Err(Error::invalid(
                    subject(),
                    "groups",
                    "every declared group to hold at least one criterion",
                    format!("empty group `{}`", g.id),
                ));
            }
        }
        Ok(())
    }
}

impl CatalogueSet {
    /// Check every catalogue, that names are unique and that no two catalogues cover the same
    /// kind in overlapping years.
    ///
    /// # Errors
    ///
    /// An invalid catalogue, a name used twice, or two catalogues covering one kind in overlapping
    /// years.
    pub fn validate(&self) -> Result<(), Error> {
        if let Some(y) = self.qd3554_from.filter(|&y| y < QD3554_FROM) {
            return Err(Error::invalid(
                Subject::Catalogue("model-unit catalogues".to_owned()),
                "qd3554_from",
                "2025 or later (QĐ3554 was signed on 19/5/2025)",
                y,
            ));
        }
        // Names through a set; overlaps per kind after sorting by first year — linear-log in
        // the number of catalogues rather than pairwise. Years are the effective ones (after the
        // QĐ9745 → QĐ3554 switch year).
        let mut names: HashSet<&str> = HashSet::with_capacity(self.catalogues.len());
        for c in &self.catalogues {
            c.validate()?;
            if !names.insert(c.name.as_ref()) {
                return Err(Error::duplicate(
                    Subject::Catalogue(c.name.to_string()),
                    "name",
                    &c.name,
                ));
            }
        }
        let ranges: Vec<YearRange> = self
            .catalogues
            .iter()
            .map(|c| self.effective_range(c))
            .collect();
        let mut clash: Option<(usize, usize)> = None;
        for kind in KindTag::ALL {
            let mut of_kind: Vec<usize> = (0..self.catalogues.len())
                .filter(|&i| self.catalogues[i].applies_to.contains(&kind))
                .collect();
            of_kind.sort_by_key(|&i| (ranges[i].from, i));
            // The catalogue reaching furthest so far: any later-starting one that begins before
            // it ends overlaps it.
            let mut reach: Option<usize> = None;
            for &i in &of_kind {
                if let Some(r) = reach {
                    if ranges[r].overlaps(ranges[i]) {
                        let pair = (r.max(i), r.min(i));
                        clash = Some(clash.map_or(pair, |p| p.min(pair)));
                    }
                }
                let ends = |j: usize| ranges[j].until.unwrap_or(i32::MAX);
                if reach.is_none_or(|r| ends(i) > ends(r)) {
                    reach = Some(i);
                }
            }
        }
        if let Some((later, earlier)) = clash {
            let (c, o) = (&self.catalogues[later], &self.catalogues[earlier]);
            return Err(Error::invalid(
                Subject::Catalogue(c.name.to_string()),
                "in_force",
                "years that do not overlap another catalogue for the same kind",
                format!("overlaps catalogue `{}`", o.name),
            ));
        }
        Ok(())
    }
}
