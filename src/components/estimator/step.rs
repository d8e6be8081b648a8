//! The frame of one estimator question: a form holding a fieldset whose legend (the question,
//! with "Question 2 of 4") takes focus when the step appears, the field, and the buttons —
//! Back (when there is a step before) and Next, which Enter also presses.

use crate::hooks::use_ctx;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EstimatorStepProps {
    /// "Question 2 of 4".
    pub counter: AttrValue,
    /// The question.
    pub legend: AttrValue,
    /// The field(s).
    pub children: Html,
    /// The reader submitted the step (Next or Enter).
    pub on_submit: Callback<()>,
    /// Go back one step; `None` on the first.
    #[prop_or_default]
    pub on_back: Option<Callback<()>>,
}

#[function_component(EstimatorStep)]
pub fn estimator_step(props: &EstimatorStepProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let t = ctx.locale.compensation();
    let onsubmit = props.on_submit.reform(|e: SubmitEvent| e.prevent_default());
    let back = props
        .on_back
        .clone()
        .map(|cb| cb.reform(|_: MouseEvent| ()));
    html! {
        <form class="ie-est-step" {onsubmit} novalidate=true>
            <fieldset>
                <legend id="ie-est-focus" tabindex="-1">
                    <span class="ie-est-counter">{ props.counter.clone() }</span>
                    <span class="ie-est-ask">{ props.legend.clone() }</span>
                </legend>
                { props.children.clone() }
            </fieldset>
            <div class="ie-est-buttons">
                if let Some(onclick) = back {
                    <button type="button" class="ie-button ie-button-quiet" {onclick}>{ t.back }</button>
                }
                <button type="submit" class="ie-button">{ t.next }</button>
            </div>
        </form>
    }
}
