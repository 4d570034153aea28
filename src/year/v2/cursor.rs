//! The cursor of the v2 record scanner ([`super::scan`]): JSON tokens of the plain shape read
//! from a text, every step bounds-checked; anything else is `None` (the scanner declines).

use crate::year::json_word::next_to_escape;

/// A position in the text. Every step is bounds-checked: a text cut short declines.
pub(crate) struct Cur<'a> {
    pub(crate) text: &'a str,
    pub(crate) b: &'a [u8],
    pub(crate) p: usize,
}

impl<'a> Cur<'a> {
    /// A cursor at the start of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        Cur {
            text,
            b: text.as_bytes(),
            p: 0,
        }
    }

    /// Step over whitespace: one test when there is none (the writer's form).
    #[inline(always)]
    pub(crate) fn ws(&mut self) {
        if matches!(self.b.get(self.p), Some(&b) if b <= b' ') {
            self.ws_more();
        }
    }

    #[inline(never)]
    fn ws_more(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.p) {
            self.p += 1;
        }
    }

    pub(crate) fn peek(&self) -> Option<u8> {
        self.b.get(self.p).copied()
    }

    pub(crate) fn eat(&mut self, c: u8) -> bool {
        let hit = self.peek() == Some(c);
        self.p += usize::from(hit);
        hit
    }

    pub(crate) fn need(&mut self, c: u8) -> Option<()> {
        self.eat(c).then_some(())
    }

    /// Whether a value ends before position `i`: the text ends there, or a delimiter (`,`, a
    /// closing bracket, whitespace) stands there.
    pub(crate) fn ends_value_at(&self, i: usize) -> bool {
        matches!(
            self.b.get(i),
            None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
        )
    }

    /// `word` (a literal) when the text has it here.
    #[inline]
    pub(crate) fn word(&mut self, word: &[u8]) -> bool {
        let hit = self.b.get(self.p..self.p + word.len()) == Some(word);
        if hit {
            self.p += word.len();
        }
        hit
    }

    /// `null`: the optional value is not given.
    pub(crate) fn null(&mut self) -> bool {
        self.peek() == Some(b'n') && self.word(b"null")
    }

    /// A string without escapes or control characters (its end found eight bytes at a time,
    /// as the report writer finds what to escape).
    #[inline(always)]
    pub(crate) fn string(&mut self) -> Option<&'a str> {
        if self.peek() != Some(b'"') {
            return None;
        }
        let start = self.p + 1;
        let end = next_to_escape(self.b, start);
        // The byte reached must be the closing quote: an escape or a control byte declines.
        if self.b.get(end) != Some(&b'"') {
            return None;
        }
        self.p = end + 1;
        self.text.get(start..end)
    }

    /// A non-negative integer that fits a `u32`, without fraction or exponent (the cursor
    /// after it; anywhere when `None`).
    #[inline]
    pub(crate) fn u32(&mut self) -> Option<u32> {
        let b = self.b;
        let mut p = self.p;
        let first = b.get(p)?.wrapping_sub(b'0');
        if first > 9 {
            return None;
        }
        p += 1;
        let mut v = u64::from(first);
        if first == 0 {
            // `0` alone: a leading zero declines.
            if b.get(p).is_some_and(u8::is_ascii_digit) {
                return None;
            }
        } else {
            while let Some(&d) = b.get(p) {
                let d = d.wrapping_sub(b'0');
                if d > 9 {
                    break;
                }
                v = v * 10 + u64::from(d);
                if v > u64::from(u32::MAX) {
                    return None;
                }
                p += 1;
            }
        }
        if matches!(b.get(p), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        self.p = p;
        u32::try_from(v).ok()
    }

    pub(crate) fn bool(&mut self) -> Option<bool> {
        if self.word(b"true") {
            Some(true)
        } else if self.word(b"false") {
            Some(false)
        } else {
            None
        }
    }

    /// A member's key: the short keys of the v2 format (up to four lower-case letters or `_`)
    /// taken without the word scan, any other key as [`Self::string`].
    #[inline]
    pub(crate) fn key(&mut self) -> Option<&'a str> {
        let p = self.p;
        if self.b.get(p) == Some(&b'"') {
            let mut q = p + 1;
            while q <= p + 5 {
                match self.b.get(q) {
                    Some(b'a'..=b'z' | b'_') => q += 1,
                    Some(b'"') if q > p + 1 => {
                        self.p = q + 1;
                        return self.text.get(p + 1..q);
                    }
                    _ => break,
                }
            }
        }
        self.string()
    }

    /// A key of one or two lower-case letters (every key of a v2 record and model), packed
    /// as [`packed`]; `None` for any other key (written otherwise, longer, escaped).
    #[inline]
    pub(crate) fn short_key(&mut self) -> Option<u32> {
        let p = self.p;
        let &[q, a, b] = self.b.get(p..p + 3)? else {
            return None;
        };
        if q != b'"' || !a.is_ascii_lowercase() {
            return None;
        }
        if b == b'"' {
            self.p = p + 3;
            return Some(u32::from(a));
        }
        if b.is_ascii_lowercase() && self.b.get(p + 3) == Some(&b'"') {
            self.p = p + 4;
            return Some(u32::from(a) | u32::from(b) << 8);
        }
        None
    }

    /// `sep` then a key of one or two lower-case letters and its colon, written with no space
    /// (`,"k":`, `{"hh":` — the writer's form), read as one word: the key packed as
    /// [`packed`], the cursor after the colon. `None` with the cursor where it was for
    /// anything else (then read token by token, which reads the same tokens).
    #[inline(always)]
    pub(crate) fn sep_key(&mut self, sep: u8) -> Option<u32> {
        let p = self.p;
        let w = u64::from_le_bytes(*self.b.get(p..)?.first_chunk::<8>()?);
        // `sep` and the key's opening quote, then its first letter.
        if w & 0xFFFF != u64::from(sep) | u64::from(b'"') << 8 || !lowercase((w >> 16) as u8) {
            return None;
        }
        const CLOSE: u64 = b'"' as u64 | (b':' as u64) << 8;
        if (w >> 24) & 0xFFFF == CLOSE {
            self.p = p + 5;
            return Some((w >> 16) as u32 & 0xFF);
        }
        if (w >> 32) & 0xFFFF == CLOSE && lowercase((w >> 24) as u8) {
            self.p = p + 6;
            return Some((w >> 16) as u32 & 0xFFFF);
        }
        None
    }

    /// The raw text of a value read by serde (an enumeration's string or a small object): a
    /// string through the word scan (an escaped one declines), anything else as [`Self::raw`].
    #[inline]
    pub(crate) fn value_text(&mut self) -> Option<&'a str> {
        if self.peek() == Some(b'"') {
            let start = self.p;
            self.string()?;
            return self.text.get(start..self.p);
        }
        self.raw()
    }

    /// The raw text of the value here (any JSON value), stepping over it.
    pub(crate) fn raw(&mut self) -> Option<&'a str> {
        let start = self.p;
        match *self.b.get(self.p)? {
            b'"' => self.skip_string()?,
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match *self.b.get(self.p)? {
                        b'"' => self.skip_string()?,
                        b'{' | b'[' => {
                            depth += 1;
                            self.p += 1;
                        }
                        b'}' | b']' => {
                            depth -= 1;
                            self.p += 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => self.p += 1,
                    }
                }
            }
            _ => {
                while !self.ends_value_at(self.p) {
                    self.p += 1;
                }
            }
        }
        self.text.get(start..self.p)
    }

    /// Step over a string, escapes included (the raw text of a value is read by serde).
    pub(crate) fn skip_string(&mut self) -> Option<()> {
        self.p += 1;
        loop {
            match *self.b.get(self.p)? {
                b'"' => break,
                b'\\' => self.p += 2,
                _ => self.p += 1,
            }
        }
        self.p += 1;
        Some(())
    }

    /// `[part, total]`.
    pub(crate) fn pair(&mut self) -> Option<(u32, u32)> {
        self.need(b'[')?;
        self.ws();
        let a = self.u32()?;
        self.ws();
        self.need(b',')?;
        self.ws();
        let b = self.u32()?;
        self.ws();
        self.need(b']')?;
        Some((a, b))
    }

    /// The items of an array, each read by `item` (which reads one and says where it went).
    pub(crate) fn array(
        &mut self,
        mut item: impl FnMut(&mut Self, usize) -> Option<()>,
    ) -> Option<usize> {
        self.need(b'[')?;
        self.ws();
        if self.eat(b']') {
            return Some(0);
        }
        let mut n = 0;
        loop {
            self.ws();
            item(self, n)?;
            n += 1;
            self.ws();
            if self.eat(b',') {
                continue;
            }
            self.need(b']')?;
            return Some(n);
        }
    }

    /// The members of an object, each read by `member(key)` which returns its bit; a key met
    /// twice declines. Returns the bits seen.
    pub(crate) fn object(
        &mut self,
        mut member: impl FnMut(&mut Self, &'a str) -> Option<u64>,
    ) -> Option<u64> {
        self.need(b'{')?;
        self.ws();
        let mut seen = 0u64;
        if self.eat(b'}') {
            return Some(seen);
        }
        loop {
            self.ws();
            let key = self.key()?;
            self.ws();
            self.need(b':')?;
            self.ws();
            let bit = member(self, key)?;
            if seen & bit != 0 {
                return None;
            }
            seen |= bit;
            self.ws();
            if self.eat(b',') {
                continue;
            }
            self.need(b'}')?;
            return Some(seen);
        }
    }
}

/// A lower-case ASCII letter.
#[inline(always)]
fn lowercase(b: u8) -> bool {
    b.wrapping_sub(b'a') < 26
}

/// A key of one or two bytes as [`Cur::short_key`] reads it: the bytes, first lowest.
pub(crate) const fn packed(key: &[u8]) -> u32 {
    let mut v = 0u32;
    let mut i = 0;
    while i < key.len() {
        v |= (key[i] as u32) << (8 * i);
        i += 1;
    }
    v
}
