//! The reply support staff paste to a customer: the verdict, the times in the incident's zone
//! and in the customer's own, what to do next, and the links. Pure: the caller passes the
//! answer, the language and the absolute links in; the customer's zone is the offset their
//! question was asked in (the `at` of the check link).

use super::{format, Locale};
use crate::incident::model::{Incident, Level, Time};
use crate::incident::named::short_name;
use crate::incident::status::{
    around, length, Around, CheckAnswer, FunctionState, UnknownWhy, Verdict,
};
use crate::incident::zone::{in_zone, Fixed};

/// Everything a reply is made of.
pub struct ReplyInput<'a> {
    pub incident: &'a Incident,
    pub answer: &'a CheckAnswer,
    /// The service as the customer named it (used when it is not in the data).
    pub asked: &'a str,
    /// The function as asked, if one was.
    pub function: Option<&'a str>,
    /// The moment asked about, in the customer's offset.
    pub at: Time,
    pub locale: Locale,
    /// The absolute link to this answer.
    pub link: &'a str,
    /// The absolute link to the compensation that fits, if any.
    pub compensation_link: Option<&'a str>,
}

/// "10월 15일 (토) 18:00 KST" or "Sat 15 Oct, 18:00 KST".
fn kst(input: &ReplyInput, t: &Time) -> String {
    let inc = input.incident;
    let zone = Fixed {
        name: inc.zone.name.clone(),
        offset: inc.zone.offset,
    };
    let local = in_zone(t, &zone);
    format!(
        "{} {}",
        format::date_time(input.locale, &local),
        inc.zone.abbr
    )
}

/// The same moment in the customer's offset, when it differs from the incident's.
fn theirs(input: &ReplyInput, t: &Time) -> Option<String> {
    let offset = *input.at.offset();
    if offset == input.incident.zone.offset {
        return None;
    }
    let local = t.with_timezone(&offset);
    Some(format!(
        "{} {}",
        format::date_time(input.locale, &local),
        format::offset(&offset)
    ))
}

/// A moment in both zones: "…18:00 KST (05:00 UTC−04:00)".
fn both(input: &ReplyInput, t: &Time) -> String {
    match theirs(input, t) {
        Some(other) => format!("{} ({other})", kst(input, t)),
        None => kst(input, t),
    }
}

fn level_name(locale: Locale, level: Level) -> &'static str {
    locale.services().level(Some(level))
}

/// "- 문자 메시지: 중단, 10월 15일 (토) 15:30 KST – 10월 16일 (일) 01:31 KST (10시간 01분)".
fn interval_lines(input: &ReplyInput, service: usize) -> Vec<String> {
    let inc = input.incident;
    let s = input.locale.services();
    let svc = &inc.services[service];
    let mut lines = Vec::new();
    for f in &input.answer.functions {
        let FunctionState::Hit { level, .. } = f.state else {
            continue;
        };
        if level == Level::Restored {
            continue;
        }
        let func = &svc.functions[f.function];
        let Around::In(iv) = around(&func.status, f.state, &input.at) else {
            continue;
        };
        let (len, open) = length(iv, &inc.covers.to);
        let end = match iv.to {
            Some(to) => both(input, &to),
            None => s.end_unknown.to_string(),
        };
        let approx = if iv.approximate {
            format!(" ({})", input.locale.common().approximate)
        } else {
            String::new()
        };
        let dur = if open {
            String::new()
        } else {
            format!(" ({})", format::duration(input.locale, len))
        };
        lines.push(format!(
            "- {}: {}{approx}, {} – {end}{dur}",
            input.locale.pick(&func.name),
            level_name(input.locale, level),
            both(input, &iv.from),
        ));
    }
    lines
}

/// "- 톡서랍: 마지막 보도(10월 18일 (화) 09:00 KST)에서 중단, 그 뒤로는 알 수 없음".
fn unreported_lines(input: &ReplyInput, service: usize) -> Vec<String> {
    let svc = &input.incident.services[service];
    let c = input.locale.check();
    input
        .answer
        .functions
        .iter()
        .filter_map(|f| {
            let FunctionState::Unreported { level, .. } = f.state else {
                return None;
            };
            let func = &svc.functions[f.function];
            let Around::Unreported(iv) = around(&func.status, f.state, &input.at) else {
                return None;
            };
            let last = both(input, &iv.last_report.unwrap_or(iv.from));
            Some((c.reply_unreported)(
                input.locale.pick(&func.name),
                level_name(input.locale, level),
                &last,
            ))
        })
        .collect()
}

