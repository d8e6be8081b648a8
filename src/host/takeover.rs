//! The widget takes over from what the page showed while it loaded: the pre-rendered views
//! (`render-incident`) or a boot message. The widget renders into an element of its own, kept
//! out of the document until its first load has settled and its stepped lists have finished
//! (`Takeover::settled`, `Stepping`); then it replaces what was shown in one task, before the
//! next paint, keeping the scroll position and moving keyboard focus to the same element of the
//! new tree.
//! The pre-rendered view is the same components' render at the same route, so nothing moves.

use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// How long the swap waits for the stepped lists at most, in ticks of `TICK_MS`.
const MAX_TICKS: u32 = 300;
const TICK_MS: u32 = 16;

thread_local! {
    static STEPPING: Cell<usize> = const { Cell::new(0) };
    /// Widgets rendering out of the document, before their swap.
    static UNSEEN: Cell<usize> = const { Cell::new(0) };
}

/// A widget is rendering out of the document: whatever it renders is not seen before the swap,
/// so parts of a view may follow it by a task (`progressive::use_staged`) at no cost to the reader.
pub fn unseen() -> bool {
    UNSEEN.with(Cell::get) > 0
}

/// A list still rendering in steps (`components::shared::progressive`): while one is alive,
/// the swap waits, so the widget takes over with everything the pre-rendered view showed.
pub struct Stepping(());

impl Stepping {
    pub fn new() -> Self {
        STEPPING.with(|n| n.set(n.get() + 1));
        Stepping(())
    }
}

impl Default for Stepping {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Stepping {
    fn drop(&mut self) {
        STEPPING.with(|n| n.set(n.get().saturating_sub(1)));
    }
}

/// The mount element and the widget's own element, until the swap.
#[derive(Clone)]
pub struct Takeover {
    root: Element,
    live: Element,
    done: Rc<Cell<bool>>,
    waiting: Rc<RefCell<Option<Timeout>>>,
}

impl Takeover {
    /// `root` is the mount element, `live` the element the widget renders into (detached).
    pub fn new(root: Element, live: Element) -> Self {
        UNSEEN.with(|n| n.set(n.get() + 1));
        Takeover {
            root,
            live,
            done: Rc::default(),
            waiting: Rc::default(),
        }
    }

    /// The first load has settled: swap once no list is rendering in steps any more (or after
    /// about five seconds, whatever is there).
    pub fn settled(&self) {
        if self.done.get() || self.waiting.borrow().is_some() {
            return;
        }
        // From the next task: the lists' own effects of this render have run by then.
        let me = self.clone();
        let timer = Timeout::new(0, move || me.wait(0));
        self.waiting.borrow_mut().replace(timer);
    }

    fn wait(&self, tick: u32) {
        if STEPPING.with(Cell::get) == 0 || tick >= MAX_TICKS {
            self.waiting.borrow_mut().take();
            self.swap();
            return;
        }
        let me = self.clone();
        let timer = Timeout::new(TICK_MS, move || me.wait(tick + 1));
        self.waiting.borrow_mut().replace(timer);
    }

    fn swap(&self) {
        if self.done.replace(true) {
            return;
        }
        UNSEEN.with(|n| n.set(n.get().saturating_sub(1)));
        let window = web_sys::window();
        let scroll = window
            .as_ref()
            .map(|w| (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)));
        let at_top = scroll.is_none_or(|(x, y)| (x, y) == (0.0, 0.0));
        // At the top nothing is read from the new tree in this task: the browser lays it out,
        // and picks what to draw, before the next paint.
        let (anchor, shown) = if at_top {
            (None, Vec::new())
        } else {
            (anchor(&self.root), on_screen(&self.root))
        };
        let focused = focus_path(&self.root);
        while let Some(child) = self.root.first_child() {
            let _ = self.root.remove_child(&child);
        }
        let _ = self.root.append_child(&self.live);
        // What was on and near the screen is drawn in the new tree at once: the browser decides
        // which skipped parts are near the screen only when it next renders, after the
        // positions read below.
        for path in &shown {
            if let Some(el) = follow(&self.live, path) {
                let _ = el.style().set_property("content-visibility", "visible");
            }
        }
        if let Some(path) = focused {
            if let Some(el) = follow(&self.live, &path) {
                let _ = el.focus();
            }
        }
        // At the top nothing on screen can have moved; elsewhere, reading a position lays out
        // the new tree in this task (a long one for a long list), so only then.
        if let (Some(w), Some((x, y)), false) = (window, scroll, at_top) {
            if w.scroll_x().unwrap_or(0.0) != x || w.scroll_y().unwrap_or(0.0) != y {
                w.scroll_to_with_x_and_y(x, y);
            }
            // The element that was at the top of the screen goes back where it was.
            let moved = anchor.and_then(|(path, top)| {
                let el = follow(&self.live, &path)?;
                Some(el.get_bounding_client_rect().top() - top)
            });
            if let Some(dy) = moved.filter(|dy| *dy != 0.0) {
                w.scroll_by_with_x_and_y(0.0, dy);
            }
        }
        super::embed::report_soon(&self.root);
    }
}

