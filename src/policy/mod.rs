//! Chính sách của tỉnh — provincial overlays: additions, presets and provisional defaults.
//!
//! Policies are data. Law modules read them; they never re-implement law. Issue 2 ships the
//! TT124 additions of Sơn La 2026; the full `Policy` bundle (score sheets, roadmap, calendar)
//! is assembled here by the year pipeline.

pub mod additions;
