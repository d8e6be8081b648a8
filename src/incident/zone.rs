//! Time zones as the domain needs them: an offset for any moment.
//!
//! The incident's zone is a fixed offset (KST has had no daylight saving since 1988). A
//! reader's zone may change offset during the incident (New York moved from EDT to EST on 6 Nov
//! 2022), so it is a rule asked per moment. The browser supplies its own rule (see
//! `crate::host`); here are a fixed offset and POSIX TZ rules ("EST5EDT,M3.2.0,M11.1.0"), which
//! also let readers pick a zone and let tests run natively. Nothing here reads the clock.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, Utc, Weekday};

/// Gives the UTC offset in force at a moment.
pub trait ZoneRule {
    fn offset_at(&self, t: DateTime<Utc>) -> FixedOffset;
    /// The zone's name, e.g. "Asia/Seoul" or "America/New_York".
    fn name(&self) -> &str;
    /// Not the reader's zone but a stand-in for it, as the pre-renderer has no reader (see
    /// `Pending`).
    fn pending(&self) -> bool {
        false
    }
}

/// Expresses `t` in the zone's local time.
pub fn in_zone(t: &DateTime<FixedOffset>, zone: &dyn ZoneRule) -> DateTime<FixedOffset> {
    let utc = t.with_timezone(&Utc);
    utc.with_timezone(&zone.offset_at(utc))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub name: String,
    pub offset: FixedOffset,
}

impl ZoneRule for Fixed {
    fn offset_at(&self, _: DateTime<Utc>) -> FixedOffset {
        self.offset
    }
    fn name(&self) -> &str {
        &self.name
    }
}

/// The reader's zone before any browser has said what it is: the pre-renderer's. Moments are
/// told in `zone` (the incident's own), and the views write what depends on the reader's zone as
/// places kept for it: `assets/boot.js` shows them, sized, when the reader's zone turns out to
/// differ, and the widget fills them when it takes over, so nothing moves then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending(pub Fixed);

impl ZoneRule for Pending {
    fn offset_at(&self, t: DateTime<Utc>) -> FixedOffset {
        self.0.offset_at(t)
    }
    fn name(&self) -> &str {
        self.0.name()
    }
    fn pending(&self) -> bool {
        true
    }
}

/// A day rule of the POSIX `Mm.w.d` form: day `d` (0 = Sunday) of week `w` (5 = last) of month
/// `m`, at `secs` seconds after local midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthRule {
    pub month: u32,
    pub week: u32,
    pub weekday: u32,
    pub secs: i64,
}

impl MonthRule {
    /// The local date and time this rule falls on in `year`, as seconds since the epoch of a
    /// clock that reads local time as if it were UTC.
    fn local_secs(&self, year: i32) -> Option<i64> {
        let first = NaiveDate::from_ymd_opt(year, self.month, 1)?;
        // POSIX counts weekdays from Sunday = 0; chrono from Monday = 0.
        let target = Weekday::try_from(((self.weekday + 6) % 7) as u8).ok()?;
        let shift = (7 + target.num_days_from_monday() as i64
            - first.weekday().num_days_from_monday() as i64)
            % 7;
        let mut day = first + Duration::days(shift + 7 * (self.week as i64 - 1));
        while day.month() != self.month {
            day -= Duration::days(7);
        }
        Some(day.and_hms_opt(0, 0, 0)?.and_utc().timestamp() + self.secs)
    }
}

/// A zone given by a POSIX TZ string: a standard offset and optionally a daylight one with the
/// rules for entering and leaving it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posix {
    pub name: String,
    pub std: FixedOffset,
    pub dst: Option<(FixedOffset, MonthRule, MonthRule)>,
}

impl Posix {
    /// Parses forms such as `KST-9`, `UTC0`, `EST5EDT,M3.2.0,M11.1.0` and
    /// `GMT0BST,M3.5.0/1,M10.5.0`. Returns `None` for anything else.
    pub fn parse(name: &str, tz: &str) -> Option<Posix> {
        let (head, rules) = match tz.split_once(',') {
            Some((h, r)) => (h, Some(r)),
            None => (tz, None),
        };
        let rest = abbr(head)?;
        let (std_west, rest) = signed_hours(rest)?;
        let std = FixedOffset::west_opt(std_west)?;
        if rest.is_empty() {
            return rules.is_none().then(|| Posix {
                name: name.into(),
                std,
                dst: None,
            });
        }
        let rest = abbr(rest)?;
        let dst_off = if rest.is_empty() {
            FixedOffset::west_opt(std_west - 3600)?
        } else {
            FixedOffset::west_opt(signed_hours(rest)?.0)?
        };
        let (start, end) = rules?.split_once(',')?;
        Some(Posix {
            name: name.into(),
            std,
            dst: Some((dst_off, month_rule(start)?, month_rule(end)?)),
        })
    }
}

/// Skips a zone abbreviation of three or more letters; returns what follows it.
fn abbr(s: &str) -> Option<&str> {
    let n = s.chars().take_while(|c| c.is_ascii_alphabetic()).count();
    (n >= 3).then(|| &s[n..])
}

