//! Messages of the "was I affected?" checker: the form, the verdicts and their reasons, the
//! copy buttons, and the reply text for support staff (see `crate::i18n::reply`).

pub struct CheckText {
    pub intro: &'static str,
    pub form_label: &'static str,
    pub ask_again: &'static str,
    pub service_label: &'static str,
    pub service_hint: &'static str,
    pub suggestions_label: &'static str,
    pub suggestions_count: fn(n: usize) -> String,
    pub function_label: &'static str,
    pub function_all: &'static str,
    pub time_label: &'static str,
    pub zone_legend: &'static str,
    pub zone_mine: fn(offset: &str) -> String,
    pub zone_kst: fn(abbr: &str) -> String,
    pub means: &'static str,
    pub submit: &'static str,
    pub need_service: &'static str,
    pub need_time: &'static str,
    pub bad_time: &'static str,
    pub no_offset: &'static str,
    pub result_label: &'static str,
    pub asked_service: &'static str,
    pub asked_time: &'static str,
    pub asked_function: &'static str,
    pub verdict_affected: fn(service: &str) -> String,
    pub verdict_partial: fn(service: &str) -> String,
    /// Partly affected, when one function was asked about and it was degraded.
    pub verdict_degraded: fn(subject: &str) -> String,
    pub verdict_not_affected: fn(service: &str) -> String,
    pub verdict_unknown: &'static str,
    pub why_no_service: fn(asked: &str) -> String,
    pub did_you_mean: &'static str,
    pub why_no_function: fn(function: &str, service: &str) -> String,
    pub why_outside: &'static str,
    pub covers_label: &'static str,
    pub why_not_stated: &'static str,
    /// Unknown because the sources stop before the moment asked about.
    pub why_after_last_report: &'static str,
    /// "{level} last reported {time}", the two halves around the time.
    pub unreported_last: &'static str,
    pub unreported_after: &'static str,
    /// The incident's end as the operator stated it (its all-clear).
    pub all_clear: &'static str,
    /// "- {function}: {level}, last reported {time}; not known after that"
    pub reply_unreported: fn(function: &str, level: &str, last: &str) -> String,
    pub reply_all_clear: fn(when: &str) -> String,
    pub applies: &'static str,
    /// How long the trouble went on from the moment asked, for one function or all alike:
    /// (length, until when).
    pub lasted_one: fn(length: &str, until: &str) -> String,
    /// … when the functions came back at different times: (the first back, its length, the
    /// last back, its length, until when).
    pub lasted_range:
        fn(first: &str, first_length: &str, last: &str, last_length: &str, until: &str) -> String,
    /// … when the sources give no end.
    pub lasted_open: &'static str,
    /// … for how many of the functions they give none.
    pub lasted_open_some: fn(n: usize) -> String,
    /// A moment the sources give only roughly, as an end ("about …").
    pub about: fn(when: &str) -> String,
    pub still_worked: fn(list: &str) -> String,
    pub nothing_worked: fn(n: usize) -> String,
    pub not_known: fn(list: &str) -> String,
    /// The fold with the function-by-function intervals and the sources.
    pub details: fn(n: usize) -> String,
    pub hit_title: &'static str,
    pub worked_title: &'static str,
    pub unclear_title: &'static str,
    pub working_before: &'static str,
    pub working_after: &'static str,
    pub working_always: &'static str,
    pub gap_between: &'static str,
    pub approximate_warning: &'static str,
    pub compensation_offers: fn(n: usize) -> String,
    pub compensation_none: &'static str,
    pub share_title: &'static str,
    pub copy_link: &'static str,
    pub copy_reply: &'static str,
    pub copied_link: &'static str,
    pub copied_reply: &'static str,
    pub copy_failed: &'static str,
    pub reply_preview: &'static str,
    pub reply_greeting: &'static str,
    pub reply_asked: fn(service: &str, when: &str) -> String,
    /// A service and one of its functions, as the reply names them.
    pub reply_function: fn(service: &str, function: &str) -> String,
    pub reply_customer_time: fn(when: &str) -> String,
    pub reply_worked: fn(list: &str) -> String,
    pub reply_unclear: fn(list: &str) -> String,
    pub reply_next_affected: &'static str,
    pub reply_next_not_affected: &'static str,
    pub reply_next_unknown: &'static str,
    pub reply_compensation: fn(link: &str) -> String,
    pub reply_details: fn(link: &str) -> String,
    pub reply_as_of: fn(date: &str) -> String,
    pub list_separator: &'static str,
}

