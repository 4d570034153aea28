//! "An toàn về ANTT" recognition (Thông tư 124/2021/TT-BCA) — issue 2.
