//! The page for an address that matches no view: says so, and offers every view.

use crate::hooks::use_ctx;
use crate::route::Tab;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// What was asked for.
    pub path: AttrValue,
}

#[function_component(NotFound)]
pub fn not_found(props: &NotFoundProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let t = ctx.locale.common();
    let links = Tab::ALL.into_iter().map(|tab| {
        let label = t.tab(tab);
        html! { <li><a href={ctx.href(tab.view())}>{ label }</a></li> }
    });
    html! {
        <section class="ie-view ie-not-found" aria-labelledby="ie-nf-title">
            <h2 id="ie-nf-title" tabindex="-1">{ t.not_found_title }</h2>
            <p>{ t.not_found_text }</p>
            <p><code>{ props.path.clone() }</code></p>
            <ul>{ for links }</ul>
        </section>
    }
}
