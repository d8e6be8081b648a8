//! The view: one component per file, in one folder per view (`timeline`, `chart`, `services`,
//! `check`, `compensation`, `estimator`), the frame around them (`shell`) and the parts more
//! than one view uses (`shared`). Components read the shared `Ctx` (`crate::hooks`) and render
//! text from the data as text nodes only; links from data are checked before they become
//! `href`s. Small parts with no state of their own (the level badge, the chart's zoom, legend,
//! axis and cursor note) are plain functions given the `Ctx`: each component type costs the
//! wasm about 1.8 kB of yew's code for it.

pub mod chart;
pub mod check;
pub mod compensation;
pub mod embed;
pub mod estimator;
pub mod services;
pub mod shared;
pub mod shell;
pub mod timeline;
