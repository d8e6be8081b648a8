#![cfg(not(target_arch = "wasm32"))]
//! Fuzzing the whole load path, `data::parse` (text -> JSON tree -> input types -> validated
//! incident), with incident files that are almost right: the built-in incident
//! (`data/kakao-2022-10-15.json`) and the small test incident (`tests/fixtures/good.json`),
//! changed structurally (fields deleted, replaced, given twice, of another type; hostile
//! strings, huge numbers, wrong times; re-serialized compact or pretty) and bytewise
//! (truncated, bytes flipped, inserted, removed).
//!
//! Whatever the text, loading must not panic, and it must either give an incident or a
//! non-empty list of errors that each say where: a non-empty JSON path, or `NotJson` at a line
//! and column within the text. The one error with an empty path besides `NotJson` is the whole
//! file being of the wrong type (`wrong type: expected an object`), which is about the root.
//! Every error's message is also formatted in both languages.
//!
//! Cases per property: the default below, or `PROPTEST_CASES` (`make fuzz` runs 100,000).

use incident_explainer::data::{self, JsonType, Problem};
use incident_explainer::i18n::{format, Locale};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Map, Value};
use std::sync::OnceLock;

const KAKAO: &str = include_str!("../data/kakao-2022-10-15.json");
const GOOD: &str = include_str!("fixtures/good.json");

fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The two files as text and as serde_json values, read once.
fn bases() -> &'static [(&'static str, Value); 2] {
    static BASES: OnceLock<[(&str, Value); 2]> = OnceLock::new();
    BASES.get_or_init(|| {
        [GOOD, KAKAO].map(|text| (text, serde_json::from_str(text).expect("a JSON file")))
    })
}

/// Whether a `NotJson` position is in the text (see `json.rs`: the offending byte's 1-based
/// column, a line's own line feed one past its length, or at the end the last line's length).
fn within(text: &str, line: usize, column: usize) -> bool {
    let lines: Vec<&str> = text.split('\n').collect();
    if line == 0 || line > lines.len() {
        return false;
    }
    let len = lines[line - 1].len();
    if line == lines.len() {
        column <= len && (column >= 1 || len == 0)
    } else {
        (1..=len + 1).contains(&column)
    }
}

