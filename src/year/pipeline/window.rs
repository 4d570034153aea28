//! The block reader under [`evaluate_reader`](super::evaluate_reader): keeps the bytes of the
//! current unit record so that a failing record can be named without re-reading the stream.

use std::cell::Cell;
use std::io::Read;
use std::rc::Rc;

/// The reader under serde_json (which takes one byte at a time): reads the source in large
/// blocks, skips a leading UTF-8 byte-order mark, counts the bytes given out and keeps every
/// byte from the mark (the start of the current unit record) on, so that a failing record can
/// be read again from memory and the rest of the source.
pub(super) struct Window<R> {
    source: R,
    /// Bytes `base..base + buf.len()` of the source.
    buf: Vec<u8>,
    base: u64,
    /// Next byte to give out, as an index into `buf`.
    pos: usize,
    /// Bytes given out (shared with the reader's visitor).
    pub(super) read: Rc<Cell<u64>>,
    /// Where the current record began (set by the visitor).
    pub(super) mark: Rc<Cell<u64>>,
    started: bool,
    /// One block, reused for every read of the source.
    block: Vec<u8>,
}

const BLOCK: usize = 1 << 16;

impl<R: Read> Window<R> {
    pub(super) fn new(source: R) -> Self {
        Window {
            source,
            buf: Vec::new(),
            base: 0,
            pos: 0,
            read: Rc::new(Cell::new(0)),
            mark: Rc::new(Cell::new(0)),
            started: false,
            block: vec![0; BLOCK],
        }
    }

    /// Drop what precedes the mark, read one more block (the first: at least 3 bytes, to see
    /// a byte-order mark); false when the source had nothing more.
    fn fill(&mut self) -> std::io::Result<bool> {
        let keep = usize::try_from(self.mark.get().saturating_sub(self.base))
            .unwrap_or(usize::MAX)
            .min(self.pos);
        self.buf.drain(..keep);
        self.base += keep as u64;
        self.pos -= keep;
        let len = self.buf.len();
        loop {
            match self.source.read(&mut self.block) {
                Ok(0) => break,
                Ok(n) => {
                    self.buf.extend_from_slice(&self.block[..n]);
                    if self.started || self.buf.len() - len >= 3 {
                        break;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        let got = self.buf.len();
        if !self.started {
            self.started = true;
            if self.buf[self.pos..].starts_with(b"\xEF\xBB\xBF") {
                self.pos += 3;
                self.read.set(self.read.get() + 3);
            }
        }
        Ok(got > len)
    }

    /// What was kept of the current record (from the mark), and the rest of the source.
    pub(super) fn record(self) -> (Vec<u8>, R) {
        let from = usize::try_from(self.mark.get().saturating_sub(self.base))
            .unwrap_or(0)
            .min(self.buf.len());
        (self.buf[from..].to_vec(), self.source)
    }
}

impl<R: Read> Read for Window<R> {
    #[inline]
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        // serde_json asks for one byte at a time.
        if let (Some(&b), [slot]) = (self.buf.get(self.pos), &mut *out) {
            *slot = b;
            self.pos += 1;
            self.read.set(self.read.get() + 1);
            return Ok(1);
        }
        while self.pos >= self.buf.len() {
            if !self.fill()? {
                return Ok(0);
            }
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}