/// A Korean noun with the topic particle it takes: 은 after a final consonant, 는 after a
/// vowel ("카카오톡은", "다음은", "카카오 T는", "Upbit는"). Latin letters are read the Korean way
/// ("L" is 엘, so "…L은"); where the reading is not clear, both are written ("은(는)").
pub fn topic_ko(noun: &str) -> String {
    let last = noun.trim_end().chars().last();
    let batchim = match last {
        Some(c) if ('가'..='힣').contains(&c) => Some((c as u32 - 0xAC00) % 28 != 0),
        Some(c) if c.is_ascii_digit() => Some(matches!(c, '0' | '1' | '3' | '6' | '7' | '8')),
        Some(c) if c.is_ascii_uppercase() => Some(matches!(c, 'L' | 'M' | 'N' | 'R')),
        // A Latin word: most borrowed names end on a vowel sound when read in Korean, but
        // not all ("Melon" is 멜론); say both rather than guess.
        _ => None,
    };
    let particle = match batchim {
        Some(true) => "은",
        Some(false) => "는",
        None => "은(는)",
    };
    format!("{}{particle}", noun.trim_end())
}

/// [`topic_ko`] for a name that may end in a note in brackets ("문자 메시지(모바일)"): the
/// particle follows the word before the brackets ("문자 메시지(모바일)는").
pub fn topic_ko_name(name: &str) -> String {
    let name = name.trim_end();
    match name
        .strip_suffix(')')
        .and_then(|n| n.rfind('(').map(|i| &name[..i]))
    {
        Some(word) if !word.trim().is_empty() => {
            let particle = topic_ko(word)[word.trim_end().len()..].to_string();
            format!("{name}{particle}")
        }
        _ => topic_ko(name),
    }
}

