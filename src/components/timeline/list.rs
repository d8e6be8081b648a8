//! The events, grouped by day in the chosen zone: a heading per day, the events in time
//! order. Reports which event holds keyboard focus, so the chart's cursor can follow it.
//! In a browser the first events render with the view and the rest in batches after it.

use crate::components::shared::day_zone_switch::{primary_zone, zone_label};
use crate::components::shared::progressive::{first_batch, use_paged};
use crate::components::timeline::event::TimelineEvent;
use crate::hooks::use_ctx;
use crate::i18n::format;
use crate::incident::timeline::group_by_day;
use crate::route::TimelineQuery;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineListProps {
    /// Indexes into `Incident::events` of the events to show.
    pub events: Vec<usize>,
    /// Days in the reader's zone (else the incident's).
    pub reader_days: bool,
    /// The deep-linked event.
    pub selected: Option<usize>,
    /// The view's query, for the events' own links.
    pub query: TimelineQuery,
    /// Called with an event's index when focus moves into it.
    pub on_focus: Callback<usize>,
}

/// The event index of the element that received focus, read from its `data-index`.
fn focused_event(e: &FocusEvent) -> Option<usize> {
    let el: web_sys::Element = e.target_dyn_into()?;
    let item = el.closest(".ie-tl-event").ok().flatten()?;
    item.get_attribute("data-index")?.parse().ok()
}

/// Events shown with the view in a browser: the list starts below the chart, two screens down
/// on a laptop, so a few suffice; the rest follow in batches (an event is about 40 elements).
const FIRST: usize = 3;
const STEP: usize = 12;
/// Events rendered before the reader asks for more: every real incident's whole timeline (the
/// built-in one has 65), while 20,000 never sit in the document at once.
pub const PAGE: usize = 500;

#[function_component(TimelineList)]
pub fn timeline_list(props: &TimelineListProps) -> Html {
    // A deep-linked event is in the first render, so it can be scrolled to and focused.
    let through_selected = props
        .selected
        .and_then(|s| props.events.iter().position(|&i| i == s))
        .map_or(0, |p| p + 1);
    let first = first_batch(FIRST).max(through_selected);
    let paged = use_paged(&props.events, props.events.len(), first, STEP, PAGE);
    let shown = paged.shown;
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let t = ctx.locale.timeline();
    let zone = primary_zone(&ctx, props.reader_days);
    let label = zone_label(&ctx, props.reader_days);
    let days = group_by_day(&ctx.incident, &props.events[..shown], zone.as_ref());
    if days.is_empty() {
        return html! { <p class="ie-tl-empty">{ t.no_events }</p> };
    }
    let onfocusin = {
        let on_focus = props.on_focus.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(i) = focused_event(&e) {
                on_focus.emit(i)
            }
        })
    };
    let day = |d: &crate::incident::timeline::Day| {
        let events = d.events.iter().map(|&i| {
            html! {
                <TimelineEvent key={i} index={i} kst_date={props.reader_days}
                    selected={props.selected == Some(i)} query={props.query.clone()} />
            }
        });
        html! {
            <li class="ie-tl-day" key={d.date.to_string()}>
                <h4 class="ie-tl-day-title">
                    { format::date(ctx.locale, d.date) }{ " " }
                    <span class="ie-zone">{ label.clone() }</span>
                </h4>
                <ol class="ie-tl-events">{ for events }</ol>
            </li>
        }
    };
    html! {
        <>
            <ol class="ie-tl-days" {onfocusin}>
                { for days.iter().map(day) }
            </ol>
            if paged.hidden > 0 {
                <button type="button" class="ie-more" onclick={paged.more}>
                    { (t.more_events)(PAGE.min(paged.hidden), paged.hidden) }
                </button>
            }
        </>
    }
}
