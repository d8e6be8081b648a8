//! Status at a moment, and the verdict of the "was I affected?" check.
//!
//! Semantics, for one function of a service at moment `t` (all intervals half-open):
//! - `t` outside what the incident data covers: unknown (outside).
//! - `t` inside one of the function's intervals: that interval's level.
//! - `t` before the first interval: working (the data says when it went down).
//! - `t` after the last interval has ended: working again.
//! - `t` between two intervals that do not touch: unknown (the sources leave a gap).
//! - `t` inside an interval but after its `last_report`: unknown (the sources stop there;
//!   what came next is known only from the interval's `to`, the next known state).
//!
//! A service is *affected* when every function asked about was out, *partially affected* when
//! at least one was out or degraded, *not affected* when all were working, and *unknown*
//! otherwise. Times are compared as moments: 18:00 KST and 09:00 UTC are the same.

use super::clock;
use super::model::{Incident, Interval, Level, Service, Time};
use super::sort;
use super::timeline::service_segments;
use super::zone::ZoneRule;
use chrono::{Datelike, Duration, NaiveDateTime, Timelike};

/// How close to a roughly known edge a moment must be for the answer to say so.
pub const APPROXIMATE_MARGIN_MINUTES: i64 = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FunctionState {
    /// Working: before the trouble started or after it ended.
    Working,
    /// Inside interval `interval` of the function, at its level.
    Hit { level: Level, interval: usize },
    /// Between two intervals the sources leave unexplained.
    Gap,
    /// Inside interval `interval`, but after the last source on it: its `level` was last
    /// reported, what came after is not known until the interval's end.
    Unreported { level: Level, interval: usize },
    /// Outside what the data covers.
    Outside,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownWhy {
    NoSuchService,
    NoSuchFunction,
    OutsideCoverage,
    /// The data does not say for this moment.
    NotStated,
    /// After the last source on a function and before its next known state.
    AfterLastReport,
}

impl UnknownWhy {
    /// The value of the result's `data-why` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            UnknownWhy::NoSuchService => "no-such-service",
            UnknownWhy::NoSuchFunction => "no-such-function",
            UnknownWhy::OutsideCoverage => "outside-coverage",
            UnknownWhy::NotStated => "not-stated",
            UnknownWhy::AfterLastReport => "after-last-report",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Affected,
    PartiallyAffected,
    NotAffected,
    Unknown(UnknownWhy),
}

impl Verdict {
    /// The value of the public `data-verdict` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Affected => "affected",
            Verdict::PartiallyAffected => "partially-affected",
            Verdict::NotAffected => "not-affected",
            Verdict::Unknown(_) => "unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionAnswer {
    pub function: usize,
    pub state: FunctionState,
    /// True when `t` lies within the margin of an edge the sources give only roughly.
    pub near_approximate_edge: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckAnswer {
    pub verdict: Verdict,
    pub service: Option<usize>,
    pub functions: Vec<FunctionAnswer>,
}

impl CheckAnswer {
    fn unknown(why: UnknownWhy, service: Option<usize>) -> Self {
        CheckAnswer {
            verdict: Verdict::Unknown(why),
            service,
            functions: Vec::new(),
        }
    }
    /// Whether any part of the answer rests on a roughly known time.
    pub fn approximate(&self) -> bool {
        self.functions.iter().any(|f| f.near_approximate_edge)
    }
}

fn near(edge: &Time, t: &Time) -> bool {
    (*edge - *t).num_minutes().abs() <= APPROXIMATE_MARGIN_MINUTES
}

fn near_rough_edge(intervals: &[Interval], t: &Time) -> bool {
    intervals.iter().any(|iv| {
        iv.approximate
            && (near(&iv.from, t)
                || iv.to.as_ref().is_some_and(|to| near(to, t))
                || iv.last_report.as_ref().is_some_and(|r| near(r, t)))
    })
}

/// The state of one function at `t`, given the incident's coverage.
pub fn function_state(incident: &Incident, intervals: &[Interval], t: &Time) -> FunctionState {
    if !incident.covers.contains(t) {
        return FunctionState::Outside;
    }
    // Intervals are sorted and never overlap: find the last one that starts at or before t.
    let idx = intervals.partition_point(|iv| iv.from <= *t);
    if idx == 0 {
        return FunctionState::Working;
    }
    let iv = &intervals[idx - 1];
    if iv.contains(t) && iv.unreported_at(t) {
        return FunctionState::Unreported {
            level: iv.level,
            interval: idx - 1,
        };
    }
    if iv.contains(t) {
        return FunctionState::Hit {
            level: iv.level,
            interval: idx - 1,
        };
    }
    if idx == intervals.len() {
        FunctionState::Working
    } else {
        FunctionState::Gap
    }
}

/// Answers "was this service (or this one function of it) affected at `t`?".
pub fn check(
    incident: &Incident,
    service: Option<usize>,
    function: Option<&str>,
    t: &Time,
) -> CheckAnswer {
    let Some(si) = service.filter(|&i| i < incident.services.len()) else {
        return CheckAnswer::unknown(UnknownWhy::NoSuchService, None);
    };
    let svc: &Service = &incident.services[si];
    let chosen: Vec<usize> = match function {
        Some(fid) => match svc.functions.iter().position(|f| f.id == fid) {
            Some(fi) => vec![fi],
            None => return CheckAnswer::unknown(UnknownWhy::NoSuchFunction, Some(si)),
        },
        None => (0..svc.functions.len()).collect(),
    };
    if !incident.covers.contains(t) {
        return CheckAnswer::unknown(UnknownWhy::OutsideCoverage, Some(si));
    }
    let functions: Vec<FunctionAnswer> = chosen
        .into_iter()
        .map(|fi| {
            let status = &svc.functions[fi].status;
            FunctionAnswer {
                function: fi,
                state: function_state(incident, status, t),
                near_approximate_edge: near_rough_edge(status, t),
            }
        })
        .collect();
    let count =
        |pred: &dyn Fn(&FunctionState) -> bool| functions.iter().filter(|f| pred(&f.state)).count();
    let out = count(&|s| {
        matches!(
            s,
            FunctionState::Hit {
                level: Level::Outage,
                ..
            }
        )
    });
    let degraded = count(&|s| {
        matches!(
            s,
            FunctionState::Hit {
                level: Level::Degraded,
                ..
            }
        )
    });
    let unknown = count(&|s| matches!(s, FunctionState::Gap | FunctionState::Outside));
    let unreported = count(&|s| matches!(s, FunctionState::Unreported { .. }));
    let verdict = if functions.is_empty() {
        Verdict::Unknown(UnknownWhy::NotStated)
    } else if out == functions.len() {
        Verdict::Affected
    } else if out + degraded > 0 {
        Verdict::PartiallyAffected
    } else if unreported > 0 {
        Verdict::Unknown(UnknownWhy::AfterLastReport)
    } else if unknown > 0 {
        Verdict::Unknown(UnknownWhy::NotStated)
    } else {
        Verdict::NotAffected
    };
    CheckAnswer {
        verdict,
        service: Some(si),
        functions,
    }
}

/// Why the time of a check could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MomentProblem {
    Empty,
    /// A date and time without a UTC offset: which moment it means is not known.
    NoOffset,
    NotATime,
}

/// Reads the `at=` of a check: RFC 3339 with an offset (`2022-10-15T18:00:00+09:00`,
/// `2022-10-15T09:00:00Z`), seconds optional. A `+` that a URL turned into a space (`18:00
/// 09:00`) is read as the `+` it was. The offset is kept: it is the asker's own zone.
pub fn parse_moment(s: &str) -> Result<Time, MomentProblem> {
    let s = s.trim();
    if s.is_empty() {
        return Err(MomentProblem::Empty);
    }
    let fixed = restore_plus(s);
    let s = fixed.as_str();
    match clock::parse(s) {
        Some(p) => match p.moment() {
            Some(t) => Ok(t),
            None if p.offset.is_none() => Err(MomentProblem::NoOffset),
            None => Err(MomentProblem::NotATime),
        },
        None => Err(MomentProblem::NotATime),
    }
}

/// `…T18:00:00 09:00` -> `…T18:00:00+09:00`: a URL decoder reads an unescaped `+` as a space.
fn restore_plus(s: &str) -> String {
    let b = s.as_bytes();
    let n = b.len();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let tail = n >= 7
        && b[n - 6] == b' '
        && digit(n - 5)
        && digit(n - 4)
        && b[n - 3] == b':'
        && digit(n - 2)
        && digit(n - 1)
        && digit(n - 7);
    if tail {
        format!("{}+{}", &s[..n - 6], &s[n - 5..])
    } else {
        s.to_string()
    }
}

/// A date and time without offset, as a `datetime-local` input gives it
/// (`2022-10-15T18:00`, seconds optional, a space allowed for the `T`).
pub fn parse_local(s: &str) -> Option<NaiveDateTime> {
    clock::parse(s.trim())
        .filter(|p| p.offset.is_none())
        .map(|p| p.local)
}

/// The moment a wall-clock time names in `zone` (the offset in force then, so daylight saving
/// is right for that date). A time that a clock change skips lands an hour later.
pub fn local_to_moment(local: NaiveDateTime, zone: &dyn ZoneRule) -> Time {
    let as_utc = local.and_utc();
    let first = zone.offset_at(as_utc);
    let guess = as_utc - Duration::seconds(first.local_minus_utc() as i64);
    let second = zone.offset_at(guess);
    let utc = as_utc - Duration::seconds(second.local_minus_utc() as i64);
    utc.with_timezone(&zone.offset_at(utc))
}

/// A moment as a `datetime-local` input shows it in `zone`: `2022-10-15T18:00`.
pub fn to_local_input(t: &Time, zone: &dyn ZoneRule) -> String {
    let l = super::zone::in_zone(t, zone);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        l.year(),
        l.month(),
        l.day(),
        l.hour(),
        l.minute()
    )
}

