//! Enterprise size (Nghị định 80/2021/NĐ-CP Điều 5–9) — issue 2.
