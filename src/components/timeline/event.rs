//! One event of the timeline: its time in KST and the reader's zone, how long after the start
//! it came, its kind as a labelled badge, what happened, a dispute if the sources disagree,
//! its services as links to the services view, its sources and a link to itself.
//!
//! The element is `<li id="ev-{id}" tabindex="-1">` so that a deep link can focus it.

use crate::components::shared::dispute::Dispute;
use crate::components::shared::sources::Sources;
use crate::components::shared::when::When;
use crate::components::timeline::deep_link::event_element_id;
use crate::hooks::use_ctx;
use crate::i18n::format;
use crate::incident::timeline::since_start;
use crate::route::{ServicesQuery, TimelineQuery, View};
use yew::prelude::*;

/// How many services an event lists before folding the rest away.
const FOLD_AFTER: usize = 5;

#[derive(Properties, PartialEq)]
pub struct TimelineEventProps {
    /// Index into `Incident::events`.
    pub index: usize,
    /// Show the date beside the KST time (days are grouped in another zone).
    pub kst_date: bool,
    /// The deep-linked event.
    pub selected: bool,
    /// The view's query, kept in the event's own link.
    pub query: TimelineQuery,
}

#[function_component(TimelineEvent)]
pub fn timeline_event(props: &TimelineEventProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let Some(e) = ctx.incident.events.get(props.index) else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.timeline());
    let title = l.pick(&e.title).to_string();
    let since = format::since_start(l, since_start(&ctx.incident, &e.at));
    let services: Vec<Html> = e
        .services
        .iter()
        .filter_map(|&s| ctx.incident.services.get(s))
        .map(|s| {
            let href = ctx.href(View::Services(ServicesQuery {
                service: Some(s.id.clone()),
                q: None,
            }));
            html! { <li><a class="ie-chip" href={href}>{ l.pick(&s.name).to_string() }</a></li> }
        })
        .collect();
    // Long lists (twenty services for the whole of Kakao) fold after a few.
    let keep = if services.len() > FOLD_AFTER + 1 {
        FOLD_AFTER
    } else {
        services.len()
    };
    let (first, rest) = services.split_at(keep);
    let link = ctx.href(View::Timeline(TimelineQuery {
        event: Some(e.id.clone()),
        ..props.query.clone()
    }));
    let class = classes!("ie-tl-event", props.selected.then_some("ie-tl-selected"));
    html! {
        <li id={event_element_id(&e.id)} tabindex="-1" class={class}
            data-index={props.index.to_string()} data-kind={e.kind.as_str()} aria-current={props.selected.then_some("true")}>
            <div class="ie-tl-meta">
                <When at={e.at} approximate={e.approximate} with_date={props.kst_date} />
                <span class="ie-tl-since">
                    <span class="ie-visually-hidden">{ t.since_start }{ " " }</span>{ since }
                </span>
                <span class={classes!("ie-badge", "ie-tl-kind", format!("ie-tl-kind-{}", e.kind.as_str()))}>
                    <span class="ie-visually-hidden">{ t.kind_label }{ ": " }</span>{ t.kind(e.kind) }
                </span>
            </div>
            <h5 class="ie-tl-title">{ title.clone() }</h5>
            if let Some(text) = &e.text {
                <p class="ie-tl-text">{ l.pick(text).to_string() }</p>
            }
            if let Some(d) = e.dispute {
                <Dispute index={d} />
            }
            if !e.services.is_empty() {
                <div class="ie-tl-services">
                    <span class="ie-tl-services-label">{ t.services_label }</span>
                    <ul class="ie-chips">{ for first.iter().cloned() }</ul>
                    if !rest.is_empty() {
                        <details class="ie-tl-more">
                            <summary>{ (t.more_services)(rest.len()) }</summary>
                            <ul class="ie-chips">{ for rest.iter().cloned() }</ul>
                        </details>
                    }
                </div>
            }
            <Sources ids={e.sources.clone()} />
            <a class="ie-tl-permalink" href={link}>
                { t.permalink }<span class="ie-visually-hidden">{ ": " }{ title }</span>
            </a>
        </li>
    }
}
