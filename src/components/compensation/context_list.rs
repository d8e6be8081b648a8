//! The context that helps a reader judge the offers: precedents (KT's 2021 formula), terms
//! (telecoms' 10×, the company's own), guidelines (3× the days), each with its rule in words
//! when the data gives one, and its sources.

use crate::components::shared::sources::Sources;
use crate::hooks::use_ctx;
use crate::i18n::compensation::rule_summary;
use yew::prelude::*;

#[function_component(ContextList)]
pub fn context_list() -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.compensation());
    let inc = &ctx.incident;
    if inc.context.is_empty() {
        return Html::default();
    }
    let abbr = &inc.zone.abbr;
    let items = inc.context.iter().map(|c| {
        html! {
            <li class="ie-context" data-context={c.id.clone()}>
                <h4>{ l.pick(&c.title).to_string() }</h4>
                <p>{ l.pick(&c.text).to_string() }</p>
                if let Some(spec) = &c.rule {
                    <p class="ie-context-rule">
                        <span class="ie-muted">{ t.rule_label }{ ": " }</span>
                        { rule_summary(l, &spec.rule, abbr) }
                        if let Some(note) = &spec.note {
                            { " " }<span class="ie-muted ie-rule-note">{ l.pick(note).to_string() }</span>
                        }
                    </p>
                }
                <Sources ids={c.sources.clone()} />
            </li>
        }
    });
    html! {
        <section class="ie-comp-context" aria-labelledby="ie-comp-context-title">
            <h3 id="ie-comp-context-title">{ t.context_heading }</h3>
            <p class="ie-muted">{ t.context_intro }</p>
            <ul class="ie-context-list">{ for items }</ul>
        </section>
    }
}
