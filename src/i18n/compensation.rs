//! Messages of the compensation view and the estimator, and the words for its rules and
//! arithmetic in each language (`rule_summary`, `step_text`, `award_text`, `reason_text`).
//!
//! Amounts go through `format::won`, so `7,550원` in Korean and `₩7,550` in English.

use super::format;
use super::Locale;
use crate::incident::compensation::{Award, Need, Op, Reason, Rounding, Step, Value};
use crate::incident::{OfferStatus, Rule, Time};

pub struct CompensationText {
    pub heading: &'static str,
    pub intro: &'static str,
    pub groups_label: &'static str,
    pub all_groups: &'static str,
    pub overview_heading: &'static str,
    pub offers_heading: &'static str,
    pub no_offers: &'static str,
    pub unknown_claimant: fn(&str) -> String,
    pub filtered_by: fn(&str) -> String,
    pub unknown_service: fn(&str) -> String,
    pub clear_filter: &'static str,
    pub all_offers_of_group: &'static str,
    pub offer_count: fn(usize) -> String,
    pub for_groups: &'static str,
    pub services_label: &'static str,
    pub status_label: &'static str,
    pub amounts_label: &'static str,
    pub how_label: &'static str,
    pub claim_link: &'static str,
    pub windows_label: &'static str,
    pub window_open: &'static str,
    pub window_upcoming: &'static str,
    pub window_closed: &'static str,
    pub window_state_hint: &'static str,
    pub opens: &'static str,
    pub closes: &'static str,
    pub outcome_label: &'static str,
    pub rule_label: &'static str,
    pub disputed_label: &'static str,
    pub context_heading: &'static str,
    pub context_intro: &'static str,
    // The estimator.
    pub est_heading: &'static str,
    pub est_intro: &'static str,
    pub step_of: fn(usize, usize) -> String,
    pub step_n: fn(usize) -> String,
    pub next: &'static str,
    pub back: &'static str,
    pub see_result: &'static str,
    pub restart: &'static str,
    pub q_group: &'static str,
    pub q_service: &'static str,
    pub q_fee: &'static str,
    pub q_fee_hint: &'static str,
    pub q_hours: &'static str,
    pub q_hours_hint: &'static str,
    /// The prefilled hours: (service, hours any function was down, hours fully down when that
    /// differs).
    pub hours_prefilled: fn(&str, &str, Option<&str>) -> String,
    pub q_loss: &'static str,
    pub q_loss_hint: &'static str,
    pub q_fares: &'static str,
    pub q_fares_hint: &'static str,
    pub unit_won: &'static str,
    pub unit_hours: &'static str,
    pub invalid_won: &'static str,
    pub invalid_hours: &'static str,
    pub choose_one: &'static str,
    pub no_groups: &'static str,
    pub result_heading: &'static str,
    pub result_for: fn(&str, Option<&str>) -> String,
    pub result_none: &'static str,
    pub grade_likely: &'static str,
    pub grade_possibly: &'static str,
    pub grade_not: &'static str,
    pub grade_nei: &'static str,
    pub award_label: &'static str,
    pub arithmetic_label: &'static str,
    /// The fold around an estimate's arithmetic, rule and sources (closed when embedded).
    pub how_summary: &'static str,
    pub rule_applied: &'static str,
    pub deadline_label: &'static str,
    pub deadline_next: &'static str,
    pub deadline_passed: &'static str,
    pub deadline_none: &'static str,
    pub disclaimer: &'static str,
    pub your_answers: &'static str,
    pub not_given: &'static str,
}

