//! A disputed fact: its topic, marked as such in words (not by colour), and every account of
//! it with that account's own sources. Shared by timeline events and key figures.

use crate::components::shared::sources::Sources;
use crate::hooks::use_ctx;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisputeProps {
    /// Index into `Incident::disputes`.
    pub index: usize,
}

#[function_component(Dispute)]
pub fn dispute(props: &DisputeProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let Some(d) = ctx.incident.disputes.get(props.index) else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.timeline());
    let alternatives = d.alternatives.iter().map(|a| {
        html! {
            <li>
                <span class="ie-dispute-value">{ l.pick(&a.value).to_string() }</span>
                <Sources ids={a.sources.clone()} />
            </li>
        }
    });
    html! {
        <div class="ie-dispute">
            <p class="ie-dispute-head">
                <span class="ie-badge ie-dispute-badge">
                    <span aria-hidden="true">{ "⚠ " }</span>{ t.dispute_note }
                </span>
                { " " }<span class="ie-dispute-topic">{ l.pick(&d.topic).to_string() }</span>
            </p>
            <ul class="ie-dispute-alts">{ for alternatives }</ul>
            if let Some(note) = &d.note {
                <p class="ie-dispute-note ie-muted">{ l.pick(note).to_string() }</p>
            }
        </div>
    }
}
