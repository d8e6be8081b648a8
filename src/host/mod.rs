//! The browser edge: the URL, the reader's languages, zone and clock, fetching, storage and
//! embedding. Everything that touches `web_sys` outside components lives here. It knows
//! nothing of the view: mounting the `App` is `crate::mount`.

pub mod clipboard;
pub mod embed;
pub mod fetch;
pub mod location;
pub mod place;
pub mod shown;
pub mod takeover;
pub mod tasks;
pub mod theme;
pub mod zone;

use crate::incident::Time;
use chrono::{DateTime, Utc};
use wasm_bindgen::JsCast;

/// The id of the element the widget mounts into.
pub const MOUNT_ID: &str = "incident-explainer";

/// Where the built-in incident is: the `href` of the page's `<link rel="preload" data-incident>`
/// (index.html preloads it, so it arrives with the wasm), else `BUILTIN_FILE` beside the page.
/// Resolved against the page like any `src`.
pub fn builtin_src() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("link[data-incident]").ok().flatten())
        .and_then(|link| link.get_attribute("href"))
        .unwrap_or_else(|| crate::data::BUILTIN_FILE.to_string())
}

/// The reader's present moment, in UTC.
pub fn now() -> Time {
    let ms = js_sys::Date::now() as i64;
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .fixed_offset()
}

/// `navigator.languages`, most preferred first.
pub fn preferred_languages() -> Vec<String> {
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

/// Moves keyboard focus to the first element matching `selector`, if any. In a frame whose
/// document does not have focus (the route changed from the host page, by a host deep link),
/// focus stays where the reader has it, on the page around the embed.
pub fn focus_selector(selector: &str) {
    let in_frame = embed::in_frame();
    let document = web_sys::window().and_then(|w| w.document());
    if in_frame
        && !document
            .as_ref()
            .is_some_and(|d| d.has_focus().unwrap_or(true))
    {
        return;
    }
    let el = document
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
