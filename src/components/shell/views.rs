//! Picks the component of the current view.
//!
//! A view the reader leaves is not dropped in the same task: with a thousand events shown, that
//! is tens of thousands of elements and one long task. It stays after the new view, out of
//! sight (`content-visibility: hidden`, which, unlike `display: none`, does not restyle its
//! subtree) and with the context and route it had (so none of its components renders again
//! for the new route) and without its ids, while its long lists empty in steps
//! (`progressive::Leaving`); it goes once they have. A view with little to empty (the built-in
//! incident's) goes in the same task.

use crate::components::check::view::CheckView;
use crate::components::compensation::view::CompensationView;
use crate::components::services::view::ServicesView;
use crate::components::shared::progressive::Leaving;
use crate::components::timeline::view::TimelineView;
use crate::hooks::{use_ctx, use_route, Ctx};
use crate::route::{Route, View};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How often, and how many times at most, the switch looks whether a left view has emptied.
const TICK_MS: u32 = 16;
const MAX_TICKS: u32 = 300;

/// The view shown last and the one being left, each with the context and route it was shown
/// with and its generation (its key: a view the reader returns to while it empties is a new one).
#[derive(Default)]
struct Shown {
    last: Option<(Ctx, Route, u32)>,
    left: Option<(Ctx, Route, u32, Leaving)>,
    generation: u32,
}

#[function_component(ViewSwitch)]
pub fn view_switch() -> Html {
    let ctx = use_ctx();
    let route = use_route();
    let shown = use_mut_ref(Shown::default);
    let redraw = use_force_update();
    let current_slot = use_node_ref();
    let (generation, left) = {
        let mut s = shown.borrow_mut();
        if let Some(now) = &ctx {
            let generation = match s.last.take() {
                Some((before, was, g)) if was.view.tab() != route.view.tab() => {
                    // Before the new view exists: yew may yield to the browser between this
                    // render and its effects (after 16 ms of work), and an id must name one
                    // element in every task and every frame.
                    forget_ids(&current_slot);
                    // A view left before it had emptied goes now.
                    s.left = Some((before, was, g, Leaving::new()));
                    s.generation += 1;
                    s.generation
                }
                Some((_, _, g)) => g,
                None => s.generation,
            };
            s.last = Some((now.clone(), route.clone(), generation));
        }
        (s.generation, s.left.clone())
    };
    {
        let leaving = left.as_ref().map(|(_, _, _, l)| l.clone());
        use_effect_with(leaving, move |leaving| {
            // The left view's lists have counted their items by now (effects run child first).
            let watch = match leaving {
                // Little to empty: it goes at once, with the effects of the switch.
                Some(l) if l.small() => {
                    drop_left(&shown, l, &redraw);
                    None
                }
                Some(l) => Some(watch_emptied(l.clone(), shown, redraw)),
                None => None,
            };
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
    let slot = |ctx: Ctx, route: Route, generation: u32, leaving: Leaving| {
        let class = classes!("ie-view-slot", leaving.left().then_some("ie-view-left"));
        let slot_ref = match leaving.left() {
            true => NodeRef::default(),
            false => current_slot.clone(),
        };
        let view = render(&route.view);
        html! {
            <div {class} key={generation.to_string()} ref={slot_ref}>
                <ContextProvider<Leaving> context={leaving}>
                <ContextProvider<Ctx> context={ctx}>
                <ContextProvider<Route> context={route}>{ view }</ContextProvider<Route>>
                </ContextProvider<Ctx>>
                </ContextProvider<Leaving>>
            </div>
        }
    };
    html! {
        <>
            { slot(current, route, generation, Leaving::default()) }
            { for left.map(|(ctx, was, g, leaving)| slot(ctx, was, g, leaving)) }
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

/// Drops the left view, if it is still `leaving`'s.
fn drop_left(shown: &RefCell<Shown>, leaving: &Leaving, redraw: &UseForceUpdateHandle) {
    let mut s = shown.borrow_mut();
    if s.left.as_ref().is_some_and(|(_, _, _, l)| l == leaving) {
        s.left = None;
        drop(s);
        redraw.force_update();
    }
}

/// The left view's elements give up their ids (the new view may have the same ones: its title,
/// its chart's parts), so that an id names one element while the left view empties. Nothing
/// renders them again: the left view keeps the context and route it had, and a view the reader
/// returns to is a new one. The timeline's events keep theirs (no other view has them, and
/// there are thousands).
fn forget_ids(slot: &NodeRef) {
    let Some(slot) = slot.cast::<web_sys::Element>() else {
        return;
    };
    if let Ok(named) = slot.query_selector_all("[id]:not(.ie-tl-event)") {
        for i in 0..named.length() {
            if let Some(el) = named
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                el.remove_attribute("id").ok();
            }
        }
    }
}

/// Every `TICK_MS` until the left view's lists have (nearly) emptied: then it is dropped.
fn watch_emptied(
    leaving: Leaving,
    shown: Rc<RefCell<Shown>>,
    redraw: UseForceUpdateHandle,
) -> Rc<RefCell<Option<Timeout>>> {
    let timer = Rc::new(RefCell::new(None));
    tick(0, TICK_MS, leaving, shown, redraw, timer.clone());
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
        if leaving.small() || n >= MAX_TICKS {
            drop_left(&shown, &leaving, &redraw);
        } else {
            tick(n + 1, TICK_MS, leaving, shown, redraw, again);
        }
    });
    timer.borrow_mut().replace(t);
}
