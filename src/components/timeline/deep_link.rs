//! The deep link's side effect: once `#/timeline/{event-id}` has rendered, scroll its event
//! into view and move keyboard focus to it (`ev-{id}`, which carries `tabindex="-1"`).
//!
//! Runs after the render (a zero timeout). The shell leaves focus alone on a route that names
//! an event, so the two never compete. At start inside a host page (an iframe or a script
//! embed) it does nothing: focusing would scroll the article around the embed.

use crate::hooks::{use_effect_with_first, use_place};
use crate::host::place::Place;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The id of an event's element.
pub fn event_element_id(event_id: &str) -> String {
    format!("ev-{event_id}")
}

fn focus_now(place: &Place, event_id: &str) {
    let el = place
        .element_by_id(&event_element_id(event_id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Focuses the event `id` after each render in which it changed.
#[hook]
pub fn use_deep_link(id: Option<String>) {
    let place = use_place();
    use_effect_with_first(id, move |id, initial| {
        let skip = initial && place.in_host_page();
        let pending = id
            .clone()
            .filter(|_| !skip)
            .map(|id| Timeout::new(0, move || focus_now(&place, &id)));
        move || drop(pending)
    });
}
