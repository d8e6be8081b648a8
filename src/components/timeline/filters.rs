//! Filters of the timeline: by service (a select) and by kind (toggle buttons). Every change
//! is a navigation to the route with the new `service=` / `kind=`, so the URL always says what
//! is shown, and back and forward step through the reader's choices.

use crate::hooks::{use_ctx, use_place, SameIncident};
use crate::incident::timeline::TimelineFilter;
use crate::incident::EventKind;
use crate::locale::Locale;
use crate::route::{TimelineQuery, Unmatched, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineFiltersProps {
    /// The view's query as the URL gives it.
    pub query: TimelineQuery,
    /// The filter read from it.
    pub filter: TimelineFilter,
    /// What the query named that the data lacks.
    pub unmatched: Unmatched,
    /// How many events are shown.
    pub shown: usize,
}

#[function_component(TimelineFilters)]
pub fn timeline_filters(props: &TimelineFiltersProps) -> Html {
    let place = use_place();
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.timeline());
    let inc = &ctx.incident;
    let go = {
        let ctx = ctx.clone();
        move |q: TimelineQuery| place.navigate(&ctx.route(View::Timeline(q)))
    };
    let onchange = {
        let (q, go) = (props.query.clone(), go.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            go(q.with_service(Some(value.as_str()).filter(|v| !v.is_empty())));
        })
    };
    let kinds = EventKind::ALL
        .into_iter()
        .filter(|k| inc.events.iter().any(|e| e.kind == *k))
        .map(|k| {
            let (q, go) = (props.query.clone(), go.clone());
            let pressed = if props.filter.kinds.contains(&k) {
                "true"
            } else {
                "false"
            };
            html! {
                <li><button type="button" class="ie-chip" aria-pressed={pressed}
                    onclick={move |_| go(q.toggle_kind(k))}>{ t.kind(k) }</button></li>
            }
        });
    let clear = ctx.href(View::Timeline(TimelineQuery::default()));
    let u = &props.unmatched;
    html! {
        <div class="ie-tl-filters">
            <div class="ie-tl-filter">
                <label for="ie-tl-service">{ t.service_filter }</label>
                <select id="ie-tl-service" class="ie-tl-select" {onchange}>
                    <ServiceOptions incident={SameIncident(inc.clone())} locale={l}
                        selected={props.filter.service} />
                </select>
            </div>
            <fieldset class="ie-tl-filter ie-tl-kinds">
                <legend>{ t.kind_filter }</legend>
                <ul class="ie-chips">{ for kinds }</ul>
            </fieldset>
            if let Some(name) = &u.service {
                <p class="ie-tl-notice">{ (t.unknown_service)(name) }</p>
            }
            if !u.kinds.is_empty() {
                <p class="ie-tl-notice">{ (t.unknown_kinds)(&u.kinds.join(", ")) }</p>
            }
            <p class="ie-tl-count" role="status">
                { (t.showing)(props.shown, inc.events.len()) }
                if !props.filter.is_empty() {
                    { " · " }<a href={clear}>{ t.clear_filters }</a>
                }
            </p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ServiceOptionsProps {
    pub incident: SameIncident,
    pub locale: Locale,
    /// The service filtered on.
    pub selected: Option<usize>,
}

/// The service filter's options: "all services", then the services some event mentions, in data
/// order, plus one the URL asked for. A component of its own, so a change of the kinds shown
/// (or anything else the options do not show) leaves them as they are: an incident of 1,000
/// services would otherwise compare 1,000 options at every click.
#[function_component(ServiceOptions)]
fn service_options(props: &ServiceOptionsProps) -> Html {
    let (inc, l) = (&props.incident.0, props.locale);
    let mut mentioned = vec![false; inc.services.len()];
    for &s in inc.events.iter().flat_map(|e| &e.services) {
        if let Some(m) = mentioned.get_mut(s) {
            *m = true;
        }
    }
    if let Some(m) = props.selected.and_then(|s| mentioned.get_mut(s)) {
        *m = true;
    }
    let options = (0..inc.services.len()).filter(|&s| mentioned[s]).map(|s| {
        let svc = &inc.services[s];
        html! {
            <option value={svc.id.clone()} selected={props.selected == Some(s)}>
                { l.pick(&svc.name).to_string() }
            </option>
        }
    });
    html! {
        <>
            <option value="" selected={props.selected.is_none()}>{ l.timeline().all_services }</option>
            { for options }
        </>
    }
}
