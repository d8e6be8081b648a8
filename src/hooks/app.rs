//! The root component's effects: following the URL, loading another incident when asked (with
//! the last good copy or the built-in incident to fall back on), and moving focus when the
//! reader switches views. Also the built-in incident's parse, marked for the bench.

use super::effects::use_effect_on_change;
use crate::data::DataError;
use crate::host::fetch::{load_into, Loading};
use crate::host::place::Place;
use crate::incident::Incident;
use crate::route::View;
use crate::state::{Action, AppState, Fallback};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

type Dispatch = UseReducerDispatcher<AppState>;

/// The built-in incident, with its parse marked on the performance timeline. Native only (the
/// tests' server renders); the widget in a browser is always given a file to fetch (`mount`).
pub fn timed_builtin() -> Result<Incident, Vec<crate::data::DataError>> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        crate::host::mark("parse-start");
        let parsed = crate::data::builtin();
        crate::host::mark("parse-end");
        crate::host::measure("parse", "parse-start", "parse-end");
        parsed
    }
    #[cfg(target_arch = "wasm32")]
    Err(vec![crate::data::DataError::new(
        "src",
        crate::data::Problem::Missing,
    )])
}

/// Dispatches a `Navigate` for every change of the route: the URL's hash, or an element's.
#[hook]
pub fn use_follow_route(place: Place, dispatch: Dispatch) {
    use_effect_with(place, move |place| {
        place.follow(move |r| dispatch.dispatch(Action::Navigate(r)))
    });
}

/// Loads `src` (when given) and dispatches the outcome; loads it again at each new `attempt`
/// (the reader's "try again"). When it fails with no last good copy, the built-in incident is
/// shown instead (fetched from its own file, unless that is what failed). A load still in
/// flight when `src` changes or the widget goes away is aborted, and its answer dropped.
#[hook]
pub fn use_load_src(src: Option<AttrValue>, attempt: u32, dispatch: Dispatch) {
    use_effect_with((src, attempt), move |(src, _)| {
        let fallback_load: Rc<RefCell<Option<Loading>>> = Rc::default();
        let keep_fallback = fallback_load.clone();
        let loading = src.clone().map(|src| {
            let failed_src = src.to_string();
            load_into(src.to_string(), move |result| match result {
                Ok(inc) => dispatch.dispatch(Action::Loaded(inc)),
                Err((errors, Some(last_good))) => dispatch.dispatch(Action::LoadFailed {
                    errors,
                    fallback: Some((last_good, Fallback::LastGoodCopy)),
                }),
                Err((errors, None)) => {
                    *keep_fallback.borrow_mut() =
                        fall_back_to_builtin(&failed_src, errors, dispatch);
                }
            })
        });
        move || drop((loading, fallback_load))
    });
}

/// Shows the built-in incident after `errors`: parsed at once natively, fetched in a browser.
fn fall_back_to_builtin(
    failed: &str,
    errors: Vec<DataError>,
    dispatch: Dispatch,
) -> Option<Loading> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = failed;
        let fallback = crate::data::builtin()
            .ok()
            .map(|i| (Rc::new(i), Fallback::Builtin));
        dispatch.dispatch(Action::LoadFailed { errors, fallback });
        None
    }
    #[cfg(target_arch = "wasm32")]
    {
        let builtin = crate::host::builtin_src();
        let same =
            crate::host::fetch::resolve(failed).ok() == crate::host::fetch::resolve(&builtin).ok();
        if same {
            dispatch.dispatch(Action::LoadFailed {
                errors,
                fallback: None,
            });
            return None;
        }
        Some(load_into(builtin, move |result| {
            let fallback = result.ok().map(|i| (i, Fallback::Builtin));
            dispatch.dispatch(Action::LoadFailed { errors, fallback })
        }))
    }
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
