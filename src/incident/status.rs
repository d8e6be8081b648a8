//! Status at a moment, and the verdict of the "was I affected?" check.
//!
//! Semantics, for one function of a service at moment `t` (all intervals half-open):
//! - `t` outside what the incident data covers: unknown (outside).
//! - `t` inside one of the function's intervals: that interval's level.
//! - `t` before the first interval: working (the data says when it went down).
//! - `t` after the last interval has ended: working again.
//! - `t` between two intervals that do not touch: unknown (the sources leave a gap).
//!
//! A service is *affected* when every function asked about was out, *partially affected* when
//! at least one was out or degraded, *not affected* when all were working, and *unknown*
//! otherwise. Times are compared as moments: 18:00 KST and 09:00 UTC are the same.

use super::model::{Incident, Interval, Level, Service, Time};
use chrono::Duration;

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
        iv.approximate && (near(&iv.from, t) || iv.to.as_ref().is_some_and(|to| near(to, t)))
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
    let verdict = if functions.is_empty() {
        Verdict::Unknown(UnknownWhy::NotStated)
    } else if out == functions.len() {
        Verdict::Affected
    } else if out + degraded > 0 {
        Verdict::PartiallyAffected
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
/// open-ended interval up to `until` (the end of what the data covers).
pub fn time_at_least(service: &Service, min_level: Level, until: &Time) -> Duration {
    let mut spans: Vec<(Time, Time)> = service
        .functions
        .iter()
        .flat_map(|f| f.status.iter())
        .filter(|iv| iv.level >= min_level && iv.level != Level::Restored)
        .map(|iv| (iv.from, iv.to.unwrap_or(*until).max(iv.from)))
        .collect();
    union_length(&mut spans)
}

/// The length of the union of the spans.
pub fn union_length(spans: &mut [(Time, Time)]) -> Duration {
    spans.sort();
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
