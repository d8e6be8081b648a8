//! An estimator question answered by choosing one of a list (the group, the service): radio
//! buttons in the step's fieldset. Arrow keys move between them; Enter on one chooses it and
//! goes on, as does Next.

use crate::components::estimator::step::EstimatorStep;
use crate::hooks::use_ctx;
use std::rc::Rc;
use yew::prelude::*;

/// One option.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// What choosing it reports (an index into the incident's list).
    pub value: usize,
    pub label: AttrValue,
    /// A line under the label.
    pub detail: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct ChoiceQuestionProps {
    /// The radio group's name (also the prefix of element ids).
    pub name: AttrValue,
    /// "Question 1 of 3".
    pub counter: AttrValue,
    /// The question.
    pub legend: AttrValue,
    pub choices: Rc<Vec<Choice>>,
    /// The current answer, checked at first.
    pub selected: Option<usize>,
    /// The reader chose and went on.
    pub on_choose: Callback<usize>,
    /// Go back one step; `None` on the first.
    #[prop_or_default]
    pub on_back: Option<Callback<()>>,
}

#[function_component(ChoiceQuestion)]
pub fn choice_question(props: &ChoiceQuestionProps) -> Html {
    let draft = use_state(|| props.selected);
    let missing = use_state(|| false);
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let t = ctx.locale.compensation();
    let error_id = format!("{}-error", props.name);
    let on_submit = {
        let (draft, missing, on_choose) = (draft.clone(), missing.clone(), props.on_choose.clone());
        Callback::from(move |_| match *draft {
            Some(v) => on_choose.emit(v),
            None => missing.set(true),
        })
    };
    let options = props.choices.iter().map(|c| {
        let value = c.value;
        let onchange = {
            let draft = draft.clone();
            Callback::from(move |_: Event| draft.set(Some(value)))
        };
        let onkeydown = {
            let on_choose = props.on_choose.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" {
                    e.prevent_default();
                    on_choose.emit(value);
                }
            })
        };
        html! {
            <label class="ie-est-choice">
                <input type="radio" name={props.name.clone()} value={value.to_string()}
                    checked={*draft == Some(value)} {onchange} {onkeydown}
                    aria-describedby={missing.then(|| error_id.clone())} />
                <span class="ie-est-choice-text">
                    <span class="ie-est-choice-label">{ c.label.clone() }</span>
                    if let Some(d) = &c.detail {
                        <span class="ie-est-choice-detail">{ d.clone() }</span>
                    }
                </span>
            </label>
        }
    });
    html! {
        <EstimatorStep counter={props.counter.clone()} legend={props.legend.clone()} {on_submit} on_back={props.on_back.clone()}>
            <div class="ie-est-choices">{ for options }</div>
            if *missing {
                <p id={error_id.clone()} class="ie-form-error" role="alert">{ t.choose_one }</p>
            }
        </EstimatorStep>
    }
}
