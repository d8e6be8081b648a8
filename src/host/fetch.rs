//! Loading another incident: resolve and check the origin (`crate::data::load`), fetch with a
//! timeout, validate, and keep the last good copy of each URL in local storage so that a
//! later failure can fall back to it.

use crate::data::{self, DataError, Problem};
use crate::incident::Incident;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How long a fetch may take before the widget gives up on it.
pub const TIMEOUT_MS: u32 = 10_000;

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

async fn fetch_text(url: &str) -> Result<String, Problem> {
    let window = web_sys::window().ok_or(Problem::Network)?;
    let controller = web_sys::AbortController::new().map_err(|_| Problem::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    init.set_mode(web_sys::RequestMode::Cors);
    let timer = {
        let controller = controller.clone();
        Timeout::new(TIMEOUT_MS, move || controller.abort())
    };
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await;
    let signal_aborted = controller.signal().aborted();
    let response: web_sys::Response = match response {
        Ok(r) => r.dyn_into().map_err(|_| Problem::Network)?,
        Err(_) if signal_aborted => return Err(Problem::Timeout),
        Err(_) => return Err(Problem::Network),
    };
    if !response.ok() {
        return Err(Problem::HttpStatus(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| Problem::Network)?).await;
    let aborted = controller.signal().aborted();
    timer.cancel();
    match text.ok().and_then(|t| t.as_string()) {
        Some(t) => Ok(t),
        None if aborted => Err(Problem::Timeout),
        None => Err(Problem::Network),
    }
}

/// Loads the incident at `src` and calls `done` with it, or with what went wrong and the last
/// good copy of the same URL.
pub fn load_into(src: String, done: impl FnOnce(Result<Rc<Incident>, LoadFailure>) + 'static) {
    let url = match data::load::resolve(
        &src,
        &super::location::page_url(),
        &data::load::build_allowed_origins(),
    ) {
        Ok(url) => url,
        Err(problem) => return done(Err((vec![DataError::new("src", problem)], None))),
    };
    wasm_bindgen_futures::spawn_local(async move {
        let result = match fetch_text(&url).await {
            Ok(text) => match data::parse(&text) {
                Ok(inc) => {
                    keep(&url, &text);
                    Ok(Rc::new(inc))
                }
                Err(errors) => Err(errors),
            },
            Err(problem) => Err(vec![DataError::new(format!("src ({url})"), problem)]),
        };
        done(result.map_err(|errors| (errors, last_good(&url))));
    });
}
