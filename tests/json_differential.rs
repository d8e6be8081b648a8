#![cfg(not(target_arch = "wasm32"))]
//! The widget's own JSON parser (`src/data/json.rs`) against serde_json, the parser it replaces:
//! on generated JSON (serde_json's own output, compact and pretty, re-escaped and re-spaced;
//! hand-made trees with numbers of every shape and duplicate keys) and on what is almost JSON
//! (mutated texts, token soup, arbitrary strings and bytes), json.rs must accept exactly what
//! `serde_json::from_str::<serde_json::Value>` accepts, read the same values, put an error at or
//! before the place serde_json puts it, and never panic. Also: deep nesting fails fast, and
//! time grows linearly with the size of the text.
//!
//! Deliberate differences (also listed in README.md, "How the parsers are proven"):
//!
//! - A byte order mark at the start is skipped (some editors save one); serde_json refuses it.
//!   Positions still count from the file's start, so they are 3 bytes further on line 1.
//! - Nesting: json.rs reads up to 128 levels, serde_json up to 127; deeper is an error in both.
//! - Numbers are kept as written, so every number of the grammar is accepted, also one too large
//!   for a float (`1e999`), which serde_json refuses ("number out of range"); the reader
//!   (`src/data/read.rs`) reports such a number as out of range where it reads it as a number.
//! - A key given twice is kept twice, for the reader to report; serde_json keeps the last. The
//!   comparison converts json.rs's tree the way serde_json builds its map (last one wins).
//!
//! Numbers are compared by value: json.rs's text is classified the way serde_json does
//! (unsigned, negative or float) and floats may differ by 2 units in the last place, since
//! serde_json without its `float_roundtrip` feature parses floats with "best effort" precision
//! while the test converts with Rust's exact `str::parse`.
//!
//! Cases per property: the default below, or `PROPTEST_CASES` (`make fuzz` runs 100,000).

use incident_explainer::data::json::{self, SyntaxError};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Map, Number, Value};
use std::time::{Duration, Instant};

/// Cases per property: `PROPTEST_CASES` if set, else `default`. Failures are not written to
/// files (the tree is shared); a failing case found once belongs in the regression tests below.
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

// ---------------------------------------------------------------------------------------------
// The comparison.

/// serde_json's number for the text json.rs kept, classified as serde_json classifies it:
/// no fraction or exponent and within u64 (or, negative and not zero, within i64) is an
/// integer, anything else a float. `None` for a float too large for f64.
fn number(text: &str) -> Option<Number> {
    if !text.contains(['.', 'e', 'E']) {
        if let Some(digits) = text.strip_prefix('-') {
            if let Ok(n) = text.parse::<i64>() {
                if digits.bytes().any(|b| b != b'0') {
                    return Some(n.into());
                }
            }
        } else if let Ok(n) = text.parse::<u64>() {
            return Some(n.into());
        }
    }
    let x: f64 = text
        .parse()
        .expect("json.rs keeps only numbers of the grammar");
    Number::from_f64(x).filter(|_| x.is_finite())
}

/// json.rs's tree as serde_json's value; `None` if a number is too large for a float.
fn to_serde(v: &json::Value) -> Option<Value> {
    Some(match v {
        json::Value::Null => Value::Null,
        json::Value::Bool(b) => Value::Bool(*b),
        json::Value::Number(n) => Value::Number(number(n)?),
        json::Value::String(s) => Value::String(s.to_string()),
        json::Value::Array(items) => {
            Value::Array(items.iter().map(to_serde).collect::<Option<_>>()?)
        }
        json::Value::Object(members) => {
            let mut m = Map::new();
            for (k, v) in members {
                m.insert(k.to_string(), to_serde(v)?);
            }
            Value::Object(m)
        }
    })
}

/// Nesting depth: a scalar is 0, `[]` is 1.
fn depth(v: &json::Value) -> usize {
    match v {
        json::Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        json::Value::Object(members) => {
            1 + members.iter().map(|(_, v)| depth(v)).max().unwrap_or(0)
        }
        _ => 0,
    }
}

/// Whether some number of the tree is too large for a float, or so close to the largest that
/// serde_json's best-effort rounding may take it for too large (`1.7976931348623158e308`, which
/// rounds to `f64::MAX`).
fn has_huge_number(v: &json::Value) -> bool {
    match v {
        json::Value::Number(n) => n.parse::<f64>().map_or(true, |x| x.abs() >= 1.797e308),
        json::Value::Array(items) => items.iter().any(has_huge_number),
        json::Value::Object(members) => members.iter().any(|(_, v)| has_huge_number(v)),
        _ => false,
    }
}

