//! A service at a glance: its worst level and how long it was down in total, as a small list
//! of facts shared by the list's cards and the detail page.

use crate::components::shared::level_badge::level_badge;
use crate::hooks::use_ctx;
use crate::i18n::format;
use crate::incident::status::summarize;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServiceFactsProps {
    /// Index into the incident's services.
    pub service: usize,
    /// Explain how open ends were counted (the detail page does; cards keep it short).
    #[prop_or_default]
    pub explain_open: bool,
}

#[function_component(ServiceFacts)]
pub fn service_facts(props: &ServiceFactsProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let Some(svc) = ctx.incident.services.get(props.service) else {
        return Html::default();
    };
    let s = ctx.locale.services();
    let sum = summarize(svc, &ctx.incident.covers.to);
    let dur = |d| format::duration(ctx.locale, d);
    let mark = if sum.open { " *" } else { "" };
    html! {
        <>
            <dl class="ie-facts">
                <div><dt>{ s.worst_label }</dt><dd>{ level_badge(ctx.locale, sum.worst) }</dd></div>
                if sum.worst.is_some() {
                    <div><dt>{ s.any_down_total }</dt><dd>{ dur(sum.any_function_down) }{ mark }</dd></div>
                    if sum.fully_down != sum.any_function_down {
                        <div><dt>{ s.fully_down_total }</dt><dd>{ dur(sum.fully_down) }{ mark }</dd></div>
                    }
                    if sum.any_function_hit != sum.any_function_down {
                        <div><dt>{ s.hit_total }</dt><dd>{ dur(sum.any_function_hit) }{ mark }</dd></div>
                    }
                    <div><dt class="ie-visually-hidden">{ s.functions_title }</dt>
                        <dd>{ (s.functions_hit)(sum.functions_hit, svc.functions.len()) }</dd></div>
                }
            </dl>
            if sum.open && props.explain_open {
                <p class="ie-hint">{ "* " }{ s.open_end_note }</p>
            }
        </>
    }
}
