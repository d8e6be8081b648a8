//! `data/incident.schema.json` and the widget agree: the built-in incident, the example file
//! and every valid fixture pass the schema, and every broken fixture that the widget refuses
//! for a reason the schema can see (a shape, a missing field, a value outside a set) the
//! schema refuses too. What only `check-incident` can see (unknown or repeated ids, interval
//! order and overlaps, a last report outside its interval, rising tiers, a key given twice, a text of invisible characters only) is
//! left to the widget, as `docs/data-format.md` says, and a fixture broken only in those ways
//! passes the schema.
//!
//! The schema is checked by a small validator written here for exactly the keywords the file
//! uses (`$ref` to `#/$defs`, `type`, `properties`, `required`, `additionalProperties`,
//! `items`, `minItems`, `minLength`, `pattern`, `enum`, `const`, `minimum`,
//! `exclusiveMinimum`, `allOf`, `anyOf`, `if`/`then`; `format` is an annotation in draft
//! 2020-12 and is not asserted). A keyword or a pattern it does not know fails the test, so the
//! validator cannot silently pass a schema that grew. The `jsonschema` crate would have done
//! it with about a hundred crates more to build.
#![cfg(not(target_arch = "wasm32"))]

use incident_explainer::data::{DataError, Problem};
use serde_json::Value;
use std::fs;
use std::path::Path;

// ----- The validator ------------------------------------------------------------------------

struct Validator<'a> {
    root: &'a Value,
}

impl Validator<'_> {
    /// Every place where `value` breaks `schema`, as "JSON pointer: what".
    fn errors(&self, schema: &Value, value: &Value, at: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.check(schema, value, at, &mut out);
        out
    }

    fn check(&self, schema: &Value, value: &Value, at: &str, out: &mut Vec<String>) {
        let schema = match schema {
            Value::Bool(true) => return,
            Value::Bool(false) => return out.push(format!("{at}: not allowed")),
            Value::Object(s) => s,
            other => panic!("a schema must be an object or a boolean, not {other}"),
        };
        for (key, arg) in schema {
            match key.as_str() {
                "$schema" | "$id" | "$defs" | "title" | "description" | "default" | "format" => {}
                "$ref" => self.check(self.resolve(arg), value, at, out),
                "type" => {
                    let types: Vec<&str> = match arg {
                        Value::String(t) => vec![t.as_str()],
                        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                        _ => panic!("type: {arg}"),
                    };
                    if !types.iter().any(|t| is_type(value, t)) {
                        out.push(format!("{at}: not of type {}", types.join(" or ")));
                    }
                }
                "properties" => {
                    if let Value::Object(v) = value {
                        for (name, sub) in arg.as_object().expect("properties") {
                            if let Some(x) = v.get(name) {
                                self.check(sub, x, &format!("{at}/{name}"), out);
                            }
                        }
                    }
                }
                "required" => {
                    if let Value::Object(v) = value {
                        for name in arg.as_array().expect("required") {
                            let name = name.as_str().expect("a required name");
                            if !v.contains_key(name) {
                                out.push(format!("{at}: {name} is required"));
                            }
                        }
                    }
                }
                "additionalProperties" => {
                    if let Value::Object(v) = value {
                        let known = schema.get("properties").and_then(Value::as_object);
                        for (name, x) in v {
                            if known.is_none_or(|k| !k.contains_key(name)) {
                                self.check(arg, x, &format!("{at}/{name}"), out);
                            }
                        }
                    }
                }
                "items" => {
                    if let Value::Array(xs) = value {
                        for (i, x) in xs.iter().enumerate() {
                            self.check(arg, x, &format!("{at}/{i}"), out);
                        }
                    }
                }
                "minItems" => {
                    if let Value::Array(xs) = value {
                        if (xs.len() as u64) < arg.as_u64().expect("minItems") {
                            out.push(format!("{at}: fewer than {arg} items"));
                        }
                    }
                }
                "minLength" => {
                    if let Value::String(s) = value {
                        if (s.chars().count() as u64) < arg.as_u64().expect("minLength") {
                            out.push(format!("{at}: shorter than {arg}"));
                        }
                    }
                }
                "pattern" => {
                    if let Value::String(s) = value {
                        if !matches_pattern(arg.as_str().expect("pattern"), s) {
                            out.push(format!("{at}: does not match {arg}"));
                        }
                    }
                }
                "enum" => {
                    if !arg.as_array().expect("enum").iter().any(|e| same(e, value)) {
                        out.push(format!("{at}: not one of {arg}"));
                    }
                }
                "const" => {
                    if !same(arg, value) {
                        out.push(format!("{at}: not {arg}"));
                    }
                }
                "minimum" | "exclusiveMinimum" => {
                    if let Some(x) = value.as_f64() {
                        let m = arg.as_f64().expect("a number");
                        if x < m || (key == "exclusiveMinimum" && x == m) {
                            out.push(format!("{at}: {key} {m}"));
                        }
                    }
                }
                "allOf" => {
                    for sub in arg.as_array().expect("allOf") {
                        self.check(sub, value, at, out);
                    }
                }
                "anyOf" => {
                    let subs = arg.as_array().expect("anyOf");
                    if !subs.iter().any(|s| self.errors(s, value, at).is_empty()) {
                        out.push(format!("{at}: matches none of anyOf"));
                    }
                }
                "if" => {
                    if self.errors(arg, value, at).is_empty() {
                        if let Some(then) = schema.get("then") {
                            self.check(then, value, at, out);
                        }
                    } else if schema.contains_key("else") {
                        panic!("else: not used by the schema until now; teach the validator");
                    }
                }
                "then" => {} // with `if`
                other => panic!("the schema uses {other}, which this validator does not know"),
            }
        }
    }

    /// `#/$defs/name`, the only kind of reference the schema uses.
    fn resolve(&self, reference: &Value) -> &Value {
        let r = reference.as_str().expect("$ref");
        let name = r
            .strip_prefix("#/$defs/")
            .unwrap_or_else(|| panic!("$ref {r}: only #/$defs/… is known"));
        &self.root["$defs"][name]
    }
}