/// Floats `ulps` units in the last place apart or closer (of the same sign, or both zero).
fn close(x: f64, y: f64, ulps: u64) -> bool {
    if x == y {
        return true;
    }
    if x.is_sign_negative() != y.is_sign_negative() {
        return false;
    }
    x.to_bits().abs_diff(y.to_bits()) <= ulps
}

fn same_number(a: &Number, b: &Number, ulps: u64) -> bool {
    if a.is_f64() != b.is_f64() || a.is_u64() != b.is_u64() || a.is_i64() != b.is_i64() {
        return false;
    }
    match (a.as_f64(), b.as_f64()) {
        _ if !a.is_f64() => a == b,
        (Some(x), Some(y)) => close(x, y, ulps),
        _ => false,
    }
}

/// Equal values, numbers compared by `same_number`.
fn same(a: &Value, b: &Value, ulps: u64) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => same_number(x, y, ulps),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y, ulps))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((kx, vx), (ky, vy))| kx == ky && same(vx, vy, ulps))
        }
        _ => a == b,
    }
}

/// Whether a position is in the text: an existing line, and a column on it: the column of the
/// offending byte, 1-based (a line's own line feed is one past its length), or at the very end
/// the length of the last line.
fn within(text: &str, e: SyntaxError) -> bool {
    let lines: Vec<&str> = text.split('\n').collect();
    if e.line == 0 || e.line > lines.len() {
        return false;
    }
    let len = lines[e.line - 1].len();
    if e.line == lines.len() {
        e.column <= len && (e.column >= 1 || len == 0)
    } else {
        (1..=len + 1).contains(&e.column)
    }
}

/// The differential check of one text; `Err` says what differs.
fn check(text: &str) -> Result<(), String> {
    let ours = json::parse(text);
    // serde_json refuses a byte order mark that json.rs skips: compare on the rest, and shift
    // serde_json's positions on the first line by its 3 bytes.
    let bom = text.starts_with('\u{feff}');
    let rest = if bom { &text[3..] } else { text };
    let theirs = serde_json::from_str::<Value>(rest);
    let theirs_at = |e: &serde_json::Error| {
        let shift = if bom && e.line() == 1 { 3 } else { 0 };
        (e.line(), e.column() + shift)
    };
    match (ours, theirs) {
        (Ok(v), Ok(w)) => {
            let conv = to_serde(&v).ok_or("json.rs read a number serde_json took as finite")?;
            if !same(&conv, &w, 2) {
                return Err(format!("values differ:\n json.rs {conv:?}\n serde   {w:?}"));
            }
            Ok(())
        }
        (Ok(v), Err(e)) => {
            // The deliberate differences: numbers too large, and the 128th level.
            let msg = e.to_string();
            let huge = msg.starts_with("number out of range") && has_huge_number(&v);
            let deep = msg.starts_with("recursion limit exceeded") && depth(&v) == 128;
            if huge || deep {
                Ok(())
            } else {
                Err(format!("json.rs accepts, serde_json refuses: {msg}"))
            }
        }
        (Err(e), Ok(_)) => Err(format!("json.rs refuses at {e:?}, serde_json accepts")),
        (Err(e), Err(se)) => {
            if !within(text, e) {
                return Err(format!("json.rs error {e:?} is outside the text"));
            }
            let msg = se.to_string();
            // serde_json stops at the 128th level; json.rs reads one more.
            if msg.starts_with("recursion limit exceeded") {
                return Ok(());
            }
            // serde_json refuses a number too large before json.rs finds the syntax error.
            if msg.starts_with("number out of range") {
                return Ok(());
            }
            if (e.line, e.column) > theirs_at(&se) {
                return Err(format!(
                    "json.rs error at {}:{} is after serde_json's: {msg}",
                    e.line, e.column
                ));
            }
            Ok(())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Generators.

/// Characters that JSON must or may escape, beside ordinary and astral ones.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::char::range('a', 'z'),
        1 => prop::char::range('\u{0}', '\u{1f}'),
        1 => prop::sample::select(vec![
            '"', '\\', '/', '\u{7f}', 'é', '\u{a0}', '\u{2028}', '\u{2029}', '\u{d7ff}',
            '\u{e000}', '\u{fffd}', '\u{feff}', '\u{ffff}', '한', '😀', '\u{10000}', '\u{10ffff}',
        ]),
        1 => any::<char>(),
    ]
}

fn text_value() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => prop::collection::vec(tricky_char(), 0..12).prop_map(|v| v.into_iter().collect()),
        1 => any::<String>(),
        1 => "[a-z]{0,6}",
    ]
}

