//! A small JSON parser (RFC 8259) into a tree that borrows from the text: strings without
//! escapes and all numbers stay slices of the input. A syntax error says the line and column
//! of the first byte that cannot be read (or of the end, for a text that stops early).
//!
//! The widget reads incident files with this rather than serde_json: the derive-based reader
//! cost about a tenth of the WebAssembly bundle, and a tree lets the reader name the path of
//! every wrong value, not just the first.

use std::borrow::Cow;

/// Nesting deeper than this is refused: the reader walks the tree, and drops it, recursively.
const MAX_DEPTH: usize = 128;

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// The number as written (`-1.5e3`), already checked against the grammar.
    Number(&'a str),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    /// Members in the order written; duplicates are kept for the reader to report.
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

/// Where a text stops being JSON: 1-based line, and column in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
}

/// Parses a whole text: one value, with only whitespace around it. A byte order mark at the
/// start (some editors save one) is skipped; positions still count from the file's start.
pub fn parse(text: &str) -> Result<Value<'_>, SyntaxError> {
    let mut parser = Parser::new(text);
    loop {
        match parser.resume(usize::MAX) {
            Progress::Done(result) => return result,
            Progress::Pending(p) => parser = p,
        }
    }
}

/// A parse that can stop and go on: `resume` reads about `budget` bytes (always at least one
/// token, so a long string may take more) and says whether it is done. Any sequence of budgets
/// gives the value or the error of `parse`, which is `resume` with no limit. The nesting is an
/// explicit stack, so that a parse can stop anywhere between two tokens.
pub struct Parser<'a> {
    cursor: Cursor<'a>,
    /// The arrays and objects opened and not yet closed, innermost last.
    open: Vec<Open<'a>>,
    next: Expect,
}

/// Where a parse stands after `Parser::resume`.
pub enum Progress<'a> {
    /// More to read: resume the parser.
    Pending(Parser<'a>),
    Done(Result<Value<'a>, SyntaxError>),
}

/// A container being read.
enum Open<'a> {
    Array(Vec<Value<'a>>),
    /// The members so far, and the key whose value is being read.
    Object(Vec<(Cow<'a, str>, Value<'a>)>, Cow<'a, str>),
}

/// What the parser reads next.
#[derive(Clone, Copy)]
enum Expect {
    /// A value.
    Value,
    /// The first item of an array just opened, or its `]`.
    FirstItem,
    /// The first key of an object just opened, or its `}`.
    FirstKey,
    /// A key and its colon (after a comma in an object).
    Key,
    /// After a value: a comma or the end of the innermost container, or the end of the text.
    After,
}

/// A value read, or where the text stops being JSON (at `Cursor::at`).
type Step<T> = Result<T, ()>;

impl<'a> Parser<'a> {
    pub fn new(text: &'a str) -> Self {
        Parser {
            cursor: Cursor {
                text,
                bytes: text.as_bytes(),
                at: if text.starts_with('\u{feff}') { 3 } else { 0 },
            },
            open: Vec::new(),
            next: Expect::Value,
        }
    }

    /// Bytes of the text read so far.
    pub fn position(&self) -> usize {
        self.cursor.at
    }

    /// Reads on for about `budget` bytes, or to the end.
    pub fn resume(mut self, budget: usize) -> Progress<'a> {
        let stop = self.cursor.at.saturating_add(budget.max(1));
        loop {
            match self.token() {
                Ok(Some(v)) => return Progress::Done(Ok(v)),
                Ok(None) if self.cursor.at >= stop => return Progress::Pending(self),
                Ok(None) => {}
                Err(()) => return Progress::Done(Err(self.cursor.error())),
            }
        }
    }

    /// Reads one token (a scalar, a bracket, a key with its colon, a comma), and returns the
    /// whole value when the text is done.
    fn token(&mut self) -> Step<Option<Value<'a>>> {
        let c = &mut self.cursor;
        c.skip_ws();
        match self.next {
            Expect::Value => {
                let v = match c.peek().ok_or(())? {
                    b'[' if self.open.len() < MAX_DEPTH => {
                        c.at += 1;
                        self.open.push(Open::Array(Vec::new()));
                        self.next = Expect::FirstItem;
                        return Ok(None);
                    }
                    b'{' if self.open.len() < MAX_DEPTH => {
                        c.at += 1;
                        self.open.push(Open::Object(Vec::new(), Cow::Borrowed("")));
                        self.next = Expect::FirstKey;
                        return Ok(None);
                    }
                    b'"' => Value::String(c.string()?),
                    b't' => c.literal("true", Value::Bool(true))?,
                    b'f' => c.literal("false", Value::Bool(false))?,
                    b'n' => c.literal("null", Value::Null)?,
                    b'-' | b'0'..=b'9' => c.number()?,
                    _ => return Err(()),
                };
                self.complete(v)
            }
            Expect::FirstItem if c.peek() == Some(b']') => self.close(),
            Expect::FirstItem => {
                self.next = Expect::Value;
                Ok(None)
            }
            Expect::FirstKey if c.peek() == Some(b'}') => self.close(),
            Expect::FirstKey | Expect::Key => {
                if c.peek() != Some(b'"') {
                    return Err(());
                }
                let key = c.string()?;
                c.skip_ws();
                c.expect(b':')?;
                if let Some(Open::Object(_, pending)) = self.open.last_mut() {
                    *pending = key;
                }
                self.next = Expect::Value;
                Ok(None)
            }
            Expect::After => match (c.peek(), self.open.last()) {
                (Some(b','), Some(Open::Array(_))) => {
                    c.at += 1;
                    self.next = Expect::Value;
                    Ok(None)
                }
                (Some(b','), Some(Open::Object(..))) => {
                    c.at += 1;
                    self.next = Expect::Key;
                    Ok(None)
                }
                (Some(b']'), Some(Open::Array(_))) | (Some(b'}'), Some(Open::Object(..))) => {
                    self.close()
                }
                _ => Err(()),
            },
        }
    }

    /// Closes the innermost container at its bracket.
    fn close(&mut self) -> Step<Option<Value<'a>>> {
        self.cursor.at += 1;
        let v = match self.open.pop().ok_or(())? {
            Open::Array(items) => Value::Array(items),
            Open::Object(members, _) => Value::Object(members),
        };
        self.complete(v)
    }

    /// Puts a finished value into its container, or ends the text with it.
    fn complete(&mut self, v: Value<'a>) -> Step<Option<Value<'a>>> {
        self.next = Expect::After;
        match self.open.last_mut() {
            Some(Open::Array(items)) => items.push(v),
            Some(Open::Object(members, key)) => members.push((std::mem::take(key), v)),
            None => {
                self.cursor.skip_ws();
                return match self.cursor.at == self.cursor.bytes.len() {
                    true => Ok(Some(v)),
                    false => Err(()),
                };
            }
        }
        Ok(None)
    }
}

