//! One graded estimate: the grade in words (and colour), the offer it is for, the amount, why
//! (what is missing, what rules it out), the arithmetic line by line, the rule applied with
//! its note, the deadline, and the sources (the working and the sources in a fold, closed when
//! embedded). Carries `data-grade`.

use crate::components::shared::sources::Sources;
use crate::components::shared::when::When;
use crate::hooks::{use_ctx, use_embed};
use crate::i18n::compensation::{award_text, reason_text, rule_summary, step_text};
use crate::incident::compensation::{Deadline, Estimate, Grade};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EstimateCardProps {
    pub estimate: Rc<Estimate>,
}

#[function_component(EstimateCard)]
pub fn estimate_card(props: &EstimateCardProps) -> Html {
    // Embedded, the answer fits the frame: the working and the sources are one tap away.
    let embedded = use_embed().embedded;
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let (l, t, inc) = (ctx.locale, ctx.locale.compensation(), &ctx.incident);
    let e = &props.estimate;
    let Some(offer) = inc.compensation.get(e.offer) else {
        return Html::default();
    };
    let a = &e.applied;
    let grade = match a.grade {
        Grade::LikelyEntitled => t.grade_likely,
        Grade::Possibly => t.grade_possibly,
        Grade::NotEntitled => t.grade_not,
        Grade::NotEnoughInformation => t.grade_nei,
    };
    let abbr = &inc.zone.abbr;
    let steps = a
        .steps
        .iter()
        .map(|s| html! { <li>{ step_text(l, s, abbr) }</li> });
    let deadline = match e.deadline {
        Deadline::Next { closes, .. } => {
            html! { <>{ t.deadline_next }{ ": " }<When at={closes} /></> }
        }
        Deadline::Passed { closed } => {
            html! { <>{ t.deadline_passed }{ ": " }<When at={closed} /></> }
        }
        Deadline::None => html! { { t.deadline_none } },
    };
    let how = html! {
        <>
            if !a.steps.is_empty() {
                <p class="ie-estimate-label">{ t.arithmetic_label }</p>
                <ol class="ie-estimate-steps">{ for steps }</ol>
            }
            if let Some(spec) = &offer.rule {
                <p class="ie-estimate-rule">
                    <span class="ie-muted">{ t.rule_applied }{ ": " }</span>{ rule_summary(l, &spec.rule, abbr) }
                    if let Some(note) = &spec.note {
                        { " " }<span class="ie-muted ie-rule-note">{ l.pick(note).to_string() }</span>
                    }
                </p>
            }
        </>
    };
    html! {
        <article class={classes!("ie-estimate", format!("ie-grade-{}", a.grade.as_str()))} data-grade={a.grade.as_str()}>
            <p class="ie-estimate-grade"><span class="ie-badge">{ grade }</span></p>
            <h5>{ l.pick(&offer.offer).to_string() }</h5>
            if let Some(award) = a.award.filter(|w| w.won.is_some() || w.days.is_some()) {
                <p class="ie-estimate-award">{ t.award_label }{ ": " }<strong>{ award_text(l, &award) }</strong></p>
            }
            if let Some(r) = &a.reason {
                <p class="ie-estimate-reason">{ reason_text(l, r) }</p>
            }
            <p class="ie-estimate-deadline">{ deadline }</p>
            <details class="ie-estimate-how" open={!embedded}>
                <summary>{ t.how_summary }</summary>
                { how }
                <Sources ids={e.sources.clone()} />
            </details>
        </article>
    }
}
