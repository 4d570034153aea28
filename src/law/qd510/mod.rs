//! Movement classification by points (Quyết định 510/QĐ-BCA-V05) — issue 3.
