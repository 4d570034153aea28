//! An enterprise's kind with its size, read by hand when written in the one plain form the
//! writer uses: `{"enterprise":{"size":{"sector":"…","average_insured_employees":"…",
//! "revenue":"…","total_capital":"…"}}}`, no space, the three amounts as strings of at most
//! 18 digits without a leading zero. Its text is nearly unique per enterprise (the amounts),
//! so it cannot be remembered like the other kinds; serde read each one at ≈ 3,800
//! instructions. Any other form — other keys or order, spaces, signs, fractions, exponents,
//! numbers, monthly counts, months in operation — declines, and the text is read by serde as
//! before.

use rust_decimal::Decimal;

use super::cursor::Cur;
use super::record::KindField;
use crate::unit::{EnterpriseSize, Sector, UnitKind};

/// The enterprise kind at the cursor in the plain form (the cursor then after it), or `None`
/// with the cursor where it was.
pub(super) fn enterprise(c: &mut Cur<'_>) -> Option<KindField> {
    let start = c.p;
    let kind = plain_enterprise(c);
    if kind.is_none() {
        c.p = start;
    }
    kind
}

fn plain_enterprise(c: &mut Cur<'_>) -> Option<KindField> {
    // Most kinds are another text: told apart by the first letter of the key.
    if c.peek() != Some(b'{')
        || c.b.get(c.p + 2) != Some(&b'e')
        || !c.word(br#"{"enterprise":{"size":{"sector":""#)
    {
        return None;
    }
    let sector = if c.word(br#"trade_services""#) {
        Sector::TradeServices
    } else if c.word(br#"industry_construction""#) {
        Sector::IndustryConstruction
    } else if c.word(br#"agriculture_forestry_fishery""#) {
        Sector::AgricultureForestryFishery
    } else {
        return None;
    };
    let mut amount = |key: &[u8]| c.word(key).then(|| digits(c)).flatten();
    let average = amount(br#","average_insured_employees":""#)?;
    let revenue = amount(br#","revenue":""#)?;
    let capital = amount(br#","total_capital":""#)?;
    if !c.word(br#"}}}"#) || !c.ends_value_at(c.p) {
        return None;
    }
    Some(KindField(UnitKind::Enterprise {
        size: Some(EnterpriseSize {
            sector,
            average_insured_employees: Some(average),
            monthly_insured_employees: None,
            revenue: Some(revenue),
            total_capital: Some(capital),
            months_in_operation: None,
        }),
    }))
}

/// 1–18 digits without a leading zero (or `0` alone), then the closing quote: the same
/// `Decimal` (scale 0) as `rust_decimal` reads from that text.
fn digits(c: &mut Cur<'_>) -> Option<Decimal> {
    let (b, start) = (c.b, c.p);
    let mut p = start;
    let mut n: u64 = 0;
    while let Some(&d) = b.get(p) {
        let d = d.wrapping_sub(b'0');
        if d > 9 {
            break;
        }
        n = n * 10 + u64::from(d);
        p += 1;
        if p - start > 18 {
            return None;
        }
    }
    let len = p - start;
    let leading_zero = len > 1 && b[start] == b'0';
    if len == 0 || leading_zero || b.get(p) != Some(&b'"') {
        return None;
    }
    c.p = p + 1;
    Some(Decimal::from(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const PLAIN: &str = r#"{"enterprise":{"size":{"sector":"trade_services","average_insured_employees":"425","revenue":"1250000000000","total_capital":"631000000000"}}}"#;

    /// The hand reading of `text` when it reads (checked against serde's reading of the text
    /// up to where the cursor stopped), or `None` (the cursor where it was).
    fn hand(text: &str) -> Option<KindField> {
        let mut c = Cur::new(text);
        let kind = enterprise(&mut c);
        match &kind {
            Some(k) => {
                // The value ends where the cursor stopped (a delimiter may follow).
                let value = &text[..c.p];
                assert!(value.ends_with("}}}"), "{text}");
                let serde: KindField = serde_json::from_str(value).expect("serde reads it too");
                assert_eq!(k.0, serde.0, "{text}");
                // The same amounts to the digit (a scale would show in the debug form).
                assert_eq!(format!("{:?}", k.0), format!("{:?}", serde.0));
            }
            None => assert_eq!(c.p, 0, "{text}"),
        }
        kind
    }

    /// NĐ80 Điều 5–9 inputs as the writer writes them are read by hand, equal to serde's
    /// reading, for every sector and for amounts of 0, 1 and 18 digits.
    #[test]
    fn nd80_enterprise_size_in_the_plain_form_is_read_by_hand() {
        for sector in [
            "trade_services",
            "industry_construction",
            "agriculture_forestry_fishery",
        ] {
            for amount in ["0", "7", "999999999999999999", "100000000000000000"] {
                let text = PLAIN
                    .replace("trade_services", sector)
                    .replace("\"425\"", &format!("\"{amount}\""));
                assert!(hand(&text).is_some(), "{text}");
            }
        }
        assert!(hand(&format!("{PLAIN},")).is_some());
        assert!(hand(&format!("{PLAIN}}}")).is_some());
    }

    /// Every other form declines (serde then reads it, as before): what the hand reading
    /// would get wrong or does not know.
    #[test]
    fn nd80_enterprise_size_in_any_other_form_declines() {
        let variants = [
            PLAIN.replace("\"425\"", "\"0425\""),
            PLAIN.replace("\"425\"", "\"1000000000000000000\""),
            PLAIN.replace("\"425\"", "\"\""),
            PLAIN.replace("\"425\"", "\"-425\""),
            PLAIN.replace("\"425\"", "\"425.5\""),
            PLAIN.replace("\"425\"", "\"4e2\""),
            PLAIN.replace("\"425\"", "\" 425\""),
            PLAIN.replace("\"425\"", "425"),
            PLAIN.replace("\"sector\":", "\"sector\": "),
            PLAIN.replace("trade_services", "trade"),
            PLAIN.replace("}}}", ",\"months_in_operation\":6}}}"),
            PLAIN.replace(
                r#""average_insured_employees":"425","revenue":"1250000000000""#,
                r#""revenue":"1250000000000","average_insured_employees":"425""#,
            ),
            PLAIN.replace(r#","total_capital":"631000000000""#, ""),
            format!("{PLAIN}x"),
            PLAIN[..PLAIN.len() - 1].to_owned(),
            r#""enterprise""#.to_owned(),
            r#"{"enterprise":{}}"#.to_owned(),
        ];
        for text in &variants {
            assert!(hand(text).is_none(), "{text}");
        }
    }

    proptest! {
        /// Any amounts written as digit strings (leading zeros, up to 20 digits): when the
        /// hand reading reads, it equals serde's; it reads exactly the plain form.
        #[test]
        fn nd80_enterprise_amounts_read_by_hand_equal_serde_s(
            amounts in proptest::collection::vec("[0-9]{1,20}", 3)
        ) {
            let text = format!(
                r#"{{"enterprise":{{"size":{{"sector":"industry_construction","average_insured_employees":"{}","revenue":"{}","total_capital":"{}"}}}}}}"#,
                amounts[0], amounts[1], amounts[2]
            );
            let plain = amounts.iter().all(|a| a.len() <= 18 && (a.len() == 1 || !a.starts_with('0')));
            prop_assert_eq!(hand(&text).is_some(), plain);
        }
    }
}
