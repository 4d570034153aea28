//! By when: evaluation windows, deadlines and a province's yearly calendar — issue 4.
