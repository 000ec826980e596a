//! `figures/*.svg`: an event timeline, the poll results and the gender-gap
//! ranks, drawn with plotters' SVG backend. One row per item with its label
//! on the axis, so labels never overlap however many rows there are.

use chrono::{Datelike, Months, NaiveDate};
use plotters::coord::ranged1d::{SegmentValue, SegmentedCoord};
use plotters::coord::types::RangedCoordusize;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::parquet_file::{date32, from_date32};
use crate::schema::Vocabulary;
use crate::table::{Cell, Table};

const WIDTH: u32 = 1100;
const ROW_HEIGHT: u32 = 26;
/// Caption, axis and margins, in pixels, around the rows.
const FRAME_HEIGHT: u32 = 130;
const LABEL_AREA: u32 = 420;
/// The timeline's legend, right of the plot.
const LEGEND_WIDTH: u32 = 140;
/// Characters of a row label: what fits in [`LABEL_AREA`] at the label size.
const LABEL_CHARS: usize = 62;
const FONT: &str = "sans-serif";
/// One colour per event type, in vocabulary order; polls reuse them in turn.
const PALETTE: [RGBColor; 13] = [
    RGBColor(0x1f, 0x77, 0xb4),
    RGBColor(0xff, 0x7f, 0x0e),
    RGBColor(0x2c, 0xa0, 0x2c),
    RGBColor(0xd6, 0x27, 0x28),
    RGBColor(0x94, 0x67, 0xbd),
    RGBColor(0x8c, 0x56, 0x4b),
    RGBColor(0xe3, 0x77, 0xc2),
    RGBColor(0x7f, 0x7f, 0x7f),
    RGBColor(0xbc, 0xbd, 0x22),
    RGBColor(0x17, 0xbe, 0xcf),
    RGBColor(0x39, 0x3b, 0x79),
    RGBColor(0x63, 0x79, 0x39),
    RGBColor(0x84, 0x3c, 0x39),
];

fn colour(index: usize) -> RGBColor {
    PALETTE[index % PALETTE.len()]
}

/// Text placed right of a point, centred on its row.
fn value_style() -> TextStyle<'static> {
    TextStyle::from((FONT, 13).into_font()).pos(Pos::new(HPos::Left, VPos::Center))
}

/// A chart failed to draw (never expected: the SVG is drawn into memory).
type ChartResult<T> = Result<T, String>;

/// Every chart as (file name, SVG text), for the tables that have one.
pub fn charts(tables: &[Table]) -> ChartResult<Vec<(&'static str, String)>> {
    let find = |name: &str| tables.iter().find(|t| t.schema.name == name);
    let mut out = Vec::new();
    if let Some(events) = find("events") {
        out.push(("events_timeline.svg", events_timeline(events)?));
    }
    if let Some(polls) = find("poll_results") {
        out.push(("poll_results.svg", poll_results(polls)?));
    }
    if let Some(ranks) = find("gender_gap_ranks") {
        out.push(("gender_gap_ranks.svg", gender_gap_ranks(ranks)?));
    }
    Ok(out)
}

/// The cell of `row` in column `name`.
fn cell<'a>(table: &Table, row: &'a [Cell], name: &str) -> &'a Cell {
    table
        .schema
        .columns
        .iter()
        .position(|c| c.name == name)
        .and_then(|i| row.get(i))
        .unwrap_or(&Cell::Null)
}

fn text<'a>(table: &Table, row: &'a [Cell], name: &str) -> Option<&'a str> {
    match cell(table, row, name) {
        Cell::Text(text) => Some(text),
        _ => None,
    }
}

fn number(table: &Table, row: &[Cell], name: &str) -> Option<f64> {
    match cell(table, row, name) {
        Cell::Float(value) => Some(*value),
        Cell::Int(value) => Some(*value as f64),
        _ => None,
    }
}

fn date(table: &Table, row: &[Cell], name: &str) -> Option<NaiveDate> {
    match cell(table, row, name) {
        Cell::Date(date) => Some(*date),
        _ => None,
    }
}

/// `text` cut to `max` characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(max.saturating_sub(1)).collect();
    short.push('…');
    short
}

fn draw_error(e: impl std::fmt::Display) -> String {
    format!("cannot draw chart: {e}")
}

