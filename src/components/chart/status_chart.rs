//! The status chart: one row per affected service (expandable to its functions), bars by
//! level over time on a scale that enlarges the dense first day, zoom presets, a legend, a
//! time axis, a cursor at the selected or focused event, and a list that says the same in
//! words (read by screen readers; shown on request).

use crate::components::chart::axis::{chart_axis, ChartAxisProps};
use crate::components::chart::cursor::chart_cursor_note;
use crate::components::chart::legend::chart_legend;
use crate::components::chart::rows::ChartRows;
use crate::components::chart::table::ChartTable;
use crate::components::chart::zoom::{chart_zoom, ChartZoomProps};
use crate::components::shared::day_zone_switch::{primary_zone, zone_label};
use crate::hooks::use_ctx;
use crate::incident::chart::{chart_rows, cursor, ticks, Zoom};
use crate::incident::timeline::affected_services;
use std::rc::Rc;
use yew::prelude::*;

/// Nominal widths of the bars (px) for which ticks are chosen, and their least spacing.
const WIDE: f64 = 640.0;
const NARROW: f64 = 300.0;
const TICK_GAP: f64 = 56.0;
/// Services charted (and listed in words) before the reader asks for more: every real
/// incident's (the built-in one has about 30), while a thousand never sit in the document.
pub const PAGE: usize = 150;

#[derive(Properties, PartialEq)]
pub struct StatusChartProps {
    /// Axis and list in the reader's zone (else the incident's).
    pub reader_zone: bool,
    /// The event the cursor marks (index into `Incident::events`).
    pub cursor: Option<usize>,
}

#[function_component(StatusChart)]
pub fn status_chart(props: &StatusChartProps) -> Html {
    let ctx = use_ctx();
    let zoom = use_state_eq(|| Zoom::Overview);
    let expanded = use_state_eq(Vec::<usize>::new);
    let show_list = use_state_eq(|| false);
    let limit = use_state_eq(|| PAGE);
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let t = ctx.locale.timeline();
    let scale = zoom.scale(&ctx.incident);
    let affected = affected_services(&ctx.incident);
    let charted = affected.len().min(*limit);
    let hidden = affected.len() - charted;
    let mut rows = chart_rows(&ctx.incident, &scale, &expanded);
    if hidden > 0 {
        let shown = &affected[..charted];
        rows.retain(|r| shown.contains(&r.service));
    }
    if rows.is_empty() {
        return Html::default();
    }
    let zone = primary_zone(&ctx, props.reader_zone);
    let narrow = ticks(&scale, zone.as_ref(), NARROW, TICK_GAP);
    let all: Vec<_> = ticks(&scale, zone.as_ref(), WIDE, TICK_GAP)
        .into_iter()
        .map(|tick| {
            let keep = narrow.contains(&tick);
            (tick, keep)
        })
        .collect();
    let grid: Rc<Vec<f64>> = Rc::new(
        all.iter()
            .filter(|(t, _)| t.day)
            .map(|(t, _)| t.x())
            .collect(),
    );
    let breaks: Rc<Vec<f64>> = Rc::new(scale.breaks().into_iter().map(|(_, x)| x).collect());
    let event = props
        .cursor
        .and_then(|i| ctx.incident.events.get(i).map(|e| (i, e)));
    let cursor_x = event.and_then(|(_, e)| cursor(&scale, e));
    let on_toggle = {
        let expanded = expanded.clone();
        Callback::from(move |s: usize| {
            let mut next = (*expanded).clone();
            match next.iter().position(|&x| x == s) {
                Some(p) => {
                    next.remove(p);
                }
                None => next.push(s),
            }
            expanded.set(next);
        })
    };
    let on_zoom = {
        let zoom = zoom.clone();
        Callback::from(move |z: Zoom| zoom.set(z))
    };
    let toggle_list = {
        let show_list = show_list.clone();
        Callback::from(move |_: MouseEvent| show_list.set(!*show_list))
    };
    let more = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(charted + PAGE))
    };
    let rows = Rc::new(rows);
    html! {
        <section class="ie-chart" aria-labelledby="ie-chart-title">
            <h3 id="ie-chart-title">{ t.chart_title }</h3>
            <p class="ie-chart-intro">{ t.chart_intro }</p>
            <div class="ie-chart-controls">
                { chart_zoom(&ctx, &ChartZoomProps { zoom: *zoom, presets: Zoom::presets(&ctx.incident), on_change: on_zoom }) }
                <button type="button" class="ie-chip" aria-pressed={if *show_list { "true" } else { "false" }}
                    aria-controls="ie-chart-table" onclick={toggle_list}>{ t.show_list }</button>
            </div>
            { chart_legend(&ctx, !breaks.is_empty()) }
            <div class="ie-chart-plot">
                { chart_axis(&ctx, &ChartAxisProps { ticks: Rc::new(all), cursor: cursor_x, breaks: breaks.clone(),
                    zone: AttrValue::from(zone_label(&ctx, props.reader_zone)) }) }
                <ChartRows {rows} expanded={Rc::new((*expanded).clone())} {on_toggle} cursor={cursor_x}
                    grid={grid.clone()} breaks={breaks.clone()} reader_zone={props.reader_zone}
                    label={t.chart_title} />
            </div>
            if hidden > 0 {
                <button type="button" class="ie-more" onclick={more}>
                    { (t.more_charted)(PAGE.min(hidden), hidden) }
                </button>
            }
            { chart_cursor_note(&ctx, event.map(|(i, _)| i), cursor_x.is_some()) }
            <ChartTable visible={*show_list} reader_zone={props.reader_zone} services={charted} />
        </section>
    }
}
