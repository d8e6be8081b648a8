//! One offer: what was offered, to whom and for which services, its status, and its facts
//! (`OfferFacts`), any disputed figure with each account, and its sources.

use crate::components::compensation::offer_facts::OfferFacts;
use crate::components::shared::dispute::Dispute;
use crate::components::shared::sources::Sources;
use crate::hooks::use_ctx;
use crate::i18n::compensation::status;
use crate::route::{CompensationQuery, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OfferCardProps {
    /// Index into `Incident::compensation`.
    pub offer: usize,
    /// Name the claimant groups (when the list is by service, not by group).
    #[prop_or_default]
    pub show_groups: bool,
}

#[function_component(OfferCard)]
pub fn offer_card(props: &OfferCardProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.compensation());
    let inc = &ctx.incident;
    let Some(o) = inc.compensation.get(props.offer) else {
        return Html::default();
    };
    let title_id = format!("ie-offer-{}", props.offer);
    let services = o
        .services
        .iter()
        .filter_map(|&s| inc.services.get(s))
        .map(|s| html! { <li class="ie-comp-tag">{ l.pick(&s.name).to_string() }</li> });
    let groups = o
        .claimants
        .iter()
        .filter_map(|&c| inc.claimants.get(c))
        .map(|c| {
            let href = ctx.href(View::Compensation(CompensationQuery {
                claimant: Some(c.id.clone()),
                service: None,
            }));
            html! { <li><a href={href}>{ l.pick(&c.name).to_string() }</a></li> }
        });
    html! {
        <article class="ie-offer" aria-labelledby={title_id.clone()} data-offer={o.id.clone()}>
            <h4 id={title_id}>{ l.pick(&o.offer).to_string() }</h4>
            <div class="ie-offer-meta">
                <span class={classes!("ie-badge", format!("ie-offer-{}", o.status.as_str()))}>
                    <span class="ie-visually-hidden">{ t.status_label }{ ": " }</span>
                    { status(l, o.status) }
                </span>
                if !o.services.is_empty() {
                    <ul class="ie-comp-tags" aria-label={t.services_label}>{ for services }</ul>
                }
            </div>
            if props.show_groups {
                <div class="ie-offer-groups">
                    <span class="ie-muted">{ t.for_groups }{ ": " }</span>
                    <ul class="ie-comp-inline">{ for groups }</ul>
                </div>
            }
            <OfferFacts offer={props.offer} />
            if let Some(d) = o.dispute {
                <Dispute index={d} />
            }
            <Sources ids={o.sources.clone()} />
        </article>
    }
}
