//! How long the trouble went on from the moment a reader asked about: for each function that
//! was down or degraded then, the end of the run of back-to-back outage and degraded intervals
//! it was in; over a check's answer, the soonest and the latest of those ends. The checker's
//! first screen says it in one sentence. Pure: no browser, no clock.

use super::model::{Interval, Level, Service, Time};
use super::status::{CheckAnswer, FunctionState};

/// When the trouble a function was in (interval `idx`) ended: the end of the last of the
/// back-to-back outage or degraded intervals from `idx` on, and whether the sources give it only
/// roughly; `None` when they do not say (an open end, or a gap after it).
pub fn trouble_end(intervals: &[Interval], idx: usize) -> Option<(Time, bool)> {
    let mut i = idx;
    loop {
        let iv = intervals.get(i)?;
        let to = iv.to?;
        match intervals.get(i + 1) {
            Some(next) if next.from == to && next.level != Level::Restored => i += 1,
            _ => return Some((to, iv.approximate)),
        }
    }
}

/// One function's end of trouble.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct End {
    /// Index into the service's functions.
    pub function: usize,
    pub at: Time,
    pub approximate: bool,
}

/// How long the trouble went on from the moment asked, over the functions hit then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lasted {
    /// The function back first (the first in data order among equals).
    pub soonest: Option<End>,
    /// The function back last (the first in data order among equals).
    pub latest: Option<End>,
    /// Functions hit then whose end the sources do not give.
    pub open: usize,
    /// Functions hit then.
    pub hit: usize,
}

/// How long the trouble went on after the moment of `answer`, or `None` when nothing of
/// `service` was down or degraded then.
pub fn lasted(service: &Service, answer: &CheckAnswer) -> Option<Lasted> {
    let mut out = Lasted {
        soonest: None,
        latest: None,
        open: 0,
        hit: 0,
    };
    for f in &answer.functions {
        let FunctionState::Hit { level, interval } = f.state else {
            continue;
        };
        if level == Level::Restored {
            continue;
        }
        out.hit += 1;
        let Some(func) = service.functions.get(f.function) else {
            continue;
        };
        match trouble_end(&func.status, interval) {
            None => out.open += 1,
            Some((at, approximate)) => {
                let end = End {
                    function: f.function,
                    at,
                    approximate,
                };
                if out.soonest.is_none_or(|s| at < s.at) {
                    out.soonest = Some(end);
                }
                if out.latest.is_none_or(|l| at > l.at) {
                    out.latest = Some(end);
                }
            }
        }
    }
    (out.hit > 0).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::status::check;

    const FILE: &str = r#"{"format_version":1,
      "incident":{"id":"t","title":{"ko":"시험","en":"Test"},"summary":{"ko":"요약","en":"Summary"},
        "time_zone":{"name":"Asia/Seoul","abbr":"KST","offset":"+09:00"},
        "start":"2022-10-15T15:30:00+09:00","as_of":"2022-10-20T00:00:00+09:00","sources":["s"]},
      "sources":[{"id":"s","publisher":"P","title":"T","url":"https://example.org/","date":"2022-10-16"}],
      "operators":[{"id":"k","name":{"ko":"카카오","en":"Kakao"}}],
      "services":[
        {"id":"chat","name":{"ko":"채팅","en":"Chat"},"operator":"k","category":"messaging","sources":["s"],
         "functions":[
          {"id":"text","name":{"ko":"문자","en":"Text"},"status":[
            {"level":"outage","from":"2022-10-15T15:30:00+09:00","to":"2022-10-16T01:30:00+09:00","approximate":true,"sources":["s"]},
            {"level":"degraded","from":"2022-10-16T01:30:00+09:00","to":"2022-10-16T07:00:00+09:00","sources":["s"]},
            {"level":"restored","from":"2022-10-16T07:00:00+09:00","sources":["s"]}]},
          {"id":"photos","name":{"ko":"사진","en":"Photos"},"status":[
            {"level":"outage","from":"2022-10-15T15:30:00+09:00","to":"2022-10-15T20:00:00+09:00","approximate":true,"sources":["s"]}]},
          {"id":"pc","name":{"ko":"PC","en":"PC"},"status":[
            {"level":"outage","from":"2022-10-15T15:30:00+09:00","sources":["s"]}]},
          {"id":"gap","name":{"ko":"틈","en":"Gap"},"status":[
            {"level":"outage","from":"2022-10-15T15:30:00+09:00","to":"2022-10-15T17:00:00+09:00","sources":["s"]},
            {"level":"degraded","from":"2022-10-15T19:00:00+09:00","to":"2022-10-15T21:00:00+09:00","sources":["s"]}]},
          {"id":"fine","name":{"ko":"정상","en":"Fine"},"status":[]}]}
      ]}"#;

    fn inc() -> crate::incident::Incident {
        crate::data::parse(FILE).unwrap_or_else(|e| panic!("{e:?}"))
    }
    fn t(s: &str) -> Time {
        crate::incident::status::parse_moment(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
    }

    #[test]
    fn a_run_of_outage_then_degraded_ends_where_it_is_back() {
        let inc = inc();
        let text = &inc.services[0].functions[0].status;
        assert_eq!(
            trouble_end(text, 0),
            Some((t("2022-10-16T07:00:00+09:00"), false))
        );
        assert_eq!(
            trouble_end(text, 1),
            Some((t("2022-10-16T07:00:00+09:00"), false))
        );
        // An open end: not said.
        assert_eq!(trouble_end(&inc.services[0].functions[2].status, 0), None);
        // Not back to back: the first run ends at its own end.
        let gap = &inc.services[0].functions[3].status;
        assert_eq!(
            trouble_end(gap, 0),
            Some((t("2022-10-15T17:00:00+09:00"), false))
        );
        assert_eq!(trouble_end(gap, 9), None);
    }
    #[test]
    fn over_an_answer_the_soonest_and_the_latest_end() {
        let inc = inc();
        let a = check(&inc, Some(0), None, &t("2022-10-15T16:00:00+09:00"));
        let l = lasted(&inc.services[0], &a).unwrap_or_else(|| panic!("hit"));
        assert_eq!(l.hit, 4);
        assert_eq!(l.open, 1);
        let soonest = l.soonest.unwrap_or_else(|| panic!("soonest"));
        assert_eq!(
            (soonest.function, soonest.at),
            (3, t("2022-10-15T17:00:00+09:00"))
        );
        let latest = l.latest.unwrap_or_else(|| panic!("latest"));
        assert_eq!(
            (latest.function, latest.at),
            (0, t("2022-10-16T07:00:00+09:00"))
        );
        // One function asked about.
        let a = check(
            &inc,
            Some(0),
            Some("photos"),
            &t("2022-10-15T16:00:00+09:00"),
        );
        let l = lasted(&inc.services[0], &a).unwrap_or_else(|| panic!("hit"));
        assert_eq!(l.soonest, l.latest);
        assert!(l.soonest.is_some_and(|e| e.approximate));
    }
    #[test]
    fn nothing_hit_is_none() {
        let inc = inc();
        let a = check(&inc, Some(0), None, &t("2022-10-15T15:00:00+09:00"));
        assert_eq!(lasted(&inc.services[0], &a), None);
        let a = check(&inc, Some(0), Some("fine"), &t("2022-10-15T16:00:00+09:00"));
        assert_eq!(lasted(&inc.services[0], &a), None);
    }
}
