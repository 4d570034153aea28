//! The small text helpers of the office summary: a word in the reader's language, numbers
//! and percentages as they are written in Vietnamese or English, a unit's name.

use rust_decimal::Decimal;

use super::report::Report;
use crate::explain::Lang;

/// The Vietnamese or English of a phrase.
pub(super) fn t(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// Số theo cách viết Việt Nam — `3.575` (vi) or `3,575` (en).
pub fn number(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Vi => '.',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Tỷ lệ phần trăm — `95,4 %` (vi) or `95.4%` (en), one decimal, trailing zeros dropped.
pub fn percent_text(p: Decimal, lang: Lang) -> String {
    let v = p.round_dp(1).normalize().to_string();
    match lang {
        Lang::Vi => format!("{} %", v.replace('.', ",")),
        Lang::En => format!("{v}%"),
    }
}

/// A unit's name, or its id when the report does not hold it.
pub(super) fn unit_name<'a>(r: &'a Report, id: &'a str) -> &'a str {
    r.unit(id).map_or(id, |u| u.name.as_str())
}
