//! The roadmap section of the office summary (section 4): each target of the province's
//! roadmap met or not and by how much, the units closest to qualifying as model units, the
//! units that lost the title.

use std::fmt::Write as _;

use super::render_text::{number, percent_text, t, target_line, unit_name, Standing};
use super::report::Report;
use crate::explain::Lang;
use crate::unit::KindTag;

/// Section 4, when the report has a roadmap section.
pub(super) fn roadmap_section(s: &mut String, r: &Report, lang: Lang) {
    let n = |v: u64| number(v, lang);
    let kind_name = |k: KindTag| match lang {
        Lang::Vi => k.name_vi(),
        Lang::En => k.name_en(),
    };
    if let Some(rm) = &r.roadmap {
        let title = rm.progress.first().map_or_else(
            || t(lang, "lộ trình của tỉnh", "the province's roadmap").to_owned(),
            |p| p.source.citation.render(lang),
        );
        let _ = writeln!(s, "\n4. {}: {}", t(lang, "Lộ trình", "Roadmap"), title);
        for p in &rm.progress {
            let what = format!("{} — {}", p.category.name(lang), p.metric.name(lang));
            let (standing, detail) = if p.total == 0 {
                let none = t(
                    lang,
                    "chưa có đơn vị thuộc nhóm này",
                    "no unit in this group",
                );
                (Standing::NothingToMeasure, none.to_owned())
            } else {
                let mut d = format!(
                    "{}/{} = {} ({} {}",
                    n(p.achieved),
                    n(p.total),
                    percent_text(p.share, lang),
                    t(lang, "chỉ tiêu", "target"),
                    percent_text(p.min_share, lang)
                );
                if !p.met {
                    let _ = write!(
                        d,
                        ": {} {}, {} {}",
                        t(lang, "cần", "needs"),
                        n(p.required),
                        t(lang, "còn thiếu", "short by"),
                        n(p.shortfall)
                    );
                }
                d.push(')');
                let standing = if p.met {
                    Standing::Met
                } else {
                    Standing::NotMet
                };
                (standing, d)
            };
            target_line(s, lang, standing, &what, ": ", &detail);
        }
        if !rm.skipped.is_empty() {
            let _ = writeln!(
                s,
                "   {} {}",
                n(rm.skipped.len() as u64),
                t(
                    lang,
                    "chỉ tiêu không tính được vì không có đơn vị thuộc nhóm",
                    "targets not measured: no unit in their group"
                )
            );
        }
        if !rm.closest.is_empty() {
            let _ = writeln!(
                s,
                "   {}:",
                t(lang, "Gần đạt điển hình nhất", "Closest to qualifying")
            );
            for c in rm.closest.iter().take(5) {
                let _ = writeln!(
                    s,
                    "     {:<28} {:<22} {} {}",
                    unit_name(r, c.unit.as_str()),
                    kind_name(c.kind),
                    c.unmet,
                    if c.unmet == 1 {
                        t(lang, "tiêu chí chưa đạt", "criterion unmet")
                    } else {
                        t(lang, "tiêu chí chưa đạt", "criteria unmet")
                    }
                );
            }
        }
        if !rm.must_rebuild.is_empty() {
            let _ = writeln!(
                s,
                "   {}: {}",
                t(
                    lang,
                    "Mất danh hiệu, phải xây dựng lại",
                    "Lost the title, must rebuild"
                ),
                n(rm.must_rebuild.len() as u64)
            );
        }
    }
}
