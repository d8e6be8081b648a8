//! Long lists render in steps: the first items with the view, the rest a batch per task after
//! it, so the view is on screen and usable before its last items exist. Between steps the
//! browser paints and handles input.
//!
//! A server render (yew's `ssr`, used by the native tests and for prerendering) runs no
//! effects, so there everything renders at once.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How many items a list shows with its view in a browser; elsewhere, all of them.
pub const fn first_batch(in_browser: usize) -> usize {
    if cfg!(target_arch = "wasm32") {
        in_browser
    } else {
        usize::MAX
    }
}

/// How many of `total` items to render now: `first` at once, then `step` more per task until
/// all are there. Raising `first` (a deep link further down) takes effect at once.
#[hook]
pub fn use_progressive(total: usize, first: usize, step: usize) -> usize {
    let shown = use_state_eq(|| first);
    let now = (*shown).max(first);
    {
        let shown = shown.clone();
        use_effect_with((now, total), move |&(n, total)| {
            let timer = (n < total).then(|| Timeout::new(0, move || shown.set(n + step)));
            move || drop(timer)
        });
    }
    now.min(total)
}
