//! The pure domain: the validated incident and everything computed from it — status at a
//! moment, the check verdict, name matching, zones, timeline grouping, compensation rules.
//!
//! Nothing here imports `web_sys`, `gloo` or `yew`, reads the clock, the URL or storage: callers
//! pass `now`, the locale, the zone and the data in.

pub mod catalog;
pub mod chart;
pub mod clock;
pub mod compact;
pub mod compensation;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod lasted;
pub mod model;
pub mod named;
pub mod names;
pub mod sort;
pub mod status;
pub mod timeline;
pub mod zone;

pub use model::*;
