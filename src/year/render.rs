//! Trình bày — what an office needs on one screen, in Vietnamese (or English), and the SVG
//! roadmap chart. Rendering reads a finished [`Report`]; it decides nothing.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::report::Report;
use super::svg::{roadmap_chart, Series};
use crate::authority::{Body, Procedure};
use crate::explain::Lang;
use crate::outcome::MovementClass;
use crate::roadmap::Metric;
use crate::unit::KindTag;

fn t(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

const OUTCOMES: [&str; 5] = [
    "recognised",
    "not_recognised",
    "excluded_from_review",
    "cannot_decide",
    "not_subject",
];

/// The one-screen summary: counts by outcome and class, communes at risk, the roadmap with
/// shortfalls, the units closest to qualifying, upcoming deadlines with their deciding bodies,
/// class targets, and every provisional value used.
pub fn summary(r: &Report, lang: Lang, today: Option<NaiveDate>) -> String {
    let mut s = String::with_capacity(8 * 1024);
    let kind_name = |k: KindTag| match lang {
        Lang::Vi => k.name_vi(),
        Lang::En => k.name_en(),
    };
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
        r.totals.units,
        t(lang, "đơn vị; chính quyền", "units; government"),
        match r.regime {
            crate::regime::Regime::TwoTier => t(lang, "2 cấp", "two-tier"),
            crate::regime::Regime::ThreeTier => t(lang, "3 cấp", "three-tier"),
        }
    );

    // ---- counts by outcome ----
    let _ = writeln!(
        s,
        "\n1. {}",
        t(
            lang,
            "\"An toàn về ANTT\" (TT124)",
            "\"An toàn về ANTT\" (TT124)"
        )
    );
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
            "   {:<26}{:>8}{:>10}{:>10}{:>10}{:>10}{:>11}%",
            kind_name(k),
            get(OUTCOMES[0]),
            get(OUTCOMES[1]),
            get(OUTCOMES[2]),
            get(OUTCOMES[3]),
            get(OUTCOMES[4]),
            percent(get(OUTCOMES[0]), subject)
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
            let _ = write!(s, "{:>12}", m.get(&c).copied().unwrap_or(0));
        }
        s.push('\n');
    }
    let _ = writeln!(
        s,
        "   {}: {}",
        t(lang, "chưa chấm điểm", "not scored"),
        r.totals.unclassified
    );
    for c in &r.class_targets {
        let _ = writeln!(
            s,
            "   [{}] {} — {}/{} {}",
            if c.met {
                t(lang, "đạt", "met")
            } else {
                t(lang, "CHƯA ĐẠT", "NOT MET")
            },
            c.criterion.label(lang),
            c.at_or_above,
            c.units,
            if c.offending.is_empty() {
                String::new()
            } else {
                format!(
                    "({} {}: {}{})",
                    c.offending.len(),
                    t(lang, "đơn vị vi phạm", "offending"),
                    c.offending
                        .iter()
                        .take(5)
                        .map(|u| u.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    if c.offending.len() > 5 { ", …" } else { "" }
                )
            }
        );
    }

    // ---- communes at risk ----
    let mut risk: Vec<_> = r.communes.iter().filter(|c| c.at_risk).collect();
    risk.sort_by(|a, b| (a.margin, &a.id).cmp(&(b.margin, &b.id)));
    let _ = writeln!(
        s,
        "\n3. {} ({}/{})",
        t(lang, "Xã, phường có nguy cơ", "Communes at risk"),
        risk.len(),
        r.communes.len()
    );
    for c in risk.iter().take(8) {
        let _ = writeln!(
            s,
            "   {:<8} {:<22} {:<34} {}/{} {} ({}%), {} {:+}",
            c.id,
            c.name,
            crate::explain::Describe::describe(&c.outcome, lang),
            c.units.recognised,
            c.units.total,
            t(lang, "đạt", "recognised"),
            c.recognised_share.normalize(),
            t(lang, "so với mức 70%:", "vs the 70% line:"),
            c.margin
        );
    }
    if risk.len() > 8 {
        let _ = writeln!(s, "   … {} {}", risk.len() - 8, t(lang, "xã khác", "more"));
    }

    // ---- roadmap ----
    if let Some(rm) = &r.roadmap {
        let _ = writeln!(s, "\n4. {}: {}", t(lang, "Lộ trình", "Roadmap"), rm.name);
        for p in &rm.progress {
            let _ = writeln!(
                s,
                "   [{}] {:<48} {:>6}/{:<6} {:>7}% ≥ {:>3}%  {} {:>5}  {} {}",
                if p.met {
                    t(lang, "đạt", "met")
                } else {
                    t(lang, "CHƯA", "SHORT")
                },
                format!("{} — {}", p.category.name(lang), p.metric.name(lang)),
                p.achieved,
                p.total,
                p.share.round_dp(2).normalize(),
                p.min_share.normalize(),
                t(lang, "cần", "need"),
                p.required,
                t(lang, "thiếu", "short"),
                p.shortfall
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
                    "     {:<14} {:<24} {:<22} {} {}",
                    c.unit,
                    r.unit(c.unit.as_str()).map_or("", |u| u.name.as_str()),
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
                rm.must_rebuild.len()
            );
        }
    }

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
        if today.is_some_and(|d| b.deadline < d) {
            continue;
        }
        let e = by.entry((b.deadline, b.procedure, b.body)).or_default();
        e.0 += 1;
        e.1 += b.units;
    }
    for ((d, p, b), (n, units)) in by.iter().take(8) {
        let _ = writeln!(
            s,
            "   {} {} — {} ({} {}, {} {})",
            t(lang, "hạn cuối", "last day"),
            d.format("%d/%m/%Y"),
            b.name(lang),
            n,
            if *n == 1 {
                t(lang, "nơi", "body")
            } else {
                t(lang, "nơi", "bodies")
            },
            units,
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
    let mut groups: BTreeMap<String, (usize, &str, &str, u64)> = BTreeMap::new();
    for p in &r.provisional {
        let e = groups
            .entry(p.criterion.source.citation.short())
            .or_insert((0, p.criterion.id.as_ref(), p.criterion.label(lang), 0));
        e.0 += 1;
        e.3 = e.3.max(p.decisions);
    }
    for (citation, (n, id, label, uses)) in groups {
        if n == 1 {
            let _ = writeln!(
                s,
                "   {id} — {label} [{citation}] ({uses} {})",
                t(lang, "lượt", "uses")
            );
        } else {
            let _ = writeln!(
                s,
                "   {n} {} [{citation}], {} {id} — {label} ({uses} {})",
                t(lang, "tiêu chí", "criteria"),
                t(lang, "ví dụ", "e.g."),
                t(lang, "lượt", "uses")
            );
        }
    }
    s
}

fn percent(part: u64, total: u64) -> Decimal {
    super::report::share_percent(part, total, 1).normalize()
}

const COLOURS: [&str; 5] = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"];

/// The SVG chart of the report's roadmap: model-unit targets per category across the roadmap's
/// years (dashed) against the shares achieved so far (solid). `None` without a roadmap.
pub fn roadmap_svg(r: &Report, policy: &crate::policy::Policy) -> Option<String> {
    let rm = r.roadmap.as_ref()?;
    let road = policy.roadmap.as_ref()?;
    let cats = super::pipeline::model_unit_categories(road);
    let series: Vec<Series> = cats
        .iter()
        .enumerate()
        .map(|(i, &cat)| Series {
            label: cat.name(Lang::Vi).to_owned(),
            colour: COLOURS[i % COLOURS.len()].to_owned(),
            targets: road
                .targets
                .iter()
                .filter(|t| t.metric == Metric::ModelUnit && t.category == cat)
                .map(|t| (t.year, t.min_share))
                .collect(),
            achieved: rm
                .history
                .get(cat.code())
                .map(|h| h.iter().map(|(&y, &p)| (y, p)).collect())
                .unwrap_or_default(),
        })
        .collect();
    let title = format!(
        "Tỷ lệ đơn vị điển hình: chỉ tiêu {}–{} và kết quả — {}",
        road.from_year, road.to_year, r.province
    );
    let subtitle = format!(
        "Lộ trình {} · đánh giá năm {}{} · nét đứt: chỉ tiêu; nét liền: đã đạt",
        rm.name,
        r.year,
        if r.synthetic {
            " · DỮ LIỆU GIẢ LẬP"
        } else {
            ""
        }
    );
    Some(roadmap_chart(
        &title,
        &subtitle,
        road.from_year,
        road.to_year,
        &series,
    ))
}
