//! One service in the list: its name in the reader's language (and the other one, which is
//! how many people search), its facts, what users experienced, and a link to its detail.

use crate::components::services::facts::ServiceFacts;
use crate::hooks::use_ctx;
use crate::i18n::Locale;
use crate::route::{ServicesQuery, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServiceCardProps {
    /// Index into the incident's services.
    pub service: usize,
}

/// The other language of the widget, for showing a name both ways.
pub fn other(locale: Locale) -> Locale {
    match locale {
        Locale::Ko => Locale::En,
        Locale::En => Locale::Ko,
    }
}

#[function_component(ServiceCard)]
pub fn service_card(props: &ServiceCardProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let Some(svc) = ctx.incident.services.get(props.service) else {
        return Html::default();
    };
    let href = ctx.href(View::Services(ServicesQuery {
        service: Some(svc.id.clone()),
        q: None,
    }));
    let name = ctx.locale.pick(&svc.name);
    let alt = other(ctx.locale);
    let alt_name = alt.pick(&svc.name);
    html! {
        <li class="ie-card" data-service={svc.id.clone()}>
            <h4 class="ie-card-title">
                <a {href}>{ name }</a>
                if alt_name != name {
                    { " " }<span class="ie-alt-name" lang={alt.code()}>{ alt_name }</span>
                }
            </h4>
            <ServiceFacts service={props.service} />
            if let Some(exp) = &svc.experience {
                <p class="ie-experience">{ ctx.locale.pick(exp) }</p>
            }
        </li>
    }
}
