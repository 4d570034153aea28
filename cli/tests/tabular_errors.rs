//! `check` on spreadsheets: every problem at once, each at its file, sheet, row and column, with
//! the unit and what was expected — including the rule errors the library finds, placed back
//! at the row they came from.

use std::path::Path;

use antq::policy::Policy;
use antq_cli::check::check;
use antq_cli::input::load;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

fn problems(dir: &Path) -> Vec<String> {
    match load(dir) {
        Ok(input) => check(&input, &Policy::national())
            .iter()
            .map(ToString::to_string)
            .collect(),
        Err(ps) => ps.iter().map(ToString::to_string).collect(),
    }
}

fn find<'a>(ps: &'a [String], parts: &[&str]) -> &'a String {
    ps.iter()
        .find(|p| parts.iter().all(|x| p.contains(x)))
        .unwrap_or_else(|| panic!("no problem with {parts:?} in\n{}", ps.join("\n")))
}

#[test]
fn structural_problems_are_all_listed_with_their_place() {
    let d = tempfile::tempdir().unwrap();
    let d = d.path();
    write(d, "chung.csv", "Mục,Giá trị\nTỉnh,Thử\nNăm,2026\n");
    write(
        d,
        "xa_phuong.csv",
        "Mã đơn vị,Tên đơn vị,Loại (xã/phường/đặc khu),Cấp quản lý\nxa-1,Xã Một,xã,cấp tỉnh\n",
    );
    write(
        d,
        "khu_dan_cu.csv",
        "Mã đơn vị,Tên đơn vị,Cấp quản lý,\"Mã xã, phường\",Có vụ việc Đ4 k3 / Đ6 k3\nkdc-1,Bản Một,cấp xã,xa-1,có\nxa-1,Bản trùng mã,cấp xã,xa-1,\n",
    );
    write(d, "ky_luat.csv", "Mã đơn vị,Vai trò,Đối tượng,Hình thức kỷ luật,Lý do\nkdc-9,công an xã,cán bộ, công chức,cảnh cáo,khác\n");
    let ps = problems(d);
    find(
        &ps,
        &[
            "khu_dan_cu.csv",
            "row 2",
            "Có vụ việc",
            "(unit kdc-1)",
            "sheet \"Vụ việc\" has no row",
        ],
    );
    // Whichever sheet is read second names the first.
    find(
        &ps,
        &[
            "column \"Mã đơn vị\" (unit xa-1)",
            "the id is already used on sheet",
        ],
    );
    find(
        &ps,
        &[
            "ky_luat.csv",
            "row 2",
            "(unit kdc-9)",
            "no unit with this id",
        ],
    );
    assert_eq!(ps.len(), 3, "{ps:#?}");
}

#[test]
fn rule_errors_from_the_library_are_placed_at_their_row_and_column() {
    let d = tempfile::tempdir().unwrap();
    let d = d.path();
    write(d, "chung.csv", "Mục,Giá trị\nTỉnh,Thử\nNăm,2026\n");
    write(
        d,
        "xa_phuong.csv",
        "Mã đơn vị,Tên đơn vị,Loại (xã/phường/đặc khu),Cấp quản lý\nxa-1,Xã Một,xã,cấp tỉnh\ntt-1,Thị trấn Cũ,thị trấn,cấp tỉnh\n",
    );
    write(
        d,
        "khu_dan_cu.csv",
        "Mã đơn vị,Tên đơn vị,Cấp quản lý,\"Mã xã, phường\"\nkdc-1,Bản Một,cấp xã,\nkdc-2,Bản Hai,cấp xã,xa-7\nkdc-3,Bản Ba,cấp huyện,xa-1\n",
    );
    let ps = problems(d);
    find(
        &ps,
        &[
            "xa_phuong.csv",
            "row 3",
            "column \"Loại (xã/phường/đặc khu)\"",
            "(unit tt-1)",
            "thị trấn",
        ],
    );
    find(
        &ps,
        &[
            "khu_dan_cu.csv",
            "row 2",
            "column \"Mã xã, phường\"",
            "(unit kdc-1)",
            "missing",
        ],
    );
    find(
        &ps,
        &[
            "khu_dan_cu.csv",
            "row 3",
            "column \"Mã xã, phường\"",
            "(unit kdc-2)",
            "xa-7",
        ],
    );
    find(
        &ps,
        &[
            "khu_dan_cu.csv",
            "row 4",
            "column \"Cấp quản lý\"",
            "(unit kdc-3)",
            "district",
        ],
    );
    assert_eq!(ps.len(), 4, "{ps:#?}");
}

#[test]
fn semicolon_separated_csv_with_bom_and_unaccented_headers_reads() {
    let d = tempfile::tempdir().unwrap();
    let d = d.path();
    write(d, "chung.csv", "\u{feff}muc;gia_tri\ntinh;Thử\nnam;2026\n");
    write(
        d,
        "xa_phuong.csv",
        "\u{feff}ma don vi;ten don vi;loai;cap quan ly\nxa-1;Xã Một;phuong;cap tinh\n",
    );
    assert!(problems(d).is_empty(), "{:?}", problems(d));
}

#[test]
fn a_blank_template_with_province_and_year_checks_clean() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("mau");
    let all: Vec<_> = antq_cli::tabular::columns::SHEETS.iter().collect();
    antq_cli::output::write_all(&dir, &antq_cli::tabular::template::csv(&all)).unwrap();
    // As an office fills the "Chung" sheet: province and year, "Dữ liệu giả lập" left empty.
    let chung = std::fs::read_to_string(dir.join("chung.csv")).unwrap();
    let filled = chung
        .replace("Tỉnh,\r\n", "Tỉnh,Thử\r\n")
        .replace("Tỉnh,\n", "Tỉnh,Thử\n")
        .replace("Năm,\r\n", "Năm,2026\r\n")
        .replace("Năm,\n", "Năm,2026\n");
    assert_ne!(chung, filled, "{chung}");
    write(&dir, "chung.csv", &filled);
    assert!(problems(&dir).is_empty(), "{:?}", problems(&dir));
}