/// `[+-]hh[:mm]` -> seconds west of Greenwich, as POSIX counts them.
fn signed_hours(s: &str) -> Option<(i32, &str)> {
    let (sign, s) = match s.as_bytes().first()? {
        b'-' => (-1, &s[1..]),
        b'+' => (1, &s[1..]),
        _ => (1, s),
    };
    let n = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ':')
        .count();
    let mut parts = s[..n].split(':');
    let h: i32 = parts.next()?.parse().ok()?;
    let m: i32 = parts.next().map_or(Some(0), |m| m.parse().ok())?;
    Some((sign * (h * 3600 + m * 60), &s[n..]))
}

fn month_rule(s: &str) -> Option<MonthRule> {
    let s = s.strip_prefix('M')?;
    let (date, time) = s.split_once('/').unwrap_or((s, "2"));
    let mut parts = date.split('.').map(|p| p.parse::<u32>().ok());
    let (month, week, weekday) = (parts.next()??, parts.next()??, parts.next()??);
    if !(1..=12).contains(&month) || !(1..=5).contains(&week) || weekday > 6 {
        return None;
    }
    let secs = signed_hours(time)?.0 as i64;
    Some(MonthRule {
        month,
        week,
        weekday,
        secs,
    })
}

impl ZoneRule for Posix {
    fn offset_at(&self, t: DateTime<Utc>) -> FixedOffset {
        let Some((dst, start, end)) = self.dst else {
            return self.std;
        };
        let year = t.year();
        let utc = t.timestamp();
        // Transitions are stated in the local time in force just before them.
        let starts = start
            .local_secs(year)
            .map(|s| s - self.std.local_minus_utc() as i64);
        let ends = end
            .local_secs(year)
            .map(|s| s - dst.local_minus_utc() as i64);
        match (starts, ends) {
            (Some(a), Some(b)) if a < b => {
                if utc >= a && utc < b {
                    dst
                } else {
                    self.std
                }
            }
            // Southern hemisphere: daylight time spans the new year.
            (Some(a), Some(b)) => {
                if utc >= b && utc < a {
                    self.std
                } else {
                    dst
                }
            }
            _ => self.std,
        }
    }
    fn name(&self) -> &str {
        &self.name
    }
}

/// The zones `named` knows, by their IANA names.
pub const NAMED: [&str; 8] = [
    "UTC",
    "Asia/Seoul",
    "Asia/Tokyo",
    "America/New_York",
    "America/Los_Angeles",
    "Europe/London",
    "Europe/Berlin",
    "Australia/Sydney",
];

/// Zones a reader can pick by hand, besides their own and the incident's (`NAMED`), as POSIX
/// rules of today's daylight saving. `tests/browser_load.rs` checks each against the
/// browser's `Intl` over years of moments.
pub fn named(name: &str) -> Option<Posix> {
    let tz = match name {
        "UTC" => "UTC0",
        "Asia/Seoul" => "KST-9",
        "Asia/Tokyo" => "JST-9",
        "America/New_York" => "EST5EDT,M3.2.0,M11.1.0",
        "America/Los_Angeles" => "PST8PDT,M3.2.0,M11.1.0",
        "Europe/London" => "GMT0BST,M3.5.0/1,M10.5.0",
        "Europe/Berlin" => "CET-1CEST,M3.5.0,M10.5.0/3",
        "Australia/Sydney" => "AEST-10AEDT,M10.1.0,M4.1.0/3",
        _ => return None,
    };
    Posix::parse(name, tz)
}

