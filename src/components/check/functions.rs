//! The functions behind a check's verdict, in three lists: what was down or degraded (with the
//! interval that applies), what still worked (and since or until when), and what the sources
//! leave unknown at that moment (a gap, or after the last report: what was last reported,
//! when, and the operator's all-clear).

use crate::components::shared::level_badge::level_badge;
use crate::components::shared::when::When;
use crate::hooks::{use_ctx, Ctx};
use crate::i18n::format;
use crate::incident::status::{around, length, Around, CheckAnswer, FunctionAnswer, FunctionState};
use crate::incident::{Level, Time};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckFunctionsProps {
    pub answer: Rc<CheckAnswer>,
    /// The moment asked about.
    pub at: Time,
}

/// One function's line: name, state and the interval or edge that explains it.
pub fn function_line(ctx: &Ctx, service: usize, f: &FunctionAnswer, at: &Time) -> Html {
    let Some(func) = ctx
        .incident
        .services
        .get(service)
        .and_then(|s| s.functions.get(f.function))
    else {
        return Html::default();
    };
    let c = ctx.locale.check();
    let explain = match around(&func.status, f.state, at) {
        Around::In(iv) => {
            let (len, open) = length(iv, &ctx.incident.covers.to);
            let end = match (iv.to, iv.level) {
                (Some(to), _) => {
                    html! { <>{ " – " }<When at={to} approximate={iv.approximate} /></> }
                }
                (None, Level::Restored) => Html::default(),
                (None, _) => html! { <>{ " – " }{ ctx.locale.services().end_unknown }</> },
            };
            let dur = (!open && iv.level != Level::Restored)
                .then(|| format!(" ({})", format::duration(ctx.locale, len)));
            html! { <>{ level_badge(ctx.locale, Some(iv.level)) }{ " " }<When at={iv.from} approximate={iv.approximate} />{ end }{ dur }</> }
        }
        Around::Before(t) => html! { <>{ c.working_before }{ " " }<When at={t} /></> },
        Around::After(t) => html! { <>{ c.working_after }{ " " }<When at={t} /></> },
        Around::Between(a, b) => {
            html! { <>{ c.gap_between }{ " " }<When at={a} />{ " – " }<When at={b} /></> }
        }
        Around::Unreported(iv) => {
            let r = iv.last_report.unwrap_or(iv.from);
            let all_clear = ctx.incident.end.map(|end| {
                html! { <>{ ". " }{ c.all_clear }{ " " }<When at={end} /></> }
            });
            html! {
                <>
                    { level_badge(ctx.locale, Some(iv.level)) }{ " " }{ c.unreported_last }{ " " }
                    <When at={r} approximate={iv.approximate} />{ "; " }{ c.unreported_after }
                    { all_clear }
                </>
            }
        }
        Around::Outside => html! { { c.working_always } },
    };
    html! {
        <li data-function={func.id.clone()}>
            <span class="ie-function-name">{ ctx.locale.pick(&func.name) }</span>{ ": " }{ explain }
        </li>
    }
}

#[function_component(CheckFunctions)]
pub fn check_functions(props: &CheckFunctionsProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let Some(si) = props.answer.service else {
        return Html::default();
    };
    let c = ctx.locale.check();
    let hit = |f: &&FunctionAnswer| matches!(f.state, FunctionState::Hit { level, .. } if level != Level::Restored);
    let fs = &props.answer.functions;
    let lists = [
        (
            c.hit_title,
            "ie-hit",
            fs.iter().filter(hit).collect::<Vec<_>>(),
        ),
        (
            c.worked_title,
            "ie-worked",
            props.answer.working().collect(),
        ),
        (
            c.unclear_title,
            "ie-unclear",
            fs.iter()
                .filter(|f| {
                    matches!(
                        f.state,
                        FunctionState::Gap | FunctionState::Unreported { .. }
                    )
                })
                .collect(),
        ),
    ];
    let list = |(title, class, items): &(&'static str, &'static str, Vec<&FunctionAnswer>)| {
        if items.is_empty() {
            return Html::default();
        }
        html! {
            <div class={*class}>
                <h4>{ *title }</h4>
                <ul class="ie-check-functions">{ for items.iter().map(|f| function_line(&ctx, si, f, &props.at)) }</ul>
            </div>
        }
    };
    html! { <div class="ie-check-lists">{ for lists.iter().map(list) }</div> }
}
