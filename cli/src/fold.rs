//! Vietnamese text folded for matching: lower case, diacritics removed, `đ` → `d`, `_` and runs
//! of white space → one space. Headers and allowed values match on the folded form, so
//! "Mã đơn vị", "ma don vi" and "MA_DON_VI" are the same column.

const FROM: &str = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ";
const TO: &str = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd";

/// Fold one character (already lower case).
fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    FROM.chars()
        .zip(TO.chars())
        .find(|&(f, _)| f == c)
        .map_or(c, |(_, t)| t)
}

/// The folded form of `s`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars().flat_map(char::to_lowercase) {
        let c = fold_char(c);
        if c.is_whitespace() || c == '_' {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn accented_and_unaccented_headers_fold_alike() {
        assert_eq!(fold("Mã đơn vị"), "ma don vi");
        assert_eq!(fold("  MA_DON_VI "), "ma don vi");
        assert_eq!(fold("Không"), "khong");
        assert_eq!(fold("Trường THPT Tô Hiệu"), "truong thpt to hieu");
    }
}
