//! The status chart's time axis: ticks on whole local hours of the chosen zone (days marked
//! by date), where the scale changes pace, and the cursor. Drawn in SVG on percentages, like
//! the rows, so it lines up with them at any width. Ticks that would crowd a narrow chart
//! carry a class that hides them there. Hidden from screen readers (the list gives times).

use crate::components::chart::row::pct;
use crate::hooks::Ctx;
use crate::i18n::format;
use crate::incident::chart::Tick;
use chrono::Datelike;
use std::rc::Rc;
use yew::prelude::*;

pub struct ChartAxisProps {
    /// The ticks, each with whether it stays on a narrow chart.
    pub ticks: Rc<Vec<(Tick, bool)>>,
    /// The cursor's position, if any.
    pub cursor: Option<f64>,
    /// Where the scale changes pace.
    pub breaks: Rc<Vec<f64>>,
    /// The zone the ticks are in ("KST").
    pub zone: AttrValue,
}

/// The time axis above the rows.
pub fn chart_axis(ctx: &Ctx, props: &ChartAxisProps) -> Html {
    let t = ctx.locale.timeline();
    let tick = |(tick, narrow): &(Tick, bool)| {
        let x = tick.x();
        let anchor = if x < 0.04 {
            "start"
        } else if x > 0.96 {
            "end"
        } else {
            "middle"
        };
        let label = if tick.day {
            (t.axis_day)(tick.at.month(), tick.at.day())
        } else {
            format::time(&tick.at)
        };
        let class = classes!(
            "ie-tick",
            tick.day.then_some("ie-tick-day"),
            (!narrow).then_some("ie-tick-wide")
        );
        html! {
            <g {class}>
                <line x1={pct(x)} x2={pct(x)} y1="70%" y2="100%" />
                <text x={pct(x)} y="55%" text-anchor={anchor}>{ label }</text>
            </g>
        }
    };
    let vline = |class: &'static str, x: f64, y1: &'static str| {
        html! { <line {class} x1={pct(x)} x2={pct(x)} {y1} y2="100%" /> }
    };
    html! {
        <div class="ie-chart-axis" aria-hidden="true">
            <span class="ie-chart-axis-zone">{ (t.axis_label)(&props.zone) }</span>
            <svg class="ie-chart-axis-svg" focusable="false">
                { for props.ticks.iter().map(tick) }
                { for props.breaks.iter().map(|&x| vline("ie-chart-break", x, "0")) }
                { for props.cursor.map(|x| vline("ie-chart-cursor", x, "60%")) }
            </svg>
        </div>
    }
}
