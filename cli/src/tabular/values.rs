//! Cell values: what a spreadsheet or CSV cell holds, and how it becomes a JSON value of the
//! library's input.

use serde_json::Value;

use super::columns::Ty;
use crate::fold::fold;

/// One cell as read.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing (also white space only).
    Empty,
    /// Text (CSV cells are always text).
    Text(String),
    /// A number stored as a number (XLSX).
    Number(f64),
    /// A boolean stored as a boolean (XLSX).
    Bool(bool),
}

impl Cell {
    /// Whether the cell holds nothing.
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text, as a person would read it.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.trim().to_owned(),
            Cell::Number(n) => number_text(*n),
            Cell::Bool(b) => if *b { "có" } else { "không" }.to_owned(),
        }
    }
}

fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Text a person may write for "yes".
const YES: [&str; 7] = ["co", "x", "1", "true", "yes", "dung", "dat"];
/// Text a person may write for "no".
const NO: [&str; 6] = ["khong", "0", "false", "no", "sai", "chua dat"];

/// A cell read as `ty`: `Ok(None)` when empty (not given), `Err(expected)` when it does not fit.
pub fn convert(cell: &Cell, ty: Ty) -> Result<Option<Value>, String> {
    if cell.is_empty() {
        return Ok(None);
    }
    let text = cell.text();
    let v = match ty {
        Ty::Text => Value::String(text),
        Ty::Bool => Value::Bool(match cell {
            Cell::Bool(b) => *b,
            _ => {
                let f = fold(&text);
                if YES.contains(&f.as_str()) {
                    true
                } else if NO.contains(&f.as_str()) {
                    false
                } else {
                    return Err("có or không (also x, 1, 0)".into());
                }
            }
        }),
        Ty::UInt => {
            let d = decimal(cell).ok_or("a whole number")?;
            let n: u64 = d
                .parse()
                .map_err(|_| "a whole number ≥ 0 without decimals".to_owned())?;
            Value::from(n)
        }
        Ty::Dec => Value::String(decimal(cell).ok_or("a number such as 12.500.000.000 or 7,5")?),
        Ty::Enum(values) => {
            Value::String(enum_value(&text, values).ok_or_else(|| allowed(values))?)
        }
        // "không" = an empty list (none), as opposed to an empty cell (not given).
        Ty::List(_) if matches!(fold(&text).as_str(), "khong" | "khong co") => {
            Value::Array(Vec::new())
        }
        Ty::List(values) => Value::Array(
            text.split([';', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| {
                    enum_value(s, values)
                        .or_else(|| is_code(s).then(|| s.to_owned()))
                        .map(Value::String)
                        .ok_or_else(|| format!("values separated by ';' among {}", allowed(values)))
                })
                .collect::<Result<_, _>>()?,
        ),
    };
    Ok(Some(v))
}

/// `label1 / label2 / …`.
pub fn allowed(values: &[(&str, &str)]) -> String {
    values.iter().map(|v| v.0).collect::<Vec<_>>().join(" / ")
}

/// The JSON value of a label (or of the JSON value itself), folded comparison.
pub fn enum_value(text: &str, values: &[(&str, &str)]) -> Option<String> {
    let f = fold(text);
    values
        .iter()
        .find(|(label, code)| fold(label) == f || fold(code) == f)
        .map(|(_, code)| (*code).to_owned())
}

fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
}

/// A number written the Vietnamese way ("12.500.000.000", "7,5", "1 200") or the machine way
/// ("7.5"), as a plain decimal string ("12500000000", "7.5"). A single dot followed by exactly
/// three digits is a thousands separator ("1.500" = 1500); write "1,5" for one and a half.
pub fn decimal(cell: &Cell) -> Option<String> {
    let raw = match cell {
        Cell::Number(n) if n.is_finite() => return Some(number_text(*n)),
        Cell::Text(s) => s.trim(),
        _ => return None,
    };
    let s: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    let s = s.strip_prefix('+').unwrap_or(&s);
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let plain = if s.contains(',') {
        // Vietnamese: dots group thousands, the comma is the decimal mark.
        if s.matches(',').count() > 1 || !dots_group_thousands(s.split(',').next()?) {
            return None;
        }
        s.replace('.', "").replace(',', ".")
    } else if s.matches('.').count() > 1 || s.split('.').nth(1).is_some_and(|f| f.len() == 3) {
        if !dots_group_thousands(s) {
            return None;
        }
        s.replace('.', "")
    } else {
        s.to_owned()
    };
    let ok = !plain.is_empty()
        && !plain.starts_with('.')
        && !plain.ends_with('.')
        && plain.chars().all(|c| c.is_ascii_digit() || c == '.')
        && plain.matches('.').count() <= 1;
    ok.then(|| if neg { format!("-{plain}") } else { plain })
}

fn dots_group_thousands(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    match parts.as_slice() {
        [only] => !only.is_empty(),
        [first, rest @ ..] => (1..=3).contains(&first.len()) && rest.iter().all(|p| p.len() == 3),
        [] => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn vietnamese_and_machine_numbers() {
        assert_eq!(
            decimal(&t("12.500.000.000")).as_deref(),
            Some("12500000000")
        );
        assert_eq!(decimal(&t("7,5")).as_deref(), Some("7.5"));
        assert_eq!(decimal(&t("1.500")).as_deref(), Some("1500"));
        assert_eq!(decimal(&t("1.234,56")).as_deref(), Some("1234.56"));
        assert_eq!(decimal(&t("7.5")).as_deref(), Some("7.5"));
        assert_eq!(decimal(&t("1 200")).as_deref(), Some("1200"));
        assert_eq!(decimal(&Cell::Number(1.234)).as_deref(), Some("1.234"));
        assert_eq!(decimal(&Cell::Number(3e9)).as_deref(), Some("3000000000"));
        assert_eq!(decimal(&t("12.50.0")), None);
        assert_eq!(decimal(&t("abc")), None);
    }

    #[test]
    fn booleans_accept_co_khong_x_1_0_and_empty_is_not_given() {
        for y in ["có", "Co", "x", "X", "1"] {
            assert_eq!(convert(&t(y), Ty::Bool), Ok(Some(Value::Bool(true))), "{y}");
        }
        for n in ["không", "khong", "0"] {
            assert_eq!(
                convert(&t(n), Ty::Bool),
                Ok(Some(Value::Bool(false))),
                "{n}"
            );
        }
        assert_eq!(convert(&t("  "), Ty::Bool), Ok(None));
        assert!(convert(&t("có lẽ"), Ty::Bool).is_err());
    }

    #[test]
    fn enum_labels_match_with_or_without_accents() {
        let v = super::super::columns::LEVELS;
        assert_eq!(enum_value("cấp xã", v).as_deref(), Some("commune"));
        assert_eq!(enum_value("cap xa", v).as_deref(), Some("commune"));
        assert_eq!(enum_value("province", v).as_deref(), Some("province"));
        assert_eq!(enum_value("cấp thôn", v), None);
    }
}
