//! The landing page of the view: every claimant group with a line on who they are and what
//! each was offered, linking to the group's page.

use crate::hooks::use_ctx;
use crate::incident::compensation::offers_for_claimant;
use crate::route::{CompensationQuery, View};
use yew::prelude::*;

#[function_component(ClaimantOverview)]
pub fn claimant_overview() -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.compensation());
    let inc = &ctx.incident;
    if inc.claimants.is_empty() {
        return html! { <p class="ie-muted">{ t.no_groups }</p> };
    }
    let groups = inc.claimants.iter().enumerate().map(|(i, c)| {
        let href = ctx.href(View::Compensation(CompensationQuery {
            claimant: Some(c.id.clone()),
            service: None,
        }));
        let offers = offers_for_claimant(inc, i);
        let lines = offers
            .iter()
            .filter_map(|&o| inc.compensation.get(o))
            .map(|o| html! { <li>{ l.pick(&o.offer).to_string() }</li> });
        let name = l.pick(&c.name).to_string();
        html! {
            <li class="ie-comp-group" data-claimant={c.id.clone()}>
                <h4><a href={href}>{ name }</a></h4>
                if let Some(d) = &c.description {
                    <p class="ie-comp-desc">{ l.pick(d).to_string() }</p>
                }
                <p class="ie-muted ie-comp-count">{ (t.offer_count)(offers.len()) }</p>
                <ul class="ie-comp-lines">{ for lines }</ul>
            </li>
        }
    });
    html! {
        <section class="ie-comp-overview" aria-labelledby="ie-comp-overview-title">
            <h3 id="ie-comp-overview-title">{ t.overview_heading }</h3>
            <ul class="ie-comp-grouplist">{ for groups }</ul>
        </section>
    }
}