/// The text and the place being read.
struct Cursor<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// The next byte to read; on error, the byte that could not be read.
    at: usize,
}

impl<'a> Cursor<'a> {
    /// Line and column of `self.at`: the offending byte counts in its column; at the end of the
    /// text the column is the length of the last line.
    fn error(&self) -> SyntaxError {
        let at = self.at.min(self.bytes.len());
        let before = &self.bytes[..at];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = at - line_start + usize::from(at < self.bytes.len());
        SyntaxError { line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, b: u8) -> Step<()> {
        if self.peek() == Some(b) {
            self.at += 1;
            Ok(())
        } else {
            Err(())
        }
    }

    fn literal(&mut self, word: &str, v: Value<'a>) -> Step<Value<'a>> {
        for &b in word.as_bytes() {
            self.expect(b)?;
        }
        Ok(v)
    }

    /// A string, from its opening quote. Borrowed when it has no escapes.
    fn string(&mut self) -> Step<Cow<'a, str>> {
        self.at += 1;
        let start = self.at;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            let b = self.peek().ok_or(())?;
            match b {
                b'"' => {
                    let tail = &self.text[run..self.at];
                    self.at += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(tail),
                        Some(mut s) => {
                            s.push_str(tail);
                            Cow::Owned(s)
                        }
                    });
                }
                b'\\' => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    s.push(self.escape()?);
                    run = self.at;
                }
                0x00..=0x1f => return Err(()),
                _ => self.at += 1,
            }
        }
    }

    /// The character of an escape, from the byte after the backslash.
    fn escape(&mut self) -> Step<char> {
        let b = self.peek().ok_or(())?;
        self.at += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                // A surrogate out of a pair is an error at the backslash of the escape that
                // breaks the pair.
                let backslash = self.at - 2;
                let first = self.hex4()?;
                let code = match first {
                    0xd800..=0xdbff => {
                        let second_at = self.at;
                        self.expect(b'\\')?;
                        self.expect(b'u')?;
                        let second = self.hex4()?;
                        if !(0xdc00..=0xdfff).contains(&second) {
                            self.at = second_at;
                            return Err(());
                        }
                        0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                    }
                    0xdc00..=0xdfff => {
                        self.at = backslash;
                        return Err(());
                    }
                    c => c,
                };
                char::from_u32(code).ok_or(())?
            }
            _ => {
                self.at -= 1;
                return Err(());
            }
        })
    }

    fn hex4(&mut self) -> Step<u32> {
        let mut n = 0;
        for _ in 0..4 {
            let d = (self.peek().ok_or(())? as char).to_digit(16).ok_or(())?;
            n = n * 16 + d;
            self.at += 1;
        }
        Ok(n)
    }

    /// A number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as written.
    fn number(&mut self) -> Step<Value<'a>> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(()),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.digits_required()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.digits_required()?;
        }
        Ok(Value::Number(&self.text[start..self.at]))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn digits_required(&mut self) -> Step<()> {
        let start = self.at;
        self.digits();
        if self.at == start {
            Err(())
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Value<'_> {
        Value::String(Cow::Borrowed(v))
    }

    #[test]
    fn values_of_every_kind() {
        let v = parse(r#" {"a": [1, -2.5e3, true, false, null], "b": {}, "c": [], "d": "x"} "#);
        let want = Value::Object(vec![
            (
                "a".into(),
                Value::Array(vec![
                    Value::Number("1"),
                    Value::Number("-2.5e3"),
                    Value::Bool(true),
                    Value::Bool(false),
                    Value::Null,
                ]),
            ),
            ("b".into(), Value::Object(vec![])),
            ("c".into(), Value::Array(vec![])),
            ("d".into(), s("x")),
        ]);
        assert_eq!(v, Ok(want));
    }

    #[test]
    fn escapes_are_decoded_and_plain_strings_borrowed() {
        let v = parse(r#""a\"b\\c\/d\n\t\u00e9\uD83D\uDE00""#).unwrap();
        assert_eq!(v, Value::String("a\"b\\c/d\n\té😀".to_string().into()));
        assert!(matches!(
            parse(r#""카카오톡""#),
            Ok(Value::String(Cow::Borrowed("카카오톡")))
        ));
    }

    #[test]
    fn duplicate_keys_are_kept_in_order() {
        let v = parse(r#"{"k": 1, "k": 2}"#).unwrap();
        assert_eq!(
            v,
            Value::Object(vec![
                ("k".into(), Value::Number("1")),
                ("k".into(), Value::Number("2"))
            ])
        );
    }

    fn err(text: &str) -> (usize, usize) {
        let e = parse(text).expect_err(text);
        (e.line, e.column)
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        assert_eq!(err("<!doctype html>"), (1, 1));
        assert_eq!(err("{\n  \"a\": 1,\n  "), (3, 2));
        assert_eq!(err("{\"a\" 1}"), (1, 6));
        assert_eq!(err("[1,]"), (1, 4));
        assert_eq!(err("{} x"), (1, 4));
        assert_eq!(err(""), (1, 0));
        assert_eq!(err(r#""\udc00""#), (1, 2));
        assert_eq!(err(r#"["\ud800\u0041"]"#), (1, 9));
    }

    #[test]
    fn what_json_does_not_allow_is_refused() {
        for bad in [
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "[1 2]",
            "{a: 1}",
            "'x'",
            "\"tab\there\"",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "tru",
            "nul",
            "[",
            "\"open",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        assert_eq!(parse("\u{feff}{\"a\": true}"), parse("{\"a\": true}"));
        assert_eq!(err("\u{feff}x"), (1, 4));
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert!(parse(&deep).is_err());
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
    }
    /// Reads `text` in slices of `budget` bytes, counting the slices.
    fn sliced(text: &str, budget: usize) -> (Result<Value<'_>, SyntaxError>, usize) {
        let mut parser = Parser::new(text);
        let mut slices = 1;
        loop {
            match parser.resume(budget) {
                Progress::Done(result) => return (result, slices),
                Progress::Pending(p) => {
                    assert!(p.position() <= text.len());
                    parser = p;
                    slices += 1;
                }
            }
        }
    }

    #[test]
    fn any_budget_reads_what_one_go_reads() {
        let big = format!(
            "[{}]",
            vec![r#"{"k": [1, "x\\n", {"n": null}]}"#; 50].join(", ")
        );
        let texts = [
            r#" {"a": [1, -2.5e3, true, false, null], "b": {}, "c": [], "d": "x"} "#,
            r#"{"k": 1, "k": {"k": [[], [{}]]}}"#,
            "\u{feff}[\"\\u00e9\", 0]",
            "{\n  \"a\": 1,\n  ",
            "{\"a\" 1}",
            "[1,]",
            "[1}",
            "{\"a\": 1]",
            "{} x",
            "",
            "[\"\\ud800\\u0041\"]",
            "[tru]",
            "{\"a\": 1, }",
            big.as_str(),
        ];
        for text in texts {
            let whole = parse(text);
            for budget in [0, 1, 2, 3, 5, 8, 64, text.len(), usize::MAX] {
                assert_eq!(
                    sliced(text, budget).0,
                    whole,
                    "{text:?} in slices of {budget}"
                );
            }
        }
        // A budget is a size: 1 byte takes a slice per token (14 an item here), 64 bytes a slice
        // per 64 bytes and the token that crosses them (8 bytes at most here), all one slice.
        assert!(sliced(&big, 1).1 > 50 * 14);
        let slices = sliced(&big, 64).1;
        assert!(
            (big.len() / (64 + 8)..=big.len() / 64 + 1).contains(&slices),
            "{slices}"
        );
        assert_eq!(sliced(&big, big.len()).1, 1);
    }

    #[test]
    fn deep_nesting_is_refused_in_slices_too() {
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(sliced(&deep, 1).0, parse(&deep));
        assert_eq!(
            parse(&deep),
            Err(SyntaxError {
                line: 1,
                column: MAX_DEPTH + 1
            })
        );
    }
}
