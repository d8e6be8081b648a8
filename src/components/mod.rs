//! The view: one component per file. Components read the shared `Ctx` and render text from the
//! data as text nodes only; links from data are checked before they become `href`s.

pub mod amount_question;
pub mod app;
pub mod app_hooks;
pub mod ask_question;
pub mod chart_axis;
pub mod chart_cursor;
pub mod chart_legend;
pub mod chart_row;
pub mod chart_rows;
pub mod chart_table;
pub mod chart_zoom;
pub mod check;
pub mod check_form;
pub mod check_functions;
pub mod check_result;
pub mod check_share;
pub mod check_why;
pub mod choice_question;
pub mod claimant_list;
pub mod claimant_offers;
pub mod claimant_overview;
pub mod compensation;
pub mod context_list;
pub mod copy_button;
pub mod day_zone_switch;
pub mod deep_link;
pub mod dispute;
pub mod estimate_card;
pub mod estimate_result;
pub mod estimator;
pub mod estimator_question;
pub mod estimator_step;
pub mod function_status;
pub mod header;
pub mod key_figures;
pub mod level_badge;
pub mod nav;
pub mod not_found;
pub mod notice;
pub mod offer_card;
pub mod offer_facts;
pub mod progressive;
pub mod service_card;
pub mod service_detail;
pub mod service_facts;
pub mod service_list;
pub mod service_missing;
pub mod service_offers;
pub mod service_picker;
pub mod service_search;
pub mod services;
pub mod sources;
pub mod status_chart;
pub mod time_picker;
pub mod timeline;
pub mod timeline_event;
pub mod timeline_filters;
pub mod timeline_list;
pub mod use_names;
pub mod views;
pub mod when;
pub mod window_list;

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
