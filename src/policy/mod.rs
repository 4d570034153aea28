//! Provincial policies: additions, presets and provisional defaults — issues 2 and 6.
