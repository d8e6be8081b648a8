//! Picks the component of the current view.

use crate::components::check::view::CheckView;
use crate::components::compensation::view::CompensationView;
use crate::components::services::view::ServicesView;
use crate::components::timeline::view::TimelineView;
use crate::hooks::use_ctx;
use crate::route::View;
use yew::prelude::*;

#[function_component(ViewSwitch)]
pub fn view_switch() -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    match &ctx.route.view {
        View::Timeline(q) => html! { <TimelineView query={q.clone()} /> },
        View::Services(q) => html! { <ServicesView query={q.clone()} /> },
        View::Check(q) => html! { <CheckView query={q.clone()} /> },
        View::Compensation(q) => html! { <CompensationView query={q.clone()} /> },
        View::NotFound(_) => Html::default(),
    }
}
