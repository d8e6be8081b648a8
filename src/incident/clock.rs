//! Times and dates read from text: RFC 3339 (`2022-10-15T15:30:00+09:00`), the same without
//! seconds or without an offset, and plain dates (`2022-10-15`). Digits are fixed-width as
//! written by the format and by a `datetime-local` input; `T` may be a space or lower case,
//! `Z` lower case; seconds may carry a fraction, and be a leap second (`:60`) as in chrono.
//!
//! Written here rather than with chrono's format parser, which brought 26 kB of WebAssembly
//! (9 kB brotli, measured when it was replaced; every strftime item, RFC 2822 included) for
//! these few shapes.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

/// A date and time as written, with what was given of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    pub local: NaiveDateTime,
    /// Seconds were written (RFC 3339 requires them).
    pub seconds: bool,
    /// The UTC offset, if written.
    pub offset: Option<FixedOffset>,
}

impl Parts {
    /// The moment, when an offset was given.
    pub fn moment(&self) -> Option<DateTime<FixedOffset>> {
        self.offset?.from_local_datetime(&self.local).single()
    }
}

/// A fixed-width unsigned number of `n` digits at the start of `s`, and the rest.
fn digits(s: &str, n: usize) -> Option<(u32, &str)> {
    let head = s.get(..n)?;
    if !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((head.parse().ok()?, &s[n..]))
}

/// `YYYY-MM-DD` at the start of `s`, and the rest.
fn date_prefix(s: &str) -> Option<(NaiveDate, &str)> {
    let (y, s) = digits(s, 4)?;
    let s = s.strip_prefix('-')?;
    let (m, s) = digits(s, 2)?;
    let s = s.strip_prefix('-')?;
    let (d, s) = digits(s, 2)?;
    Some((NaiveDate::from_ymd_opt(y as i32, m, d)?, s))
}

/// A plain date, `YYYY-MM-DD`, and nothing else.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    match date_prefix(s)? {
        (d, "") => Some(d),
        _ => None,
    }
}

/// `±HH:MM`, `Z` or `z`.
fn offset(s: &str) -> Option<FixedOffset> {
    if s == "Z" || s == "z" {
        return FixedOffset::east_opt(0);
    }
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => return None,
    };
    let (h, rest) = digits(rest, 2)?;
    let rest = rest.strip_prefix(':')?;
    let (m, rest) = digits(rest, 2)?;
    if !rest.is_empty() || h > 23 || m > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60) as i32)
}

/// A date and time: `YYYY-MM-DDTHH:MM[:SS[.fraction]][offset]`.
pub fn parse(s: &str) -> Option<Parts> {
    let (date, s) = date_prefix(s)?;
    let s = s.strip_prefix(['T', 't', ' '])?;
    let (h, s) = digits(s, 2)?;
    let s = s.strip_prefix(':')?;
    let (min, mut s) = digits(s, 2)?;
    let (mut sec, mut nano, mut seconds) = (0, 0, false);
    if let Some(rest) = s.strip_prefix(':') {
        let (v, rest) = digits(rest, 2)?;
        (sec, seconds, s) = (v, true, rest);
        if let Some(rest) = s.strip_prefix('.') {
            let n = rest.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 {
                return None;
            }
            // Nanoseconds from the first nine digits; further ones are below what is kept.
            let (frac, _) = digits(&rest[..n.min(9)], n.min(9))?;
            nano = frac * 10u32.pow(9 - n.min(9) as u32);
            s = &rest[n..];
        }
    }
    // A leap second (`23:59:60`, RFC 3339 allows it) is chrono's: second 59 and a nanosecond
    // past 1e9. Like chrono, any minute may have one.
    let (sec, nano) = match sec {
        60 => (59, nano + 1_000_000_000),
        _ => (sec, nano),
    };
    let time = NaiveTime::from_hms_nano_opt(h, min, sec, nano)?;
    let offset = match s {
        "" => None,
        o => Some(offset(o)?),
    };
    Some(Parts {
        local: date.and_time(time),
        seconds,
        offset,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).expect(s)
    }

    #[test]
    fn rfc_3339_agrees_with_chrono() {
        for s in [
            "2022-10-15T15:30:00+09:00",
            "2022-10-15T06:30:00Z",
            "2022-10-15t06:30:00z",
            "2022-10-15 06:30:00-04:00",
            "2022-10-15T23:59:59.123456789+09:00",
            "2022-10-15T23:59:59.5+05:45",
            "2022-10-15T00:00:00.1234567891234-00:00",
            "2024-02-29T12:00:00+14:00",
            "2016-12-31T23:59:60Z",
            "2016-12-31t23:59:60.999999999z",
            "2017-01-01T08:59:60.5+09:00",
        ] {
            let p = parse(s).expect(s);
            assert!(p.seconds, "{s}");
            assert_eq!(p.moment(), Some(rfc(s)), "{s}");
        }
    }

    #[test]
    fn without_seconds_or_offset() {
        let p = parse("2022-10-15T18:00+09:00").unwrap();
        assert!(!p.seconds);
        assert_eq!(p.moment(), Some(rfc("2022-10-15T18:00:00+09:00")));
        let p = parse("2022-10-15 18:00:30").unwrap();
        assert_eq!((p.seconds, p.offset), (true, None));
        assert_eq!(p.local.to_string(), "2022-10-15 18:00:30");
    }

    #[test]
    fn what_is_not_a_time() {
        for s in [
            "",
            "2022-10-15",
            "2022-10-15T",
            "2022-10-15T1:00",
            "2022-10-15T25:00",
            "2022-10-15T23:59:61Z",
            "2022-10-15T23:60:00Z",
            "2022-02-30T10:00",
            "22-10-15T10:00",
            "2022-10-15T10:00:00+9:00",
            "2022-10-15T10:00:00+24:00",
            "2022-10-15T10:00:00.+09:00",
            "2022-10-15T10:00:00 +09:00",
            "2022-10-15T10:00:00+09:00x",
            "2022/10/15T10:00",
            "yesterday",
        ] {
            assert_eq!(parse(s), None, "{s}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2022-10-15"),
            NaiveDate::from_ymd_opt(2022, 10, 15)
        );
        for s in [
            "2022-1-05",
            "2022-13-01",
            "2022-10-15T00:00",
            "15.10.2022",
            "",
        ] {
            assert_eq!(parse_date(s), None, "{s}");
        }
    }
}
