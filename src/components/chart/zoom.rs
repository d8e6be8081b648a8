//! The status chart's zoom presets: the whole incident with its first day enlarged, or the
//! first hours evenly. Toggle buttons; the current one is pressed.

use crate::hooks::Ctx;
use crate::incident::chart::Zoom;
use yew::prelude::*;

pub struct ChartZoomProps {
    /// The zoom in use.
    pub zoom: Zoom,
    /// The presets that make sense for this incident.
    pub presets: Vec<Zoom>,
    /// Called with the chosen preset.
    pub on_change: Callback<Zoom>,
}

/// The zoom presets' buttons (none when only one makes sense).
pub fn chart_zoom(ctx: &Ctx, props: &ChartZoomProps) -> Html {
    let t = ctx.locale.timeline();
    if props.presets.len() < 2 {
        return Html::default();
    }
    let buttons = props.presets.iter().map(|&z| {
        let label = match z {
            Zoom::Overview => t.zoom_overview.to_string(),
            Zoom::FirstHours(h) => (t.zoom_hours)(h),
        };
        let pressed = if z == props.zoom { "true" } else { "false" };
        let on_change = props.on_change.clone();
        html! {
            <li><button type="button" class="ie-chip" aria-pressed={pressed}
                onclick={move |_| on_change.emit(z)}>{ label }</button></li>
        }
    });
    html! {
        <div class="ie-chart-zoom" role="group" aria-label={t.zoom_label}>
            <ul class="ie-chips">{ for buttons }</ul>
        </div>
    }
}
