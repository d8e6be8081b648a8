//! One claimant group's page: who they are and every offer made to them (only those for the
//! filtered service, when there is a filter), each as an `OfferCard`.

use crate::components::compensation::offer_card::OfferCard;
use crate::hooks::use_ctx;
use crate::incident::compensation::offers_for;
use crate::incident::{ClaimantIx, ServiceIx};
use crate::route::{CompensationQuery, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClaimantOffersProps {
    /// Index into `Incident::claimants`.
    pub claimant: usize,
    /// The service filter (index into `Incident::services`).
    #[prop_or_default]
    pub service: Option<usize>,
}

#[function_component(ClaimantOffers)]
pub fn claimant_offers(props: &ClaimantOffersProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.compensation());
    let Some(c) = ctx.incident.claimants.get(props.claimant) else {
        return Html::default();
    };
    let offers = offers_for(
        &ctx.incident,
        Some(ClaimantIx(props.claimant)),
        props.service.map(ServiceIx),
    );
    let all = ctx.href(View::Compensation(CompensationQuery {
        claimant: Some(c.id.clone()),
        service: None,
    }));
    html! {
        <section class="ie-comp-claimant" aria-labelledby="ie-comp-claimant-title" data-claimant={c.id.clone()}>
            <h3 id="ie-comp-claimant-title">{ l.pick(&c.name).to_string() }</h3>
            if let Some(d) = &c.description {
                <p class="ie-comp-desc">{ l.pick(d).to_string() }</p>
            }
            if offers.is_empty() {
                <p class="ie-muted">{ t.no_offers }</p>
            }
            <div class="ie-offers">
                { for offers.into_iter().map(|o| html! { <OfferCard key={o} offer={o} /> }) }
            </div>
            if props.service.is_some() {
                <p><a href={all}>{ t.all_offers_of_group }</a></p>
            }
        </section>
    }
}
