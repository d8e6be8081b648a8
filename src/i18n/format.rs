//! Dates, times, numbers, won amounts, durations and offsets, per locale.
//!
//! Korean: `2022년 10월 15일 (토)`, `15:19`, `7,550원`, `10시간 01분`.
//! English: `Sat 15 Oct 2022`, `15:19`, `₩7,550`, `10 h 01 m`.

use super::Locale;
use crate::data::{DataError, Problem};
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, Timelike};

const KO_WEEKDAYS: [&str; 7] = ["월", "화", "수", "목", "금", "토", "일"];
const EN_WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A calendar date with its weekday.
pub fn date(locale: Locale, d: NaiveDate) -> String {
    let wd = d.weekday().num_days_from_monday() as usize;
    match locale {
        Locale::Ko => format!(
            "{}년 {}월 {}일 ({})",
            d.year(),
            d.month(),
            d.day(),
            KO_WEEKDAYS[wd]
        ),
        Locale::En => format!(
            "{} {} {} {}",
            EN_WEEKDAYS[wd],
            d.day(),
            EN_MONTHS[d.month0() as usize],
            d.year()
        ),
    }
}

/// A short date without the year.
pub fn short_date(locale: Locale, d: NaiveDate) -> String {
    let wd = d.weekday().num_days_from_monday() as usize;
    match locale {
        Locale::Ko => format!("{}월 {}일 ({})", d.month(), d.day(), KO_WEEKDAYS[wd]),
        Locale::En => format!(
            "{} {} {}",
            EN_WEEKDAYS[wd],
            d.day(),
            EN_MONTHS[d.month0() as usize]
        ),
    }
}

/// Hours and minutes on the 24-hour clock, as both Korean and international news print them.
pub fn time(t: &DateTime<FixedOffset>) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// Short date and time in the moment's own offset.
pub fn date_time(locale: Locale, t: &DateTime<FixedOffset>) -> String {
    match locale {
        Locale::Ko => format!("{} {}", short_date(locale, t.date_naive()), time(t)),
        Locale::En => format!("{}, {}", short_date(locale, t.date_naive()), time(t)),
    }
}

/// `UTC+09:00`, `UTC−04:00`, `UTC`.
pub fn offset(o: &FixedOffset) -> String {
    let secs = o.local_minus_utc();
    if secs == 0 {
        return "UTC".into();
    }
    let sign = if secs < 0 { '−' } else { '+' };
    let a = secs.abs();
    format!("UTC{sign}{:02}:{:02}", a / 3600, (a % 3600) / 60)
}

