//! The services view's search box. Its text is part of the URL (`#/services?q=…`), replaced
//! rather than pushed as the reader types, so the back button is not filled with keystrokes and
//! the URL always says what is shown.

use crate::hooks::{use_ctx, use_place, Ctx};
use crate::route::{Route, ServicesQuery, View};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServiceSearchProps {
    /// The search text, as in the URL.
    pub q: AttrValue,
}

/// The route for a search text (blank: no `q=`).
pub fn search_route(ctx: &Ctx, text: &str) -> Route {
    let q = (!text.trim().is_empty()).then(|| text.to_string());
    ctx.route(View::Services(ServicesQuery { service: None, q }))
}

#[function_component(ServiceSearch)]
pub fn service_search(props: &ServiceSearchProps) -> Html {
    let place = use_place();
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let s = ctx.locale.services();
    let oninput = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            place.replace(&search_route(&ctx, &text));
        })
    };
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="ie-search" role="search" {onsubmit}>
            <label for="ie-service-search">{ s.search_label }</label>
            <input id="ie-service-search" type="search" value={props.q.clone()} {oninput}
                autocomplete="off" spellcheck="false" aria-describedby="ie-service-search-hint" />
            <p id="ie-service-search-hint" class="ie-hint">{ s.search_hint }</p>
        </form>
    }
}
