//! The URL: the current route from the hash, navigation, and following hash changes (links,
//! back and forward). Hash routes work on any static host and inside an iframe.

use crate::route::{self, Route};
use gloo::events::EventListener;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The route in the address bar now.
pub fn current_route() -> Route {
    route::parse(&location().and_then(|l| l.hash().ok()).unwrap_or_default())
}

/// A parameter of the page's own query string (`?src=…`), not of the hash.
pub fn page_param(key: &str) -> Option<String> {
    let search = location()?.search().ok()?;
    route::query_pairs(search.trim_start_matches('?'))
        .into_iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// The page's full URL, for resolving relative `src` values.
pub fn page_url() -> String {
    location().and_then(|l| l.href().ok()).unwrap_or_default()
}

/// Goes to a route as a new history entry; the hash listener then updates the state.
pub fn navigate(r: &Route) {
    if let Some(l) = location() {
        let _ = l.set_hash(&route::format(r));
    }
}

/// Replaces the current history entry's route (for typing in a form, which should not fill
/// the back button with every keystroke).
pub fn replace(r: &Route) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&route::format(r)),
        );
        if let Ok(event) = web_sys::Event::new("hashchange") {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// Calls `on_route` whenever the hash changes; the returned guard stops listening.
pub fn follow_hash(on_route: impl Fn(Route) + 'static) -> impl FnOnce() {
    let listener = web_sys::window()
        .map(|w| EventListener::new(&w, "hashchange", move |_| on_route(current_route())));
    move || drop(listener)
}
