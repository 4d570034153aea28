//! Checking a score sheet before it is used: ids, maxima, the "An toàn về ANTT" item,
//! deductions and class bands (see [`ScoreSheet::validate`]).

use std::collections::BTreeMap;

use super::sheet::{ClassBand, ItemBasis, ScoreItem, ScoreSheet, MAX_TOTAL};
use crate::error::{Error, Subject};

impl ScoreSheet {
    /// Check the sheet: non-empty name; unique, non-empty ids across items, sub-items and
    /// deductions; group maxima equal the sum of their sub-items; top-level maxima sum to 100;
    /// at most one "An toàn về ANTT" item, and it is a leaf; deductions worth at least 1 point,
    /// with `covered_by` only when the sheet has the "An toàn về ANTT" item; class bands with
    /// `min ≤ max`, each class once, covering 0–100 without gap or overlap, better classes on
    /// higher totals.
    ///
    /// # Errors
    ///
    /// The first rule above the sheet breaks, naming the sheet and the field.
    pub fn validate(&self) -> Result<(), Error> {
        if self.name.trim().is_empty() {
            return Err(Error::invalid(
                Subject::ScoreSheet(self.name.clone()),
                "name",
                "a non-empty sheet name",
                "an empty string",
            ));
        }
        let mut ids: BTreeMap<&str, ()> = BTreeMap::new();
        let mut safety_items = 0u32;
        for item in &self.items {
            self.check_item(item, "items", &mut ids, &mut safety_items)?;
        }
        let sum: u64 = self.items.iter().map(|i| u64::from(i.max_points)).sum();
        if sum != u64::from(MAX_TOTAL) {
            return Err(Error::invalid(
                self.subject(),
                "items.max_points",
                "top-level maxima summing to 100",
                sum,
            ));
        }
        for d in &self.deductions {
            let id = d.id();
            if id.is_empty() {
                return Err(Error::invalid(
                    self.subject(),
                    "deductions.id",
                    "a non-empty id",
                    "an empty string",
                ));
            }
            if ids.insert(id, ()).is_some() {
                return Err(Error::duplicate(self.subject(), "deductions.id", id));
            }
            if d.points == 0 {
                return Err(Error::invalid(
                    self.subject(),
                    format!("deductions.{id}.points"),
                    "at least 1 point",
                    0,
                ));
            }
            if !d.covered_by.is_empty() && safety_items == 0 {
                return Err(Error::invalid(
                    self.subject(),
                    format!("deductions.{id}.covered_by"),
                    "a sheet with a `safety_recognised` item (the waiver rests on its points)",
                    "no such item",
                ));
            }
            if d.covered_by.iter().any(|c| c.is_empty()) {
                return Err(Error::invalid(
                    self.subject(),
                    format!("deductions.{id}.covered_by"),
                    "non-empty TT124 criterion ids",
                    "an empty string",
                ));
            }
        }
        self.check_bands()
    }

    fn check_item<'a>(
        &self,
        item: &'a ScoreItem,
        field: &'static str,
        ids: &mut BTreeMap<&'a str, ()>,
        safety_items: &mut u32,
    ) -> Result<(), Error> {
        let id = item.id();
        if id.is_empty() {
            return Err(Error::invalid(
                self.subject(),
                format!("{field}.id"),
                "a non-empty id",
                "an empty string",
            ));
        }
        if ids.insert(id, ()).is_some() {
            return Err(Error::duplicate(self.subject(), format!("{field}.id"), id));
        }
        if item.is_leaf() {
            if item.basis == ItemBasis::SafetyRecognised {
                *safety_items += 1;
                if *safety_items > 1 {
                    return Err(Error::invalid(
                        self.subject(),
                        format!("items.{id}.basis"),
                        "at most one `safety_recognised` item",
                        "a second one",
                    ));
                }
            }
            return Ok(());
        }
        if item.basis != ItemBasis::Awarded {
            return Err(Error::invalid(
                self.subject(),
                format!("items.{id}.basis"),
                "`awarded` for a group (its sub-items carry the basis)",
                "safety_recognised",
            ));
        }
        let sum: u64 = item.sub_items.iter().map(|s| u64::from(s.max_points)).sum();
        if sum != u64::from(item.max_points) {
            return Err(Error::invalid(
                self.subject(),
                format!("items.{id}.max_points"),
                format!("the sum of the sub-items' maxima ({sum})"),
                item.max_points,
            ));
        }
        for s in &item.sub_items {
            self.check_item(s, "items.sub_items", ids, safety_items)?;
        }
        Ok(())
    }

    fn check_bands(&self) -> Result<(), Error> {
        if self.bands.is_empty() {
            return Err(Error::missing(
                self.subject(),
                "bands",
                "class bands covering 0–100",
            ));
        }
        for (i, b) in self.bands.iter().enumerate() {
            if b.min > b.max || b.max > MAX_TOTAL {
                return Err(Error::invalid(
                    self.subject(),
                    format!("bands[{i}]"),
                    "min ≤ max ≤ 100",
                    format!("{}–{}", b.min, b.max),
                ));
            }
            if self.bands[..i].iter().any(|o| o.class == b.class) {
                return Err(Error::duplicate(
                    self.subject(),
                    "bands.class",
                    b.class.name_vi(),
                ));
            }
        }
        // Sort by min (at most a handful of bands; indices avoid cloning).
        let mut order: Vec<usize> = (0..self.bands.len()).collect();
        order.sort_by_key(|&i| (self.bands[i].min, self.bands[i].max));
        let mut next = 0u32; // the lowest total not yet covered
        let mut prev: Option<&ClassBand> = None;
        for &i in &order {
            let b = &self.bands[i];
            if b.min > next {
                return Err(Error::invalid(
                    self.subject(),
                    "bands",
                    "bands covering 0–100 without gap",
                    format!("no band covers {next}–{}", b.min - 1),
                ));
            }
            if b.min < next {
                return Err(Error::invalid(
                    self.subject(),
                    "bands",
                    "bands without overlap",
                    format!("{} overlaps another band at {}", b.class.name_vi(), b.min),
                ));
            }
            if let Some(p) = prev {
                if b.class <= p.class {
                    return Err(Error::invalid(
                        self.subject(),
                        "bands",
                        "better classes on higher totals",
                        format!(
                            "{} ({}–{}) above {} ({}–{})",
                            b.class.name_vi(),
                            b.min,
                            b.max,
                            p.class.name_vi(),
                            p.min,
                            p.max
                        ),
                    ));
                }
            }
            next = b.max + 1;
            prev = Some(b);
        }
        if next != MAX_TOTAL + 1 {
            return Err(Error::invalid(
                self.subject(),
                "bands",
                "bands covering 0–100 without gap",
                format!("no band covers {next}–{MAX_TOTAL}"),
            ));
        }
        Ok(())
    }
}
