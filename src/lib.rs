//! The incident explainer widget: an outage's timeline, its affected services, a "was I
//! affected?" checker and compensation guidance, embeddable in any page.
//!
//! Layers, from the inside out:
//! - `incident`: the pure domain (no browser, no clock);
//! - `data`: the data edge (JSON reading, validation with located errors, loading);
//! - `i18n`: locales, messages and formats;
//! - `route`: the public routes, pure;
//! - `components`: the view, one component per file;
//! - `host`: the browser edge (mounting, URL, zone, embedding).

pub mod components;
pub mod data;
pub mod host;
pub mod i18n;
pub mod incident;
pub mod route;
pub mod state;

pub use components::app::{App, AppProps};
