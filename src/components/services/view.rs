//! The services view (`#/services`, `#/services/{id}`): every affected service grouped by
//! operator, with a search box whose text lives in the URL (`?q=`), or one service's detail.

use crate::components::embed::see_all::SeeAll;
use crate::components::embed::worst_hit::WorstHit;
use crate::components::services::detail::ServiceDetail;
use crate::components::services::list::ServiceList;
use crate::components::services::search::ServiceSearch;
use crate::hooks::{use_ctx, use_embed};
use crate::route::ServicesQuery;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServicesViewProps {
    /// The view's part of the route.
    pub query: ServicesQuery,
}

#[function_component(ServicesView)]
pub fn services_view(props: &ServicesViewProps) -> Html {
    let ctx = use_ctx();
    let embedded = use_embed().embedded;
    let Some(ctx) = ctx else {
        return Html::default();
    };
    if let Some(id) = &props.query.service {
        return html! { <ServiceDetail id={AttrValue::from(id.clone())} /> };
    }
    let s = ctx.locale.services();
    if embedded && props.query.q.is_none() {
        // Compact: the worst-hit services, and a link to every service.
        return html! {
            <section class="ie-view ie-services" aria-labelledby="ie-view-title">
                <h2 id="ie-view-title" tabindex="-1">{ s.title }</h2>
                <WorstHit />
                <SeeAll />
            </section>
        };
    }
    let q = AttrValue::from(props.query.q.clone().unwrap_or_default());
    html! {
        <section class="ie-view ie-services" aria-labelledby="ie-view-title">
            <h2 id="ie-view-title" tabindex="-1">{ s.title }</h2>
            <p class="ie-intro">{ s.intro }</p>
            <ServiceSearch q={q.clone()} />
            // A new search starts again from the first page of results.
            <ServiceList key={q.to_string()} q={q.clone()} />
        </section>
    }
}
