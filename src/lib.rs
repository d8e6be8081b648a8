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
/// element's `data-src`, `data-theme` and `data-lang` and from the page's `?src=`, `?theme=`
/// and `?accent=`. Without a
/// `src` it loads the built-in incident's file (`host::builtin_src`). What the mount element
/// shows meanwhile (the pre-rendered views, or a boot message) stays until the first load has
/// settled; then the widget takes its place (`host::takeover`). In an iframe (or with
/// `?embed=1`; `?embed=0` turns it off) the widget is embedded: compact views, and its height
/// reported to the host page (`host::embed`).
pub fn mount() {
    host::mark("start");
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id(host::MOUNT_ID)
        .or_else(|| document.body().map(Into::into));
    let Some(root) = root else { return };
    let Ok(live) = document.create_element("div") else {
        return;
    };
    live.set_class_name("ie-live");
    let explicit_src = host::location::page_param("src")
        .or_else(|| root.get_attribute("data-src"))
        .filter(|s| !s.trim().is_empty());
    let src = explicit_src.clone().unwrap_or_else(host::builtin_src);
    let theme = host::location::page_param("theme")
        .or_else(|| root.get_attribute("data-theme"))
        .and_then(|t| Theme::parse(&t))
        .unwrap_or_default();
    // A page in one language (en/index.html) prefers it to the browser's; `lang=` still wins.
    let mut preferred: Vec<String> = root.get_attribute("data-lang").into_iter().collect();
    preferred.extend(host::preferred_languages());
    host::theme::apply_accent(&root, host::location::page_param("accent").as_deref());
    let takeover = host::takeover::Takeover::new(root.clone(), live.clone());
    let props = AppProps {
        route: host::location::current_route(),
        preferred: Rc::new(preferred),
        now: host::now(),
        reader_zone: Rc::new(host::zone::BrowserZone::new()),
        embed: hooks::Embed {
            embedded: host::embed::is_embedded(),
            bundle: host::embed::bundle_url().into(),
            src: explicit_src.map(Into::into),
        },
        src: Some(src.into()),
        theme,
        incident: None,
        on_settled: yew::Callback::from(move |()| takeover.settled()),
        place: host::place::Place::Page,
    };
    host::embed::start(&root);
    yew::Renderer::<App>::with_root_and_props(live, props).render();
}
