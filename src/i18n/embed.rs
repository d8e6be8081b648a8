//! Messages of embedded mode (the compact views' "see everything" link, the key moments and
//! worst-hit lists) and of the "Share / embed" panel.

use super::format::number;
use crate::locale::Locale;

pub struct EmbedText {
    /// The link from a compact view to the full widget in its own page (a new tab).
    pub see_all: &'static str,
    pub new_tab: &'static str,
    /// "Key moments: 7 of 65 events".
    pub key_moments: fn(usize, usize) -> String,
    /// "Worst hit: 6 of 32 services".
    pub worst_hit: fn(usize, usize) -> String,
    /// Under the claimant groups of the compact compensation view.
    pub pick_group: &'static str,
    /// Back from one claimant group to the list of groups.
    pub all_groups: &'static str,
    pub share_summary: &'static str,
    pub share_intro: &'static str,
    pub link_label: &'static str,
    pub iframe_label: &'static str,
    pub iframe_hint: &'static str,
    pub script_label: &'static str,
    pub script_hint: &'static str,
    pub jsonld_label: &'static str,
    pub jsonld_hint: &'static str,
    pub copy: fn(&str) -> String,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    /// "Reserves 1,150 px of height on the host page (375 px wide shown at 1/10)".
    pub reserved: fn(u32) -> String,
    /// The iframe's title on a host page.
    pub frame_title: fn(&str) -> String,
}

pub const KO: EmbedText = EmbedText {
    see_all: "전체 보기",
    new_tab: "(새 탭에서 열림)",
    key_moments: |n, all| {
        format!(
            "주요 순간: 사건 {}개 중 {}개",
            number(all as i64),
            number(n as i64)
        )
    },
    worst_hit: |n, all| {
        format!(
            "가장 오래 멈춘 서비스: {}개 중 {}개",
            number(all as i64),
            number(n as i64)
        )
    },
    pick_group: "해당하는 대상을 고르면 받을 수 있는 보상을 계산해 봅니다.",
    all_groups: "다른 대상 고르기",
    share_summary: "공유 / 퍼가기",
    share_intro: "지금 보고 있는 화면을 이 언어로 공유하거나 다른 페이지에 넣는 코드입니다.",
    link_label: "링크",
    iframe_label: "iframe 퍼가기",
    iframe_hint:
        "본문에 넣고, 스크립트 한 줄은 페이지마다 한 번만 넣으세요. 높이는 위젯이 알려 줍니다.",
    script_label: "스크립트 퍼가기 (iframe 없이)",
    script_hint: "페이지에 바로 그립니다. 페이지의 CSS와 서로 섞이지 않습니다.",
    jsonld_label: "검색엔진용 JSON-LD",
    jsonld_hint: "기사 페이지의 <head>에 넣으면 검색엔진이 이 자료를 알아봅니다.",
    copy: |what| format!("{what} 복사"),
    copied: "복사했습니다.",
    copy_failed: "복사하지 못했습니다. 아래 상자에서 직접 복사하세요.",
    reserved: |h| {
        format!(
            "페이지에 높이 {}px를 미리 잡아 둡니다 (폭 375px 화면, 10분의 1 크기).",
            number(h as i64)
        )
    },
    frame_title: |title| format!("{title} — 설명 위젯"),
};

pub const EN: EmbedText = EmbedText {
    see_all: "See everything",
    new_tab: "(opens in a new tab)",
    key_moments: |n, all| {
        format!("Key moments: {} of {} events", number(n as i64), number(all as i64))
    },
    worst_hit: |n, all| {
        format!("Worst hit: {} of {} services", number(n as i64), number(all as i64))
    },
    pick_group: "Pick your group to work out what you can claim.",
    all_groups: "pick another group",
    share_summary: "Share / embed",
    share_intro: "Codes to share this view, in this language, or to put it in another page.",
    link_label: "Link",
    iframe_label: "iframe embed",
    iframe_hint: "Paste it in the article; the script line goes once per page. The widget reports its height.",
    script_label: "Script embed (no iframe)",
    script_hint: "Draws the widget in the page itself; the page's CSS and the widget's stay apart.",
    jsonld_label: "JSON-LD for search engines",
    jsonld_hint: "Put it in the article page's <head> so search engines know the data.",
    copy: |what| format!("Copy {what}"),
    copied: "Copied.",
    copy_failed: "Could not copy. Copy it from the box below.",
    reserved: |h| {
        format!(
            "Reserves {} px of height on the page (a 375 px wide screen, at 1/10 scale).",
            number(h as i64)
        )
    },
    frame_title: |title| format!("{title} — explainer"),
};

impl Locale {
    pub fn embed(self) -> &'static EmbedText {
        match self {
            Locale::Ko => &KO,
            Locale::En => &EN,
        }
    }
}
