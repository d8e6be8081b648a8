//! Picks the component of the current view.
//!
//! A view the reader leaves is not dropped in the same task: with a thousand events shown, that
//! is tens of thousands of elements and one long task. It stays after the new view, out of
//! sight (`content-visibility: hidden`, which, unlike `display: none`, does not restyle its
//! subtree) and with the context it had (so none of its components renders again for the new
//! route), while its long lists empty in steps (`progressive::Leaving`); it goes once they have.

use crate::components::check::view::CheckView;
use crate::components::compensation::view::CompensationView;
use crate::components::services::view::ServicesView;
use crate::components::shared::progressive::Leaving;
use crate::components::timeline::view::TimelineView;
use crate::hooks::{use_ctx, Ctx};
use crate::route::{Tab, View};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How often, and how many times at most, the switch looks whether a left view has emptied.
const TICK_MS: u32 = 16;
const MAX_TICKS: u32 = 300;

/// The view shown last, and the one being left, each with the context it was shown with.
#[derive(Default)]
struct Shown {
    last: Option<Ctx>,
    left: Option<(Ctx, Leaving)>,
}

#[function_component(ViewSwitch)]
pub fn view_switch() -> Html {
    let ctx = use_ctx();
    let shown = use_mut_ref(Shown::default);
    let redraw = use_force_update();
    let left = {
        let mut s = shown.borrow_mut();
        if let Some(now) = &ctx {
            let tab = now.route.view.tab();
            if let Some(before) = s.last.replace(now.clone()) {
                if before.route.view.tab() != tab {
                    // A view left before it had emptied goes now.
                    s.left = Some((before, Leaving::new()));
                }
            }
            if s.left
                .as_ref()
                .is_some_and(|(c, _)| c.route.view.tab() == tab)
            {
                s.left = None;
            }
        }
        s.left.clone()
    };
    {
        let leaving = left.as_ref().map(|(_, l)| l.clone());
        use_effect_with(leaving, move |leaving| {
            let watch = leaving.clone().map(|l| watch_emptied(l, shown, redraw));
            // Dropping the timer stops the watch (and frees it: its callback holds the cell).
            move || {
                if let Some(w) = watch {
                    w.borrow_mut().take();
                }
            }
        });
    }
    let Some(current) = ctx else {
        return Html::default();
    };
    let slot = |ctx: Ctx, leaving: Leaving| {
        let key = match ctx.route.view.tab() {
            Some(Tab::Timeline) => "timeline",
            Some(Tab::Services) => "services",
            Some(Tab::Check) => "check",
            Some(Tab::Compensation) => "compensation",
            None => "none",
        };
        let class = classes!("ie-view-slot", leaving.left().then_some("ie-view-left"));
        let view = render(&ctx.route.view);
        html! {
            <div {class} key={key}>
                <ContextProvider<Leaving> context={leaving}>
                <ContextProvider<Ctx> context={ctx}>{ view }</ContextProvider<Ctx>>
                </ContextProvider<Leaving>>
            </div>
        }
    };
    html! {
        <>
            { slot(current, Leaving::default()) }
            { for left.map(|(ctx, leaving)| slot(ctx, leaving)) }
        </>
    }
}

fn render(view: &View) -> Html {
    match view {
        View::Timeline(q) => html! { <TimelineView query={q.clone()} /> },
        View::Services(q) => html! { <ServicesView query={q.clone()} /> },
        View::Check(q) => html! { <CheckView query={q.clone()} /> },
        View::Compensation(q) => html! { <CompensationView query={q.clone()} /> },
        View::NotFound(_) => Html::default(),
    }
}

/// From the next task (the left view's lists have counted themselves by then), every
/// `TICK_MS` until its lists have emptied: then the left view is dropped.
fn watch_emptied(
    leaving: Leaving,
    shown: Rc<RefCell<Shown>>,
    redraw: UseForceUpdateHandle,
) -> Rc<RefCell<Option<Timeout>>> {
    let timer = Rc::new(RefCell::new(None));
    tick(0, 0, leaving, shown, redraw, timer.clone());
    timer
}

fn tick(
    n: u32,
    wait: u32,
    leaving: Leaving,
    shown: Rc<RefCell<Shown>>,
    redraw: UseForceUpdateHandle,
    timer: Rc<RefCell<Option<Timeout>>>,
) {
    let again = timer.clone();
    let t = Timeout::new(wait, move || {
        if leaving.emptied() || n >= MAX_TICKS {
            let mut s = shown.borrow_mut();
            if s.left.as_ref().is_some_and(|(_, l)| *l == leaving) {
                s.left = None;
                drop(s);
                redraw.force_update();
            }
        } else {
            tick(n + 1, TICK_MS, leaving, shown, redraw, again);
        }
    });
    timer.borrow_mut().replace(t);
}
