//! The status chart in words: each affected service, its functions, and each of their
//! intervals with level, start, end and length. Screen readers always get it; sighted readers
//! see it when they ask (the chart's "Show as a list"). It holds no focusable element, so
//! hiding it visually hides no focus stop.

use crate::components::shared::day_zone_switch::{primary_zone, zone_label};
use crate::components::shared::progressive::{first_batch, use_progressive};
use crate::hooks::use_ctx;
use crate::i18n::format;
use crate::incident::timeline::{affected_services, interval_length};
use crate::incident::zone::in_zone;
use crate::incident::{Interval, Level, Time};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartTableProps {
    /// Shown on screen (else only to screen readers).
    pub visible: bool,
    /// Times in the reader's zone (else the incident's).
    pub reader_zone: bool,
    /// How many of the affected services the chart shows: the list says the same, no more.
    pub services: usize,
}

/// Services listed per task after the view (a service is about 25 elements).
const STEP: usize = 6;

#[function_component(ChartTable)]
pub fn chart_table(props: &ChartTableProps) -> Html {
    // Its hundreds of elements are off screen: they follow the view, a few services per task.
    let shown = use_progressive(&(), props.services, first_batch(0), STEP);
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let t = ctx.locale.timeline();
    let reader_zone = props.reader_zone;
    let services = affected_services(&ctx.incident)
        .into_iter()
        .take(shown)
        .map(|service| html! { <ChartListService key={service} {service} {reader_zone} /> });
    let class = classes!(
        "ie-chart-table",
        (!props.visible).then_some("ie-visually-hidden")
    );
    html! {
        <section id="ie-chart-table" {class} aria-labelledby="ie-chart-table-title">
            <h4 id="ie-chart-table-title">{ t.table_title }</h4>
            <p class="ie-muted">{ (t.times_in)(&zone_label(&ctx, props.reader_zone)) }</p>
            <ul class="ie-chart-list">{ for services }</ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ChartListServiceProps {
    /// The service, by index.
    service: usize,
    reader_zone: bool,
}

/// One service of the list, with its functions and their intervals. A component of its own so
/// that each step, which lists a few more services, leaves alone the ones already listed
/// (inline, every step built and compared all of them again: seven times for 32 services).
#[function_component(ChartListService)]
fn chart_list_service(props: &ChartListServiceProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.timeline());
    let zone = primary_zone(&ctx, props.reader_zone);
    let stamp = |at: &Time| {
        let local = in_zone(at, zone.as_ref());
        match props.reader_zone {
            true => format!(
                "{} ({})",
                format::date_time(l, &local),
                format::offset(local.offset())
            ),
            false => format::date_time(l, &local),
        }
    };
    let interval = |iv: &Interval| {
        let to = match (&iv.to, iv.level) {
            (Some(to), _) => stamp(to),
            (None, Level::Restored) => t.ongoing.to_string(),
            (None, _) => t.end_unknown.to_string(),
        };
        let length = interval_length(iv).map(|d| format!(" ({})", format::duration(l, d)));
        // After the last report: the level up to it, then in words that the rest is not known.
        let (to, length, unknown) = match iv.last_report {
            Some(r) => (
                stamp(&r),
                Some(format!(" ({})", format::duration(l, r - iv.from))),
                Some(html! {
                    <>{ " · " }<span class="ie-unknown-after" data-unknown-after="">
                        { t.then_unknown }{ " – " }{ to }
                    </span></>
                }),
            ),
            None => (to, length, None),
        };
        html! {
            <li>
                <span class={format!("ie-badge ie-level-{}", iv.level.as_str())}>{ t.level(iv.level) }</span>
                { " " }{ stamp(&iv.from) }{ " – " }{ to }{ length.unwrap_or_default() }{ unknown }
                if iv.approximate {
                    { " · " }<span class="ie-approx">{ t.approx_edge }</span>
                }
            </li>
        }
    };
    let svc = &ctx.incident.services[props.service];
    let functions = svc
        .functions
        .iter()
        .filter(|f| !f.status.is_empty())
        .map(|f| {
            html! {
                <li>
                    <span class="ie-chart-list-fn">{ l.pick(&f.name).to_string() }</span>
                    <ul class="ie-chart-list-ivs">{ for f.status.iter().map(interval) }</ul>
                </li>
            }
        });
    html! {
        <li class="ie-chart-list-service" data-service={svc.id.clone()}>
            <span class="ie-chart-list-name">{ l.pick(&svc.name).to_string() }</span>
            <ul>{ for functions }</ul>
        </li>
    }
}
