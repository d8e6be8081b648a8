//! Long lists render in steps: the first items with the view, the rest in batches, one per task
//! after it, so the view is on screen and usable before its last items exist. Between steps
//! the browser paints and handles input. Batches at least double what is shown, so a list of
//! n items takes O(log n) steps and each step's re-render of the shown part adds up to O(n).
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

/// How many of `total` items to render now: `first` at once, then per task `step` more or
/// twice as many, whichever is larger, until all are there. Raising `first` (a deep link
/// further down) takes effect at once.
#[hook]
pub fn use_progressive(total: usize, first: usize, step: usize) -> usize {
    let shown = use_state_eq(|| first);
    let now = (*shown).max(first);
    {
        let shown = shown.clone();
        use_effect_with((now, total), move |&(n, total)| {
            let next = n.saturating_add(step).max(n.saturating_mul(2));
            let timer = (n < total).then(|| Timeout::new(0, move || shown.set(next)));
            move || drop(timer)
        });
    }
    now.min(total)
}

/// False in the render that shows the view, true from the next task on (in a browser); true
/// at once elsewhere. For parts that are off screen until asked for.
#[hook]
pub fn use_after_view() -> bool {
    use_progressive(1, first_batch(0), 1) == 1
}