/// A check as a link asks it (`service=…&function=…&at=…`), read and answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    /// The moment asked about, in the asker's offset, or why it cannot be read.
    pub at: Result<Time, MomentProblem>,
    /// The function asked about: its id when the service has it (by id or name), else as asked.
    pub function: Option<String>,
    /// The answer, when the moment could be read.
    pub answer: Option<CheckAnswer>,
}

/// Reads and answers a check: the service by id, name or alias (`names::find_service`), else a
/// service and one of its functions named together (`named::resolve_param`, "daum-mail"), the
/// function by id or name, the moment with its offset. A known name costs a hash lookup and a
/// binary search per function of the service; only a name no service has costs a pass over
/// the services' names. Nothing here grows with the number of events.
pub fn ask(incident: &Incident, service: &str, function: Option<&str>, at: &str) -> Asked {
    // `service` may name one function too ("daum-mail"): `function=` still has the last word.
    let named = super::named::resolve_param(incident, service);
    let si = named.map(|n| n.service);
    let function = function.map(str::trim).filter(|f| !f.is_empty()).map(|f| {
        si.and_then(|i| {
            let svc = &incident.services[i];
            super::names::find_function(svc, f).map(|fi| svc.functions[fi].id.clone())
        })
        .unwrap_or_else(|| f.to_string())
    });
    let function = function.or_else(|| {
        let n = named?;
        Some(
            incident.services[n.service].functions[n.function?]
                .id
                .clone(),
        )
    });
    let at = parse_moment(at);
    let answer = at
        .as_ref()
        .ok()
        .map(|t| check(incident, si, function.as_deref(), t));
    Asked {
        at,
        function,
        answer,
    }
}

