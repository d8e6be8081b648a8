//! Incidents for the domain's tests (and the tests of the layers above it): a small incident
//! shaped like the built-in one, built as JSON and read through `crate::data`, and a few zones.
//!
//! Compiled for tests only.

use super::model::{Incident, Time};
use super::zone::{named, Fixed, Posix};
use chrono::{DateTime, FixedOffset};
use serde_json::json;

pub(crate) fn t(s: &str) -> Time {
    DateTime::parse_from_rfc3339(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}
pub(crate) fn text(s: &str) -> serde_json::Value {
    json!({ "ko": format!("{s} (ko)"), "en": s })
}
pub(crate) fn iv(level: &str, from: &str, to: Option<&str>) -> serde_json::Value {
    json!({ "level": level, "from": from, "to": to, "sources": ["s1"] })
}
pub(crate) fn ev(id: &str, at: &str, kind: &str, services: &[&str]) -> serde_json::Value {
    json!({ "id": id, "at": at, "kind": kind, "title": text(id), "services": services, "sources": ["s1"] })
}
/// A small incident shaped like the built-in one: KST, 15:30 on 15 Oct to 23:00 on 20 Oct.
pub(crate) fn mini_with(events: Vec<serde_json::Value>, figures: serde_json::Value) -> Incident {
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
pub(crate) fn mini() -> Incident {
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
pub(crate) fn ids(inc: &Incident, idx: &[usize]) -> Vec<String> {
    idx.iter().map(|&i| inc.events[i].id.clone()).collect()
}
pub(crate) fn kst() -> Fixed {
    Fixed {
        name: "Asia/Seoul".into(),
        offset: FixedOffset::east_opt(9 * 3600).unwrap(),
    }
}
pub(crate) fn zone(name: &str) -> Posix {
    named(name).unwrap_or_else(|| panic!("no zone {name}"))
}
