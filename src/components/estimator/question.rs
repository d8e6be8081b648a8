//! One question of the estimator, picked by kind: a choice of group or service here (radio
//! buttons, `ChoiceQuestion`), or an amount (`AskQuestion`).

use crate::components::estimator::ask_question::AskQuestion;
use crate::components::estimator::choice_question::{Choice, ChoiceQuestion};
use crate::hooks::use_ctx;
use crate::incident::compensation::{
    groups_for, services_of_claimant, Action, Answer, Flow, Question,
};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EstimatorQuestionProps {
    pub question: Question,
    /// Zero-based position among the questions.
    pub step: usize,
    /// How many questions there are, once the group is known.
    pub total: Option<usize>,
    /// The group in the URL.
    pub claimant: Option<usize>,
    /// The service the estimate is about, when known.
    pub service: Option<usize>,
    /// The route's service filter: the groups offered are those with an offer for it.
    #[prop_or_default]
    pub filter: Option<usize>,
    /// The answers so far.
    pub flow: Flow,
    pub on_action: Callback<Action>,
    /// A group was chosen (it goes into the URL).
    pub on_group: Callback<usize>,
}

#[function_component(EstimatorQuestion)]
pub fn estimator_question(props: &EstimatorQuestionProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t, inc) = (ctx.locale, ctx.locale.compensation(), &ctx.incident);
    let counter = AttrValue::from(match props.total {
        Some(total) => (t.step_of)(props.step + 1, total),
        None => (t.step_n)(props.step + 1),
    });
    let on_back = (props.step > 0).then(|| props.on_action.reform(|_| Action::Back));
    match props.question {
        Question::Group => {
            let choices = groups_for(inc, props.filter).into_iter().filter_map(|i| {
                inc.claimants.get(i).map(|c| Choice {
                    value: i,
                    label: l.pick(&c.name).to_string().into(),
                    detail: c.description.as_ref().map(|d| l.pick(d).to_string().into()),
                })
            });
            let choices = Rc::new(choices.collect::<Vec<_>>());
            html! {
                <ChoiceQuestion name="ie-est-group" {counter} legend={t.q_group} {choices}
                    selected={props.claimant} on_choose={props.on_group.clone()} {on_back} />
            }
        }
        Question::Service => {
            let services = props.claimant.map(|c| services_of_claimant(inc, c));
            let choices = services.unwrap_or_default().into_iter().filter_map(|i| {
                inc.services.get(i).map(|s| Choice {
                    value: i,
                    label: l.pick(&s.name).to_string().into(),
                    detail: None,
                })
            });
            let choices = Rc::new(choices.collect::<Vec<_>>());
            let on_choose = props
                .on_action
                .reform(|s| Action::Answer(Answer::Service(s)));
            html! {
                <ChoiceQuestion name="ie-est-service" {counter} legend={t.q_service} {choices}
                    selected={props.service} {on_choose} {on_back} />
            }
        }
        Question::Ask(need) => html! {
            <AskQuestion {need} {counter} claimant={props.claimant} service={props.service}
                answers={props.flow.answers} on_action={props.on_action.clone()} {on_back} />
        },
    }
}