fn finite_f64() -> impl Strategy<Value = f64> {
    use prop::num::f64::*;
    POSITIVE | NEGATIVE | NORMAL | SUBNORMAL | ZERO
}

/// serde_json values: every kind, integers of the whole u64 and i64 range, any finite float,
/// strings with escapes and astral characters, objects without duplicate keys.
fn serde_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        finite_f64().prop_map(Value::from),
        prop::sample::select(vec![0.0, -0.0, 1e300, 1e-300, 5e-324, f64::MAX, f64::MIN])
            .prop_map(Value::from),
        text_value().prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(text_value(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Numbers as written: every shape of the grammar, long mantissas, huge and tiny exponents,
/// the edges of u64, i64 and f64.
fn number_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "-?(0|[1-9][0-9]{0,20})(\\.[0-9]{1,20})?([eE][+-]?[0-9]{1,3})?",
        1 => "-?[1-9][0-9]{15,30}",
        1 => "-?[1-9][0-9]{300,320}",
        1 => "-?0\\.0{0,20}[1-9][0-9]{0,20}[eE]-3[0-4][0-9]",
        1 => "-?[1-9]\\.[0-9]{1,20}[eE]\\+?30[0-9]",
        1 => "-?[0-9]\\.[0-9]{1,5}[eE][+-]?[0-9]{4,6}",
        1 => prop::sample::select(vec![
            "0", "-0", "0.0", "-0.0", "0e0", "0E-0", "-0e+00", "1e-99999", "1E400",
            "18446744073709551615", "18446744073709551616", "9223372036854775807",
            "-9223372036854775808", "-9223372036854775809", "1.7976931348623157e308",
            "1.7976931348623158e308", "1.7976931348623159e308", "2.2250738585072014e-308",
            "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
            "9007199254740993", "0.1", "123456789012345678901234567890e-30",
        ])
        .prop_map(str::to_string),
    ]
}

/// A JSON tree as text pieces: leaves are literals already written (numbers of every shape,
/// strings as serde_json writes them), objects may repeat a key.
#[derive(Debug, Clone)]
enum Tree {
    Leaf(String),
    Array(Vec<Tree>),
    Object(Vec<(String, Tree)>),
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

fn tree() -> impl Strategy<Value = Tree> {
    let leaf = prop_oneof![
        prop::sample::select(vec!["null", "true", "false"]).prop_map(|s| Tree::Leaf(s.into())),
        number_text().prop_map(Tree::Leaf),
        text_value().prop_map(|s| Tree::Leaf(quoted(&s))),
    ];
    leaf.prop_recursive(6, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Tree::Array),
            prop::collection::vec(("[a-c]{0,2}|.{0,4}", inner), 0..8).prop_map(Tree::Object),
        ]
    })
}

fn render(t: &Tree, out: &mut String) {
    match t {
        Tree::Leaf(s) => out.push_str(s),
        Tree::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                render(item, out);
            }
            out.push(']');
        }
        Tree::Object(members) => {
            out.push('{');
            for (i, (k, v)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&quoted(k));
                out.push(':');
                render(v, out);
            }
            out.push('}');
        }
    }
}

