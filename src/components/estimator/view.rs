//! The estimator: a few questions, one at a time with a way back, then a graded answer for
//! every offer that fits. The flow is `crate::incident::compensation::Flow` behind a pure
//! reducer; the chosen group lives in the URL (`#/compensation/{claimant-id}`), so choosing
//! one navigates. Focus moves to the new question's legend (or the result's heading) after
//! each step, never on arrival.

use crate::components::estimator::estimate_result::EstimateResult;
use crate::components::estimator::question::EstimatorQuestion;
use crate::hooks::{use_ctx, use_effect_on_change, use_place, use_route};
use crate::incident::compensation::{
    effective_service, questions, Action, Answer, Flow, Need, Question,
};
use crate::incident::{ClaimantIx, ServiceIx};
use crate::route::{CompensationQuery, View};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EstimatorProps {
    /// The group in the URL.
    pub claimant: Option<ClaimantIx>,
    /// The service filter of the URL: preselected.
    pub service: Option<ServiceIx>,
    /// The group in the URL counts as answered, so the estimator opens on the next question
    /// (embedded, where the reader has just picked the group from the list above it).
    #[prop_or_default]
    pub group_chosen: bool,
}

/// `Flow` as yew state; an unchanged flow returns the same `Rc`, which skips the render.
#[derive(Default)]
struct FlowState(Flow);

impl Reducible for FlowState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.reduce(action);
        if next == self.0 {
            self
        } else {
            Rc::new(FlowState(next))
        }
    }
}

#[function_component(Estimator)]
pub fn estimator(props: &EstimatorProps) -> Html {
    // The flow and the questions count by position; the props are typed so that a group and a
    // service cannot trade places on the way in.
    let claimant = props.claimant.map(|c| c.0);
    let filter = props.service.map(|s| s.0);
    let ctx = use_ctx();
    let place = use_place();
    let route = use_route();
    let state = use_reducer({
        let start = claimant.filter(|_| props.group_chosen);
        move || match start {
            Some(c) => FlowState(Flow::default().reduce(Action::Answer(Answer::Group(c)))),
            None => FlowState::default(),
        }
    });
    let flow = state.0;
    let chosen = flow
        .service
        .filter(|_| flow.claimant == claimant)
        .or(filter);
    let (qs, service) = match &ctx {
        Some(ctx) => (
            questions(&ctx.incident, claimant, chosen),
            claimant.and_then(|c| effective_service(&ctx.incident, c, chosen)),
        ),
        None => (vec![Question::Group], None),
    };
    let step = flow.step_for(claimant, &qs);
    let question = qs.get(step).copied();
    use_effect_on_change((step, question), {
        let place = place.clone();
        move |_| place.focus("#ie-est-focus")
    });
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let t = ctx.locale.compensation();
    let on_action = {
        let dispatch = state.dispatcher();
        Callback::from(move |a: Action| dispatch.dispatch(a))
    };
    let on_group = {
        let (ctx, current, dispatch) = (ctx.clone(), claimant, state.dispatcher());
        let place = place.clone();
        Callback::from(move |c: usize| {
            let filter = match &route.view {
                View::Compensation(q) => q.service.clone(),
                _ => None,
            };
            if current != Some(c) {
                let id = ctx.incident.claimants.get(c).map(|c| c.id.clone());
                let view = View::Compensation(CompensationQuery {
                    claimant: id,
                    service: filter,
                });
                place.navigate(&ctx.route(view));
            }
            dispatch.dispatch(Action::Answer(Answer::Group(c)));
        })
    };
    let body = match (question, claimant) {
        (Some(q), _) => html! {
            <EstimatorQuestion key={question_key(q)} question={q} step={step} total={claimant.map(|_| qs.len())}
                claimant={claimant} service={service} {filter} flow={flow}
                on_action={on_action.clone()} on_group={on_group} />
        },
        (None, Some(c)) => html! {
            <EstimateResult claimant={c} service={service} answers={flow.answers}
                asked={Rc::new(qs.clone())} on_action={on_action} />
        },
        (None, None) => Html::default(),
    };
    html! {
        <section class="ie-estimator" aria-labelledby="ie-est-title">
            <h3 id="ie-est-title">{ t.est_heading }</h3>
            <p class="ie-muted">{ t.est_intro }</p>
            { body }
        </section>
    }
}

/// A key per question, so the question component starts afresh when the question changes;
/// a fixed text, where formatting the question with `Debug` brought that machinery into the wasm.
fn question_key(q: Question) -> &'static str {
    match q {
        Question::Group => "group",
        Question::Service => "service",
        Question::Ask(Need::MonthlyFee) => "monthly-fee",
        Question::Ask(Need::Hours) => "hours",
        Question::Ask(Need::Loss) => "loss",
        Question::Ask(Need::Fares) => "fares",
    }
}
