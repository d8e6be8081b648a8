//! Compensation: which offers fit a claimant group or a service, whether a claim window is open
//! as of a moment, and the estimator — the questions a rule needs, the answers read from what a
//! reader types, the rule engine that grades an estimate and records its arithmetic as data,
//! and the question flow as a pure reducer.
//!
//! Every rule comes from the incident data (`crate::incident::Rule`); nothing here knows which
//! incident it is looking at. No clock: `now` is passed in. No yew, web_sys or gloo.
//!
//! One file per part: `offers`, `windows`, `input`, `rules`, `flow`; everything is re-exported
//! here, so callers name `crate::incident::compensation::X`.

mod flow;
mod input;
mod offers;
mod rules;
mod windows;

#[cfg(test)]
mod fixtures;

pub use flow::*;
pub use input::*;
pub use offers::*;
pub use rules::*;
pub use windows::*;
