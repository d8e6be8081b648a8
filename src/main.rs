//! The binary only mounts the widget; everything else lives in the library. On a host page
//! whose script embed loaded it (the page defined `<incident-explainer>`), the elements mount
//! themselves (`incident_explainer::script_embed`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    if !incident_explainer::script_embed::page_defines_element() {
        incident_explainer::mount();
    }
}