pub const KO: CompensationText = CompensationText {
    heading: "보상",
    intro: "누가 무엇을 얼마나 받을 수 있었는지, 어디서 어떻게 신청하는지, 실제로 무엇이 지급됐는지 대상별로 모았습니다. 모든 금액과 날짜에는 출처가 붙어 있습니다.",
    groups_label: "보상 대상",
    all_groups: "전체 보기",
    overview_heading: "대상별 보상",
    offers_heading: "이 대상에 대한 보상",
    no_offers: "이 조건에 맞는 보상 항목이 데이터에 없습니다.",
    unknown_claimant: |id| format!("‘{id}’에 해당하는 보상 대상이 이 데이터에 없습니다. 아래 목록에서 골라 주세요."),
    filtered_by: |s| format!("{s} 관련 보상만 보여 줍니다."),
    unknown_service: |s| format!("‘{s}’ 서비스는 이 데이터에 없어 모든 보상을 보여 줍니다."),
    clear_filter: "모든 서비스의 보상 보기",
    all_offers_of_group: "이 대상의 모든 보상 보기",
    offer_count: |n| format!("보상 {n}건"),
    for_groups: "대상",
    services_label: "서비스",
    status_label: "상태",
    amounts_label: "금액",
    how_label: "신청 방법",
    claim_link: "신청 페이지 열기",
    windows_label: "기간",
    window_open: "진행 중",
    window_upcoming: "시작 전",
    window_closed: "마감",
    window_state_hint: "오늘 기준",
    opens: "시작",
    closes: "마감",
    outcome_label: "최종 지급",
    rule_label: "계산 규칙",
    disputed_label: "출처마다 다른 내용",
    context_heading: "판단에 도움이 되는 배경",
    context_intro: "다른 장애의 보상 전례와 약관, 지침입니다. 위의 보상이 많은지 적은지 가늠할 때 참고하세요.",
    est_heading: "받을 수 있는 보상 계산해 보기",
    est_intro: "한 번에 하나씩 몇 가지만 묻습니다. 모르는 칸은 비워 두세요. 입력한 내용은 이 페이지 밖으로 보내지 않습니다.",
    step_of: |n, total| format!("질문 {n}/{total}"),
    step_n: |n| format!("질문 {n}"),
    next: "다음",
    back: "이전",
    see_result: "결과 보기",
    restart: "처음부터 다시",
    q_group: "어느 쪽에 해당하나요?",
    q_service: "어느 서비스 때문인가요?",
    q_fee: "매달 얼마를 내나요?",
    q_fee_hint: "원 단위 숫자로 적어 주세요(예: 39000, 3만9000). 모르면 비워 두세요.",
    q_hours: "얼마 동안 쓰지 못했나요?",
    q_hours_hint: "시간 단위로 적어 주세요(예: 10, 1.5). 모르면 비워 두세요.",
    hours_prefilled: |service, hours, fully| match fully {
        None => format!("데이터에 따르면 {service}의 전면 장애는 약 {hours}시간이었습니다. 이 값을 미리 넣어 두었으니 필요하면 고치세요."),
        Some(fully) => format!("데이터에 따르면 {service}의 기능 중 하나 이상이 약 {hours}시간 멈췄습니다(모든 기능이 멈춘 전면 장애는 약 {fully}시간). 이 값을 미리 넣어 두었으니 필요하면 고치세요."),
    },
    q_loss: "신고한 피해액은 얼마인가요?",
    q_loss_hint: "피해 신고에 적은(또는 적을) 금액을 원 단위로 적어 주세요. 모르면 비워 두세요.",
    q_fares: "해당 시간대에 번 요금은 얼마인가요?",
    q_fares_hint: "아래 시간대에 받은 운행 요금의 합계를 원 단위로 적어 주세요. 모르면 비워 두세요.",
    unit_won: "원",
    unit_hours: "시간",
    invalid_won: "금액을 숫자로 적어 주세요(예: 39000).",
    invalid_hours: "시간을 숫자로 적어 주세요(예: 1.5).",
    choose_one: "하나를 골라 주세요.",
    no_groups: "이 데이터에는 보상 대상이 없습니다.",
    result_heading: "계산 결과",
    result_for: |group, service| match service {
        Some(s) => format!("{group} · {s}"),
        None => group.to_string(),
    },
    result_none: "이 대상과 서비스에 맞는 보상 항목이 데이터에 없습니다.",
    grade_likely: "받을 가능성이 높습니다",
    grade_possibly: "받을 수도 있습니다",
    grade_not: "해당하지 않습니다",
    grade_nei: "판단할 정보가 부족합니다",
    award_label: "예상 보상",
    arithmetic_label: "계산 과정",
    how_summary: "계산 근거와 출처",
    rule_applied: "적용한 규칙",
    deadline_label: "마감",
    deadline_next: "다음 마감",
    deadline_passed: "마감이 지났습니다",
    deadline_none: "자료에 마감일이 나와 있지 않습니다.",
    disclaimer: "데이터에 적힌 규칙을 적용한 추정일 뿐, 회사의 공식 결정이 아닙니다.",
    your_answers: "입력한 값",
    not_given: "입력 안 함",
};

