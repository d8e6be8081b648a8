//! Source citations: each id becomes a link to its article (http/https only, checked again
//! here so no other scheme can become an `href`), labelled by publisher and date.

use crate::data::validate::is_http_url;
use crate::hooks::use_ctx;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// Source ids from the data.
    pub ids: Vec<String>,
}

#[function_component(Sources)]
pub fn sources(props: &SourcesProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    if props.ids.is_empty() {
        return Html::default();
    }
    let items = props.ids.iter().filter_map(|id| ctx.incident.source(id)).map(|s| {
        let label = format!("{}, {}", s.publisher, s.date);
        if is_http_url(&s.url) {
            html! { <li><a href={s.url.clone()} title={s.title.clone()} rel="noopener noreferrer" target="_blank">{ label }</a></li> }
        } else {
            html! { <li>{ label }</li> }
        }
    });
    html! {
        <div class="ie-sources">
            <span class="ie-sources-label">{ ctx.locale.common().sources }</span>
            <ul>{ for items }</ul>
        </div>
    }
}
