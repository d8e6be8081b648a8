//! Acting on an element of the widget's own tree once it is on the page. The widget renders
//! into an element of its own that joins the document only when it takes over from the
//! pre-rendered page (`super::takeover`), after its first load; the pre-rendered page may hold
//! a copy of the same element meanwhile (`.ie-pre`), which is never the one acted on.

use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// How many frames an element is looked for (about ten seconds).
const MAX_TRIES: u32 = 600;

/// Looking for an element; dropping it stops looking.
#[derive(Default)]
pub struct Pending(Rc<RefCell<Option<Timeout>>>);

impl Drop for Pending {
    fn drop(&mut self) {
        self.0.borrow_mut().take();
    }
}

/// Calls `then` with the element `find` returns, as soon as it returns one that is not part of
/// the pre-rendered page: now (after a zero timeout, once the render is done) or, until the
/// takeover, on a later frame.
pub fn when_shown(
    find: impl Fn(&Document) -> Option<Element> + 'static,
    then: impl FnOnce(HtmlElement) + 'static,
) -> Pending {
    let pending = Pending::default();
    let slot = pending.0.clone();
    let first = Timeout::new(0, move || look(Rc::new(find), then, 0, slot));
    pending.0.borrow_mut().replace(first);
    pending
}

type Find = Rc<dyn Fn(&Document) -> Option<Element>>;

fn look(
    find: Find,
    then: impl FnOnce(HtmlElement) + 'static,
    tries: u32,
    slot: Rc<RefCell<Option<Timeout>>>,
) {
    let found = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| find(&d))
        .filter(|el| el.closest(".ie-pre").ok().flatten().is_none())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    match found {
        Some(el) => then(el),
        None if tries < MAX_TRIES => {
            let next = slot.clone();
            let timer = Timeout::new(16, move || look(find, then, tries + 1, next));
            slot.borrow_mut().replace(timer);
        }
        None => {}
    }
}

/// Scrolls `el` to the top of the viewport (no animation when the reader asked for less motion:
/// the default `behavior` is instant).
pub fn scroll_to_top(el: &Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}