/// A chart with a caption and a line saying there is nothing to show.
fn empty_chart(caption: &str) -> ChartResult<String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, 160)).into_drawing_area();
        root.fill(&WHITE).map_err(draw_error)?;
        let root = root.titled(caption, (FONT, 20)).map_err(draw_error)?;
        root.draw(&Text::new(
            "No rows in this table.",
            (20, 40),
            (FONT, 15).into_font(),
        ))
        .map_err(draw_error)?;
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// Row `index` of `count`, counted from the top.
fn from_top(index: usize, count: usize) -> SegmentValue<usize> {
    SegmentValue::CenterOf(count - 1 - index)
}

fn row_label(labels: &[String], value: &SegmentValue<usize>) -> String {
    match value {
        SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => labels
            .len()
            .checked_sub(i + 1)
            .and_then(|top| labels.get(top))
            .cloned()
            .unwrap_or_default(),
        SegmentValue::Last => String::new(),
    }
}

/// `count` rows, bottom to top (plotters' integer ranges include their end,
/// which leaves one empty row at the top, above the first item).
fn rows_axis(count: usize) -> SegmentedCoord<RangedCoordusize> {
    (0..count).into_segmented()
}

fn height(rows: usize) -> u32 {
    let rows = u32::try_from(rows).unwrap_or(u32::MAX);
    FRAME_HEIGHT.saturating_add(ROW_HEIGHT.saturating_mul(rows))
}