/// What the answer for one function rests on, for showing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Around<'a> {
    /// Inside this interval (outage, degraded or restored).
    In(&'a Interval),
    /// Working; trouble began later, at this moment.
    Before(Time),
    /// Working again since this moment.
    After(Time),
    /// In a gap the sources leave, between these two moments.
    Between(Time, Time),
    /// After the last report on this interval (`last_report`) and before its end (`to`).
    Unreported(&'a Interval),
    /// Outside what the data covers.
    Outside,
}

/// The interval or edge that explains a function's state at `t`.
pub fn around<'a>(intervals: &'a [Interval], state: FunctionState, t: &Time) -> Around<'a> {
    let idx = intervals.partition_point(|iv| iv.from <= *t);
    match state {
        FunctionState::Outside => Around::Outside,
        FunctionState::Hit { interval, .. } => {
            intervals.get(interval).map_or(Around::Outside, Around::In)
        }
        FunctionState::Unreported { interval, .. } => intervals
            .get(interval)
            .map_or(Around::Outside, Around::Unreported),
        FunctionState::Working => match (idx, intervals.get(idx)) {
            (0, Some(next)) => Around::Before(next.from),
            _ => intervals
                .get(idx.wrapping_sub(1))
                .and_then(|iv| iv.to)
                .map_or(Around::Outside, Around::After),
        },
        FunctionState::Gap => {
            let prev = intervals.get(idx.wrapping_sub(1)).and_then(|iv| iv.to);
            match (prev, intervals.get(idx)) {
                (Some(a), Some(b)) => Around::Between(a, b.from),
                _ => Around::Outside,
            }
        }
    }
}