pub const EN: CompensationText = CompensationText {
    heading: "Compensation",
    intro: "Who could get what, how much, where and how to claim it, and what was finally paid, group by group. Every amount and date carries its source.",
    groups_label: "Claimant groups",
    all_groups: "All groups",
    overview_heading: "Compensation by group",
    offers_heading: "What this group was offered",
    no_offers: "The data has no offer that fits.",
    unknown_claimant: |id| format!("This data has no claimant group “{id}”. Choose one from the list below."),
    filtered_by: |s| format!("Showing offers for {s} only."),
    unknown_service: |s| format!("This data has no service “{s}”, so every offer is shown."),
    clear_filter: "Show offers for every service",
    all_offers_of_group: "Show all of this group's offers",
    offer_count: |n| if n == 1 { "1 offer".into() } else { format!("{n} offers") },
    for_groups: "For",
    services_label: "Services",
    status_label: "Status",
    amounts_label: "Amounts",
    how_label: "How to claim",
    claim_link: "Open the claim page",
    windows_label: "Windows",
    window_open: "Open",
    window_upcoming: "Upcoming",
    window_closed: "Closed",
    window_state_hint: "as of today",
    opens: "From",
    closes: "Until",
    outcome_label: "Finally paid",
    rule_label: "Rule",
    disputed_label: "Sources disagree",
    context_heading: "Context to judge the offers",
    context_intro: "Precedents from other outages, terms and guidelines: a yardstick for the offers above.",
    est_heading: "Estimate what you can get",
    est_intro: "A few questions, one at a time. Leave a box empty if you don't know. Nothing you type leaves this page.",
    step_of: |n, total| format!("Question {n} of {total}"),
    step_n: |n| format!("Question {n}"),
    next: "Next",
    back: "Back",
    see_result: "See the estimate",
    restart: "Start again",
    q_group: "Which group are you in?",
    q_service: "Which service?",
    q_fee: "What do you pay a month?",
    q_fee_hint: "In won, digits only (e.g. 39000). Leave it empty if you don't know.",
    q_hours: "How long were you hit?",
    q_hours_hint: "In hours (e.g. 10 or 1.5). Leave it empty if you don't know.",
    hours_prefilled: |service, hours, fully| match fully {
        None => format!("The data has {service} fully down for about {hours} hours; that is filled in for you. Change it if yours was different."),
        Some(fully) => format!("The data has at least one function of {service} down for about {hours} hours (all of it for about {fully} hours); that is filled in for you. Change it if yours was different."),
    },
    q_loss: "How much did you lose?",
    q_loss_hint: "The loss you reported (or will report), in won. Leave it empty if you don't know.",
    q_fares: "What fares did you take in the window?",
    q_fares_hint: "The total of your fares in the window below, in won. Leave it empty if you don't know.",
    unit_won: "won",
    unit_hours: "hours",
    invalid_won: "Enter the amount in digits (e.g. 39000).",
    invalid_hours: "Enter the hours as a number (e.g. 1.5).",
    choose_one: "Choose one.",
    no_groups: "This data names no claimant groups.",
    result_heading: "Your estimate",
    result_for: |group, service| match service {
        Some(s) => format!("{group} · {s}"),
        None => group.to_string(),
    },
    result_none: "The data has no offer for this group and service.",
    grade_likely: "Likely entitled",
    grade_possibly: "Possibly entitled",
    grade_not: "Not entitled",
    grade_nei: "Not enough information",
    award_label: "Estimate",
    arithmetic_label: "The arithmetic",
    how_summary: "How it was worked out, and sources",
    rule_applied: "Rule applied",
    deadline_label: "Deadline",
    deadline_next: "Next deadline",
    deadline_passed: "The deadline has passed",
    deadline_none: "The sources give no deadline.",
    disclaimer: "An estimate from the rules in the data, not the company's decision.",
    your_answers: "Your answers",
    not_given: "not given",
};

