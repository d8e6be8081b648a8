//! The list of services matching the search, grouped by provider, third parties last. Long lists (a synthetic
//! incident may have a thousand services) render a page at a time with "show more", so the
//! view never freezes; the count is announced politely as the search narrows it.

use crate::components::services::card::ServiceCard;
use crate::hooks::use_ctx;
use crate::hooks::use_names::use_names;
use crate::incident::catalog;
use yew::prelude::*;

/// How many services one page of the list shows.
pub const PAGE: usize = 60;

#[derive(Properties, PartialEq)]
pub struct ServiceListProps {
    /// The search text (blank: every service).
    pub q: AttrValue,
}

#[function_component(ServiceList)]
pub fn service_list(props: &ServiceListProps) -> Html {
    let ctx = use_ctx();
    let index = use_names(ctx.as_ref());
    let limit = use_state(|| PAGE);
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let s = ctx.locale.services();
    let inc = &ctx.incident;
    let shown = index.filter(&props.q);
    let matching = shown.iter().filter(|b| **b).count();
    let groups = catalog::groups(inc, &shown);
    let (page, hidden) = catalog::take(&groups, *limit);
    let group = |g: &catalog::Group| {
        let all = groups.iter().find(|f| f.operator == g.operator);
        let count = all.map_or(g.services.len(), |f| f.services.len());
        let (id, name) = match g
            .operator
            .and_then(|o| inc.operators.get(o).map(|op| (o, op)))
        {
            Some((o, op)) => (format!("ie-op-{o}"), ctx.locale.pick(&op.name)),
            None => ("ie-op-third-parties".to_string(), s.third_parties),
        };
        html! {
            <section class="ie-group" aria-labelledby={id.clone()}>
                <h3 {id}>{ name }{ " " }
                    <span class="ie-group-count">{ format!("({count})") }</span></h3>
                <ul class="ie-cards">
                    { for g.services.iter().map(|&i| html! { <ServiceCard key={i} service={i} /> }) }
                </ul>
            </section>
        }
    };
    let more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(*limit + PAGE))
    };
    html! {
        <div class="ie-service-list">
            <p class="ie-count" role="status">{ (s.count)(matching, inc.services.len()) }</p>
            if matching == 0 {
                <p class="ie-empty">{ (s.no_match)(&props.q) }</p>
            }
            { for page.iter().map(group) }
            if hidden > 0 {
                <button type="button" class="ie-more" onclick={more}>{ (s.show_more)(hidden.min(PAGE)) }</button>
            }
        </div>
    }
}
