//! `render-incident INCIDENT.json DIST [--publisher NAME]`: checks an incident file as
//! `check-incident` does and, if it is valid, publishes it into a built bundle (`make build`'s
//! `dist/`): the file itself as `DIST/incident.json`, which the widget fetches, and the
//! widget's views pre-rendered with yew's server renderer from the same components into
//! `DIST/index.html` (Korean) and `DIST/en/index.html` (English), with schema.org JSON-LD in
//! the head. So a newsroom can publish a corrected or different incident without rebuilding
//! the code. It reads `DIST/index.html` as trunk wrote it and replaces only the marked parts
//! (`<!--pre:head-->`, `<!--pre:body-->`), so it can run again on the same bundle.

#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod jsonld;
#[cfg(not(target_arch = "wasm32"))]
mod page;
#[cfg(not(target_arch = "wasm32"))]
mod views;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// Native only: a wasm build (the browser tests build every binary) has nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}
