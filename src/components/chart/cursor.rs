//! Says in words what the chart's cursor marks: the selected (deep-linked) or focused event,
//! its time, and whether it lies on the chart at all.

use crate::components::shared::when::When;
use crate::hooks::Ctx;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct ChartCursorNoteProps {
    /// The event the cursor marks (index into `Incident::events`).
    pub event: Option<usize>,
    /// The event falls inside the chart's span.
    pub on_chart: bool,
}

/// A function, not a component: each component costs the wasm about 1 kB.
pub fn chart_cursor_note(ctx: &Ctx, props: &ChartCursorNoteProps) -> Html {
    let Some(e) = props.event.and_then(|i| ctx.incident.events.get(i)) else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.timeline());
    html! {
        <p class="ie-chart-cursor-note">
            if props.on_chart {
                <span class="ie-chart-cursor-key" aria-hidden="true"></span>
                { t.cursor_at }<When at={e.at} approximate={e.approximate} />
                { " — " }{ l.pick(&e.title).to_string() }
            } else {
                { t.cursor_off_chart }
            }
        </p>
    }
}
