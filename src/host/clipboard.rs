//! The clipboard: writes text with `navigator.clipboard.writeText` and reports whether it
//! worked, so the view can say so (the API is missing outside secure contexts, and a browser
//! may refuse the permission).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Puts `text` on the clipboard, then calls `done` with `true` if that worked.
pub fn write_text(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside secure contexts: look before calling into it.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|v| v.is_object());
    let Some(clipboard) = clipboard else {
        return done(false);
    };
    let promise = clipboard
        .unchecked_into::<web_sys::Clipboard>()
        .write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(JsFuture::from(promise).await.is_ok());
    });
}
