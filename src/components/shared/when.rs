//! A moment as the widget shows it everywhere: in the incident's zone (KST) and in the
//! reader's own zone, side by side, with "approx." when the sources give it only roughly. The
//! reader's time is a box of one width whatever it says (styles/base.css), so the place the
//! pre-rendered page keeps for it (`ZoneRule::pending`) is the place the widget fills.

use crate::hooks::{use_ctx, Ctx};
use crate::i18n::format;
use crate::incident::zone::{in_zone, Fixed};
use crate::incident::Time;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhenProps {
    /// The moment.
    pub at: Time,
    /// The sources give it only roughly.
    #[prop_or_default]
    pub approximate: bool,
    /// Show the date too (for lists not grouped by day).
    #[prop_or(true)]
    pub with_date: bool,
}

/// The incident's own zone as a rule.
pub fn incident_zone(ctx: &Ctx) -> Fixed {
    Fixed {
        name: ctx.incident.zone.name.clone(),
        offset: ctx.incident.zone.offset,
    }
}

/// "10월 15일 (토) 15:19" or just "15:19".
pub fn stamp(ctx: &Ctx, t: &Time, with_date: bool) -> String {
    if with_date {
        format::date_time(ctx.locale, t)
    } else {
        format::time(t)
    }
}

#[function_component(When)]
pub fn when(props: &WhenProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let t = ctx.locale.common();
    let home = in_zone(&props.at, &incident_zone(&ctx));
    let reader = in_zone(&props.at, ctx.reader_zone.as_ref());
    let same_zone = home.offset() == reader.offset();
    html! {
        <span class="ie-when">
            if props.approximate {
                <abbr class="ie-approx" title={t.approximate_hint}>{ t.approximate }</abbr>{ " " }
            }
            <time datetime={props.at.to_rfc3339()}>
                { stamp(&ctx, &home, props.with_date) }{ " " }
                <span class="ie-zone">{ ctx.incident.zone.abbr.clone() }</span>
            </time>
            if !same_zone {
                { " " }
                <span class="ie-when-reader">
                    { "· " }<span class="ie-visually-hidden">{ t.your_time }{ " " }</span>
                    { stamp(&ctx, &reader, true) }{ " " }
                    <span class="ie-zone">{ format::offset(reader.offset()) }</span>
                </span>
            } else if ctx.reader_zone.pending() {
                // The place of the reader's time, kept empty (styles/prerender.css).
                <span class="ie-zone-slot" aria-hidden="true">
                    { " " }<span class="ie-when-reader">{ "\u{a0}" }</span>
                </span>
            }
        </span>
    }
}