fn is_type(v: &Value, t: &str) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        "number" => v.is_number(),
        // JSON Schema counts 1.0 as an integer.
        "integer" => v.is_i64() || v.is_u64() || v.as_f64().is_some_and(|f| f.fract() == 0.0),
        other => panic!("type {other}"),
    }
}

/// Equal as JSON Schema compares: numbers by value (1 and 1.0 are the same).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

fn digits(s: &str, n: usize) -> Option<&str> {
    let (d, rest) = (s.get(..n)?, s.get(n..)?);
    d.bytes().all(|b| b.is_ascii_digit()).then_some(rest)
}

/// `[+-]HH:MM` at the start of `s`; what follows.
fn offset(s: &str) -> Option<&str> {
    let s = s.strip_prefix(['+', '-'])?;
    digits(digits(s, 2)?.strip_prefix(':')?, 2)
}

/// `YYYY-MM-DD` at the start of `s`; what follows.
fn date(s: &str) -> Option<&str> {
    digits(
        digits(digits(s, 4)?.strip_prefix('-')?, 2)?.strip_prefix('-')?,
        2,
    )
}

/// `HH:MM:SS` with an optional fraction at the start of `s`; what follows.
fn time(s: &str) -> Option<&str> {
    let s = digits(
        digits(digits(s, 2)?.strip_prefix(':')?, 2)?.strip_prefix(':')?,
        2,
    )?;
    match s.strip_prefix('.') {
        Some(f) => {
            let n = f.bytes().take_while(u8::is_ascii_digit).count();
            (n > 0).then(|| &f[n..])
        }
        None => Some(s),
    }
}

/// The schema's patterns, each written out as what it matches. An unknown pattern fails.
fn matches_pattern(pattern: &str, s: &str) -> bool {
    match pattern {
        r"\S" => s.chars().any(|c| !c.is_whitespace()),
        r"^[+-][0-9]{2}:[0-9]{2}$" => offset(s) == Some(""),
        r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$" => date(s) == Some(""),
        r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" => {
            date(s)
                .and_then(|r| r.strip_prefix('T'))
                .and_then(time)
                .is_some_and(|r| r == "Z" || offset(r) == Some(""))
        }
        r"^[a-z0-9]+(?:-[a-z0-9]+)*$" => {
            !s.is_empty()
                && s.split('-').all(|w| {
                    !w.is_empty()
                        && w.bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                })
        }
        r"^https?://[^\s/?#]+[^\s]*$" => {
            let rest = s
                .strip_prefix("https://")
                .or_else(|| s.strip_prefix("http://"));
            rest.is_some_and(|r| {
                let host = r.split(['/', '?', '#']).next().unwrap_or("");
                !host.is_empty() && !r.chars().any(char::is_whitespace)
            })
        }
        other => panic!("the schema uses the pattern {other}, which this validator does not know"),
    }
}

// ----- The files ----------------------------------------------------------------------------

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn schema() -> Value {
    let text = fs::read_to_string(root().join("data/incident.schema.json")).expect("the schema");
    serde_json::from_str(&text).expect("the schema is JSON")
}

fn schema_errors(schema: &Value, file: &Value) -> Vec<String> {
    Validator { root: schema }.errors(schema, file, "")
}

fn json_of(path: &Path) -> Option<Value> {
    serde_json::from_str(&fs::read_to_string(path).expect("readable")).ok()
}

