//! The timeline's domain: which events a filter keeps, how events group into days in a zone,
//! how long after the start each moment came, which services were hit and how badly over time,
//! the key figures, and the geometry of the status chart — a time scale that gives the dense
//! first hours room and still shows the whole incident, its ticks, and its rows of bars.
//!
//! Pure: no browser, no clock, no formatting. Positions on the chart are fractions of its
//! width (0.0 = left edge, 1.0 = right edge), so the view can draw them at any width.

use super::model::{Event, EventKind, Incident, Interval, Level, Service, Time};
use super::names;
use super::sort;
use super::zone::{in_zone, ZoneRule};
use crate::route::TimelineQuery;
use chrono::{DateTime, Duration, DurationRound, NaiveDate, Timelike, Utc};

// ----- Filter -----------------------------------------------------------------------------

/// Which events the reader asked to see.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineFilter {
    /// Keep only events of this service (an index into `Incident::services`).
    pub service: Option<usize>,
    /// Keep only events of these kinds; empty keeps every kind.
    pub kinds: Vec<EventKind>,
}

/// What a query named that the data does not have, so the view can say so.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Unmatched {
    pub event: Option<String>,
    pub service: Option<String>,
    pub kinds: Vec<String>,
}

impl TimelineFilter {
    /// Reads the route's query. A service may be named by id, name or alias; unknown values
    /// are left out of the filter and reported.
    pub fn from_query(incident: &Incident, q: &TimelineQuery) -> (TimelineFilter, Unmatched) {
        let mut unmatched = Unmatched {
            event: q
                .event
                .clone()
                .filter(|id| incident.event_by_id(id).is_none()),
            ..Unmatched::default()
        };
        let service = q.service.as_ref().and_then(|s| {
            let found = incident
                .service_by_id(s)
                .or_else(|| names::find_service(incident, s));
            if found.is_none() {
                unmatched.service = Some(s.clone());
            }
            found
        });
        let mut kinds = Vec::new();
        for k in &q.kinds {
            match EventKind::parse(k) {
                Some(kind) => kinds.push(kind),
                None => unmatched.kinds.push(k.clone()),
            }
        }
        sort::sort(&mut kinds);
        kinds.dedup();
        (TimelineFilter { service, kinds }, unmatched)
    }

    /// Whether the event passes the filter.
    pub fn fits(&self, e: &Event) -> bool {
        self.service.is_none_or(|s| e.services.contains(&s))
            && (self.kinds.is_empty() || self.kinds.contains(&e.kind))
    }

    pub fn is_empty(&self) -> bool {
        self.service.is_none() && self.kinds.is_empty()
    }
}

/// The events to show, in time order: those that fit, and `keep` (the deep-linked event)
/// even when it does not, so a link never lands on nothing.
pub fn visible(incident: &Incident, filter: &TimelineFilter, keep: Option<usize>) -> Vec<usize> {
    let mut out: Vec<usize> = (0..incident.events.len())
        .filter(|&i| filter.fits(&incident.events[i]) || Some(i) == keep)
        .collect();
    sort::sort_by_key(&mut out, |&i| (incident.events[i].at, i));
    out
}

/// The query with `kind` switched on or off (kinds kept in their canonical order), leaving the
/// deep-linked event behind.
pub fn toggle_kind(q: &TimelineQuery, kind: EventKind) -> TimelineQuery {
    let on: Vec<EventKind> = q.kinds.iter().filter_map(|k| EventKind::parse(k)).collect();
    let kinds = EventKind::ALL
        .into_iter()
        .filter(|k| on.contains(k) != (*k == kind))
        .map(|k| k.as_str().to_string())
        .collect();
    TimelineQuery {
        event: None,
        service: q.service.clone(),
        kinds,
    }
}

/// The query with another service (or none), leaving the deep-linked event behind.
pub fn with_service(q: &TimelineQuery, service: Option<&str>) -> TimelineQuery {
    TimelineQuery {
        event: None,
        service: service.map(str::to_string),
        kinds: q.kinds.clone(),
    }
}

// ----- Days and offsets -------------------------------------------------------------------

/// The events of one calendar day in some zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    /// Indexes into `Incident::events`, in time order.
    pub events: Vec<usize>,
}

