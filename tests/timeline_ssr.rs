#![cfg(not(target_arch = "wasm32"))]
//! Server-rendering tests of the timeline view: events in order with their times, offsets,
//! kinds, services, sources and disputes; day headings in both languages; filters reflected
//! from the URL; the deep-link target; the status chart's rows and its list equivalent.
//!
//! Tests on the built-in incident assert what holds for any correct data file; exact
//! expectations use a small incident of their own, rendered with the view alone.

mod common;
use common::{builtin, render, render_in};
use incident_explainer::components::timeline::view::TimelineView;
use incident_explainer::hooks::Ctx;
use incident_explainer::i18n::{format, Locale};
use incident_explainer::incident::timeline::{affected_services, group_by_day, since_start};
use incident_explainer::incident::zone::{named, Fixed};
use incident_explainer::incident::{EventKind, Incident};
use incident_explainer::route::{self, TimelineQuery};
use std::rc::Rc;
use yew::prelude::*;

/// The HTML of each event, by id, in page order.
fn event_blocks(html: &str) -> Vec<(String, String)> {
    html.split(r#"<li id="ev-"#)
        .skip(1)
        .map(|chunk| {
            let id = chunk.split('"').next().unwrap_or_default().to_string();
            (id, chunk.to_string())
        })
        .collect()
}

fn block<'a>(blocks: &'a [(String, String)], id: &str) -> &'a str {
    blocks
        .iter()
        .find(|(i, _)| i == id)
        .map(|(_, b)| b.as_str())
        .unwrap_or_else(|| panic!("no event {id} on the page"))
}

