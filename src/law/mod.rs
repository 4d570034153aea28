//! The law, one module per instrument, rules as pure functions. Law modules know nothing of
//! provinces: provincial additions reach them as data (see [`crate::policy`]).

pub mod nd80;
pub mod qd3554;
pub mod qd510;
pub mod tt124;
