//! Command-line arguments (clap). Every help text is in Vietnamese and English.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Help of `--province` (the same for every command).
const PROVINCE_HELP: &str = "Tỉnh: tên một tệp tỉnh có sẵn (national, son_la_2026, hung_yen_2026, bac_kan_2023, son_duong_2026) hoặc một tệp tỉnh JSON; tệp có thể \"extends\" một tệp có sẵn hoặc tệp <tên>.json cùng thư mục (kế hoạch xã mở rộng tệp của tỉnh). Hướng dẫn: docs/province-files.md. / Province: a built-in province file's name or a province file (JSON), which may `extends` a built-in file or <name>.json in the same folder (a commune plan extending its province's file). Guide: docs/province-files.md.";

/// antq — đánh giá phong trào toàn dân bảo vệ an ninh Tổ quốc: bảng tính của tỉnh vào, báo cáo,
/// danh sách và biểu đồ ra. / Evaluates the movement "toàn dân bảo vệ an ninh Tổ quốc": the
/// province's spreadsheets in; the report, lists and chart an office files out.
///
/// Mã thoát / exit codes: 0 thành công / success, 1 lỗi dữ liệu hoặc quy tắc / input or rule
/// error, 2 sai cú pháp lệnh / usage.
#[derive(Debug, Parser)]
#[command(name = "antq", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// Không hiện thanh tiến độ / no progress bar.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Thời gian từng bước trên stderr / time of each step on stderr.
    #[arg(long, global = true, hide = true)]
    pub timing: bool,
    /// Lệnh / command.
    #[command(subcommand)]
    pub command: Command,
}

/// Ngôn ngữ / language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

impl LangArg {
    /// The library's language.
    pub fn lang(self) -> antq::Lang {
        match self {
            LangArg::Vi => antq::Lang::Vi,
            LangArg::En => antq::Lang::En,
        }
    }
}

/// Định dạng mẫu / template format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TemplateFormat {
    /// Sổ tính Excel / an Excel workbook.
    Xlsx,
    /// Một thư mục tệp CSV / a folder of CSV files.
    Csv,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Đánh giá một năm và ghi báo cáo, tóm tắt, danh sách, biểu đồ. / Evaluate a year and write
    /// the report, summary, lists and chart.
    Evaluate {
        /// Tệp dữ liệu năm (.json), sổ tính (.xlsx), tệp .csv hoặc thư mục CSV. / The year file
        /// (.json), a workbook (.xlsx), a .csv file or a folder of CSV files.
        input: PathBuf,
        /// Tỉnh / province (see `PROVINCE_HELP`).
        #[arg(long, default_value = "national", help = PROVINCE_HELP)]
        province: String,
        /// Thư mục ghi kết quả. / Folder to write the results into.
        #[arg(long, default_value = "antq-ket-qua")]
        out: PathBuf,
        /// Ngôn ngữ tóm tắt. / Language of the summary.
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
    },
    /// Kiểm tra dữ liệu, liệt kê mọi lỗi (không đánh giá). / Check the input and list every
    /// error (no evaluation written).
    Check {
        /// Tệp hoặc thư mục dữ liệu. / The input file or folder.
        input: PathBuf,
        /// Tỉnh / province (see `PROVINCE_HELP`).
        #[arg(long, default_value = "national", help = PROVINCE_HELP)]
        province: String,
    },
    /// Giải thích mọi tiêu chí của một đơn vị, có trích dẫn. / Every finding of one unit, with
    /// its citation.
    Explain {
        /// Tệp hoặc thư mục dữ liệu. / The input file or folder.
        input: PathBuf,
        /// Mã đơn vị. / The unit's id.
        unit_id: String,
        /// Tỉnh / province (see `PROVINCE_HELP`).
        #[arg(long, default_value = "national", help = PROVINCE_HELP)]
        province: String,
        /// Ngôn ngữ. / Language.
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
    },
    /// Tạo mẫu nhập liệu trống. / Write a blank input template.
    Template {
        /// Loại đơn vị (mặc định: tất cả): khu_dan_cu, xa_phuong, co_quan, doanh_nghiep,
        /// co_so_giao_duc. / Unit kinds (default: all).
        kinds: Vec<String>,
        /// Định dạng. / Format.
        #[arg(long, value_enum, default_value = "xlsx")]
        format: TemplateFormat,
        /// Tệp (.xlsx) hoặc thư mục (csv) ghi ra. / File (xlsx) or folder (csv) to write.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Ghi các tệp JSON Schema (dữ liệu năm, tỉnh, báo cáo). / Write the JSON Schema files
    /// (year input, province file, report).
    Schema {
        /// Thư mục ghi ra. / Folder to write into.
        #[arg(long, default_value = "schema")]
        out: PathBuf,
    },
    /// Tỉnh mẫu tổng hợp (dữ liệu giả lập). / The embedded synthetic province.
    Demo {
        /// Ngôn ngữ. / Language.
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
        /// Thư mục ghi kết quả. / Folder to write the results into.
        #[arg(long, default_value = "out")]
        out: PathBuf,
    },
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_province_help_names_every_built_in_file() {
        for p in antq::policy::PRESETS {
            assert!(super::PROVINCE_HELP.contains(p), "{p}");
        }
    }
}
