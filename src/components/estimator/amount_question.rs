//! An estimator question answered with a number (monthly fee, hours, loss, fares): one text box
//! that reads amounts the way people type them ("39,000", "3만9000원", "1.5"). Empty is a valid
//! answer ("I don't know"); anything unreadable keeps the reader here with the reason.

use crate::components::estimator::step::EstimatorStep;
use crate::hooks::use_ctx;
use crate::i18n::compensation::field_label;
use crate::incident::compensation::{parse_hours, parse_won, Answer, Need, Unreadable};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AmountQuestionProps {
    /// What is asked.
    pub need: Need,
    /// "Question 3 of 4".
    pub counter: AttrValue,
    /// The question.
    pub legend: AttrValue,
    /// How to answer.
    pub hint: AttrValue,
    /// A note from the data (a prefilled value, the window the fares count in).
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// The box's value at first.
    pub initial: AttrValue,
    /// The reader answered and went on.
    pub on_answer: Callback<Answer>,
    /// Go back one step; `None` on the first.
    #[prop_or_default]
    pub on_back: Option<Callback<()>>,
}

/// The answer a box's text gives, or `Err` when it cannot be read.
fn read(need: Need, text: &str) -> Result<Answer, Unreadable> {
    Ok(match need {
        Need::MonthlyFee => Answer::MonthlyFee(parse_won(text)?),
        Need::Hours => Answer::Hours(parse_hours(text)?),
        Need::Loss => Answer::Loss(parse_won(text)?),
        Need::Fares => Answer::Fares(parse_won(text)?),
    })
}

#[function_component(AmountQuestion)]
pub fn amount_question(props: &AmountQuestionProps) -> Html {
    let draft = use_state(|| props.initial.to_string());
    let invalid = use_state(|| false);
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.compensation());
    let on_submit = {
        let (draft, invalid, on_answer, need) = (
            draft.clone(),
            invalid.clone(),
            props.on_answer.clone(),
            props.need,
        );
        Callback::from(move |_| match read(need, &draft) {
            Ok(a) => on_answer.emit(a),
            Err(Unreadable) => invalid.set(true),
        })
    };
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            draft.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let message = if props.need == Need::Hours {
        t.invalid_hours
    } else {
        t.invalid_won
    };
    let mut described = String::from("ie-est-hint");
    if props.note.is_some() {
        described.push_str(" ie-est-note");
    }
    if *invalid {
        described.push_str(" ie-est-error");
    }
    let mode = if props.need == Need::Hours {
        "decimal"
    } else {
        "numeric"
    };
    html! {
        <EstimatorStep counter={props.counter.clone()} legend={props.legend.clone()} {on_submit} on_back={props.on_back.clone()}>
            <p id="ie-est-hint" class="ie-muted">{ props.hint.clone() }</p>
            if let Some(note) = &props.note {
                <p id="ie-est-note" class="ie-est-note">{ note.clone() }</p>
            }
            <label class="ie-est-field-label" for="ie-est-input">{ field_label(l, props.need) }</label>
            <input id="ie-est-input" class="ie-est-input" type="text" inputmode={mode} autocomplete="off"
                value={(*draft).clone()} {oninput} aria-invalid={invalid.then_some("true")} aria-describedby={described} />
            if *invalid {
                <p id="ie-est-error" class="ie-form-error" role="alert">{ message }</p>
            }
        </EstimatorStep>
    }
}