/// How long an interval lasted as far as the sources describe it (to its last report, else its
/// end); an open end counts up to `until` (the end of what the data covers). The flag says the
/// end was open.
pub fn length(iv: &Interval, until: &Time) -> (Duration, bool) {
    match iv.known_until() {
        Some(to) => (to - iv.from, false),
        None => ((*until - iv.from).max(Duration::zero()), true),
    }
}

impl CheckAnswer {
    /// The function whose interval best sums the answer up: the first one that was out, else
    /// the first one that was degraded.
    pub fn main_function(&self) -> Option<&FunctionAnswer> {
        let at = |want: Level| {
            self.functions
                .iter()
                .find(|f| matches!(f.state, FunctionState::Hit { level, .. } if level == want))
        };
        at(Level::Outage).or_else(|| at(Level::Degraded))
    }
    /// The source ids the answer rests on: those of the intervals that apply (each once, in
    /// order), else the service's own; none without a service.
    pub fn sources(&self, incident: &Incident) -> Vec<String> {
        let Some(svc) = self.service.and_then(|i| incident.services.get(i)) else {
            return Vec::new();
        };
        let mut ids: Vec<String> = Vec::new();
        for f in &self.functions {
            let (FunctionState::Hit { interval, .. } | FunctionState::Unreported { interval, .. }) =
                f.state
            else {
                continue;
            };
            let iv = svc
                .functions
                .get(f.function)
                .and_then(|func| func.status.get(interval));
            for id in iv.iter().flat_map(|iv| iv.sources.iter()) {
                if !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
        }
        if ids.is_empty() {
            ids = svc.sources.clone();
        }
        ids
    }
    /// The functions that still worked (never hit, or restored) at that moment.
    pub fn working(&self) -> impl Iterator<Item = &FunctionAnswer> {
        self.functions.iter().filter(|f| {
            matches!(
                f.state,
                FunctionState::Working
                    | FunctionState::Hit {
                        level: Level::Restored,
                        ..
                    }
            )
        })
    }
}

/// A service at a glance, for the services view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceSummary {
    pub worst: Option<Level>,
    /// Total time the service was fully down: every function with data out at once.
    pub fully_down: Duration,
    /// Total time during which at least one function was out.
    pub any_function_down: Duration,
    /// Total time during which at least one function was out or degraded.
    pub any_function_hit: Duration,
    /// Functions that were out or degraded at some point.
    pub functions_hit: usize,
    /// Some interval of outage or degradation has no end in the data.
    pub open: bool,
}

