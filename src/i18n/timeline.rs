//! Messages of the timeline view: the event list (days, kinds, time since the start, filters,
//! deep links), the key figures and the status chart (zoom, legend, axis, list equivalent).

use super::format::number;
use crate::incident::{EventKind, Level};

pub struct TimelineText {
    pub intro: &'static str,
    pub kind_cause: &'static str,
    pub kind_outage: &'static str,
    pub kind_recovery: &'static str,
    pub kind_statement: &'static str,
    pub kind_compensation: &'static str,
    pub kind_investigation: &'static str,
    pub level_outage: &'static str,
    pub level_degraded: &'static str,
    pub level_restored: &'static str,
    /// A whole service's middle level: degraded, or some of its functions down.
    pub level_partial: &'static str,
    /// Read before "+10 h 01 m" by screen readers.
    pub since_start: &'static str,
    pub kind_label: &'static str,
    pub services_label: &'static str,
    pub more_services: fn(n: usize) -> String,
    /// The button under a long list: show `n` more events, `hidden` not shown yet.
    pub more_events: fn(n: usize, hidden: usize) -> String,
    /// The same under the chart: `n` more services.
    pub more_charted: fn(n: usize, hidden: usize) -> String,
    pub permalink: &'static str,
    pub filters_title: &'static str,
    pub service_filter: &'static str,
    pub all_services: &'static str,
    pub kind_filter: &'static str,
    pub clear_filters: &'static str,
    /// "Showing 12 of 65 events".
    pub showing: fn(shown: usize, total: usize) -> String,
    pub no_events: &'static str,
    pub unknown_event: fn(id: &str) -> String,
    pub unknown_service: fn(name: &str) -> String,
    pub unknown_kinds: fn(kinds: &str) -> String,
    pub days_in: &'static str,
    pub list_title: &'static str,
    pub dispute_note: &'static str,
    pub figures_title: &'static str,
    pub figure_duration: &'static str,
    pub figure_services: &'static str,
    pub services_count: fn(n: usize) -> String,
    pub computed: &'static str,
    pub chart_title: &'static str,
    pub chart_intro: &'static str,
    pub zoom_label: &'static str,
    pub zoom_overview: &'static str,
    pub zoom_hours: fn(hours: i64) -> String,
    pub focus_note: fn(hours: i64, percent: i64) -> String,
    pub legend_label: &'static str,
    pub approx_edge: &'static str,
    pub show_functions: &'static str,
    pub cursor_at: &'static str,
    pub cursor_off_chart: &'static str,
    pub axis_label: fn(zone: &str) -> String,
    /// A day on the chart's axis: month and day of month.
    pub axis_day: fn(month: u32, day: u32) -> String,
    pub show_list: &'static str,
    pub table_title: &'static str,
    pub times_in: fn(zone: &str) -> String,
    pub end_unknown: &'static str,
    pub ongoing: &'static str,
    /// A stretch after the last report, on the chart and in its list.
    pub level_unknown: &'static str,
    pub then_unknown: &'static str,
}

impl TimelineText {
    /// The label of an event kind.
    pub fn kind(&self, k: EventKind) -> &'static str {
        match k {
            EventKind::Cause => self.kind_cause,
            EventKind::Outage => self.kind_outage,
            EventKind::Recovery => self.kind_recovery,
            EventKind::Statement => self.kind_statement,
            EventKind::Compensation => self.kind_compensation,
            EventKind::Investigation => self.kind_investigation,
        }
    }

    /// The label of a status level.
    pub fn level(&self, l: Level) -> &'static str {
        match l {
            Level::Outage => self.level_outage,
            Level::Degraded => self.level_degraded,
            Level::Restored => self.level_restored,
        }
    }
}

