//! Which zone the timeline's days and the chart's axis are told in: the incident's own (KST,
//! the default, as the story is told there) or the reader's. The switch only shows when the
//! two differ; the choice is the view's state, not the URL's.

use crate::components::shared::when::incident_zone;
use crate::hooks::{use_ctx, Ctx};
use crate::incident::zone::ZoneRule;
use chrono::Utc;
use std::rc::Rc;
use yew::prelude::*;

/// The zone days and axis use: the reader's when `reader`, else the incident's.
pub fn primary_zone(ctx: &Ctx, reader: bool) -> Rc<dyn ZoneRule> {
    if reader {
        ctx.reader_zone.clone()
    } else {
        Rc::new(incident_zone(ctx))
    }
}

/// A short name of that zone: "KST", or the reader's zone name ("America/New_York").
pub fn zone_label(ctx: &Ctx, reader: bool) -> String {
    if reader {
        ctx.reader_zone.name().to_string()
    } else {
        ctx.incident.zone.abbr.clone()
    }
}

/// Whether the reader's clock differed from the incident's at any moment of it.
pub fn reader_differs(ctx: &Ctx) -> bool {
    let inc = &ctx.incident;
    [Some(inc.start), inc.end]
        .into_iter()
        .flatten()
        .any(|t| ctx.reader_zone.offset_at(t.with_timezone(&Utc)) != inc.zone.offset)
}

#[derive(Properties, PartialEq)]
pub struct DayZoneSwitchProps {
    /// Days are in the reader's zone (else the incident's).
    pub reader: bool,
    /// Called with the new choice.
    pub on_change: Callback<bool>,
}

#[function_component(DayZoneSwitch)]
pub fn day_zone_switch(props: &DayZoneSwitchProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    // The pre-renderer keeps the row, shown (with the reader's zone named) by assets/boot.js
    // where the reader's zone differs.
    let pending = ctx.reader_zone.pending();
    if !pending && !reader_differs(&ctx) {
        return Html::default();
    }
    let (c, t) = (ctx.locale.common(), ctx.locale.timeline());
    let button = |reader: bool, label: Html| {
        let on_change = props.on_change.clone();
        let pressed = if props.reader == reader {
            "true"
        } else {
            "false"
        };
        html! {
            <li><button type="button" class="ie-chip" aria-pressed={pressed}
                onclick={move |_| on_change.emit(reader)}>{ label }</button></li>
        }
    };
    let mine = if pending {
        html! { <>{ c.your_time }{ " (" }<span class="ie-reader-zone"></span>{ ")" }</> }
    } else {
        html! { { format!("{} ({})", c.your_time, zone_label(&ctx, true)) } }
    };
    html! {
        <div class={classes!("ie-tl-zone", pending.then_some("ie-zone-slot"))} role="group"
            aria-labelledby="ie-tl-zone-label">
            <span id="ie-tl-zone-label" class="ie-tl-zone-label">{ t.days_in }</span>
            <ul class="ie-chips">
                { button(false, html! { { format!("{} ({})", c.kst_label, zone_label(&ctx, false)) } }) }
                { button(true, mine) }
            </ul>
        </div>
    }
}
