//! A v2 unit record's movement models (`md`) read by hand straight into the unit's models,
//! for [`Scanner::unit`]: each read into the element already there (its strings' buffers
//! kept), a text met before at the same position copied (DESIGN §24.2), the ids' places
//! noted for when the unit's id is known.

use super::cursor::Cur;
use super::decode::blank_model;
use super::scan::{name, opt, Scanner};
use super::scan_parts::{
    members, opt_text, span, KEY_DC, KEY_E, KEY_HD, KEY_I, KEY_N, KEY_R, KEY_RT,
};
use crate::models::MovementModel;

/// Models kept for their buffers when a record has fewer than the one before.
const SPARE_MODELS: usize = 16;

impl Scanner {
    /// `md`: the movement models, read into the elements already there; their ids noted in
    /// `model_ids` (made once the unit id is known).
    pub(super) fn unit_models(
        &mut self,
        c: &mut Cur<'_>,
        slot: &mut Option<Vec<MovementModel>>,
    ) -> Option<()> {
        if c.null() {
            *slot = None;
            return Some(());
        }
        let models = slot.get_or_insert_with(Vec::new);
        let n = c.array(|c, k| {
            if k == models.len() {
                // A model of an earlier record, its strings' buffers kept.
                models.push(self.spare_models.pop().unwrap_or_else(blank_model));
            }
            let m = &mut models[k];
            // A text read before at this position: its model again (DESIGN §24.2).
            if let Some((len, id)) = self.model_texts.take(k, c.b, c.p, m) {
                self.model_ids.push(id);
                c.p += len;
                return Some(());
            }
            let start = c.p;
            self.unit_model(c, m)?;
            if let (Some(text), Some(&id)) = (c.b.get(start..c.p), self.model_ids.last()) {
                self.model_texts.remember(k, text, start, m, id);
            }
            Some(())
        })?;
        if models.len() > n && self.spare_models.len() < SPARE_MODELS {
            self.spare_models.extend(models.drain(n..));
        }
        models.truncate(n);
        Some(())
    }

    fn unit_model(&mut self, c: &mut Cur<'_>, m: &mut MovementModel) -> Option<()> {
        // Where each form of the id is (`i` whole, `r` relative): exactly one must be given.
        let (mut whole, mut relative) = (None, None);
        let seen = members(c, |c, key| {
            Some(match key {
                KEY_I => {
                    whole = opt_text(c)?.map(|s| span(c, s));
                    1
                }
                KEY_R => {
                    relative = opt_text(c)?.map(|s| span(c, s));
                    2
                }
                KEY_N => {
                    name(c, &mut m.name)?;
                    4
                }
                KEY_E => {
                    m.effective = opt(c, Cur::bool)?;
                    8
                }
                KEY_RT => {
                    m.rating = opt(c, |c| self.model_ratings.read(c))?;
                    16
                }
                KEY_DC => {
                    m.dossier_complete = opt(c, Cur::bool)?;
                    32
                }
                KEY_HD => {
                    m.has_dossier = opt(c, Cur::bool)?;
                    64
                }
                _ => return None,
            })
        })?;
        if seen & 4 == 0 {
            return None;
        }
        if seen & 8 == 0 {
            m.effective = None;
        }
        if seen & 16 == 0 {
            m.rating = None;
        }
        if seen & 32 == 0 {
            m.dossier_complete = None;
        }
        if seen & 64 == 0 {
            m.has_dossier = None;
        }
        match (whole, relative) {
            (Some((a, b)), None) => self.model_ids.push((true, a, b)),
            (None, Some((a, b))) => self.model_ids.push((false, a, b)),
            _ => return None,
        }
        Some(())
    }
}
