//! The timeline view (`#/timeline`, `#/timeline/{event-id}`): the key figures, the status
//! chart and every event grouped by day, filtered by service and kind as the URL says. A deep
//! link keeps its event on screen whatever the filters, scrolls to it and focuses it; an
//! unknown event id says so above the whole timeline.

use crate::components::chart::status_chart::StatusChart;
use crate::components::embed::key_moments::KeyMoments;
use crate::components::embed::see_all::SeeAll;
use crate::components::shared::day_zone_switch::DayZoneSwitch;
use crate::components::shared::progressive::use_staged;
use crate::components::timeline::deep_link::use_deep_link;
use crate::components::timeline::filters::TimelineFilters;
use crate::components::timeline::key_figures::KeyFigures;
use crate::components::timeline::list::TimelineList;
use crate::hooks::{use_ctx, use_embed};
use crate::incident::timeline::visible;
use crate::route::TimelineQuery;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    /// The view's part of the route.
    pub query: TimelineQuery,
}

#[function_component(TimelineView)]
pub fn timeline_view(props: &TimelineViewProps) -> Html {
    let ctx = use_ctx();
    let embedded = use_embed().embedded;
    // Days (and the chart's axis) in the reader's zone rather than the incident's.
    let reader_days = use_state_eq(|| false);
    // The event that last held keyboard focus: the chart's cursor follows it.
    let focused = use_state_eq(|| None::<usize>);
    use_deep_link(props.query.event.clone());
    // Before the widget takes over, the chart and the list each render in a task of their own.
    let (chart_staged, list_staged) = (use_staged(), use_staged());
    {
        // A new query (filters, deep link) starts the cursor over at its own event.
        let focused = focused.clone();
        use_effect_with(props.query.clone(), move |_| focused.set(None));
    }
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let (c, t) = (ctx.locale.common(), ctx.locale.timeline());
    let (filter, unmatched) = props.query.filter(&ctx.incident);
    let selected = props
        .query
        .event
        .as_deref()
        .and_then(|id| ctx.incident.event_by_id(id));
    if embedded {
        // Compact: the key figures and the key moments, and a link to everything.
        return html! {
            <section class="ie-view ie-tl" aria-labelledby="ie-view-title">
                <h2 id="ie-view-title" tabindex="-1">{ c.nav_timeline }</h2>
                if let Some(id) = &unmatched.event {
                    <p class="ie-tl-notice ie-tl-missing" role="status">{ (t.unknown_event)(id) }</p>
                }
                <KeyFigures />
                <KeyMoments {selected} />
                <SeeAll />
            </section>
        };
    }
    let shown = visible(&ctx.incident, &filter, selected);
    let cursor = (*focused).or(selected);
    let on_zone = {
        let reader_days = reader_days.clone();
        Callback::from(move |r: bool| reader_days.set(r))
    };
    let on_focus = {
        let focused = focused.clone();
        Callback::from(move |i: usize| focused.set(Some(i)))
    };
    html! {
        <section class="ie-view ie-tl" aria-labelledby="ie-view-title">
            <h2 id="ie-view-title" tabindex="-1">{ c.nav_timeline }</h2>
            <p class="ie-tl-intro">{ t.intro }</p>
            if let Some(id) = &unmatched.event {
                <p class="ie-tl-notice ie-tl-missing" role="status">{ (t.unknown_event)(id) }</p>
            }
            <DayZoneSwitch reader={*reader_days} on_change={on_zone} />
            <KeyFigures />
            if chart_staged {
                <StatusChart reader_zone={*reader_days} {cursor} />
            }
            // A deep-linked event is there at once, to be scrolled to and focused.
            if list_staged || selected.is_some() {
                <section class="ie-tl-list" aria-labelledby="ie-tl-list-title">
                    <h3 id="ie-tl-list-title">{ t.list_title }</h3>
                    <TimelineFilters query={props.query.clone()} filter={filter.clone()}
                        unmatched={unmatched.clone()} shown={shown.len()} />
                    <TimelineList events={shown} reader_days={*reader_days} {selected}
                        query={props.query.clone()} {on_focus} />
                </section>
            }
        </section>
    }
}
