//! Helpers shared by the native test files: the built-in incident, and rendering the whole
//! widget (or one component inside the context) to HTML with yew's server renderer at a given
//! route, in a fixed zone and moment.
#![allow(dead_code)]

use chrono::DateTime;
use incident_explainer::hooks::Ctx;
use incident_explainer::incident::zone::{self, ZoneRule};
use incident_explainer::incident::{Incident, Time};
use incident_explainer::{route, App, AppProps};
use std::rc::Rc;
use yew::prelude::*;

/// The claimant groups the built-in incident must have (issue 6).
pub const CLAIMANT_GROUPS: [&str; 9] = [
    "free-users",
    "paid-subscribers",
    "kakao-t-pro-drivers",
    "kakao-t-blue-drivers",
    "kakao-t-black-venti-drivers",
    "designated-drivers",
    "small-businesses",
    "bike-kickboard-users",
    "upbit-users",
];

pub fn builtin() -> Incident {
    incident_explainer::data::builtin().unwrap_or_else(|errors| {
        panic!(
            "built-in incident invalid: {}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

/// 2026-11-22 12:00 KST: the "today" of the tests.
pub fn now() -> Time {
    DateTime::parse_from_rfc3339("2026-11-22T12:00:00+09:00").expect("fixed test time")
}

pub fn t(s: &str) -> Time {
    DateTime::parse_from_rfc3339(s).unwrap_or_else(|e| panic!("bad test time {s}: {e}"))
}

pub fn zone_named(name: &str) -> Rc<dyn ZoneRule> {
    Rc::new(zone::named(name).unwrap_or_else(|| panic!("no zone {name}")))
}

/// Renders the widget at `hash` (e.g. `#/check?service=카톡&lang=en`), reader in `zone`.
pub async fn render_in(hash: &str, zone: &str) -> String {
    let props = AppProps {
        route: route::parse(hash),
        preferred: Rc::new(vec!["ko-KR".to_string()]),
        now: now(),
        reader_zone: zone_named(zone),
        src: None,
        theme: Default::default(),
        incident: None,
        on_settled: Default::default(),
        embed: Default::default(),
        place: Default::default(),
    };
    yew::LocalServerRenderer::<App>::with_props(props)
        .render()
        .await
}

/// Renders the widget at `hash` for a reader in New York.
pub async fn render(hash: &str) -> String {
    render_in(hash, "America/New_York").await
}

/// A component rendered inside the `Ctx` and `Route` providers, as the `App` renders its views.
#[derive(Properties, PartialEq)]
pub struct HostProps {
    pub ctx: Ctx,
    pub route: route::Route,
    pub content: Html,
}

#[function_component(Host)]
pub fn host(p: &HostProps) -> Html {
    html! {
        <ContextProvider<Ctx> context={p.ctx.clone()}>
            <ContextProvider<route::Route> context={p.route.clone()}>{ p.content.clone() }</ContextProvider<route::Route>>
        </ContextProvider<Ctx>>
    }
}

/// The context the `App` would give at `hash`, reader in New York.
pub fn ctx(incident: Rc<Incident>, hash: &str) -> Ctx {
    let route = route::parse(hash);
    Ctx {
        locale: route.lang.unwrap_or_default(),
        incident,
        lang: route.lang,
        now: now(),
        reader_zone: zone_named("America/New_York"),
    }
}

#[derive(Properties, PartialEq)]
pub struct CtxOnlyProps {
    pub ctx: Ctx,
    pub content: Html,
}

/// Only the `Ctx` provider, without the route's: what a component needing the route must not
/// be rendered in.
#[function_component(CtxOnly)]
pub fn ctx_only(p: &CtxOnlyProps) -> Html {
    html! { <ContextProvider<Ctx> context={p.ctx.clone()}>{ p.content.clone() }</ContextProvider<Ctx>> }
}

/// Renders `content` inside `Ctx` alone (no route).
pub async fn render_with_ctx_only(incident: Rc<Incident>, hash: &str, content: Html) -> String {
    let ctx = ctx(incident, hash);
    yew::LocalServerRenderer::<CtxOnly>::with_props(CtxOnlyProps { ctx, content })
        .render()
        .await
}

/// Renders `content` (given the route) inside the context of `incident` at `hash`.
pub async fn render_with(
    incident: Rc<Incident>,
    hash: &str,
    content: impl FnOnce(&route::Route) -> Html,
) -> String {
    let ctx = ctx(incident, hash);
    let route = route::parse(hash);
    let content = content(&route);
    yew::LocalServerRenderer::<Host>::with_props(HostProps {
        ctx,
        route,
        content,
    })
    .render()
    .await
}
