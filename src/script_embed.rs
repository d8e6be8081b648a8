//! The script embed: `<incident-explainer src="…" lang="ko|en" route="/check?…"
//! theme="auto|light|dark">`. The module `incident-explainer.js` (from `embed/`) defines the
//! element, gives it an open shadow root with the widget's stylesheet, loads this wasm, and
//! calls `mount_element(shadowRoot, { base })`, which renders the `App` into the shadow root.
//!
//! The element's route lives in memory (`crate::host::place::Place::Element`), mirrored to its
//! `route` attribute; a new `route` attribute navigates (`Embed::set_route`), a new `src`,
//! `lang` or `theme` renders the widget afresh at the same route (`Embed::remount`). Links
//! inside the widget (`#/services`, the language switch) navigate the element instead of the
//! host page's hash. The first embed on the page (iframe or script) also answers the host
//! deep link `#incident-explainer=/…`, which it reads and never writes.

use crate::data::BUILTIN_FILE;
use crate::host::place::{self, ElementPlace, Place};
use crate::route::{self, Route};
use crate::state::Theme;
use crate::{host, App, AppProps};
use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The custom element's name.
pub const ELEMENT: &str = "incident-explainer";

/// Whether this page defined `<incident-explainer>`: then the wasm was loaded by the script
/// embed's module, and the page is the host's, not the widget's own.
pub fn page_defines_element() -> bool {
    web_sys::window().is_some_and(|w| !w.custom_elements().get(ELEMENT).is_undefined())
}

/// One mounted `<incident-explainer>`. The module keeps it and calls its methods when the
/// element's attributes change or it leaves the page.
#[wasm_bindgen]
pub struct Embed {
    place: Rc<ElementPlace>,
    container: web_sys::Element,
    app: Option<yew::AppHandle<App>>,
    _listeners: Vec<EventListener>,
}

/// Mounts the widget into `root`, the shadow root of an `<incident-explainer>` element.
/// `options.base` is the bundle's address (the module's own folder).
#[wasm_bindgen]
pub fn mount_element(root: web_sys::ShadowRoot, options: JsValue) -> Result<Embed, JsValue> {
    let host_el = root.host();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    if let Some(base) = js_sys::Reflect::get(&options, &"base".into())
        .ok()
        .and_then(|b| b.as_string())
    {
        place::set_bundle(&base);
    }
    // The first embed on the page, iframe or element, answers the host deep link.
    let first = document
        .query_selector(&format!("iframe[data-incident-explainer], {ELEMENT}"))
        .ok()
        .flatten()
        .is_some_and(|e| e == host_el);
    let from_link = first.then(place::host_link_route).flatten();
    let route = from_link
        .clone()
        .or_else(|| attribute_route(&host_el))
        .unwrap_or_else(default_route);
    // The module's `.ie-scope` (with its loading message), else a new one.
    let container = match root.query_selector(".ie-scope")? {
        Some(c) => c,
        None => {
            let c = document.create_element("div")?;
            c.set_class_name("ie-scope");
            root.append_child(&c)?;
            c
        }
    };
    let place = Rc::new(ElementPlace::new(host_el.clone(), root, route, first));
    if let Some(r) = from_link {
        let _ = host_el.set_attribute("route", &place::attribute_value(&r));
    }
    let mut listeners = vec![follow_links(&container, place.clone())];
    if first {
        listeners.extend(follow_host_link(place.clone()));
    }
    let mut embed = Embed {
        place,
        container,
        app: None,
        _listeners: listeners,
    };
    embed.remount();
    Ok(embed)
}

#[wasm_bindgen]
impl Embed {
    /// The `route` attribute changed: go there (a value that is not a widget route goes to
    /// the timeline). The widget's own mirroring of its route arrives here unchanged and stops.
    pub fn set_route(&self, value: Option<String>) {
        let r = value
            .as_deref()
            .and_then(place::read_widget_route)
            .unwrap_or_else(default_route);
        self.place.go(r);
    }

    /// `src`, `lang` or `theme` changed: render the widget afresh, at the route it shows.
    pub fn remount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.container.set_text_content(None);
        let host_el = self.place.host();
        let attr = |name: &str| {
            host_el
                .get_attribute(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        // The element's language, else its nearest ancestor's (the document's), else Korean.
        let lang = host_el
            .closest("[lang]")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("lang"));
        let props = AppProps {
            route: self.place.route(),
            preferred: Rc::new(lang.into_iter().collect()),
            now: host::now(),
            reader_zone: Rc::new(host::zone::BrowserZone::new()),
            // No `src`: the built-in incident's file beside the module (the bundle).
            src: Some(
                attr("src")
                    .unwrap_or_else(|| {
                        format!("{}{}", place::bundle().unwrap_or_default(), BUILTIN_FILE)
                    })
                    .into(),
            ),
            theme: attr("theme")
                .and_then(|t| Theme::parse(&t))
                .unwrap_or_default(),
            incident: None,
            on_settled: Default::default(),
            embed: crate::hooks::Embed {
                embedded: true,
                bundle: place::bundle().unwrap_or_else(|| "./".into()).into(),
                src: attr("src").map(Into::into),
            },
            place: Place::Element(self.place.clone()),
        };
        self.app =
            Some(yew::Renderer::<App>::with_root_and_props(self.container.clone(), props).render());
    }

    /// The element left the page: stop the widget.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self._listeners.clear();
    }
}

fn default_route() -> Route {
    route::parse("#/timeline")
}

fn attribute_route(el: &web_sys::Element) -> Option<Route> {
    place::read_widget_route(&el.get_attribute("route")?)
}

/// Links inside the widget (`#/…`, and in-page `#id` links) act on the element: a route
/// navigates it, an id scrolls to that element of the widget. The host page's hash is left
/// alone. A click with a modifier key or another button is the browser's.
fn follow_links(container: &web_sys::Element, place: Rc<ElementPlace>) -> EventListener {
    let root = container.clone();
    EventListener::new_with_options(
        container,
        "click",
        EventListenerOptions::enable_prevent_default(),
        move |event| {
            let Some(mouse) = event.dyn_ref::<web_sys::MouseEvent>() else {
                return;
            };
            if mouse.default_prevented()
                || mouse.button() != 0
                || mouse.ctrl_key()
                || mouse.meta_key()
                || mouse.shift_key()
                || mouse.alt_key()
            {
                return;
            }
            let link = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("a[href]").ok().flatten());
            let Some(href) = link.and_then(|a| a.get_attribute("href")) else {
                return;
            };
            if let Some(r) = href.strip_prefix('#') {
                event.prevent_default();
                if r.starts_with('/') {
                    place.go(route::parse(r));
                } else if !r.is_empty() {
                    scroll_to(&root, r);
                }
            }
        },
    )
}

fn scroll_to(root: &web_sys::Element, id: &str) {
    let target = root
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|r| r.get_element_by_id(id));
    if let Some(el) = target {
        el.scroll_into_view();
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// A new host deep link on the same page (a support page's list of links) moves the first
/// embed too.
fn follow_host_link(place: Rc<ElementPlace>) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        if let Some(r) = place::host_link_route() {
            place.go(r);
        }
    }))
}
