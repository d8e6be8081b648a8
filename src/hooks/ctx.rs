//! The context every view reads (`Ctx`: the language, the incident, the route, the reader's
//! clock and zone) and the hook that reads it. A component outside the `App`'s provider is a
//! bug in the widget, not a state of the data: `use_ctx` panics on it in debug builds and
//! tests, and only a release build falls back to drawing nothing.

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
    pub route: Route,
    /// The reader's present moment, read once by the host.
    pub now: Time,
    /// The reader's own zone (the browser's, or a fixed one in tests).
    pub reader_zone: Rc<dyn ZoneRule>,
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale
            && Rc::ptr_eq(&self.incident, &other.incident)
            && self.route == other.route
            && self.now == other.now
            && Rc::ptr_eq(&self.reader_zone, &other.reader_zone)
    }
}

impl Ctx {
    /// The hash of a view, keeping the reader's explicit language.
    pub fn href(&self, view: View) -> String {
        crate::route::format(&Route {
            view,
            lang: self.route.lang,
        })
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
