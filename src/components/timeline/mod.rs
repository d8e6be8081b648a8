//! The timeline view (`#/timeline`, `#/timeline/{event-id}`) and its private parts: the key
//! figures, the filters, the events grouped by day, one event, and the deep link's focus. The
//! status chart it shows is `super::chart`.

pub mod deep_link;
pub mod event;
pub mod filters;
pub mod key_figures;
pub mod list;
pub mod view;
