//! The data edge: incident files in, validated incidents out.
//!
//! `json` parses the text, `read` fills the input types of format v1 from it (`input`),
//! `validate` turns them into `crate::incident::Incident` with every problem located, and
//! `load` (browser only) fetches another incident from an allowed origin. `text` balances the
//! direction controls of every string read and tells a blank text from one that says
//! something. `steps` does all of it in steps, for the host to run a large file in slices. The
//! widget fetches the built-in incident as a file beside its page (`BUILTIN_FILE`), like any
//! other; only native code (the tests, the checker, the pre-renderer) compiles it in.

pub mod error;
pub mod input;
pub mod json;
pub mod load;
pub mod read;
pub mod steps;
pub mod text;
pub mod validate;

pub use error::{DataError, JsonType, Problem};

use crate::incident::model::Incident;

/// The built-in incident's file name beside `index.html` (`render-incident` writes it there):
/// the widget fetches it (the page preloads it) through the same path as `?src=`.
pub const BUILTIN_FILE: &str = "incident.json";

/// The built-in incident's file, for native code and unit tests only (`check-incident`,
/// `render-incident`): the wasm fetches it and does not carry its 270 kB of text.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub const BUILTIN_JSON: &str = include_str!("../../data/kakao-2022-10-15.json");

/// Reads and validates an incident file. Every problem is returned, each with its path.
/// (`steps::Reading` without a limit: the same walk the widget takes in steps for a large file.)
pub fn parse(json: &str) -> Result<Incident, Vec<DataError>> {
    let mut reading = steps::Reading::new(json);
    loop {
        match reading.step(usize::MAX) {
            steps::Step::Done(result) => return result,
            steps::Step::More(r) => reading = r,
        }
    }
}

/// Reads an incident file into the input types, without validating it: every value of the
/// wrong type with its path, or where the text stops being JSON. Also returns the paths of
/// the keys the format does not know, which are ignored.
pub fn read_file(json: &str) -> Result<(input::IncidentFileIn, Vec<String>), Vec<DataError>> {
    let tree = json::parse(json).map_err(|e| {
        let problem = Problem::NotJson {
            line: e.line,
            column: e.column,
        };
        vec![DataError::new("", problem)]
    })?;
    let mut r = read::Reader::default();
    let file = <input::IncidentFileIn as read::FromJson>::read(&tree, read::Path::Root, &mut r);
    match file {
        Some(file) if r.problems.is_empty() => Ok((file, r.ignored)),
        _ => Err(r.problems),
    }
}

/// The built-in incident, native only. It is checked by the tests, so a failure here is a
/// build defect.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub fn builtin() -> Result<Incident, Vec<DataError>> {
    parse(BUILTIN_JSON)
}
