//! The geometry of the status chart: a time scale that gives the dense first hours room and
//! still shows the whole incident, the zoom presets, ticks on whole local hours, and the rows
//! of bars (a service as a whole, then its functions).
//!
//! Pure: no browser, no clock, no formatting. Positions are fractions of the chart's width
//! (0.0 = left edge, 1.0 = right edge), so the view can draw them at any width. What the bars
//! say about a service over time comes from `super::timeline`.

use super::model::{Event, Incident, Interval, Level, Time};
use super::timeline::{affected_services, interval_segments, service_segments, Segment};
use super::zone::{in_zone, ZoneRule};
use chrono::{DateTime, Duration, DurationRound, Timelike, Utc};

// ----- The chart's time scale -------------------------------------------------------------

/// How much of the start the overview enlarges, and how much of the width it gets.
pub const FOCUS_HOURS: i64 = 24;
pub const FOCUS_SHARE: f64 = 0.5;

/// A piecewise-linear map from moments to positions: knots of (seconds since the epoch,
/// position), both strictly increasing, the first at position 0 and the last at 1.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    knots: Vec<(i64, f64)>,
}

impl Scale {
    /// Even time over the whole width. An empty span is widened to one hour.
    pub fn linear(from: &Time, to: &Time) -> Scale {
        let a = from.timestamp();
        let b = to.timestamp().max(a + 3600);
        Scale {
            knots: vec![(a, 0.0), (b, 1.0)],
        }
    }

    /// The first `first` of the span gets `share` of the width, the rest shares what is
    /// left evenly. Linear when that would not enlarge the start.
    pub fn focused(from: &Time, to: &Time, first: Duration, share: f64) -> Scale {
        let lin = Scale::linear(from, to);
        let (a, b) = (lin.knots[0].0, lin.knots[1].0);
        let mid = a + first.num_seconds();
        let share = share.clamp(0.05, 0.95);
        if mid <= a || mid >= b || ((mid - a) as f64 / (b - a) as f64) >= share {
            return lin;
        }
        Scale {
            knots: vec![(a, 0.0), (mid, share), (b, 1.0)],
        }
    }

    pub fn from(&self) -> DateTime<Utc> {
        secs_to_utc(self.knots[0].0)
    }

    pub fn to(&self) -> DateTime<Utc> {
        secs_to_utc(self.knots[self.knots.len() - 1].0)
    }

    /// Whether `t` lies on the chart (both ends included).
    pub fn contains(&self, t: &Time) -> bool {
        let s = t.timestamp();
        s >= self.knots[0].0 && s <= self.knots[self.knots.len() - 1].0
    }

    /// The position of `t`, clamped to the chart.
    pub fn x(&self, t: &Time) -> f64 {
        self.x_secs(t.timestamp())
    }

    fn x_secs(&self, s: i64) -> f64 {
        let first = self.knots[0];
        if s <= first.0 {
            return 0.0;
        }
        for w in self.knots.windows(2) {
            let ((a, xa), (b, xb)) = (w[0], w[1]);
            if s <= b {
                return xa + (xb - xa) * (s - a) as f64 / (b - a) as f64;
            }
        }
        1.0
    }

    /// Width (as a fraction) of one hour around `s`.
    fn per_hour(&self, s: i64) -> f64 {
        let w = self
            .knots
            .windows(2)
            .find(|w| s < w[1].0)
            .unwrap_or(&self.knots[self.knots.len() - 2..]);
        let ((a, xa), (b, xb)) = (w[0], w[1]);
        (xb - xa) * 3600.0 / (b - a) as f64
    }

    /// Where the scale changes pace, as moments and positions (empty for a linear scale).
    pub fn breaks(&self) -> Vec<(DateTime<Utc>, f64)> {
        self.knots[1..self.knots.len() - 1]
            .iter()
            .map(|&(s, x)| (secs_to_utc(s), x))
            .collect()
    }
}

fn secs_to_utc(s: i64) -> DateTime<Utc> {
    DateTime::<Utc>::from_timestamp(s, 0).unwrap_or_default()
}

/// The stretch of time the chart spans: from the earliest trouble (or the start) to the end
/// (or the last interval that closes), on whole hours.
pub fn chart_span(incident: &Incident) -> (Time, Time) {
    let hit: Vec<&Interval> = affected_services(incident)
        .into_iter()
        .flat_map(|s| incident.services[s].functions.iter())
        .flat_map(|f| f.status.iter())
        .collect();
    let from = hit
        .iter()
        .map(|iv| iv.from)
        .chain([incident.start])
        .min()
        .unwrap_or(incident.start);
    let last_close = hit
        .iter()
        .filter(|iv| iv.level != Level::Restored)
        .filter_map(|iv| iv.to)
        .max();
    let to = [incident.end, last_close]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(from + Duration::hours(FOCUS_HOURS));
    let hour = Duration::hours(1);
    let from = from.duration_trunc(hour).unwrap_or(from);
    let to = to.duration_round_up(hour).unwrap_or(to).max(from + hour);
    (from, to)
}

