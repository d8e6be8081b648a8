//! The one error type of the data edge: where in the input, and what was wrong.
//!
//! Messages are produced in either language by `crate::i18n`; `Display` gives the English one
//! for the command-line checker and logs.

use std::fmt;

/// What was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The text is not JSON at all.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but a value of the wrong type.
    WrongType {
        expected: JsonType,
        found: JsonType,
    },
    /// The same key twice in one object.
    DuplicateKey,
    /// A number too large (or too small) for what it counts.
    OutOfRange,
    /// A required field is absent or empty.
    Missing,
    /// A translation is absent or empty: `ko` or `en`.
    MissingTranslation(&'static str),
    NotATime,
    /// A date-time without a UTC offset, e.g. `2022-10-15T15:30:00`.
    NoOffset,
    NotADate,
    /// A link that is not http or https.
    NotHttpUrl,
    /// A reference to something the file does not define: (what kind, the id).
    UnknownId(&'static str, String),
    DuplicateId(String),
    EndsBeforeStart,
    /// An interval's `last_report` before its `from` or not before its `to`.
    ReportOutsideInterval,
    /// Overlaps the interval at this index of the same function.
    Overlaps(usize),
    UnsupportedVersion(u64),
    /// A value outside a fixed set; the set is listed.
    NotOneOf(&'static str),
    /// A number that must be greater than zero.
    NotPositive,
    /// Tiers must rise.
    TiersNotAscending,
    /// A dispute needs at least two alternatives.
    TooFewAlternatives,
    /// Loading only: the URL's origin is not allowed.
    OriginNotAllowed(String),
    /// Loading only: the request failed before an answer came.
    Network,
    /// Loading only: the server answered with this HTTP status.
    HttpStatus(u16),
    /// Loading only: no answer in time.
    Timeout,
    /// Loading only: the answer stopped arriving after this many bytes.
    Stalled(usize),
    /// Loading only: the whole load took longer than this many seconds.
    TooSlow(u32),
    /// Loading only: the connection broke after this many bytes of the answer.
    BrokenOff(usize),
    /// Loading only: the answer is larger than this many bytes.
    TooLarge(usize),
    /// Loading only: the server sent this content type, not JSON (an HTML error page, say).
    NotJsonType(String),
    /// Loading only: the server answered with a redirect, which is not followed.
    Redirected,
    /// Loading only: the browser is offline.
    Offline,
    /// The text is not UTF-8; valid up to this byte.
    NotUtf8(usize),
    /// A bug in the widget's own checker, not a problem of the file: a section it passed
    /// without a problem could not be built. Names the section.
    Internal(&'static str),
}

/// The kinds of JSON value, as the format asks for them and as a file has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    Null,
    Boolean,
    /// A number without fraction or exponent, in range.
    Integer,
    Number,
    Text,
    List,
    Object,
}

impl JsonType {
    /// "a text", "true or false"…
    pub fn en(self) -> &'static str {
        match self {
            JsonType::Null => "null",
            JsonType::Boolean => "true or false",
            JsonType::Integer => "a whole number",
            JsonType::Number => "a number",
            JsonType::Text => "a text (string)",
            JsonType::List => "a list (array)",
            JsonType::Object => "an object",
        }
    }

    /// "문자열", "true 또는 false"…
    pub fn ko(self) -> &'static str {
        match self {
            JsonType::Null => "null",
            JsonType::Boolean => "true 또는 false",
            JsonType::Integer => "정수",
            JsonType::Number => "숫자",
            JsonType::Text => "문자열",
            JsonType::List => "목록(배열)",
            JsonType::Object => "객체",
        }
    }
}

/// One problem, and where it is (a JSON path such as `services[2].status[0].to`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub path: String,
    pub problem: Problem,
}

impl DataError {
    pub fn new(path: impl Into<String>, problem: Problem) -> Self {
        DataError {
            path: path.into(),
            problem,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotJson { line, column } => {
                write!(f, "not JSON (line {line}, column {column})")
            }
            Problem::WrongType { expected, found } => {
                write!(
                    f,
                    "wrong type: expected {}, found {}",
                    expected.en(),
                    found.en()
                )
            }
            Problem::DuplicateKey => write!(f, "the same key appears twice in this object"),
            Problem::OutOfRange => write!(f, "number out of range"),
            Problem::Missing => write!(f, "missing"),
            Problem::MissingTranslation(lang) => write!(f, "missing translation: {lang}"),
            Problem::NotATime => write!(
                f,
                "not a time (expected RFC 3339, e.g. 2022-10-15T15:30:00+09:00)"
            ),
            Problem::NoOffset => write!(f, "time without a UTC offset (add one, e.g. +09:00)"),
            Problem::NotADate => write!(f, "not a date (expected YYYY-MM-DD)"),
            Problem::NotHttpUrl => write!(f, "not an http or https URL"),
            Problem::UnknownId(kind, id) => write!(f, "unknown {kind} id \"{id}\""),
            Problem::DuplicateId(id) => write!(f, "duplicate id \"{id}\""),
            Problem::EndsBeforeStart => write!(f, "ends before it starts"),
            Problem::ReportOutsideInterval => write!(
                f,
                "must be inside its interval: not before \"from\" and before \"to\""
            ),
            Problem::Overlaps(i) => write!(f, "overlaps interval [{i}] of the same function"),
            Problem::UnsupportedVersion(v) => {
                write!(f, "unsupported format version {v} (this widget reads 1)")
            }
            Problem::NotOneOf(set) => write!(f, "not one of {set}"),
            Problem::NotPositive => write!(f, "must be greater than zero"),
            Problem::TiersNotAscending => write!(f, "tiers must rise"),
            Problem::TooFewAlternatives => write!(f, "a dispute needs at least two alternatives"),
            Problem::OriginNotAllowed(o) => write!(f, "origin {o} is not allowed"),
            Problem::Network => write!(f, "could not be fetched"),
            Problem::HttpStatus(s) => write!(f, "the server answered HTTP {s}"),
            Problem::Timeout => write!(f, "no answer in time"),
            Problem::Stalled(n) => write!(f, "the answer stopped arriving after {n} bytes"),
            Problem::TooSlow(s) => write!(f, "the answer took longer than {s} s and was given up"),
            Problem::BrokenOff(n) => write!(f, "the connection broke off after {n} bytes"),
            Problem::TooLarge(n) => write!(
                f,
                "the file is larger than {} MB, the most the widget reads",
                n / (1024 * 1024)
            ),
            Problem::NotJsonType(t) if t.is_empty() => write!(f, "the server did not send JSON"),
            Problem::NotJsonType(t) => write!(
                f,
                "the server sent {t}, not an incident file (JSON); is the address right?"
            ),
            Problem::Redirected => write!(
                f,
                "the server answered with a redirect, which is not followed: link the file's final address"
            ),
            Problem::Offline => write!(f, "this device is offline"),
            Problem::NotUtf8(at) => write!(f, "not UTF-8 text (from byte {at})"),
            Problem::Internal(section) => write!(
                f,
                "a bug in the widget's checker, not in the file: {section} passed the checks but could not be built"
            ),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "{}: {}", self.path, self.problem)
        }
    }
}
