//! The small text helpers of the office summary: a word in the reader's language, numbers
//! and percentages as they are written in Vietnamese or English, a unit's name.

use std::fmt::Write as _;

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

/// Where a target stands, as the summary tags it.
pub(super) enum Standing {
    /// No unit to measure the target on.
    NothingToMeasure,
    /// Met.
    Met,
    /// Not met.
    NotMet,
}

/// One target's line of the summary: `   [tag] what<sep>detail`.
pub(super) fn target_line(
    s: &mut String,
    lang: Lang,
    standing: Standing,
    what: &str,
    sep: &str,
    detail: &str,
) {
    let tag = match standing {
        Standing::NothingToMeasure => t(lang, "không có gì để đo", "nothing to measure"),
        Standing::Met => t(lang, "đạt", "met"),
        Standing::NotMet => t(lang, "CHƯA ĐẠT", "NOT MET"),
    };
    let _ = writeln!(s, "   [{tag}] {what}{sep}{detail}");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each standing's tag, in both languages, and the line's layout.
    #[test]
    fn target_lines_tag_each_standing() {
        let mut s = String::new();
        for lang in [Lang::Vi, Lang::En] {
            for st in [Standing::NothingToMeasure, Standing::Met, Standing::NotMet] {
                target_line(&mut s, lang, st, "xã", ": ", "1/2");
            }
        }
        let expected =
            "   [không có gì để đo] xã: 1/2\n   [đạt] xã: 1/2\n   [CHƯA ĐẠT] xã: 1/2\n   \
                        [nothing to measure] xã: 1/2\n   [met] xã: 1/2\n   [NOT MET] xã: 1/2\n";
        assert_eq!(s, expected);
    }

    #[test]
    fn numbers_and_percentages_as_each_language_writes_them() {
        assert_eq!(number(3_575, Lang::Vi), "3.575");
        assert_eq!(number(1_234_567, Lang::En), "1,234,567");
        assert_eq!(number(12, Lang::Vi), "12");
        assert_eq!(percent_text(Decimal::new(9540, 2), Lang::Vi), "95,4 %");
        assert_eq!(percent_text(Decimal::new(9600, 2), Lang::En), "96%");
    }
}