/// A small deterministic generator for the choices of `respell`.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The same JSON spelt differently: characters of strings written as `\uXXXX` (upper or lower
/// hex; astral ones as surrogate pairs) or `/` as `\/`, and whitespace of every kind between
/// tokens. Takes well-formed JSON text.
fn respell(text: &str, seed: u64) -> String {
    let mut rng = Rng(seed | 1);
    let ws = [" ", "\t", "\n", "\r\n", "  ", "\n    ", "\r"];
    let mut out = String::with_capacity(text.len() * 2);
    let mut chars = text.chars();
    let mut in_string = false;
    let space = |rng: &mut Rng, out: &mut String| {
        if rng.below(3) == 0 {
            out.push_str(ws[rng.below(ws.len() as u64) as usize]);
        }
    };
    space(&mut rng, &mut out);
    while let Some(c) = chars.next() {
        if in_string {
            match c {
                '"' => {
                    in_string = false;
                    out.push('"');
                }
                '\\' => {
                    out.push('\\');
                    let e = chars.next().expect("an escape");
                    out.push(e);
                    if e == 'u' {
                        out.extend(chars.by_ref().take(4));
                    }
                }
                '/' if rng.below(2) == 0 => out.push_str("\\/"),
                c if rng.below(4) == 0 => {
                    let mut buf = [0u16; 2];
                    for unit in c.encode_utf16(&mut buf) {
                        if rng.below(2) == 0 {
                            out.push_str(&format!("\\u{unit:04x}"));
                        } else {
                            out.push_str(&format!("\\u{unit:04X}"));
                        }
                    }
                }
                c => out.push(c),
            }
        } else {
            if matches!(c, ']' | '}' | ',' | ':') {
                space(&mut rng, &mut out);
            }
            out.push(c);
            if c == '"' {
                in_string = true;
            } else if matches!(c, '[' | '{' | ',' | ':') {
                space(&mut rng, &mut out);
            }
        }
    }
    space(&mut rng, &mut out);
    out
}

/// Texts that are valid JSON: serde_json's output or a hand-made tree, respelt.
fn valid_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (serde_value(), any::<bool>()).prop_map(|(v, pretty)| if pretty {
            serde_json::to_string_pretty(&v).unwrap()
        } else {
            v.to_string()
        }),
        tree().prop_map(|t| {
            let mut s = String::new();
            render(&t, &mut s);
            s
        }),
    ]
    .prop_flat_map(|s| {
        (Just(s), any::<u64>(), any::<bool>())
            .prop_map(|(s, seed, respelt)| if respelt { respell(&s, seed) } else { s })
    })
}

/// Pieces that break JSON, or almost do.
const SNIPPETS: &[&str] = &[
    ",",
    ":",
    "[",
    "]",
    "{",
    "}",
    "\"",
    "\\",
    "\\u",
    "\\ud800",
    "\\udc00",
    "\\ud800\\u0041",
    "\\udbff\\udfff",
    "\\ud800\\ud800",
    "\\uDFFF",
    "\\u12",
    "\\u00e9",
    "\\x41",
    "\\'",
    "'",
    "0",
    "00",
    "01",
    "-",
    "+",
    "+1",
    ".",
    ".5",
    "1.",
    "e",
    "E+",
    "1e",
    "0x1F",
    "-0",
    "NaN",
    "Infinity",
    "-Infinity",
    "nan",
    "True",
    "tru",
    "nul",
    "null",
    "\u{feff}",
    "\u{0}",
    "\u{1f}",
    "\u{7f}",
    "\t",
    "\n",
    "\r",
    "\u{b}",
    "\u{c}",
    "\u{a0}",
    "\u{2028}",
    "\u{3000}",
    "１",
    "//",
    "/* c */",
    "#",
    ",]",
    ",}",
    "[,",
    "{,",
    "\"k\":",
    "\"k\"",
    "1 2",
    "},{",
    "][",
    "é",
    "😀",
];

#[derive(Debug, Clone)]
enum Edit {
    Truncate(Index),
    Insert(Index, Index),
    Delete(Index, u8),
    Duplicate(Index, u8),
    Replace(Index, Index),
    Byte(Index, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        1 => any::<Index>().prop_map(Edit::Truncate),
        4 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::Insert(a, b)),
        2 => (any::<Index>(), 1..8u8).prop_map(|(a, n)| Edit::Delete(a, n)),
        1 => (any::<Index>(), 1..16u8).prop_map(|(a, n)| Edit::Duplicate(a, n)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::Replace(a, b)),
        1 => (any::<Index>(), any::<u8>()).prop_map(|(a, b)| Edit::Byte(a, b)),
    ]
}

