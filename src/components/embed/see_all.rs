//! The compact view's way out: a real link to the same view, complete, in the widget's own page
//! (a new tab, so the article around the embed stays where the reader left it).

use crate::hooks::{use_ctx, use_embed, use_route};
use yew::prelude::*;

#[function_component(SeeAll)]
pub fn see_all() -> Html {
    let ctx = use_ctx();
    let embed = use_embed();
    let route = use_route();
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let t = ctx.locale.embed();
    let href = embed.page_link(&crate::route::format(&route));
    html! {
        <p class="ie-see-all">
            <a class="ie-see-all-link" {href} target="_blank" rel="noopener">
                { t.see_all }{ " " }<span class="ie-see-all-tab">{ t.new_tab }</span>
            </a>
        </p>
    }
}