/// `v` rounded to `places` decimals: its sign, its whole part, and its decimals without
/// trailing zeros (empty for a whole number). Integer arithmetic: the widget carries no float
/// formatting code.
fn rounded(v: f64, places: u32) -> (&'static str, i64, String) {
    let scale = 10_i64.pow(places);
    let m = (v * scale as f64).round() as i64;
    let sign = if m < 0 { "-" } else { "" };
    let (whole, frac) = (
        m.unsigned_abs() / scale as u64,
        m.unsigned_abs() % scale as u64,
    );
    let frac = format!("{frac:0width$}", width = places as usize);
    let whole = i64::try_from(whole).unwrap_or(i64::MAX);
    (sign, whole, frac.trim_end_matches('0').to_string())
}

/// `sign`, `whole` and the decimals, with a point only when there are decimals.
fn joined(sign: &str, whole: &str, frac: &str) -> String {
    match frac {
        "" => format!("{sign}{whole}"),
        f => format!("{sign}{whole}.{f}"),
    }
}

/// A number as people write it, to two decimals at most: `6`, `1.5`, `7,548.39`.
pub fn decimal(v: f64) -> String {
    let (sign, whole, frac) = rounded(v, 2);
    joined(sign, &format::number(whole), &frac)
}

/// A number as an input box shows it and reads it back (`parse_hours`): no grouping, to six
/// decimals at most: `5`, `127.5`, `1.333`. What `f64`'s `to_string` writes for such numbers
/// (`tests::plain_is_what_std_writes`), without the float formatting code (9.5 kB of wasm).
pub fn plain(v: f64) -> String {
    let (sign, whole, frac) = rounded(v, 6);
    joined(sign, &whole.to_string(), &frac)
}

/// The label of an offer status.
pub fn status(locale: Locale, s: OfferStatus) -> &'static str {
    match (locale, s) {
        (Locale::Ko, OfferStatus::Announced) => "발표됨",
        (Locale::Ko, OfferStatus::Open) => "신청 받는 중",
        (Locale::Ko, OfferStatus::Closed) => "신청 마감",
        (Locale::Ko, OfferStatus::Paid) => "지급됨",
        (Locale::Ko, OfferStatus::Automatic) => "자동 지급",
        (Locale::En, OfferStatus::Announced) => "Announced",
        (Locale::En, OfferStatus::Open) => "Open for claims",
        (Locale::En, OfferStatus::Closed) => "Closed",
        (Locale::En, OfferStatus::Paid) => "Paid",
        (Locale::En, OfferStatus::Automatic) => "Automatic",
    }
}

/// What a question asks for, as a noun ("your monthly fee").
pub fn need_name(locale: Locale, n: Need) -> &'static str {
    match (locale, n) {
        (Locale::Ko, Need::MonthlyFee) => "월 요금",
        (Locale::Ko, Need::Hours) => "장애를 겪은 시간",
        (Locale::Ko, Need::Loss) => "피해액",
        (Locale::Ko, Need::Fares) => "해당 시간대의 요금",
        (Locale::En, Need::MonthlyFee) => "your monthly fee",
        (Locale::En, Need::Hours) => "how long you were hit",
        (Locale::En, Need::Loss) => "your loss",
        (Locale::En, Need::Fares) => "your fares in the window",
    }
}

/// The label of the box for an answer: "월 요금(원)", "Monthly fee (won)".
pub fn field_label(locale: Locale, n: Need) -> &'static str {
    match (locale, n) {
        (Locale::Ko, Need::MonthlyFee) => "월 요금(원)",
        (Locale::Ko, Need::Hours) => "장애를 겪은 시간(시간)",
        (Locale::Ko, Need::Loss) => "피해액(원)",
        (Locale::Ko, Need::Fares) => "요금 합계(원)",
        (Locale::En, Need::MonthlyFee) => "Monthly fee (won)",
        (Locale::En, Need::Hours) => "Hours hit",
        (Locale::En, Need::Loss) => "Loss (won)",
        (Locale::En, Need::Fares) => "Fares in the window (won)",
    }
}

