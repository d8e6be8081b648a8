//! The compact timeline's list: the key moments (`crate::incident::compact::key_moments`), each
//! with its time in both zones, its kind and what happened.

use crate::components::shared::when::When;
use crate::components::timeline::deep_link::event_element_id;
use crate::hooks::use_ctx;
use crate::incident::compact::key_moments;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyMomentsProps {
    /// A deep-linked event, shown among them.
    pub selected: Option<usize>,
}

#[function_component(KeyMoments)]
pub fn key_moments_list(props: &KeyMomentsProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.timeline());
    let inc = &ctx.incident;
    let moments = key_moments(inc, props.selected);
    let item = |&i: &usize| {
        let e = &inc.events[i];
        let current = (props.selected == Some(i)).then_some("true");
        html! {
            <li key={i} id={event_element_id(&e.id)} tabindex="-1" class="ie-moment" aria-current={current}>
                <span class={classes!("ie-badge", "ie-tl-kind", format!("ie-tl-kind-{}", e.kind.as_str()))}>{ t.kind(e.kind) }</span>
                <When at={e.at} approximate={e.approximate} />
                <p class="ie-moment-title">{ l.pick(&e.title).to_string() }</p>
            </li>
        }
    };
    html! {
        <section class="ie-moments" aria-labelledby="ie-moments-title">
            <h3 id="ie-moments-title">{ (l.embed().key_moments)(moments.len(), inc.events.len()) }</h3>
            <ol class="ie-moment-list">{ for moments.iter().map(item) }</ol>
        </section>
    }
}
