//! The binary only mounts the widget; everything else lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    incident_explainer::mount();
}
