//! The status chart shown on the timeline: its rows of bars, the time axis, the cursor in
//! words, the legend, the zoom presets, and the same chart as a table.

pub mod axis;
pub mod cursor;
pub mod legend;
pub mod row;
pub mod rows;
pub mod status_chart;
pub mod table;
pub mod zoom;
