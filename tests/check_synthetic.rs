//! The check on a synthetic incident of the bench's size (1,000 services, 20,000 events): the
//! answers must be right at that size, found by id, name and alias. Not timed here (the bench,
//! `scripts/bench.mjs`, measures the browser); this guards correctness at scale.

use incident_explainer::data;
use incident_explainer::incident::names::{find_service, Index};
use incident_explainer::incident::status::{ask, UnknownWhy, Verdict};
use incident_explainer::incident::{catalog, Incident};
use serde_json::{json, Value};

const SERVICES: usize = 1000;
const EVENTS: usize = 20_000;

/// Service `i`: function `a` out from hour `i % 24` for 5 hours then restored; function `b`
/// degraded over the same hours. Hours count from 2030-01-01 00:00 KST.
fn kst(hour: usize, minute: usize) -> String {
    format!(
        "2030-01-{:02}T{:02}:{:02}:00+09:00",
        1 + hour / 24,
        hour % 24,
        minute
    )
}

/// Built once for all the tests of this file (validating 20,000 events takes a while in a
/// debug build).
fn synthetic() -> &'static Incident {
    static INCIDENT: std::sync::OnceLock<Incident> = std::sync::OnceLock::new();
    INCIDENT.get_or_init(build)
}

fn build() -> Incident {
    let text = |ko: String, en: String| json!({ "ko": ko, "en": en });
    let services: Vec<Value> = (0..SERVICES)
        .map(|i| {
            let h = i % 24;
            let status = |level: &str| {
                json!([
                    { "level": level, "from": kst(h, 0), "to": kst(h + 5, 0), "sources": ["s"] },
                    { "level": "restored", "from": kst(h + 5, 0), "sources": ["s"] }
                ])
            };
            json!({
                "id": format!("svc-{i:04}"),
                "name": text(format!("서비스 {i}"), format!("Service {i}")),
                "aliases": [format!("s{i}")],
                "operator": if i % 2 == 0 { "even" } else { "odd" },
                "category": "other",
                "sources": ["s"],
                "functions": [
                    { "id": "a", "name": text("가".into(), "A".into()), "status": status("outage") },
                    { "id": "b", "name": text("나".into(), "B".into()), "status": status("degraded") }
                ]
            })
        })
        .collect();
    let events: Vec<Value> = (0..EVENTS)
        .map(|i| {
            json!({
                "id": format!("ev-{i:05}"),
                "at": kst((i * 48) / EVENTS, (i * 7) % 60),
                "kind": "outage",
                "title": text(format!("사건 {i}"), format!("Event {i}")),
                "services": [format!("svc-{:04}", i % SERVICES)],
                "sources": ["s"]
            })
        })
        .collect();
    let file = json!({
        "format_version": 1,
        "incident": {
            "id": "synthetic", "title": text("합성".into(), "Synthetic".into()),
            "summary": text("합성 장애".into(), "Synthetic outage".into()),
            "time_zone": { "name": "Asia/Seoul", "abbr": "KST", "offset": "+09:00" },
            "start": kst(0, 0), "end": kst(48, 0), "as_of": kst(72, 0), "sources": ["s"]
        },
        "sources": [{ "id": "s", "publisher": "Bench", "title": "Synthetic", "url": "https://example.org/", "date": "2030-01-05" }],
        "operators": [
            { "id": "even", "name": text("짝".into(), "Even".into()) },
            { "id": "odd", "name": text("홀".into(), "Odd".into()) }
        ],
        "services": services,
        "events": events
    });
    data::parse(&file.to_string())
        .unwrap_or_else(|e| panic!("synthetic incident invalid: {:?}", &e[..e.len().min(5)]))
}

fn verdict(inc: &Incident, service: &str, function: Option<&str>, at: &str) -> Option<Verdict> {
    ask(inc, service, function, at).answer.map(|a| a.verdict)
}

#[test]
fn the_synthetic_incident_has_the_bench_size() {
    let inc = synthetic();
    assert_eq!(inc.services.len(), SERVICES);
    assert_eq!(inc.events.len(), EVENTS);
}

#[test]
fn checks_at_scale_are_right_for_every_kind_of_name_and_time() {
    let inc = synthetic();
    // Service 500: hours 20..25 (20:00 on 1 Jan to 01:00 on 2 Jan).
    let inside = "2030-01-01T21:00:00+09:00";
    for name in [
        "svc-0500",
        "Service 500",
        "서비스 500",
        "s500",
        "SERVICE500",
    ] {
        assert_eq!(find_service(inc, name), Some(500), "{name}");
        assert_eq!(
            verdict(inc, name, None, inside),
            Some(Verdict::PartiallyAffected),
            "{name}"
        );
        assert_eq!(
            verdict(inc, name, Some("a"), inside),
            Some(Verdict::Affected),
            "{name}"
        );
    }
    // The same moment in UTC.
    assert_eq!(
        verdict(inc, "svc-0500", Some("a"), "2030-01-01T12:00:00Z"),
        Some(Verdict::Affected)
    );
    // Edges: from inside, to outside (then restored).
    assert_eq!(
        verdict(inc, "svc-0500", Some("a"), &kst(20, 0)),
        Some(Verdict::Affected)
    );
    assert_eq!(
        verdict(inc, "svc-0500", None, &kst(25, 0)),
        Some(Verdict::NotAffected)
    );
    assert_eq!(
        verdict(inc, "svc-0500", None, "2030-01-01T19:59:00+09:00"),
        Some(Verdict::NotAffected)
    );
    // Every service at the start of its own outage.
    for i in (0..SERVICES).step_by(37) {
        let id = format!("svc-{i:04}");
        assert_eq!(
            verdict(inc, &id, Some("a"), &kst(i % 24, 0)),
            Some(Verdict::Affected),
            "{id}"
        );
        assert_eq!(
            verdict(inc, &id, Some("b"), &kst(i % 24, 0)),
            Some(Verdict::PartiallyAffected),
            "{id}"
        );
    }
    // Unknowns.
    assert_eq!(
        verdict(inc, "svc-1000", None, inside),
        Some(Verdict::Unknown(UnknownWhy::NoSuchService))
    );
    assert_eq!(
        verdict(inc, "svc-0500", Some("c"), inside),
        Some(Verdict::Unknown(UnknownWhy::NoSuchFunction))
    );
    assert_eq!(
        verdict(inc, "svc-0500", None, "2029-12-31T00:00:00+09:00"),
        Some(Verdict::Unknown(UnknownWhy::OutsideCoverage))
    );
}

#[test]
fn suggestions_and_groups_at_scale() {
    let inc = synthetic();
    let index = Index::new(inc);
    // "s50" is alias s50 exactly, then s500..s509 by prefix.
    let found = index.suggest("s50", 3);
    assert_eq!(found, vec![50, 500, 501]);
    assert_eq!(
        index.filter("Service 99").iter().filter(|m| **m).count(),
        11
    ); // 99, 990..999
    let groups = catalog::groups(inc, &index.filter(""));
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0].services.len(), 500);
    let (page, hidden) = catalog::take(&groups, 60);
    assert_eq!(
        (page.iter().map(|g| g.services.len()).sum::<usize>(), hidden),
        (60, 940)
    );
}
