//! The check view (first cut: heading only; the full view comes with its issue).

use super::Ctx;
use crate::route::CheckQuery;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckViewProps {
    /// The view's part of the route.
    pub query: CheckQuery,
}

#[function_component(CheckView)]
pub fn check_view(_props: &CheckViewProps) -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return Html::default();
    };
    html! {
        <section class="ie-view" aria-labelledby="ie-view-title">
            <h2 id="ie-view-title" tabindex="-1">{ ctx.locale.common().nav_check }</h2>
        </section>
    }
}
