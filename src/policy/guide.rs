//! The guide "Writing a province file" (also `docs/province-files.md`).
#![doc = include_str!("../../docs/province-files.md")]
