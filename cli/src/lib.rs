//! The `antq` program as a library, so tests reach every part: the tabular input format
//! ([`tabular`]), input loading and checking ([`input`], [`check`]), the province argument
//! ([`province`]), the lists an office files ([`lists`], [`csvout`]; every workbook's fixed
//! properties: [`workbook_meta`]), the audit hashes
//! ([`audit`]), all-or-nothing output ([`output`]) and the subcommands ([`commands`]). The
//! binary (`src/main.rs`) only parses arguments and sets the exit code.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod args;
pub mod audit;
pub mod check;
pub mod commands;
pub mod csvout;
pub mod explain;
pub mod fold;
pub mod input;
pub mod lists;
pub mod output;
pub mod probe;
pub mod province;
pub mod schema;
pub mod tabular;
pub mod workbook_meta;
pub mod year_file;
