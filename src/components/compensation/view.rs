//! The compensation view (`#/compensation`, `#/compensation/{claimant-id}`, and the widget's
//! `?service={id}` filter that the checker links to): the claimant groups, what each was
//! offered, the estimator, and the context that helps judge the offers.
//!
//! It only resolves the route into indexes and lays out the parts; the parts compute nothing
//! but what `crate::incident::compensation` gives them.

use crate::components::compensation::claimant_list::ClaimantList;
use crate::components::compensation::claimant_offers::ClaimantOffers;
use crate::components::compensation::claimant_overview::ClaimantOverview;
use crate::components::compensation::context_list::ContextList;
use crate::components::compensation::service_offers::ServiceOffers;
use crate::components::embed::see_all::SeeAll;
use crate::components::estimator::view::Estimator;
use crate::hooks::{use_ctx, use_embed};
use crate::incident::names::find_service;
use crate::incident::{ClaimantIx, ServiceIx};
use crate::route::{CompensationQuery, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompensationViewProps {
    /// The view's part of the route.
    pub query: CompensationQuery,
}

#[function_component(CompensationView)]
pub fn compensation_view(props: &CompensationViewProps) -> Html {
    let ctx = use_ctx();
    let embedded = use_embed().embedded;
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.compensation());
    let inc = &ctx.incident;
    let q = &props.query;
    let claimant = q.claimant.as_deref().and_then(|id| inc.claimant_by_id(id));
    let service = q.service.as_deref().and_then(|s| find_service(inc, s));
    let unknown_claimant = q.claimant.as_ref().filter(|_| claimant.is_none());
    let unknown_service = q.service.as_ref().filter(|_| service.is_none());
    let clear = ctx.href(View::Compensation(CompensationQuery {
        claimant: q.claimant.clone(),
        service: None,
    }));
    let all_groups = ctx.href(View::Compensation(CompensationQuery {
        claimant: None,
        service: q.service.clone(),
    }));
    if embedded {
        // Compact: the claimant groups as a list and the estimator, and a link to every offer.
        return html! {
            <section class="ie-view ie-comp" aria-labelledby="ie-view-title">
                <h2 id="ie-view-title" tabindex="-1">{ t.heading }</h2>
                if let Some(id) = unknown_claimant {
                    <p class="ie-comp-missing" role="status">{ (t.unknown_claimant)(id) }</p>
                }
                if let Some(c) = claimant {
                    // The group picked: its name, the way back to the list, and the estimator
                    // for it, opening on its first question about the reader's case.
                    <p class="ie-comp-filter">
                        <strong>{ l.pick(&inc.claimants[c].name).to_string() }</strong>{ " · " }
                        <a href={all_groups}>{ l.embed().all_groups }</a>
                    </p>
                    <Estimator key={c} claimant={Some(ClaimantIx(c))} service={service.map(ServiceIx)} group_chosen=true />
                } else {
                    <ClaimantList current={claimant} {service} />
                    <p class="ie-muted">{ l.embed().pick_group }</p>
                }
                <SeeAll />
            </section>
        };
    }
    let body = match (claimant, service) {
        (Some(c), _) => html! { <ClaimantOffers claimant={c} {service} /> },
        (None, Some(s)) => html! { <ServiceOffers service={s} /> },
        (None, None) => html! { <ClaimantOverview /> },
    };
    html! {
        <section class="ie-view ie-comp" aria-labelledby="ie-view-title">
            <h2 id="ie-view-title" tabindex="-1">{ t.heading }</h2>
            <p class="ie-intro">{ t.intro }</p>
            if let Some(id) = unknown_claimant {
                <p class="ie-comp-missing" role="status">{ (t.unknown_claimant)(id) }</p>
            }
            if let Some(s) = unknown_service {
                <p class="ie-comp-missing" role="status">{ (t.unknown_service)(s) }</p>
            }
            if let Some(s) = service.and_then(|s| inc.services.get(s)) {
                <p class="ie-comp-filter">
                    { (t.filtered_by)(l.pick(&s.name)) }{ " " }
                    <a href={clear}>{ t.clear_filter }</a>
                </p>
            }
            <ClaimantList current={claimant} {service} />
            { body }
            <Estimator claimant={claimant.map(ClaimantIx)} service={service.map(ServiceIx)} />
            <ContextList />
        </section>
    }
}
