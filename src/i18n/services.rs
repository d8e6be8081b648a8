//! Messages of the services view: the list grouped by operator, the search box, one service's
//! detail with its functions and intervals, and the names of the status levels (shared with the
//! checker).

use crate::incident::Level;

pub struct ServicesText {
    pub title: &'static str,
    pub intro: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    /// "12 services" / "3 of 33 services".
    pub count: fn(shown: usize, total: usize) -> String,
    pub no_match: fn(query: &str) -> String,
    pub show_more: fn(n: usize) -> String,
    pub level_outage: &'static str,
    pub level_degraded: &'static str,
    pub level_restored: &'static str,
    pub level_none: &'static str,
    /// The worst level any function of the service reached.
    pub worst_label: &'static str,
    /// Total time at least one function was down (`status::any_function_down`).
    pub any_down_total: &'static str,
    /// Total time every function was down at once (`status::fully_down`).
    pub fully_down_total: &'static str,
    /// Total time at least one function was down or degraded.
    pub hit_total: &'static str,
    pub open_end_note: &'static str,
    pub functions_hit: fn(hit: usize, total: usize) -> String,
    pub operator_label: &'static str,
    /// The heading of the group of services hit through another company's.
    pub third_parties: &'static str,
    pub functions_title: &'static str,
    pub experience_title: &'static str,
    pub no_status: &'static str,
    pub end_unknown: &'static str,
    pub interval_label: &'static str,
    pub unknown_service_title: &'static str,
    pub unknown_service: fn(id: &str) -> String,
    pub all_services: &'static str,
    pub check_this: &'static str,
    pub timeline_of: &'static str,
    pub compensation_for: fn(n: usize) -> String,
    pub compensation_all: &'static str,
    pub details: &'static str,
}

impl ServicesText {
    /// The name of a level; `None` is "no disruption recorded".
    pub fn level(&self, level: Option<Level>) -> &'static str {
        match level {
            Some(Level::Outage) => self.level_outage,
            Some(Level::Degraded) => self.level_degraded,
            Some(Level::Restored) => self.level_restored,
            None => self.level_none,
        }
    }
}

pub const KO: ServicesText = ServicesText {
    title: "영향받은 서비스",
    intro: "직접 영향받은 회사별로 묶고, 그 서비스를 거쳐 영향받은 다른 회사·기관은 끝에 모았습니다. 서비스를 열면 기능별로 언제 멈췄고 언제 돌아왔는지, 이용자가 겪은 일과 출처를 볼 수 있습니다.",
    search_label: "서비스 찾기",
    search_hint: "이름, 별칭 또는 id로 찾습니다. 대소문자와 띄어쓰기는 가리지 않습니다 (예: 카톡, kakaot, KAKAO PAY).",
    count: |shown, total| {
        if shown == total {
            format!("서비스 {total}개")
        } else {
            format!("서비스 {total}개 중 {shown}개")
        }
    },
    no_match: |q| format!("‘{q}’와 맞는 서비스가 없습니다. 다른 이름이나 별칭으로 찾아보세요."),
    show_more: |n| format!("{n}개 더 보기"),
    level_outage: "중단",
    level_degraded: "일부 장애",
    level_restored: "복구됨",
    level_none: "장애 기록 없음",
    worst_label: "기능 중 가장 심했던 상태",
    any_down_total: "멈춘 시간 합계 (기능 하나라도)",
    fully_down_total: "그중 전면 장애 (모든 기능)",
    hit_total: "일부 장애 포함 합계 (기능 하나라도)",
    open_end_note: "끝난 시각이 자료에 없는 구간은 데이터가 다루는 기간의 끝까지 셌습니다.",
    functions_hit: |hit, total| format!("기능 {total}개 중 {hit}개 영향"),
    operator_label: "운영",
    third_parties: "다른 회사·기관 (위 서비스를 거쳐 영향받은 곳)",
    functions_title: "기능별 상태",
    experience_title: "이용자가 겪은 일",
    no_status: "이 기능의 상태 기록이 없습니다.",
    end_unknown: "끝난 시각 미상",
    interval_label: "구간",
    unknown_service_title: "없는 서비스입니다",
    unknown_service: |id| format!("이 데이터에는 ‘{id}’라는 서비스가 없습니다. 목록에서 찾아보세요."),
    all_services: "전체 서비스 목록",
    check_this: "특정 시각에 피해가 있었는지 확인",
    timeline_of: "이 서비스의 타임라인",
    compensation_for: |n| format!("이 서비스 보상 {n}건 보기"),
    compensation_all: "보상 안내 보기",
    details: "자세히",
};

pub const EN: ServicesText = ServicesText {
    title: "Affected services",
    intro: "Grouped by the companies hit directly, with the third parties hit through their services last. Open a service to see when each of its functions went down and came back, what users experienced, and the sources.",
    search_label: "Find a service",
    search_hint: "By name, alias or id, in Korean or English; case and spaces do not matter (e.g. 카톡, kakaot, KAKAO PAY).",
    count: |shown, total| {
        if shown == total {
            format!("{total} services")
        } else {
            format!("{shown} of {total} services")
        }
    },
    no_match: |q| format!("No service matches “{q}”. Try another name or alias."),
    show_more: |n| format!("Show {n} more"),
    level_outage: "Down",
    level_degraded: "Degraded",
    level_restored: "Restored",
    level_none: "No disruption recorded",
    worst_label: "Worst state of any function",
    any_down_total: "Total time down (any function)",
    fully_down_total: "Of which fully down (every function)",
    hit_total: "Including degraded (any function)",
    open_end_note: "Intervals with no end in the sources are counted up to the end of what the data covers.",
    functions_hit: |hit, total| {
        let s = if total == 1 { "" } else { "s" };
        format!("{hit} of {total} function{s} hit")
    },
    operator_label: "Operator",
    third_parties: "Third parties (hit through the services above)",
    functions_title: "By function",
    experience_title: "What users experienced",
    no_status: "No status is recorded for this function.",
    end_unknown: "end not known",
    interval_label: "Interval",
    unknown_service_title: "No such service",
    unknown_service: |id| format!("There is no service “{id}” in this data. Look for it in the list."),
    all_services: "All services",
    check_this: "Check whether it was down at a given time",
    timeline_of: "Timeline of this service",
    compensation_for: |n| {
        if n == 1 {
            "See the compensation offer for this service".to_string()
        } else {
            format!("See the {n} compensation offers for this service")
        }
    },
    compensation_all: "See compensation",
    details: "Details",
};
