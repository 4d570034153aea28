//! Model units ("điển hình", Quyết định 3554/QĐ-BCA-V05; QĐ9745 before) — issue 5.
