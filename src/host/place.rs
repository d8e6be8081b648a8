//! Where one widget lives: the whole page (the standalone page and the iframe: routes in the
//! URL's hash, elements in the document) or an `<incident-explainer>` element of a host page
//! (the script embed: routes kept in memory and mirrored to the element's `route` attribute,
//! elements in its shadow root). The host page's `location.hash` is never read or written for
//! an element, so any number of them live on one page, each with its own route.
//!
//! The `App` provides its `Place` as a context (`crate::hooks::use_place`); every navigation,
//! focus move and shared link goes through it.

use crate::route::{self, Route};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The host page's deep link to its first embed: `#incident-explainer=/check?…`.
pub const HOST_LINK: &str = "incident-explainer=";

#[derive(Clone, Default)]
pub enum Place {
    /// The page is the widget's own: routes in `location.hash`.
    #[default]
    Page,
    /// An element of a host page: routes in memory.
    Element(Rc<ElementPlace>),
}

impl PartialEq for Place {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Place::Page, Place::Page) => true,
            (Place::Element(a), Place::Element(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

type Listener = Rc<dyn Fn(Route)>;

thread_local! {
    static BUNDLE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Records where the bundle was loaded from (the script embed's module knows it); its origin
/// may serve incident files too.
pub fn set_bundle(base: &str) {
    BUNDLE.with(|b| b.replace(Some(base.to_string())));
}

/// The bundle's address (`https://cdn.example/widget/`), when a script embed loaded it.
pub fn bundle() -> Option<String> {
    BUNDLE.with(|b| b.borrow().clone())
}

/// A script embed: its host element, its shadow root, the route it shows.
pub struct ElementPlace {
    host: web_sys::Element,
    root: web_sys::ShadowRoot,
    route: RefCell<Route>,
    listener: RefCell<Option<Listener>>,
    /// The first embed on the page answers the host deep link (and its shared links use it).
    pub first: bool,
}

impl ElementPlace {
    pub fn new(
        host: web_sys::Element,
        root: web_sys::ShadowRoot,
        route: Route,
        first: bool,
    ) -> Self {
        ElementPlace {
            host,
            root,
            route: RefCell::new(route),
            listener: RefCell::new(None),
            first,
        }
    }

    pub fn host(&self) -> &web_sys::Element {
        &self.host
    }

    pub fn route(&self) -> Route {
        self.route.borrow().clone()
    }

    /// Shows `r`, mirrors it to the `route` attribute and tells the `App`. Returns whether the
    /// route changed. The attribute's own change callback then finds it unchanged and stops.
    pub fn go(&self, r: Route) -> bool {
        if *self.route.borrow() == r {
            return false;
        }
        self.route.replace(r.clone());
        let _ = self.host.set_attribute("route", &attribute_value(&r));
        let listener = self.listener.borrow().clone();
        if let Some(listener) = listener {
            listener(r);
        }
        true
    }
}

/// A route as the `route` attribute shows it: `/check?service=…`, without the `#`.
pub fn attribute_value(r: &Route) -> String {
    route::format(r).trim_start_matches('#').to_string()
}

/// Reads a widget route given by a host (the `route` attribute, the host deep link): a path
/// that starts with `/` (or `#/`), or that whole text percent-encoded once (`%2Fcheck%3F…`);
/// anything else (a URL, `//host`, `javascript:…`) is refused.
pub fn read_widget_route(text: &str) -> Option<Route> {
    let t = text.trim();
    let t = t.strip_prefix('#').unwrap_or(t);
    let t = match t.get(..3) {
        // Decoded once here and once more by the route's own reading: a `+` that was `%2B`
        // must stay a plus there.
        Some(p) if p.eq_ignore_ascii_case("%2f") => route::decode(t).replace('+', "%2B"),
        _ => t.to_string(),
    };
    let ok = t.starts_with('/') && !t.starts_with("//") && !t.contains('\\');
    ok.then(|| route::parse(&t))
}

/// The route of the host page's deep link (`#incident-explainer=/…`), if its URL carries one.
pub fn host_link_route() -> Option<Route> {
    let hash = web_sys::window()?.location().hash().ok()?;
    read_widget_route(hash.strip_prefix('#')?.strip_prefix(HOST_LINK)?)
}

impl Place {
    /// The route shown now.
    pub fn current_route(&self) -> Route {
        match self {
            Place::Page => super::location::current_route(),
            Place::Element(e) => e.route(),
        }
    }

    /// Goes to a route (a new history entry on a page of its own).
    pub fn navigate(&self, r: &Route) {
        match self {
            Place::Page => super::location::navigate(r),
            Place::Element(e) => {
                e.go(r.clone());
            }
        }
    }

    /// Replaces the route (typing in a form).
    pub fn replace(&self, r: &Route) {
        match self {
            Place::Page => super::location::replace(r),
            Place::Element(e) => {
                e.go(r.clone());
            }
        }
    }

    /// Calls `on_route` whenever the route changes; the returned guard stops it.
    pub fn follow(&self, on_route: impl Fn(Route) + 'static) -> Box<dyn FnOnce()> {
        match self {
            Place::Page => Box::new(super::location::follow_hash(on_route)),
            Place::Element(e) => {
                let listener: Listener = Rc::new(on_route);
                e.listener.replace(Some(listener.clone()));
                let e = e.clone();
                // Only its own: a widget rendered afresh may have set its listener already.
                Box::new(move || {
                    let mut current = e.listener.borrow_mut();
                    if current.as_ref().is_some_and(|l| Rc::ptr_eq(l, &listener)) {
                        *current = None;
                    }
                })
            }
        }
    }

    /// The absolute link that opens this widget at `r`: the page's address with the route in its
    /// hash, or for the first script embed of a host page the host's address with its deep
    /// link (`#incident-explainer=/…`). Other script embeds have no link of their own: their
    /// links open the widget's own page (`bundle`) at that route.
    pub fn link(&self, r: &Route) -> String {
        let page = super::location::page_url();
        let page = page.split('#').next().unwrap_or_default();
        match self {
            Place::Page => format!("{page}{}", route::format(r)),
            Place::Element(e) if e.first => format!("{page}#{HOST_LINK}{}", attribute_value(r)),
            Place::Element(_) => format!("{}{}", bundle().unwrap_or_default(), route::format(r)),
        }
    }

    /// The first element matching `selector` in this widget.
    pub fn query(&self, selector: &str) -> Option<web_sys::Element> {
        match self {
            Place::Page => web_sys::window()?
                .document()?
                .query_selector(selector)
                .ok()
                .flatten(),
            Place::Element(e) => e.root.query_selector(selector).ok().flatten(),
        }
    }

    /// The element with this `id` in this widget.
    pub fn element_by_id(&self, id: &str) -> Option<web_sys::Element> {
        match self {
            Place::Page => web_sys::window()?.document()?.get_element_by_id(id),
            Place::Element(e) => e.root.get_element_by_id(id),
        }
    }

    /// Moves keyboard focus to the first element matching `selector`, if any, unless the reader
    /// has it somewhere else in the page around the widget (the route changed from the host
    /// page, by a host deep link): there it stays.
    pub fn focus(&self, selector: &str) {
        if !self.may_take_focus() {
            return;
        }
        let el = self
            .query(selector)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    }

    /// In a page of its own, always; in a frame, when its document has focus; as an element,
    /// when focus is inside it or nowhere in particular (the host page's body).
    fn may_take_focus(&self) -> bool {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return false;
        };
        match self {
            Place::Page => !super::embed::in_frame() || document.has_focus().unwrap_or(true),
            Place::Element(e) => match document.active_element() {
                None => true,
                Some(active) => active == e.host || Some(&active) == document.body().as_deref(),
            },
        }
    }

    /// Whether the widget sits inside a host page (in an iframe or as an element), where
    /// moving focus at start would scroll the page around it.
    pub fn in_host_page(&self) -> bool {
        match self {
            Place::Element(_) => true,
            Place::Page => {
                web_sys::window().is_some_and(|w| w.parent().ok().flatten().is_some_and(|p| p != w))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_gives_only_widget_routes() {
        let check = route::parse("#/check?service=kakaotalk&at=2022-10-15T16:00:00%2B09:00");
        for given in [
            "/check?service=kakaotalk&at=2022-10-15T16:00:00%2B09:00",
            "#/check?service=kakaotalk&at=2022-10-15T16:00:00%2B09:00",
            " /check?service=kakaotalk&at=2022-10-15T16:00:00%2B09:00 ",
            // encodeURIComponent of the whole route, as a CMS might write it
            "%2Fcheck%3Fservice%3Dkakaotalk%26at%3D2022-10-15T16%3A00%3A00%2B09%3A00",
        ] {
            assert_eq!(read_widget_route(given), Some(check.clone()), "{given:?}");
        }
        for refused in [
            "",
            "check",
            "https://evil.example/x",
            "//evil.example/x",
            "%2F%2Fevil.example",
            "/\\evil.example",
            "javascript:alert(1)",
        ] {
            assert_eq!(read_widget_route(refused), None, "{refused:?}");
        }
    }

    #[test]
    fn the_route_attribute_has_no_hash() {
        assert_eq!(
            attribute_value(&route::parse("#/services?lang=en")),
            "/services?lang=en"
        );
    }
}
