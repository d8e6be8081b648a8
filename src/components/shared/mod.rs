//! Parts used by more than one view: a moment in both zones (`When`), source citations,
//! disputes, level badges, the zone switch for days, the copy button, and progressive lists.

pub mod copy_button;
pub mod day_zone_switch;
pub mod dispute;
pub mod level_badge;
pub mod progressive;
pub mod sources;
pub mod when;
