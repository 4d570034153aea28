//! Registration points (đầu mối đăng ký, seed A §1a) — issue 2.