/// Groups events by their local date in `zone`, days in date order, events in time order. A
/// zone that turns its clocks back over midnight cannot split one date into two headings.
pub fn group_by_day(incident: &Incident, events: &[usize], zone: &dyn ZoneRule) -> Vec<Day> {
    let mut sorted: Vec<usize> = events
        .iter()
        .copied()
        .filter(|&i| i < incident.events.len())
        .collect();
    sort::sort_by_key(&mut sorted, |&i| (incident.events[i].at, i));
    let mut days: Vec<Day> = Vec::new();
    for i in sorted {
        let date = in_zone(&incident.events[i].at, zone).date_naive();
        match days.iter_mut().rev().find(|d| d.date == date) {
            Some(day) => day.events.push(i),
            None => days.push(Day {
                date,
                events: vec![i],
            }),
        }
    }
    sort::sort_by_key(&mut days, |d| d.date);
    days
}

/// How long after the start of the outage `t` came (negative before it).
pub fn since_start(incident: &Incident, t: &Time) -> Duration {
    *t - incident.start
}

/// How long an interval lasted, if the data says when it ended.
pub fn interval_length(iv: &Interval) -> Option<Duration> {
    iv.to.map(|to| to - iv.from)
}

// ----- Services over time -----------------------------------------------------------------

/// Whether any function of the service was out or degraded at some point.
pub fn is_hit(service: &Service) -> bool {
    service
        .functions
        .iter()
        .flat_map(|f| f.status.iter())
        .any(|iv| iv.level != Level::Restored)
}

/// The services that were out or degraded at some point, in data order: the chart's rows.
pub fn affected_services(incident: &Incident) -> Vec<usize> {
    (0..incident.services.len())
        .filter(|&i| is_hit(&incident.services[i]))
        .collect()
}

/// A stretch of time at one level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub level: Level,
    pub from: Time,
    /// `None`: the data gives no end.
    pub to: Option<Time>,
    /// The sources give an edge of it only roughly.
    pub approximate: bool,
}

impl From<&Interval> for Segment {
    fn from(iv: &Interval) -> Self {
        Segment {
            level: iv.level,
            from: iv.from,
            to: iv.to,
            approximate: iv.approximate,
        }
    }
}

/// The service as a whole over time, judged as the checker judges it: down while every
/// function with data is down, degraded while at least one is down or degraded (the service
/// is partly down), restored while all that were hit are back. A function without an interval
/// at a moment counts as working then. Adjacent stretches at the same level are merged.
pub fn service_segments(service: &Service) -> Vec<Segment> {
    let functions: Vec<&[Interval]> = service
        .functions
        .iter()
        .map(|f| f.status.as_slice())
        .filter(|s| !s.is_empty())
        .collect();
    let mut edges: Vec<Time> = functions
        .iter()
        .flat_map(|s| s.iter())
        .flat_map(|iv| std::iter::once(iv.from).chain(iv.to))
        .collect();
    sort::sort(&mut edges);
    edges.dedup();
    let mut out: Vec<Segment> = Vec::new();
    for (k, a) in edges.iter().enumerate() {
        let here: Vec<Option<&Interval>> = functions
            .iter()
            .map(|s| s.iter().find(|iv| iv.contains(a)))
            .collect();
        let hit = |iv: &Option<&Interval>| iv.is_some_and(|iv| iv.level != Level::Restored);
        let level = if here
            .iter()
            .all(|iv| iv.is_some_and(|iv| iv.level == Level::Outage))
        {
            Level::Outage
        } else if here.iter().any(hit) {
            Level::Degraded
        } else if here.iter().any(Option::is_some) {
            Level::Restored
        } else {
            continue;
        };
        let approximate = here
            .iter()
            .flatten()
            .any(|iv| iv.approximate && (iv.level == level || hit(&Some(iv))));
        let to = edges.get(k + 1).copied();
        match out.last_mut() {
            Some(last)
                if last.level == level
                    && last.to == Some(*a)
                    && last.approximate == approximate =>
            {
                last.to = to
            }
            _ => out.push(Segment {
                level,
                from: *a,
                to,
                approximate,
            }),
        }
    }
    out
}

// ----- Key figures ------------------------------------------------------------------------

/// Figure ids the timeline looks for in the data before computing a figure itself.
pub const DURATION_FIGURE: &str = "outage-duration";
pub const SERVICES_FIGURE: &str = "services-hit";
pub const DAMAGE_FIGURE: &str = "damage-reports-total";

