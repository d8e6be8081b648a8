//! Long lists render in steps: the first items with the view, the rest in batches of the same
//! size, one per task after it, so the view is on screen and usable before its last items
//! exist. Between steps the browser paints and handles input. Each list's batch is a few
//! milliseconds of work on a laptop (four times that on a slow phone): a list of n items takes
//! n / batch steps, each creating a bounded number of elements.
//!
//! A server render (yew's `ssr`, used by the native tests and for prerendering) runs no
//! effects, so there everything renders at once.

use crate::host::takeover::Stepping;
use crate::host::tasks::later;
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// A view being left drops this many items a task.
const MAX_BATCH: usize = 128;

/// Given to a view the reader has just left (see `shell::views`): it stays, hidden, until its
/// long lists have emptied in steps, since dropping a list of thousands of elements at once is
/// one long task. Holds how many items its lists still show.
#[derive(Clone, Default)]
pub struct Leaving(Option<Rc<Cell<usize>>>);

impl PartialEq for Leaving {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        }
    }
}

impl Leaving {
    /// For a view being left.
    pub fn new() -> Self {
        Self(Some(Rc::default()))
    }

    /// The view is being left.
    pub fn left(&self) -> bool {
        self.0.is_some()
    }

    /// How many items its lists still show (0 when it is not being left).
    pub fn items(&self) -> usize {
        self.0.as_ref().map_or(0, |n| n.get())
    }

    /// So few items are left that dropping the view at once is a short task.
    pub fn small(&self) -> bool {
        self.items() <= MAX_BATCH
    }
}

/// Counts the items one list of a view being left still shows, while it lives.
struct Emptying(Rc<Cell<usize>>, usize);

impl Emptying {
    fn new(count: &Rc<Cell<usize>>, items: usize) -> Self {
        count.set(count.get() + items);
        Self(count.clone(), items)
    }
}

impl Drop for Emptying {
    fn drop(&mut self) {
        self.0.set(self.0.get().saturating_sub(self.1));
    }
}

/// How many items a list shows with its view in a browser; elsewhere, all of them.
pub const fn first_batch(in_browser: usize) -> usize {
    if cfg!(target_arch = "wasm32") {
        in_browser
    } else {
        usize::MAX
    }
}

/// How many of `total` items to render now: `first` at once, then `step` more per task, until
/// all are there. Raising
/// `first` (a deep link further down) takes effect at once; a new `key` (another filter, say)
/// starts again from `first`, so a change of what is listed never renders a long list in one
/// task. In a view being left (`Leaving`) the list empties in steps, `MAX_BATCH` fewer per task.
#[hook]
pub fn use_progressive<K>(key: &K, total: usize, first: usize, step: usize) -> usize
where
    K: PartialEq + Clone + 'static,
{
    let leaving = use_context::<Leaving>().unwrap_or_default();
    let shown = use_state_eq(|| (key.clone(), first));
    let now = match (&*shown, leaving.left()) {
        ((k, n), true) if k == key => *n,
        (_, true) => 0,
        ((k, n), false) if k == key => (*n).max(first),
        _ => first,
    };
    {
        let shown = shown.clone();
        use_effect_with(
            (key.clone(), now, total, leaving),
            move |(key, n, total, leaving)| {
                let (key, n) = (key.clone(), *n);
                let timer = match &leaving.0 {
                    // Left: fewer each task, counted until none are left.
                    Some(count) => (n.min(*total) > 0).then(|| {
                        let emptying = Emptying::new(count, n.min(*total));
                        let next = n.min(*total).saturating_sub(MAX_BATCH);
                        (
                            Some(Timeout::new(0, move || shown.set((key, next)))),
                            None,
                            None,
                            Some(emptying),
                        )
                    }),
                    // Each batch in a task of its own (`tasks::later`), whatever other lists
                    // step too. While more is to come, the widget does not take over from the
                    // pre-rendered page: the guard lives until the render with the next batch
                    // has run its effects.
                    None => (n < *total).then(|| {
                        let stepping = Stepping::new();
                        let next = n.saturating_add(step.max(1));
                        (
                            None,
                            Some(later(move || shown.set((key, next)))),
                            Some(stepping),
                            None,
                        )
                    }),
                };
                move || drop(timer)
            },
        );
    }
    now.min(total)
}

/// A list that renders in steps up to `page` items, then as many more each time the reader
/// asks (`Paged::more`): a list of thousands never sits whole in the document, where every
/// style and layout pass would walk it. A new `key` starts again from the first page.
pub struct Paged {
    /// Items to render now.
    pub shown: usize,
    /// Items not rendered until the reader asks; 0 when the whole list is there or coming.
    pub hidden: usize,
    /// Shows the next page.
    pub more: Callback<MouseEvent>,
}

#[hook]
pub fn use_paged<K>(key: &K, total: usize, first: usize, step: usize, page: usize) -> Paged
where
    K: PartialEq + Clone + 'static,
{
    let limit = use_state_eq(|| (key.clone(), page));
    let pages = match &*limit {
        (k, n) if k == key => *n,
        _ => page,
    };
    let cap = pages.max(first).min(total);
    let shown = use_progressive(key, cap, first, step);
    let more = {
        let key = key.clone();
        Callback::from(move |_| limit.set((key.clone(), cap.saturating_add(page))))
    };
    Paged {
        shown,
        hidden: total - cap,
        more,
    }
}

/// False in the render that shows the view, true from the next task on (in a browser); true
/// at once elsewhere. For parts that are off screen until asked for.
#[hook]
pub fn use_after_view() -> bool {
    use_progressive(&(), 1, first_batch(0), 1) == 1
}

/// Like `use_after_view`, but only while the widget renders out of the document before it
/// takes over (`host::takeover`), where a part that follows by a task is never seen missing:
/// the first render of a whole view is one task (yew yields only between renders), and the
/// parts of it that are staged are tasks of their own. Once the widget is on screen, true at
/// once, so a view the reader opens has all its parts in its first frame.
#[hook]
pub fn use_staged() -> bool {
    let first = usize::from(!crate::host::takeover::unseen());
    use_progressive(&(), 1, first_batch(first), 1) == 1
}
