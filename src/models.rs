//! Movement models ("mô hình") yearly review — issue 5.
