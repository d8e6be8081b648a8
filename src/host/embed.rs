//! Embedding: when the widget runs in an iframe, it tells the host page its height whenever
//! that changes, both in its own message and in AMP's `embed-size` form, so the frame can size
//! itself. It only sends; it acts on no incoming message.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The message type hosts listen for: `{ "type": "incident-explainer:height", "height": 812 }`.
pub const HEIGHT_MESSAGE: &str = "incident-explainer:height";

fn post_height(height: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let h = height.ceil();
    let ours = js_sys::Object::new();
    let amp = js_sys::Object::new();
    let set = |o: &js_sys::Object, k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(o, &JsValue::from_str(k), &v);
    };
    set(&ours, "type", HEIGHT_MESSAGE.into());
    set(&ours, "height", h.into());
    set(&amp, "sentinel", "amp".into());
    set(&amp, "type", "embed-size".into());
    set(&amp, "height", h.into());
    // The height is no secret, and the embedding page's origin is not known in advance.
    let _ = parent.post_message(&ours, "*");
    let _ = parent.post_message(&amp, "*");
}

/// Starts reporting the height of `root` to the parent page, if there is one.
pub fn start(root: &web_sys::Element) {
    let in_frame = web_sys::window()
        .and_then(|w| w.parent().ok().flatten().map(|p| p != w))
        .unwrap_or(false);
    if !in_frame {
        return;
    }
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
            post_height(entry.target().get_bounding_client_rect().height());
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(root);
    }
    // The observer lives as long as the page.
    callback.forget();
}
