//! Values the v2 scanner hands to serde (enumerations, small objects), remembered by their raw
//! text: serde reads each distinct text once, so their meaning is serde's by construction.

use serde::de::DeserializeOwned;

use super::cursor::Cur;

/// Distinct raw texts remembered per memo (the kinds of a year are a few dozen texts).
const MEMO_CAP: usize = 32;

/// The longest text remembered: enumerations and small objects. Longer ones (an enterprise's
/// kind with its size) are nearly unique; they are read by serde each time, and not tried
/// against the remembered ones.
const MEMO_TEXT_MAX: usize = 64;

/// Values read by serde from their raw JSON text, remembered by that text.
pub(crate) struct Memo<T> {
    /// Each text remembered with its value.
    known: Vec<(Box<str>, T)>,
    /// The entry that matched last (tried first).
    last: usize,
}

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Memo {
            known: Vec::new(),
            last: 0,
        }
    }
}

impl<T: DeserializeOwned + Clone> Memo<T> {
    /// The value at the cursor, stepping over it: a text remembered when the input goes on
    /// with it and then a delimiter (a remembered text is a whole JSON value, so the value here
    /// is that text), else the value's raw text read by serde. `None` when serde does not
    /// read it as a `T`.
    #[inline]
    pub(crate) fn read(&mut self, c: &mut Cur<'_>) -> Option<T> {
        if let Some(v) = self.remembered_at(c, self.last) {
            return Some(v);
        }
        for k in 0..self.known.len() {
            if let Some(v) = self.remembered_at(c, k) {
                self.last = k;
                return Some(v);
            }
        }
        self.get(c.value_text()?)
    }

    #[inline]
    fn remembered_at(&self, c: &mut Cur<'_>, k: usize) -> Option<T> {
        let (text, value) = self.known.get(k)?;
        let text = text.as_bytes();
        let end = c.p + text.len();
        // The second and third bytes (a string's first letters, an object's first key) tell
        // most remembered texts apart without a comparison call.
        let follows = c.b.get(c.p + 1..c.p + 3) == text.get(1..3)
            && c.b.get(c.p..end) == Some(text)
            && c.ends_value_at(end);
        follows.then(|| {
            c.p = end;
            value.clone()
        })
    }

    /// The value of `raw` (a whole JSON value), or `None` when serde does not read it as a `T`.
    fn get(&mut self, raw: &str) -> Option<T> {
        let value: T = serde_json::from_str(raw).ok()?;
        if self.known.len() < MEMO_CAP && raw.len() <= MEMO_TEXT_MAX {
            self.known.push((raw.into(), value.clone()));
            self.last = self.known.len() - 1;
        }
        Some(value)
    }
}
