//! Embedded mode's compact parts (the key moments, the worst-hit services, the link to see
//! everything in the widget's own page) and the "Share / embed" panel every view carries.

pub mod key_moments;
pub mod panel;
pub mod see_all;
pub mod snippets;
pub mod worst_hit;
