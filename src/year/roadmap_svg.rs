//! The report's roadmap as an SVG chart (drawn by [`super::svg`]): model-unit targets per
//! category against the shares achieved so far.

use super::report::Report;
use super::svg::{roadmap_chart, Series};
use crate::explain::Lang;
use crate::roadmap::Metric;

const COLOURS: [&str; 5] = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"];

/// The SVG chart of the report's roadmap: model-unit targets per category across the roadmap's
/// years (dashed) against the shares achieved so far (solid). `None` without a roadmap, or
/// when the roadmap has no model-unit target (nothing to draw).
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
    if series
        .iter()
        .all(|s| s.targets.is_empty() && s.achieved.is_empty())
    {
        return None;
    }
    let title = format!(
        "Tỷ lệ đơn vị điển hình: chỉ tiêu {}–{} và kết quả",
        road.from_year, road.to_year
    );
    let subtitle = format!(
        "{}\n{} · đánh giá năm {}{}",
        r.province,
        rm.progress.first().map_or_else(
            || "Lộ trình".to_owned(),
            |p| p.source.citation.render(Lang::Vi)
        ),
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
