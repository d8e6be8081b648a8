//! What helps after a check answers "unknown" (the headline already says why): for no such
//! service, the closest names as links that ask again; for no such function, the service's
//! functions; outside what the data covers, the span it does cover.

use crate::components::shared::when::When;
use crate::hooks::use_ctx;
use crate::hooks::use_names::use_names;
use crate::incident::named::{short_name, suggest, Named};
use crate::incident::status::UnknownWhy;
use crate::incident::Time;
use crate::route::{CheckQuery, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckWhyProps {
    pub why: UnknownWhy,
    /// The service as asked.
    pub asked: AttrValue,
    /// The service, when found.
    pub service: Option<usize>,
    /// The moment asked about.
    pub at: Time,
}

#[function_component(CheckWhy)]
pub fn check_why(props: &CheckWhyProps) -> Html {
    let ctx = use_ctx();
    let index = use_names(ctx.as_ref());
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let c = ctx.locale.check();
    let inc = &ctx.incident;
    let again = |service: String, function: Option<String>| {
        ctx.href(View::Check(CheckQuery {
            service: Some(service),
            function,
            at: Some(props.at.to_rfc3339()),
        }))
    };
    match props.why {
        UnknownWhy::NoSuchService => {
            // The closest names: a slip of the keyboard ("kakaotlak"), or the start of a name,
            // and the functions of a service named before them ("Daum Mial").
            let close = suggest(inc, &index, &props.asked, 6);
            let item = |n: Named| {
                let s = &inc.services[n.service];
                let func = n.function.and_then(|f| s.functions.get(f));
                let name = ctx.locale.pick(&s.name);
                html! { <li><a href={again(s.id.clone(), func.map(|f| f.id.clone()))}>
                    <span>
                        { name }
                        if let Some(f) = func {
                            <span aria-hidden="true">{ " › " }</span><span class="ie-visually-hidden">{ ", " }</span>
                            { short_name(ctx.locale.pick(&f.name), name) }
                        }
                    </span>
                </a></li> }
            };
            html! {
                <div class="ie-why">
                    if !close.is_empty() {
                        <p>{ c.did_you_mean }</p>
                        <ul class="ie-suggestions ie-did-you-mean">{ for close.into_iter().map(item) }</ul>
                    }
                </div>
            }
        }
        UnknownWhy::NoSuchFunction => {
            let Some(svc) = props.service.and_then(|i| inc.services.get(i)) else {
                return Html::default();
            };
            let item = |f: &crate::incident::Function| {
                html! { <li><a href={again(svc.id.clone(), Some(f.id.clone()))}>{ ctx.locale.pick(&f.name) }</a></li> }
            };
            html! {
                <div class="ie-why">
                    <ul class="ie-suggestions">{ for svc.functions.iter().map(item) }</ul>
                </div>
            }
        }
        UnknownWhy::OutsideCoverage => html! {
            <div class="ie-why">
                <p>{ c.covers_label }{ " " }<When at={inc.covers.from} />{ " – " }<When at={inc.covers.to} /></p>
            </div>
        },
        // The lists of functions below show the gap, or the last report and the all-clear.
        UnknownWhy::NotStated | UnknownWhy::AfterLastReport => Html::default(),
    }
}
