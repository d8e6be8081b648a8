//! The root component's effects: following the URL, loading another incident when asked (with
//! the last good copy or the built-in incident to fall back on), and moving focus when the
//! reader switches views. Also the built-in incident's parse, marked for the bench.

use super::effects::use_effect_on_change;
use crate::host::place::Place;
use crate::incident::Incident;
use crate::route::View;
use crate::state::{Action, AppState, Fallback};
use std::rc::Rc;
use yew::prelude::*;

type Dispatch = UseReducerDispatcher<AppState>;

/// The built-in incident, with its parse marked on the performance timeline.
pub fn timed_builtin() -> Result<Incident, Vec<crate::data::DataError>> {
    crate::host::mark("parse-start");
    let parsed = crate::data::builtin();
    crate::host::mark("parse-end");
    crate::host::measure("parse", "parse-start", "parse-end");
    parsed
}

/// Dispatches a `Navigate` for every change of the route: the URL's hash, or an element's.
#[hook]
pub fn use_follow_route(place: Place, dispatch: Dispatch) {
    use_effect_with(place, move |place| {
        place.follow(move |r| dispatch.dispatch(Action::Navigate(r)))
    });
}

/// Loads `src` (when given) and dispatches the outcome. A load still in flight when `src`
/// changes or the widget goes away is aborted, and its answer dropped.
#[hook]
pub fn use_load_src(src: Option<AttrValue>, dispatch: Dispatch) {
    use_effect_with(src, move |src| {
        let loading = src.clone().map(|src| {
            crate::host::fetch::load_into(src.to_string(), move |result| match result {
                Ok(inc) => dispatch.dispatch(Action::Loaded(inc)),
                Err((errors, last_good)) => {
                    let fallback = last_good.map(|i| (i, Fallback::LastGoodCopy)).or_else(|| {
                        crate::data::builtin()
                            .ok()
                            .map(|i| (Rc::new(i), Fallback::Builtin))
                    });
                    dispatch.dispatch(Action::LoadFailed { errors, fallback })
                }
            })
        });
        move || drop(loading)
    });
}

/// Moves focus to the new view's heading after the reader switches views (not at start,
/// which would steal focus from the page around an embed). A deep link to an event moves
/// focus to that event itself (see `deep_link`).
#[hook]
pub fn use_focus_on_view_change(view: &View, place: &Place) {
    let tab = view.tab();
    let view_takes_focus = matches!(view, View::Timeline(q) if q.event.is_some());
    let place = place.clone();
    use_effect_on_change(tab, move |_| {
        if !view_takes_focus {
            place.focus(".ie-main h2");
        }
    });
}
