//! The incident explainer widget: an outage's timeline, its affected services, a "was I
//! affected?" checker and compensation guidance, embeddable in any page.
//!
//! Layers, from the inside out; each uses only those above it in this list, never one below
//! (`tests/layers.rs` checks it):
//! - `incident`: the pure domain (no browser, no clock);
//! - `data`: the data edge (JSON reading, validation with located errors, loading);
//! - `locale`: the `Locale` enum, a leaf that both `route` and `i18n` use;
//! - `i18n`: messages and formats per locale, and the texts composed from them;
//! - `route`: the public routes and reading their queries against the incident, pure;
//! - `hooks`: the context every view reads (`Ctx`) and the view's hooks;
//! - `components`: the view, one component per file, a folder per view;
//! - `host`: the browser edge (URL, zone, fetching, embedding);
//! - `mount` (here): reads the page's options through `host` and renders `components::shell::app::App`.

pub mod components;
pub mod data;
pub mod hooks;
pub mod host;
pub mod i18n;
pub mod incident;
pub mod locale;
pub mod route;
pub mod script_embed;
pub mod state;

pub use components::shell::app::{App, AppProps};

use state::Theme;
use std::rc::Rc;

/// Mounts the widget into `#incident-explainer` (or the body), reading its options from the
/// element's `data-src` and `data-theme` and from the page's `?src=`, `?theme=` and `?accent=`.
pub fn mount() {
    host::mark("start");
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id(host::MOUNT_ID)
        .or_else(|| document.body().map(Into::into));
    let Some(root) = root else { return };
    let src = host::location::page_param("src")
        .or_else(|| root.get_attribute("data-src"))
        .filter(|s| !s.trim().is_empty());
    let theme = host::location::page_param("theme")
        .or_else(|| root.get_attribute("data-theme"))
        .and_then(|t| Theme::parse(&t))
        .unwrap_or_default();
    host::theme::apply_accent(&root, host::location::page_param("accent").as_deref());
    // The boot message written in the page stays until the widget replaces it.
    root.set_text_content(None);
    let props = AppProps {
        route: host::location::current_route(),
        preferred: Rc::new(host::preferred_languages()),
        now: host::now(),
        reader_zone: Rc::new(host::zone::BrowserZone::new()),
        src: src.map(Into::into),
        theme,
        place: host::place::Place::Page,
        embedded: host::place::Place::Page.in_host_page(),
    };
    host::embed::start(&root);
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
