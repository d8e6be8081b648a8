//! An incident file read in steps: the JSON a slice of bytes at a time, the file's lists some
//! items at a time, and the checks a section at a time. So a large file (20,000 events, 6 MB)
//! does not hold the page for half a second: the host lets it breathe between the steps
//! (`crate::host::fetch`). Pure: the steps know nothing of the browser, and in any steps the
//! outcome is `crate::data::parse`'s, which is these steps without a limit.

use super::error::{DataError, Problem};
use super::input::IncidentFileIn;
use super::json::{self, Value};
use super::read::{get, object, Field, FromJson, Path, Reader};
use super::validate::{Checked, Validation};
use crate::incident::Incident;
use std::borrow::Cow;

/// An incident file being read. Start it with `Reading::new`, go on with `Reading::step`.
pub struct Reading<'t> {
    stage: Stage<'t>,
}

/// Where a `Reading` stands after a step.
// `Done` comes once per file; boxing it would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Step<'t> {
    More(Reading<'t>),
    Done(Result<Incident, Vec<DataError>>),
}

enum Stage<'t> {
    Json(json::Parser<'t>, usize),
    Read(Box<FileRead<'t>>),
    /// The checks, and the bytes of text an item of the file's lists takes on average.
    Check(Box<Validation<'static>>, usize),
}

/// The input types being filled from the JSON tree a field at a time, and a list's items some
/// at a time, in the order of `IncidentFileIn::KEYS` (as `read::json_struct` reads them).
struct FileRead<'t> {
    tree: Value<'t>,
    r: Reader,
    file: IncidentFileIn,
    /// The next field (an index into `IncidentFileIn::KEYS`), and the next item of its list.
    field: usize,
    item: usize,
    /// The bytes of text an item of the file's lists takes on average.
    item_bytes: usize,
}

impl<'t> Reading<'t> {
    pub fn new(text: &'t str) -> Self {
        Reading {
            stage: Stage::Json(json::Parser::new(text), text.len()),
        }
    }

    /// Does about `budget` bytes' worth of work: that much JSON, or as many items of a list
    /// (to read, or of the services or events to check) as take that many bytes on average
    /// in this file. The checks of another section are one step.
    pub fn step(self, budget: usize) -> Step<'t> {
        let more = |stage| Step::More(Reading { stage });
        match self.stage {
            Stage::Json(parser, text_len) => match parser.resume(budget) {
                json::Progress::Pending(parser) => more(Stage::Json(parser, text_len)),
                json::Progress::Done(Err(e)) => {
                    let problem = Problem::NotJson {
                        line: e.line,
                        column: e.column,
                    };
                    Step::Done(Err(vec![DataError::new("", problem)]))
                }
                json::Progress::Done(Ok(tree)) => {
                    let mut read = FileRead {
                        item_bytes: (text_len / list_items(&tree).max(1)).max(1),
                        tree,
                        r: Reader::default(),
                        file: IncidentFileIn::default(),
                        field: 0,
                        item: 0,
                    };
                    // The root: an object, its keys known or listed, none given twice.
                    match object(&read.tree, Path::Root, &mut read.r, IncidentFileIn::KEYS) {
                        Some(_) => more(Stage::Read(Box::new(read))),
                        None => Step::Done(Err(read.r.problems)),
                    }
                }
            },
            Stage::Read(mut read) => {
                let item_bytes = read.item_bytes;
                match read.step((budget / item_bytes).max(1)) {
                    false => more(Stage::Read(read)),
                    true if read.r.problems.is_empty() => {
                        let check = Validation::new(Cow::Owned(read.file));
                        more(Stage::Check(Box::new(check), item_bytes))
                    }
                    true => Step::Done(Err(read.r.problems)),
                }
            }
            Stage::Check(check, item_bytes) => match check.step((budget / item_bytes).max(1)) {
                Checked::More(check) => more(Stage::Check(check, item_bytes)),
                Checked::Done(result) => Step::Done(result),
            },
        }
    }
}

/// The items of the lists at the root of a file.
fn list_items(tree: &Value) -> usize {
    match tree {
        Value::Object(members) => members
            .iter()
            .map(|(_, v)| match v {
                Value::Array(items) => items.len(),
                _ => 0,
            })
            .sum(),
        _ => 0,
    }
}