/// Whether the toggle button labelled `label` is pressed (attribute order is yew's).
fn pressed(html: &str, label: &str) -> Option<bool> {
    let end = html.find(&format!(">{label}</button>"))?;
    let tag = &html[html[..end].rfind("<button")?..end];
    Some(tag.contains(r#"aria-pressed="true""#))
}

fn kst(inc: &Incident) -> Fixed {
    Fixed {
        name: inc.zone.name.clone(),
        offset: inc.zone.offset,
    }
}

/// Text as yew writes it into HTML.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[tokio::test]
async fn every_event_in_time_order() {
    let inc = builtin();
    let html = render("#/timeline?lang=en").await;
    let on_page: Vec<String> = event_blocks(&html).into_iter().map(|(id, _)| id).collect();
    let mut expected: Vec<&incident_explainer::incident::Event> = inc.events.iter().collect();
    expected.sort_by_key(|e| e.at);
    let expected: Vec<String> = expected.iter().map(|e| e.id.clone()).collect();
    assert_eq!(on_page, expected);
}

#[tokio::test]
async fn events_are_focusable_targets() {
    let html = render("#/timeline").await;
    for (id, b) in event_blocks(&html) {
        assert!(
            b.starts_with(&format!(r#"{id}" tabindex="-1""#)),
            "{id}: {}",
            &b[..80.min(b.len())]
        );
    }
}

#[tokio::test]
async fn day_headings_in_both_languages() {
    let inc = builtin();
    let all: Vec<usize> = (0..inc.events.len()).collect();
    let days = group_by_day(&inc, &all, &kst(&inc));
    assert!(days.len() > 3, "only {} days", days.len());
    for lang in Locale::ALL {
        let html = render(&format!("#/timeline?lang={}", lang.code())).await;
        assert_eq!(
            html.matches(r#"class="ie-tl-day-title""#).count(),
            days.len(),
            "{lang:?}"
        );
        for d in &days {
            assert!(
                html.contains(&format::date(lang, d.date)),
                "{lang:?}: {}",
                d.date
            );
        }
    }
    assert!(render("#/timeline?lang=ko")
        .await
        .contains("2022년 10월 15일 (토)"));
    assert!(render("#/timeline?lang=en")
        .await
        .contains("Sat 15 Oct 2022"));
}

#[tokio::test]
async fn each_event_has_kind_offset_sources_and_service_links() {
    let inc = builtin();
    let t = Locale::En.timeline();
    let html = render("#/timeline?lang=en").await;
    let blocks = event_blocks(&html);
    for e in &inc.events {
        let b = block(&blocks, &e.id);
        let since = format::since_start(Locale::En, since_start(&inc, &e.at));
        assert!(b.contains(&since), "{}: no {since}", e.id);
        assert!(
            b.contains(&format!("{}</span>", t.kind(e.kind))),
            "{}: kind",
            e.id
        );
        assert!(b.contains(r#"class="ie-sources""#), "{}: sources", e.id);
        assert!(
            b.contains(&format!(r#"datetime="{}""#, e.at.to_rfc3339())),
            "{}",
            e.id
        );
        for &s in &e.services {
            let href = format!(r##"href="#/services/{}?lang=en""##, inc.services[s].id);
            assert!(b.contains(&href), "{}: no link {href}", e.id);
        }
        assert_eq!(
            b.contains(r#"class="ie-approx""#),
            e.approximate,
            "{}: approx",
            e.id
        );
    }
}

#[tokio::test]
async fn times_in_kst_and_in_new_york() {
    let inc = builtin();
    let html = render("#/timeline?lang=en").await;
    let blocks = event_blocks(&html);
    let fire = inc
        .events
        .iter()
        .find(|e| e.id == "fire-starts")
        .expect("fire-starts in the data");
    let b = block(&blocks, &fire.id);
    // 15:19 KST on 15 Oct is 02:19 EDT the same day.
    assert!(b.contains("15:19"), "{b}");
    assert!(b.contains("Sat 15 Oct, 02:19"), "{b}");
    assert!(b.contains("UTC−04:00"), "{b}");
}

#[tokio::test]
async fn disputed_events_show_every_account_with_its_sources() {
    let inc = builtin();
    let html = render("#/timeline?lang=en").await;
    let blocks = event_blocks(&html);
    let disputed: Vec<_> = inc.events.iter().filter(|e| e.dispute.is_some()).collect();
    assert!(!disputed.is_empty());
    for e in disputed {
        let b = block(&blocks, &e.id);
        let d = &inc.disputes[e.dispute.unwrap_or_default()];
        assert!(b.contains("Sources disagree"), "{}", e.id);
        assert!(b.contains(&esc(&d.topic.en)), "{}", e.id);
        for a in &d.alternatives {
            assert!(b.contains(&esc(&a.value.en)), "{}: {}", e.id, a.value.en);
        }
    }
}

#[tokio::test]
async fn filters_are_read_from_the_url() {
    let inc = builtin();
    let html = render("#/timeline?service=kakaotalk&kind=recovery&lang=en").await;
    let talk = inc
        .service_by_id("kakaotalk")
        .expect("kakaotalk in the data");
    let expected = inc
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Recovery && e.services.contains(&talk))
        .count();
    assert!(expected > 0);
    assert_eq!(event_blocks(&html).len(), expected);
    assert!(
        html.contains(r#"<option value="kakaotalk" selected"#),
        "select"
    );
    assert_eq!(pressed(&html, "Recovery"), Some(true));
    assert_eq!(pressed(&html, "Outage"), Some(false));
    assert!(html.contains(&format!(
        "Showing {expected} of {} events",
        inc.events.len()
    )));
    assert!(html.contains(r##"href="#/timeline?lang=en">Show all</a>"##));
}

#[tokio::test]
async fn a_service_named_in_korean_filters_too() {
    let a = render("#/timeline?service=%EC%B9%B4%ED%86%A1").await;
    let b = render("#/timeline?service=kakaotalk").await;
    assert_eq!(event_blocks(&a).len(), event_blocks(&b).len());
}

#[tokio::test]
async fn unknown_filter_values_are_named_not_silently_dropped() {
    let html = render("#/timeline?service=nosuch&kind=gossip&lang=en").await;
    assert!(html.contains("There is no service “nosuch”"), "service");
    assert!(html.contains("Unknown kinds, ignored: gossip"), "kinds");
    assert_eq!(event_blocks(&html).len(), builtin().events.len());
}

#[tokio::test]
async fn deep_link_target_is_marked() {
    let inc = builtin();
    let e = &inc.events[inc.events.len() / 2];
    let html = render(&format!("#/timeline/{}?lang=en", e.id)).await;
    let marked: Vec<String> = event_blocks(&html)
        .into_iter()
        .filter(|(_, b)| {
            b.split('>')
                .next()
                .unwrap_or_default()
                .contains(r#"aria-current="true""#)
        })
        .map(|(id, _)| id)
        .collect();
    assert_eq!(marked, std::slice::from_ref(&e.id));
}

#[tokio::test]
async fn deep_link_survives_filters_that_leave_it_out() {
    let html = render("#/timeline/fire-starts?kind=compensation&lang=en").await;
    assert!(html.contains(r#"<li id="ev-fire-starts""#));
}

#[tokio::test]
async fn unknown_event_says_so_and_shows_everything() {
    let html = render("#/timeline/no-such-event?lang=en").await;
    assert!(
        html.contains("There is no event “no-such-event” in this data."),
        "message"
    );
    assert_eq!(event_blocks(&html).len(), builtin().events.len());
    let ko = render("#/timeline/no-such-event").await;
    assert!(ko.contains("“no-such-event” 사건은 이 데이터에 없습니다"));
}

#[tokio::test]
async fn chart_has_one_row_per_affected_service() {
    let inc = builtin();
    let affected = affected_services(&inc);
    assert!(
        affected.len() > 1,
        "the built-in data should hit several services"
    );
    let html = render("#/timeline").await;
    assert_eq!(
        html.matches(r#"data-chart-row="service""#).count(),
        affected.len()
    );
    assert_eq!(html.matches(r#"data-chart-row="function""#).count(), 0);
    for s in affected {
        let id = &inc.services[s].id;
        assert!(
            html.contains(&format!(r#"data-chart-row="service" data-service="{id}""#)),
            "{id}"
        );
    }
}

#[tokio::test]
async fn chart_rows_with_several_functions_expand_by_button() {
    let inc = builtin();
    let several = affected_services(&inc)
        .into_iter()
        .filter(|&s| inc.services[s].functions.len() > 1)
        .count();
    let html = render("#/timeline").await;
    assert_eq!(html.matches(r#"aria-expanded="false""#).count(), several);
}

#[tokio::test]
async fn chart_has_a_legend_axis_and_patterned_levels() {
    let html = render("#/timeline?lang=en").await;
    for s in [
        r#"<pattern id="ie-hatch""#,
        r#"<pattern id="ie-dots""#,
        "ie-bar ie-bar-unknown",
        "Not known (after the last report)",
        "ie-bar ie-bar-outage",
        "ie-bar ie-bar-degraded",
        "ie-bar ie-bar-restored",
        r#"class="ie-chart-axis""#,
        ">Down<",
        ">Degraded<",
        "Degraded or partly down",
        ">Restored<",
        "Whole incident (first day enlarged)",
        "First 12 h",
    ] {
        assert!(html.contains(s), "missing {s}");
    }
    // In a tag, not in text (the share panel shows the embed snippet's `style` as text).
    assert!(
        !html
            .split('<')
            .any(|tag| tag.split('>').next().unwrap_or("").contains(" style=")),
        "inline styles are blocked by the CSP"
    );
}

#[tokio::test]
async fn chart_list_equivalent_names_every_interval() {
    let inc = builtin();
    let affected = affected_services(&inc);
    let html = render("#/timeline?lang=en").await;
    assert!(html.contains(r#"id="ie-chart-table""#));
    assert_eq!(
        html.matches(r#"class="ie-chart-list-service""#).count(),
        affected.len()
    );
    let intervals: usize = affected
        .iter()
        .flat_map(|&s| inc.services[s].functions.iter())
        .map(|f| f.status.len())
        .sum();
    let list = html
        .split(r#"id="ie-chart-table""#)
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .unwrap_or_default();
    assert_eq!(list.matches("ie-badge ie-level-").count(), intervals);
    // Each stretch after a last report is said in words, not by pattern alone.
    let reported: usize = affected
        .iter()
        .flat_map(|&s| inc.services[s].functions.iter())
        .flat_map(|f| f.status.iter())
        .filter(|iv| iv.last_report.is_some())
        .count();
    assert!(reported > 0);
    assert_eq!(list.matches("data-unknown-after").count(), reported);
    assert_eq!(
        list.matches("not known after the last report").count(),
        reported
    );
}

#[tokio::test]
async fn cursor_marks_the_deep_linked_event() {
    let none = render("#/timeline").await;
    assert!(
        !none.contains("ie-chart-cursor\""),
        "no cursor without an event"
    );
    let html = render("#/timeline/kakao-services-down?lang=en").await;
    assert!(html.contains(r#"class="ie-chart-cursor""#));
    assert!(html.contains("Vertical line: "));
}

#[tokio::test]
async fn key_figures_show_the_duration_dispute() {
    let html = render("#/timeline?lang=en").await;
    assert!(html.contains("Key figures"));
    assert!(html.contains("127h30m") && html.contains("127h33m"));
    let n = affected_services(&builtin()).len();
    assert!(
        html.contains(&format!(r#"<dd class="ie-figure-value">{n}</dd>"#))
            || html.contains("services-hit")
    );
}

#[tokio::test]
async fn zone_switch_only_when_the_reader_is_elsewhere() {
    let ny = render("#/timeline?lang=en").await;
    assert!(ny.contains("Your time (America/New_York)"));
    let seoul = render_in("#/timeline?lang=en", "Asia/Seoul").await;
    assert!(!seoul.contains("Your time (Asia/Seoul)"));
    assert!(
        !seoul.contains("ie-when-reader"),
        "no second time in the same zone"
    );
    // Places kept for a reader's zone are the pre-renderer's only (render_cli.rs).
    assert!(!ny.contains("ie-zone-slot") && !seoul.contains("ie-zone-slot"));
}

// ----- A small incident of our own, rendered with the view alone -------------------------

#[derive(Properties, PartialEq)]
struct WithCtxProps {
    ctx: Ctx,
    route: route::Route,
    query: TimelineQuery,
}

#[function_component(WithCtx)]
fn with_ctx(props: &WithCtxProps) -> Html {
    html! {
        <ContextProvider<Ctx> context={props.ctx.clone()}>
            <ContextProvider<route::Route> context={props.route.clone()}>
                <TimelineView query={props.query.clone()} />
            </ContextProvider<route::Route>>
        </ContextProvider<Ctx>>
    }
}

const MINI: &str = r#"{
  "format_version": 1,
  "incident": {
    "id": "mini", "title": {"ko": "작은 장애", "en": "Mini outage"},
    "summary": {"ko": "요약", "en": "Summary"},
    "time_zone": {"name": "Asia/Seoul", "abbr": "KST", "offset": "+09:00"},
    "start": "2022-10-15T15:30:00+09:00", "end": "2022-10-16T03:30:00+09:00",
    "as_of": "2022-12-01T00:00:00+09:00", "sources": ["s1"]
  },
  "sources": [{"id": "s1", "publisher": "P", "title": "T", "url": "https://example.com/a", "date": "2022-10-16"}],
  "operators": [{"id": "op", "name": {"ko": "운영사", "en": "Op"}}],
  "services": [{"id": "talk", "name": {"ko": "톡", "en": "Talk"}, "operator": "op", "category": "messaging",
    "sources": ["s1"], "functions": [{"id": "text", "name": {"ko": "문자", "en": "Text"}, "status": [
      {"level": "outage", "from": "2022-10-15T15:30:00+09:00", "to": "2022-10-16T01:31:00+09:00", "sources": ["s1"]}]}]}],
  "events": [
    {"id": "back", "at": "2022-10-16T01:31:00+09:00", "kind": "recovery", "title": {"ko": "복구", "en": "Back"},
     "services": ["talk"], "sources": ["s1"]},
    {"id": "down", "at": "2022-10-15T15:30:00+09:00", "kind": "outage", "approximate": true,
     "title": {"ko": "중단", "en": "Down"}, "services": ["talk"], "sources": ["s1"]}
  ]
}"#;

async fn render_mini(hash: &str, zone: &str) -> String {
    let incident = incident_explainer::data::parse(MINI).unwrap_or_else(|e| panic!("{e:?}"));
    let route = route::parse(hash);
    let query = match &route.view {
        route::View::Timeline(q) => q.clone(),
        _ => TimelineQuery::default(),
    };
    let ctx = Ctx {
        locale: route.lang.unwrap_or_default(),
        incident: Rc::new(incident),
        lang: route.lang,
        now: common::now(),
        reader_zone: Rc::new(named(zone).unwrap_or_else(|| panic!("no zone {zone}"))),
    };
    yew::LocalServerRenderer::<WithCtx>::with_props(WithCtxProps { ctx, route, query })
        .render()
        .await
}

#[tokio::test]
async fn mini_offsets_durations_and_days() {
    let html = render_mini("#/timeline?lang=en", "America/New_York").await;
    let blocks = event_blocks(&html);
    let ids: Vec<&str> = blocks.iter().map(|(i, _)| i.as_str()).collect();
    assert_eq!(ids, ["down", "back"]);
    assert!(block(&blocks, "back").contains("+10 h 01 m"));
    assert!(block(&blocks, "down").contains("+0 m"));
    assert!(block(&blocks, "down").contains(r#"class="ie-approx""#));
    // Days in KST: 15 and 16 October.
    assert_eq!(html.matches(r#"class="ie-tl-day-title""#).count(), 2);
    // The list equivalent: one interval of 10 h 01 m.
    assert!(
        html.contains("Sat 15 Oct, 15:30 – Sun 16 Oct, 01:31 (10 h 01 m)"),
        "{html}"
    );
    // Computed key figures: 12 h, one service.
    assert!(html.contains(r#"<dd class="ie-figure-value">12 h 00 m</dd>"#));
    assert!(html.contains(r#"<dd class="ie-figure-value">1</dd>"#));
}

#[tokio::test]
async fn mini_in_new_york_both_events_share_one_local_day() {
    // 15:30 KST on the 15th and 01:31 KST on the 16th are 02:30 and 12:31 EDT on the 15th.
    let html = render_mini("#/timeline?lang=en", "America/New_York").await;
    assert!(html.contains("Sat 15 Oct, 02:30"), "{html}");
    assert!(html.contains("Sat 15 Oct, 12:31"), "{html}");
}

#[tokio::test]
async fn mini_korean() {
    let html = render_mini("#/timeline?lang=ko", "UTC").await;
    assert!(html.contains("+10시간 01분"));
    assert!(html.contains("2022년 10월 16일 (일)"));
    assert!(html.contains(">복구</span>"));
}
