//! An estimator question about an amount: picks the words, the value to start from (the
//! answer given before, or the service's outage hours from the data) and a note (the prefill,
//! or the window a fee waiver counts fares in), and hands them to `AmountQuestion`.

use crate::components::estimator::amount_question::AmountQuestion;
use crate::hooks::use_ctx;
use crate::i18n::compensation::{moment, plain};
use crate::incident::compensation::{fee_waiver_windows, outage_hours, Action, Answers, Need};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AskQuestionProps {
    /// What is asked.
    pub need: Need,
    /// "Question 3 of 4".
    pub counter: AttrValue,
    /// The group in the URL.
    pub claimant: Option<usize>,
    /// The service the estimate is about, when known.
    pub service: Option<usize>,
    /// The answers so far.
    pub answers: Answers,
    pub on_action: Callback<Action>,
    /// Go back one step; `None` on the first.
    #[prop_or_default]
    pub on_back: Option<Callback<()>>,
}

#[function_component(AskQuestion)]
pub fn ask_question(props: &AskQuestionProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t, inc) = (ctx.locale, ctx.locale.compensation(), &ctx.incident);
    let a = &props.answers;
    let won = |v: Option<i64>| v.map(|v| v.to_string());
    let (legend, hint, initial, note) = match props.need {
        Need::MonthlyFee => (t.q_fee, t.q_fee_hint, won(a.monthly_fee), None),
        Need::Loss => (t.q_loss, t.q_loss_hint, won(a.loss), None),
        Need::Hours => {
            let known = props
                .service
                .and_then(|s| Some((inc.services.get(s)?, outage_hours(inc, s)?)));
            let note = known.map(|(s, h)| {
                let fully = (h.fully_down != h.any_function_down).then(|| plain(h.fully_down));
                (t.hours_prefilled)(
                    l.pick(&s.name),
                    &plain(h.any_function_down),
                    fully.as_deref(),
                )
            });
            let initial = a
                .hours
                .or(known.map(|(_, h)| h.any_function_down))
                .map(plain);
            (t.q_hours, t.q_hours_hint, initial, note)
        }
        Need::Fares => {
            let abbr = &inc.zone.abbr;
            let windows: Vec<String> = fee_waiver_windows(inc, props.claimant, props.service)
                .iter()
                .map(|w| format!("{} – {}", moment(l, &w.from, abbr), moment(l, &w.to, abbr)))
                .collect();
            let note = (!windows.is_empty()).then(|| windows.join("; "));
            (t.q_fares, t.q_fares_hint, won(a.fares), note)
        }
    };
    html! {
        <AmountQuestion need={props.need} counter={props.counter.clone()} {legend} {hint}
            note={note.map(AttrValue::from)} initial={AttrValue::from(initial.unwrap_or_default())}
            on_answer={props.on_action.reform(Action::Answer)} on_back={props.on_back.clone()} />
    }
}
