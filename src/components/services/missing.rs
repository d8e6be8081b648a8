//! The page for `#/services/{id}` when no service has that id: says so plainly, offers the
//! services whose names come closest, and links back to the list.

use crate::hooks::use_ctx;
use crate::hooks::use_names::use_names;
use crate::route::{ServicesQuery, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServiceMissingProps {
    /// The id that was asked for.
    pub id: AttrValue,
}

#[function_component(ServiceMissing)]
pub fn service_missing(props: &ServiceMissingProps) -> Html {
    let ctx = use_ctx();
    let index = use_names(ctx.as_ref());
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let s = ctx.locale.services();
    let link = |i: usize| {
        let svc = &ctx.incident.services[i];
        let href = ctx.href(View::Services(ServicesQuery {
            service: Some(svc.id.clone()),
            q: None,
        }));
        html! { <li><a {href}>{ ctx.locale.pick(&svc.name) }</a></li> }
    };
    let close = index.closest(&props.id, 5);
    html! {
        <section class="ie-view ie-service-missing" aria-labelledby="ie-view-title">
            <h2 id="ie-view-title" tabindex="-1">{ s.unknown_service_title }</h2>
            <p>{ (s.unknown_service)(&props.id) }</p>
            if !close.is_empty() {
                <ul class="ie-suggestions">{ for close.into_iter().map(link) }</ul>
            }
            <p><a href={ctx.href(View::Services(ServicesQuery::default()))}>{ s.all_services }</a></p>
        </section>
    }
}
