#![cfg(not(target_arch = "wasm32"))]
//! The widget's own date and time reader (`src/incident/clock.rs`) against chrono's parsers it
//! replaces, `DateTime::parse_from_rfc3339` and `NaiveDate::parse_from_str(.., "%Y-%m-%d")`, on
//! strings generated around RFC 3339's shapes: every field in and out of range (month 13,
//! day 32, 29 February of common and leap years, hour 24, minute 60, leap second `:60`),
//! offsets up to ±14:00 and beyond (+24:00, +99:99), fractions of any length, `t`/`z` in lower
//! case, a space for the `T`, missing seconds, missing offsets, stray characters; and on
//! arbitrary strings. Where both read a time they must read the same moment, and clock.rs must
//! never panic.
//!
//! Deliberate differences (also listed in README.md, "How the parsers are proven"):
//!
//! - Missing seconds (`2022-10-15T18:00+09:00`) and a missing offset (`2022-10-15T18:00:00`)
//!   are read by clock.rs as `Parts` that say what was missing (`seconds`, `offset`): the
//!   checker takes a `datetime-local` input's time, and the validator names a missing offset as
//!   its own problem. chrono refuses both. The test fills in what is missing (`:00`, `Z`) and
//!   then requires chrono to read the same local time and offset.
//! - A MINUS SIGN (U+2212) before the offset, which chrono accepts beyond RFC 3339, is refused.
//! - Dates: clock.rs reads exactly `YYYY-MM-DD`; chrono's `%Y-%m-%d` also takes years of one to
//!   three digits or with a sign (`+2022-10-15`, `-0001-01-01`), one-digit months and days
//!   (`2022-1-5`) and spaces before a number. Where a string has the fixed shape both must agree.
//!
//! (The same space for `T`, lower-case `t` and `z`, fractions of any length cut to nanoseconds,
//! offsets only up to ±23:59 and the leap second `:60` are chrono's behaviour too, and checked.)
//!
//! Cases per property: the default below, or `PROPTEST_CASES` (`make fuzz` runs 100,000).

use chrono::{DateTime, FixedOffset, NaiveDate};
use incident_explainer::incident::clock;
use proptest::prelude::*;
use proptest::sample::Index;

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

/// The byte where the seconds would go after `YYYY-MM-DDTHH:MM`.
const SECONDS_AT: usize = 16;

/// The differential check of one string; `Err` says what differs.
fn check(s: &str) -> Result<(), String> {
    let ours = clock::parse(s);
    let theirs = DateTime::parse_from_rfc3339(s).ok();
    match ours {
        Some(p) => {
            // What chrono would read had the string had its seconds and offset.
            let mut full = s.to_string();
            if !p.seconds {
                full.insert_str(SECONDS_AT, ":00");
            }
            if p.offset.is_none() {
                full.push('Z');
            }
            let Ok(t) = DateTime::parse_from_rfc3339(&full) else {
                return Err(format!("clock.rs reads {p:?}, chrono refuses {full:?}"));
            };
            if t.naive_local() != p.local || *t.offset() != p.offset.unwrap_or(utc()) {
                return Err(format!("clock.rs reads {p:?}, chrono {t:?} from {full:?}"));
            }
            if p.seconds && p.offset.is_some() {
                if theirs != Some(t) || p.moment() != Some(t) {
                    return Err(format!("moment {:?}, chrono {theirs:?}", p.moment()));
                }
            } else if theirs.is_some() || p.moment().is_some() != p.offset.is_some() {
                return Err(format!("{p:?} is not RFC 3339, chrono reads {theirs:?}"));
            }
            // The date part reads as a date.
            if clock::parse_date(&s[..10]) != Some(p.local.date()) {
                return Err(format!("the date of {p:?} does not read as a date"));
            }
            Ok(())
        }
        None => match theirs {
            Some(t) if !s.contains('\u{2212}') => {
                Err(format!("clock.rs refuses, chrono reads {t:?}"))
            }
            _ => Ok(()),
        },
    }
}

fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).unwrap()
}

/// `YYYY-MM-DD` exactly: four digits, a hyphen, two digits, a hyphen, two digits.
fn date_shaped(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

fn check_date(s: &str) -> Result<(), String> {
    let ours = clock::parse_date(s);
    let theirs = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    if date_shaped(s) {
        if ours != theirs {
            return Err(format!("clock.rs {ours:?}, chrono {theirs:?}"));
        }
    } else if ours.is_some() {
        return Err(format!(
            "clock.rs reads {ours:?} from a string not YYYY-MM-DD"
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Generators: each field mostly valid, sometimes at or past its edge, sometimes malformed.

fn pick(items: &[&'static str]) -> BoxedStrategy<String> {
    prop::sample::select(items.to_vec())
        .prop_map(str::to_string)
        .boxed()
}

fn two(lo: u32, hi: u32) -> BoxedStrategy<String> {
    (lo..=hi).prop_map(|n| format!("{n:02}")).boxed()
}

fn year() -> BoxedStrategy<String> {
    prop_oneof![
        4 => (0u32..=9999).prop_map(|y| format!("{y:04}")),
        4 => pick(&["2022", "2024", "2023", "1900", "2000", "2100", "0000", "9999", "1970"]),
        1 => pick(&["202", "20222", "+2022", "-2022", "２０２２", " 2022", "20a2", ""]),
    ]
    .boxed()
}

fn month() -> BoxedStrategy<String> {
    prop_oneof![
        6 => two(1, 12),
        1 => pick(&["00", "13", "99", "1", "012", "+1", "ab", ""]),
    ]
    .boxed()
}

fn day() -> BoxedStrategy<String> {
    prop_oneof![
        5 => two(1, 28),
        3 => pick(&["29", "30", "31"]),
        1 => pick(&["00", "32", "99", "1", "001", " 1", ""]),
    ]
    .boxed()
}

fn separator() -> BoxedStrategy<String> {
    prop_oneof![
        6 => pick(&["T"]),
        1 => pick(&["t", " "]),
        1 => pick(&["", "_", "  ", "\t", "TT", "Z", ":"]),
    ]
    .boxed()
}

fn hour() -> BoxedStrategy<String> {
    prop_oneof![
        6 => two(0, 23),
        1 => pick(&["24", "25", "99", "1", "001", "-1", ""]),
    ]
    .boxed()
}

fn minute() -> BoxedStrategy<String> {
    prop_oneof![
        6 => two(0, 59),
        1 => pick(&["60", "61", "99", "5", "005", ""]),
    ]
    .boxed()
}

/// Seconds with their colon, or none; a fraction of any length; the leap second.
fn seconds() -> BoxedStrategy<String> {
    let fraction = prop_oneof![
        4 => Just(String::new()),
        4 => "\\.[0-9]{1,12}",
        1 => "\\.[0-9]{13,40}",
        1 => pick(&[".", ",5", ".5.5", ".a", ". 5", ".９"]),
    ];
    let secs = prop_oneof![
        6 => two(0, 59),
        2 => pick(&["60"]),
        1 => pick(&["61", "99", "5", "005", ""]),
    ];
    prop_oneof![
        6 => (secs, fraction).prop_map(|(s, f)| format!(":{s}{f}")),
        2 => Just(String::new()),
        1 => "\\.[0-9]{1,3}",
    ]
    .boxed()
}

fn offset() -> BoxedStrategy<String> {
    let sign = prop_oneof![8 => pick(&["+", "-"]), 1 => pick(&["\u{2212}", "", "±"])];
    let hh = prop_oneof![
        6 => two(0, 14),
        1 => two(15, 23),
        1 => pick(&["24", "25", "99", "9", "+9"]),
    ];
    let mm = prop_oneof![
        6 => pick(&["00", "30", "45"]),
        1 => two(0, 59),
        1 => pick(&["60", "99", "5", ""]),
    ];
    let colon = prop_oneof![8 => pick(&[":"]), 1 => pick(&["", "::", " "])];
    prop_oneof![
        6 => (sign, hh, colon, mm).prop_map(|(s, h, c, m)| format!("{s}{h}{c}{m}")),
        2 => pick(&["Z", "z"]),
        2 => Just(String::new()),
        1 => pick(&[" +09:00", "+14:00", "-12:00", "+24:00", "-24:00", "+99:99", "+23:59",
                    "-23:59", "UTC", "GMT", "+0900", "+09", "Zz", "ZZ", "-00:00", " Z", "Z "]),
    ]
    .boxed()
}

fn trailing() -> BoxedStrategy<String> {
    prop_oneof![
        12 => Just(String::new()),
        1 => pick(&[" ", "x", "Z", "\n", "0", ":00", "\u{0}", "é"]),
    ]
    .boxed()
}

/// A string of RFC 3339's shape, each field drawn as above.
fn time_like() -> impl Strategy<Value = String> {
    let date = (year(), month(), day()).prop_map(|(y, m, d)| format!("{y}-{m}-{d}"));
    (
        date,
        separator(),
        hour(),
        minute(),
        seconds(),
        offset(),
        trailing(),
    )
        .prop_map(|(d, t, h, m, s, o, x)| format!("{d}{t}{h}:{m}{s}{o}{x}"))
}

/// A valid time with one character replaced, inserted or removed.
fn near_time() -> impl Strategy<Value = String> {
    let base = prop::sample::select(vec![
        "2022-10-15T15:30:00+09:00",
        "2016-12-31T23:59:60Z",
        "2024-02-29T00:00:00.123456789-12:00",
        "2022-10-15t06:30z",
        "2022-10-15 06:30:00",
    ]);
    let chars = prop::sample::select(vec![
        '0', '1', '2', '3', '5', '6', '9', ':', '-', '+', 'T', 't', 'Z', 'z', '.', ' ', '\u{2212}',
    ]);
    (base, any::<Index>(), chars, 0..3u8).prop_map(|(s, at, c, how)| {
        let mut s = s.to_string();
        let i = at.index(s.len());
        match how {
            0 => s.replace_range(i..i + 1, c.encode_utf8(&mut [0; 4])),
            1 => s.insert(i, c),
            _ => {
                s.remove(i);
            }
        }
        s
    })
}

fn date_like() -> impl Strategy<Value = String> {
    (year(), month(), day(), trailing()).prop_map(|(y, m, d, x)| format!("{y}-{m}-{d}{x}"))
}

proptest! {
    #![proptest_config(config(1000))]

    #[test]
    fn times_of_rfc_3339_shape_agree(s in time_like()) {
        check(&s).map_err(|m| TestCaseError::fail(format!("{m}\nstring {s:?}")))?;
    }

    #[test]
    fn times_one_edit_away_agree(s in near_time()) {
        check(&s).map_err(|m| TestCaseError::fail(format!("{m}\nstring {s:?}")))?;
    }

    #[test]
    fn arbitrary_strings_agree(s in prop_oneof![any::<String>(), "[0-9T:+Zz. -]{0,32}"]) {
        check(&s).map_err(|m| TestCaseError::fail(format!("{m}\nstring {s:?}")))?;
        check_date(&s).map_err(|m| TestCaseError::fail(format!("{m}\nstring {s:?}")))?;
    }

    #[test]
    fn dates_agree(s in date_like()) {
        check_date(&s).map_err(|m| TestCaseError::fail(format!("{m}\nstring {s:?}")))?;
    }

    /// Every valid date and time, written out and read back, in any offset.
    #[test]
    fn every_moment_reads_back(
        secs in -62_135_596_800i64..253_402_300_799,
        nano in prop_oneof![Just(0u32), 0..1_000_000_000u32, 1_000_000_000..2_000_000_000u32],
        offset in -86_399i32..86_400,
    ) {
        let offset = FixedOffset::east_opt(offset / 60 * 60).unwrap();
        let Some(t) = DateTime::from_timestamp(secs, nano) else { return Ok(()) };
        let t = t.with_timezone(&offset);
        let text = t.to_rfc3339();
        // Four-digit years only.
        prop_assume!(text.as_bytes()[4] == b'-');
        check(&text).map_err(|m| TestCaseError::fail(format!("{m}\nstring {text:?}")))?;
        prop_assert_eq!(clock::parse(&text).and_then(|p| p.moment()), Some(t), "{}", text);
    }
}

// ---------------------------------------------------------------------------------------------
// Cases worth keeping.

fn agrees(s: &str) {
    if let Err(m) = check(s) {
        panic!("{m}\nstring {s:?}");
    }
}

#[test]
fn edges_agree() {
    for s in [
        "2016-12-31T23:59:60Z",
        "2016-12-31T23:59:60.5+09:00",
        "2022-10-15T12:34:60Z",
        "2022-10-15T23:59:61Z",
        "2022-10-15T24:00:00Z",
        "2022-10-15T23:60:00Z",
        "2022-13-01T00:00:00Z",
        "2022-00-01T00:00:00Z",
        "2022-10-32T00:00:00Z",
        "2023-02-29T00:00:00Z",
        "2024-02-29T00:00:00Z",
        "1900-02-29T00:00:00Z",
        "2000-02-29T00:00:00Z",
        "2022-10-15T00:00:00+14:00",
        "2022-10-15T00:00:00-12:00",
        "2022-10-15T00:00:00+23:59",
        "2022-10-15T00:00:00+24:00",
        "2022-10-15T00:00:00+99:99",
        "2022-10-15T00:00:00+09:60",
        "2022-10-15T00:00:00+0900",
        "2022-10-15T00:00:00.",
        "2022-10-15T00:00:00.0000000000000000000001Z",
        "2022-10-15t00:00:00z",
        "2022-10-15 00:00:00Z",
        "2022-10-15T00:00Z",
        "2022-10-15T00:00",
        "2022-10-15T00:00:00",
        "2022-10-15T00:00:60",
        "0000-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59.999999999-14:00",
        "2022-10-15T00:00:00\u{2212}09:00",
    ] {
        agrees(s);
    }
}

#[test]
fn deliberate_differences() {
    let rfc = |s: &str| DateTime::parse_from_rfc3339(s).ok();
    // Missing seconds and missing offsets are parts, not moments; chrono refuses them.
    let p = clock::parse("2022-10-15T18:00+09:00").unwrap();
    assert!(!p.seconds && p.moment().is_some());
    assert_eq!(rfc("2022-10-15T18:00+09:00"), None);
    let p = clock::parse("2022-10-15T18:00:00").unwrap();
    assert!(p.offset.is_none() && p.moment().is_none());
    assert_eq!(rfc("2022-10-15T18:00:00"), None);
    // U+2212 before the offset.
    assert_eq!(clock::parse("2022-10-15T18:00:00\u{2212}09:00"), None);
    assert!(rfc("2022-10-15T18:00:00\u{2212}09:00").is_some());
    // Dates of another width.
    for s in [
        "2022-1-5",
        "+2022-10-15",
        "-0001-01-01",
        "22-10-15",
        "2022- 1-05",
    ] {
        assert_eq!(clock::parse_date(s), None, "{s}");
        assert!(NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(), "{s}");
    }
}

#[test]
fn a_leap_second_is_read_as_chrono_reads_it() {
    let s = "2016-12-31T23:59:60.25Z";
    let p = clock::parse(s).unwrap();
    assert_eq!(p.moment(), DateTime::parse_from_rfc3339(s).ok());
    assert_eq!(p.local.to_string(), "2016-12-31 23:59:60.250");
}