/// An element's place under the widget root (`.ie`) it sits in: child indices and its tag name.
type Path = (Vec<u32>, String);

/// Whether an element of the page shown before the takeover has its like in the widget's tree:
/// not what is marked `data-pre-only`, nor the places kept for a reader's zone (`.ie-zone-slot`)
/// where it is the incident's, as the widget draws nothing there (assets/boot.js marks the other
/// case on `<html>`).
fn counter(document: &web_sys::Document) -> impl Fn(&Element) -> bool {
    let zone_other = document
        .document_element()
        .is_some_and(|h| h.matches(".ie-zone-other").unwrap_or(false));
    move |s: &Element| {
        !s.has_attribute("data-pre-only")
            && (zone_other || !s.matches(".ie-zone-slot").unwrap_or(false))
    }
}

/// The place of `el` under its widget root, counting only the elements `counted` accepts.
fn path_of(mut el: Element, counted: &impl Fn(&Element) -> bool) -> Option<Path> {
    let tag = el.tag_name();
    let mut path = Vec::new();
    while !el.matches(".ie").unwrap_or(false) {
        let mut index = 0;
        let mut sibling = el.previous_element_sibling();
        while let Some(s) = sibling {
            if counted(&s) {
                index += 1;
            }
            sibling = s.previous_element_sibling();
        }
        path.push(index);
        el = el.parent_element()?;
    }
    path.reverse();
    Some((path, tag))
}

/// The focused element's place, if focus is inside `root`.
fn focus_path(root: &Element) -> Option<Path> {
    let document = web_sys::window()?.document()?;
    let el = document.active_element()?;
    if !root.contains(Some(&el)) {
        return None;
    }
    path_of(el, &counter(&document))
}

/// The element at the top of the screen in the view shown under `root`, and how far below the
/// top of the screen it starts. The page shown before the takeover may not have drawn what is
/// far off screen (`content-visibility` in styles/timeline.css: such parts take a guessed
/// height), so the widget's tree is put back where this element was, not at the same scroll
/// offset.
fn anchor(root: &Element) -> Option<(Path, f64)> {
    let document = web_sys::window()?.document()?;
    let counted = counter(&document);
    let roots = root.query_selector_all(".ie").ok()?;
    let mut el = (0..roots.length())
        .filter_map(|i| roots.item(i)?.dyn_into::<Element>().ok())
        .find(|r| r.get_bounding_client_rect().height() > 0.0)?;
    let mut top = el.get_bounding_client_rect().top();
    // Down through what straddles the top of the screen, to the first element below it.
    while top < 0.0 {
        let mut child = el.first_element_child();
        let next = loop {
            let Some(c) = child else { break None };
            let rect = c.get_bounding_client_rect();
            if counted(&c) && rect.height() > 0.0 && rect.bottom() > 0.0 {
                break Some((c, rect.top()));
            }
            child = c.next_element_sibling();
        };
        let Some((c, t)) = next else { break };
        el = c;
        top = t;
    }
    Some((path_of(el, &counted)?, top))
}

/// What the browser may skip drawing while it is off screen (`content-visibility: auto` in
/// styles/timeline.css).
const SKIPPABLE: &str = ".ie-tl-event";

/// The places of the skippable parts on and near the screen in the view shown under `root`:
/// within two screens' height above and below it, further than the browser looks ahead
/// (Chromium drew an event 1.3 screens above a phone's screen after the swap), so none of these
/// is first drawn, and grows, after the swap.
fn on_screen(root: &Element) -> Vec<Path> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let Some(document) = window.document() else {
        return Vec::new();
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let Ok(parts) = root.query_selector_all(SKIPPABLE) else {
        return Vec::new();
    };
    let counted = counter(&document);
    (0..parts.length())
        .filter_map(|i| parts.item(i)?.dyn_into::<Element>().ok())
        .filter(|el| {
            let rect = el.get_bounding_client_rect();
            rect.height() > 0.0 && rect.bottom() > -2.0 * height && rect.top() < 3.0 * height
        })
        .filter_map(|el| path_of(el, &counted))
        .collect()
}

/// The element at `path` under the first widget root (`.ie`) in `live`, if it has the same tag.
fn follow(live: &Element, (path, tag): &Path) -> Option<HtmlElement> {
    let mut el = live.query_selector(".ie").ok().flatten()?;
    for &i in path {
        el = el.first_element_child()?;
        for _ in 0..i {
            el = el.next_element_sibling()?;
        }
    }
    (el.tag_name() == *tag)
        .then(|| el.dyn_into().ok())
        .flatten()
}
