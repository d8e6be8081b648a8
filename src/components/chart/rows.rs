//! The status chart's rows, the first screenful with the view and the rest one task later
//! (see `progressive`): a long chart reaches below the first screen, and those rows need not
//! hold up the view.

use crate::components::chart::row::ChartRow;
use crate::components::shared::progressive::{first_batch, use_progressive};
use crate::host::takeover::unseen;
use crate::incident::chart::Row;
use std::rc::Rc;
use yew::prelude::*;

/// Rows drawn with the view in a browser: more than fit above the fold beside the header; out
/// of sight, before the widget takes over, only a step's worth.
const FIRST: usize = 14;
const STEP: usize = 12;

#[derive(Properties, PartialEq)]
pub struct ChartRowsProps {
    pub rows: Rc<Vec<Row>>,
    /// Services shown with their functions.
    pub expanded: Rc<Vec<usize>>,
    pub on_toggle: Callback<usize>,
    pub cursor: Option<f64>,
    pub grid: Rc<Vec<f64>>,
    pub breaks: Rc<Vec<f64>>,
    pub reader_zone: bool,
    /// The list's accessible name.
    pub label: AttrValue,
}

#[function_component(ChartRows)]
pub fn chart_rows(props: &ChartRowsProps) -> Html {
    // More services (the chart's "show more") continue the steps rather than starting again.
    let first = if unseen() { STEP } else { FIRST };
    let shown = use_progressive(&(), props.rows.len(), first_batch(first), STEP);
    let rows = props.rows.iter().take(shown).map(|row| {
        let key = match row.function {
            Some(f) => format!("{}-{f}", row.service),
            None => row.service.to_string(),
        };
        html! {
            <ChartRow key={key} row={row.clone()} expanded={props.expanded.contains(&row.service)}
                on_toggle={props.on_toggle.clone()} cursor={props.cursor}
                grid={props.grid.clone()} breaks={props.breaks.clone()} reader_zone={props.reader_zone} />
        }
    });
    html! {
        <ul class="ie-chart-rows" aria-label={props.label.clone()}>{ for rows }</ul>
    }
}
