//! A small, dependency-free SVG line chart: roadmap targets against achieved shares by year.
//! Checked by rendering to PNG (`rsvg-convert`) and looking: no overlapping value labels,
//! every series visible, the legend inside the picture.

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

const W: f64 = 980.0;
const LEFT: f64 = 64.0;
/// Room right of the plot for the value labels of the last year.
const RIGHT: f64 = 96.0;
const PLOT_TOP: f64 = 84.0;
const PLOT_H: f64 = 300.0;
/// Vertical room one value label needs.
const LABEL_GAP: f64 = 14.0;
const LEGEND_ROW: f64 = 22.0;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `s` cut to `max` characters with "…", so a long name cannot run off the picture.
fn fit(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// A share written the Vietnamese way: `27,9 %`.
fn pct(p: Decimal) -> String {
    format!(
        "{} %",
        p.round_dp(1).normalize().to_string().replace('.', ",")
    )
}

/// A value label on the chart: the point it belongs to and where its text goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// x of the point (the text starts 8 px to its right).
    pub x: f64,
    /// y of the point.
    pub y: f64,
    /// y of the text's middle after placement.
    pub placed_y: f64,
    /// The text.
    pub text: String,
    /// Colour.
    pub colour: String,
    /// Achieved values are bold; targets are not.
    pub bold: bool,
}

/// Place labels so that none overlaps another: labels of one year are stacked by height,
/// each at least 14 px (one line) below the one above, and the stack kept inside the plot.
pub fn place_labels(labels: &mut [Label]) {
    labels.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)));
    let mut i = 0;
    while i < labels.len() {
        let x = labels[i].x;
        let end = labels[i..]
            .iter()
            .position(|l| l.x != x)
            .map_or(labels.len(), |p| i + p);
        let col = &mut labels[i..end];
        let mut prev = f64::NEG_INFINITY;
        for l in col.iter_mut() {
            l.placed_y = l.y.max(prev + LABEL_GAP);
            prev = l.placed_y;
        }
        let bottom = PLOT_TOP + PLOT_H;
        let over = prev - bottom;
        if over > 0.0 {
            for l in col.iter_mut() {
                l.placed_y -= over;
            }
        }
        i = end;
    }
}

