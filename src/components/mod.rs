//! The view: one component per file. Components read the shared `Ctx` and render text from the
//! data as text nodes only; links from data are checked before they become `href`s.

pub mod app;
pub mod check;
pub mod compensation;
pub mod header;
pub mod nav;
pub mod not_found;
pub mod notice;
pub mod services;
pub mod sources;
pub mod timeline;
pub mod views;
pub mod when;

use crate::i18n::Locale;
use crate::incident::zone::ZoneRule;
use crate::incident::{Incident, Time};
use crate::route::{Route, View};
use std::rc::Rc;

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
