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
    texts: Vec<Box<str>>,
    values: Vec<T>,
    last: usize,
}

impl<T: DeserializeOwned + Clone> Memo<T> {
    pub(crate) fn new() -> Self {
        Memo {
            texts: Vec::new(),
            values: Vec::new(),
            last: 0,
        }
    }

    /// The value at the cursor, stepping over it: a text remembered when the input goes on
    /// with it and then a delimiter (a remembered text is a whole JSON value, so the value here
    /// is that text), else the value's raw text read by serde. `None` when serde does not
    /// read it as a `T`.
    #[inline]
    pub(crate) fn read(&mut self, c: &mut Cur<'_>) -> Option<T> {
        if let Some(v) = self.remembered_at(c, self.last) {
            return Some(v);
        }
        for k in 0..self.texts.len() {
            if let Some(v) = self.remembered_at(c, k) {
                self.last = k;
                return Some(v);
            }
        }
        self.get(c.value_text()?)
    }

    #[inline]
    fn remembered_at(&self, c: &mut Cur<'_>, k: usize) -> Option<T> {
        let text = self.texts.get(k)?.as_bytes();
        let end = c.p + text.len();
        // The second and third bytes (a string's first letters, an object's first key) tell
        // most remembered texts apart without a comparison call.
        let follows = c.b.get(c.p + 1..c.p + 3) == text.get(1..3)
            && c.b.get(c.p..end) == Some(text)
            && matches!(
                c.b.get(end),
                None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            );
        follows.then(|| {
            c.p = end;
            self.values[k].clone()
        })
    }

    /// The value of `raw` (a whole JSON value), or `None` when serde does not read it as a `T`.
    fn get(&mut self, raw: &str) -> Option<T> {
        let value: T = serde_json::from_str(raw).ok()?;
        if self.texts.len() < MEMO_CAP && raw.len() <= MEMO_TEXT_MAX {
            self.texts.push(raw.into());
            self.values.push(value.clone());
            self.last = self.texts.len() - 1;
        }
        Some(value)
    }
}
