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
    /// Each text's first eight bytes (little-endian, zeros after a shorter text) and the mask
    /// of the bytes it has: a text is told apart by one comparison of words.
    heads: Vec<(u64, u64)>,
    /// The entry that matched last (tried first).
    last: usize,
}

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Memo {
            known: Vec::new(),
            heads: Vec::new(),
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
        // Eight bytes of the input here (the usual case): compared with each text's head.
        if let Some(&word) = c.b.get(c.p..).and_then(|b| b.first_chunk::<8>()) {
            let word = u64::from_le_bytes(word);
            let k = self.last;
            if self.head_at(c, word, k) {
                return Some(self.take(c, k));
            }
            for k in 0..self.heads.len() {
                if self.head_at(c, word, k) {
                    self.last = k;
                    return Some(self.take(c, k));
                }
            }
            return self.get(c.value_text()?);
        }
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

    /// Whether the text of entry `k` is here, `word` being the next eight bytes of the input:
    /// its head, the rest of a longer text, and a delimiter after it.
    #[inline]
    fn head_at(&self, c: &Cur<'_>, word: u64, k: usize) -> bool {
        let Some(&(head, mask)) = self.heads.get(k) else {
            return false;
        };
        if word & mask != head {
            return false;
        }
        let text = self.known[k].0.as_bytes();
        let end = c.p + text.len();
        (text.len() <= 8 || c.b.get(c.p + 8..end) == text.get(8..)) && c.ends_value_at(end)
    }

    /// The value of entry `k`, the cursor stepped over its text.
    #[inline]
    fn take(&self, c: &mut Cur<'_>, k: usize) -> T {
        let (text, value) = &self.known[k];
        c.p += text.len();
        value.clone()
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
            let mut head = [0u8; 8];
            let n = raw.len().min(8);
            head[..n].copy_from_slice(&raw.as_bytes()[..n]);
            let mask = if n == 8 {
                u64::MAX
            } else {
                (1u64 << (8 * n)) - 1
            };
            self.heads.push((u64::from_le_bytes(head), mask));
            self.known.push((raw.into(), value.clone()));
            self.last = self.known.len() - 1;
        }
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::MovementClass;

    /// Read every value of `input` (separated by `,`) through one memo, each checked against
    /// serde's reading of its own text; `None` where serde does not read it.
    fn read_all(input: &str) -> Vec<Option<MovementClass>> {
        let mut memo = Memo::<MovementClass>::default();
        let mut c = Cur::new(input);
        let mut out = Vec::new();
        loop {
            let start = c.p;
            let value = memo.read(&mut c);
            let end = if value.is_some() {
                c.p
            } else {
                start + input[start..].find(',').unwrap_or(input.len() - start)
            };
            let serde: Option<MovementClass> = serde_json::from_str(&input[start..end]).ok();
            assert_eq!(value, serde, "{input} at {start}");
            out.push(value);
            c.p = end;
            if !c.eat(b',') {
                return out;
            }
        }
    }

    /// A remembered text is taken only when the input has it whole, then a delimiter: texts of
    /// up to and past eight bytes, sharing their first eight bytes, and near the end of the
    /// input (fewer than eight bytes left).
    #[test]
    fn a_remembered_text_is_taken_only_whole() {
        let values = read_all(
            r#""kha","kha","khaa","xuat_sac","xuat_sacc","xuat_sac","trung_binh","trung_bin","kha""#,
        );
        assert_eq!(
            values.iter().filter(|v| v.is_none()).count(),
            3,
            "{values:?}"
        );
        let values = read_all(r#""kha","xuat_sac","kha""#);
        assert!(values.iter().all(Option::is_some));
    }
}