/// The value at a path as the widget writes it (`services[2].name.ko`).
fn value_at<'a>(file: &'a Value, path: &str) -> Option<&'a Value> {
    let mut v = file;
    for part in path.split('.') {
        let (key, indices) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            v = v.get(key)?;
        }
        for i in indices.split('[').filter(|i| !i.is_empty()) {
            v = v.get(i.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    Some(v)
}

/// What only the widget's checker can see; the schema is not expected to refuse for these:
/// references and repeated ids, order and overlaps, rising tiers, a key given twice, and a
/// text that is there but shows nothing (zero-width and direction characters only, which the
/// schema's `\S` takes for text).
fn beyond_the_schema(e: &DataError, file: &Value) -> bool {
    match &e.problem {
        Problem::UnknownId(..)
        | Problem::DuplicateId(_)
        | Problem::DuplicateKey
        | Problem::EndsBeforeStart
        | Problem::ReportOutsideInterval
        | Problem::Overlaps(_)
        | Problem::TiersNotAscending => true,
        Problem::Missing | Problem::MissingTranslation(_) => value_at(file, &e.path)
            .and_then(Value::as_str)
            .is_some_and(|s| s.chars().any(|c| !c.is_whitespace())),
        _ => false,
    }
}

/// A JSON pointer as the widget writes paths: `/services/2/name` is `services[2].name`.
fn widget_path(pointer: &str) -> String {
    let mut out = String::new();
    for seg in pointer.split('/').skip(1) {
        if seg.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{seg}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(seg);
        }
    }
    out
}

#[test]
fn the_builtin_incident_the_example_and_the_valid_fixtures_pass_the_schema() {
    // The one place the schema is stricter: it refuses keys the format does not know, which the
    // widget ignores and `check-incident` names as notes. Both must name the same keys.
    let schema = schema();
    for file in [
        "data/kakao-2022-10-15.json",
        "data/example-minimal.json",
        "tests/fixtures/good.json",
        // The format 1.1 addition: an interval's `last_report`.
        "tests/fixtures/good-last-report.json",
        "tests/fixtures/compensation.json",
    ] {
        let path = root().join(file);
        let value = json_of(&path).unwrap_or_else(|| panic!("{file} is JSON"));
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            incident_explainer::data::parse(&text).is_ok(),
            "{file}: the widget refuses it"
        );
        let (_, mut ignored) = incident_explainer::data::read_file(&text).unwrap();
        let (mut unknown, other): (Vec<String>, Vec<String>) = schema_errors(&schema, &value)
            .into_iter()
            .partition(|e| e.ends_with(": not allowed"));
        assert!(other.is_empty(), "{file}:\n  {}", other.join("\n  "));
        let mut unknown: Vec<String> = unknown
            .drain(..)
            .map(|e| widget_path(e.trim_end_matches(": not allowed")))
            .collect();
        unknown.sort();
        ignored.sort();
        assert_eq!(unknown, ignored, "{file}: unknown keys");
    }
}

#[test]
fn the_schema_refuses_a_broken_fixture_exactly_when_the_problem_is_one_it_can_see() {
    let schema = schema();
    let (mut both, mut beyond) = (0, 0);
    let dir = root().join("tests/fixtures/bad");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let Some(value) = json_of(&path) else {
            continue; // not JSON at all: nothing for a schema to look at
        };
        let problems = incident_explainer::data::parse(&fs::read_to_string(&path).unwrap())
            .expect_err(&format!("{name}: the widget accepts a broken fixture"));
        let visible: Vec<String> = problems
            .iter()
            .filter(|e| !beyond_the_schema(e, &value))
            .map(|e| e.to_string())
            .collect();
        // Unknown keys are left out: the schema refuses them on purpose and the widget ignores
        // them (compared on the valid files above), and most broken fixtures carry one.
        let errors: Vec<String> = schema_errors(&schema, &value)
            .into_iter()
            .filter(|e| !e.ends_with(": not allowed"))
            .collect();
        if visible.is_empty() {
            // Only what the schema cannot see is wrong: the schema must let it through, or it
            // asks for something the widget does not.
            assert!(
                errors.is_empty(),
                "{name}: the widget refuses it only for what a schema cannot see, yet the schema says:\n  {errors:?}"
            );
            beyond += 1;
        } else {
            assert!(
                !errors.is_empty(),
                "{name}: the widget refuses it ({}), the schema lets it through",
                visible.join("; ")
            );
            both += 1;
        }
    }
    assert!(
        both >= 20 && beyond >= 5,
        "{both} refused by both, {beyond} by the widget alone"
    );
}

// ----- The validator, on small inputs --------------------------------------------------------