fn hours(locale: Locale, h: f64) -> String {
    match locale {
        Locale::Ko => format!("{}시간", decimal(h)),
        Locale::En => format!("{} h", decimal(h)),
    }
}

fn days(locale: Locale, d: f64) -> String {
    match locale {
        Locale::Ko => format!("{}일", decimal(d)),
        Locale::En if d == 1.0 => "1 day".into(),
        Locale::En => format!("{} days", decimal(d)),
    }
}

/// A moment in its own offset with the incident zone's abbreviation: "10월 15일 (토) 15:00 KST".
pub fn moment(locale: Locale, t: &Time, abbr: &str) -> String {
    format!("{} {abbr}", format::date_time(locale, t))
}

fn value(locale: Locale, v: Value) -> String {
    match v {
        Value::Won(w) => format::won(locale, w.round() as i64),
        Value::Number(n) => decimal(n),
        Value::Hours(h) => hours(locale, h),
        Value::Days(d) => days(locale, d),
        Value::Percent(p) => format!("{}%", decimal(p)),
        Value::MonthHours(d) => match locale {
            Locale::Ko => format!("({} × 24시간)", decimal(d)),
            Locale::En => format!("({} × 24 h)", decimal(d)),
        },
    }
}

fn is_whole(v: Value) -> bool {
    let x = match v {
        Value::Won(w) => w,
        Value::Number(n) | Value::Hours(n) | Value::Days(n) | Value::Percent(n) => n * 100.0,
        Value::MonthHours(_) => 0.0,
    };
    (x - x.round()).abs() < 1e-9
}

/// One line of the arithmetic: "₩39,000 × 6 ÷ 31 ≈ ₩7,548 → rounded up to ₩7,550".
pub fn step_text(locale: Locale, step: &Step, abbr: &str) -> String {
    let won = |n: i64| format::won(locale, n);
    match (locale, step) {
        (
            _,
            Step::Calc {
                first,
                rest,
                result,
                rounded,
            },
        ) => {
            let mut s = value(locale, *first);
            for (op, v) in rest {
                s.push_str(match op {
                    Op::Times => " × ",
                    Op::DividedBy => " ÷ ",
                });
                s.push_str(&value(locale, *v));
            }
            s.push_str(if is_whole(*result) { " = " } else { " ≈ " });
            s.push_str(&value(locale, *result));
            if let Some(Rounding::Up { unit, to }) = rounded {
                s.push_str(&match locale {
                    Locale::Ko => {
                        format!(" → {}원 단위로 올려 {}", format::number(*unit), won(*to))
                    }
                    Locale::En => format!(" → rounded up to {}", won(*to)),
                });
            }
            s
        }
        (Locale::Ko, Step::AtLeast { hours: h, min, met }) => format!(
            "장애 {} {} 최소 {}: {}",
            hours(locale, *h),
            if *met { "≥" } else { "<" },
            hours(locale, *min),
            if *met {
                "규칙이 적용됩니다"
            } else {
                "규칙이 적용되지 않습니다"
            }
        ),
        (Locale::En, Step::AtLeast { hours: h, min, met }) => format!(
            "{} hit {} the {} minimum: {}",
            hours(locale, *h),
            if *met { "≥" } else { "<" },
            hours(locale, *min),
            if *met {
                "the rule applies"
            } else {
                "the rule does not apply"
            }
        ),
        (Locale::Ko, Step::StartedDays { hours: h, days: d }) => format!(
            "{} → 24시간마다 하루, 남는 시간도 하루로 세어 {}",
            hours(locale, *h),
            days(locale, *d)
        ),
        (Locale::En, Step::StartedDays { hours: h, days: d }) => format!(
            "{} → {} (each day begun counts as a day)",
            hours(locale, *h),
            days(locale, *d)
        ),
        (
            Locale::Ko,
            Step::Tier {
                loss,
                above,
                up_to,
                pays,
            },
        ) => match above {
            Some(a) => format!(
                "피해액 {}: {} 초과 {} 이하 구간 → {}",
                won(*loss),
                won(*a),
                won(*up_to),
                won(*pays)
            ),
            None => format!(
                "피해액 {}: {} 이하 구간 → {}",
                won(*loss),
                won(*up_to),
                won(*pays)
            ),
        },
        (
            Locale::En,
            Step::Tier {
                loss,
                above,
                up_to,
                pays,
            },
        ) => match above {
            Some(a) => format!(
                "Loss {}: over {} and up to {} → {}",
                won(*loss),
                won(*a),
                won(*up_to),
                won(*pays)
            ),
            None => format!(
                "Loss {}: up to {} → {}",
                won(*loss),
                won(*up_to),
                won(*pays)
            ),
        },
        (Locale::Ko, Step::AboveTiers { loss, last_up_to }) => format!(
            "피해액 {}: 마지막 구간({})을 넘음 → 개별 판단",
            won(*loss),
            won(*last_up_to)
        ),
        (Locale::En, Step::AboveTiers { loss, last_up_to }) => format!(
            "Loss {}: above the last tier ({}) → decided case by case",
            won(*loss),
            won(*last_up_to)
        ),
        (Locale::Ko, Step::Window { from, to, hours: h }) => format!(
            "대상 시간대: {} ~ {} ({})",
            moment(locale, from, abbr),
            moment(locale, to, abbr),
            hours(locale, *h)
        ),
        (Locale::En, Step::Window { from, to, hours: h }) => format!(
            "Window: {} – {} ({})",
            moment(locale, from, abbr),
            moment(locale, to, abbr),
            hours(locale, *h)
        ),
    }
}

