//! The data edge: incident files in, validated incidents out.
//!
//! `input` holds the serde types of format v1, `validate` turns them into
//! `crate::incident::Incident` with every problem located, and `load` (browser only) fetches
//! another incident from an allowed origin. The built-in incident is compiled in.

pub mod error;
pub mod input;
pub mod json_path;
pub mod load;
pub mod validate;

pub use error::{DataError, Problem};

use crate::incident::model::Incident;

/// The built-in incident's file, compiled into the widget so that the default needs no fetch.
pub const BUILTIN_JSON: &str = include_str!("../../data/kakao-2022-10-15.json");

/// Reads and validates an incident file. Every problem is returned, each with its path.
pub fn parse(json: &str) -> Result<Incident, Vec<DataError>> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let file: input::IncidentFileIn = match serde::Deserialize::deserialize(&mut *de) {
        Ok(f) => f,
        Err(e) if e.is_syntax() || e.is_eof() => return Err(vec![not_json(&e)]),
        Err(e) => {
            let path = json_path::path_at(json, e.line(), e.column());
            let problem = Problem::WrongType(strip_position(&e.to_string()));
            return Err(vec![DataError::new(path, problem)]);
        }
    };
    // Text after the JSON value ("{…} garbage", two files pasted together) is not JSON either.
    if let Err(e) = de.end() {
        return Err(vec![not_json(&e)]);
    }
    validate::validate(&file)
}

/// A syntax error: line and column say where; no JSON path is given.
fn not_json(e: &serde_json::Error) -> DataError {
    DataError::new(
        "",
        Problem::NotJson {
            line: e.line(),
            column: e.column(),
        },
    )
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
