//! The claimant groups as a row of links (`#/compensation/{claimant-id}`), the current one
//! marked with `aria-current`. With a service filter, only the groups with an offer for that
//! service are listed, and the links keep the filter.

use crate::hooks::use_ctx;
use crate::incident::compensation::claimants_for_service;
use crate::route::{CompensationQuery, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClaimantListProps {
    /// The group shown now (index into `Incident::claimants`).
    pub current: Option<usize>,
    /// The service filter (index into `Incident::services`).
    pub service: Option<usize>,
}

#[function_component(ClaimantList)]
pub fn claimant_list(props: &ClaimantListProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.compensation());
    let inc = &ctx.incident;
    let service_id = props
        .service
        .and_then(|s| inc.services.get(s))
        .map(|s| s.id.clone());
    let href = |claimant: Option<String>| {
        ctx.href(View::Compensation(CompensationQuery {
            claimant,
            service: service_id.clone(),
        }))
    };
    let groups: Vec<usize> = match props.service {
        Some(s) => claimants_for_service(inc, s),
        None => (0..inc.claimants.len()).collect(),
    };
    let current = |on: bool| on.then_some("true");
    let chips = groups.into_iter().filter_map(|i| inc.claimants.get(i).map(|c| (i, c))).map(|(i, c)| {
        html! {
            <li><a class="ie-chip" href={href(Some(c.id.clone()))} aria-current={current(props.current == Some(i))}>
                { l.pick(&c.name).to_string() }
            </a></li>
        }
    });
    html! {
        <nav class="ie-comp-groups" aria-label={t.groups_label}>
            <ul class="ie-chips">
                <li><a class="ie-chip" href={href(None)} aria-current={current(props.current.is_none())}>
                    { t.all_groups }
                </a></li>
                { for chips }
            </ul>
        </nav>
    }
}
