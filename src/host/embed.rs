//! Embedding: whether the widget is embedded, and, in an iframe, telling the host page its
//! height whenever that changes, in three forms so that any host script can size the frame:
//!
//! - its own `{ type: "incident-explainer:height", height }` (read by `embed.js`);
//! - AMP's `{ sentinel: "amp", type: "embed-size", height }`;
//! - Pym.js's `pymxPYMx{childId}xPYMxheightxPYMx{height}`, only when the page's URL carries
//!   Pym's `childId` (Pym's parent adds it).
//!
//! Messages in: the widget acts on two messages only, each asking for its height, and only
//! when it comes from its own parent window: `{ type: "incident-explainer:measure" }` (sent by
//! `embed.js` when a hidden frame is shown) and, with a `childId`, Pym's width request
//! (`pymxPYMx{childId}xPYMxwidthxPYMx{width}`, a string naming that `childId`). It answers with
//! its height. Every other message is ignored, and no message's data is shown or kept.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The message type `embed.js` listens for: `{ "type": "incident-explainer:height", "height": 812 }`.
pub const HEIGHT_MESSAGE: &str = "incident-explainer:height";

/// The message type the widget answers with its height: `{ "type": "incident-explainer:measure" }`.
pub const MEASURE_MESSAGE: &str = "incident-explainer:measure";

const PYM: &str = "xPYMx";

/// Pym's message of `kind` (`height`, `width`) for child `id`.
pub fn pym_message(id: &str, kind: &str, value: &str) -> String {
    format!("pym{PYM}{id}{PYM}{kind}{PYM}{value}")
}

/// Whether `data` is Pym's parent asking child `id` for its height (a width of 1 to 6 digits).
pub fn is_pym_width_request(data: &str, id: &str) -> bool {
    let Some(rest) = data.strip_prefix(&pym_message(id, "width", "")) else {
        return false;
    };
    !rest.is_empty() && rest.len() <= 6 && rest.bytes().all(|b| b.is_ascii_digit())
}

/// `{ type: "incident-explainer:measure" }`: a plain object whose `type` is exactly that.
fn is_measure_request(data: &JsValue) -> bool {
    data.is_object()
        && js_sys::Reflect::get(data, &JsValue::from_str("type"))
            .ok()
            .and_then(|t| t.as_string())
            .is_some_and(|t| t == MEASURE_MESSAGE)
}

/// A Pym childId as Pym writes them (letters, digits, `-`, `_`), or none.
fn pym_child_id() -> Option<String> {
    super::location::page_param("childId").filter(|id| {
        !id.is_empty()
            && id.len() <= 100
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    })
}

fn window_and_parent() -> Option<(web_sys::Window, web_sys::Window)> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (parent != window).then_some((window, parent))
}

/// In a frame of another page.
pub fn in_frame() -> bool {
    window_and_parent().is_some()
}

/// Embedded: in a frame, or asked by `?embed=1`; `?embed=0` shows the full widget even in a frame.
pub fn is_embedded() -> bool {
    match super::location::page_param("embed").as_deref() {
        Some("1") => true,
        Some("0") => false,
        _ => window_and_parent().is_some(),
    }
}

/// The folder of the widget's page (`https://host/path/`), for links and snippets.
pub fn bundle_url() -> String {
    let Some(l) = web_sys::window().map(|w| w.location()) else {
        return "./".into();
    };
    let (Ok(origin), Ok(path)) = (l.origin(), l.pathname()) else {
        return "./".into();
    };
    let dir = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "/",
    };
    format!("{origin}{dir}")
}

/// The height of the widget's document: the mount element's bottom edge.
fn height(root: &web_sys::Element) -> f64 {
    let scroll = web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0);
    (root.get_bounding_client_rect().bottom() + scroll).ceil()
}

fn post_height(h: f64, pym: Option<&str>) {
    let Some((_, parent)) = window_and_parent() else {
        return;
    };
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
    if let Some(id) = pym {
        // A whole number (`height` rounds up): written as an integer, as `{h}` would write it,
        // without the float formatting code (9.5 kB of wasm).
        let msg = pym_message(id, "height", &(h as i64).to_string());
        let _ = parent.post_message(&JsValue::from_str(&msg), "*");
    }
}

/// Reports the height of `root` once more, from the next task, if the widget is in a frame:
/// called when the widget has taken over, since a frame the browser does not render (of another
/// origin and off screen, for one shown after it was hidden) runs no `ResizeObserver` until it
/// is scrolled to, and its host page would keep the height it reserved meanwhile.
pub fn report_soon(root: &web_sys::Element) {
    if !in_frame() {
        return;
    }
    let root = root.clone();
    super::tasks::soon(move || post_height(height(&root), pym_child_id().as_deref()));
}

/// Starts reporting the height of `root` to the parent page, if there is one, and answering
/// Pym's width requests from that parent.
pub fn start(root: &web_sys::Element) {
    let Some((window, parent)) = window_and_parent() else {
        return;
    };
    let pym = pym_child_id();
    let callback = {
        let pym = pym.clone();
        let root = root.clone();
        Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| {
            post_height(height(&root), pym.as_deref())
        })
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(root);
    }
    // The observer lives as long as the page.
    callback.forget();
    let root = root.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            // Only the parent window, and only a request for the height in one of two shapes.
            // The parent is of another origin: its WindowProxy is no `Window` of this realm, so
            // it is compared as a value, not cast.
            let from_parent = e
                .source()
                .is_some_and(|s| JsValue::from(s) == JsValue::from(parent.clone()));
            let data = e.data();
            let pym_asks = pym.as_deref().is_some_and(|id| {
                data.as_string()
                    .is_some_and(|d| is_pym_width_request(&d, id))
            });
            let asks = pym_asks || is_measure_request(&data);
            if from_parent && asks {
                post_height(height(&root), pym.as_deref());
            }
        });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pym_messages_have_pyms_form() {
        assert_eq!(
            pym_message("ie1", "height", "812"),
            "pymxPYMxie1xPYMxheightxPYMx812"
        );
    }

    #[test]
    fn only_a_width_request_for_this_child_is_one() {
        assert!(is_pym_width_request("pymxPYMxie1xPYMxwidthxPYMx375", "ie1"));
        for other in [
            "pymxPYMxie2xPYMxwidthxPYMx375",
            "pymxPYMxie1xPYMxheightxPYMx375",
            "pymxPYMxie1xPYMxwidthxPYMx",
            "pymxPYMxie1xPYMxwidthxPYMx37a",
            "pymxPYMxie1xPYMxwidthxPYMx1234567",
            "pymxPYMxie1xPYMxnavigateToxPYMxhttps://evil.example",
            "",
        ] {
            assert!(!is_pym_width_request(other, "ie1"), "{other}");
        }
    }
}
