//! Messages of the shell: header, navigation, language and theme switches, load states, the
//! page for unknown routes, and words every view shares.

use crate::route::Tab;

pub struct Common {
    pub widget_name: &'static str,
    pub nav_label: &'static str,
    pub nav_timeline: &'static str,
    pub nav_services: &'static str,
    pub nav_check: &'static str,
    pub nav_compensation: &'static str,
    pub language_label: &'static str,
    pub theme_label: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub as_of: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub showing_builtin: &'static str,
    pub showing_last_good: &'static str,
    pub more_problems: &'static str,
    pub try_again: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub not_found_item: &'static str,
    pub sources: &'static str,
    pub approximate: &'static str,
    pub approximate_hint: &'static str,
    pub disputed: &'static str,
    pub kst_label: &'static str,
    pub your_time: &'static str,
    pub skip_to_content: &'static str,
}

impl Common {
    /// The label of a view's tab.
    pub fn tab(&self, tab: Tab) -> &'static str {
        match tab {
            Tab::Timeline => self.nav_timeline,
            Tab::Services => self.nav_services,
            Tab::Check => self.nav_check,
            Tab::Compensation => self.nav_compensation,
        }
    }
}

pub const KO: Common = Common {
    widget_name: "장애 설명 위젯",
    nav_label: "보기",
    nav_timeline: "타임라인",
    nav_services: "서비스",
    nav_check: "피해 확인",
    nav_compensation: "보상",
    language_label: "언어",
    theme_label: "화면 테마",
    theme_auto: "자동",
    theme_light: "밝게",
    theme_dark: "어둡게",
    as_of: "기준",
    loading: "불러오는 중…",
    load_failed: "장애 데이터를 불러오지 못했습니다",
    showing_builtin: "기본 장애 데이터를 계속 보여 줍니다.",
    try_again: "다시 시도",
    showing_last_good: "마지막으로 불러온 정상 데이터를 계속 보여 줍니다.",
    more_problems: "문제 더 보기",
    not_found_title: "없는 페이지입니다",
    not_found_text: "주소가 위젯의 보기와 맞지 않습니다. 아래에서 보기를 고르세요.",
    not_found_item: "이 데이터에 없는 항목입니다",
    sources: "출처",
    approximate: "대략",
    approximate_hint: "출처가 대략적인 시각만 밝힙니다",
    disputed: "출처마다 다름",
    kst_label: "한국 시간",
    your_time: "내 시간",
    skip_to_content: "본문으로 건너뛰기",
};

pub const EN: Common = Common {
    widget_name: "Incident explainer",
    nav_label: "Views",
    nav_timeline: "Timeline",
    nav_services: "Services",
    nav_check: "Was I affected?",
    nav_compensation: "Compensation",
    language_label: "Language",
    theme_label: "Theme",
    theme_auto: "Auto",
    theme_light: "Light",
    theme_dark: "Dark",
    as_of: "As of",
    loading: "Loading…",
    load_failed: "The incident data could not be loaded",
    showing_builtin: "Still showing the built-in incident.",
    try_again: "Try again",
    showing_last_good: "Still showing the last good copy.",
    more_problems: "More problems",
    not_found_title: "No such page",
    not_found_text: "This address does not match a view of the widget. Pick one below.",
    not_found_item: "This item is not in the data",
    sources: "Sources",
    approximate: "approx.",
    approximate_hint: "The sources give this time only roughly",
    disputed: "sources disagree",
    kst_label: "Korea time",
    your_time: "Your time",
    skip_to_content: "Skip to content",
};