/// The errors, sorted (keywords are visited in the order serde_json keeps them).
fn errors_for(schema: Value, value: Value) -> Vec<String> {
    let mut errors = schema_errors(&schema, &value);
    errors.sort();
    errors
}

#[test]
fn the_validator_checks_types_required_and_unknown_fields() {
    let s = serde_json::json!({
        "type": "object", "required": ["a"], "additionalProperties": false,
        "properties": { "a": { "type": "integer", "minimum": 1 }, "b": { "type": ["string", "null"] } }
    });
    assert!(errors_for(s.clone(), serde_json::json!({ "a": 1, "b": null })).is_empty());
    assert!(errors_for(s.clone(), serde_json::json!({ "a": 1.0 })).is_empty());
    assert_eq!(
        errors_for(s.clone(), serde_json::json!({ "b": 3, "c": 1 })),
        [
            "/b: not of type string or null",
            "/c: not allowed",
            ": a is required"
        ]
    );
    assert_eq!(
        errors_for(s, serde_json::json!({ "a": 0 })),
        ["/a: minimum 1"]
    );
}

#[test]
fn the_validator_follows_refs_and_combinators() {
    let s = serde_json::json!({
        "$defs": { "id": { "type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$" } },
        "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/id" },
        "allOf": [{ "if": { "minItems": 2 }, "then": { "items": { "enum": ["a", "b"] } } }],
        "anyOf": [{ "items": { "const": "a" } }, { "items": { "minLength": 2 } }]
    });
    assert!(errors_for(s.clone(), serde_json::json!(["a"])).is_empty());
    assert!(errors_for(s.clone(), serde_json::json!(["xy"])).is_empty());
    assert!(!errors_for(s.clone(), serde_json::json!([])).is_empty());
    assert!(!errors_for(s.clone(), serde_json::json!(["Bad_Id"])).is_empty());
    assert!(
        !errors_for(s, serde_json::json!(["a", "xy"])).is_empty(),
        "then: enum"
    );
}

#[test]
fn the_validator_reads_the_schemas_patterns_as_written() {
    let dt = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})$";
    for (p, yes, no) in [
        (r"\S", " x ", "  \t"),
        (r"^[+-][0-9]{2}:[0-9]{2}$", "+09:00", "09:00"),
        (r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "2022-10-15", "2022-10-5"),
        (dt, "2022-10-15T15:30:00.25+09:00", "2022-10-15T15:30:00"),
        (dt, "2022-10-15T06:30:00Z", "2022-10-15T15:30:00.+09:00"),
        (r"^[a-z0-9]+(?:-[a-z0-9]+)*$", "kakao-t-2", "kakao--t"),
        (
            r"^https?://[^\s/?#]+[^\s]*$",
            "https://a.example/x?y",
            "https:///x",
        ),
        (
            r"^https?://[^\s/?#]+[^\s]*$",
            "http://a.example",
            "ftp://a.example",
        ),
    ] {
        assert!(matches_pattern(p, yes), "{p} should match {yes:?}");
        assert!(!matches_pattern(p, no), "{p} should not match {no:?}");
    }
}

#[test]
fn paths_are_read_as_the_widget_writes_them() {
    let v = serde_json::json!({ "a": [{ "b": { "ko": "x" } }, [1, [2, 3]]] });
    assert_eq!(value_at(&v, "a[0].b.ko"), Some(&serde_json::json!("x")));
    assert_eq!(value_at(&v, "a[1][1][0]"), Some(&serde_json::json!(2)));
    assert_eq!(value_at(&v, "a[2]"), None);
    assert_eq!(widget_path("/a/0/b/ko"), "a[0].b.ko");
}

#[test]
#[should_panic(expected = "does not know")]
fn an_unknown_keyword_fails_rather_than_passing() {
    errors_for(serde_json::json!({ "maxItems": 1 }), serde_json::json!([]));
}

#[test]
fn the_example_file_reads_as_the_docs_describe_it() {
    let text = fs::read_to_string(root().join("data/example-minimal.json")).unwrap();
    let inc = incident_explainer::data::parse(&text)
        .unwrap_or_else(|e| panic!("data/example-minimal.json: {e:?}"));
    assert_eq!(inc.id, "example-chat-2030-01-10");
    assert_eq!(inc.title.en, "Example Chat outage (fictional example)");
    assert_eq!(inc.zone.name, "Europe/Berlin");
    let ids: Vec<&str> = inc.services.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["example-chat"]);
    assert_eq!(
        (
            inc.events.len(),
            inc.compensation.len(),
            inc.claimants.len()
        ),
        (2, 1, 1)
    );
    // "the smallest file that uses every section"
    assert!(!inc.sources.is_empty() && !inc.operators.is_empty());
    assert!(!inc.disputes.is_empty() && !inc.figures.is_empty() && !inc.context.is_empty());
}
