//! Where this widget lives (`crate::host::place::Place`): its page, or an element of a host
//! page. The `App` provides it; a component rendered without it (a test) gets the page.

use crate::host::place::Place;
use yew::prelude::*;

/// The widget's `Place`, for navigating, focusing and making links.
#[hook]
pub fn use_place() -> Place {
    use_context::<Place>().unwrap_or_default()
}
