//! Navigation between the four views: plain links (so they open in new tabs, work by keyboard
//! and can be copied), laid out as tabs, the current one marked with `aria-current`.

use crate::hooks::{use_ctx, use_route};
use crate::route::Tab;
use yew::prelude::*;

#[function_component(Nav)]
pub fn nav() -> Html {
    let ctx = use_ctx();
    let route = use_route();
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let t = ctx.locale.common();
    let current = route.view.tab();
    let items = Tab::ALL.into_iter().map(|tab| {
        let label = t.tab(tab);
        let aria_current = (current == Some(tab)).then_some("page");
        html! { <li><a href={ctx.href(tab.view())} aria-current={aria_current}>{ label }</a></li> }
    });
    html! {
        <nav class="ie-nav" aria-label={t.nav_label}>
            <ul>{ for items }</ul>
        </nav>
    }
}