/// Sums a service up; open ends count up to `until` (the end of what the data covers).
pub fn summarize(service: &Service, until: &Time) -> ServiceSummary {
    let bad = |iv: &&Interval| iv.level != Level::Restored;
    ServiceSummary {
        worst: worst_level(service),
        fully_down: fully_down(service, until),
        any_function_down: any_function_down(service, until),
        any_function_hit: time_at_least(service, Level::Degraded, until),
        functions_hit: service
            .functions
            .iter()
            .filter(|f| f.status.iter().any(|iv| iv.level != Level::Restored))
            .count(),
        open: service
            .functions
            .iter()
            .flat_map(|f| f.status.iter())
            .filter(bad)
            .any(|iv| iv.known_until().is_none()),
    }
}

// ----- Two meanings of "down" ---------------------------------------------------------------
//
// "Down" says two different things about a service with several functions, so each has its
// own name here and every label on screen says which one it shows:
// - *fully down*: every function with data is out at once; the service as a whole, as the
//   status chart and the checker judge it (`fully_down`, from `timeline::service_segments`);
// - *any function down*: at least one function is out, so the service is at least partly down
//   (`any_function_down`).
// For a service with one function they are the same.

/// Total time the service was fully down (every function with data out at once, as the chart
/// and the checker say "down"), counting an open end up to `until`.
pub fn fully_down(service: &Service, until: &Time) -> Duration {
    let mut spans: Vec<(Time, Time)> = service_segments(service)
        .iter()
        .filter(|s| s.level == Level::Outage && !s.unknown)
        .map(|s| (s.from, s.to.unwrap_or(*until).max(s.from)))
        .collect();
    union_length(&mut spans)
}

/// Total time during which at least one function of the service was out, counting an open end
/// up to `until`.
pub fn any_function_down(service: &Service, until: &Time) -> Duration {
    time_at_least(service, Level::Outage, until)
}

/// The worst level a service reached, if it was hit at all.
pub fn worst_level(service: &Service) -> Option<Level> {
    service
        .functions
        .iter()
        .flat_map(|f| f.status.iter())
        .map(|iv| iv.level)
        .filter(|l| *l != Level::Restored)
        .max()
}

/// Total time during which at least one function was at `min_level` or worse, counting an
/// interval up to its last report (after it the level is not known, so it does not count), and
/// an open-ended one up to `until` (the end of what the data covers).
pub fn time_at_least(service: &Service, min_level: Level, until: &Time) -> Duration {
    let mut spans: Vec<(Time, Time)> = service
        .functions
        .iter()
        .flat_map(|f| f.status.iter())
        .filter(|iv| iv.level >= min_level && iv.level != Level::Restored)
        .map(|iv| (iv.from, iv.known_until().unwrap_or(*until).max(iv.from)))
        .collect();
    union_length(&mut spans)
}

