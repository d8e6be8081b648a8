//! What an embedded (compact) view shows: the key moments of the timeline and the worst-hit
//! services. Pure: the views decide nothing but how to draw these.

use crate::incident::status::any_function_down;
use crate::incident::{EventKind, Incident};
use chrono::Duration;

/// The key moments: the first cause (however early), and from the incident's start on the
/// first outage and the first recovery, the all-clear (the last recovery by the incident's
/// end) and the last event; plus `keep` (a deep-linked event). Event indexes in time order,
/// without repeats.
pub fn key_moments(incident: &Incident, keep: Option<usize>) -> Vec<usize> {
    let events = &incident.events;
    let all = || 0..events.len();
    let from_start = |k: EventKind| {
        all().filter(move |&i| events[i].kind == k && events[i].at >= incident.start)
    };
    let by_end = |i: &usize| incident.end.is_none_or(|end| events[*i].at <= end);
    let mut out: Vec<usize> = Vec::new();
    out.extend(all().find(|&i| events[i].kind == EventKind::Cause));
    out.extend(from_start(EventKind::Outage).next());
    out.extend(from_start(EventKind::Recovery).next());
    out.extend(from_start(EventKind::Recovery).rfind(by_end));
    out.extend(all().rev().find(|&i| events[i].at >= incident.start));
    out.extend(keep.filter(|&i| i < events.len()));
    out.sort_unstable();
    out.dedup();
    out
}

/// The `n` services down longest (at least one function out), longest first, with that time;
/// services never down are left out.
pub fn worst_hit(incident: &Incident, n: usize) -> Vec<(usize, Duration)> {
    let until = &incident.covers.to;
    let mut all: Vec<(usize, Duration)> = incident
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| (i, any_function_down(s, until)))
        .filter(|(_, d)| *d > Duration::zero())
        .collect();
    // Longest first; equal times keep the data's order.
    all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    all.truncate(n);
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::fixtures::{ev, ids, mini, mini_with};
    use serde_json::json;

    #[test]
    fn key_moments_are_the_cause_the_first_outage_and_recovery_the_all_clear_and_the_last() {
        let inc = mini_with(
            vec![
                ev("background", "2022-10-04T11:30:00+09:00", "outage", &[]),
                ev("fire", "2022-10-15T15:19:00+09:00", "cause", &[]),
                ev("down", "2022-10-15T15:31:00+09:00", "outage", &[]),
                ev("down-too", "2022-10-15T15:40:00+09:00", "outage", &[]),
                ev("notice", "2022-10-15T16:10:00+09:00", "statement", &[]),
                ev("back-1", "2022-10-16T01:31:00+09:00", "recovery", &[]),
                ev("back-2", "2022-10-17T01:31:00+09:00", "recovery", &[]),
                ev("back-all", "2022-10-20T23:00:00+09:00", "recovery", &[]),
                ev("later-login", "2022-10-31T12:00:00+09:00", "recovery", &[]),
                ev("paid", "2022-10-21T12:00:00+09:00", "compensation", &[]),
                ev("settled", "2023-06-30T12:00:00+09:00", "compensation", &[]),
            ],
            json!([]),
        );
        let ix = |id: &str| inc.events.iter().position(|e| e.id == id);
        assert_eq!(
            ids(&inc, &key_moments(&inc, None)),
            ["fire", "down", "back-1", "back-all", "settled"]
        );
        // A deep-linked event joins them, in its place.
        assert_eq!(
            ids(&inc, &key_moments(&inc, ix("back-2"))),
            ["fire", "down", "back-1", "back-2", "back-all", "settled"]
        );
    }

    #[test]
    fn the_builtin_incident_has_a_handful_of_key_moments() {
        let inc = crate::data::builtin().expect("built-in incident");
        let n = key_moments(&inc, None).len();
        assert!(
            (4..=7).contains(&n),
            "{n} key moments of {}",
            inc.events.len()
        );
    }

    #[test]
    fn worst_hit_is_longest_first_and_leaves_out_the_unhurt() {
        let inc = mini();
        let worst = worst_hit(&inc, 100);
        assert!(!worst.is_empty());
        assert!(worst.windows(2).all(|w| w[0].1 >= w[1].1));
        assert!(worst.iter().all(|(_, d)| *d > Duration::zero()));
        assert_eq!(worst_hit(&inc, 1), worst[..1]);
    }
}
