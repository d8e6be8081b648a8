//! Long work in short tasks: `next_task` lets the browser handle input and paint before the
//! work goes on, `Slices` tells the work when its task has run long enough, and `later` runs
//! pieces of work one a task.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long a task of the widget's own work may run before it lets the page go on. A task over
/// 50 ms is a long one; Lighthouse's mobile run times the tasks on the machine it runs on and
/// counts each four times as long (its phone's slower processor), so a quarter of that.
pub const TASK_MS: f64 = 12.0;

/// Milliseconds since the page started (or since the epoch, outside a page).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Resolves in a new task of the event loop, after what is waiting (input, a frame). A message
/// to oneself rather than a timer: nested timers wait at least 4 ms each, messages do not.
pub async fn next_task() {
    let channel = web_sys::MessageChannel::new().ok();
    let promise = js_sys::Promise::new(
        &mut |resolve, _reject| match (&channel, web_sys::window()) {
            (Some(channel), _) => {
                channel.port1().set_onmessage(Some(&resolve));
                let _ = channel.port2().post_message(&JsValue::UNDEFINED);
            }
            (None, Some(window)) => {
                let _ = window.set_timeout_with_callback(&resolve);
            }
            (None, None) => {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        },
    );
    // `channel` is held until the message came, so that it cannot be collected before.
    let _ = JsFuture::from(promise).await;
    if let Some(channel) = channel {
        channel.port1().set_onmessage(None);
    }
}

/// The clock of one task's share of work.
pub struct Slices {
    until: f64,
}

impl Slices {
    pub fn start() -> Self {
        Slices {
            until: now_ms() + TASK_MS,
        }
    }

    /// Whether this task has used its share: then the caller awaits `next` before going on.
    pub fn used(&self) -> bool {
        now_ms() >= self.until
    }

    /// Waits for a new task and starts its share.
    pub async fn next(&mut self) {
        next_task().await;
        *self = Slices::start();
    }
}

/// Work waiting for a task of its own (`later`), in the order it was asked for.
type Slot = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

thread_local! {
    static LATER: RefCell<VecDeque<Slot>> = RefCell::default();
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// Work that `later` will run; dropping it first cancels it.
pub struct Later(Slot);

impl Drop for Later {
    fn drop(&mut self) {
        self.0.borrow_mut().take();
    }
}

/// Runs `f` in a task of its own, after the work asked for before it, one piece of work a task.
/// Timers set for the same moment may run in one task (Chromium runs those due together back to
/// back): the steps of several lists at once would be one long task. Here one timer waits at a
/// time, so between two pieces the browser may paint and handle input.
pub fn later(f: impl FnOnce() + 'static) -> Later {
    let slot: Slot = Rc::new(RefCell::new(Some(Box::new(f))));
    LATER.with(|q| q.borrow_mut().push_back(slot.clone()));
    if !RUNNING.with(|r| r.replace(true)) {
        run_later_soon();
    }
    Later(slot)
}

/// Runs `f` once from a new task (a timer of 0 ms); false when there is no window to ask.
/// The closure is JavaScript's: freed once called, where a forgotten gloo `Timeout` would stay
/// for good.
pub fn soon(f: impl FnOnce() + 'static) -> bool {
    let run = wasm_bindgen::closure::Closure::once_into_js(f);
    let set = web_sys::window()
        .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 0));
    matches!(set, Some(Ok(_)))
}

/// Runs `f` once when the page has nothing else to do (`requestIdleCallback`; where a browser
/// lacks it, a timer of a second): for work that nothing on screen waits for. False when there
/// is no window to ask.
pub fn when_idle(f: impl FnOnce() + 'static) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let run = wasm_bindgen::closure::Closure::once_into_js(f);
    w.request_idle_callback(run.unchecked_ref()).is_ok()
        || w.set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 1000)
            .is_ok()
}

fn run_later_soon() {
    let set = soon(|| {
        let next = LATER.with(|q| {
            let mut q = q.borrow_mut();
            std::iter::from_fn(|| q.pop_front()).find_map(|slot| slot.borrow_mut().take())
        });
        match next {
            Some(f) => {
                f();
                run_later_soon();
            }
            None => RUNNING.with(|r| r.set(false)),
        }
    });
    if !set {
        // No timer to be had (no window): nothing will run; a later call starts again.
        LATER.with(|q| q.borrow_mut().clear());
        RUNNING.with(|r| r.set(false));
    }
}
