//! Where in a JSON text a position lies, as a path (`services[2].status[0].to`).
//!
//! serde_json reports a type error by line and column, just after the offending value; this
//! scanner walks the text up to that point, keeping the stack of object keys and array indexes,
//! and names the value there. It replaces a path-tracking wrapper around every `Deserialize`
//! impl, which cost the widget about a tenth of its code. Pure; it never fails, only falls back
//! to a shorter path on text it does not understand.

enum Frame {
    /// In an object: the last key read, if any.
    Object(Option<String>),
    /// In an array: the index of the current element.
    Array(usize),
}

/// The byte offset of a 1-based line and column (serde_json counts columns in bytes).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    (start + column).min(text.len())
}

/// Reads a JSON string starting just after its opening quote; returns it and the offset after
/// its closing quote. Escapes are kept as written except `\"` and `\\`, enough to name keys.
fn read_string(bytes: &[u8], mut i: usize) -> (String, usize) {
    let mut out = Vec::new();
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return (String::from_utf8_lossy(&out).into_owned(), i + 1),
            b'\\' if i + 1 < bytes.len() => {
                out.push(bytes[i + 1]);
                i += 2;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&out).into_owned(), i)
}

/// The path of the value at `line`:`column` of `text`, e.g. `events[3].at`; empty at the root.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let end = offset_of(text, line, column);
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    // After a string inside an object, whether it was a key (a ':' follows) is not known yet.
    let mut pending_key: Option<String> = None;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object(None)),
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => {
                if let Some(Frame::Array(n)) = stack.last_mut() {
                    *n += 1;
                }
            }
            b':' => {
                if let (Some(Frame::Object(key)), Some(k)) = (stack.last_mut(), pending_key.take())
                {
                    *key = Some(k);
                }
            }
            b'"' => {
                let (s, next) = read_string(bytes, i + 1);
                if matches!(stack.last(), Some(Frame::Object(_))) {
                    pending_key = Some(s);
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(n) => path.push_str(&format!("[{n}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::path_at;

    #[test]
    fn names_nested_values() {
        let text = r#"{"services": [{"id": "a"}, {"id": "b", "status": [{"to": 5}]}]}"#;
        let col = text.find('5').unwrap() + 1;
        assert_eq!(path_at(text, 1, col), "services[1].status[0].to");
    }

    #[test]
    fn keys_with_escaped_quotes_and_structural_characters_in_strings() {
        let text = "{\"a\": \"x, ] } [\", \"b\\\"c\": {\"d\": true}}";
        let col = text.find("true").unwrap() + 4;
        assert_eq!(path_at(text, 1, col), "b\"c.d");
    }

    #[test]
    fn multi_line_positions() {
        let text = "{\n  \"format_version\": \"one\"\n}";
        assert_eq!(path_at(text, 2, 25), "format_version");
        assert_eq!(path_at(text, 1, 1), "");
    }
}
