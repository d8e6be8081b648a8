//! The first screen of a check's answer, under its verdict: how long the trouble went on from
//! the moment asked (the first function back and the last, with when), what still worked, and
//! what the sources leave unknown, each in one sentence. The intervals behind them are in the
//! fold below (`CheckFunctions`).

use crate::components::shared::when::{incident_zone, stamp};
use crate::hooks::Ctx;
use crate::i18n::format;
use crate::incident::lasted::{lasted, End};
use crate::incident::status::{CheckAnswer, FunctionState, Verdict};
use crate::incident::zone::in_zone;
use crate::incident::{Service, Time};
use yew::prelude::*;

/// "Sun 16 Oct, 01:31 KST", with "about" when the sources give it roughly.
fn until(ctx: &Ctx, end: &End) -> String {
    let c = ctx.locale.check();
    let home = in_zone(&end.at, &incident_zone(ctx));
    let text = format!("{} {}", stamp(ctx, &home, true), ctx.incident.zone.abbr);
    if end.approximate {
        (c.about)(&text)
    } else {
        text
    }
}

/// The sentence on how long it went on from `at`, if anything was down or degraded then.
pub fn lasted_line(ctx: &Ctx, svc: &Service, answer: &CheckAnswer, at: &Time) -> Option<String> {
    let c = ctx.locale.check();
    let l = lasted(svc, answer)?;
    let name = |e: &End| {
        svc.functions
            .get(e.function)
            .map_or(String::new(), |f| ctx.locale.pick(&f.name).to_string())
    };
    let length = |e: &End| format::duration(ctx.locale, e.at - *at);
    let mut line = match (l.soonest, l.latest) {
        (Some(first), Some(last)) if first.at == last.at => {
            (c.lasted_one)(&length(&last), &until(ctx, &last))
        }
        (Some(first), Some(last)) => (c.lasted_range)(
            &name(&first),
            &length(&first),
            &name(&last),
            &length(&last),
            &until(ctx, &last),
        ),
        _ => return Some(c.lasted_open.to_string()),
    };
    if l.open > 0 {
        line.push(' ');
        line.push_str(&(c.lasted_open_some)(l.open));
    }
    Some(line)
}

/// The answer's first lines: how long from then, what still worked, what is not known.
pub fn summary(ctx: &Ctx, answer: &CheckAnswer, at: &Time) -> Html {
    let c = ctx.locale.check();
    let Some(svc) = answer.service.and_then(|i| ctx.incident.services.get(i)) else {
        return Html::default();
    };
    let names = |list: Vec<usize>| {
        list.into_iter()
            .filter_map(|fi| svc.functions.get(fi))
            .map(|f| ctx.locale.pick(&f.name))
            .collect::<Vec<_>>()
            .join(c.list_separator)
    };
    let worked: Vec<usize> = answer.working().map(|f| f.function).collect();
    let unclear: Vec<usize> = answer
        .functions
        .iter()
        .filter(|f| f.state == FunctionState::Gap)
        .map(|f| f.function)
        .collect();
    let hit = matches!(
        answer.verdict,
        Verdict::Affected | Verdict::PartiallyAffected
    );
    let worked_line = if !hit || answer.functions.len() < 2 {
        None
    } else if worked.is_empty() && unclear.is_empty() {
        Some((c.nothing_worked)(answer.functions.len()))
    } else if worked.is_empty() {
        None
    } else {
        Some((c.still_worked)(&names(worked)))
    };
    let unclear_line = (!unclear.is_empty()).then(|| (c.not_known)(&names(unclear)));
    html! {
        <>
            if let Some(line) = lasted_line(ctx, svc, answer, at) {
                <p class="ie-lasted">{ line }</p>
            }
            if let Some(line) = worked_line {
                <p class="ie-still-worked">{ line }</p>
            }
            if let Some(line) = unclear_line {
                <p class="ie-not-known">{ line }</p>
            }
        </>
    }
}
