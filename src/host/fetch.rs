//! Loading another incident: resolve `src` with the browser's own URL parser and check its
//! origin (`crate::data::load`), fetch it with limits on time and size, validate it, and keep
//! the last good copy of each URL in local storage so that a later failure can fall back to it.
//!
//! The body is read as a stream so that every way a server can fail has its own message: no
//! answer, an answer that stops arriving or never ends, one that breaks off, one that is too
//! large, one that is an HTML page, a redirect (never followed: it could lead to any origin),
//! and a reader who is offline. A large file is read in steps, in short tasks, so that the
//! page stays responsive. A load in flight is aborted when its `Loading` is dropped, also
//! between those steps.

use super::tasks::{self, Slices};
use crate::data::load::{self, ParsedUrl};
use crate::data::steps::{Reading, Step};
use crate::data::{self, DataError, Problem};
use crate::incident::Incident;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long the server may keep the widget waiting for an answer, or for the next part of it.
pub const TIMEOUT_MS: u32 = 10_000;
/// How long a whole load may take, however steadily the bytes arrive.
pub const TOTAL_MS: u32 = 20_000;
/// The largest incident file the widget reads: 10 MiB. The built-in incident is about 0.3 MB;
/// 1,000 services with 20,000 events (`scripts/gen-synthetic.mjs`) about 6.2 MB.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

const STORAGE_PREFIX: &str = "incident-explainer:last-good:";

/// Problems, and the last good copy of the same URL if one was kept.
pub type LoadFailure = (Vec<DataError>, Option<Rc<Incident>>);

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn last_good(url: &str) -> Option<Rc<Incident>> {
    let text = storage()?
        .get_item(&format!("{STORAGE_PREFIX}{url}"))
        .ok()
        .flatten()?;
    data::parse(&text).ok().map(Rc::new)
}

fn keep(url: &str, text: &str) {
    if let Some(s) = storage() {
        // Storage may be full or disabled; the copy is a convenience, not a promise.
        let _ = s.set_item(&format!("{STORAGE_PREFIX}{url}"), text);
    }
}

/// A copy waiting to be kept, and the listener that keeps it if the page is left first.
#[derive(Default)]
struct PendingCopy {
    copy: RefCell<Option<(String, String)>>,
    on_leave: RefCell<Option<EventListener>>,
}

impl PendingCopy {
    fn write(&self) {
        if let Some((url, text)) = self.copy.borrow_mut().take() {
            keep(&url, &text);
        }
    }
}

/// Keeps `text` as `url`'s last good copy once nothing waits for it: when the page is next
/// idle, or, if it is left before that, as it goes (`pagehide`, which a reload fires too).
/// Written at once, the copy (a few milliseconds for the built-in file, four times that on a
/// slow phone) came before the view.
fn keep_when_idle(url: String, text: String) {
    let pending = Rc::new(PendingCopy::default());
    *pending.copy.borrow_mut() = Some((url, text));
    if let Some(w) = web_sys::window() {
        let leaving = pending.clone();
        let listener = EventListener::once(&w, "pagehide", move |_| leaving.write());
        *pending.on_leave.borrow_mut() = Some(listener);
    }
    let idle = pending.clone();
    let asked = tasks::when_idle(move || {
        idle.write();
        // Not from its own callback: here the listener is only dropped, never running.
        idle.on_leave.borrow_mut().take();
    });
    if !asked {
        pending.write();
        pending.on_leave.borrow_mut().take();
    }
}

/// What the browser's URL parser makes of `input` (relative to `base`, if given).
pub fn parse_url(input: &str, base: Option<&str>) -> Option<ParsedUrl> {
    let url = match base {
        Some(base) => web_sys::Url::new_with_base(input, base),
        None => web_sys::Url::new(input),
    }
    .ok()?;
    Some(ParsedUrl {
        href: url.href(),
        protocol: url.protocol(),
        origin: url.origin(),
    })
}

