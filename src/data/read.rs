//! From a JSON tree to the input types of `input`, naming the path of every value of the
//! wrong type (`services[2].status[0].approximate: wrong type: expected true or false, found a
//! text`) and every key given twice. Keys the format does not know are ignored, as the format
//! promises, and listed for the command-line checker.

use super::error::{DataError, JsonType, Problem};
use super::json::Value;
use std::fmt;

/// Where a value is, built as the reader descends and written out only for a problem.
#[derive(Clone, Copy)]
pub enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, k) => f.write_str(k),
            Path::Key(p, k) => write!(f, "{p}.{k}"),
            Path::Index(p, i) => write!(f, "{p}[{i}]"),
        }
    }
}

/// What reading found besides the values: problems, and keys it ignored.
#[derive(Default)]
pub struct Reader {
    pub problems: Vec<DataError>,
    pub ignored: Vec<String>,
}

impl Reader {
    fn out_of_range(&mut self, at: Path) {
        self.problems
            .push(DataError::new(at.to_string(), Problem::OutOfRange));
    }

    fn wrong(&mut self, at: Path, expected: JsonType, found: &Value) {
        let problem = Problem::WrongType {
            expected,
            found: kind(found),
        };
        self.problems.push(DataError::new(at.to_string(), problem));
    }
}

/// The kind of a value, for messages. (A number is named "a number" whatever its form.)
fn kind(v: &Value) -> JsonType {
    match v {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Boolean,
        Value::Number(_) => JsonType::Number,
        Value::String(_) => JsonType::Text,
        Value::Array(_) => JsonType::List,
        Value::Object(_) => JsonType::Object,
    }
}

/// A value that a JSON value can be read as.
pub trait FromJson: Sized {
    /// The value, or `None` after recording why not.
    fn read(v: &Value, at: Path, r: &mut Reader) -> Option<Self>;
}

impl FromJson for String {
    fn read(v: &Value, at: Path, r: &mut Reader) -> Option<Self> {
        match v {
            // Every string of the file passes here: its direction controls are balanced, so
            // that no text can reverse what the widget writes after it (see `text`).
            Value::String(s) => Some(super::text::balance_bidi(s).into_owned()),
            other => {
                r.wrong(at, JsonType::Text, other);
                None
            }
        }
    }
}

impl FromJson for bool {
    fn read(v: &Value, at: Path, r: &mut Reader) -> Option<Self> {
        match v {
            Value::Bool(b) => Some(*b),
            other => {
                r.wrong(at, JsonType::Boolean, other);
                None
            }
        }
    }
}

/// Whole numbers: a number written without fraction or exponent, within the type's range.
macro_rules! whole {
    ($t:ty) => {
        impl FromJson for $t {
            fn read(v: &Value, at: Path, r: &mut Reader) -> Option<Self> {
                match v {
                    Value::Number(n) => match n.parse() {
                        Ok(x) => Some(x),
                        Err(_) if !n.contains(['.', 'e', 'E']) => {
                            r.out_of_range(at);
                            None
                        }
                        Err(_) => {
                            r.wrong(at, JsonType::Integer, v);
                            None
                        }
                    },
                    other => {
                        r.wrong(at, JsonType::Integer, other);
                        None
                    }
                }
            }
        }
    };
}
whole!(i64);
whole!(u32);

impl FromJson for f64 {
    fn read(v: &Value, at: Path, r: &mut Reader) -> Option<Self> {
        match v {
            // The parser checked the grammar, which `f64::from_str` accepts; a value too large
            // for a float would read as infinity, and is refused.
            Value::Number(n) => {
                let x = n.parse::<f64>().ok().filter(|x| x.is_finite());
                if x.is_none() {
                    r.out_of_range(at);
                }
                x
            }
            other => {
                r.wrong(at, JsonType::Number, other);
                None
            }
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(v: &Value, at: Path, r: &mut Reader) -> Option<Self> {
        match v {
            Value::Array(items) => Some(
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, item)| T::read(item, Path::Index(&at, i), r))
                    .collect(),
            ),
            other => {
                r.wrong(at, JsonType::List, other);
                None
            }
        }
    }
}

/// A field of an input struct, read from its key's value (absent: `None`).
pub trait Field: Sized {
    fn field(v: Option<&Value>, at: Path, r: &mut Reader) -> Self;
}

/// Optional: absent or `null` is `None`.
impl<T: FromJson> Field for Option<T> {
    fn field(v: Option<&Value>, at: Path, r: &mut Reader) -> Self {
        match v {
            None | Some(Value::Null) => None,
            Some(v) => T::read(v, at, r),
        }
    }
}

/// A list: absent is empty.
impl<T: FromJson> Field for Vec<T> {
    fn field(v: Option<&Value>, at: Path, r: &mut Reader) -> Self {
        v.and_then(|v| Vec::read(v, at, r)).unwrap_or_default()
    }
}

/// A flag: absent is `false`.
impl Field for bool {
    fn field(v: Option<&Value>, at: Path, r: &mut Reader) -> Self {
        v.and_then(|v| bool::read(v, at, r)).unwrap_or(false)
    }
}