/// The rule in a sentence: "6 days of the monthly fee (a 31-day month), rounded up to ₩10".
pub fn rule_summary(locale: Locale, rule: &Rule, abbr: &str) -> String {
    let won = |n: i64| format::won(locale, n);
    match (locale, rule) {
        (
            Locale::Ko,
            Rule::MultipleOfOutage {
                multiple,
                days_in_month,
                min_hours,
            },
        ) => {
            let min = min_hours
                .map(|m| format!(", {} 이상 장애일 때", hours(locale, m)))
                .unwrap_or_default();
            format!("장애 시간의 {}배에 해당하는 요금(월 요금을 {}일 × 24시간으로 나눈 시간당 요금 기준){min}", decimal(*multiple), decimal(*days_in_month))
        }
        (
            Locale::En,
            Rule::MultipleOfOutage {
                multiple,
                days_in_month,
                min_hours,
            },
        ) => {
            let min = min_hours
                .map(|m| format!(", for outages of {} or more", hours(locale, m)))
                .unwrap_or_default();
            format!(
                "{}× the outage time in fees (the monthly fee spread over {} days × 24 h){min}",
                decimal(*multiple),
                decimal(*days_in_month)
            )
        }
        (
            Locale::Ko,
            Rule::DaysOfMonthlyFee {
                days: d,
                days_in_month,
                round_to,
            },
        ) => format!(
            "월 요금의 {}치(한 달 {}일 기준, {}원 단위 올림)",
            days(locale, *d),
            decimal(*days_in_month),
            format::number(*round_to)
        ),
        (
            Locale::En,
            Rule::DaysOfMonthlyFee {
                days: d,
                days_in_month,
                round_to,
            },
        ) => format!(
            "{} of the monthly fee (a {}-day month), rounded up to the next {}",
            days(locale, *d),
            decimal(*days_in_month),
            won(*round_to)
        ),
        (Locale::Ko, Rule::ExtensionMultiple { multiple }) => {
            format!("피해 일수의 {}배만큼 이용 기간 연장", decimal(*multiple))
        }
        (Locale::En, Rule::ExtensionMultiple { multiple }) => {
            format!("Extension by {}× the days hit", decimal(*multiple))
        }
        (_, Rule::CashTiers { tiers }) => {
            let mut parts: Vec<String> = tiers
                .iter()
                .map(|t| match locale {
                    Locale::Ko => format!("{} 이하 → {}", won(t.up_to), won(t.pays)),
                    Locale::En => format!("up to {} → {}", won(t.up_to), won(t.pays)),
                })
                .collect();
            let last = tiers.last().map(|t| t.up_to).unwrap_or(0);
            parts.push(match locale {
                Locale::Ko => format!("{} 초과 → 개별 판단", won(last)),
                Locale::En => format!("over {} → case by case", won(last)),
            });
            match locale {
                Locale::Ko => format!("피해액 구간별 현금: {}", parts.join("; ")),
                Locale::En => format!("Cash by reported loss: {}", parts.join("; ")),
            }
        }
        (Locale::Ko, Rule::FeeWaiver { percent, window }) => format!(
            "{} ~ {}에 번 요금의 {}%만큼 수수료 면제",
            moment(locale, &window.from, abbr),
            moment(locale, &window.to, abbr),
            decimal(*percent)
        ),
        (Locale::En, Rule::FeeWaiver { percent, window }) => format!(
            "Fees waived: {}% of the fares taken {} – {}",
            decimal(*percent),
            moment(locale, &window.from, abbr),
            moment(locale, &window.to, abbr)
        ),
        (
            _,
            Rule::Fixed {
                won: w,
                days: d,
                either,
            },
        ) => award_text(
            locale,
            &Award {
                won: *w,
                days: *d,
                either: *either,
            },
        ),
    }
}