/// Loads `text`; `Err` says what is wrong with the outcome (a panic fails the case by itself).
fn check(text: &str) -> Result<(), String> {
    let Err(errors) = data::parse(text) else {
        return Ok(());
    };
    if errors.is_empty() {
        return Err("refused without an error".into());
    }
    for e in &errors {
        let ok = match e.problem {
            Problem::NotJson { line, column } => {
                errors.len() == 1 && e.path.is_empty() && within(text, line, column)
            }
            Problem::WrongType {
                expected: JsonType::Object,
                ..
            } if e.path.is_empty() => errors.len() == 1 && !text.trim_start().starts_with('{'),
            _ => !e.path.is_empty(),
        };
        if !ok {
            return Err(format!(
                "error without a place: {e:?} (of {})",
                errors.len()
            ));
        }
        for locale in [Locale::Ko, Locale::En] {
            if format::problem(locale, e).is_empty() {
                return Err(format!("empty message for {e:?}"));
            }
        }
        let _ = e.to_string();
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Structural changes, made on serde_json's value and written out again.

/// A key that is written as the same key again (see `write`): serde_json's map cannot hold a
/// key twice.
const TWICE: &str = "\u{1}twice\u{1}";
/// A string written as raw text (`RAW[i]`, see `write`): numbers serde_json cannot hold.
const RAW_MARK: char = '\u{2}';
const RAW: &[&str] = &[
    "1e999",
    "-1e999",
    "1e-999",
    "99999999999999999999999999",
    "-99999999999999999999999999",
    "18446744073709551616",
    "4294967296",
    "-0",
    "1.7976931348623159e308",
    "123456789012345678901234567890.5",
    "0.1e1",
    "1E2",
    "-1.5",
    "1e2",
];

fn raw(i: usize) -> Value {
    Value::String(format!("{RAW_MARK}{}{RAW_MARK}", i % RAW.len()))
}

/// The text of `v`, compact or pretty, with the markers of `TWICE` and `RAW` resolved.
fn write(v: &Value, pretty: bool) -> String {
    let mut text = if pretty {
        serde_json::to_string_pretty(v).unwrap()
    } else {
        v.to_string()
    };
    text = text.replace("\\u0001twice\\u0001", "");
    for (i, r) in RAW.iter().enumerate() {
        text = text.replace(&format!("\"\\u0002{i}\\u0002\""), r);
    }
    text
}

/// Times of every kind: fields in and out of range, with and without seconds and offset.
fn time_text() -> impl Strategy<Value = String> {
    (
        prop_oneof![2 => 2022..=2024u32, 1 => 0..=9999u32],
        0..=13u32,
        0..=32u32,
        prop_oneof![4 => 0..=23u32, 1 => 24..=99u32],
        prop_oneof![4 => 0..=59u32, 1 => 60..=99u32],
        prop::sample::select(vec![
            ":00",
            ":30",
            ":59",
            ":60",
            ":61",
            "",
            ":00.5",
            ":00.123456789123",
        ]),
        prop::sample::select(vec![
            "+09:00", "Z", "z", "-04:00", "+14:00", "-12:00", "+24:00", "+99:99", "", "+0900",
            " +09:00",
        ]),
        prop::sample::select(vec!["T", "t", " ", "_"]),
    )
        .prop_map(|(y, mo, d, h, mi, s, o, t)| {
            format!("{y:04}-{mo:02}-{d:02}{t}{h:02}:{mi:02}{s}{o}")
        })
}

/// Values a file should not have where it has them.
fn hostile() -> impl Strategy<Value = Value> {
    prop_oneof![
        2 => prop::sample::select(vec![
            json!(""), json!(" "), json!("\u{0}"), json!("\t\n"), json!("<script>alert(1)</script>"),
            json!("javascript:alert(1)"), json!("data:text/html,x"), json!("http://"),
            json!("https://example.org/x y"), json!("\u{202e}evil"), json!("\u{feff}"),
            json!("../../etc/passwd"), json!("%00"), json!("\\"), json!("\""), json!("😀"),
            json!("2022-10-15"), json!("not a time"), json!("kakaotalk"), json!("ko"), json!("en"),
            json!(null), json!(true), json!(false), json!(0), json!(-1), json!(1), json!(2),
            json!(u64::MAX), json!(i64::MIN), json!(1e308), json!(-1e308), json!(0.5),
            json!(9007199254740993u64), json!([]), json!({}), json!([[[[]]]]), json!([null]),
            json!({"ko": "", "en": ""}), json!({"ko": "가"}), json!({"en": 1}),
            json!([{"id": "x"}]),
        ]),
        1 => any::<String>().prop_map(Value::String),
        1 => (prop::sample::select(vec!["a", "가", "😀", "\u{0}", " "]), 1000..100_000usize)
            .prop_map(|(s, n)| Value::String(s.repeat(n))),
        2 => time_text().prop_map(Value::String),
        1 => any::<usize>().prop_map(raw),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<f64>().prop_map(Value::from),
    ]
}

#[derive(Debug, Clone)]
enum Op {
    Delete,
    Replace(Value),
    /// In a list, the item again; in an object, the key again with this value.
    Twice(Option<Value>),
    /// The value as another type: a text of a number, a list of an object's values, …
    Retype(u8),
    /// A text changed by one character (ids, names, times that almost match).
    Nudge(Index, char),
    /// One of the file's times, wherever it is, replaced by this one.
    Retime(Index, String),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => Just(Op::Delete),
        4 => hostile().prop_map(Op::Replace),
        2 => prop::option::of(hostile()).prop_map(Op::Twice),
        2 => any::<u8>().prop_map(Op::Retype),
        2 => (any::<Index>(), prop::sample::select(vec!['0', '9', ':', '-', 'x', ' ', '가']))
            .prop_map(|(i, c)| Op::Nudge(i, c)),
        3 => (any::<Index>(), time_text()).prop_map(|(i, t)| Op::Retime(i, t)),
    ]
}

fn retype(v: &Value, how: u8) -> Value {
    match (v, how % 4) {
        (Value::String(s), 0) => s.parse::<f64>().map_or(json!(s.len()), Value::from),
        (Value::String(s), 1) => json!([s]),
        (Value::String(s), 2) => json!({ "ko": s, "en": s }),
        (Value::Number(n), 0 | 1) => Value::String(n.to_string()),
        (Value::Bool(b), _) => Value::String(b.to_string()),
        (Value::Array(items), 0 | 1) => Value::Object(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| (i.to_string(), v.clone()))
                .collect(),
        ),
        (Value::Array(items), _) => items.first().cloned().unwrap_or(Value::Null),
        (Value::Object(m), 0 | 1) => Value::Array(m.values().cloned().collect()),
        (Value::Object(m), _) => m.values().next().cloned().unwrap_or(Value::Null),
        (Value::Null, _) => json!(0),
        (_, _) => Value::Null,
    }
}