/// The members of an object whose known keys are `keys`; records keys given twice and lists
/// the unknown ones.
pub fn object<'v, 'a>(
    v: &'v Value<'a>,
    at: Path,
    r: &mut Reader,
    keys: &[&str],
) -> Option<&'v [(std::borrow::Cow<'a, str>, Value<'a>)]> {
    let Value::Object(members) = v else {
        r.wrong(at, JsonType::Object, v);
        return None;
    };
    for (i, (k, _)) in members.iter().enumerate() {
        let key = Path::Key(&at, k);
        if !keys.contains(&k.as_ref()) {
            r.ignored.push(key.to_string());
        } else if members[..i].iter().any(|(earlier, _)| earlier == k) {
            r.problems
                .push(DataError::new(key.to_string(), Problem::DuplicateKey));
        }
    }
    Some(members)
}

/// The value of `key` among an object's members (the first, if given twice).
pub fn get<'v, 'a>(
    members: &'v [(std::borrow::Cow<'a, str>, Value<'a>)],
    key: &str,
) -> Option<&'v Value<'a>> {
    members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Declares an input struct of the format and how it is read: each field from the key of the
/// same name, by its type's `Field` rule.
macro_rules! json_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct $name {
            $( $(#[$fmeta])* pub $field: $ty, )*
        }

        impl $name {
            /// The keys of the format, in the order the fields are read.
            #[allow(dead_code)]
            pub const KEYS: &'static [&'static str] = &[$(stringify!($field)),*];
        }

        impl $crate::data::read::FromJson for $name {
            fn read(
                v: &$crate::data::json::Value,
                at: $crate::data::read::Path,
                r: &mut $crate::data::read::Reader,
            ) -> Option<Self> {
                use $crate::data::read::{get, object, Field, Path};
                let members = object(v, at, r, Self::KEYS)?;
                Some($name {
                    $( $field: Field::field(
                        get(members, stringify!($field)),
                        Path::Key(&at, stringify!($field)),
                        r,
                    ), )*
                })
            }
        }
    };
}
pub(crate) use json_struct;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::json::parse;

    json_struct! {
        pub struct Inner {
            pub flag: bool,
            pub n: Option<i64>,
        }
    }

    json_struct! {
        pub struct Outer {
            pub name: Option<String>,
            pub items: Vec<Inner>,
            pub ratio: Option<f64>,
        }
    }

    fn read(text: &str) -> (Option<Outer>, Reader) {
        let v = parse(text).expect("test JSON");
        let mut r = Reader::default();
        (Outer::read(&v, Path::Root, &mut r), r)
    }

    fn problems(r: &Reader) -> Vec<String> {
        r.problems.iter().map(|e| e.to_string()).collect()
    }

    #[test]
    fn reads_fields_by_name_with_defaults() {
        let (o, r) = read(r#"{"name": "x", "items": [{"flag": true, "n": 3}, {}], "ratio": 0.5}"#);
        assert!(r.problems.is_empty());
        let o = o.unwrap();
        assert_eq!(o.name.as_deref(), Some("x"));
        assert_eq!(o.items.len(), 2);
        assert!(o.items[0].flag && !o.items[1].flag);
        assert_eq!((o.items[0].n, o.items[1].n), (Some(3), None));
        assert_eq!(o.ratio, Some(0.5));
        let (o, _) = read(r#"{"name": null}"#);
        assert_eq!(o.unwrap(), Outer::default());
    }

    #[test]
    fn every_wrong_value_is_named_by_its_path() {
        let (_, r) =
            read(r#"{"name": 1, "items": [{"flag": "yes"}, {"n": 1.5}, 7], "ratio": "x"}"#);
        assert_eq!(
            problems(&r),
            [
                "name: wrong type: expected a text (string), found a number",
                "items[0].flag: wrong type: expected true or false, found a text (string)",
                "items[1].n: wrong type: expected a whole number, found a number",
                "items[2]: wrong type: expected an object, found a number",
                "ratio: wrong type: expected a number, found a text (string)",
            ]
        );
    }

    #[test]
    fn a_list_given_as_null_or_an_object_is_wrong() {
        let (_, r) = read(r#"{"items": null}"#);
        assert_eq!(
            problems(&r),
            ["items: wrong type: expected a list (array), found null"]
        );
        let (_, r) = read(r#"{"items": {"a": {}}}"#);
        assert_eq!(
            problems(&r),
            ["items: wrong type: expected a list (array), found an object"]
        );
    }

    #[test]
    fn duplicate_keys_are_problems_and_unknown_keys_are_listed() {
        let (_, r) =
            read(r#"{"name": "a", "nmae": "b", "items": [{"flag": true, "flag": false, "x": 1}]}"#);
        assert_eq!(
            problems(&r),
            ["items[0].flag: the same key appears twice in this object"]
        );
        assert_eq!(r.ignored, ["nmae", "items[0].x"]);
    }

    #[test]
    fn integers_out_of_range_and_infinite_numbers_are_refused() {
        let (_, r) = read(r#"{"items": [{"n": 99999999999999999999}], "ratio": 1e999}"#);
        assert_eq!(
            problems(&r),
            [
                "items[0].n: number out of range",
                "ratio: number out of range",
            ]
        );
    }
}
