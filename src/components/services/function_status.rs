//! One function of a service and its status intervals, in order: level (in words and colour),
//! from and to in KST and the reader's zone, how long, whether the times are rough, the note
//! and the sources.

use crate::components::shared::level_badge::level_badge;
use crate::components::shared::sources::Sources;
use crate::components::shared::when::When;
use crate::hooks::{use_ctx, Ctx};
use crate::i18n::format;
use crate::incident::status::length;
use crate::incident::{Interval, Level};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FunctionStatusProps {
    /// Index into the incident's services.
    pub service: usize,
    /// Index into that service's functions.
    pub function: usize,
}

fn interval(ctx: &Ctx, iv: &Interval) -> Html {
    let s = ctx.locale.services();
    let (len, open) = length(iv, &ctx.incident.covers.to);
    let restored = iv.level == Level::Restored;
    let end = match iv.to {
        Some(to) => html! { <>{ " – " }<When at={to} approximate={iv.approximate} /></> },
        None if restored => Html::default(),
        None => html! { <>{ " – " }<span class="ie-muted">{ s.end_unknown }</span></> },
    };
    html! {
        <li class="ie-interval">
            { level_badge(ctx.locale, Some(iv.level)) }{ " " }
            <span class="ie-span"><When at={iv.from} approximate={iv.approximate} />{ end }</span>
            if !restored && !open {
                { " " }<span class="ie-duration">{ format!("({})", format::duration(ctx.locale, len)) }</span>
            }
            if let Some(note) = &iv.note {
                <p class="ie-note">{ ctx.locale.pick(note) }</p>
            }
            <Sources ids={iv.sources.clone()} />
        </li>
    }
}

#[function_component(FunctionStatus)]
pub fn function_status(props: &FunctionStatusProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let Some(f) = ctx
        .incident
        .services
        .get(props.service)
        .and_then(|s| s.functions.get(props.function))
    else {
        return Html::default();
    };
    html! {
        <li class="ie-function" data-function={f.id.clone()}>
            <h4>{ ctx.locale.pick(&f.name) }</h4>
            if f.status.is_empty() {
                <p class="ie-muted">{ ctx.locale.services().no_status }</p>
            } else {
                <ol class="ie-intervals">{ for f.status.iter().map(|iv| interval(&ctx, iv)) }</ol>
            }
        </li>
    }
}