impl FileRead<'_> {
    /// Reads the next field, or up to `items` items of the next list; `true` when all are read.
    fn step(&mut self, items: usize) -> bool {
        let Some(&key) = IncidentFileIn::KEYS.get(self.field) else {
            return true;
        };
        let members = match &self.tree {
            Value::Object(members) => members.as_slice(),
            _ => &[],
        };
        let (v, at, r, f) = (
            get(members, key),
            Path::Key(&Path::Root, key),
            &mut self.r,
            &mut self.file,
        );
        let range = (self.item, items);
        let rest = match key {
            "format_version" => {
                f.format_version = Field::field(v, at, r);
                None
            }
            "incident" => {
                f.incident = Field::field(v, at, r);
                None
            }
            "sources" => list(v, at, &mut f.sources, range, r),
            "operators" => list(v, at, &mut f.operators, range, r),
            "services" => list(v, at, &mut f.services, range, r),
            "events" => list(v, at, &mut f.events, range, r),
            "disputes" => list(v, at, &mut f.disputes, range, r),
            "figures" => list(v, at, &mut f.figures, range, r),
            "claimants" => list(v, at, &mut f.claimants, range, r),
            "compensation" => list(v, at, &mut f.compensation, range, r),
            "context" => list(v, at, &mut f.context, range, r),
            // Every key of `IncidentFileIn` has its arm: `every_field_is_read_as_in_one_go`
            // compares this walk with the whole struct read at once.
            _ => None,
        };
        match rest {
            Some(next) => self.item = next,
            None => {
                self.field += 1;
                self.item = 0;
            }
        }
        false
    }
}

/// Reads items `from..from + count` of a list field into `into`, as `Vec<T>`'s `Field` rule
/// does; returns the next item if the list goes on.
fn list<T: FromJson>(
    v: Option<&Value>,
    at: Path,
    into: &mut Vec<T>,
    (from, count): (usize, usize),
    r: &mut Reader,
) -> Option<usize> {
    let Some(Value::Array(items)) = v else {
        *into = Field::field(v, at, r);
        return None;
    };
    let end = from.saturating_add(count).min(items.len());
    let read = items[from..end]
        .iter()
        .zip(from..)
        .filter_map(|(item, i)| T::read(item, Path::Index(&at, i), r));
    into.extend(read);
    (end < items.len()).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{parse, read_file, validate::validate, BUILTIN_JSON};

    /// Reads `text` in steps of `budget`, counting them.
    fn in_steps(text: &str, budget: usize) -> (Result<Incident, Vec<DataError>>, usize) {
        let mut reading = Reading::new(text);
        let mut steps = 1;
        loop {
            match reading.step(budget) {
                Step::Done(result) => return (result, steps),
                Step::More(r) => {
                    reading = r;
                    steps += 1;
                }
            }
        }
    }

    /// `read_file` and `validate`, in one go each.
    fn in_one_go(text: &str) -> Result<Incident, Vec<DataError>> {
        read_file(text).and_then(|(file, _)| validate(&file))
    }

    #[test]
    fn every_field_is_read_as_in_one_go() {
        let (whole, _) = read_file(BUILTIN_JSON).unwrap();
        for items in [1, 7, usize::MAX] {
            let mut read = FileRead {
                tree: json::parse(BUILTIN_JSON).unwrap(),
                r: Reader::default(),
                file: IncidentFileIn::default(),
                field: 0,
                item: 0,
                item_bytes: 1,
            };
            while !read.step(items) {}
            assert_eq!(read.file, whole, "{items} items a step");
            assert!(read.r.problems.is_empty());
        }
    }

    #[test]
    fn any_budget_gives_the_incident_of_one_go() {
        let whole = in_one_go(BUILTIN_JSON);
        assert!(whole.is_ok());
        let mut counts = vec![];
        for budget in [0, 1, 4096, 65_536, usize::MAX] {
            let (result, steps) = in_steps(BUILTIN_JSON, budget);
            assert_eq!(result, whole, "in steps of {budget} bytes");
            counts.push(steps);
        }
        assert_eq!(parse(BUILTIN_JSON), whole);
        // Smaller budgets, more steps; without a limit, one for the JSON, one per field of the
        // file and one to end the reading, one per list of ids (9), one per section checked
        // (10), one to free the input and one for the build. (The services and events are
        // checked and freed in parts when limited.)
        // (A budget of 0 is 1: every step does something.)
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
        assert!(counts[1..].windows(2).all(|w| w[0] > w[1]), "{counts:?}");
        let fields = IncidentFileIn::KEYS.len();
        assert_eq!(counts[4], 1 + (fields + 1) + 9 + 10 + 1 + 1);
    }

    #[test]
    fn problems_are_the_same_in_steps_in_the_same_order() {
        let broken = [
            BUILTIN_JSON.replacen("\"format_version\": 1", "\"format_version\": 2", 1),
            BUILTIN_JSON.replacen("+09:00", "", 3),
            BUILTIN_JSON.replacen("\"en\":", "\"e\":", 5),
            BUILTIN_JSON.replacen("\"services\": [", "\"services\": 7, \"x\": [", 1),
            BUILTIN_JSON.replacen("\"id\": ", "\"id\": 1, \"id\": ", 4),
            BUILTIN_JSON[..BUILTIN_JSON.find("\"events\"").unwrap()].to_string(),
            "[1, 2]".to_string(),
            "{\"events\": [1, {\"at\": true}], \"events\": 2}".to_string(),
        ];
        for text in &broken {
            let whole = in_one_go(text);
            assert!(whole.is_err(), "{}", &text[..40]);
            for budget in [1, 300, usize::MAX] {
                assert_eq!(
                    in_steps(text, budget).0,
                    whole,
                    "in steps of {budget} bytes"
                );
            }
        }
    }
}
