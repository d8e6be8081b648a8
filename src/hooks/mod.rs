//! The view's hooks: reading the shared context, the root's effects (following the URL,
//! loading another incident, focus), the name index, and an effect that skips its first run.
//! They sit below `components` and never name it.

pub mod app;
pub mod ctx;
pub mod effects;
pub mod embed;
pub mod place;
pub mod use_names;

pub use ctx::{use_ctx, use_route, Ctx, SameIncident};
pub use effects::{use_effect_on_change, use_effect_with_first};
pub use embed::{use_embed, Embed};
pub use place::use_place;
