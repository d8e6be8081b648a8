//! The frame around every view: the root `App` (state, loading, URL, focus), the header, the
//! navigation, the load notice, the page for an unknown address, and the switch that picks the
//! current view.

pub mod app;
pub mod header;
pub mod nav;
pub mod not_found;
pub mod notice;
pub mod views;
