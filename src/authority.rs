//! Who decides: routing per procedure, unit and date; competence checks — issue 4.