/// Digits grouped by thousands (both locales group by three with commas).
pub fn number(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// An amount in won.
pub fn won(locale: Locale, n: i64) -> String {
    match locale {
        Locale::Ko => format!("{}원", number(n)),
        Locale::En => format!("₩{}", number(n)),
    }
}

/// A length of time in hours and minutes ("10 h 01 m", "10시간 01분"); days are not used, so
/// figures match the sources ("127h30m").
pub fn duration(locale: Locale, d: Duration) -> String {
    let mins = d.num_minutes().abs();
    let (h, m) = (mins / 60, mins % 60);
    match (locale, h) {
        (Locale::Ko, 0) => format!("{m}분"),
        (Locale::Ko, _) => format!("{h}시간 {m:02}분"),
        (Locale::En, 0) => format!("{m} m"),
        (Locale::En, _) => format!("{h} h {m:02} m"),
    }
}

/// Time relative to the start of the outage: "+10 h 01 m", "−11 d" for background days ago.
pub fn since_start(locale: Locale, d: Duration) -> String {
    let sign = if d < Duration::zero() { '−' } else { '+' };
    let abs = if d < Duration::zero() { -d } else { d };
    if abs >= Duration::days(3) {
        let days = abs.num_days();
        return match locale {
            Locale::Ko => format!("{sign}{days}일"),
            Locale::En => format!("{sign}{days} d"),
        };
    }
    format!("{sign}{}", duration(locale, abs))
}

/// The Korean word for the kind of id in `Problem::UnknownId` (`"service"`…).
fn id_kind_ko(kind: &str) -> &str {
    match kind {
        "service" => "서비스",
        "source" => "출처",
        "operator" => "운영사",
        "claimant" => "보상 대상",
        "dispute" => "쟁점",
        other => other,
    }
}

/// A data problem in the reader's language: "services[2].status[0].to: not a time".
pub fn problem(locale: Locale, e: &DataError) -> String {
    let what = match locale {
        Locale::En => e.problem.to_string(),
        Locale::Ko => match &e.problem {
            Problem::NotJson { line, column } => format!("JSON이 아닙니다 ({line}행 {column}열)"),
            Problem::WrongType { expected, found } => format!(
                "형식이 맞지 않습니다: {}이(가) 와야 하는데 {}입니다",
                expected.ko(),
                found.ko()
            ),
            Problem::DuplicateKey => "같은 객체에 같은 키가 두 번 있습니다".into(),
            Problem::OutOfRange => "숫자가 범위를 벗어났습니다".into(),
            Problem::Missing => "값이 없습니다".into(),
            Problem::MissingTranslation(l) => format!("번역이 없습니다: {l}"),
            Problem::NotATime => "시각이 아닙니다 (예: 2022-10-15T15:30:00+09:00)".into(),
            Problem::NoOffset => "UTC 오프셋이 없는 시각입니다 (예: +09:00을 붙이세요)".into(),
            Problem::NotADate => "날짜가 아닙니다 (YYYY-MM-DD)".into(),
            Problem::NotHttpUrl => "http 또는 https 주소가 아닙니다".into(),
            Problem::UnknownId(kind, id) => {
                format!("정의되지 않은 {} id \"{id}\"", id_kind_ko(kind))
            }
            Problem::DuplicateId(id) => format!("중복된 id \"{id}\""),
            Problem::EndsBeforeStart => "시작보다 먼저 끝납니다".into(),
            Problem::ReportOutsideInterval => {
                "구간 안에 있어야 합니다: \"from\"보다 앞서지 않고 \"to\"보다 앞서야 합니다".into()
            }
            Problem::Overlaps(i) => format!("같은 기능의 [{i}]번 구간과 겹칩니다"),
            Problem::UnsupportedVersion(v) => {
                format!("지원하지 않는 형식 버전 {v} (이 위젯은 1을 읽습니다)")
            }
            Problem::NotOneOf(set) => format!("다음 중 하나여야 합니다: {set}"),
            Problem::NotPositive => "0보다 커야 합니다".into(),
            Problem::TiersNotAscending => "구간 금액은 커지는 순서여야 합니다".into(),
            Problem::TooFewAlternatives => {
                "엇갈리는 사실에는 두 가지 이상의 설명이 필요합니다".into()
            }
            Problem::OriginNotAllowed(o) => format!("허용되지 않은 출처입니다: {o}"),
            Problem::Network => "불러올 수 없습니다".into(),
            Problem::HttpStatus(s) => format!("서버가 HTTP {s} 상태로 응답했습니다"),
            Problem::Timeout => "제시간에 응답이 없습니다".into(),
            Problem::Stalled(n) => format!("응답이 {n}바이트에서 멈췄습니다"),
            Problem::TooSlow(s) => format!("응답이 {s}초 넘게 걸려 중단했습니다"),
            Problem::BrokenOff(n) => format!("연결이 {n}바이트에서 끊겼습니다"),
            Problem::TooLarge(n) => format!(
                "파일이 위젯이 읽을 수 있는 최대 크기 {}MB보다 큽니다",
                n / (1024 * 1024)
            ),
            Problem::NotJsonType(t) if t.is_empty() => "서버가 JSON을 보내지 않았습니다".into(),
            Problem::NotJsonType(t) => format!(
                "서버가 장애 데이터 파일(JSON)이 아닌 {t}을(를) 보냈습니다. 주소가 맞는지 확인하세요"
            ),
            Problem::Redirected => {
                "서버가 다른 주소로 보냈습니다(리디렉션). 리디렉션은 따라가지 않으니 파일의 최종 주소를 쓰세요".into()
            }
            Problem::Offline => "이 기기가 오프라인 상태입니다".into(),
            Problem::NotUtf8(at) => format!("UTF-8 텍스트가 아닙니다 ({at}바이트부터)"),
            Problem::Internal(section) => format!(
                "파일이 아니라 위젯 검사기의 버그입니다: {section}은(는) 검사를 통과했지만 만들 수 없었습니다"
            ),
        },
    };
    if e.path.is_empty() {
        what
    } else {
        format!("{}: {what}", e.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_by_thousands() {
        assert_eq!(number(0), "0");
        assert_eq!(number(999), "999");
        assert_eq!(number(7550), "7,550");
        assert_eq!(number(47_637_000), "47,637,000");
        assert_eq!(number(-1500), "-1,500");
    }

    #[test]
    fn won_per_locale() {
        assert_eq!(won(Locale::Ko, 7550), "7,550원");
        assert_eq!(won(Locale::En, 7550), "₩7,550");
    }

    #[test]
    fn durations_and_offsets() {
        assert_eq!(duration(Locale::En, Duration::minutes(601)), "10 h 01 m");
        assert_eq!(duration(Locale::Ko, Duration::minutes(601)), "10시간 01분");
        assert_eq!(
            duration(Locale::En, Duration::minutes(127 * 60 + 30)),
            "127 h 30 m"
        );
        assert_eq!(
            since_start(Locale::En, Duration::minutes(601)),
            "+10 h 01 m"
        );
        assert_eq!(
            since_start(Locale::Ko, Duration::minutes(601)),
            "+10시간 01분"
        );
        assert_eq!(since_start(Locale::En, -Duration::minutes(11)), "−11 m");
        assert_eq!(since_start(Locale::En, -Duration::days(11)), "−11 d");
        assert_eq!(
            offset(&FixedOffset::east_opt(9 * 3600).unwrap()),
            "UTC+09:00"
        );
        assert_eq!(
            offset(&FixedOffset::west_opt(4 * 3600).unwrap()),
            "UTC−04:00"
        );
    }

    #[test]
    fn dates_per_locale() {
        let d = NaiveDate::from_ymd_opt(2022, 10, 15).unwrap();
        assert_eq!(date(Locale::Ko, d), "2022년 10월 15일 (토)");
        assert_eq!(date(Locale::En, d), "Sat 15 Oct 2022");
    }
}
