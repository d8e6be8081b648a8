//! The context every view reads (`Ctx`: the language, the incident, the reader's clock and
//! zone) and the hook that reads it; the route is a context of its own (`use_route`), read only
//! by what shows or links to the current view. So a navigation (a filter, another check)
//! renders again what depends on the route and nothing else: the chart, the key figures, the
//! sources of a view whose query changed stay as they are. A component outside the `App`'s
//! providers is a bug in the widget, not a state of the data: `use_ctx` and `use_route` panic
//! on it in debug builds and tests, and only a release build falls back.

use crate::incident::zone::ZoneRule;
use crate::incident::{Incident, Time};
use crate::locale::Locale;
use crate::route::{Route, View};
use std::rc::Rc;
use yew::prelude::*;

/// What every view needs: the language, the incident, where we are, the reader's clock.
#[derive(Clone)]
pub struct Ctx {
    pub locale: Locale,
    pub incident: Rc<Incident>,
    /// The language the route names (`lang=`), kept in every link; `None`: the reader's own.
    pub lang: Option<Locale>,
    /// The reader's present moment, read once by the host.
    pub now: Time,
    /// The reader's own zone (the browser's, or a fixed one in tests).
    pub reader_zone: Rc<dyn ZoneRule>,
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale
            && Rc::ptr_eq(&self.incident, &other.incident)
            && self.lang == other.lang
            && self.now == other.now
            && Rc::ptr_eq(&self.reader_zone, &other.reader_zone)
    }
}

impl Ctx {
    /// The hash of a view, keeping the reader's explicit language.
    pub fn href(&self, view: View) -> String {
        crate::route::format(&self.route(view))
    }

    /// A view's route, keeping the reader's explicit language.
    pub fn route(&self, view: View) -> Route {
        Route {
            view,
            lang: self.lang,
        }
    }
}

/// The shared `Ctx`. Panics in debug builds (and so in every test) when a component is
/// rendered outside the `App`'s `ContextProvider<Ctx>`; a release build returns `None`, so the
/// component draws nothing rather than taking the page down.
#[hook]
pub fn use_ctx() -> Option<Ctx> {
    let ctx = use_context::<Ctx>();
    if cfg!(debug_assertions) && ctx.is_none() {
        panic!("a component was rendered outside ContextProvider<Ctx>: a bug in the widget");
    }
    ctx
}

/// The incident, compared by identity (a new `Rc` is a new incident), not field by field: for
/// props and memo keys.
#[derive(Clone)]
pub struct SameIncident(pub Rc<Incident>);

impl PartialEq for SameIncident {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The route shown, which the `App` provides beside `Ctx` (a view being left keeps its own).
/// Panics in debug builds when there is no provider, as `use_ctx` does; a release build falls
/// back to the default route.
#[hook]
pub fn use_route() -> Route {
    let route = use_context::<Route>();
    if cfg!(debug_assertions) && route.is_none() {
        panic!("a component was rendered outside ContextProvider<Route>: a bug in the widget");
    }
    route.unwrap_or_default()
}