pub const KO: CheckText = CheckText {
    intro: "서비스 이름과 시각을 넣으면, 그때 그 서비스가 멈춰 있었는지 출처와 함께 알려 드립니다. 결과는 링크로 그대로 공유할 수 있습니다.",
    form_label: "피해 확인하기",
    ask_again: "다른 서비스나 시각 확인하기",
    service_label: "서비스",
    service_hint: "부르는 이름 그대로 쓰세요 (예: 카톡, 카카오T, Upbit).",
    suggestions_label: "추천 서비스",
    suggestions_count: |n| format!("추천 서비스 {n}개"),
    function_label: "기능 (선택)",
    function_all: "모든 기능",
    time_label: "날짜와 시각",
    zone_legend: "입력한 시각의 기준",
    zone_mine: |off| format!("내 시간대 ({off})"),
    zone_kst: |abbr| format!("한국 시간 ({abbr})"),
    means: "확인할 시각:",
    submit: "확인하기",
    need_service: "서비스 이름을 넣어 주세요.",
    need_time: "날짜와 시각을 넣어 주세요.",
    bad_time: "링크의 시각을 읽을 수 없습니다. 2022-10-15T18:00:00+09:00처럼 UTC 오프셋이 붙은 RFC 3339 형식이어야 합니다.",
    no_offset: "링크의 시각에 UTC 오프셋이 없어 어느 시점인지 알 수 없습니다. 한국 시간이면 끝에 +09:00을 붙이세요.",
    result_label: "확인 결과",
    asked_service: "서비스",
    asked_time: "시각",
    asked_function: "기능",
    verdict_affected: |s| format!("영향 있음: 그 시각 {} 멈춰 있었습니다.", topic_ko(s)),
    verdict_partial: |s| format!("일부 영향: 그 시각 {s}의 일부 기능이 멈췄거나 불안정했습니다."),
    verdict_degraded: |s| format!("일부 영향: 그 시각 {} 일부만 작동했습니다.", topic_ko(s)),
    verdict_not_affected: |s| format!("영향 없음: 자료에 따르면 그 시각 {} 정상이었습니다.", topic_ko(s)),
    verdict_unknown: "알 수 없음",
    why_no_service: |q| format!("이 데이터에는 ‘{q}’라는 서비스가 없습니다."),
    did_you_mean: "이 서비스를 찾으셨나요?",
    why_no_function: |f, s| format!("{s}에는 ‘{f}’라는 기능 기록이 없습니다."),
    why_outside: "이 시각은 데이터가 다루는 기간 밖입니다.",
    covers_label: "데이터가 다루는 기간:",
    why_not_stated: "출처가 이 시각의 상태를 밝히지 않습니다. 앞뒤 기록 사이의 빈 구간입니다.",
    why_after_last_report: "출처는 이 시각 전에 끊깁니다. 마지막 보도 뒤의 상태는 알 수 없습니다.",
    unreported_last: "마지막 보도:",
    unreported_after: "그 뒤로는 알 수 없음",
    all_clear: "운영사의 전체 복구 발표:",
    reply_unreported: |f, l, t| format!("- {f}: 마지막 보도({t})에서 {l}, 그 뒤로는 알 수 없음"),
    reply_all_clear: |w| format!("운영사의 전체 복구 발표: {w}"),
    applies: "해당 구간",
    lasted_one: |d, until| format!("그 시각부터 {d} 더 이어졌습니다 ({until}까지)."),
    lasted_range: |first, d1, last, d2, until| {
        format!(
            "그 시각부터 {} {d1}, {} {d2} 더 이어졌습니다 ({until}까지).",
            topic_ko_name(first),
            topic_ko_name(last)
        )
    },
    lasted_open: "그 시각부터 언제까지 이어졌는지는 자료에 나와 있지 않습니다.",
    lasted_open_some: |n| format!("기능 {n}개는 언제 끝났는지 자료에 나와 있지 않습니다."),
    about: |w| format!("{w}쯤"),
    still_worked: |l| format!("그때도 정상 작동한 기능: {l}"),
    nothing_worked: |n| format!("그때 온전히 정상 작동한 기능은 없습니다. 기록된 기능 {n}개가 모두 멈췄거나 불안정했습니다."),
    not_known: |l| format!("상태를 알 수 없는 기능: {l}"),
    details: |n| {
        if n == 1 {
            "해당 구간과 출처".to_string()
        } else {
            format!("기능별 구간과 출처 (기능 {n}개)")
        }
    },
    hit_title: "멈췄거나 불안정했던 기능",
    worked_title: "그때도 되던 기능",
    unclear_title: "상태를 알 수 없는 기능",
    working_before: "정상, 장애 시작:",
    working_after: "정상, 복구:",
    working_always: "정상 (장애 기록 없음)",
    gap_between: "기록 없음:",
    approximate_warning: "이 시각은 출처가 대략적으로만 밝힌 시작·종료 시각과 1시간 이내로 가깝습니다. 실제와 다를 수 있습니다.",
    compensation_offers: |n| format!("이 서비스에 해당하는 보상 {n}건 보기"),
    compensation_none: "이 서비스를 직접 다루는 보상 항목은 없습니다. 전체 보상 안내 보기",
    share_title: "공유와 고객 응대",
    copy_link: "링크 복사",
    copy_reply: "답변 문구 복사",
    copied_link: "이 결과의 링크를 복사했습니다.",
    copied_reply: "답변 문구를 복사했습니다.",
    copy_failed: "복사하지 못했습니다. 아래 글을 직접 선택해 복사하세요.",
    reply_preview: "답변 문구 미리 보기",
    reply_greeting: "안녕하세요.",
    reply_asked: |s, w| format!("문의하신 {w} {s} 이용 건을 확인했습니다."),
    reply_function: |s, f| format!("{s}의 ‘{f}’ 기능"),
    reply_customer_time: |w| format!("(고객님 시간: {w})"),
    reply_worked: |l| format!("그때도 정상이던 기능: {l}"),
    reply_unclear: |l| format!("그때 상태를 알 수 없는 기능: {l}"),
    reply_next_affected: "장애로 피해를 보셨다면 아래 보상 안내에서 해당하는 항목과 신청 방법을 확인해 주세요.",
    reply_next_not_affected: "자료상 그 시각에는 장애가 없었습니다. 다른 시각이나 기능이었다면 다시 문의해 주세요.",
    reply_next_unknown: "자료만으로는 확인할 수 없습니다. 서비스 이름과 시각(시간대 포함)을 다시 알려 주시면 확인해 드리겠습니다.",
    reply_compensation: |l| format!("보상 안내: {l}"),
    reply_details: |l| format!("자세한 내용과 출처: {l}"),
    reply_as_of: |d| format!("({d} 기준 자료)"),
    list_separator: ", ",
};