/// Resolves `src` against the page exactly as `fetch` will, and checks where it leads.
pub fn resolve(src: &str) -> Result<String, Problem> {
    let page = super::location::page_url();
    let page_origin = parse_url(&page, None).map(|u| u.origin).unwrap_or_default();
    // The origins allowed when the widget was built, and for a script embed the bundle's own.
    let bundle = super::place::bundle();
    let allowed: Vec<String> = load::build_allowed_origins()
        .into_iter()
        .chain(bundle.as_deref())
        .filter_map(|o| parse_url(o, None))
        .map(|u| u.origin)
        .collect();
    let url = parse_url(src, Some(&page)).ok_or(Problem::NotHttpUrl)?;
    load::check(&url, &page_origin, &allowed)
}

/// Why the controller aborted, set just before it does.
type Reason = Rc<Cell<Option<Problem>>>;

/// Aborts `controller` with `why` after `ms`, unless the returned timer is dropped first.
fn abort_after(
    ms: u32,
    controller: &web_sys::AbortController,
    reason: &Reason,
    why: Problem,
) -> Timeout {
    let (controller, reason) = (controller.clone(), reason.clone());
    Timeout::new(ms, move || {
        // The first reason stands: a stall found first is not turned into "too slow".
        let first = reason.take().unwrap_or(why);
        reason.set(Some(first));
        controller.abort();
    })
}

/// Whether a `Content-Type` may carry an incident file: JSON, plain text, or unsaid.
fn is_json_type(content_type: Option<&str>) -> bool {
    let Some(t) = content_type else { return true };
    let essence = t
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    matches!(
        essence.as_str(),
        "" | "application/json" | "text/json" | "text/plain" | "application/octet-stream"
    ) || essence.ends_with("+json")
}