/// A char boundary of `s` chosen by `i` (0 to the length, both included).
fn boundary(s: &str, i: &Index) -> usize {
    let mut at = i.index(s.len() + 1);
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(s: &mut String, e: &Edit) {
    match e {
        Edit::Truncate(i) => s.truncate(boundary(s, i)),
        Edit::Insert(i, what) => s.insert_str(boundary(s, i), SNIPPETS[what.index(SNIPPETS.len())]),
        Edit::Delete(i, n) => {
            let a = boundary(s, i);
            let mut b = (a + usize::from(*n)).min(s.len());
            while !s.is_char_boundary(b) {
                b += 1;
            }
            s.replace_range(a..b, "");
        }
        Edit::Duplicate(i, n) => {
            let a = boundary(s, i);
            let mut b = (a + usize::from(*n)).min(s.len());
            while !s.is_char_boundary(b) {
                b += 1;
            }
            let piece = s[a..b].to_string();
            s.insert_str(b, &piece);
        }
        Edit::Replace(i, what) => {
            let a = boundary(s, i);
            let b = s[a..].chars().next().map_or(a, |c| a + c.len_utf8());
            s.replace_range(a..b, SNIPPETS[what.index(SNIPPETS.len())]);
        }
        Edit::Byte(i, byte) => {
            let mut bytes = std::mem::take(s).into_bytes();
            if !bytes.is_empty() {
                let at = i.index(bytes.len());
                bytes[at] = *byte;
            }
            *s = String::from_utf8_lossy(&bytes).into_owned();
        }
    }
}

/// Almost JSON: tokens of JSON and of what resembles it, in any order.
fn token_soup() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        3 => prop::sample::select(SNIPPETS.to_vec()).prop_map(str::to_string),
        2 => prop::sample::select(vec![
            "{", "}", "[", "]", ",", ":", " ", "\"a\"", "\"\"", "1", "-1.5e3", "true", "false",
            "null", "\"\\n\"", "\"\\u0041\"", "\"\\ud83d\\ude00\"",
        ])
        .prop_map(str::to_string),
        1 => number_text(),
    ];
    prop::collection::vec(token, 0..24).prop_map(|v| v.concat())
}

// ---------------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(config(512))]

    /// serde_json's output, respelt or not, is read by json.rs as the very value written
    /// (floats exactly: serde_json writes the shortest text that reads back), and the
    /// differential check holds.
    #[test]
    fn serde_json_output_reads_back(
        v in serde_value(),
        pretty in any::<bool>(),
        respelt in any::<bool>(),
        seed in any::<u64>(),
    ) {
        let mut text = if pretty { serde_json::to_string_pretty(&v).unwrap() } else { v.to_string() };
        if respelt {
            text = respell(&text, seed);
        }
        let ours = json::parse(&text).map_err(|e| TestCaseError::fail(format!("{e:?} in {text}")))?;
        let conv = to_serde(&ours).expect("finite numbers");
        prop_assert!(same(&conv, &v, 0), "read {conv:?}\nwrote {v:?}\ntext {text}");
        check(&text).map_err(|m| TestCaseError::fail(format!("{m}\ntext {text:?}")))?;
    }

    /// Hand-made trees: numbers of every shape, duplicate keys, respelt.
    #[test]
    fn valid_texts_agree(text in valid_text()) {
        prop_assert!(json::parse(&text).is_ok(), "{text:?}");
        check(&text).map_err(|m| TestCaseError::fail(format!("{m}\ntext {text:?}")))?;
    }

    /// Valid texts broken by a few edits: truncated, pieces inserted, deleted, doubled,
    /// replaced, bytes overwritten.
    #[test]
    fn mutated_texts_agree(
        text in valid_text(),
        bom in prop::bool::weighted(0.05),
        edits in prop::collection::vec(edit(), 1..4),
    ) {
        let mut text = text;
        for e in &edits {
            apply(&mut text, e);
        }
        if bom {
            text.insert(0, '\u{feff}');
        }
        check(&text).map_err(|m| TestCaseError::fail(format!("{m}\ntext {text:?}")))?;
    }

    /// The parse in slices (budgets of 0 to 40 bytes, taken in turn) reads what the parse in
    /// one go reads, which the properties above prove against serde_json: the same value, or
    /// the same error at the same line and column. Valid texts, broken ones and token soup.
    #[test]
    fn any_budget_reads_what_one_go_reads(
        text in prop_oneof![valid_text(), token_soup()],
        edits in prop::collection::vec(edit(), 0..3),
        budgets in prop::collection::vec(0usize..40, 1..6),
    ) {
        let mut text = text;
        for e in &edits {
            apply(&mut text, e);
        }
        let mut parser = json::Parser::new(&text);
        let mut turn = 0;
        let sliced = loop {
            match parser.resume(budgets[turn % budgets.len()]) {
                json::Progress::Done(result) => break result,
                json::Progress::Pending(p) => parser = p,
            }
            turn += 1;
        };
        prop_assert_eq!(sliced, json::parse(&text), "text {:?} budgets {:?}", text, budgets);
    }

    #[test]
    fn token_soup_agrees(text in token_soup()) {
        check(&text).map_err(|m| TestCaseError::fail(format!("{m}\ntext {text:?}")))?;
    }

    #[test]
    fn arbitrary_strings_agree(text in any::<String>()) {
        check(&text).map_err(|m| TestCaseError::fail(format!("{m}\ntext {text:?}")))?;
    }

    #[test]
    fn arbitrary_bytes_agree(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let text = String::from_utf8_lossy(&bytes);
        check(&text).map_err(|m| TestCaseError::fail(format!("{m}\ntext {text:?}")))?;
    }
}