/// Render the chart for years `from..=to` (shares 0–100 %). Targets are dashed lines with
/// hollow markers (a one-year target stays visible), achieved shares solid lines with dots.
/// Value labels never overlap (see [`place_labels`]); the legend sits under the plot, inside
/// the picture, one row per series.
pub fn roadmap_chart(title: &str, subtitle: &str, from: i32, to: i32, series: &[Series]) -> String {
    let span = f64::from((to - from).max(1));
    let x = |year: i32| LEFT + (f64::from(year - from) / span) * (W - LEFT - RIGHT);
    let y = |p: Decimal| {
        let v = p.to_f64().unwrap_or(0.0).clamp(0.0, 100.0);
        PLOT_TOP + (1.0 - v / 100.0) * PLOT_H
    };
    let legend_top = PLOT_TOP + PLOT_H + 44.0;
    let h = legend_top + LEGEND_ROW * (series.len() as f64 + 1.0) + 8.0;
    let mut s = String::with_capacity(8192);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{h}" viewBox="0 0 {W} {h}" font-family="sans-serif" font-size="12">"#
    );
    let _ = write!(s, r##"<rect width="{W}" height="{h}" fill="#ffffff"/>"##);
    let _ = write!(
        s,
        r##"<text x="{LEFT}" y="24" font-size="16" font-weight="bold">{}</text>"##,
        escape(&fit(title, 92))
    );
    // At 12 px a character is about 6.6 px wide: 130 characters fill the width.
    for (i, line) in subtitle.lines().take(2).enumerate() {
        let _ = write!(
            s,
            r##"<text x="{LEFT}" y="{}" font-size="12" fill="#555555">{}</text>"##,
            44 + 18 * i,
            escape(&fit(line, 130))
        );
    }
    for p in (0..=100).step_by(25) {
        let yy = y(Decimal::from(p));
        let _ = write!(
            s,
            r##"<line x1="{LEFT}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="#dddddd"/><text x="{:.1}" y="{:.1}" text-anchor="end">{p} %</text>"##,
            W - RIGHT,
            LEFT - 8.0,
            yy + 4.0
        );
    }
    for year in from..=to {
        let xx = x(year);
        let _ = write!(
            s,
            r##"<line x1="{xx:.1}" y1="{PLOT_TOP}" x2="{xx:.1}" y2="{:.1}" stroke="#eeeeee"/><text x="{xx:.1}" y="{:.1}" text-anchor="middle">{year}</text>"##,
            PLOT_TOP + PLOT_H,
            PLOT_TOP + PLOT_H + 20.0
        );
    }
    let mut labels = Vec::new();
    for se in series {
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
            let mut last = None;
            for &(yr, p) in &se.targets {
                let _ = write!(
                    s,
                    r##"<rect x="{:.1}" y="{:.1}" width="8" height="8" fill="#ffffff" stroke="{c}" stroke-width="2"/>"##,
                    x(yr) - 4.0,
                    y(p) - 4.0
                );
                // Label a target where it changes, not every year.
                if last != Some(p) {
                    // Above its dashed line, so the line does not cross the text.
                    labels.push(Label {
                        x: x(yr),
                        y: y(p) - 9.0,
                        placed_y: 0.0,
                        text: pct(p),
                        colour: se.colour.clone(),
                        bold: false,
                    });
                }
                last = Some(p);
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
                    r#"<circle cx="{:.1}" cy="{:.1}" r="5" fill="{c}"/>"#,
                    x(yr),
                    y(p)
                );
                labels.push(Label {
                    x: x(yr),
                    y: y(p),
                    placed_y: 0.0,
                    text: pct(p),
                    colour: se.colour.clone(),
                    bold: true,
                });
            }
        }
    }
    place_labels(&mut labels);
    for l in &labels {
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" fill="{}" stroke="#ffffff" stroke-width="3" paint-order="stroke"{}>{}</text>"##,
            l.x + 8.0,
            l.placed_y + 4.0,
            escape(&l.colour),
            if l.bold { r#" font-weight="bold""# } else { "" },
            escape(&l.text)
        );
    }
    // Legend: the line styles, then one row per series.
    let ly = legend_top;
    let _ = write!(
        s,
        r##"<line x1="{LEFT}" y1="{ly}" x2="{:.1}" y2="{ly}" stroke="#333333" stroke-width="2" stroke-dasharray="6 4"/><text x="{:.1}" y="{:.1}">chỉ tiêu</text><line x1="{:.1}" y1="{ly}" x2="{:.1}" y2="{ly}" stroke="#333333" stroke-width="3"/><circle cx="{:.1}" cy="{ly}" r="4" fill="#333333"/><text x="{:.1}" y="{:.1}">đã đạt</text>"##,
        LEFT + 28.0,
        LEFT + 34.0,
        ly + 4.0,
        LEFT + 120.0,
        LEFT + 148.0,
        LEFT + 134.0,
        LEFT + 154.0,
        ly + 4.0
    );
    for (i, se) in series.iter().enumerate() {
        let ry = ly + LEGEND_ROW * (i as f64 + 1.0);
        let _ = write!(
            s,
            r#"<rect x="{LEFT}" y="{:.1}" width="28" height="10" fill="{}"/><text x="{:.1}" y="{:.1}" font-weight="bold" fill="{}">{}</text>"#,
            ry - 5.0,
            escape(&se.colour),
            LEFT + 34.0,
            ry + 4.0,
            escape(&se.colour),
            escape(&se.label)
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
        assert!(svg.contains("77,3 %") && svg.contains("Xã, phường"));
    }

    fn label(x: f64, y: f64) -> Label {
        Label {
            x,
            y,
            placed_y: 0.0,
            text: "1 %".into(),
            colour: "#000000".into(),
            bold: false,
        }
    }

    #[test]
    fn value_labels_of_one_year_never_overlap_and_stay_in_the_plot() {
        // 27,9 % and 24,9 % of two series a few pixels apart; three labels at the bottom edge.
        let mut l = vec![
            label(100.0, 290.0),
            label(100.0, 286.0),
            label(200.0, PLOT_TOP + PLOT_H),
            label(200.0, PLOT_TOP + PLOT_H),
            label(200.0, PLOT_TOP + PLOT_H - 1.0),
            label(300.0, 150.0),
        ];
        place_labels(&mut l);
        for a in &l {
            assert!(a.placed_y <= PLOT_TOP + PLOT_H && a.placed_y >= PLOT_TOP - 3.0 * LABEL_GAP);
            for b in &l {
                if !std::ptr::eq(a, b) && a.x == b.x {
                    assert!((a.placed_y - b.placed_y).abs() >= LABEL_GAP, "{a:?} {b:?}");
                }
            }
        }
        // A label with room keeps its place.
        assert_eq!(l.iter().find(|x| x.x == 300.0).unwrap().placed_y, 150.0);
    }

    #[test]
    fn every_series_has_a_marker_and_a_legend_row_inside_the_picture() {
        let one = |label: &str, colour: &str, targets: Vec<(i32, Decimal)>| Series {
            label: label.into(),
            colour: colour.into(),
            targets,
            achieved: vec![],
        };
        let svg = roadmap_chart(
            "t",
            "s",
            2026,
            2030,
            &[
                one(
                    "a",
                    "#111111",
                    (2026..=2030).map(|y| (y, Decimal::from(75))).collect(),
                ),
                // A target given for one year only is still drawn (a marker, not only a line).
                one(
                    "xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục",
                    "#222222",
                    vec![(2030, Decimal::from(75))],
                ),
            ],
        );
        assert!(
            svg.contains(r##"stroke="#222222" stroke-width="2"/>"##),
            "marker of the one-year series"
        );
        let h: f64 = svg
            .split("height=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let legend_y: f64 = svg
            .split(r##"font-weight="bold" fill="#222222">"##)
            .next()
            .unwrap()
            .rsplit("y=\"")
            .next()
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(legend_y < h, "legend row at {legend_y} inside height {h}");
        // About 7 px per character at 12 px: the longest label ends inside the width.
        const { assert!(LEFT + 34.0 + 7.0 * 50.0 < W) };
    }
}
