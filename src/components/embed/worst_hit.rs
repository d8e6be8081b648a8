//! The compact services view: the services down longest, each a link to its detail.

use crate::components::shared::level_badge::level_badge;
use crate::hooks::use_ctx;
use crate::i18n::format;
use crate::incident::compact::worst_hit;
use crate::incident::status::worst_level;
use crate::route::{ServicesQuery, View};
use yew::prelude::*;

/// How many services the compact view lists.
pub const WORST: usize = 6;

#[function_component(WorstHit)]
pub fn worst_hit_list() -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.embed());
    let inc = &ctx.incident;
    let worst = worst_hit(inc, WORST);
    let item = |&(i, down): &(usize, chrono::Duration)| {
        let s = &inc.services[i];
        let href = ctx.href(View::Services(ServicesQuery {
            service: Some(s.id.clone()),
            q: None,
        }));
        html! {
            <li key={i} class="ie-worst">
                <a {href}>{ l.pick(&s.name).to_string() }</a>
                { level_badge(ctx.locale, worst_level(s)) }
                <span class="ie-worst-down">{ ctx.locale.services().any_down_total }{ ": " }{ format::duration(l, down) }</span>
            </li>
        }
    };
    html! {
        <section class="ie-worst-hit" aria-labelledby="ie-worst-title">
            <h3 id="ie-worst-title">{ (t.worst_hit)(worst.len(), inc.services.len()) }</h3>
            <ol class="ie-worst-list">{ for worst.iter().map(item) }</ol>
        </section>
    }
}
