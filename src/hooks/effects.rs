//! Effects that know whether they run for the component's arrival or for a later change: the
//! widget moves focus after the reader acts, never on arrival, where it would steal focus
//! from the page around an embed.

use yew::functional::TearDown;
use yew::prelude::*;

/// `use_effect_with`, told whether this run is the first (the component arriving) or a later
/// one (`deps` changed).
#[hook]
pub fn use_effect_with_first<T, F, D>(deps: T, f: F)
where
    T: PartialEq + 'static,
    F: FnOnce(&T, bool) -> D + 'static,
    D: TearDown,
{
    let first = use_mut_ref(|| true);
    use_effect_with(deps, move |deps| {
        let initial = std::mem::replace(&mut *first.borrow_mut(), false);
        f(deps, initial)
    });
}

/// Runs `f` each time `deps` change after the first render; never on arrival.
#[hook]
pub fn use_effect_on_change<T, F>(deps: T, f: F)
where
    T: PartialEq + 'static,
    F: FnOnce(&T) + 'static,
{
    use_effect_with_first(deps, move |deps, first| {
        if !first {
            f(deps)
        }
    });
}
