//! Every offer for one service, whoever it was for (the checker links here with
//! `#/compensation?service={id}`); each card names its groups.

use crate::components::compensation::offer_card::OfferCard;
use crate::hooks::use_ctx;
use crate::incident::compensation::offers_for_service;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServiceOffersProps {
    /// Index into `Incident::services`.
    pub service: usize,
}

#[function_component(ServiceOffers)]
pub fn service_offers(props: &ServiceOffersProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.compensation());
    let Some(s) = ctx.incident.services.get(props.service) else {
        return Html::default();
    };
    let offers = offers_for_service(&ctx.incident, props.service);
    html! {
        <section class="ie-comp-service" aria-labelledby="ie-comp-service-title" data-service={s.id.clone()}>
            <h3 id="ie-comp-service-title">{ l.pick(&s.name).to_string() }</h3>
            if offers.is_empty() {
                <p class="ie-muted">{ t.no_offers }</p>
            }
            <div class="ie-offers">
                { for offers.into_iter().map(|o| html! { <OfferCard key={o} offer={o} show_groups={true} /> }) }
            </div>
        </section>
    }
}
