//! The views, rendered by the widget's own `App` with yew's server renderer: one block per view
//! the page carries (timeline, services, checker, compensation and each claimant group's page),
//! each exactly the markup the widget draws at that route for a reader in the incident's zone,
//! with places kept for what a reader elsewhere gets.

use incident_explainer::i18n::Locale;
use incident_explainer::incident::zone::{Fixed, Pending};
use incident_explainer::incident::{Incident, Time};
use incident_explainer::{route, App, AppProps};
use std::rc::Rc;

/// One pre-rendered view: its key (`timeline`, `compensation/{claimant-id}`), the route it
/// was rendered at, and the widget's markup there.
pub struct Block {
    pub view: String,
    pub route: String,
    pub html: String,
}

/// The view of the default route (`#/`, `#/timeline`, an event's `#/timeline/{id}`).
pub const DEFAULT_VIEW: &str = "timeline";

/// The views the page carries, in reading order: each one's key and route (`#/…`).
pub fn views(incident: &Incident) -> Vec<(String, String)> {
    let view = |key: &str| (key.to_string(), format!("#/{key}"));
    let page = |view: &str, id: &str| {
        let hash = format!("#/{view}/{}", route::encode(id));
        (format!("{view}/{id}"), hash)
    };
    let mut out = vec![view(DEFAULT_VIEW), view("services")];
    out.extend(incident.services.iter().map(|s| page("services", &s.id)));
    out.extend([view("check"), view("compensation")]);
    out.extend(
        incident
            .claimants
            .iter()
            .map(|c| page("compensation", &c.id)),
    );
    out
}

/// Renders every view in `locale` (as a route without `lang=`, which the page's language
/// decides), at the moment `now`, for a reader whose zone is not known yet: told in the
/// incident's own, with places kept for the reader's (`Pending`).
pub async fn render(incident: &Rc<Incident>, locale: Locale, now: Time) -> Vec<Block> {
    let mut blocks = Vec::new();
    for (view, hash) in views(incident) {
        let parsed = route::parse(&hash);
        let route = route::format(&parsed).trim_start_matches('#').to_string();
        let props = AppProps {
            route: parsed,
            preferred: Rc::new(vec![locale.code().to_string()]),
            now,
            reader_zone: Rc::new(Pending(Fixed {
                name: incident.zone.name.clone(),
                offset: incident.zone.offset,
            })),
            src: None,
            theme: Default::default(),
            incident: Some(incident.clone()),
            on_settled: Default::default(),
            embed: Default::default(),
            place: Default::default(),
        };
        // Plain markup: the widget replaces it rather than hydrating it.
        let html = yew::LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render()
            .await;
        blocks.push(Block { view, route, html });
    }
    blocks
}
