//! Trình bày — what an office needs on one screen, in Vietnamese (or English), and the SVG
//! roadmap chart. Rendering reads a finished [`Report`]; it decides nothing.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::NaiveDate;

use super::render_roadmap::roadmap_section;
pub use super::render_text::{number, percent_text};
use super::render_text::{t, target_line, unit_name, Standing};
use super::report::Report;
pub use super::roadmap_svg::roadmap_svg;
use crate::authority::{Body, Procedure};
use crate::citation::{Citation, Cited, Instrument};
use crate::explain::Lang;
use crate::outcome::MovementClass;
use crate::unit::KindTag;

const OUTCOMES: [&str; 5] = [
    "recognised",
    "not_recognised",
    "excluded_from_review",
    "cannot_decide",
    "not_subject",
];

/// Up to `max` names, then "…".
fn names(r: &Report, ids: &[crate::unit::UnitId], max: usize) -> String {
    let mut v: Vec<&str> = ids
        .iter()
        .take(max)
        .map(|u| unit_name(r, u.as_str()))
        .collect();
    if ids.len() > max {
        v.push("…");
    }
    v.join(", ")
}

/// Why a commune is at risk: the criteria it failed, by label and citation, and how many
/// criteria lack data.
fn commune_reasons(r: &Report, id: &str, lang: Lang) -> Vec<String> {
    let Some(u) = r.unit(id) else {
        return Vec::new();
    };
    let label = |c: &str| {
        r.criteria.get(c).map_or_else(
            || c.to_owned(),
            |k| format!("{} ({})", k.label(lang), k.source.citation.short()),
        )
    };
    let failed: Vec<String> = u
        .safety_issues
        .iter()
        .filter(|i| i.status == crate::explain::Status::NotMet)
        .map(|i| label(&i.criterion))
        .collect();
    let unknown = u
        .safety_issues
        .iter()
        .filter(|i| i.status == crate::explain::Status::Unknown)
        .count();
    let mut out = Vec::new();
    if !failed.is_empty() {
        out.push(format!(
            "{}: {}",
            t(lang, "tiêu chí không đạt", "failed"),
            failed.join("; ")
        ));
    }
    if unknown > 0 {
        out.push(match lang {
            Lang::Vi => format!("{unknown} tiêu chí chưa có dữ liệu"),
            Lang::En => format!("{unknown} criteria without data"),
        });
    }
    out
}