/// The texts of `v` that look like a date or a time (`YYYY-MM-DD…`).
fn times(v: &mut Value) -> Vec<&mut String> {
    match v {
        Value::String(s) => {
            let b = s.as_bytes();
            if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
                vec![s]
            } else {
                vec![]
            }
        }
        Value::Array(items) => items.iter_mut().flat_map(times).collect(),
        Value::Object(m) => m.values_mut().flat_map(times).collect(),
        _ => vec![],
    }
}

/// Applies `op` at the place `path` leads to: from the root, each index picks a child while
/// there is a container to descend into; the change is made to the child reached last.
fn change(v: &mut Value, path: &[Index], op: &Op) {
    if let Op::Retime(i, t) = op {
        let mut all = times(v);
        if !all.is_empty() {
            let at = i.index(all.len());
            *all[at] = t.clone();
        }
        return;
    }
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    let len = match v {
        Value::Array(items) => items.len(),
        Value::Object(m) => m.len(),
        _ => return,
    };
    if len == 0 {
        // Nothing to pick: add something instead.
        match (v, op) {
            (Value::Array(items), Op::Replace(x) | Op::Twice(Some(x))) => items.push(x.clone()),
            (Value::Object(m), Op::Replace(x) | Op::Twice(Some(x))) => {
                m.insert("x".into(), x.clone());
            }
            _ => {}
        }
        return;
    }
    let k = first.index(len);
    let child = match v {
        Value::Array(items) => &mut items[k],
        Value::Object(m) => m.values_mut().nth(k).expect("in range"),
        _ => unreachable!(),
    };
    let deeper = matches!(child, Value::Array(a) if !a.is_empty())
        || matches!(child, Value::Object(m) if !m.is_empty());
    if !rest.is_empty() && deeper {
        return change(child, rest, op);
    }
    match op {
        Op::Replace(x) => *child = x.clone(),
        Op::Retype(how) => *child = retype(child, *how),
        Op::Nudge(i, c) => {
            if let Value::String(s) = child {
                let mut chars: Vec<char> = s.chars().collect();
                if chars.is_empty() {
                    chars.push(*c);
                } else {
                    let at = i.index(chars.len());
                    chars[at] = *c;
                }
                *s = chars.into_iter().collect();
            } else {
                *child = retype(child, 0);
            }
        }
        Op::Retime(..) => unreachable!(),
        Op::Delete => match v {
            Value::Array(items) => {
                items.remove(k);
            }
            Value::Object(m) => {
                let key = m.keys().nth(k).expect("in range").clone();
                m.remove(&key);
            }
            _ => unreachable!(),
        },
        Op::Twice(x) => match v {
            Value::Array(items) => {
                let again = x.clone().unwrap_or_else(|| items[k].clone());
                items.insert(k, again);
            }
            Value::Object(m) => {
                let (key, value) = m.iter().nth(k).expect("in range");
                let again = x.clone().unwrap_or_else(|| value.clone());
                m.insert(format!("{TWICE}{key}"), again);
            }
            _ => unreachable!(),
        },
    }
}

#[derive(Debug, Clone)]
enum ByteEdit {
    Truncate(Index),
    Flip(Index, u8),
    Remove(Index),
    Insert(Index, u8),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        1 => any::<Index>().prop_map(ByteEdit::Truncate),
        3 => (any::<Index>(), 1..=255u8).prop_map(|(i, m)| ByteEdit::Flip(i, m)),
        2 => any::<Index>().prop_map(ByteEdit::Remove),
        2 => (any::<Index>(), prop_oneof![
            Just(b'"'), Just(b','), Just(b'}'), Just(b']'), Just(b'\\'), Just(0xff), Just(0u8),
            any::<u8>(),
        ])
            .prop_map(|(i, b)| ByteEdit::Insert(i, b)),
    ]
}

