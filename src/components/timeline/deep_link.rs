//! The deep link's side effect: once `#/timeline/{event-id}` has rendered, scroll its event
//! into view and move keyboard focus to it (`ev-{id}`, which carries `tabindex="-1"`).
//!
//! Runs once the event is on the page (`crate::host::shown`: the widget's tree replaces the
//! pre-rendered page only once its first load has settled). The shell leaves focus alone on a
//! route that names an event, so the two never compete. At start inside a host page (an iframe
//! or a script embed) it does nothing: focusing would scroll the article around the embed.

use crate::hooks::{use_effect_with_first, use_place};
use crate::host::shown::{scroll_to_top, when_shown};
use yew::prelude::*;

/// The id of an event's element.
pub fn event_element_id(event_id: &str) -> String {
    format!("ev-{event_id}")
}

/// Focuses the event `id` after each render in which it changed.
#[hook]
pub fn use_deep_link(id: Option<String>) {
    let place = use_place();
    use_effect_with_first(id, move |id, initial| {
        let skip = initial && place.in_host_page();
        let pending = id.clone().filter(|_| !skip).map(|id| {
            let element_id = event_element_id(&id);
            when_shown(
                move |_| place.element_by_id(&element_id),
                |el| {
                    let _ = el.focus();
                    scroll_to_top(&el);
                },
            )
        });
        move || drop(pending)
    });
}