/// One of the figures shown above the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyFigure {
    /// A figure of the data (index into `Incident::figures`), with its sources and dispute.
    Stated(usize),
    /// From start to end of the incident, computed.
    Duration(Duration),
    /// How many services were out or degraded, counted in the data.
    ServicesHit(usize),
}

/// Duration, services hit and damage reports: the data's own figures where it has them (by
/// id), else computed; damage reports cannot be computed and are left out without a figure.
pub fn key_figures(incident: &Incident) -> Vec<KeyFigure> {
    let stated = |id: &str| incident.figures.iter().position(|f| f.id == id);
    let mut out = Vec::new();
    match (stated(DURATION_FIGURE), incident.end) {
        (Some(i), _) => out.push(KeyFigure::Stated(i)),
        (None, Some(end)) => out.push(KeyFigure::Duration(end - incident.start)),
        (None, None) => {}
    }
    out.push(match stated(SERVICES_FIGURE) {
        Some(i) => KeyFigure::Stated(i),
        None => KeyFigure::ServicesHit(affected_services(incident).len()),
    });
    out.extend(stated(DAMAGE_FIGURE).map(KeyFigure::Stated));
    out
}

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
                let segs: Vec<Segment> = f.status.iter().map(Segment::from).collect();
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
    use crate::i18n::{format, Locale};
    use crate::incident::zone::{named, utc, Fixed, Posix};
    use chrono::{DateTime, Datelike, FixedOffset};
    use serde_json::json;

    fn t(s: &str) -> Time {
        DateTime::parse_from_rfc3339(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }
    fn text(s: &str) -> serde_json::Value {
        json!({ "ko": format!("{s} (ko)"), "en": s })
    }
    fn iv(level: &str, from: &str, to: Option<&str>) -> serde_json::Value {
        json!({ "level": level, "from": from, "to": to, "sources": ["s1"] })
    }
    fn ev(id: &str, at: &str, kind: &str, services: &[&str]) -> serde_json::Value {
        json!({ "id": id, "at": at, "kind": kind, "title": text(id), "services": services, "sources": ["s1"] })
    }

    /// A small incident shaped like the built-in one: KST, 15:30 on 15 Oct to 23:00 on 20 Oct.
    fn mini_with(events: Vec<serde_json::Value>, figures: serde_json::Value) -> Incident {
        let file = json!({
            "format_version": 1,
            "incident": {
                "id": "mini", "title": text("Mini"), "summary": text("Mini outage"),
                "time_zone": { "name": "Asia/Seoul", "abbr": "KST", "offset": "+09:00" },
                "start": "2022-10-15T15:30:00+09:00", "end": "2022-10-20T23:00:00+09:00",
                "covers": { "from": "2022-10-01T00:00:00+09:00", "to": "2022-12-31T00:00:00+09:00" },
                "as_of": "2022-12-31T00:00:00+09:00", "sources": ["s1"]
            },
            "sources": [{ "id": "s1", "publisher": "P", "title": "T", "url": "https://example.com/1", "date": "2022-10-16" },
                        { "id": "s2", "publisher": "Q", "title": "U", "url": "https://example.com/2", "date": "2022-12-07" }],
            "operators": [{ "id": "op", "name": text("Op") }],
            "services": [
                { "id": "talk", "name": { "ko": "톡", "en": "Talk" }, "operator": "op", "category": "messaging", "sources": ["s1"],
                  "functions": [
                    { "id": "text", "name": text("Text"), "status": [
                        iv("outage", "2022-10-15T15:30:00+09:00", Some("2022-10-16T01:31:00+09:00")),
                        iv("restored", "2022-10-16T01:31:00+09:00", None) ] },
                    { "id": "media", "name": text("Media"), "status": [
                        iv("outage", "2022-10-15T15:30:00+09:00", Some("2022-10-16T01:31:00+09:00")),
                        iv("degraded", "2022-10-16T01:31:00+09:00", Some("2022-10-16T21:00:00+09:00")) ] } ] },
                { "id": "maps", "name": text("Maps"), "operator": "op", "category": "maps", "sources": ["s1"],
                  "functions": [{ "id": "all", "name": text("All"), "status": [
                        { "level": "degraded", "from": "2022-10-15T16:00:00+09:00", "to": "2022-10-15T18:00:00+09:00",
                          "approximate": true, "sources": ["s1"] } ] }] },
                { "id": "calm", "name": text("Calm"), "operator": "op", "category": "other", "sources": ["s1"],
                  "functions": [{ "id": "all", "name": text("All"), "status": [
                        iv("restored", "2022-10-15T15:30:00+09:00", None) ] }] },
                { "id": "late", "name": text("Late"), "operator": "op", "category": "other", "sources": ["s1"],
                  "functions": [{ "id": "all", "name": text("All"), "status": [
                        iv("outage", "2022-10-15T15:20:00+09:00", Some("2022-10-15T15:40:00+09:00")) ] }] }
            ],
            "events": events,
            "disputes": [{ "id": "duration", "topic": text("How long"), "alternatives": [
                { "value": text("127h30m"), "sources": ["s1"] }, { "value": text("127h33m"), "sources": ["s2"] } ] }],
            "figures": figures
        });
        crate::data::parse(&file.to_string()).unwrap_or_else(|e| panic!("{e:?}"))
    }

    fn mini() -> Incident {
        mini_with(
            vec![
                ev(
                    "down",
                    "2022-10-15T15:30:00+09:00",
                    "outage",
                    &["talk", "maps"],
                ),
                ev("fire", "2022-10-15T15:19:00+09:00", "cause", &[]),
                ev("glitch", "2022-10-04T14:14:00+09:00", "outage", &["talk"]),
                ev(
                    "text-back",
                    "2022-10-16T01:31:00+09:00",
                    "recovery",
                    &["talk"],
                ),
                ev(
                    "morning",
                    "2022-10-16T08:30:00+09:00",
                    "statement",
                    &["maps"],
                ),
                ev("late-night", "2022-10-15T23:45:00+09:00", "cause", &[]),
                ev(
                    "edt",
                    "2022-11-06T14:30:00+09:00",
                    "compensation",
                    &["talk"],
                ),
                ev(
                    "est",
                    "2022-11-06T15:30:00+09:00",
                    "compensation",
                    &["talk"],
                ),
            ],
            json!([{ "id": "outage-duration", "label": text("Duration"), "value": text("127h30m / 127h33m"),
                     "sources": ["s1"], "dispute": "duration" }]),
        )
    }

    fn ids(inc: &Incident, idx: &[usize]) -> Vec<String> {
        idx.iter().map(|&i| inc.events[i].id.clone()).collect()
    }
    fn day_ids(inc: &Incident, days: &[Day]) -> Vec<(String, Vec<String>)> {
        days.iter()
            .map(|d| (d.date.to_string(), ids(inc, &d.events)))
            .collect()
    }
    fn all(inc: &Incident) -> Vec<usize> {
        (0..inc.events.len()).collect()
    }
    fn kst() -> Fixed {
        Fixed {
            name: "Asia/Seoul".into(),
            offset: FixedOffset::east_opt(9 * 3600).unwrap(),
        }
    }
    fn zone(name: &str) -> Posix {
        named(name).unwrap_or_else(|| panic!("no zone {name}"))
    }
    fn q(service: Option<&str>, kinds: &[&str]) -> TimelineQuery {
        TimelineQuery {
            event: None,
            service: service.map(str::to_string),
            kinds: kinds.iter().map(|k| k.to_string()).collect(),
        }
    }
    fn offset_hours(name: &str, at: DateTime<Utc>) -> i32 {
        zone(name).offset_at(at).local_minus_utc() / 3600
    }

    // Filter
    #[test]
    fn empty_query_keeps_everything() {
        let inc = mini();
        let (f, u) = TimelineFilter::from_query(&inc, &TimelineQuery::default());
        assert!(f.is_empty() && u == Unmatched::default());
        assert_eq!(visible(&inc, &f, None).len(), 8);
    }
    #[test]
    fn service_by_id_or_name() {
        let inc = mini();
        assert_eq!(
            TimelineFilter::from_query(&inc, &q(Some("maps"), &[]))
                .0
                .service,
            Some(1)
        );
        assert_eq!(
            TimelineFilter::from_query(&inc, &q(Some("톡"), &[]))
                .0
                .service,
            Some(0)
        );
    }
    #[test]
    fn unknown_service_and_kinds_are_reported_not_applied() {
        let (f, u) = TimelineFilter::from_query(&mini(), &q(Some("nope"), &["outage", "gossip"]));
        assert_eq!((f.service, f.kinds), (None, vec![EventKind::Outage]));
        assert_eq!(
            (u.service, u.kinds),
            (Some("nope".into()), vec!["gossip".to_string()])
        );
    }
    #[test]
    fn unknown_event_is_reported() {
        let inc = mini();
        let mut query = TimelineQuery {
            event: Some("ghost".into()),
            ..TimelineQuery::default()
        };
        assert_eq!(
            TimelineFilter::from_query(&inc, &query).1.event,
            Some("ghost".into())
        );
        query.event = Some("fire".into());
        assert_eq!(TimelineFilter::from_query(&inc, &query).1.event, None);
    }
    #[test]
    fn fits_by_service_and_kind() {
        let inc = mini();
        let (f, _) = TimelineFilter::from_query(&inc, &q(Some("talk"), &["outage"]));
        assert_eq!(ids(&inc, &visible(&inc, &f, None)), ["glitch", "down"]);
    }
    #[test]
    fn kinds_alone_filter() {
        let inc = mini();
        let (f, _) = TimelineFilter::from_query(&inc, &q(None, &["recovery", "cause"]));
        assert_eq!(
            ids(&inc, &visible(&inc, &f, None)),
            ["fire", "late-night", "text-back"]
        );
    }
    #[test]
    fn deep_linked_event_survives_the_filter() {
        let inc = mini();
        let (f, _) = TimelineFilter::from_query(&inc, &q(Some("maps"), &[]));
        let fire = inc.event_by_id("fire");
        assert_eq!(
            ids(&inc, &visible(&inc, &f, fire)),
            ["fire", "down", "morning"]
        );
    }
    #[test]
    fn toggling_kinds_keeps_canonical_order_and_drops_the_event() {
        let mut base = q(Some("talk"), &["recovery"]);
        base.event = Some("fire".into());
        let on = toggle_kind(&base, EventKind::Cause);
        assert_eq!(on, q(Some("talk"), &["cause", "recovery"]));
        assert_eq!(
            toggle_kind(&on, EventKind::Recovery),
            q(Some("talk"), &["cause"])
        );
    }
    #[test]
    fn changing_the_service_keeps_kinds() {
        assert_eq!(
            with_service(&q(Some("talk"), &["cause"]), None),
            q(None, &["cause"])
        );
        assert_eq!(
            with_service(&q(None, &[]), Some("maps")),
            q(Some("maps"), &[])
        );
    }

    // Ordering and days
    #[test]
    fn events_come_in_time_order_whatever_the_file_order() {
        let inc = mini();
        assert_eq!(
            ids(&inc, &visible(&inc, &TimelineFilter::default(), None)),
            [
                "glitch",
                "fire",
                "down",
                "late-night",
                "text-back",
                "morning",
                "edt",
                "est"
            ]
        );
    }
    #[test]
    fn days_in_kst() {
        let inc = mini();
        let days = group_by_day(&inc, &all(&inc), &kst());
        assert_eq!(
            day_ids(&inc, &days),
            [
                ("2022-10-04".into(), vec!["glitch".to_string()]),
                (
                    "2022-10-15".into(),
                    vec!["fire".into(), "down".into(), "late-night".into()]
                ),
                (
                    "2022-10-16".into(),
                    vec!["text-back".into(), "morning".into()]
                ),
                ("2022-11-06".into(), vec!["edt".into(), "est".into()]),
            ]
        );
    }
    #[test]
    fn days_in_utc_move_early_kst_mornings_back_a_day() {
        let inc = mini();
        let days = group_by_day(&inc, &all(&inc), &zone("UTC"));
        let oct15 = &days[1];
        assert_eq!(oct15.date.to_string(), "2022-10-15");
        assert_eq!(
            ids(&inc, &oct15.events),
            ["fire", "down", "late-night", "text-back", "morning"]
        );
    }
    #[test]
    fn days_in_new_york() {
        let inc = mini();
        let days = group_by_day(&inc, &all(&inc), &zone("America/New_York"));
        let dates: Vec<String> = days.iter().map(|d| d.date.to_string()).collect();
        assert_eq!(dates, ["2022-10-04", "2022-10-15", "2022-11-06"]);
        assert_eq!(
            ids(&inc, &days[1].events),
            ["fire", "down", "late-night", "text-back", "morning"]
        );
    }
    #[test]
    fn days_are_sorted_even_for_an_unsorted_subset() {
        let inc = mini();
        let idx = [
            inc.event_by_id("morning").unwrap(),
            inc.event_by_id("fire").unwrap(),
        ];
        let days = group_by_day(&inc, &idx, &kst());
        assert_eq!(
            day_ids(&inc, &days)[0],
            ("2022-10-15".into(), vec!["fire".to_string()])
        );
    }
    #[test]
    fn a_clock_turned_back_over_midnight_does_not_split_a_date() {
        // Daylight time ends at 00:30 local on 30 Oct 2022: 00:10 on the 30th comes before
        // 23:40 on the 29th.
        let z = Posix::parse("Test", "AAA0BBB,M3.5.0,M10.5.0/0:30").unwrap();
        let inc = mini_with(
            vec![
                ev("after", "2022-10-29T23:40:00Z", "statement", &[]),
                ev("before", "2022-10-29T23:10:00Z", "statement", &[]),
            ],
            json!([]),
        );
        assert_eq!(
            day_ids(&inc, &group_by_day(&inc, &all(&inc), &z)),
            [
                ("2022-10-29".into(), vec!["after".to_string()]),
                ("2022-10-30".into(), vec!["before".to_string()]),
            ]
        );
    }

    // Zone conversion across daylight saving
    #[test]
    fn kst_is_always_plus_nine() {
        for at in [
            utc(2022, 1, 1, 0, 0),
            utc(2022, 7, 1, 0, 0),
            utc(2022, 11, 6, 6, 0),
        ] {
            assert_eq!(offset_hours("Asia/Seoul", at), 9);
        }
    }
    #[test]
    fn utc_is_zero() {
        assert_eq!(offset_hours("UTC", utc(2022, 10, 15, 6, 30)), 0);
    }
    #[test]
    fn new_york_is_edt_on_15_october() {
        assert_eq!(
            offset_hours("America/New_York", utc(2022, 10, 15, 6, 30)),
            -4
        );
    }
    #[test]
    fn new_york_turns_est_at_0600_utc_on_6_november() {
        assert_eq!(
            offset_hours("America/New_York", utc(2022, 11, 6, 5, 59)),
            -4
        );
        assert_eq!(offset_hours("America/New_York", utc(2022, 11, 6, 6, 0)), -5);
    }
    #[test]
    fn new_york_spring_forward_on_13_march() {
        assert_eq!(
            offset_hours("America/New_York", utc(2022, 3, 13, 6, 59)),
            -5
        );
        assert_eq!(offset_hours("America/New_York", utc(2022, 3, 13, 7, 0)), -4);
    }
    #[test]
    fn london_is_bst_on_15_october() {
        assert_eq!(offset_hours("Europe/London", utc(2022, 10, 15, 6, 30)), 1);
    }
    #[test]
    fn london_turns_gmt_at_0100_utc_on_30_october() {
        assert_eq!(offset_hours("Europe/London", utc(2022, 10, 30, 0, 59)), 1);
        assert_eq!(offset_hours("Europe/London", utc(2022, 10, 30, 1, 0)), 0);
    }
    #[test]
    fn london_spring_forward_on_27_march() {
        assert_eq!(offset_hours("Europe/London", utc(2022, 3, 27, 0, 59)), 0);
        assert_eq!(offset_hours("Europe/London", utc(2022, 3, 27, 1, 0)), 1);
    }
    #[test]
    fn the_same_local_hour_twice_in_new_york() {
        let inc = mini();
        let ny = zone("America/New_York");
        let local = |id: &str| in_zone(&inc.events[inc.event_by_id(id).unwrap()].at, &ny);
        assert_eq!(local("edt").to_rfc3339(), "2022-11-06T01:30:00-04:00");
        assert_eq!(local("est").to_rfc3339(), "2022-11-06T01:30:00-05:00");
    }
    #[test]
    fn fire_in_new_york_and_london() {
        let fire = t("2022-10-15T15:19:00+09:00");
        assert_eq!(
            in_zone(&fire, &zone("America/New_York")).to_rfc3339(),
            "2022-10-15T02:19:00-04:00"
        );
        assert_eq!(
            in_zone(&fire, &zone("Europe/London")).to_rfc3339(),
            "2022-10-15T07:19:00+01:00"
        );
        assert_eq!(
            in_zone(&fire, &zone("UTC")).to_rfc3339(),
            "2022-10-15T06:19:00+00:00"
        );
    }

    // Offsets since the start and durations
    #[test]
    fn since_start_of_text_back_is_ten_hours_one_minute() {
        let inc = mini();
        let d = since_start(&inc, &t("2022-10-16T01:31:00+09:00"));
        assert_eq!(d, Duration::minutes(601));
        assert_eq!(format::since_start(Locale::En, d), "+10 h 01 m");
        assert_eq!(format::since_start(Locale::Ko, d), "+10시간 01분");
    }
    #[test]
    fn the_fire_came_eleven_minutes_before_the_start() {
        let d = since_start(&mini(), &t("2022-10-15T15:19:00+09:00"));
        assert_eq!(format::since_start(Locale::En, d), "−11 m");
    }
    #[test]
    fn since_start_does_not_care_about_the_offset_written() {
        let inc = mini();
        assert_eq!(
            since_start(&inc, &t("2022-10-15T16:31:00Z")),
            Duration::minutes(601)
        );
    }
    #[test]
    fn interval_lengths() {
        let inc = mini();
        let text = &inc.services[0].functions[0].status;
        assert_eq!(interval_length(&text[0]), Some(Duration::minutes(601)));
        assert_eq!(interval_length(&text[1]), None);
    }

    // Services over time
    #[test]
    fn affected_services_leave_out_the_merely_restored() {
        assert_eq!(affected_services(&mini()), [0, 1, 3]);
    }
    #[test]
    fn service_segments_follow_the_functions() {
        let segs = service_segments(&mini().services[0]);
        let got: Vec<(Level, String, Option<String>)> = segs
            .iter()
            .map(|s| (s.level, s.from.to_rfc3339(), s.to.map(|t| t.to_rfc3339())))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Level::Outage,
                    "2022-10-15T15:30:00+09:00".into(),
                    Some("2022-10-16T01:31:00+09:00".into())
                ),
                (
                    Level::Degraded,
                    "2022-10-16T01:31:00+09:00".into(),
                    Some("2022-10-16T21:00:00+09:00".into())
                ),
                (Level::Restored, "2022-10-16T21:00:00+09:00".into(), None),
            ]
        );
    }
    #[test]
    fn one_function_down_and_one_back_is_partly_down() {
        let inc = mini();
        let mut talk = inc.services[0].clone();
        // Text back at 01:31 while media stays down until 21:00.
        talk.functions[1].status[1].level = Level::Outage;
        let levels: Vec<Level> = service_segments(&talk).iter().map(|s| s.level).collect();
        assert_eq!(levels, [Level::Outage, Level::Degraded, Level::Restored]);
    }
    #[test]
    fn a_service_is_down_only_while_every_function_is() {
        let inc = mini();
        let mut talk = inc.services[0].clone();
        talk.functions[1].status.clear();
        talk.functions[1]
            .status
            .push(inc.services[0].functions[0].status[0].clone());
        talk.functions[1].status[0].from = t("2022-10-15T18:00:00+09:00");
        let got: Vec<(Level, String)> = service_segments(&talk)
            .iter()
            .map(|s| (s.level, s.from.format("%d %H:%M").to_string()))
            .collect();
        assert_eq!(
            got,
            [
                (Level::Degraded, "15 15:30".into()),
                (Level::Outage, "15 18:00".into()),
                (Level::Restored, "16 01:31".into())
            ]
        );
    }
    #[test]
    fn segments_keep_approximate() {
        assert!(service_segments(&mini().services[1])[0].approximate);
    }

    // Key figures
    #[test]
    fn stated_duration_wins_and_services_are_counted() {
        let inc = mini();
        assert_eq!(
            key_figures(&inc),
            [KeyFigure::Stated(0), KeyFigure::ServicesHit(3)]
        );
    }
    #[test]
    fn duration_is_computed_without_a_figure() {
        let inc = mini_with(vec![], json!([]));
        assert_eq!(
            key_figures(&inc)[0],
            KeyFigure::Duration(Duration::minutes(127 * 60 + 30))
        );
        assert_eq!(
            format::duration(Locale::En, Duration::minutes(127 * 60 + 30)),
            "127 h 30 m"
        );
    }

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
