//! The timeline's domain: which events a filter keeps, how events group into days in a zone,
//! how long after the start each moment came, which services were hit and how badly over time,
//! and the key figures. The chart's geometry is `super::chart`; reading a filter from the
//! route's query is `crate::route`.
//!
//! Pure: no browser, no clock, no formatting.

use super::model::{Event, EventKind, Incident, Interval, Level, Service, Time};
use super::sort;
use super::zone::{in_zone, ZoneRule};
use chrono::{Duration, NaiveDate};

// ----- Filter -----------------------------------------------------------------------------

/// Which events the reader asked to see.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineFilter {
    /// Keep only events of this service (an index into `Incident::services`).
    pub service: Option<usize>,
    /// Keep only events of these kinds; empty keeps every kind.
    pub kinds: Vec<EventKind>,
}

impl TimelineFilter {
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
    /// After the last report of `level`: what the level was is not known.
    pub unknown: bool,
}

/// An interval as stretches: its level up to its last report, then (if it has one) not known
/// until its end.
pub fn interval_segments(iv: &Interval) -> Vec<Segment> {
    let known = Segment {
        level: iv.level,
        from: iv.from,
        to: iv.known_until(),
        approximate: iv.approximate,
        unknown: false,
    };
    match iv.last_report {
        Some(r) => vec![
            known,
            Segment {
                level: iv.level,
                from: r,
                to: iv.to,
                approximate: iv.approximate,
                unknown: true,
            },
        ],
        None => vec![known],
    }
}

/// The service as a whole over time, judged as the checker judges it: down while every
/// function with data is down, degraded while at least one is down or degraded (the service
/// is partly down), restored while all that were hit are back, and not known while no function
/// is known to be hit and at least one is past its last report. A function without an interval
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
        .flat_map(|iv| [Some(iv.from), iv.last_report, iv.to].into_iter().flatten())
        .collect();
    sort::sort(&mut edges);
    edges.dedup();
    let mut out: Vec<Segment> = Vec::new();
    for (k, a) in edges.iter().enumerate() {
        let here: Vec<Option<&Interval>> = functions
            .iter()
            .map(|s| s.iter().find(|iv| iv.contains(a)))
            .collect();
        // A stretch that starts at a last report lies after it (its first instant aside).
        let past = |iv: &Interval| iv.last_report.is_some_and(|r| *a >= r);
        let hit =
            |iv: &Option<&Interval>| iv.is_some_and(|iv| iv.level != Level::Restored && !past(iv));
        let mut unknown = false;
        let level = if here
            .iter()
            .all(|iv| iv.is_some_and(|iv| iv.level == Level::Outage && !past(iv)))
        {
            Level::Outage
        } else if here.iter().any(hit) {
            Level::Degraded
        } else if let Some(iv) = here.iter().flatten().find(|iv| past(iv)) {
            unknown = true;
            iv.level
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
                    && last.approximate == approximate
                    && last.unknown == unknown =>
            {
                last.to = to
            }
            _ => out.push(Segment {
                level,
                from: *a,
                to,
                approximate,
                unknown,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::fixtures::{ev, ids, kst, mini, mini_with, t, zone};
    use crate::incident::zone::Posix;
    use serde_json::json;

    fn day_ids(inc: &Incident, days: &[Day]) -> Vec<(String, Vec<String>)> {
        days.iter()
            .map(|d| (d.date.to_string(), ids(inc, &d.events)))
            .collect()
    }
    fn all(inc: &Incident) -> Vec<usize> {
        (0..inc.events.len()).collect()
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
    // Offsets since the start and durations
    #[test]
    fn since_start_of_text_back_is_ten_hours_one_minute() {
        let inc = mini();
        let d = since_start(&inc, &t("2022-10-16T01:31:00+09:00"));
        assert_eq!(d, Duration::minutes(601));
    }
    #[test]
    fn the_fire_came_eleven_minutes_before_the_start() {
        let d = since_start(&mini(), &t("2022-10-15T15:19:00+09:00"));
        assert_eq!(d, -Duration::minutes(11));
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
    fn an_interval_with_a_last_report_is_known_then_unknown() {
        let inc = mini();
        let mut svc = inc.services[0].clone();
        svc.functions.truncate(1);
        let iv = &mut svc.functions[0].status[0];
        iv.last_report = Some(t("2022-10-15T18:00:00+09:00"));
        let segs = interval_segments(iv);
        let got: Vec<(bool, String, Option<String>)> = segs
            .iter()
            .map(|s| (s.unknown, s.from.to_rfc3339(), s.to.map(|t| t.to_rfc3339())))
            .collect();
        assert_eq!(
            got,
            [
                (
                    false,
                    "2022-10-15T15:30:00+09:00".to_string(),
                    Some("2022-10-15T18:00:00+09:00".to_string())
                ),
                (
                    true,
                    "2022-10-15T18:00:00+09:00".to_string(),
                    Some("2022-10-16T01:31:00+09:00".to_string())
                ),
            ]
        );
        // The service as a whole: down, then not known (not down) until the next state.
        let whole = service_segments(&svc);
        assert_eq!(
            whole
                .iter()
                .map(|s| (s.level, s.unknown))
                .collect::<Vec<_>>()[..2],
            [(Level::Outage, false), (Level::Outage, true)]
        );
        assert_eq!(whole[1].from, t("2022-10-15T18:00:00+09:00"));
    }
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
    }
}