/// A moment from its UTC parts, for tests.
#[cfg(test)]
pub fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    use chrono::TimeZone;
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .single()
        .unwrap_or_else(|| panic!("not a UTC time: {y}-{mo}-{d} {h}:{mi}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::fixtures::{mini, t, zone};

    fn offset_hours(name: &str, at: DateTime<Utc>) -> i32 {
        zone(name).offset_at(at).local_minus_utc() / 3600
    }
    // Zone conversion across daylight saving
    #[test]
    fn kst_is_always_plus_nine() {
        for at in [
            utc(2022, 1, 1, 0, 0),
            utc(2022, 7, 1, 0, 0),
            utc(2022, 11, 6, 6, 0),
        ] {
            assert_eq!(offset_hours("Asia/Seoul", at), 9);
        }
    }
    #[test]
    fn utc_is_zero() {
        assert_eq!(offset_hours("UTC", utc(2022, 10, 15, 6, 30)), 0);
    }
    #[test]
    fn new_york_is_edt_on_15_october() {
        assert_eq!(
            offset_hours("America/New_York", utc(2022, 10, 15, 6, 30)),
            -4
        );
    }
    #[test]
    fn new_york_turns_est_at_0600_utc_on_6_november() {
        assert_eq!(
            offset_hours("America/New_York", utc(2022, 11, 6, 5, 59)),
            -4
        );
        assert_eq!(offset_hours("America/New_York", utc(2022, 11, 6, 6, 0)), -5);
    }
    #[test]
    fn new_york_spring_forward_on_13_march() {
        assert_eq!(
            offset_hours("America/New_York", utc(2022, 3, 13, 6, 59)),
            -5
        );
        assert_eq!(offset_hours("America/New_York", utc(2022, 3, 13, 7, 0)), -4);
    }
    #[test]
    fn london_is_bst_on_15_october() {
        assert_eq!(offset_hours("Europe/London", utc(2022, 10, 15, 6, 30)), 1);
    }
    #[test]
    fn london_turns_gmt_at_0100_utc_on_30_october() {
        assert_eq!(offset_hours("Europe/London", utc(2022, 10, 30, 0, 59)), 1);
        assert_eq!(offset_hours("Europe/London", utc(2022, 10, 30, 1, 0)), 0);
    }
    #[test]
    fn london_spring_forward_on_27_march() {
        assert_eq!(offset_hours("Europe/London", utc(2022, 3, 27, 0, 59)), 0);
        assert_eq!(offset_hours("Europe/London", utc(2022, 3, 27, 1, 0)), 1);
    }
    #[test]
    fn the_same_local_hour_twice_in_new_york() {
        let inc = mini();
        let ny = zone("America/New_York");
        let local = |id: &str| in_zone(&inc.events[inc.event_by_id(id).unwrap()].at, &ny);
        assert_eq!(local("edt").to_rfc3339(), "2022-11-06T01:30:00-04:00");
        assert_eq!(local("est").to_rfc3339(), "2022-11-06T01:30:00-05:00");
    }
    #[test]
    fn fire_in_new_york_and_london() {
        let fire = t("2022-10-15T15:19:00+09:00");
        assert_eq!(
            in_zone(&fire, &zone("America/New_York")).to_rfc3339(),
            "2022-10-15T02:19:00-04:00"
        );
        assert_eq!(
            in_zone(&fire, &zone("Europe/London")).to_rfc3339(),
            "2022-10-15T07:19:00+01:00"
        );
        assert_eq!(
            in_zone(&fire, &zone("UTC")).to_rfc3339(),
            "2022-10-15T06:19:00+00:00"
        );
    }

    // The rules themselves
    #[test]
    fn every_named_zone_has_a_rule_and_nothing_else_does() {
        for name in NAMED {
            assert_eq!(named(name).map(|z| z.name().to_string()), Some(name.into()));
        }
        assert!(named("Mars/Olympus_Mons").is_none());
    }
    #[test]
    fn tokyo_is_always_plus_nine_and_sydney_has_summer_over_new_year() {
        assert_eq!(offset_hours("Asia/Tokyo", utc(2022, 7, 1, 0, 0)), 9);
        assert_eq!(offset_hours("Asia/Tokyo", utc(2022, 12, 1, 0, 0)), 9);
        assert_eq!(offset_hours("Australia/Sydney", utc(2022, 7, 1, 0, 0)), 10);
        assert_eq!(offset_hours("Australia/Sydney", utc(2023, 1, 1, 0, 0)), 11);
    }
    #[test]
    fn changes_come_at_the_rules_moments() {
        // The last minute of the old offset, in UTC; the new one holds a minute later. Los
        // Angeles changes at its own 02:00, Berlin at 01:00 UTC like London, Sydney (AEDT) on
        // the first Sundays of October (02:00 local) and April (03:00 local).
        for (name, (y, mo, d, h, mi), before, after) in [
            ("America/Los_Angeles", (2022, 11, 6, 8, 59), -7, -8),
            ("America/Los_Angeles", (2022, 3, 13, 9, 59), -8, -7),
            ("Europe/Berlin", (2022, 10, 30, 0, 59), 2, 1),
            ("Europe/Berlin", (2022, 3, 27, 0, 59), 1, 2),
            ("Australia/Sydney", (2022, 10, 1, 15, 59), 10, 11),
            ("Australia/Sydney", (2023, 4, 1, 15, 59), 11, 10),
        ] {
            let last = utc(y, mo, d, h, mi);
            assert_eq!(offset_hours(name, last), before, "{name} at {last}");
            let next = last + Duration::minutes(1);
            assert_eq!(offset_hours(name, next), after, "{name} at {next}");
        }
    }
    #[test]
    fn a_fixed_zone_ignores_the_moment() {
        let kst = crate::incident::fixtures::kst();
        assert_eq!(
            kst.offset_at(utc(1999, 1, 1, 0, 0)).local_minus_utc(),
            9 * 3600
        );
        assert_eq!(kst.name(), "Asia/Seoul");
    }
    #[test]
    fn malformed_rules_are_refused() {
        for tz in [
            "",
            "KST",
            "EST5EDT,M3.2.0",
            "EST5EDT,M13.2.0,M11.1.0",
            "EST5EDT,M3.9.0,M11.1.0",
        ] {
            assert!(Posix::parse("X", tz).is_none(), "{tz:?}");
        }
    }
}
