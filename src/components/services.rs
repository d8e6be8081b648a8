//! The services view (first cut: heading only; the full view comes with its issue).

use super::Ctx;
use crate::route::ServicesQuery;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServicesViewProps {
    /// The view's part of the route.
    pub query: ServicesQuery,
}

#[function_component(ServicesView)]
pub fn services_view(_props: &ServicesViewProps) -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return Html::default();
    };
    html! {
        <section class="ie-view" aria-labelledby="ie-view-title">
            <h2 id="ie-view-title" tabindex="-1">{ ctx.locale.common().nav_services }</h2>
        </section>
    }
}