/// The one-screen summary: counts by outcome and class, communes at risk (and why), the
/// roadmap with shortfalls, the units closest to qualifying, upcoming deadlines with their
/// deciding bodies, class targets, and every provisional value used. Names and Vietnamese
/// terms only — no internal ids — and numbers written the Vietnamese way (`95,4 %`).
pub fn summary(r: &Report, lang: Lang, today: Option<NaiveDate>) -> String {
    let mut s = String::with_capacity(8 * 1024);
    let kind_name = |k: KindTag| match lang {
        Lang::Vi => k.name_vi(),
        Lang::En => k.name_en(),
    };
    let n = |v: u64| number(v, lang);
    let _ = writeln!(
        s,
        "{} — {} {} · {}: {}{}",
        r.province,
        t(lang, "năm", "year"),
        r.year,
        t(lang, "chính sách", "policy"),
        r.policy,
        if r.synthetic {
            t(lang, " · DỮ LIỆU GIẢ LẬP", " · SYNTHETIC DATA")
        } else {
            ""
        }
    );
    let _ = writeln!(
        s,
        "{} {} {}",
        n(r.totals.units),
        t(lang, "đơn vị; chính quyền", "units; government"),
        match r.regime {
            crate::regime::Regime::TwoTier => t(lang, "2 cấp", "two-tier"),
            crate::regime::Regime::ThreeTier => t(lang, "3 cấp", "three-tier"),
        }
    );

    // ---- counts by outcome ----
    let _ = writeln!(s, "\n1. \"An toàn về ANTT\" (TT124)");
    let _ = writeln!(
        s,
        "   {:<26}{:>8}{:>10}{:>10}{:>10}{:>10}{:>12}",
        t(lang, "loại đơn vị", "kind"),
        t(lang, "đạt", "recog."),
        t(lang, "chưa đạt", "not rec."),
        t(lang, "không xét", "excluded"),
        t(lang, "thiếu DL", "undecided"),
        t(lang, "ngoài ĐT", "not subj."),
        t(lang, "tỷ lệ đạt", "recog. %"),
    );
    for k in KindTag::ALL {
        let Some(m) = r.totals.safety.get(&k) else {
            continue;
        };
        let get = |o: &str| m.get(o).copied().unwrap_or(0);
        let subject: u64 = OUTCOMES[..4].iter().map(|o| get(o)).sum();
        let _ = writeln!(
            s,
            "   {:<26}{:>8}{:>10}{:>10}{:>10}{:>10}{:>12}",
            kind_name(k),
            n(get(OUTCOMES[0])),
            n(get(OUTCOMES[1])),
            n(get(OUTCOMES[2])),
            n(get(OUTCOMES[3])),
            n(get(OUTCOMES[4])),
            if subject == 0 {
                "—".to_owned()
            } else {
                percent_text(
                    super::report::share_percent(get(OUTCOMES[0]), subject, 1),
                    lang,
                )
            }
        );
    }

    // ---- classes ----
    let _ = writeln!(
        s,
        "\n2. {}",
        t(
            lang,
            "Phân loại phong trào (QĐ510)",
            "Movement classes (QĐ510)"
        )
    );
    let _ = write!(s, "   {:<26}", t(lang, "loại đơn vị", "kind"));
    for c in MovementClass::BEST_FIRST {
        let _ = write!(s, "{:>12}", c.name_vi());
    }
    s.push('\n');
    for k in KindTag::ALL {
        let Some(m) = r.totals.classes.get(&k) else {
            continue;
        };
        let _ = write!(s, "   {:<26}", kind_name(k));
        for c in MovementClass::BEST_FIRST {
            let _ = write!(s, "{:>12}", n(m.get(&c).copied().unwrap_or(0)));
        }
        s.push('\n');
    }
    let _ = writeln!(
        s,
        "   {}: {}",
        t(lang, "chưa chấm điểm", "not scored"),
        n(r.totals.unclassified)
    );
    for c in &r.class_targets {
        let (standing, detail) = if c.units == 0 {
            let none = t(
                lang,
                "chưa có đơn vị nào được xếp loại",
                "no unit classified yet",
            );
            (Standing::NothingToMeasure, none.to_owned())
        } else if c.met {
            let units = t(lang, "đơn vị", "units");
            let d = format!("{}/{} {units}", n(c.at_or_above), n(c.units));
            (Standing::Met, d)
        } else {
            let d = format!(
                "{}/{} {}, {} {}; {} {}: {}",
                n(c.at_or_above),
                n(c.units),
                t(
                    lang,
                    "đơn vị đạt mức yêu cầu",
                    "units at the required class"
                ),
                t(lang, "cần", "needs"),
                n(c.required),
                n(c.offending.len() as u64),
                t(lang, "đơn vị dưới mức", "below it"),
                names(r, &c.offending, 5)
            );
            (Standing::NotMet, d)
        };
        target_line(
            &mut s,
            lang,
            standing,
            c.criterion.label(lang),
            " — ",
            &detail,
        );
    }

    // ---- communes at risk ----
    let mut risk: Vec<_> = r.communes.iter().filter(|c| c.at_risk).collect();
    risk.sort_by(|a, b| (a.margin, &a.id).cmp(&(b.margin, &b.id)));
    let _ = writeln!(
        s,
        "\n3. {} ({}/{})",
        t(lang, "Xã, phường có nguy cơ", "Communes at risk"),
        n(risk.len() as u64),
        n(r.communes.len() as u64)
    );
    for c in risk.iter().take(8) {
        let mut why = commune_reasons(r, c.id.as_str(), lang);
        if why.is_empty() && c.margin <= 1 {
            why.push(t(lang, "sát mức 70 %", "close to the 70% line").to_owned());
        }
        let line = match c.margin {
            m if m > 0 => format!(
                "{} {m} {}",
                t(lang, "vượt mức 70 %:", "above the 70% line by"),
                t(lang, "đơn vị", "units")
            ),
            0 => t(lang, "đúng mức 70 %", "exactly at the 70% line").to_owned(),
            m => format!(
                "{} {} {}",
                t(lang, "dưới mức 70 %: thiếu", "below the 70% line: short by"),
                -m,
                t(lang, "đơn vị", "units")
            ),
        };
        let _ = writeln!(
            s,
            "   {} — {}{}\n     {}/{} {} ({}), {}",
            c.name,
            crate::explain::Describe::describe(&c.outcome, lang),
            if why.is_empty() {
                String::new()
            } else {
                format!("; {}", why.join("; "))
            },
            n(u64::from(c.units.recognised)),
            n(u64::from(c.units.total)),
            t(lang, "đơn vị đạt", "units recognised"),
            percent_text(c.recognised_share, lang),
            line
        );
    }
    if risk.len() > 8 {
        let _ = writeln!(
            s,
            "   … {} {}",
            n(risk.len() as u64 - 8),
            t(lang, "xã khác", "more")
        );
    }

    roadmap_section(&mut s, r, lang);

    // ---- deadlines ----
    let _ = writeln!(
        s,
        "\n5. {}",
        t(
            lang,
            "Hạn quyết định và cơ quan quyết định",
            "Deadlines and deciding bodies"
        )
    );
    let mut by: BTreeMap<(NaiveDate, Procedure, Body), (u32, u32)> = BTreeMap::new();
    for b in &r.bodies {
        // A docket of units not scored yet has no decision to take.
        if b.units == 0 || today.is_some_and(|d| b.deadline < d) {
            continue;
        }
        let e = by.entry((b.deadline, b.procedure, b.body)).or_default();
        e.0 += 1;
        e.1 += b.units;
    }
    for ((d, p, b), (k, units)) in by.iter().take(8) {
        let _ = writeln!(
            s,
            "   {} {} — {} ({} {}, {} {})",
            t(lang, "hạn cuối", "last day"),
            d.format("%d/%m/%Y"),
            b.name(lang),
            n(u64::from(*k)),
            if *k == 1 {
                t(lang, "nơi", "body")
            } else {
                t(lang, "nơi", "bodies")
            },
            n(u64::from(*units)),
            match p {
                Procedure::SafetyRecognition => t(lang, "đơn vị xét An toàn", "units for An toàn"),
                _ => t(lang, "đơn vị xếp loại", "units to classify"),
            }
        );
    }

    // ---- provisional ----
    let _ = writeln!(
        s,
        "\n6. {} ({})",
        t(lang, "Giá trị TẠM THỜI đã dùng", "PROVISIONAL values used"),
        r.provisional.len()
    );
    // Criteria sharing one citation (e.g. the 12 placeholder criteria of QĐ3554) are one line.
    let mut groups: BTreeMap<String, (usize, &str, u64, String)> = BTreeMap::new();
    for p in &r.provisional {
        let c = &p.criterion.source.citation;
        let e = groups
            .entry(c.short())
            .or_insert((0, p.criterion.label(lang), 0, cited(c, lang)));
        e.0 += 1;
        e.2 = e.2.max(p.decisions);
    }
    for (k, label, uses, citation) in groups.into_values() {
        if k == 1 {
            let _ = writeln!(
                s,
                "   {label} [{citation}] — {} {}",
                n(uses),
                t(lang, "lượt", "uses")
            );
        } else {
            let _ = writeln!(
                s,
                "   {k} {} [{citation}], {}: {label} — {} {}",
                t(lang, "tiêu chí", "criteria"),
                t(lang, "ví dụ", "e.g."),
                n(uses),
                t(lang, "lượt", "uses")
            );
        }
    }
    s
}

/// A citation as the summary prints it: its short form, except the library's own provisional
/// defaults, which have no instrument to name — "antq (tạm thời)" / "antq (provisional)",
/// with the section when there is one.
fn cited(c: &Citation, lang: Lang) -> String {
    match c.cites {
        Cited::Instrument(Instrument::Provisional) => {
            let mut s = t(lang, "antq (tạm thời)", "antq (provisional)").to_owned();
            if let Some(sec) = &c.section {
                let _ = write!(s, " {sec}");
            }
            s
        }
        _ => c.short(),
    }
}
