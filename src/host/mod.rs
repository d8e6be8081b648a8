//! The browser edge: mounting the widget, the URL, the reader's zone and clock, fetching,
//! storage and embedding. Everything that touches `web_sys` outside components lives here.

pub mod clipboard;
pub mod embed;
pub mod fetch;
pub mod location;
pub mod zone;

use crate::components::app::{App, AppProps};
use crate::incident::Time;
use crate::state::Theme;
use chrono::{DateTime, Utc};
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The id of the element the widget mounts into.
pub const MOUNT_ID: &str = "incident-explainer";

/// The reader's present moment, in UTC.
pub fn now() -> Time {
    let ms = js_sys::Date::now() as i64;
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .fixed_offset()
}

/// `navigator.languages`, most preferred first.
fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let langs = window.navigator().languages();
    let mut out: Vec<String> = langs.iter().filter_map(|v| v.as_string()).collect();
    if out.is_empty() {
        out.extend(window.navigator().language());
    }
    out
}

/// Moves keyboard focus to the first element matching `selector`, if any.
pub fn focus_selector(selector: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Marks a moment on the page's performance timeline (`incident-explainer:{name}`), for the
/// benchmark to read. Does nothing outside a browser.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_variables))]
pub fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(&format!("incident-explainer:{name}"));
    }
}

/// Records the span from mark `from` to mark `to` as a measure named `incident-explainer:{name}`.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_variables))]
pub fn measure(name: &str, from: &str, to: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let (from, to) = (
            format!("incident-explainer:{from}"),
            format!("incident-explainer:{to}"),
        );
        let _ = p.measure_with_start_mark_and_end_mark(
            &format!("incident-explainer:{name}"),
            &from,
            &to,
        );
    }
}

/// Mounts the widget into `#incident-explainer` (or the body), reading its options from the
/// element's `data-src` and `data-theme` and from the page's `?src=`.
pub fn mount() {
    mark("start");
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id(MOUNT_ID)
        .or_else(|| document.body().map(Into::into));
    let Some(root) = root else { return };
    let src = location::page_param("src")
        .or_else(|| root.get_attribute("data-src"))
        .filter(|s| !s.trim().is_empty());
    let theme = root
        .get_attribute("data-theme")
        .and_then(|t| Theme::parse(&t))
        .unwrap_or_default();
    // The boot message written in the page stays until the widget replaces it.
    root.set_text_content(None);
    let props = AppProps {
        route: location::current_route(),
        preferred: Rc::new(preferred_languages()),
        now: now(),
        reader_zone: Rc::new(zone::BrowserZone::new()),
        src: src.map(Into::into),
        theme,
    };
    embed::start(&root);
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
