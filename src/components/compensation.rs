//! The compensation view (first cut: heading only; the full view comes with its issue).

use super::Ctx;
use crate::route::CompensationQuery;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompensationViewProps {
    /// The view's part of the route.
    pub query: CompensationQuery,
}

#[function_component(CompensationView)]
pub fn compensation_view(_props: &CompensationViewProps) -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return Html::default();
    };
    html! {
        <section class="ie-view" aria-labelledby="ie-view-title">
            <h2 id="ie-view-title" tabindex="-1">{ ctx.locale.common().nav_compensation }</h2>
        </section>
    }
}