/// The length of the union of the spans.
pub fn union_length(spans: &mut [(Time, Time)]) -> Duration {
    sort::sort(spans);
    let mut total = Duration::zero();
    let mut current: Option<(Time, Time)> = None;
    for &(a, b) in spans.iter() {
        current = match current {
            Some((ca, cb)) if a <= cb => Some((ca, cb.max(b))),
            Some((ca, cb)) => {
                total += cb - ca;
                Some((a, b))
            }
            None => Some((a, b)),
        };
    }
    if let Some((a, b)) = current {
        total += b - a;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::zone::{named, Fixed};
    use chrono::{FixedOffset, NaiveDate};

    fn t(s: &str) -> Time {
        chrono::DateTime::parse_from_rfc3339(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }
    fn local(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, mo, d)
            .and_then(|d| d.and_hms_opt(h, mi, 0))
            .unwrap_or_default()
    }
    fn iv(level: Level, from: &str, to: Option<&str>) -> Interval {
        Interval {
            level,
            from: t(from),
            to: to.map(t),
            approximate: false,
            note: None,
            sources: vec![],
            last_report: None,
        }
    }

    #[test]
    fn moment_rfc3339_with_offset() {
        let m = parse_moment("2022-10-15T18:00:00+09:00");
        assert_eq!(m, Ok(t("2022-10-15T09:00:00Z")));
        assert_eq!(m.map(|m| m.offset().local_minus_utc()), Ok(9 * 3600));
    }
    #[test]
    fn moment_zulu_and_lower_case() {
        assert_eq!(
            parse_moment("2022-10-15t09:00:00z"),
            Ok(t("2022-10-15T18:00:00+09:00"))
        );
    }
    #[test]
    fn moment_without_seconds() {
        assert_eq!(
            parse_moment("2022-10-15T18:00+09:00"),
            Ok(t("2022-10-15T18:00:00+09:00"))
        );
        assert_eq!(
            parse_moment("2022-10-15T09:00Z"),
            Ok(t("2022-10-15T09:00:00Z"))
        );
    }
    #[test]
    fn moment_plus_that_became_a_space() {
        let m = parse_moment("2022-10-15T18:00:00 09:00");
        assert_eq!(m, Ok(t("2022-10-15T18:00:00+09:00")));
        assert_eq!(
            parse_moment("2022-10-15T18:00 09:00"),
            Ok(t("2022-10-15T09:00:00Z"))
        );
    }
    #[test]
    fn moment_negative_offset() {
        assert_eq!(
            parse_moment("2022-10-15T05:00:00-04:00"),
            Ok(t("2022-10-15T18:00:00+09:00"))
        );
    }
    #[test]
    fn moment_problems() {
        assert_eq!(parse_moment(""), Err(MomentProblem::Empty));
        assert_eq!(parse_moment("  "), Err(MomentProblem::Empty));
        assert_eq!(
            parse_moment("2022-10-15T18:00"),
            Err(MomentProblem::NoOffset)
        );
        assert_eq!(parse_moment("yesterday"), Err(MomentProblem::NotATime));
        assert_eq!(
            parse_moment("2022-13-15T18:00+09:00"),
            Err(MomentProblem::NotATime)
        );
    }
    #[test]
    fn local_input_forms() {
        assert_eq!(
            parse_local("2022-10-15T18:00"),
            Some(local(2022, 10, 15, 18, 0))
        );
        assert_eq!(
            parse_local("2022-10-15 18:00:00"),
            Some(local(2022, 10, 15, 18, 0))
        );
        assert_eq!(parse_local(""), None);
        assert_eq!(parse_local("18:00"), None);
    }
    #[test]
    fn local_time_in_kst() {
        let kst = Fixed {
            name: "Asia/Seoul".into(),
            offset: FixedOffset::east_opt(9 * 3600).unwrap_or(FixedOffset::east_opt(0).unwrap()),
        };
        let m = local_to_moment(local(2022, 10, 15, 18, 0), &kst);
        assert_eq!(m, t("2022-10-15T09:00:00Z"));
        assert_eq!(m.to_rfc3339(), "2022-10-15T18:00:00+09:00");
    }
    #[test]
    fn local_time_in_new_york_uses_the_offset_of_that_date() {
        let ny = named("America/New_York").expect("zone");
        // EDT in October 2022, EST in December.
        let oct = local_to_moment(local(2022, 10, 15, 5, 0), &ny);
        assert_eq!(oct.to_rfc3339(), "2022-10-15T05:00:00-04:00");
        let dec = local_to_moment(local(2022, 12, 1, 5, 0), &ny);
        assert_eq!(dec.to_rfc3339(), "2022-12-01T05:00:00-05:00");
    }
    #[test]
    fn local_input_round_trips() {
        let ny = named("America/New_York").expect("zone");
        let m = t("2022-10-15T18:00:00+09:00");
        assert_eq!(to_local_input(&m, &ny), "2022-10-15T05:00");
        let back = parse_local(&to_local_input(&m, &ny)).map(|l| local_to_moment(l, &ny));
        assert_eq!(back, Some(m));
    }
    #[test]
    fn around_each_state() {
        let ivs = vec![
            iv(
                Level::Outage,
                "2022-10-15T15:30:00+09:00",
                Some("2022-10-15T18:00:00+09:00"),
            ),
            iv(
                Level::Degraded,
                "2022-10-15T20:00:00+09:00",
                Some("2022-10-16T01:00:00+09:00"),
            ),
        ];
        let at = t("2022-10-15T16:00:00+09:00");
        let hit = FunctionState::Hit {
            level: Level::Outage,
            interval: 0,
        };
        assert_eq!(around(&ivs, hit, &at), Around::In(&ivs[0]));
        let before = t("2022-10-15T12:00:00+09:00");
        assert_eq!(
            around(&ivs, FunctionState::Working, &before),
            Around::Before(ivs[0].from)
        );
        let gap = t("2022-10-15T19:00:00+09:00");
        assert_eq!(
            around(&ivs, FunctionState::Gap, &gap),
            Around::Between(t("2022-10-15T18:00:00+09:00"), ivs[1].from)
        );
        let after = t("2022-10-16T03:00:00+09:00");
        assert_eq!(
            around(&ivs, FunctionState::Working, &after),
            Around::After(t("2022-10-16T01:00:00+09:00"))
        );
        assert_eq!(
            around(&ivs, FunctionState::Outside, &after),
            Around::Outside
        );
    }
    #[test]
    fn length_of_closed_and_open_intervals() {
        let until = t("2022-10-16T15:30:00+09:00");
        let closed = iv(
            Level::Outage,
            "2022-10-15T15:30:00+09:00",
            Some("2022-10-16T01:31:00+09:00"),
        );
        assert_eq!(length(&closed, &until), (Duration::minutes(601), false));
        let open = iv(Level::Outage, "2022-10-16T15:00:00+09:00", None);
        assert_eq!(length(&open, &until), (Duration::minutes(30), true));
        let late = iv(Level::Outage, "2022-10-17T00:00:00+09:00", None);
        assert_eq!(length(&late, &until), (Duration::zero(), true));
    }
    #[test]
    fn union_merges_overlaps_and_touching_spans() {
        let a = t("2022-10-15T10:00:00Z");
        let h = |n: i64| a + Duration::hours(n);
        assert_eq!(union_length(&mut []), Duration::zero());
        assert_eq!(
            union_length(&mut [(h(0), h(2)), (h(1), h(3))]),
            Duration::hours(3)
        );
        assert_eq!(
            union_length(&mut [(h(2), h(3)), (h(0), h(2))]),
            Duration::hours(3)
        );
        assert_eq!(
            union_length(&mut [(h(0), h(1)), (h(2), h(3))]),
            Duration::hours(2)
        );
        assert_eq!(
            union_length(&mut [(h(0), h(5)), (h(1), h(2))]),
            Duration::hours(5)
        );
    }

    #[test]
    fn fully_down_needs_every_function_and_any_function_down_one() {
        // Talk's text is out 15:30–01:31; its media goes out only at 18:00 (and stays so
        // until 01:31): one function down for 10 h 01 m, the whole service for 7 h 31 m.
        let inc = crate::incident::fixtures::mini();
        let mut talk = inc.services[0].clone();
        talk.functions[1].status = vec![inc.services[0].functions[0].status[0].clone()];
        talk.functions[1].status[0].from = t("2022-10-15T18:00:00+09:00");
        let until = &inc.covers.to;
        assert_eq!(any_function_down(&talk, until), Duration::minutes(601));
        assert_eq!(fully_down(&talk, until), Duration::minutes(451));
        // With one function they are the same.
        let late = &inc.services[3];
        assert_eq!(fully_down(late, until), any_function_down(late, until));
    }
}