/// Days since 1970-01-01 and back: plotters gets plain integers on the date axis.
fn day_label(day: &i32) -> String {
    from_date32(*day)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// The days the timeline's axis covers: all of them, unless a few dates lie
/// far before the rest (a treaty of decades ago recalled in this week's
/// news). Then the axis starts after the gap that takes up most of the span,
/// as long as it keeps more than half of the events; the earlier ones sit at
/// its left edge (their labels give their dates).
fn timeline_window(days: &[i32]) -> Option<(i32, i32)> {
    let mut distinct = days.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    let last = *distinct.last()?;
    let mut start = 0;
    loop {
        let span = i64::from(last) - i64::from(distinct[start]);
        let widest = distinct[start..]
            .windows(2)
            .enumerate()
            .map(|(i, pair)| (start + i + 1, i64::from(pair[1]) - i64::from(pair[0])))
            .max_by_key(|(_, gap)| *gap);
        let Some((after_gap, gap)) = widest else {
            break;
        };
        let kept = days.iter().filter(|d| **d >= distinct[after_gap]).count();
        if gap * 4 > span * 3 && kept * 2 > days.len() {
            start = after_gap;
        } else {
            break;
        }
    }
    Some((distinct[start], last))
}

/// At most about eight tick days between `first` and `last`: whole years,
/// first days of months, or evenly spaced days, whichever fits the span.
fn date_ticks(first: i32, last: i32) -> Vec<i32> {
    const MAX_TICKS: i32 = 8;
    let span = last - first;
    let (Some(from), Some(to)) = (from_date32(first), from_date32(last)) else {
        return Vec::new();
    };
    if span <= 62 {
        let step = (span / MAX_TICKS).max(1);
        return (first..=last).step_by(step as usize).collect();
    }
    let months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    let step = (months / MAX_TICKS + 1) as u32;
    // Whole years when the steps are a year or more.
    let step = if step >= 12 {
        step.div_ceil(12) * 12
    } else {
        step
    };
    let Some(mut tick) = from.with_day(1) else {
        return Vec::new();
    };
    if step >= 12 {
        tick = tick.with_month(1).unwrap_or(tick);
    }
    let mut ticks = Vec::new();
    while tick <= to {
        if tick >= from {
            ticks.push(date32(tick));
        }
        match tick.checked_add_months(Months::new(step)) {
            Some(next) => tick = next,
            None => break,
        }
    }
    ticks
}

/// Each dated event on its own row, from the earliest at the top: a dot at
/// its first day (a bar to its last day), coloured by event type.
fn events_timeline(table: &Table) -> ChartResult<String> {
    struct Item {
        start: i32,
        end: i32,
        type_index: usize,
    }
    let types = Vocabulary::EventType.values();
    let mut items = Vec::new();
    let mut labels = Vec::new();
    for row in &table.rows {
        let Some(start) = date(table, row, "date_start") else {
            continue;
        };
        let end = date(table, row, "date_end")
            .filter(|end| *end >= start)
            .unwrap_or(start);
        let event_type = text(table, row, "event_type").unwrap_or("other");
        let summary = text(table, row, "summary").unwrap_or(event_type);
        items.push(Item {
            start: date32(start),
            end: date32(end),
            type_index: types.iter().position(|t| *t == event_type).unwrap_or(0),
        });
        labels.push(shorten(&format!("{start}  {summary}"), LABEL_CHARS));
    }
    let days: Vec<i32> = items.iter().flat_map(|i| [i.start, i.end]).collect();
    let window = timeline_window(&days);
    let earlier = match window {
        Some((first, _)) => items.iter().filter(|i| i.start < first).count(),
        None => 0,
    };
    let mut notes = Vec::new();
    if earlier > 0 {
        notes.push(format!("{earlier} earlier at the left edge, hollow"));
    }
    let undated = table.rows.len() - items.len();
    if undated > 0 {
        notes.push(format!("{undated} undated not shown"));
    }
    let caption = format!(
        "Events by date ({} dated{}{})",
        items.len(),
        if notes.is_empty() { "" } else { "; " },
        notes.join("; ")
    );
    let Some((first, last)) = window else {
        return empty_chart(&caption);
    };
    let pad = ((last - first) / 20).max(1);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH + LEGEND_WIDTH, height(items.len())))
            .into_drawing_area();
        root.fill(&WHITE).map_err(draw_error)?;
        let (plot, legend) = root.split_horizontally(WIDTH);
        let mut chart = ChartBuilder::on(&plot)
            .caption(&caption, (FONT, 20))
            .margin(15)
            .margin_right(50)
            .x_label_area_size(40)
            .y_label_area_size(LABEL_AREA)
            .build_cartesian_2d(
                ((first - pad)..(last + pad)).with_key_points(date_ticks(first - pad, last + pad)),
                rows_axis(items.len()),
            )
            .map_err(draw_error)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(TRANSPARENT)
            .x_label_formatter(&day_label)
            .y_labels(items.len() + 1)
            .y_label_formatter(&|v| row_label(&labels, v))
            .label_style((FONT, 13))
            .draw()
            .map_err(draw_error)?;
        let count = items.len();
        let mut legend_row = 0;
        for (type_index, event_type) in types.iter().enumerate() {
            let color = colour(type_index);
            let rows: Vec<(usize, &Item)> = items
                .iter()
                .enumerate()
                .filter(|(_, item)| item.type_index == type_index)
                .collect();
            if rows.is_empty() {
                continue;
            }
            chart
                .draw_series(rows.iter().map(|(index, item)| {
                    let y = || from_top(*index, count);
                    let (start, end) = (item.start.max(first - pad), item.end.max(first - pad));
                    PathElement::new(vec![(start, y()), (end, y())], color.stroke_width(6))
                }))
                .map_err(draw_error)?;
            let (earlier, in_window): (Vec<_>, Vec<_>) =
                rows.iter().partition(|(_, item)| item.start < first);
            chart
                .draw_series(in_window.iter().map(|(index, item)| {
                    Circle::new((item.start, from_top(*index, count)), 6, color.filled())
                }))
                .map_err(draw_error)?;
            // Earlier events: hollow, at the left edge.
            for style in [WHITE.filled(), color.stroke_width(2)] {
                chart
                    .draw_series(earlier.iter().map(|(index, _)| {
                        Circle::new((first - pad, from_top(*index, count)), 6, style)
                    }))
                    .map_err(draw_error)?;
            }
            let y = 60 + 22 * legend_row;
            legend
                .draw(&Circle::new((12, y), 6, color.filled()))
                .map_err(draw_error)?;
            legend
                .draw(&Text::new(*event_type, (26, y), value_style()))
                .map_err(draw_error)?;
            legend_row += 1;
        }
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// One horizontal bar per answer share, labelled with the answer and the
/// question; bars of the same poll share a colour.
fn poll_results(table: &Table) -> ChartResult<String> {
    let mut shares = Vec::new();
    let mut labels = Vec::new();
    let mut polls: Vec<&str> = Vec::new();
    for row in &table.rows {
        let Some(share) = number(table, row, "share_pct") else {
            continue;
        };
        let poll = text(table, row, "poll_id").unwrap_or_default();
        let poll_index = polls.iter().position(|p| *p == poll).unwrap_or_else(|| {
            polls.push(poll);
            polls.len() - 1
        });
        let answer = text(table, row, "answer").unwrap_or("(answer not stated)");
        let about = [text(table, row, "question"), text(table, row, "pollster")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let label = if about.is_empty() {
            answer.to_owned()
        } else {
            format!("{answer} — {about}")
        };
        labels.push(shorten(&label, LABEL_CHARS));
        shares.push((share, poll_index));
    }
    let caption = format!(
        "Poll results: share of respondents, % (answer shares: {})",
        shares.len()
    );
    if shares.is_empty() {
        return empty_chart(&caption);
    }
    let count = shares.len();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height(count))).into_drawing_area();
        root.fill(&WHITE).map_err(draw_error)?;
        let mut chart = ChartBuilder::on(&root)
            .caption(&caption, (FONT, 20))
            .margin(15)
            .margin_right(50)
            .x_label_area_size(40)
            .y_label_area_size(LABEL_AREA)
            .build_cartesian_2d(0.0..100.0, rows_axis(count))
            .map_err(draw_error)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(TRANSPARENT)
            .x_labels(11)
            .x_label_formatter(&|v| format!("{v:.0}%"))
            .y_labels(count + 1)
            .y_label_formatter(&|v| row_label(&labels, v))
            .label_style((FONT, 13))
            .draw()
            .map_err(draw_error)?;
        chart
            .draw_series(shares.iter().enumerate().map(|(index, (share, poll))| {
                let row = count - 1 - index;
                let mut bar = Rectangle::new(
                    [
                        (0.0, SegmentValue::Exact(row)),
                        (share.clamp(0.0, 100.0), SegmentValue::Exact(row + 1)),
                    ],
                    colour(*poll).mix(0.85).filled(),
                );
                bar.set_margin(3, 3, 0, 0);
                bar
            }))
            .map_err(draw_error)?;
        chart
            .draw_series(shares.iter().enumerate().map(|(index, (share, _))| {
                Text::new(
                    format!("{share}%"),
                    (share.clamp(0.0, 88.0) + 1.0, from_top(index, count)),
                    value_style(),
                )
            }))
            .map_err(draw_error)?;
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// One row per country and ranking: a grey line for the field (1 to
/// `out_of`) and a dot at the country's rank, lower being better.
fn gender_gap_ranks(table: &Table) -> ChartResult<String> {
    let mut ranks = Vec::new();
    let mut labels = Vec::new();
    for row in &table.rows {
        let Some(rank) = number(table, row, "rank") else {
            continue;
        };
        let out_of = number(table, row, "out_of");
        let country = text(table, row, "country").unwrap_or_default();
        let report = text(table, row, "report").unwrap_or_default();
        let year = number(table, row, "edition_year")
            .map(|y| format!(" {y}"))
            .unwrap_or_default();
        labels.push(shorten(&format!("{country} — {report}{year}"), LABEL_CHARS));
        ranks.push((rank, out_of));
    }
    let caption = format!(
        "Gender-gap ranks by country (rows: {}; rank 1 = smallest gap)",
        ranks.len()
    );
    if ranks.is_empty() {
        return empty_chart(&caption);
    }
    let count = ranks.len();
    let widest = ranks
        .iter()
        .map(|(rank, out_of)| out_of.unwrap_or(*rank).max(*rank))
        .fold(1.0, f64::max);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height(count))).into_drawing_area();
        root.fill(&WHITE).map_err(draw_error)?;
        let mut chart = ChartBuilder::on(&root)
            .caption(&caption, (FONT, 20))
            .margin(15)
            .margin_right(50)
            .x_label_area_size(40)
            .y_label_area_size(LABEL_AREA)
            .build_cartesian_2d(0.0..(widest * 1.15).ceil(), rows_axis(count))
            .map_err(draw_error)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(TRANSPARENT)
            .x_labels(10)
            .x_label_formatter(&|v| format!("{v:.0}"))
            .x_desc("rank")
            .y_labels(count + 1)
            .y_label_formatter(&|v| row_label(&labels, v))
            .label_style((FONT, 13))
            .draw()
            .map_err(draw_error)?;
        let accent = colour(0);
        chart
            .draw_series(ranks.iter().enumerate().map(|(index, (rank, out_of))| {
                let y = from_top(index, count);
                PathElement::new(
                    vec![(1.0, y), (out_of.unwrap_or(*rank), from_top(index, count))],
                    BLACK.mix(0.25).stroke_width(4),
                )
            }))
            .map_err(draw_error)?;
        chart
            .draw_series(ranks.iter().enumerate().map(|(index, (rank, _))| {
                Circle::new((*rank, from_top(index, count)), 7, accent.filled())
            }))
            .map_err(draw_error)?;
        chart
            .draw_series(ranks.iter().enumerate().map(|(index, (rank, out_of))| {
                let label = match out_of {
                    Some(out_of) => format!("{rank} of {out_of}"),
                    None => format!("{rank}"),
                };
                Text::new(
                    label,
                    (*rank + widest * 0.015, from_top(index, count)),
                    value_style(),
                )
            }))
            .map_err(draw_error)?;
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;
    use crate::table::tables;

    fn day(y: i32, m: u32, d: u32) -> i32 {
        date32(NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default())
    }

    #[test]
    fn a_few_far_earlier_dates_do_not_squash_the_timeline() {
        let days = [
            day(1965, 6, 22),
            day(2025, 6, 1),
            day(2025, 6, 17),
            day(2025, 8, 25),
        ];
        assert_eq!(
            timeline_window(&days),
            Some((day(2025, 6, 1), day(2025, 8, 25)))
        );
        let even = [day(2020, 1, 1), day(2021, 1, 1), day(2022, 1, 1)];
        assert_eq!(
            timeline_window(&even),
            Some((day(2020, 1, 1), day(2022, 1, 1)))
        );
        let half_early = [
            day(1965, 1, 1),
            day(1965, 2, 1),
            day(2025, 1, 1),
            day(2025, 2, 1),
        ];
        assert_eq!(
            timeline_window(&half_early),
            Some((day(1965, 1, 1), day(2025, 2, 1)))
        );
    }

    #[test]
    fn ticks_fall_on_month_starts_or_years_for_long_spans() {
        let ticks = date_ticks(day(2025, 5, 20), day(2025, 8, 30));
        assert_eq!(ticks, [day(2025, 6, 1), day(2025, 7, 1), day(2025, 8, 1)]);
        let years = date_ticks(day(1990, 3, 1), day(2025, 8, 30));
        assert!(years
            .iter()
            .all(|t| from_date32(*t).is_some_and(|d| d.month() == 1 && d.day() == 1)));
        assert!(years.len() <= 9, "{}", years.len());
        assert_eq!(date_ticks(day(2025, 6, 1), day(2025, 6, 4)).len(), 4);
    }

    #[test]
    fn labels_are_cut_with_an_ellipsis() {
        assert_eq!(shorten("abcdef", 4), "abc…");
        assert_eq!(shorten("abc", 4), "abc");
    }

    #[test]
    fn row_labels_read_from_the_top() {
        let labels = vec!["first".to_owned(), "second".to_owned()];
        assert_eq!(row_label(&labels, &from_top(0, 2)), "first");
        assert_eq!(row_label(&labels, &from_top(1, 2)), "second");
        assert_eq!(row_label(&labels, &SegmentValue::Last), "");
    }

    #[test]
    fn every_chart_draws_its_rows_and_says_what_it_left_out() {
        let charts = charts(&tables(&sample::dataset())).expect("charts");
        let names: Vec<&str> = charts.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            [
                "events_timeline.svg",
                "poll_results.svg",
                "gender_gap_ranks.svg"
            ]
        );
        let (_, timeline) = &charts[0];
        assert!(timeline.starts_with("<svg"));
        assert!(timeline.contains("1 undated not shown"));
        assert!(timeline.contains("2024-05-17  Ministers sign a fisheries pact"));
        assert!(timeline.contains("\nagreement\n"), "legend names the type");
        assert!(charts[1].1.contains("52.5%"));
        assert!(charts[2].1.contains("3 of 146"));
    }

    #[test]
    fn empty_tables_give_a_chart_that_says_so() {
        let charts = charts(&tables(&Default::default())).expect("charts");
        assert!(charts
            .iter()
            .all(|(_, svg)| svg.contains("No rows in this table.")));
    }
}
