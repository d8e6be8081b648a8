//! The checker's form. It holds only what is being typed; submitting navigates to the check's
//! URL (`#/check?service=…&at=<RFC 3339 with offset>&function=…&lang=…`), which is the single
//! source of truth: the answer renders from the URL, so the same link gives the same answer
//! anywhere. The parent keys this form by the URL, so it starts afresh from every new one.

use crate::components::check::service_picker::ServicePicker;
use crate::components::check::time_picker::{moment_of, TimePicker, ZoneChoice};
use crate::hooks::{use_ctx, use_place, Ctx};
use crate::incident::named::resolve;
use crate::incident::status::{parse_moment, to_local_input};
use crate::route::{CheckQuery, Route, View};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckFormProps {
    /// The check in the URL, to start from.
    pub query: CheckQuery,
}

/// The route a filled-in form asks for, or the field that is missing.
pub fn submitted(
    ctx: &Ctx,
    service: &str,
    function: &str,
    time: &str,
    zone: ZoneChoice,
) -> Result<Route, Field> {
    let service = service.trim();
    if service.is_empty() {
        return Err(Field::Service);
    }
    let at = moment_of(ctx, time, zone).ok_or(Field::Time)?;
    // "Daum Mail" asks about Daum's mail: the link carries the service's id and the function.
    let found = resolve(&ctx.incident, service);
    let service = found.map_or(service.to_string(), |n| {
        ctx.incident.services[n.service].id.clone()
    });
    let function = found
        .and_then(|n| {
            let svc = &ctx.incident.services[n.service];
            let chosen = svc.functions.iter().find(|f| f.id == function);
            chosen.or_else(|| svc.functions.get(n.function?))
        })
        .map(|f| f.id.clone());
    Ok(Route {
        view: View::Check(CheckQuery {
            service: Some(service),
            function,
            at: Some(at.to_rfc3339()),
        }),
        lang: Some(ctx.locale),
    })
}

/// A field the form cannot do without.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Service,
    Time,
}

#[function_component(CheckForm)]
pub fn check_form(props: &CheckFormProps) -> Html {
    let ctx = use_ctx();
    let place = use_place();
    let q = &props.query;
    let service = use_state(|| q.service.clone().unwrap_or_default());
    let function = use_state(|| q.function.clone().unwrap_or_default());
    let zone = use_state(ZoneChoice::default);
    let time = use_state(|| {
        let at = q.at.as_deref().map(parse_moment).and_then(Result::ok);
        match (&ctx, at) {
            (Some(ctx), Some(t)) => to_local_input(&t, ctx.reader_zone.as_ref()),
            (Some(ctx), None) => to_local_input(&ctx.incident.start, ctx.reader_zone.as_ref()),
            (None, _) => String::new(),
        }
    });
    let missing = use_state(|| None::<Field>);
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let c = ctx.locale.check();
    let found = resolve(&ctx.incident, &service).map(|n| &ctx.incident.services[n.service]);
    let onsubmit = {
        let (ctx, service, function, time, zone, missing) = (
            ctx.clone(),
            service.clone(),
            function.clone(),
            time.clone(),
            zone.clone(),
            missing.clone(),
        );
        let place = place.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match submitted(&ctx, &service, &function, &time, *zone) {
                Ok(route) => place.navigate(&route),
                Err(field) => missing.set(Some(field)),
            }
        })
    };
    let set = |s: &UseStateHandle<String>| {
        let s = s.clone();
        Callback::from(move |v: String| s.set(v))
    };
    // A name that says the function ("Daum Mail") chooses it below; a name of another service
    // clears a function chosen for the last one.
    let on_service = {
        let (ctx, service, function) = (ctx.clone(), service.clone(), function.clone());
        Callback::from(move |v: String| {
            let before = resolve(&ctx.incident, &service).map(|n| n.service);
            let now = resolve(&ctx.incident, &v);
            match now {
                Some(n) if n.function.is_some() => {
                    let svc = &ctx.incident.services[n.service];
                    if let Some(f) = n.function.and_then(|fi| svc.functions.get(fi)) {
                        function.set(f.id.clone());
                    }
                }
                Some(n) if before != Some(n.service) => function.set(String::new()),
                _ => {}
            }
            service.set(v);
        })
    };
    let on_function = {
        let function = function.clone();
        Callback::from(move |e: Event| {
            function.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_zone = {
        let zone = zone.clone();
        Callback::from(move |z| zone.set(z))
    };
    let error = |f: Field| (*missing == Some(f)).then(|| AttrValue::from("ie-check-error"));
    let option = |f: &crate::incident::Function| {
        html! { <option value={f.id.clone()} selected={*function == f.id}>{ ctx.locale.pick(&f.name) }</option> }
    };
    html! {
        <form class="ie-check-form" aria-label={c.form_label} {onsubmit} novalidate=true>
            <ServicePicker value={(*service).clone()} on_change={on_service} error_id={error(Field::Service)} />
            <div class="ie-field">
                <label for="ie-check-function">{ c.function_label }</label>
                <select id="ie-check-function" onchange={on_function} disabled={found.is_none()}>
                    <option value="" selected={function.is_empty()}>{ c.function_all }</option>
                    { for found.iter().flat_map(|s| s.functions.iter()).map(option) }
                </select>
            </div>
            <TimePicker value={(*time).clone()} zone={*zone} on_value={set(&time)} on_zone={on_zone} error_id={error(Field::Time)} />
            if let Some(field) = *missing {
                <p id="ie-check-error" class="ie-form-error" role="alert">
                    { match field { Field::Service => c.need_service, Field::Time => c.need_time } }
                </p>
            }
            <button type="submit" class="ie-button ie-primary">{ c.submit }</button>
        </form>
    }
}
