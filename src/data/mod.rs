//! The data edge: incident files in, validated incidents out.
//!
//! `input` holds the serde types of format v1, `validate` turns them into
//! `crate::incident::Incident` with every problem located, and `load` (browser only) fetches
//! another incident from an allowed origin. The built-in incident is compiled in.

pub mod error;
pub mod input;
pub mod load;
pub mod validate;

pub use error::{DataError, Problem};

use crate::incident::model::Incident;

/// The built-in incident's file, compiled into the widget so that the default needs no fetch.
pub const BUILTIN_JSON: &str = include_str!("../../data/kakao-2022-10-15.json");

/// Reads and validates an incident file. Every problem is returned, each with its path.
pub fn parse(json: &str) -> Result<Incident, Vec<DataError>> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let file: input::IncidentFileIn = match serde_path_to_error::deserialize(de) {
        Ok(f) => f,
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let problem = if inner.is_syntax() || inner.is_eof() {
                Problem::NotJson {
                    line: inner.line(),
                    column: inner.column(),
                }
            } else {
                Problem::WrongType(strip_position(&inner.to_string()))
            };
            let path = if path == "." { String::new() } else { path };
            return Err(vec![DataError::new(path, problem)]);
        }
    };
    validate::validate(&file)
}

/// serde_json appends " at line L column C"; the path already says where.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// The built-in incident. It is checked by the tests, so a failure here is a build defect;
/// the widget still shows the error rather than panicking.
pub fn builtin() -> Result<Incident, Vec<DataError>> {
    parse(BUILTIN_JSON)
}