async fn fetch_text(
    url: &str,
    controller: &web_sys::AbortController,
    reason: &Reason,
) -> Result<String, Problem> {
    let window = web_sys::window().ok_or(Problem::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    init.set_mode(web_sys::RequestMode::Cors);
    // A redirect could lead anywhere, and the origin was checked for this URL only.
    init.set_redirect(web_sys::RequestRedirect::Manual);
    let _total = abort_after(
        TOTAL_MS,
        controller,
        reason,
        Problem::TooSlow(TOTAL_MS / 1000),
    );
    // Replaced (and so cancelled) at every part of the answer that arrives.
    let mut idle = Some(abort_after(
        TIMEOUT_MS,
        controller,
        reason,
        Problem::Timeout,
    ));
    let failed = |received: usize| {
        reason
            .take()
            .unwrap_or_else(|| match window.navigator().on_line() {
                false => Problem::Offline,
                true if received > 0 => Problem::BrokenOff(received),
                true => Problem::Network,
            })
    };
    let response: web_sys::Response =
        match JsFuture::from(window.fetch_with_str_and_init(url, &init)).await {
            Ok(r) => r.dyn_into().map_err(|_| Problem::Network)?,
            Err(_) => return Err(failed(0)),
        };
    if response.type_() == web_sys::ResponseType::Opaqueredirect {
        return Err(Problem::Redirected);
    }
    if !response.ok() {
        return Err(Problem::HttpStatus(response.status()));
    }
    let headers = response.headers();
    let content_type = headers.get("content-type").ok().flatten();
    if !is_json_type(content_type.as_deref()) {
        return Err(Problem::NotJsonType(content_type.unwrap_or_default()));
    }
    let declared = headers
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.trim().parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BYTES) {
        controller.abort();
        return Err(Problem::TooLarge(MAX_BYTES));
    }
    let Some(body) = response.body() else {
        return Ok(String::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes: Vec<u8> = Vec::with_capacity(declared.unwrap_or(0));
    loop {
        idle.replace(abort_after(
            TIMEOUT_MS,
            controller,
            reason,
            Problem::Stalled(bytes.len()),
        ));
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| failed(bytes.len()))?;
        let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done"))
            .ok()
            .and_then(|d| d.as_bool());
        if done != Some(false) {
            break;
        }
        let value = js_sys::Reflect::get(&chunk, &JsValue::from_str("value"))
            .map_err(|_| Problem::Network)?;
        let part = js_sys::Uint8Array::new(&value);
        if bytes.len() + part.length() as usize > MAX_BYTES {
            controller.abort();
            return Err(Problem::TooLarge(MAX_BYTES));
        }
        let at = bytes.len();
        bytes.resize(at + part.length() as usize, 0);
        part.copy_to(&mut bytes[at..]);
    }
    idle.take();
    String::from_utf8(bytes).map_err(|e| Problem::NotUtf8(e.utf8_error().valid_up_to()))
}

/// The work of one step of a file, in bytes of its text (`data::steps`); the clock is read
/// after each.
const STEP_BYTES: usize = 32 * 1024;
/// A file up to this size is read in one go, in the task its last byte arrived in. A larger
/// one is read in steps, and the first render is a task of its own: the built-in incident
/// (about 0.3 MB) took 80 to 100 ms to read at a quarter of this machine's speed, in the same
/// task as the first render.
const ONE_GO_BYTES: usize = STEP_BYTES;

/// `data::parse`, measured as `incident-explainer:parse` for the bench (as the built-in one is).
/// A large file is read in steps, in tasks of about `tasks::TASK_MS` (each measured as
/// `incident-explainer:parse-task`) with the page free to handle input and paint between
/// them; then `parse` spans all of them. `None` if the load was cancelled meanwhile: no step
/// runs after that.
async fn timed_parse(
    text: &str,
    cancelled: &Cell<bool>,
) -> Option<Result<Incident, Vec<DataError>>> {
    super::mark("parse-start");
    let parsed = if text.len() <= ONE_GO_BYTES {
        data::parse(text)
    } else {
        let mut task = Slices::start();
        super::mark("parse-task-start");
        let mut reading = Reading::new(text);
        let parsed = loop {
            match reading.step(STEP_BYTES) {
                Step::Done(parsed) => break parsed,
                Step::More(more) => reading = more,
            }
            if task.used() {
                super::mark("parse-task-end");
                super::measure("parse-task", "parse-task-start", "parse-task-end");
                task.next().await;
                if cancelled.get() {
                    return None;
                }
                super::mark("parse-task-start");
            }
        };
        super::mark("parse-task-end");
        super::measure("parse-task", "parse-task-start", "parse-task-end");
        parsed
    };
    super::mark("parse-end");
    super::measure("parse", "parse-start", "parse-end");
    if text.len() > ONE_GO_BYTES {
        // The first render is a task of its own too.
        tasks::next_task().await;
    }
    (!cancelled.get()).then_some(parsed)
}

/// A load in flight. Dropping it aborts the request, and its answer is never delivered.
pub struct Loading {
    controller: Option<web_sys::AbortController>,
    cancelled: Rc<Cell<bool>>,
}

impl Drop for Loading {
    fn drop(&mut self) {
        self.cancelled.set(true);
        if let Some(c) = &self.controller {
            c.abort();
        }
    }
}

/// Loads the incident at `src` and calls `done` with it, or with what went wrong and the last
/// good copy of the same URL. Keep the returned `Loading` for as long as the answer is wanted.
#[must_use = "dropping the Loading aborts the load"]
pub fn load_into(
    src: String,
    done: impl FnOnce(Result<Rc<Incident>, LoadFailure>) + 'static,
) -> Loading {
    let cancelled = Rc::new(Cell::new(false));
    let url = match resolve(&src) {
        Ok(url) => url,
        Err(problem) => {
            done(Err((vec![DataError::new("src", problem)], None)));
            return Loading {
                controller: None,
                cancelled,
            };
        }
    };
    let Ok(controller) = web_sys::AbortController::new() else {
        done(Err((
            vec![DataError::new(format!("src ({url})"), Problem::Network)],
            None,
        )));
        return Loading {
            controller: None,
            cancelled,
        };
    };
    let (task_controller, task_cancelled) = (controller.clone(), cancelled.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let reason: Reason = Rc::default();
        let fetched = fetch_text(&url, &task_controller, &reason).await;
        if task_cancelled.get() {
            return;
        }
        let result = match fetched {
            Ok(text) => match timed_parse(&text, &task_cancelled).await {
                None => return,
                Some(Ok(inc)) => {
                    keep_when_idle(url.clone(), text);
                    Ok(Rc::new(inc))
                }
                Some(Err(errors)) => Err(errors),
            },
            Err(problem) => Err(vec![DataError::new(format!("src ({url})"), problem)]),
        };
        done(result.map_err(|errors| (errors, last_good(&url))));
    });
    Loading {
        controller: Some(controller),
        cancelled,
    }
}
