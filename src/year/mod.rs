//! The year pipeline over a whole province — issue 6.