/// The chart's zoom presets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Zoom {
    /// The whole span, the first day enlarged.
    Overview,
    /// The first so many hours, evenly.
    FirstHours(i64),
}

impl Zoom {
    /// The presets that make sense for this incident: shorter ones only if the span is longer.
    pub fn presets(incident: &Incident) -> Vec<Zoom> {
        let (from, to) = chart_span(incident);
        let hours = (to - from).num_hours();
        std::iter::once(Zoom::Overview)
            .chain(
                [12, 36]
                    .into_iter()
                    .filter(|&h| h < hours)
                    .map(Zoom::FirstHours),
            )
            .collect()
    }

    pub fn scale(self, incident: &Incident) -> Scale {
        let (from, to) = chart_span(incident);
        match self {
            Zoom::Overview => Scale::focused(&from, &to, Duration::hours(FOCUS_HOURS), FOCUS_SHARE),
            Zoom::FirstHours(h) => Scale::linear(&from, &(from + Duration::hours(h)).min(to)),
        }
    }
}

// ----- Ticks ------------------------------------------------------------------------------

/// A mark on the time axis, on a whole local hour of the zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    /// The moment, in the zone's local time.
    pub at: Time,
    /// Position, as a fraction of the width (kept in thousandths so ticks compare exactly).
    pub x_milli: i64,
    /// Local midnight: the start of a day.
    pub day: bool,
}

impl Tick {
    pub fn x(&self) -> f64 {
        self.x_milli as f64 / 1000.0
    }
}

const TICK_STEPS: [u32; 6] = [1, 2, 3, 6, 12, 24];

/// Ticks on whole local hours of `zone` (daylight saving included), at least `min_gap` pixels
/// apart when the chart is `width` pixels wide. Where the scale is dense the steps are longer;
/// local midnights win over other hours when two would collide.
pub fn ticks(scale: &Scale, zone: &dyn ZoneRule, width: f64, min_gap: f64) -> Vec<Tick> {
    let (from, to) = (scale.from(), scale.to());
    let span_hours = (to - from).num_hours();
    // Very long spans: look at whole days only.
    let stride = if span_hours > 24 * 90 { 24 } else { 1 };
    let start = {
        let local = in_zone(&from.fixed_offset(), zone);
        let back = i64::from(local.minute()) * 60 + i64::from(local.second());
        let t = from - Duration::seconds(back);
        if t < from {
            t + Duration::hours(1)
        } else {
            t
        }
    };
    let mut out: Vec<Tick> = Vec::new();
    let mut t = start;
    while t <= to {
        let local = in_zone(&t.fixed_offset(), zone);
        t += Duration::hours(stride);
        if local.minute() != 0 {
            continue;
        }
        let px_per_hour = scale.per_hour(local.timestamp()) * width;
        let step = TICK_STEPS
            .into_iter()
            .find(|s| f64::from(*s) * px_per_hour >= min_gap)
            .unwrap_or(24);
        let day = local.hour() == 0;
        if local.hour() % step != 0 {
            continue;
        }
        let tick = Tick {
            at: local,
            x_milli: (scale.x(&local) * 1000.0).round() as i64,
            day,
        };
        let gap = |a: &Tick, b: &Tick| (b.x() - a.x()) * width;
        while let Some(last) = out.last() {
            if gap(last, &tick) >= min_gap {
                break;
            }
            if tick.day && !last.day {
                out.pop();
            } else {
                break;
            }
        }
        if out.last().is_none_or(|last| gap(last, &tick) >= min_gap) {
            out.push(tick);
        }
    }
    out
}

// ----- Rows of the chart ------------------------------------------------------------------

/// One bar: a stretch at one level, placed on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub segment: Segment,
    /// Left and right edges, fractions of the width.
    pub x0: f64,
    pub x1: f64,
}

/// The narrowest a bar is drawn, so that a short interval stays visible.
pub const MIN_BAR: f64 = 0.004;

/// Places segments on the scale: those off the chart are dropped, the rest clipped to it; an
/// open end runs to the right edge.
pub fn bars(segments: &[Segment], scale: &Scale) -> Vec<Bar> {
    let (from, to) = (scale.from(), scale.to());
    segments
        .iter()
        .filter(|s| s.from < to && s.to.is_none_or(|e| e > from))
        .map(|s| {
            let x0 = scale.x(&s.from);
            let x1 = s.to.map_or(1.0, |e| scale.x(&e));
            let x1 = x1.max((x0 + MIN_BAR).min(1.0));
            let x0 = x0.min(x1 - MIN_BAR).max(0.0);
            Bar {
                segment: s.clone(),
                x0,
                x1,
            }
        })
        .collect()
}

