//! One row of the status chart: the service's name (a button that expands it to its functions
//! when it has several) or a function's name, and its bars drawn in SVG on percentages of the
//! row's width, so the row scales to any width with text left at its own size. Levels differ
//! by shape and fill, not colour alone: solid for down, hatched for degraded, a thin line for
//! restored, dotted with a dashed edge for a stretch after the last report (not known). The SVG is hidden from screen readers, who get the list instead.

use crate::components::shared::day_zone_switch::primary_zone;
use crate::hooks::use_ctx;
use crate::i18n::format;
use crate::incident::chart::{Bar, Row};
use crate::incident::zone::in_zone;
use crate::incident::{Level, Time};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartRowProps {
    /// The row: a service or one of its functions, with its bars placed.
    pub row: Row,
    /// The service's functions are shown below it.
    pub expanded: bool,
    /// Called with the service's index to expand or fold it.
    pub on_toggle: Callback<usize>,
    /// The cursor's position, if any.
    pub cursor: Option<f64>,
    /// Day boundaries, as positions.
    pub grid: Rc<Vec<f64>>,
    /// Where the scale changes pace.
    pub breaks: Rc<Vec<f64>>,
    /// Bar titles in the reader's zone (else the incident's).
    pub reader_zone: bool,
}

/// A position as an SVG percentage, to three decimals (integer arithmetic: no float
/// formatting code in the widget).
pub fn pct(x: f64) -> String {
    let m = (x * 100_000.0).round() as i64;
    let sign = if m < 0 { "-" } else { "" };
    format!("{sign}{}.{:03}%", m.abs() / 1000, m.abs() % 1000)
}

/// Vertical placement of a level's bar, in percent of the row's height: (y, height).
fn band(level: Level) -> (&'static str, &'static str) {
    match level {
        Level::Restored => ("40%", "20%"),
        _ => ("12%", "76%"),
    }
}

#[function_component(ChartRow)]
pub fn chart_row(props: &ChartRowProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.timeline());
    let Some(service) = ctx.incident.services.get(props.row.service) else {
        return Html::default();
    };
    let zone = primary_zone(&ctx, props.reader_zone);
    let stamp = |at: &Time| format::date_time(l, &in_zone(at, zone.as_ref()));
    let bar = |b: &Bar| {
        let s = &b.segment;
        let (y, height) = if s.unknown {
            ("12%", "76%")
        } else {
            band(s.level)
        };
        let to =
            s.to.as_ref()
                .map(&stamp)
                .unwrap_or_else(|| t.ongoing.to_string());
        let approx = if s.approximate {
            format!(" ({})", t.approx_edge)
        } else {
            String::new()
        };
        let name = match (s.unknown, s.level, props.row.function) {
            (true, ..) => t.level_unknown,
            (false, Level::Degraded, None) => t.level_partial,
            (false, level, _) => t.level(level),
        };
        let class = match s.unknown {
            true => "ie-bar ie-bar-unknown".to_string(),
            false => format!("ie-bar ie-bar-{}", s.level.as_str()),
        };
        let title = format!("{name}: {} – {}{approx}", stamp(&s.from), to);
        html! {
            <rect {class} x={pct(b.x0)}
                width={pct(b.x1 - b.x0)} {y} {height}><title>{ title }</title></rect>
        }
    };
    let vline = |class: &'static str, x: f64| {
        html! { <line {class} x1={pct(x)} x2={pct(x)} y1="0" y2="100%" /> }
    };
    let label = match props.row.function.and_then(|f| service.functions.get(f)) {
        Some(f) => html! { <span class="ie-chart-fn">{ l.pick(&f.name).to_string() }</span> },
        None if service.functions.len() > 1 => {
            let (on_toggle, s) = (props.on_toggle.clone(), props.row.service);
            html! {
                <button type="button" class="ie-chart-toggle" aria-expanded={if props.expanded { "true" } else { "false" }}
                    onclick={move |_| on_toggle.emit(s)}>
                    <span class="ie-chart-chevron" aria-hidden="true">{ if props.expanded { "▾" } else { "▸" } }</span>
                    { l.pick(&service.name).to_string() }
                    <span class="ie-visually-hidden">{ ", " }{ t.show_functions }</span>
                </button>
            }
        }
        None => html! { <span class="ie-chart-name">{ l.pick(&service.name).to_string() }</span> },
    };
    let kind = if props.row.function.is_some() {
        "function"
    } else {
        "service"
    };
    html! {
        <li class={classes!("ie-chart-row", props.row.function.is_some().then_some("ie-chart-fnrow"))}
            data-chart-row={kind} data-service={service.id.clone()}>
            <div class="ie-chart-label">{ label }</div>
            <svg class="ie-chart-bars" aria-hidden="true" focusable="false">
                <rect class="ie-chart-track" x="0" y="0" width="100%" height="100%" />
                { for props.grid.iter().map(|&x| vline("ie-chart-grid", x)) }
                { for props.breaks.iter().map(|&x| vline("ie-chart-break", x)) }
                { for props.row.bars.iter().map(bar) }
                { for props.cursor.map(|x| vline("ie-chart-cursor", x)) }
            </svg>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::pct;

    #[test]
    fn percentages_have_three_decimals() {
        assert_eq!(pct(0.0), "0.000%");
        assert_eq!(pct(1.0), "100.000%");
        assert_eq!(pct(0.123456), "12.346%");
        assert_eq!(pct(0.00004), "0.004%");
        assert_eq!(pct(-0.01), "-1.000%");
    }
}
