//! The facts of one offer as a description list: the amounts (in won, per locale), how and
//! where to claim (the link only when it is http or https), the claim windows, what was
//! finally paid, and the rule behind the amount.

use crate::components::compensation::window_list::WindowList;
use crate::data::validate::is_http_url;
use crate::hooks::use_ctx;
use crate::i18n::compensation::rule_summary;
use crate::i18n::format;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OfferFactsProps {
    /// Index into `Incident::compensation`.
    pub offer: usize,
}

#[function_component(OfferFacts)]
pub fn offer_facts(props: &OfferFactsProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.compensation());
    let Some(o) = ctx.incident.compensation.get(props.offer) else {
        return Html::default();
    };
    let amounts = o.amounts.iter().map(|a| {
        html! {
            <li>{ l.pick(&a.label).to_string() }{ ": " }<strong class="ie-won">{ format::won(l, a.won) }</strong></li>
        }
    });
    let claim = o.claim_url.as_ref().filter(|u| is_http_url(u));
    let abbr = &ctx.incident.zone.abbr;
    html! {
        <dl class="ie-offer-facts">
            if !o.amounts.is_empty() {
                <dt>{ t.amounts_label }</dt>
                <dd><ul class="ie-comp-amounts">{ for amounts }</ul></dd>
            }
            if o.how.is_some() || claim.is_some() {
                <dt>{ t.how_label }</dt>
                <dd>
                    if let Some(how) = &o.how { { l.pick(how).to_string() } }
                    if let Some(url) = claim {
                        { " " }<a href={url.clone()} rel="noopener noreferrer" target="_blank">{ t.claim_link }</a>
                    }
                </dd>
            }
            if !o.windows.is_empty() {
                <dt>{ t.windows_label }</dt>
                <dd><WindowList offer={props.offer} /></dd>
            }
            if let Some(outcome) = &o.outcome {
                <dt>{ t.outcome_label }</dt>
                <dd>{ l.pick(outcome).to_string() }</dd>
            }
            if let Some(spec) = &o.rule {
                <dt>{ t.rule_label }</dt>
                <dd>
                    { rule_summary(l, &spec.rule, abbr) }
                    if let Some(note) = &spec.note {
                        { " " }<span class="ie-muted ie-rule-note">{ l.pick(note).to_string() }</span>
                    }
                </dd>
            }
        </dl>
    }
}