pub const KO: TimelineText = TimelineText {
    intro: "일어난 일을 시간 순서대로 보여 줍니다. 시각은 한국 시간(KST)과 내 시간대로 함께 적고, 장애가 시작된 때부터 얼마나 지났는지도 붙였습니다.",
    kind_cause: "원인",
    kind_outage: "장애",
    kind_recovery: "복구",
    kind_statement: "발표",
    kind_compensation: "보상",
    kind_investigation: "조사",
    level_outage: "중단",
    level_degraded: "일부 장애",
    level_restored: "복구됨",
    level_partial: "일부 장애 (일부 기능 중단 포함)",
    since_start: "장애 시작부터",
    kind_label: "종류",
    services_label: "관련 서비스",
    more_services: |n| format!("{n}개 더 보기"),
    more_events: |n, hidden| {
        format!("사건 {}개 더 보기 (남은 사건 {}개)", number(n as i64), number(hidden as i64))
    },
    more_charted: |n, hidden| {
        format!("서비스 {}개 더 보기 (남은 서비스 {}개)", number(n as i64), number(hidden as i64))
    },
    permalink: "이 사건의 링크",
    filters_title: "골라 보기",
    service_filter: "서비스",
    all_services: "모든 서비스",
    kind_filter: "종류",
    clear_filters: "모두 보기",
    showing: |shown, total| {
        if shown == total {
            format!("사건 {total}건")
        } else {
            format!("사건 {total}건 중 {shown}건")
        }
    },
    no_events: "고른 조건에 맞는 사건이 없습니다.",
    unknown_event: |id| {
        format!("\u{201c}{id}\u{201d} 사건은 이 데이터에 없습니다. 전체 타임라인을 보여 드립니다.")
    },
    unknown_service: |name| {
        format!("\u{201c}{name}\u{201d}라는 서비스는 이 데이터에 없어서 서비스로 거르지 않았습니다.")
    },
    unknown_kinds: |kinds| format!("알 수 없는 종류라 무시했습니다: {kinds}"),
    days_in: "날짜 기준",
    list_title: "날짜별 사건",
    dispute_note: "출처마다 다르게 전합니다",
    figures_title: "핵심 수치",
    figure_duration: "장애 시간",
    figure_services: "피해를 본 서비스",
    services_count: |n| format!("{n}개"),
    computed: "데이터에서 계산",
    chart_title: "서비스별 상태",
    chart_intro: "서비스마다 언제 모든 기능이 멈췄고(중단) 언제 일부 기능만 멈추거나 불안정했으며(일부 장애) 언제 돌아왔는지(복구됨)를 막대로 보여 줍니다. 서비스 이름을 누르면 기능별로 펼쳐집니다.",
    zoom_label: "보는 범위",
    zoom_overview: "전체 (첫날 확대)",
    zoom_hours: |h| format!("처음 {h}시간"),
    focus_note: |h, p| format!("처음 {h}시간이 가로 폭의 {p}%를 차지하도록 늘렸습니다. 세로 점선 뒤로는 시간이 더 촘촘합니다."),
    legend_label: "범례",
    approx_edge: "대략적인 시각",
    show_functions: "기능별로 보기",
    cursor_at: "세로선: ",
    cursor_off_chart: "고른 사건은 그래프 범위 밖에 있습니다.",
    axis_label: |z| format!("시각 ({z})"),
    axis_day: |m, d| format!("{m}월 {d}일"),
    show_list: "목록으로 보기",
    table_title: "서비스별 상태 목록",
    times_in: |z| format!("시각은 {z} 기준입니다."),
    end_unknown: "끝난 시각 미상",
    ongoing: "이후 계속",
    level_unknown: "알 수 없음 (마지막 보도 이후)",
    then_unknown: "마지막 보도 이후 알 수 없음",
};

pub const EN: TimelineText = TimelineText {
    intro: "What happened, in order. Each time is given in Korea time (KST) and in your own zone, with how long after the outage began it came.",
    kind_cause: "Cause",
    kind_outage: "Outage",
    kind_recovery: "Recovery",
    kind_statement: "Statement",
    kind_compensation: "Compensation",
    kind_investigation: "Investigation",
    level_outage: "Down",
    level_degraded: "Degraded",
    level_restored: "Restored",
    level_partial: "Degraded or partly down",
    since_start: "since the outage began",
    kind_label: "Kind",
    services_label: "Services",
    more_services: |n| format!("{n} more"),
    more_events: |n, hidden| {
        format!("Show {} more events ({} not shown yet)", number(n as i64), number(hidden as i64))
    },
    more_charted: |n, hidden| {
        format!("Show {} more services ({} not shown yet)", number(n as i64), number(hidden as i64))
    },
    permalink: "Link to this event",
    filters_title: "Filter",
    service_filter: "Service",
    all_services: "All services",
    kind_filter: "Kind",
    clear_filters: "Show all",
    showing: |shown, total| {
        if shown == total {
            format!("{total} events")
        } else {
            format!("Showing {shown} of {total} events")
        }
    },
    no_events: "No events match these filters.",
    unknown_event: |id| {
        format!("There is no event \u{201c}{id}\u{201d} in this data. Showing the whole timeline.")
    },
    unknown_service: |name| {
        format!("There is no service \u{201c}{name}\u{201d} in this data, so events are not filtered by service.")
    },
    unknown_kinds: |kinds| format!("Unknown kinds, ignored: {kinds}"),
    days_in: "Days in",
    list_title: "Events by day",
    dispute_note: "Sources disagree",
    figures_title: "Key figures",
    figure_duration: "Outage duration",
    figure_services: "Services hit",
    services_count: |n| n.to_string(),
    computed: "computed from the data",
    chart_title: "Status by service",
    chart_intro: "When each service was down (every function at once), degraded or partly down (some functions), or restored. Select a service's name to see its functions.",
    zoom_label: "Time range",
    zoom_overview: "Whole incident (first day enlarged)",
    zoom_hours: |h| format!("First {h} h"),
    focus_note: |h, p| format!("The first {h} hours are stretched to {p}% of the width; after the dotted line, time is compressed."),
    legend_label: "Legend",
    approx_edge: "Approximate time",
    show_functions: "show functions",
    cursor_at: "Vertical line: ",
    cursor_off_chart: "The selected event lies outside the chart.",
    axis_label: |z| format!("Time ({z})"),
    axis_day: |m, d| {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let month = MONTHS.get((m as usize).wrapping_sub(1)).unwrap_or(&"");
        format!("{d} {month}")
    },
    show_list: "Show as a list",
    table_title: "Status by service, as a list",
    times_in: |z| format!("Times in {z}."),
    end_unknown: "end not known",
    ongoing: "onward",
    level_unknown: "Not known (after the last report)",
    then_unknown: "not known after the last report",
};
