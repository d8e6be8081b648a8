//! The key figures above the chart: how long the outage lasted (with the sources' disagreement
//! shown), how many services were hit, and how many damage reports were filed — the data's own
//! figures where it has them, else computed and labelled as such.

use crate::components::shared::dispute::Dispute;
use crate::components::shared::sources::Sources;
use crate::hooks::use_ctx;
use crate::i18n::format;
use crate::incident::timeline::{key_figures, KeyFigure};
use yew::prelude::*;

#[function_component(KeyFigures)]
pub fn key_figures_view() -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.timeline());
    let computed = |label: &str, value: String| {
        html! {
            <div class="ie-figure">
                <dt>{ label.to_string() }</dt>
                <dd class="ie-figure-value">{ value }</dd>
                <dd class="ie-figure-note ie-muted">{ t.computed }</dd>
            </div>
        }
    };
    let items = key_figures(&ctx.incident).into_iter().map(|kf| match kf {
        KeyFigure::Stated(i) => match ctx.incident.figures.get(i) {
            Some(f) => html! {
                <div class="ie-figure">
                    <dt>{ l.pick(&f.label).to_string() }</dt>
                    <dd class="ie-figure-value">{ l.pick(&f.value).to_string() }</dd>
                    if let Some(d) = f.dispute {
                        <dd><Dispute index={d} /></dd>
                    } else if !f.sources.is_empty() {
                        <dd><Sources ids={f.sources.clone()} /></dd>
                    }
                </div>
            },
            None => Html::default(),
        },
        KeyFigure::Duration(d) => computed(t.figure_duration, format::duration(l, d)),
        KeyFigure::ServicesHit(n) => computed(t.figure_services, (t.services_count)(n)),
    });
    html! {
        <section class="ie-tl-figures" aria-labelledby="ie-tl-figures-title">
            <h3 id="ie-tl-figures-title">{ t.figures_title }</h3>
            <dl class="ie-figures">{ for items }</dl>
        </section>
    }
}