// ---------------------------------------------------------------------------------------------
// Cases worth keeping: each deliberate difference, and what the properties once found.

fn agrees(text: &str) {
    if let Err(m) = check(text) {
        panic!("{m}\ntext {text:?}");
    }
}

#[test]
fn edges_of_the_grammar_agree() {
    for text in [
        "",
        " ",
        "null",
        "[]",
        "{}",
        "[[]]",
        "-0",
        "0",
        "01",
        "1.",
        ".5",
        "1e",
        "1e+",
        "-",
        "+1",
        "[1,]",
        "{\"a\":1,}",
        "[,1]",
        "{\"a\" 1}",
        "{1:2}",
        "{\"a\":}",
        "\"\\ud800\"",
        "\"\\ud800\\u0041\"",
        "\"\\udc00\"",
        "\"\\ud800\\ud800\"",
        "\"\\ud83d\\ude00\"",
        "\"\\u00\"",
        "\"\\x41\"",
        "\"a\u{0}b\"",
        "\"a\u{1f}b\"",
        "\"a\u{7f}b\"",
        "\"\t\"",
        "NaN",
        "Infinity",
        "[1] x",
        "{} {}",
        "tru",
        "truex",
        "nul",
        "[1 2]",
        "\"open",
        "\u{feff}[1]",
        "\u{feff}",
        "\u{feff}x",
        "\u{feff}\u{feff}[]",
        "[1e999]",
        "-1e999",
        "1e-999",
        "18446744073709551616",
        "-9223372036854775809",
        "[\"a\",\n  nul",
        "\r\n[\r\n1,\r\n]",
        "\u{a0}1",
        "１",
    ] {
        agrees(text);
    }
}

#[test]
fn deliberate_differences() {
    // A byte order mark is skipped, and counted in positions.
    assert!(json::parse("\u{feff}{}").is_ok());
    assert!(serde_json::from_str::<Value>("\u{feff}{}").is_err());
    let e = json::parse("\u{feff}x").unwrap_err();
    assert_eq!((e.line, e.column), (1, 4));
    // 128 levels are read; serde_json stops at 127.
    let deep = |n: usize| "[".repeat(n) + &"]".repeat(n);
    assert!(json::parse(&deep(128)).is_ok());
    assert!(serde_json::from_str::<Value>(&deep(127)).is_ok());
    assert!(serde_json::from_str::<Value>(&deep(128)).is_err());
    assert!(json::parse(&deep(129)).is_err());
    // A number too large for a float is kept as written.
    assert_eq!(json::parse("1e999"), Ok(json::Value::Number("1e999")));
    assert!(serde_json::from_str::<Value>("1e999").is_err());
    // Duplicate keys are both kept.
    let Ok(json::Value::Object(members)) = json::parse(r#"{"k":1,"k":2}"#) else {
        panic!("an object");
    };
    assert_eq!(members.len(), 2);
}

// ---------------------------------------------------------------------------------------------
// Nesting and time.

/// The time of one parse of `text`, asserting it succeeds as `ok` says.
fn parse_time(text: &str, ok: bool) -> Duration {
    let start = Instant::now();
    let r = json::parse(text);
    let t = start.elapsed();
    assert_eq!(r.is_ok(), ok);
    t
}

fn median(times: &[Duration]) -> Duration {
    let mut times = times.to_vec();
    times.sort();
    times[times.len() / 2]
}

