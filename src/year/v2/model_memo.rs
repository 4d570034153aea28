//! The movement models of the direct reading ([`super::scan_unit`]) remembered by their text:
//! a model object whose bytes equal one read before at the same position of `md` is that
//! model again, so its fields are copied instead of read (DESIGN §24.2).
//!
//! A model's reading ([`Scanner::unit_model`](super::Scanner)) depends only on the bytes of its
//! object — its members, their values through the memos (each value serde's reading of its own
//! text), where its id stands — so the same bytes give the same model. A JSON object ends at
//! its own closing brace, so the input holding a remembered text at the cursor holds that
//! object there, whatever follows.

use crate::models::MovementModel;

/// Positions of `md` with texts remembered (models past them are always read).
const SLOTS: usize = 8;

/// Texts remembered per position.
const PER_SLOT: usize = 16;

/// The longest text remembered (a model's usual text is ≈ 70–80 bytes).
const TEXT_MAX: usize = 256;

/// One model text read before, with what its reading gave.
struct Entry {
    /// The text's last eight bytes (little-endian): most texts of a position are told apart by
    /// them (the rating and the dossier come last) before the whole text is compared.
    tail: u64,
    text: Box<[u8]>,
    /// The model read (its id not yet made: that is done once the unit id is known).
    model: MovementModel,
    /// The id's form (`true`: `i`, written whole) and where it stands in the text.
    whole: bool,
    id_at: (usize, usize),
}

/// Model texts remembered per position of `md`, the more frequent first.
#[derive(Default)]
pub(crate) struct ModelMemo {
    slots: Vec<Vec<Entry>>,
}

/// The eight bytes of `b` ending at `end` (`end ≥ 8`), little-endian.
#[inline]
fn tail_at(b: &[u8], end: usize) -> Option<u64> {
    let chunk = b.get(end.checked_sub(8)?..end)?.first_chunk::<8>()?;
    Some(u64::from_le_bytes(*chunk))
}

impl ModelMemo {
    /// The model at `b[p..]` when it is a text remembered at position `k`: `m` given its fields
    /// (all but the id), and its length and id's form and place (in `b`) returned.
    #[inline]
    pub(crate) fn take(
        &mut self,
        k: usize,
        b: &[u8],
        p: usize,
        m: &mut MovementModel,
    ) -> Option<(usize, (bool, usize, usize))> {
        let entries = self.slots.get_mut(k)?;
        let i = entries.iter().position(|e| {
            let end = p + e.text.len();
            tail_at(b, end) == Some(e.tail) && b.get(p..end) == Some(&e.text[..])
        })?;
        // The more frequent texts drift to the front.
        if i > 0 {
            entries.swap(i, i - 1);
        }
        let e = &entries[i.saturating_sub(1)];
        super::scan::fill(&mut m.name, &e.model.name);
        m.effective = e.model.effective;
        m.rating = e.model.rating;
        m.dossier_complete = e.model.dossier_complete;
        m.has_dossier = e.model.has_dossier;
        Some((e.text.len(), (e.whole, p + e.id_at.0, p + e.id_at.1)))
    }

    /// Remember `text`, read at position `k` into `m` with its id's form and place (in the
    /// input, `text` starting at `start`).
    pub(crate) fn remember(
        &mut self,
        k: usize,
        text: &[u8],
        start: usize,
        m: &MovementModel,
        (whole, a, b): (bool, usize, usize),
    ) {
        if k >= SLOTS || text.len() > TEXT_MAX {
            return;
        }
        let Some(tail) = tail_at(text, text.len()) else {
            return;
        };
        if self.slots.len() <= k {
            self.slots.resize_with(k + 1, Vec::new);
        }
        let entries = &mut self.slots[k];
        if entries.len() >= PER_SLOT {
            return;
        }
        entries.push(Entry {
            tail,
            text: text.into(),
            model: MovementModel {
                id: String::new(),
                ..m.clone()
            },
            whole,
            id_at: (a - start, b - start),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::ModelRating;

    const TEXT: &str = r#"{"r":"m0","n":"Mô hình Camera","e":true,"rt":"kha","dc":true}"#;

    fn model() -> MovementModel {
        MovementModel {
            id: String::new(),
            name: "Mô hình Camera".to_owned(),
            effective: Some(true),
            rating: Some(ModelRating::Kha),
            dossier_complete: Some(true),
            has_dossier: None,
        }
    }

    /// A memo holding `TEXT` at position 0, read at offset 3 of some input.
    fn memo() -> ModelMemo {
        let mut memo = ModelMemo::default();
        let input = format!("[ {TEXT}]");
        memo.remember(
            0,
            &input.as_bytes()[2..2 + TEXT.len()],
            2,
            &model(),
            (false, 8, 10),
        );
        memo
    }

    /// DESIGN §24.2: a remembered text is taken only whole, at its own position of `md`; what
    /// it gives is the model read from it, its id where the id stands in this input.
    #[test]
    fn a_model_text_is_taken_only_whole_and_at_its_position() {
        let mut memo = memo();
        let input = format!("[{TEXT},");
        let mut m = crate::year::v2::decode::blank_model();
        m.has_dossier = Some(false);
        assert_eq!(
            memo.take(0, input.as_bytes(), 1, &mut m),
            Some((TEXT.len(), (false, 7, 9)))
        );
        assert_eq!(m, model());
        assert_eq!(&input[7..9], "m0");
        // Another position, another offset, a text cut short, another text with the same tail
        // or the same head: not taken.
        assert_eq!(memo.take(1, input.as_bytes(), 1, &mut m), None);
        assert_eq!(memo.take(0, input.as_bytes(), 0, &mut m), None);
        let cut = &input.as_bytes()[..TEXT.len()];
        assert_eq!(memo.take(0, cut, 1, &mut m), None);
        for other in [
            TEXT.replace("m0", "m1"),
            TEXT.replace("Camera", "Camerb"),
            TEXT.replace("\"dc\":true}", "\"dc\":false}"),
        ] {
            assert_eq!(memo.take(0, other.as_bytes(), 0, &mut m), None, "{other}");
        }
        assert_eq!(
            memo.take(0, TEXT.as_bytes(), 0, &mut m).map(|r| r.0),
            Some(TEXT.len())
        );
    }
}
