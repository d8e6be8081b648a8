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

/// The id of the element the widget mounts into.
pub const MOUNT_ID: &str = "incident-explainer";

/// Where the built-in incident is: the `href` of the page's `<link data-incident>` (the loader
/// preloads it beside the wasm, after the first paint), else `BUILTIN_FILE` beside the page.
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
