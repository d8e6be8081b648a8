//! Says in words what the chart's cursor marks: the selected (deep-linked) or focused event,
//! its time, and whether it lies on the chart at all.

use crate::components::shared::when::When;
use crate::hooks::Ctx;
use yew::prelude::*;

/// The note for the event the cursor marks (`event`, an index into `Incident::events`), which
/// may or may not fall inside the chart's span (`on_chart`).
pub fn chart_cursor_note(ctx: &Ctx, event: Option<usize>, on_chart: bool) -> Html {
    let Some(e) = event.and_then(|i| ctx.incident.events.get(i)) else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.timeline());
    html! {
        <p class="ie-chart-cursor-note">
            if on_chart {
                <span class="ie-chart-cursor-key" aria-hidden="true"></span>
                { t.cursor_at }<When at={e.at} approximate={e.approximate} />
                { " — " }{ l.pick(&e.title).to_string() }
            } else {
                { t.cursor_off_chart }
            }
        </p>
    }
}
