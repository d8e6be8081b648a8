//! The "was I affected?" view (`#/check?service=…&at=…&function=…`): the form, and the answer
//! the URL asks for. The answer is computed from the route alone, so a link reproduces it.

use crate::components::check::form::CheckForm;
use crate::components::check::result::CheckResult;
use crate::components::embed::see_all::SeeAll;
use crate::hooks::{use_ctx, use_effect_on_change, use_embed, use_place};
use crate::host::shown::{scroll_to_top, when_shown};
use crate::incident::status::{ask, MomentProblem};
use crate::route::CheckQuery;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckViewProps {
    /// The view's part of the route.
    pub query: CheckQuery,
}

#[function_component(CheckView)]
pub fn check_view(props: &CheckViewProps) -> Html {
    let ctx = use_ctx();
    let embedded = use_embed().embedded;
    let place = use_place();
    // On arrival by a link that asks (a support agent's), in the page of its own: the answer at
    // the top of the screen, with focus on it, once the widget has taken over from the
    // pre-rendered page. In an embed the article around it stays where the reader has it.
    {
        let asked = props.query.service.is_some() && props.query.at.is_some();
        let place = place.clone();
        use_effect_with((), move |()| {
            // In the effect: a server render (the pre-rendered page) has no window to ask.
            let arrive = asked && !embedded && !place.in_host_page();
            let pending = arrive.then(|| {
                when_shown(
                    |d| {
                        d.query_selector(".ie-live .ie-result, .ie-live .ie-form-error")
                            .ok()
                            .flatten()
                    },
                    |answer| {
                        let title = answer.query_selector(".ie-result-title").ok().flatten();
                        let focus = title.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
                        let _ = focus.as_ref().unwrap_or(&answer).focus();
                        // Only where the answer does not fit below the header (a phone): on a
                        // wide screen the widget's title and tabs stay in view.
                        let height = web_sys::window()
                            .and_then(|w| w.inner_height().ok())
                            .and_then(|h| h.as_f64())
                            .unwrap_or(0.0);
                        if answer.get_bounding_client_rect().bottom() > height {
                            scroll_to_top(&answer);
                        }
                    },
                )
            });
            move || drop(pending)
        });
    }
    // After the reader asks again, move focus to the new answer (not on arrival: a deep link
    // inside an embed must not steal focus from the page around it).
    use_effect_on_change(props.query.clone(), move |_| {
        // After the answer is on screen: focusing forces a layout, which need not hold up
        // the answer's first paint.
        crate::host::tasks::soon(move || place.focus(".ie-result-title, .ie-form-error"));
    });
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let c = ctx.locale.check();
    let q = &props.query;
    let form_key = crate::route::format(&crate::route::Route {
        view: crate::route::View::Check(q.clone()),
        lang: None,
    });
    // The answer comes first (a support link opens on it); the form follows, to ask again.
    let asked = q.service.is_some() && q.at.is_some();
    let result = match (&q.service, &q.at) {
        (Some(service), Some(at)) => {
            let asked = ask(&ctx.incident, service, q.function.as_deref(), at);
            match (asked.at, asked.answer) {
                (Ok(t), Some(answer)) => html! {
                    <CheckResult answer={Rc::new(answer)} at={t} asked={AttrValue::from(service.clone())}
                        function={asked.function.map(AttrValue::from)} />
                },
                (Err(MomentProblem::NoOffset), _) => {
                    html! { <p class="ie-form-error" role="alert">{ c.no_offset }</p> }
                }
                _ => html! { <p class="ie-form-error" role="alert">{ c.bad_time }</p> },
            }
        }
        _ => Html::default(),
    };
    html! {
        <section class="ie-view ie-check" aria-labelledby="ie-view-title">
            <h2 id="ie-view-title" tabindex="-1">{ ctx.locale.common().nav_check }</h2>
            // With an answer, the answer comes right under the title (a phone shows it whole on
            // its first screen); the introduction goes with the form, to ask again.
            if !asked {
                <p class="ie-intro">{ c.intro }</p>
            }
            { result }
            if embedded && asked {
                // Compact: the answer first; asking again is one click away.
                <details class="ie-ask-again-fold">
                    <summary class="ie-button">{ c.ask_again }</summary>
                    <CheckForm key={form_key} query={q.clone()} />
                </details>
            } else {
                if asked {
                    <h3 class="ie-ask-again">{ c.ask_again }</h3>
                    <p class="ie-intro">{ c.intro }</p>
                }
                <CheckForm key={form_key} query={q.clone()} />
            }
            if embedded {
                <SeeAll />
            }
        </section>
    }
}
