//! The estimator's answer: for whom, the answers given (to check at a glance), a graded
//! estimate for every offer that fits (`EstimateCard`), and the way back or to start again.
//! Its heading takes focus when it appears.

use crate::components::estimator::estimate_card::EstimateCard;
use crate::hooks::use_ctx;
use crate::i18n::compensation::{decimal, field_label};
use crate::i18n::format;
use crate::incident::compensation::{estimate_all, Action, Answers, Need, Question};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EstimateResultProps {
    /// Index into `Incident::claimants`.
    pub claimant: usize,
    /// Index into `Incident::services`, when the group's offers name more than none.
    pub service: Option<usize>,
    pub answers: Answers,
    /// The questions that were asked, to list their answers.
    pub asked: Rc<Vec<Question>>,
    pub on_action: Callback<Action>,
}

#[function_component(EstimateResult)]
pub fn estimate_result(props: &EstimateResultProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t, inc) = (ctx.locale, ctx.locale.compensation(), &ctx.incident);
    let Some(group) = inc.claimants.get(props.claimant) else {
        return Html::default();
    };
    let service = props
        .service
        .and_then(|s| inc.services.get(s))
        .map(|s| l.pick(&s.name));
    let estimates = estimate_all(inc, props.claimant, props.service, &props.answers, &ctx.now);
    let a = props.answers;
    let given = |n: Need| match n {
        Need::MonthlyFee => a.monthly_fee.map(|v| format::won(l, v)),
        Need::Loss => a.loss.map(|v| format::won(l, v)),
        Need::Fares => a.fares.map(|v| format::won(l, v)),
        Need::Hours => a.hours.map(decimal),
    };
    let answers = props.asked.iter().filter_map(|q| match q {
        Question::Ask(n) => Some(*n),
        _ => None,
    });
    let answers = answers.map(|n| {
        html! {
            <div><dt>{ field_label(l, n) }</dt><dd>{ given(n).unwrap_or_else(|| t.not_given.to_string()) }</dd></div>
        }
    });
    let back = props.on_action.reform(|_: MouseEvent| Action::Back);
    let restart = props.on_action.reform(|_: MouseEvent| Action::Restart);
    html! {
        <div class="ie-est-result">
            <h4 id="ie-est-focus" tabindex="-1">{ t.result_heading }</h4>
            <p class="ie-est-for">{ (t.result_for)(l.pick(&group.name), service) }</p>
            <dl class="ie-est-answers" aria-label={t.your_answers}>{ for answers }</dl>
            if estimates.is_empty() {
                <p>{ t.result_none }</p>
            }
            { for estimates.into_iter().map(|e| { let key = e.offer; html! { <EstimateCard {key} estimate={Rc::new(e)} /> } }) }
            <p class="ie-muted ie-est-disclaimer">{ t.disclaimer }</p>
            <div class="ie-est-buttons">
                <button type="button" class="ie-button ie-button-quiet" onclick={back}>{ t.back }</button>
                <button type="button" class="ie-button ie-button-quiet" onclick={restart}>{ t.restart }</button>
            </div>
        </div>
    }
}
