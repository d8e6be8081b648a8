//! The timeline view (first cut: heading only; the full view comes with its issue).

use super::Ctx;
use crate::route::TimelineQuery;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    /// The view's part of the route.
    pub query: TimelineQuery,
}

#[function_component(TimelineView)]
pub fn timeline_view(_props: &TimelineViewProps) -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return Html::default();
    };
    html! {
        <section class="ie-view" aria-labelledby="ie-view-title">
            <h2 id="ie-view-title" tabindex="-1">{ ctx.locale.common().nav_timeline }</h2>
        </section>
    }
}