/// A row of the chart: a service as a whole, or one of its functions.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub service: usize,
    /// `Some`: a function row under its service (index into `Service::functions`).
    pub function: Option<usize>,
    pub bars: Vec<Bar>,
}

/// The chart's rows: one per affected service, each followed by its functions' rows when the
/// service is in `expanded`.
pub fn chart_rows(incident: &Incident, scale: &Scale, expanded: &[usize]) -> Vec<Row> {
    let mut rows = Vec::new();
    for s in affected_services(incident) {
        let service = &incident.services[s];
        rows.push(Row {
            service: s,
            function: None,
            bars: bars(&service_segments(service), scale),
        });
        if expanded.contains(&s) {
            for (fi, f) in service.functions.iter().enumerate() {
                let segs: Vec<Segment> = f.status.iter().flat_map(interval_segments).collect();
                rows.push(Row {
                    service: s,
                    function: Some(fi),
                    bars: bars(&segs, scale),
                });
            }
        }
    }
    rows
}

/// Where the cursor for an event sits, if the event falls on the chart.
pub fn cursor(scale: &Scale, e: &Event) -> Option<f64> {
    scale.contains(&e.at).then(|| scale.x(&e.at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::fixtures::{kst, mini, t, zone};
    use chrono::{Datelike, Timelike};

    // Scale
    fn overview() -> Scale {
        Zoom::Overview.scale(&mini())
    }
    #[test]
    fn span_runs_from_the_earliest_trouble_to_the_end_on_whole_hours() {
        let (from, to) = chart_span(&mini());
        assert_eq!(from, t("2022-10-15T15:00:00+09:00"));
        assert_eq!(to, t("2022-10-20T23:00:00+09:00"));
    }
    #[test]
    fn ends_map_to_edges() {
        let s = overview();
        assert_eq!(s.x(&t("2022-10-15T15:00:00+09:00")), 0.0);
        assert_eq!(s.x(&t("2022-10-20T23:00:00+09:00")), 1.0);
    }
    #[test]
    fn outside_is_clamped() {
        let s = overview();
        assert_eq!(s.x(&t("2022-10-04T00:00:00+09:00")), 0.0);
        assert_eq!(s.x(&t("2023-01-01T00:00:00+09:00")), 1.0);
        assert!(!s.contains(&t("2022-10-04T00:00:00+09:00")));
    }
    #[test]
    fn scale_is_monotonic() {
        let s = overview();
        let start = t("2022-10-15T15:00:00+09:00");
        let xs: Vec<f64> = (0..=128 * 4)
            .map(|q| s.x(&(start + Duration::minutes(15 * q))))
            .collect();
        assert!(
            xs.windows(2).all(|w| w[1] > w[0]),
            "not strictly increasing"
        );
    }
    #[test]
    fn first_day_gets_at_least_its_share() {
        let s = overview();
        let day_end = t("2022-10-16T15:00:00+09:00");
        assert!(s.x(&day_end) >= FOCUS_SHARE - 1e-9, "{}", s.x(&day_end));
        assert_eq!(s.breaks().len(), 1);
    }
    #[test]
    fn the_first_day_is_wider_than_on_a_linear_scale() {
        let (from, to) = chart_span(&mini());
        let day_end = from + Duration::hours(24);
        assert!(overview().x(&day_end) > 2.0 * Scale::linear(&from, &to).x(&day_end));
    }
    #[test]
    fn short_spans_stay_linear() {
        let (a, b) = (
            t("2022-10-15T15:00:00+09:00"),
            t("2022-10-15T20:00:00+09:00"),
        );
        let s = Scale::focused(&a, &b, Duration::hours(24), 0.5);
        assert_eq!(s, Scale::linear(&a, &b));
        assert!((s.x(&t("2022-10-15T17:30:00+09:00")) - 0.5).abs() < 1e-9);
    }
    #[test]
    fn empty_span_does_not_divide_by_zero() {
        let a = t("2022-10-15T15:00:00+09:00");
        assert_eq!(Scale::linear(&a, &a).x(&(a + Duration::minutes(30))), 0.5);
    }
    #[test]
    fn zoom_presets_and_their_ends() {
        let inc = mini();
        assert_eq!(
            Zoom::presets(&inc),
            [Zoom::Overview, Zoom::FirstHours(12), Zoom::FirstHours(36)]
        );
        let s = Zoom::FirstHours(12).scale(&inc);
        assert_eq!(s.x(&t("2022-10-15T21:00:00+09:00")), 0.5);
        assert_eq!(s.to(), t("2022-10-16T03:00:00+09:00"));
    }
    // Ticks
    #[test]
    fn ticks_are_ordered_and_apart() {
        let ticks = ticks(&overview(), &kst(), 640.0, 44.0);
        assert!(ticks.len() > 6, "{}", ticks.len());
        assert!(ticks
            .windows(2)
            .all(|w| (w[1].x() - w[0].x()) * 640.0 >= 44.0));
    }
    #[test]
    fn ticks_mark_every_kst_midnight_of_the_week() {
        let days: Vec<String> = ticks(&overview(), &kst(), 640.0, 44.0)
            .iter()
            .filter(|t| t.day)
            .map(|t| t.at.format("%d %H:%M%:z").to_string())
            .collect();
        assert_eq!(
            days,
            [
                "16 00:00+09:00",
                "17 00:00+09:00",
                "18 00:00+09:00",
                "19 00:00+09:00",
                "20 00:00+09:00"
            ]
        );
    }
    #[test]
    fn the_enlarged_first_day_gets_hour_ticks() {
        let ticks = ticks(&overview(), &kst(), 640.0, 44.0);
        assert!(
            ticks
                .iter()
                .filter(|t| t.x() < FOCUS_SHARE && !t.day)
                .count()
                >= 3
        );
    }
    #[test]
    fn ticks_in_new_york_fall_on_local_whole_hours() {
        let ticks = ticks(&overview(), &zone("America/New_York"), 640.0, 44.0);
        assert!(ticks
            .iter()
            .all(|t| t.at.minute() == 0 && t.at.offset().local_minus_utc() == -4 * 3600));
        assert!(ticks.iter().any(|t| t.day && t.at.day() == 16));
    }
    #[test]
    fn ticks_across_the_new_york_change_use_both_offsets() {
        let s = Scale::linear(
            &t("2022-11-05T00:00:00-04:00"),
            &t("2022-11-07T00:00:00-05:00"),
        );
        let ticks = ticks(&s, &zone("America/New_York"), 640.0, 44.0);
        let offsets: Vec<i32> = ticks
            .iter()
            .map(|t| t.at.offset().local_minus_utc() / 3600)
            .collect();
        assert!(
            offsets.contains(&-4) && offsets.contains(&-5),
            "{offsets:?}"
        );
        assert!(ticks.iter().filter(|t| t.day).all(|t| t.at.hour() == 0));
    }
    #[test]
    fn narrow_charts_get_fewer_ticks() {
        let s = overview();
        assert!(ticks(&s, &kst(), 300.0, 44.0).len() < ticks(&s, &kst(), 640.0, 44.0).len());
    }
    // Rows
    #[test]
    fn one_row_per_affected_service() {
        let inc = mini();
        let rows = chart_rows(&inc, &overview(), &[]);
        let services: Vec<usize> = rows.iter().map(|r| r.service).collect();
        assert_eq!(services, affected_services(&inc));
        assert!(rows.iter().all(|r| r.function.is_none()));
    }
    #[test]
    fn expanding_adds_function_rows_under_their_service() {
        let rows = chart_rows(&mini(), &overview(), &[0]);
        let got: Vec<(usize, Option<usize>)> =
            rows.iter().map(|r| (r.service, r.function)).collect();
        assert_eq!(
            got,
            [(0, None), (0, Some(0)), (0, Some(1)), (1, None), (3, None)]
        );
    }
    #[test]
    fn an_open_end_runs_to_the_right_edge() {
        let rows = chart_rows(&mini(), &overview(), &[]);
        assert_eq!(rows[0].bars.last().map(|b| b.x1), Some(1.0));
    }
    #[test]
    fn bars_are_clipped_to_a_zoom() {
        let s = Zoom::FirstHours(12).scale(&mini());
        let rows = chart_rows(&mini(), &s, &[]);
        // Talk: outage until 01:31 (past the 03:00 end? no: inside), degraded from 01:31.
        assert!(rows[0]
            .bars
            .iter()
            .all(|b| b.x0 >= 0.0 && b.x1 <= 1.0 && b.x1 > b.x0));
        assert_eq!(rows[0].bars.len(), 2);
    }
    #[test]
    fn short_intervals_stay_visible() {
        let rows = chart_rows(&mini(), &overview(), &[]);
        let late = &rows[2].bars[0];
        assert!(late.x1 - late.x0 >= MIN_BAR - 1e-12);
    }
    #[test]
    fn cursor_only_on_the_chart() {
        let inc = mini();
        let s = overview();
        let at = |id: &str| cursor(&s, &inc.events[inc.event_by_id(id).unwrap()]);
        assert!(at("down").is_some_and(|x| x > 0.0 && x < 0.1));
        assert_eq!(at("glitch"), None);
    }
}