fn fastest(times: &[Duration]) -> Duration {
    *times.iter().min().expect("some runs")
}

#[test]
fn deep_nesting_fails_fast_without_overflowing() {
    let n = 100_000;
    for text in [
        "[".repeat(n),
        "[".repeat(n) + &"]".repeat(n),
        "{\"a\":".repeat(n) + "1" + &"}".repeat(n),
        "[{\"a\":".repeat(n / 2),
    ] {
        let start = Instant::now();
        let e = json::parse(&text).expect_err("too deep");
        assert!(within(&text, e), "{e:?}");
        // The error is at the 129th level: right at the start, not at the end.
        assert!(e.line == 1 && e.column <= 129 * 5, "{e:?}");
        assert!(
            start.elapsed() < Duration::from_secs(1),
            "{:?}",
            start.elapsed()
        );
        // serde_json refuses it too, and the loader reports where.
        assert!(serde_json::from_str::<Value>(&text).is_err());
        let errors = incident_explainer::data::parse(&text).expect_err("not an incident");
        assert!(matches!(
            errors[..],
            [incident_explainer::data::DataError {
                problem: incident_explainer::data::Problem::NotJson { .. },
                ..
            }]
        ));
    }
}

/// A valid text of about `bytes` bytes: objects with strings (escapes, Korean), numbers of
/// several shapes, nested lists, pretty-printed.
fn big_text(bytes: usize) -> String {
    let mut out = String::from("[\n");
    let mut i = 0u64;
    while out.len() < bytes {
        if i > 0 {
            out.push_str(",\n");
        }
        out.push_str(&format!(
            "  {{\"id\": \"item-{i}\", \"name\": \"카카오톡 \\\"{i}\\\" \\u00e9\\ud83d\\ude00\", \
             \"at\": \"2022-10-15T15:{:02}:00+09:00\", \"n\": {i}, \"x\": -{i}.5e-3, \
             \"ok\": true, \"none\": null, \"list\": [[1, 2], [3, [4, {{\"deep\": []}}]]]}}",
            i % 60
        ));
        i += 1;
    }
    out.push_str("\n]\n");
    out
}

#[test]
fn time_grows_linearly_with_the_text() {
    let small = big_text(1 << 20);
    let large = big_text(10 << 20);
    let v = json::parse(&large).expect("valid");
    assert!(same(
        &to_serde(&v).unwrap(),
        &serde_json::from_str(&large).unwrap(),
        2
    ));
    drop(v);
    // Cut short: the error at the end (its position is counted once, and the tree read so far
    // is dropped inside the parse, so these are compared with each other).
    let cut = |s: &str| s[..s.len() - 3].to_string();
    let (small_cut, large_cut) = (cut(&small), cut(&large));
    // After a warm-up, rounds that interleave the sizes, so that other work on the machine
    // weighs on both alike. Linear is 10 times, quadratic 100; the 10 MB tree no longer fits
    // the caches, which costs up to about twice as much per byte. Other work only adds time, so
    // the fastest run of each is compared; the medians are printed beside.
    parse_time(&small, true);
    let rounds = if cfg!(debug_assertions) { 3 } else { 7 };
    let mut times = [(); 4].map(|()| Vec::new());
    for _ in 0..rounds {
        times[0].push(parse_time(&small, true));
        times[1].push(parse_time(&large, true));
        times[2].push(parse_time(&small_cut, false));
        times[3].push(parse_time(&large_cut, false));
    }
    eprintln!(
        "json.rs, fastest (median): 1 MB {:?} ({:?}), 10 MB {:?} ({:?}); \
         cut short: 1 MB {:?} ({:?}), 10 MB {:?} ({:?})",
        fastest(&times[0]),
        median(&times[0]),
        fastest(&times[1]),
        median(&times[1]),
        fastest(&times[2]),
        median(&times[2]),
        fastest(&times[3]),
        median(&times[3]),
    );
    for (one, ten) in [(&times[0], &times[1]), (&times[2], &times[3])] {
        let (t1, t10) = (fastest(one), fastest(ten));
        assert!(
            t10 <= t1 * 20 + Duration::from_millis(50),
            "1 MB: {t1:?}, 10 MB: {t10:?} ({:.1} times)",
            t10.as_secs_f64() / t1.as_secs_f64()
        );
    }
}
