//! A small, dependency-free SVG line chart: roadmap targets against achieved shares by year.

use std::fmt::Write as _;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One category on the chart: its target per year and what was achieved so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Series {
    /// Legend label (Vietnamese).
    pub label: String,
    /// Stroke colour (`#rrggbb`).
    pub colour: String,
    /// Target share (%) per year.
    pub targets: Vec<(i32, Decimal)>,
    /// Achieved share (%) per year, for the years evaluated.
    pub achieved: Vec<(i32, Decimal)>,
}

const W: f64 = 940.0;
const H: f64 = 420.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 360.0;
const TOP: f64 = 60.0;
const BOTTOM: f64 = 56.0;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Render the chart for years `from..=to` (shares 0–100%). Targets are dashed step lines with
/// their value printed; achieved shares are solid lines with dots and labels.
pub fn roadmap_chart(title: &str, subtitle: &str, from: i32, to: i32, series: &[Series]) -> String {
    let span = f64::from((to - from).max(1));
    let x = |year: i32| LEFT + (f64::from(year - from) / span) * (W - LEFT - RIGHT);
    let y = |p: Decimal| {
        let v = p.to_f64().unwrap_or(0.0).clamp(0.0, 100.0);
        TOP + (1.0 - v / 100.0) * (H - TOP - BOTTOM)
    };
    let mut s = String::with_capacity(4096);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12">"#
    );
    let _ = write!(s, r##"<rect width="{W}" height="{H}" fill="#ffffff"/>"##);
    let _ = write!(
        s,
        r##"<text x="{LEFT}" y="22" font-size="16" font-weight="bold">{}</text><text x="{LEFT}" y="40" font-size="12" fill="#555555">{}</text>"##,
        escape(title),
        escape(subtitle)
    );
    for pct in (0..=100).step_by(25) {
        let yy = y(Decimal::from(pct));
        let _ = write!(
            s,
            r##"<line x1="{LEFT}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="#dddddd"/><text x="{:.1}" y="{:.1}" text-anchor="end">{pct}%</text>"##,
            W - RIGHT,
            LEFT - 8.0,
            yy + 4.0
        );
    }
    for year in from..=to {
        let xx = x(year);
        let _ = write!(
            s,
            r##"<line x1="{xx:.1}" y1="{TOP}" x2="{xx:.1}" y2="{:.1}" stroke="#eeeeee"/><text x="{xx:.1}" y="{:.1}" text-anchor="middle">{year}</text>"##,
            H - BOTTOM,
            H - BOTTOM + 20.0
        );
    }
    for (i, se) in series.iter().enumerate() {
        let c = escape(&se.colour);
        if !se.targets.is_empty() {
            let pts: Vec<String> = se
                .targets
                .iter()
                .map(|&(yr, p)| format!("{:.1},{:.1}", x(yr), y(p)))
                .collect();
            let _ = write!(
                s,
                r#"<polyline points="{}" fill="none" stroke="{c}" stroke-width="2" stroke-dasharray="6 4"/>"#,
                pts.join(" ")
            );
            for &(yr, p) in &se.targets {
                let _ = write!(
                    s,
                    r#"<text x="{:.1}" y="{:.1}" fill="{c}" text-anchor="middle" font-size="10">{}%</text>"#,
                    x(yr),
                    y(p) - 6.0,
                    p.normalize()
                );
            }
        }
        if !se.achieved.is_empty() {
            let pts: Vec<String> = se
                .achieved
                .iter()
                .map(|&(yr, p)| format!("{:.1},{:.1}", x(yr), y(p)))
                .collect();
            let _ = write!(
                s,
                r#"<polyline points="{}" fill="none" stroke="{c}" stroke-width="3"/>"#,
                pts.join(" ")
            );
            for &(yr, p) in &se.achieved {
                let _ = write!(
                    s,
                    r##"<circle cx="{:.1}" cy="{:.1}" r="5" fill="{c}"/><text x="{:.1}" y="{:.1}" font-weight="bold" fill="#222222">{}%</text>"##,
                    x(yr),
                    y(p),
                    x(yr) + 8.0,
                    y(p) + 14.0,
                    p.round_dp(1).normalize()
                );
            }
        }
        let ly = TOP + 16.0 + 64.0 * i as f64;
        let lx = W - RIGHT + 16.0;
        let _ = write!(
            s,
            r#"<text x="{lx}" y="{ly}" font-weight="bold" fill="{c}">{}</text>"#,
            escape(&se.label)
        );
        let _ = write!(
            s,
            r#"<line x1="{lx}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{c}" stroke-width="2" stroke-dasharray="6 4"/><text x="{:.1}" y="{:.1}">chỉ tiêu</text>"#,
            ly + 16.0,
            lx + 24.0,
            ly + 16.0,
            lx + 30.0,
            ly + 20.0
        );
        let _ = write!(
            s,
            r#"<line x1="{lx}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{c}" stroke-width="3"/><text x="{:.1}" y="{:.1}">đã đạt</text>"#,
            ly + 34.0,
            lx + 24.0,
            ly + 34.0,
            lx + 30.0,
            ly + 38.0
        );
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_has_every_year_and_series() {
        let svg = roadmap_chart(
            "Lộ trình",
            "dữ liệu giả lập",
            2026,
            2030,
            &[Series {
                label: "Xã, phường".into(),
                colour: "#1f77b4".into(),
                targets: (2026..=2030).map(|y| (y, Decimal::from(75))).collect(),
                achieved: vec![(2026, Decimal::new(7733, 2))],
            }],
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>\n"));
        for y in 2026..=2030 {
            assert!(svg.contains(&format!(">{y}<")));
        }
        assert!(svg.contains("77.3%") && svg.contains("Xã, phường"));
    }
}
