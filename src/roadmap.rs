//! Roadmap targets by year and category, progress and shortfall — issue 5.
