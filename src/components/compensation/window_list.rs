//! The claim windows of an offer, each with its dates (in KST and the reader's zone, via
//! `When`) and whether it is open, upcoming or closed as of today (the reader's `now`), said
//! in words as well as colour.

use crate::components::shared::when::When;
use crate::hooks::use_ctx;
use crate::incident::compensation::{window_state, WindowState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WindowListProps {
    /// Index into `Incident::compensation`.
    pub offer: usize,
}

#[function_component(WindowList)]
pub fn window_list(props: &WindowListProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.compensation());
    let Some(o) = ctx.incident.compensation.get(props.offer) else {
        return Html::default();
    };
    let items = o.windows.iter().map(|w| {
        let state = window_state(w, &ctx.now);
        let label = match state {
            WindowState::Open => t.window_open,
            WindowState::Upcoming => t.window_upcoming,
            WindowState::Closed => t.window_closed,
        };
        html! {
            <li class="ie-window" data-window-state={state.as_str()}>
                <span class={classes!("ie-badge", format!("ie-window-{}", state.as_str()))}>
                    { label }<span class="ie-visually-hidden">{ " (" }{ t.window_state_hint }{ ")" }</span>
                </span>
                { " " }<span class="ie-window-label">{ l.pick(&w.label).to_string() }</span>
                <span class="ie-window-dates">
                    if let Some(opens) = w.opens {
                        <span>{ t.opens }{ " " }<When at={opens} /></span>
                    }
                    if let Some(closes) = w.closes {
                        <span>{ t.closes }{ " " }<When at={closes} /></span>
                    }
                </span>
            </li>
        }
    });
    html! { <ul class="ie-windows">{ for items }</ul> }
}