fn names_where(
    input: &ReplyInput,
    service: usize,
    pred: impl Fn(&FunctionState) -> bool,
) -> String {
    let svc = &input.incident.services[service];
    let c = input.locale.check();
    input
        .answer
        .functions
        .iter()
        .filter(|f| pred(&f.state))
        .map(|f| input.locale.pick(&svc.functions[f.function].name))
        .collect::<Vec<_>>()
        .join(c.list_separator)
}

/// The verdict line, as on screen.
pub fn verdict_line(input: &ReplyInput) -> String {
    let c = input.locale.check();
    let name = match input.answer.service {
        Some(i) => input
            .locale
            .pick(&input.incident.services[i].name)
            .to_string(),
        None => input.asked.to_string(),
    };
    // One function asked about: the verdict is about that function of the service.
    let subject = match (
        input.answer.service,
        input.function,
        input.answer.functions.as_slice(),
    ) {
        (Some(si), Some(_), [only]) => input.incident.services[si]
            .functions
            .get(only.function)
            .map(|f| {
                let fname = short_name(input.locale.pick(&f.name), &name);
                (c.reply_function)(&name, fname)
            })
            .unwrap_or_else(|| name.clone()),
        _ => name.clone(),
    };
    match input.answer.verdict {
        Verdict::Affected => (c.verdict_affected)(&subject),
        Verdict::PartiallyAffected if input.answer.functions.len() == 1 => {
            (c.verdict_degraded)(&subject)
        }
        Verdict::PartiallyAffected => (c.verdict_partial)(&subject),
        Verdict::NotAffected => (c.verdict_not_affected)(&subject),
        Verdict::Unknown(why) => {
            let reason = match why {
                UnknownWhy::NoSuchService => (c.why_no_service)(input.asked),
                UnknownWhy::NoSuchFunction => {
                    (c.why_no_function)(input.function.unwrap_or(""), &name)
                }
                UnknownWhy::OutsideCoverage => c.why_outside.to_string(),
                UnknownWhy::NotStated => c.why_not_stated.to_string(),
                UnknownWhy::AfterLastReport => c.why_after_last_report.to_string(),
            };
            format!("{}: {reason}", c.verdict_unknown)
        }
    }
}

