//! One service (`#/services/{id}`): its names, operator, facts, what users experienced, every
//! function with its intervals, its sources, and where to go next (the checker, the timeline
//! and the compensation that names it). An unknown id says so and offers the closest names.

use crate::components::embed::see_all::SeeAll;
use crate::components::services::card::other;
use crate::components::services::facts::ServiceFacts;
use crate::components::services::function_status::FunctionStatus;
use crate::components::services::missing::ServiceMissing;
use crate::components::shared::sources::Sources;
use crate::hooks::{use_ctx, use_embed};
use crate::incident::catalog::offer_count;
use crate::route::{CheckQuery, CompensationQuery, ServicesQuery, TimelineQuery, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServiceDetailProps {
    /// The service id from the URL.
    pub id: AttrValue,
}

#[function_component(ServiceDetail)]
pub fn service_detail(props: &ServiceDetailProps) -> Html {
    let ctx = use_ctx();
    let embedded = use_embed().embedded;
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let inc = &ctx.incident;
    let Some(si) = inc.service_by_id(&props.id) else {
        return html! { <ServiceMissing id={props.id.clone()} /> };
    };
    let s = ctx.locale.services();
    let svc = &inc.services[si];
    let alt = other(ctx.locale);
    let id = Some(svc.id.clone());
    let list = ctx.href(View::Services(ServicesQuery::default()));
    let check = ctx.href(View::Check(CheckQuery {
        service: id.clone(),
        ..Default::default()
    }));
    let timeline = ctx.href(View::Timeline(TimelineQuery {
        service: id.clone(),
        ..Default::default()
    }));
    let offers = offer_count(inc, si);
    let compensation = ctx.href(View::Compensation(CompensationQuery {
        claimant: None,
        service: (offers > 0).then_some(svc.id.clone()),
    }));
    let comp_label = if offers > 0 {
        (s.compensation_for)(offers)
    } else {
        s.compensation_all.to_string()
    };
    html! {
        <section class="ie-view ie-service-detail" aria-labelledby="ie-view-title" data-service={svc.id.clone()}>
            <p class="ie-back"><a href={list}>{ "← " }{ s.all_services }</a></p>
            <h2 id="ie-view-title" tabindex="-1">{ ctx.locale.pick(&svc.name) }</h2>
            <p class="ie-subtitle">
                <span lang={alt.code()}>{ alt.pick(&svc.name) }</span>{ " · " }
                { s.operator_label }{ ": " }{ ctx.locale.pick(&inc.operators[svc.operator].name) }
            </p>
            <ServiceFacts service={si} explain_open={!embedded} />
            if embedded {
                // Compact: the figures and the way on; every function's history is one link away.
                <ul class="ie-actions">
                    <li><a href={check}>{ s.check_this }</a></li>
                    <li><a href={compensation}>{ comp_label }</a></li>
                </ul>
                <SeeAll />
            } else {
            if let Some(exp) = &svc.experience {
                <h3>{ s.experience_title }</h3>
                <p class="ie-experience">{ ctx.locale.pick(exp) }</p>
            }
            <h3>{ s.functions_title }</h3>
            <ul class="ie-functions">
                { for (0..svc.functions.len()).map(|fi| html! { <FunctionStatus service={si} function={fi} /> }) }
            </ul>
            <Sources ids={svc.sources.clone()} />
            <ul class="ie-actions">
                <li><a href={check}>{ s.check_this }</a></li>
                <li><a href={timeline}>{ s.timeline_of }</a></li>
                <li><a href={compensation}>{ comp_label }</a></li>
            </ul>
            }
        </section>
    }
}
