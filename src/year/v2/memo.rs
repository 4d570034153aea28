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

/// Words of a remembered text: a text of up to [`MEMO_TEXT_MAX`] bytes fills at most eight.
const WORDS: usize = MEMO_TEXT_MAX / 8;

/// A remembered text as words, compared with the input a word at a time.
struct Words {
    /// The text's bytes (little-endian words, zeros after its end).
    w: [u64; WORDS],
    /// The words the text fills (at least one).
    n: usize,
    /// The mask of the text's bytes in its first word (all of it for a text of eight bytes or
    /// more): the first word is compared on its own first, which tells most texts apart.
    first_mask: u64,
    /// The mask of the text's bytes in its last word.
    last_mask: u64,
    /// The text's length.
    len: usize,
}

/// The mask of the first `len` bytes of a word (all of it from eight bytes).
const fn mask_of(len: usize) -> u64 {
    if len >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * len)) - 1
    }
}

impl Words {
    fn of(text: &[u8]) -> Self {
        let mut w = [0u64; WORDS];
        for (slot, chunk) in w.iter_mut().zip(text.chunks(8)) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            *slot = u64::from_le_bytes(word);
        }
        let n = text.len().div_ceil(8).max(1);
        Words {
            w,
            n,
            first_mask: mask_of(text.len()),
            last_mask: mask_of(text.len() - 8 * (n - 1)),
            len: text.len(),
        }
    }
}

/// The word of `s` at word index `i` (little-endian; `s` holds it whole). The twin of the
/// writer's `json_word::full`, kept apart on purpose: reading through `full` cost the national
/// v2 year 8 M instructions more (3.484 G → 3.492 G, measured in round 10), as it did before
/// `full` loaded a whole word.
#[inline]
fn word(s: &[u8], i: usize) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&s[8 * i..8 * i + 8]);
    u64::from_le_bytes(b)
}

/// Values read by serde from their raw JSON text, remembered by that text.
pub(crate) struct Memo<T> {
    /// Each text remembered with its value, the more often met first.
    known: Vec<(Box<str>, T)>,
    /// Each text as words (the same order as `known`).
    words: Vec<Words>,
    /// How often each text was met (the same order as `known`).
    hits: Vec<u32>,
    /// The entry that matched last (tried first).
    last: usize,
}

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Memo {
            known: Vec::new(),
            words: Vec::new(),
            hits: Vec::new(),
            last: 0,
        }
    }
}

impl<T: DeserializeOwned + Clone> Memo<T> {
    /// The value at the cursor, stepping over it: a text remembered when the input goes on
    /// with it and then a delimiter (a remembered text is a whole JSON value, so the value here
    /// is that text), else the value's raw text read by serde. `None` when serde does not
    /// read it as a `T`. Inlined where it is read: the usual value is the one met last.
    #[inline(always)]
    pub(crate) fn read(&mut self, c: &mut Cur<'_>) -> Option<T> {
        let p = c.p;
        if let Some(&first) = c.b.get(p..).and_then(<[u8]>::first_chunk::<8>) {
            let first = u64::from_le_bytes(first);
            let k = self.last;
            if self.here(c, k, first) {
                return Some(self.take(c, k));
            }
        }
        self.read_other(c)
    }

    /// [`Self::read`] when the text that matched last is not here: the texts in turn, the
    /// more often met first.
    #[inline(never)]
    fn read_other(&mut self, c: &mut Cur<'_>) -> Option<T> {
        let p = c.p;
        let found = match c.b.get(p..).and_then(<[u8]>::first_chunk::<8>) {
            Some(&first) => {
                let first = u64::from_le_bytes(first);
                (0..self.known.len()).find(|&k| self.here(c, k, first))
            }
            // Fewer than eight bytes left: compared byte by byte.
            None => (0..self.known.len()).find(|&k| {
                let text = self.known[k].0.as_bytes();
                c.b.get(p..p + text.len()) == Some(text) && c.ends_value_at(p + text.len())
            }),
        };
        match found {
            Some(k) => {
                let k = self.met(k);
                self.last = k;
                Some(self.take(c, k))
            }
            None => self.get(c.value_text()?),
        }
    }

    /// Entry `k` met once more: moved one place to the front when now met more often than the
    /// one before it. Returns where it is.
    fn met(&mut self, k: usize) -> usize {
        self.hits[k] = self.hits[k].saturating_add(1);
        if k > 0 && self.hits[k] > self.hits[k - 1] {
            self.hits.swap(k, k - 1);
            self.words.swap(k, k - 1);
            self.known.swap(k, k - 1);
            return k - 1;
        }
        k
    }

    /// Whether the text of entry `k` is here, then a delimiter, `first` being the input's
    /// next eight bytes: their first word compared alone, then the other words where the
    /// input has them whole, else byte by byte (near the input's end).
    #[inline(always)]
    fn here(&self, c: &Cur<'_>, k: usize, first: u64) -> bool {
        let Some(t) = self.words.get(k) else {
            return false;
        };
        if first & t.first_mask != t.w[0] {
            return false;
        }
        let p = c.p;
        let same = t.n == 1
            || match c.b.get(p..p + 8 * t.n) {
                Some(s) => {
                    let mut diff = (word(s, t.n - 1) & t.last_mask) ^ t.w[t.n - 1];
                    for i in 1..t.n - 1 {
                        diff |= word(s, i) ^ t.w[i];
                    }
                    diff == 0
                }
                None => c.b.get(p..p + t.len) == Some(self.known[k].0.as_bytes()),
            };
        same && c.ends_value_at(p + t.len)
    }

    /// The value of entry `k`, the cursor stepped over its text.
    #[inline]
    fn take(&self, c: &mut Cur<'_>, k: usize) -> T {
        let (text, value) = &self.known[k];
        c.p += text.len();
        value.clone()
    }

    /// The value of `raw` (a whole JSON value), or `None` when serde does not read it as a `T`.
    fn get(&mut self, raw: &str) -> Option<T> {
        let value: T = serde_json::from_str(raw).ok()?;
        if self.known.len() < MEMO_CAP && raw.len() <= MEMO_TEXT_MAX {
            self.words.push(Words::of(raw.as_bytes()));
            self.known.push((raw.into(), value.clone()));
            self.hits.push(1);
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

    /// The texts met more often move to the front, and the first word is compared alone
    /// first: values alternating among texts that share their first eight bytes or are
    /// shorter than a word, one met far more often, and the input ending right after a
    /// remembered text — each value serde's.
    #[test]
    fn texts_met_more_often_move_to_the_front_and_still_read_as_serde_reads_them() {
        let mut input = String::from(r#""kha","trung_binh","trung_bin","yeu","xuat_sac""#);
        for _ in 0..5 {
            input.push_str(r#","xuat_sac","xuat_sac","yeu","xuat_sacc","kha","yeu""#);
        }
        input.push_str(r#","trung_binh","yeu""#);
        let values = read_all(&input);
        assert_eq!(
            values.iter().filter(|v| v.is_none()).count(),
            6,
            "{values:?}"
        );
    }
}