/// The whole reply, lines separated by `\n`.
pub fn reply(input: &ReplyInput) -> String {
    let c = input.locale.check();
    let inc = input.incident;
    let name = match input.answer.service {
        Some(i) => input.locale.pick(&inc.services[i].name).to_string(),
        None => input.asked.to_string(),
    };
    let mut asked_what = name;
    if let (Some(f), Some(i)) = (input.function, input.answer.service) {
        let func = crate::incident::names::find_function(&inc.services[i], f).map(|fi| {
            input
                .locale
                .pick(&inc.services[i].functions[fi].name)
                .to_string()
        });
        // "Mail in Daum", not "Daum Mail in Daum".
        let fname = short_name(func.as_deref().unwrap_or(f), &asked_what).to_string();
        asked_what = (c.reply_function)(&asked_what, &fname);
    }
    let mut lines = vec![c.reply_greeting.to_string()];
    let mut when = kst(input, &input.at);
    if let Some(other) = theirs(input, &input.at) {
        when = format!("{when} {}", (c.reply_customer_time)(&other));
    }
    lines.push((c.reply_asked)(&asked_what, &when));
    lines.push(String::new());
    lines.push(verdict_line(input));
    if let Some(si) = input.answer.service {
        lines.extend(interval_lines(input, si));
        let worked = names_where(input, si, |s| {
            matches!(
                s,
                FunctionState::Working
                    | FunctionState::Hit {
                        level: Level::Restored,
                        ..
                    }
            )
        });
        if !worked.is_empty() && input.answer.verdict != Verdict::NotAffected {
            lines.push((c.reply_worked)(&worked));
        }
        let unclear = names_where(input, si, |s| matches!(s, FunctionState::Gap));
        if !unclear.is_empty() {
            lines.push((c.reply_unclear)(&unclear));
        }
        let unreported = unreported_lines(input, si);
        if !unreported.is_empty() {
            lines.extend(unreported);
            if let Some(end) = inc.end {
                lines.push((c.reply_all_clear)(&both(input, &end)));
            }
        }
    }
    if input.answer.approximate() {
        lines.push(c.approximate_warning.to_string());
    }
    lines.push(String::new());
    let next = match input.answer.verdict {
        Verdict::Affected | Verdict::PartiallyAffected => c.reply_next_affected,
        Verdict::NotAffected => c.reply_next_not_affected,
        Verdict::Unknown(_) => c.reply_next_unknown,
    };
    lines.push(next.to_string());
    if let (Some(link), Verdict::Affected | Verdict::PartiallyAffected) =
        (input.compensation_link, input.answer.verdict)
    {
        lines.push((c.reply_compensation)(link));
    }
    lines.push((c.reply_details)(input.link));
    let as_of = in_zone(
        &inc.as_of,
        &Fixed {
            name: inc.zone.name.clone(),
            offset: inc.zone.offset,
        },
    );
    lines.push((c.reply_as_of)(&format::date(
        input.locale,
        as_of.date_naive(),
    )));
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::status::check;

    const FILE: &str = r#"{"format_version":1,
      "incident":{"id":"t","title":{"ko":"시험","en":"Test"},"summary":{"ko":"요약","en":"Summary"},
        "time_zone":{"name":"Asia/Seoul","abbr":"KST","offset":"+09:00"},
        "start":"2022-10-15T15:30:00+09:00","end":"2022-10-16T16:00:00+09:00",
        "covers":{"from":"2022-10-15T00:00:00+09:00","to":"2022-10-17T00:00:00+09:00"},
        "as_of":"2022-10-20T00:00:00+09:00","sources":["s"]},
      "sources":[{"id":"s","publisher":"P","title":"T","url":"https://example.org/","date":"2022-10-16"}],
      "operators":[{"id":"k","name":{"ko":"카카오","en":"Kakao"}}],
      "services":[{"id":"kakaotalk","name":{"ko":"카카오톡","en":"KakaoTalk"},"operator":"k",
        "category":"messaging","sources":["s"],"functions":[
          {"id":"text","name":{"ko":"문자 메시지","en":"Text messaging"},"status":[
            {"level":"outage","from":"2022-10-15T15:30:00+09:00","to":"2022-10-16T01:31:00+09:00","approximate":true,"sources":["s"]}]},
          {"id":"pc","name":{"ko":"PC 로그인","en":"PC login"},"status":[
            {"level":"outage","from":"2022-10-15T15:30:00+09:00","to":"2022-10-15T17:00:00+09:00","sources":["s"]}]}]}]}"#;

    fn inc() -> Incident {
        crate::data::parse(FILE).unwrap_or_else(|e| panic!("{e:?}"))
    }
    fn t(s: &str) -> Time {
        chrono::DateTime::parse_from_rfc3339(s).unwrap_or_else(|e| panic!("{e}"))
    }
    fn text(locale: Locale, service: Option<usize>, asked: &str, at: &str) -> String {
        let inc = inc();
        let at = t(at);
        let answer = check(&inc, service, None, &at);
        reply(&ReplyInput {
            incident: &inc,
            answer: &answer,
            asked,
            function: None,
            at,
            locale,
            link: "https://x.test/#/check?service=kakaotalk",
            compensation_link: Some("https://x.test/#/compensation?service=kakaotalk"),
        })
    }

    #[test]
    fn english_affected_reply_has_both_zones_the_interval_and_the_links() {
        let r = text(Locale::En, Some(0), "카톡", "2022-10-15T05:00:00-04:00");
        assert!(r.starts_with("Hello,"), "{r}");
        assert!(r.contains("We looked up KakaoTalk at Sat 15 Oct, 18:00 KST (your time: Sat 15 Oct, 05:00 UTC−04:00)."), "{r}");
        assert!(
            r.contains("Partly affected: some functions of KakaoTalk"),
            "{r}"
        );
        assert!(r.contains("- Text messaging: Down (approx.), Sat 15 Oct, 15:30 KST (Sat 15 Oct, 02:30 UTC−04:00) – Sun 16 Oct, 01:31 KST (Sat 15 Oct, 12:31 UTC−04:00) (10 h 01 m)"), "{r}");
        assert!(r.contains("Still working then: PC login"), "{r}");
        assert!(
            r.contains("Compensation: https://x.test/#/compensation?service=kakaotalk"),
            "{r}"
        );
        assert!(
            r.contains("Details and sources: https://x.test/#/check?service=kakaotalk"),
            "{r}"
        );
        assert!(r.contains("(data as of Thu 20 Oct 2022)"), "{r}");
    }

    #[test]
    fn korean_reply_in_kst_only_when_asked_in_kst() {
        let r = text(Locale::Ko, Some(0), "카톡", "2022-10-15T16:00:00+09:00");
        assert!(r.starts_with("안녕하세요."), "{r}");
        assert!(
            r.contains("문의하신 10월 15일 (토) 16:00 KST 카카오톡 이용 건을 확인했습니다."),
            "{r}"
        );
        assert!(!r.contains("고객님 시간"), "{r}");
        assert!(
            r.contains("영향 있음: 그 시각 카카오톡은 멈춰 있었습니다."),
            "{r}"
        );
        assert!(r.contains("- 문자 메시지: 중단 (대략), 10월 15일 (토) 15:30 KST – 10월 16일 (일) 01:31 KST (10시간 01분)"), "{r}");
        assert!(r.contains("- PC 로그인: 중단, 10월 15일 (토) 15:30 KST – 10월 15일 (토) 17:00 KST (1시간 30분)"), "{r}");
        assert!(r.contains("보상 안내: https://x.test/"), "{r}");
    }

    #[test]
    fn not_affected_reply_points_nowhere_near_compensation() {
        let r = text(
            Locale::En,
            Some(0),
            "kakaotalk",
            "2022-10-15T10:00:00+09:00",
        );
        assert!(r.contains("Not affected"), "{r}");
        assert!(!r.contains("Compensation:"), "{r}");
        assert!(
            r.contains("The sources record no outage at that time."),
            "{r}"
        );
    }

    #[test]
    fn unknown_service_reply_names_what_was_asked() {
        let r = text(Locale::Ko, None, "카카오뱅크", "2022-10-15T18:00:00+09:00");
        assert!(
            r.contains("알 수 없음: 이 데이터에는 ‘카카오뱅크’라는 서비스가 없습니다."),
            "{r}"
        );
        assert!(r.contains("다시 알려 주시면"), "{r}");
        assert!(!r.contains("보상 안내:"), "{r}");
    }

    #[test]
    fn a_function_asked_about_is_named_with_its_service() {
        let inc = inc();
        let at = t("2022-10-15T16:30:00+09:00");
        let answer = check(&inc, Some(0), Some("pc"), &at);
        let input = |locale| ReplyInput {
            incident: &inc,
            answer: &answer,
            asked: "kakaotalk",
            function: Some("pc"),
            at,
            locale,
            link: "L",
            compensation_link: Some("C"),
        };
        let ko = reply(&input(Locale::Ko));
        assert!(ko.contains("문의하신 10월 15일 (토) 16:30 KST 카카오톡의 ‘PC 로그인’ 기능 이용 건을 확인했습니다."), "{ko}");
        let en = reply(&input(Locale::En));
        assert!(
            en.contains("We looked up PC login in KakaoTalk at Sat 15 Oct, 16:30 KST."),
            "{en}"
        );
        assert!(
            en.contains("Affected: PC login in KakaoTalk was down at that time."),
            "{en}"
        );
        assert!(
            !en.contains("Still working then"),
            "only the function asked about: {en}"
        );
        assert!(
            ko.contains("영향 있음: 그 시각 카카오톡의 ‘PC 로그인’ 기능은 멈춰 있었습니다."),
            "{ko}"
        );
    }

    #[test]
    fn outside_coverage_reply_says_so() {
        let r = text(Locale::En, Some(0), "kakaotalk", "2023-01-01T00:00:00Z");
        assert!(
            r.contains("Unknown: This time is outside what the data covers."),
            "{r}"
        );
    }
}