fn edit_bytes(text: &str, edits: &[ByteEdit]) -> String {
    let mut b = text.as_bytes().to_vec();
    for e in edits {
        match e {
            ByteEdit::Truncate(i) => b.truncate(i.index(b.len() + 1)),
            ByteEdit::Flip(i, m) if !b.is_empty() => {
                let at = i.index(b.len());
                b[at] ^= m;
            }
            ByteEdit::Remove(i) if !b.is_empty() => {
                b.remove(i.index(b.len()));
            }
            ByteEdit::Insert(i, x) => b.insert(i.index(b.len() + 1), *x),
            _ => {}
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

/// Which base file: mostly the small one (fast), often enough the built-in incident.
fn base() -> impl Strategy<Value = usize> {
    prop_oneof![3 => Just(0usize), 1 => Just(1usize)]
}

fn changes() -> impl Strategy<Value = Vec<(Vec<Index>, Op)>> {
    prop::collection::vec((prop::collection::vec(any::<Index>(), 1..7), op()), 1..6)
}

proptest! {
    #![proptest_config(config(256))]

    /// Files changed in their structure, then written out compact or pretty.
    #[test]
    fn structurally_changed_files_load_or_say_where(
        which in base(),
        changes in changes(),
        pretty in any::<bool>(),
    ) {
        let mut v = bases()[which].1.clone();
        for (path, op) in &changes {
            change(&mut v, path, op);
        }
        let text = write(&v, pretty);
        check(&text).map_err(|m| TestCaseError::fail(format!("{m}\nchanges {changes:?}")))?;
    }

    /// Files changed in their bytes, the original or a structurally changed one.
    #[test]
    fn bytewise_changed_files_load_or_say_where(
        which in base(),
        changes in prop::option::weighted(0.3, changes()),
        edits in prop::collection::vec(byte_edit(), 1..5),
    ) {
        let text = match &changes {
            None => bases()[which].0.to_string(),
            Some(changes) => {
                let mut v = bases()[which].1.clone();
                for (path, op) in changes {
                    change(&mut v, path, op);
                }
                write(&v, false)
            }
        };
        let text = edit_bytes(&text, &edits);
        check(&text).map_err(|m| TestCaseError::fail(format!("{m}\nedits {edits:?}")))?;
    }

    /// In steps of any budget (`data::steps`, as the widget reads a large file), a file gives
    /// what reading and checking it in one go gives: the same incident, or the same problems
    /// in the same order. Files changed in their structure and in their bytes.
    #[test]
    fn any_steps_give_what_one_go_gives(
        which in base(),
        changes in prop::option::weighted(0.7, changes()),
        edits in prop::option::weighted(0.2, prop::collection::vec(byte_edit(), 1..3)),
        budget in prop_oneof![1usize..64, 64usize..70_000],
    ) {
        let mut v = bases()[which].1.clone();
        for (path, op) in changes.iter().flatten() {
            change(&mut v, path, op);
        }
        let mut text = write(&v, false);
        if let Some(edits) = &edits {
            text = edit_bytes(&text, edits);
        }
        let one_go = data::read_file(&text).and_then(|(f, _)| data::validate::validate(&f));
        let mut reading = data::steps::Reading::new(&text);
        let stepped = loop {
            match reading.step(budget) {
                data::steps::Step::Done(result) => break result,
                data::steps::Step::More(r) => reading = r,
            }
        };
        prop_assert_eq!(&stepped, &one_go, "in steps of {} bytes", budget);
        prop_assert_eq!(data::parse(&text), one_go);
    }

    /// Whole files of another kind: any JSON value, and the root replaced.
    #[test]
    fn other_roots_say_where(root in hostile()) {
        let text = write(&root, false);
        check(&text).map_err(|m| TestCaseError::fail(format!("{m}\ntext {text:?}")))?;
    }
}

#[test]
fn the_unchanged_files_load() {
    for (text, _) in bases() {
        data::parse(text).expect("valid");
    }
}

#[test]
fn markers_are_written_as_meant() {
    let mut m = Map::new();
    m.insert("a".into(), json!(1));
    m.insert(format!("{TWICE}a"), raw(0));
    let text = write(&Value::Object(m), false);
    assert_eq!(text, r#"{"a":1e999,"a":1}"#);
    assert!(check(&text).is_ok());
}