/// An award: "7,550원", "6일 연장", both ("1,500원 · 3일 연장"), or one of the two
/// ("1,500원 또는 3일 연장").
pub fn award_text(locale: Locale, a: &Award) -> String {
    let mut parts = Vec::new();
    if let Some(w) = a.won {
        parts.push(format::won(locale, w));
    }
    if let Some(d) = a.days {
        parts.push(match locale {
            Locale::Ko => format!("{} 연장", days(locale, d)),
            Locale::En => format!("{} of extension", days(locale, d)),
        });
    }
    let joint = match (a.either, locale) {
        (false, _) => " · ",
        (true, Locale::Ko) => " 또는 ",
        (true, Locale::En) => " or ",
    };
    parts.join(joint)
}

/// Why an estimate is graded as it is.
pub fn reason_text(locale: Locale, r: &Reason) -> String {
    let won = |n: i64| format::won(locale, n);
    match (locale, r) {
        (_, Reason::Missing(needs)) => {
            let names: Vec<&str> = needs.iter().map(|n| need_name(locale, *n)).collect();
            match locale {
                Locale::Ko => format!("계산하려면 다음 정보가 필요합니다: {}.", names.join(", ")),
                Locale::En => format!("To compute it we need {}.", names.join(" and ")),
            }
        }
        (Locale::Ko, Reason::BelowMinHours { hours: h, min }) => format!(
            "장애 시간 {}이 이 규칙의 최소 {}에 못 미칩니다.",
            hours(locale, *h),
            hours(locale, *min)
        ),
        (Locale::En, Reason::BelowMinHours { hours: h, min }) => format!(
            "{} is short of the rule's {} minimum.",
            hours(locale, *h),
            hours(locale, *min)
        ),
        (Locale::Ko, Reason::NotHit) => "장애를 겪은 시간이 0이면 보상 대상이 아닙니다.".into(),
        (Locale::En, Reason::NotHit) => "With no time hit there is nothing to compensate.".into(),
        (Locale::Ko, Reason::NoFee) => "내는 요금이 없으면 돌려받을 요금도 없습니다.".into(),
        (Locale::En, Reason::NoFee) => "With no fee paid there is no fee to refund.".into(),
        (Locale::Ko, Reason::NoLoss) => "피해액이 0이면 현금 보상 대상이 아닙니다.".into(),
        (Locale::En, Reason::NoLoss) => "With no loss reported there is no cash to pay.".into(),
        (Locale::Ko, Reason::NoFares) => "해당 시간대에 번 요금이 없으면 면제할 수수료도 없습니다.".into(),
        (Locale::En, Reason::NoFares) => "With no fares in the window there is no fee to waive.".into(),
        (Locale::Ko, Reason::AboveLastTier { last_up_to }) => format!(
            "{} 초과 피해는 개별적으로 판단합니다.",
            won(*last_up_to)
        ),
        (Locale::En, Reason::AboveLastTier { last_up_to }) => format!(
            "Losses over {} are decided case by case.",
            won(*last_up_to)
        ),
        (Locale::Ko, Reason::NoRule) => "이 대상에 해당하는 보상이지만, 데이터에 금액을 계산할 규칙이 없습니다. 위의 보상 내용을 확인하세요.".into(),
        (Locale::En, Reason::NoRule) => "This offer covers your group, but the data has no rule to compute an amount. See the offer above.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::compensation::{apply, Answers};

    #[test]
    fn decimals() {
        assert_eq!(decimal(6.0), "6");
        assert_eq!(decimal(1.5), "1.5");
        assert_eq!(decimal(7548.387), "7,548.39");
        assert_eq!(decimal(0.05), "0.05");
        assert_eq!(decimal(2.999), "3");
        assert_eq!(decimal(-0.5), "-0.5");
    }

    #[test]
    fn plain_is_what_std_writes() {
        // Hours as the data gives them (tenths), as readers type them (a few decimals), and
        // large ones: the same text as `f64::to_string`, std being the reference.
        let mut values = vec![
            0.0,
            1.0,
            127.5,
            1.333,
            0.05,
            2.25,
            99_999.999_999,
            1e9 + 0.5,
        ];
        values.extend((0..20_000).map(|k| f64::from(k) / 10.0));
        values.extend((0..20_000).map(|k| f64::from(k) / 100.0));
        // Typed with three to six decimals (what the reader typed is what std writes back).
        values.extend(
            (0..5_000).map(|k| format!("{}.{:03}", k / 7, k % 1000).parse::<f64>().unwrap()),
        );
        values.extend((1..2_000).map(|k| format!("0.{:06}", k * 37).parse::<f64>().unwrap()));
        values.extend((1..5_000).map(|k| -f64::from(k) / 1000.0));
        for v in values {
            assert_eq!(plain(v), v.to_string(), "{v:?}");
        }
        assert_eq!(plain(1.000_000_4), "1", "past six decimals, rounded");
    }

    #[test]
    fn pro_taxi_line_in_english() {
        let rule = Rule::DaysOfMonthlyFee {
            days: 6.0,
            days_in_month: 31.0,
            round_to: 10,
        };
        let a = apply(
            &rule,
            &Answers {
                monthly_fee: Some(39_000),
                ..Default::default()
            },
        );
        assert_eq!(
            step_text(Locale::En, &a.steps[0], "KST"),
            "₩39,000 × 6 ÷ 31 ≈ ₩7,548 → rounded up to ₩7,550"
        );
    }

    #[test]
    fn pro_taxi_line_in_korean() {
        let rule = Rule::DaysOfMonthlyFee {
            days: 6.0,
            days_in_month: 31.0,
            round_to: 10,
        };
        let a = apply(
            &rule,
            &Answers {
                monthly_fee: Some(39_000),
                ..Default::default()
            },
        );
        assert_eq!(
            step_text(Locale::Ko, &a.steps[0], "KST"),
            "39,000원 × 6 ÷ 31 ≈ 7,548원 → 10원 단위로 올려 7,550원"
        );
    }

    #[test]
    fn missing_answers_are_named() {
        let r = Reason::Missing(vec![Need::MonthlyFee, Need::Hours]);
        assert_eq!(
            reason_text(Locale::En, &r),
            "To compute it we need your monthly fee and how long you were hit."
        );
    }

    #[test]
    fn awards_join_money_and_days() {
        assert_eq!(
            award_text(
                Locale::Ko,
                &Award {
                    won: Some(1500),
                    days: Some(3.0),
                    either: false,
                }
            ),
            "1,500원 · 3일 연장"
        );
        let either = Award {
            won: Some(1500),
            days: Some(3.0),
            either: true,
        };
        assert_eq!(award_text(Locale::Ko, &either), "1,500원 또는 3일 연장");
        assert_eq!(
            award_text(Locale::En, &either),
            "₩1,500 or 3 days of extension"
        );
        assert_eq!(
            award_text(
                Locale::En,
                &Award {
                    days: Some(1.0),
                    ..Award::default()
                }
            ),
            "1 day of extension"
        );
    }
}