pub const EN: CheckText = CheckText {
    intro: "Name a service and a time: the answer says whether that service was down then, with the sources. Every answer is a link you can share.",
    form_label: "Check a service",
    ask_again: "Check another service or time",
    service_label: "Service",
    service_hint: "Write it the way you say it (e.g. 카톡, Kakao T, Upbit).",
    suggestions_label: "Suggestions",
    suggestions_count: |n| {
        if n == 1 {
            "1 suggestion".to_string()
        } else {
            format!("{n} suggestions")
        }
    },
    function_label: "Function (optional)",
    function_all: "All functions",
    time_label: "Date and time",
    zone_legend: "The time above is in",
    zone_mine: |off| format!("My time zone ({off})"),
    zone_kst: |abbr| format!("Korea time ({abbr})"),
    means: "Checking:",
    submit: "Check",
    need_service: "Please name a service.",
    need_time: "Please give a date and time.",
    bad_time: "The time in this link cannot be read. It must be RFC 3339 with a UTC offset, such as 2022-10-15T18:00:00+09:00.",
    no_offset: "The time in this link has no UTC offset, so which moment it means is not known. For Korea time, add +09:00.",
    result_label: "Answer",
    asked_service: "Service",
    asked_time: "Time",
    asked_function: "Function",
    verdict_affected: |s| format!("Affected: {s} was down at that time."),
    verdict_partial: |s| format!("Partly affected: some functions of {s} were down or degraded at that time."),
    verdict_degraded: |s| format!("Partly affected: {s} only partly worked at that time."),
    verdict_not_affected: |s| format!("Not affected: according to the sources, {s} was working at that time."),
    verdict_unknown: "Unknown",
    why_no_service: |q| format!("There is no service called “{q}” in this data."),
    did_you_mean: "Did you mean one of these?",
    why_no_function: |f, s| format!("{s} has no function “{f}” in this data."),
    why_outside: "This time is outside what the data covers.",
    covers_label: "The data covers:",
    why_not_stated: "The sources do not say what the state was at this time: it falls in a gap between two records.",
    why_after_last_report: "The sources stop before this time; after the last report the state is not known.",
    unreported_last: "last reported",
    unreported_after: "not known after that",
    all_clear: "The operator's all-clear:",
    reply_unreported: |f, l, t| format!("- {f}: {l} when last reported ({t}); not known after that"),
    reply_all_clear: |w| format!("The operator's all-clear: {w}"),
    applies: "Interval that applies",
    lasted_one: |d, until| format!("From then it lasted {d} more, until {until}."),
    lasted_range: |first, d1, last, d2, until| {
        format!("From then it lasted {d1} more for {first}, and {d2} for {last}, until {until}.")
    },
    lasted_open: "From then: the sources do not say when it ended.",
    lasted_open_some: |n| {
        if n == 1 {
            "For 1 function the sources do not say when it ended.".to_string()
        } else {
            format!("For {n} functions the sources do not say when it ended.")
        }
    },
    about: |w| format!("about {w}"),
    still_worked: |l| format!("Still worked: {l}."),
    nothing_worked: |n| format!("None of its functions worked fully: all {n} on record were down or degraded."),
    not_known: |l| format!("State not known: {l}."),
    details: |n| {
        if n == 1 {
            "Interval that applies, and sources".to_string()
        } else {
            format!("Function by function ({n}) and sources")
        }
    },
    hit_title: "Down or degraded",
    worked_title: "What still worked",
    unclear_title: "State not known",
    working_before: "working; trouble began",
    working_after: "working again since",
    working_always: "working (no disruption recorded)",
    gap_between: "no record between",
    approximate_warning: "This time is within an hour of a start or end that the sources give only roughly; the real answer may differ.",
    compensation_offers: |n| {
        if n == 1 {
            "See the compensation offer for this service".to_string()
        } else {
            format!("See the {n} compensation offers for this service")
        }
    },
    compensation_none: "No compensation offer names this service. See all compensation",
    share_title: "Share, or answer a customer",
    copy_link: "Copy link",
    copy_reply: "Copy reply",
    copied_link: "The link to this answer is on the clipboard.",
    copied_reply: "The reply text is on the clipboard.",
    copy_failed: "Could not copy. Select the text below and copy it yourself.",
    reply_preview: "Show the reply text",
    reply_greeting: "Hello,",
    reply_asked: |s, w| format!("We looked up {s} at {w}."),
    reply_function: |s, f| format!("{f} in {s}"),
    reply_customer_time: |w| format!("(your time: {w})"),
    reply_worked: |l| format!("Still working then: {l}"),
    reply_unclear: |l| format!("State not known then: {l}"),
    reply_next_affected: "If the outage cost you, the compensation page below lists what applies and how to claim it.",
    reply_next_not_affected: "The sources record no outage at that time. If you meant another time or function, please tell us.",
    reply_next_unknown: "The data cannot answer this. Please send us the service name and the time (with your time zone) and we will look again.",
    reply_compensation: |l| format!("Compensation: {l}"),
    reply_details: |l| format!("Details and sources: {l}"),
    reply_as_of: |d| format!("(data as of {d})"),
    list_separator: ", ",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topic_particle_follows_the_last_sound() {
        assert_eq!(topic_ko("카카오톡"), "카카오톡은");
        assert_eq!(topic_ko("다음"), "다음은");
        assert_eq!(topic_ko("카카오페이"), "카카오페이는");
        assert_eq!(topic_ko("카카오 T"), "카카오 T는");
        assert_eq!(topic_ko("카카오 TV"), "카카오 TV는");
        assert_eq!(topic_ko("COVID-19"), "COVID-19는");
        assert_eq!(topic_ko("Upbit"), "Upbit은(는)");
        assert_eq!(
            topic_ko_name("문자 메시지(모바일)"),
            "문자 메시지(모바일)는"
        );
        assert_eq!(
            topic_ko_name("지갑(카카오 인증서·디지털 카드)"),
            "지갑(카카오 인증서·디지털 카드)은"
        );
        assert_eq!(topic_ko_name("톡캘린더"), "톡캘린더는");
        assert_eq!(topic_ko_name("(모바일)"), "(모바일)은(는)");
    }
}
