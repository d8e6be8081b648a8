//! A check's answer, rendered from the URL alone. Its first screen (a phone's) holds the whole
//! answer: the verdict (the public `data-verdict` attribute, and said in one sentence), what
//! was asked with the moment in both zones, how long it went on from then, what still worked,
//! a warning near roughly known times, the compensation that fits and the copy buttons. Below,
//! folded, the functions behind the verdict with their intervals, and the sources.

use crate::components::check::functions::{function_line, CheckFunctions};
use crate::components::check::share::CheckShare;
use crate::components::check::summary::summary;
use crate::components::check::why::CheckWhy;
use crate::components::shared::sources::Sources;
use crate::components::shared::when::When;
use crate::hooks::{use_ctx, Ctx};
use crate::i18n::reply::{verdict_line, ReplyInput};
use crate::incident::catalog::offer_count;
use crate::incident::status::{CheckAnswer, Verdict};
use crate::incident::Time;
use crate::route::{CompensationQuery, View};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckResultProps {
    pub answer: Rc<CheckAnswer>,
    /// The moment asked about, in the asker's offset.
    pub at: Time,
    /// The service as asked.
    pub asked: AttrValue,
    /// The function as resolved (an id when the service has it).
    pub function: Option<AttrValue>,
}

/// A function's name in the reader's language, or the id as asked when the service lacks it.
fn function_name(ctx: &Ctx, svc: Option<&crate::incident::Service>, id: &str) -> String {
    svc.and_then(|s| s.functions.iter().find(|f| f.id == id))
        .map_or(id.to_string(), |f| ctx.locale.pick(&f.name).to_string())
}

#[function_component(CheckResult)]
pub fn check_result(props: &CheckResultProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let c = ctx.locale.check();
    let a = &props.answer;
    let headline = verdict_line(&ReplyInput {
        incident: &ctx.incident,
        answer: a,
        asked: &props.asked,
        function: props.function.as_deref(),
        at: props.at,
        locale: ctx.locale,
        link: "",
        compensation_link: None,
    });
    let why = match a.verdict {
        Verdict::Unknown(why) => Some(why),
        _ => None,
    };
    let svc = a.service.and_then(|i| ctx.incident.services.get(i));
    // One function asked about (or a service with one): its line says it all; else the
    // functions are listed by state, each with the interval that applies.
    let single = match a.functions.as_slice() {
        [only] => a.service.map(|si| (only, si)),
        _ => None,
    };
    let offers = a
        .service
        .map(|i| offer_count(&ctx.incident, i))
        .unwrap_or(0);
    let compensation = ctx.href(View::Compensation(CompensationQuery {
        claimant: None,
        service: (offers > 0).then(|| svc.map(|s| s.id.clone())).flatten(),
    }));
    // The first screen holds the whole answer; the intervals behind it, function by function,
    // and their sources are folded below it, open when the answer is partial (which functions
    // is then the answer).
    let open = a.verdict == Verdict::PartiallyAffected;
    let details = !a.functions.is_empty();
    html! {
        <section class={classes!("ie-result", format!("ie-verdict-{}", a.verdict.as_str()))}
            data-verdict={a.verdict.as_str()} data-why={why.map(|w| w.as_str())} aria-labelledby="ie-result-title">
            <h3 id="ie-result-title" class="ie-result-title" tabindex="-1">{ headline }</h3>
            <dl class="ie-asked">
                <div><dt>{ c.asked_service }</dt><dd>{ svc.map_or(props.asked.to_string(), |s| ctx.locale.pick(&s.name).to_string()) }</dd></div>
                if let Some(f) = &props.function {
                    <div><dt>{ c.asked_function }</dt><dd>{ function_name(&ctx, svc, f) }</dd></div>
                }
                <div><dt>{ c.asked_time }</dt><dd><When at={props.at} /></dd></div>
            </dl>
            if let Some(why) = why {
                <CheckWhy {why} asked={props.asked.clone()} service={a.service} at={props.at} />
            }
            { summary(&ctx, a, &props.at) }
            if a.approximate() {
                <p class="ie-warning" role="note">{ c.approximate_warning }</p>
            }
            if svc.is_some() {
                <p class="ie-compensation-link"><a href={compensation}>
                    { if offers > 0 { (c.compensation_offers)(offers) } else { c.compensation_none.to_string() } }
                </a></p>
            }
            <CheckShare answer={a.clone()} at={props.at} asked={props.asked.clone()} function={props.function.clone()} />
            if details {
                <details class="ie-detail" {open}>
                    <summary>{ (c.details)(a.functions.len()) }</summary>
                    if let Some((f, si)) = single {
                        <ul class="ie-check-functions ie-main-interval">{ function_line(&ctx, si, f, &props.at) }</ul>
                    } else {
                        <CheckFunctions answer={a.clone()} at={props.at} />
                    }
                    <Sources ids={a.sources(&ctx.incident)} />
                </details>
            } else {
                <Sources ids={a.sources(&ctx.incident)} />
            }
        </section>
    }
}
