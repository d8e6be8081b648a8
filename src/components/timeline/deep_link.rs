//! The deep link's side effect: once `#/timeline/{event-id}` has rendered, scroll its event
//! into view and move keyboard focus to it (`ev-{id}`, which carries `tabindex="-1"`).
//!
//! Runs after the render (a zero timeout), and again each frame until the event is on the page
//! (the widget's tree replaces the pre-rendered page only once its first load has settled).
//! The shell leaves focus alone on a route that names an event, so the two never compete. At
//! start inside an iframe it does nothing: focusing would scroll the article around the embed.

use crate::hooks::use_effect_with_first;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The id of an event's element.
pub fn event_element_id(event_id: &str) -> String {
    format!("ev-{event_id}")
}

fn in_frame(window: &web_sys::Window) -> bool {
    window.parent().ok().flatten().is_some_and(|p| p != *window)
}

/// How many frames the event is looked for: the widget's own tree joins the document only when
/// it takes over from the pre-rendered page (`crate::host::takeover`), after its first load.
const MAX_TRIES: u32 = 600;

/// The event's element in the widget's own tree (not the pre-rendered copy with the same id).
fn find(event_id: &str) -> Option<web_sys::HtmlElement> {
    let el = web_sys::window()?
        .document()?
        .get_element_by_id(&event_element_id(event_id))?;
    if el.closest(".ie-pre").ok().flatten().is_some() {
        return None;
    }
    el.dyn_into().ok()
}

/// Focuses the event and scrolls it to the top once it is on the page; until then (`pending`
/// holds the next try) it looks again every frame.
fn focus_when_shown(event_id: String, tries: u32, pending: Rc<RefCell<Option<Timeout>>>) {
    if let Some(el) = find(&event_id) {
        let _ = el.focus();
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    } else if tries < MAX_TRIES {
        let next = pending.clone();
        let timer = Timeout::new(16, move || focus_when_shown(event_id, tries + 1, next));
        pending.borrow_mut().replace(timer);
    }
}

/// Focuses the event `id` after each render in which it changed.
#[hook]
pub fn use_deep_link(id: Option<String>) {
    use_effect_with_first(id, move |id, initial| {
        let skip = initial && web_sys::window().is_some_and(|w| in_frame(&w));
        let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
        if let Some(id) = id.clone().filter(|_| !skip) {
            let next = pending.clone();
            let timer = Timeout::new(0, move || focus_when_shown(id, 0, next));
            pending.borrow_mut().replace(timer);
        }
        move || drop(pending.borrow_mut().take())
    });
}
