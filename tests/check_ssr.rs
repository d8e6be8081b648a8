#![cfg(not(target_arch = "wasm32"))]
//! Server-rendering tests of the checker: the answer renders from the URL alone, with the public
//! `data-verdict` for every verdict and the reason for "unknown", in both languages; the same
//! moment written in any offset gives the same answer; the form starts from the URL; the copy
//! link is canonical. Most run on the built-in incident (asserting what holds for the real
//! data); the "sources do not say" case needs a gap, so it runs on a small incident of its own.

mod common;
use common::{builtin, render, render_in};
use incident_explainer::components::shell::views::ViewSwitch;
use incident_explainer::hooks::Ctx;
use incident_explainer::i18n::Locale;
use incident_explainer::incident::catalog::offer_count;
use incident_explainer::route;
use std::rc::Rc;
use yew::prelude::*;

const AT_18_KST: &str = "2022-10-15T18:00:00%2B09:00";

fn verdict_of(html: &str) -> Option<String> {
    let i = html.find("data-verdict=\"")? + "data-verdict=\"".len();
    Some(html[i..].split('"').next()?.to_string())
}

fn why_of(html: &str) -> Option<String> {
    let i = html.find("data-why=\"")? + "data-why=\"".len();
    Some(html[i..].split('"').next()?.to_string())
}

async fn verdict(hash: &str) -> Option<String> {
    verdict_of(&render(hash).await)
}

#[tokio::test]
async fn no_question_no_answer() {
    for hash in [
        "#/check",
        "#/check?service=kakaotalk",
        &format!("#/check?at={AT_18_KST}"),
    ] {
        let html = render(hash).await;
        assert!(html.contains("ie-check-form"), "{hash}: no form");
        assert_eq!(verdict_of(&html), None, "{hash}");
    }
}

#[tokio::test]
async fn affected_in_both_languages() {
    let en = render(&format!("#/check?service=kakaotalk&at={AT_18_KST}&lang=en")).await;
    assert_eq!(verdict_of(&en).as_deref(), Some("affected"));
    assert!(
        en.contains("Affected: KakaoTalk was down at that time."),
        "{en}"
    );
    let ko = render(&format!("#/check?service=kakaotalk&at={AT_18_KST}&lang=ko")).await;
    assert_eq!(verdict_of(&ko).as_deref(), Some("affected"));
    assert!(
        ko.contains("영향 있음: 그 시각 카카오톡은 멈춰 있었습니다."),
        "{ko}"
    );
}

#[tokio::test]
async fn the_service_as_people_say_it() {
    for name in [
        "%EC%B9%B4%ED%86%A1",
        "KakaoTalk",
        "KAKAO%20TALK",
        "katalk",
        "%EC%B9%B4%EC%B9%B4%EC%98%A4%ED%86%A1",
    ] {
        let v = verdict(&format!("#/check?service={name}&at={AT_18_KST}")).await;
        assert_eq!(v.as_deref(), Some("affected"), "service={name}");
    }
}

#[tokio::test]
async fn the_same_moment_in_any_offset() {
    for at in [
        AT_18_KST,
        "2022-10-15T09:00:00Z",
        "2022-10-15T05:00:00-04:00",
        "2022-10-15T18:00:00+09:00",
    ] {
        let v = verdict(&format!("#/check?service=kakaotalk&at={at}")).await;
        assert_eq!(v.as_deref(), Some("affected"), "at={at}");
    }
}

#[tokio::test]
async fn partially_affected_when_text_came_back_first() {
    // 03:00 on 16 Oct: text messaging partly back (degraded), photos still out.
    let html = render("#/check?service=kakaotalk&at=2022-10-16T03:00:00%2B09:00&lang=en").await;
    assert_eq!(verdict_of(&html).as_deref(), Some("partially-affected"));
    assert!(
        html.contains("Partly affected: some functions of KakaoTalk"),
        "{html}"
    );
    assert!(html.contains("Down or degraded"));
}

#[tokio::test]
async fn not_affected_before_the_fire() {
    let html = render("#/check?service=kakaotalk&at=2022-10-15T10:00:00%2B09:00&lang=en").await;
    assert_eq!(verdict_of(&html).as_deref(), Some("not-affected"));
    assert!(html.contains("What still worked"), "{html}");
    assert!(html.contains("working; trouble began"), "{html}");
}

#[tokio::test]
async fn one_function_shows_the_interval_that_applies_in_both_zones() {
    let html =
        render("#/check?service=kakaotalk&function=text&at=2022-10-15T20:00:00%2B09:00&lang=en")
            .await;
    assert_eq!(verdict_of(&html).as_deref(), Some("affected"));
    assert!(html.contains("Interval that applies"), "{html}");
    // 15:30 to 01:31 KST, 10 h 01 m; New York is 13 hours behind in October.
    assert!(html.contains("Sat 15 Oct, 15:30"), "{html}");
    assert!(html.contains("Sun 16 Oct, 01:31"));
    assert!(html.contains("Sat 15 Oct, 12:31"), "reader's zone missing");
    assert!(html.contains("(10 h 01 m)"));
    assert!(html.contains("Text messaging"));
}

#[tokio::test]
async fn function_by_its_name_works_too() {
    let v = verdict(
        "#/check?service=kakaotalk&function=PC%20KakaoTalk%20login&at=2022-10-16T11:00:00%2B09:00",
    )
    .await;
    assert_eq!(
        v.as_deref(),
        Some("not-affected"),
        "PC login came back about 10:00"
    );
}

#[tokio::test]
async fn unknown_service_says_so_and_suggests() {
    let html = render(&format!(
        "#/check?service=kakao-tallk&at={AT_18_KST}&lang=en"
    ))
    .await;
    assert_eq!(verdict_of(&html).as_deref(), Some("unknown"));
    assert_eq!(why_of(&html).as_deref(), Some("no-such-service"));
    assert!(
        html.contains("There is no service called “kakao-tallk” in this data."),
        "{html}"
    );
    assert!(html.contains("Did you mean"));
    assert!(
        html.contains(
            r##"href="#/check?service=kakaotalk&amp;at=2022-10-15T18:00:00%2B09:00&amp;lang=en""##
        ),
        "{html}"
    );
    let ko = render(&format!("#/check?service=nope&at={AT_18_KST}&lang=ko")).await;
    assert!(
        ko.contains("이 데이터에는 ‘nope’라는 서비스가 없습니다."),
        "{ko}"
    );
    assert!(
        !ko.contains("Did you mean") && !ko.contains("이 서비스를 찾으셨나요?"),
        "nothing close to nope"
    );
}

#[tokio::test]
async fn unknown_function_lists_the_functions() {
    let html = render(&format!(
        "#/check?service=kakaotalk&function=teleport&at={AT_18_KST}&lang=en"
    ))
    .await;
    assert_eq!(verdict_of(&html).as_deref(), Some("unknown"));
    assert_eq!(why_of(&html).as_deref(), Some("no-such-function"));
    assert!(
        html.contains("KakaoTalk has no function “teleport” in this data."),
        "{html}"
    );
    assert!(
        html.contains("function=pc-login"),
        "links to the real functions"
    );
}

#[tokio::test]
async fn outside_what_the_data_covers() {
    let inc = builtin();
    let html = render("#/check?service=kakaotalk&at=2021-10-15T18:00:00%2B09:00&lang=ko").await;
    assert_eq!(verdict_of(&html).as_deref(), Some("unknown"));
    assert_eq!(why_of(&html).as_deref(), Some("outside-coverage"));
    assert!(
        html.contains("이 시각은 데이터가 다루는 기간 밖입니다."),
        "{html}"
    );
    assert!(html.contains(&format!(r#"datetime="{}""#, inc.covers.from.to_rfc3339())));
}

#[tokio::test]
async fn unreadable_times_get_a_message_not_a_verdict() {
    let bad = render("#/check?service=kakaotalk&at=yesterday&lang=en").await;
    assert_eq!(verdict_of(&bad), None);
    assert!(bad.contains("cannot be read"), "{bad}");
    let local = render("#/check?service=kakaotalk&at=2022-10-15T18:00&lang=en").await;
    assert_eq!(verdict_of(&local), None);
    assert!(local.contains("has no UTC offset"), "{local}");
}

#[tokio::test]
async fn a_plus_lost_in_the_url_still_reads() {
    // Pasted without escaping, the + of the offset arrives as a space.
    assert_eq!(
        verdict("#/check?service=kakaotalk&at=2022-10-15T18:00:00+09:00")
            .await
            .as_deref(),
        Some("affected")
    );
}

#[tokio::test]
async fn the_form_starts_from_the_url_in_the_readers_zone() {
    let html = render(&format!(
        "#/check?service=%EC%B9%B4%ED%86%A1&at={AT_18_KST}&lang=en"
    ))
    .await;
    assert!(html.contains(r#"value="카톡""#), "service field");
    // 18:00 KST is 05:00 in New York (EDT).
    assert!(
        html.contains(r#"value="2022-10-15T05:00""#),
        "time field in the reader's zone"
    );
    assert!(
        html.contains("My time zone (America/New_York, UTC−04:00)"),
        "{html}"
    );
    assert!(html.contains("Korea time (KST)"));
    // Suggestions follow typing, not the URL.
    assert!(
        !html.contains(r#"class="ie-chips ie-suggestions""#),
        "no suggestions before typing"
    );
    // A reader in Seoul has nothing to choose.
    let seoul = render_in(
        &format!("#/check?service=kakaotalk&at={AT_18_KST}"),
        "Asia/Seoul",
    )
    .await;
    assert!(seoul.contains(r#"value="2022-10-15T18:00""#));
    assert!(!seoul.contains("ie-zone-choice"));
}

#[tokio::test]
async fn the_answer_links_to_its_compensation_and_sources() {
    let inc = builtin();
    let si = inc
        .service_by_id("kakaotalk")
        .expect("kakaotalk in the built-in data");
    let n = offer_count(&inc, si);
    assert!(n > 0, "the built-in data has offers for KakaoTalk");
    let html = render(&format!("#/check?service=kakaotalk&at={AT_18_KST}&lang=en")).await;
    assert!(
        html.contains(r##"href="#/compensation?service=kakaotalk&amp;lang=en""##),
        "{html}"
    );
    assert!(html.contains(&format!("See the {n} compensation offers for this service")));
    assert!(html.contains("ie-sources"), "sources");
    assert!(html.contains("rel=\"noopener noreferrer\""));
}

#[tokio::test]
async fn the_copy_link_is_canonical() {
    // Asked as 카톡 in Korean; the link names the service by id and keeps the language.
    let html = render("#/check?service=%EC%B9%B4%ED%86%A1&at=2022-10-15T09:00:00Z&lang=ko").await;
    assert!(html.contains(r#"data-copy="link""#) && html.contains(r#"data-copy="reply""#));
    assert!(html.contains("링크 복사") && html.contains("답변 문구 복사"));
    assert!(
        html.contains("#/check?service=kakaotalk&amp;at=2022-10-15T09:00:00%2B00:00&amp;lang=ko"),
        "{html}"
    );
    assert!(
        html.contains("영향 있음"),
        "the reply preview says the verdict"
    );
}

#[tokio::test]
async fn rough_times_come_with_a_warning() {
    // 15:45 is a quarter of an hour after the "about 15:30" start.
    let near = render("#/check?service=kakaotalk&at=2022-10-15T15:45:00%2B09:00&lang=en").await;
    assert!(near.contains("only roughly"), "{near}");
    assert!(near.contains("ie-warning"));
    let far =
        render("#/check?service=kakaotalk&function=text&at=2022-10-15T20:00:00%2B09:00&lang=en")
            .await;
    assert!(!far.contains("ie-warning"));
}

// --- the sources leave a gap: a small incident of its own ---------------------------------------

const GAP: &str = r#"{"format_version": 1,
  "incident": {"id": "g", "title": {"ko": "틈", "en": "Gap"}, "summary": {"ko": "요약", "en": "Summary"},
    "time_zone": {"name": "Asia/Seoul", "abbr": "KST", "offset": "+09:00"},
    "start": "2022-10-15T15:30:00+09:00", "as_of": "2022-10-20T00:00:00+09:00", "sources": ["s"],
    "covers": {"from": "2022-10-15T00:00:00+09:00", "to": "2022-10-17T00:00:00+09:00"}},
  "sources": [{"id": "s", "publisher": "P", "title": "T", "url": "https://example.org/", "date": "2022-10-16"}],
  "operators": [{"id": "k", "name": {"ko": "케이", "en": "K"}}],
  "services": [{"id": "chat", "name": {"ko": "채팅", "en": "Chat"}, "operator": "k", "category": "messaging",
    "sources": ["s"], "functions": [{"id": "photos", "name": {"ko": "사진", "en": "Photos"}, "status": [
      {"level": "outage", "from": "2022-10-15T15:30:00+09:00", "to": "2022-10-16T12:00:00+09:00", "sources": ["s"]},
      {"level": "outage", "from": "2022-10-16T14:00:00+09:00", "to": "2022-10-16T16:00:00+09:00", "sources": ["s"]}]}]}]}"#;

#[derive(Properties, PartialEq)]
struct WithProps {
    ctx: Ctx,
    route: route::Route,
}

#[function_component(With)]
fn with(props: &WithProps) -> Html {
    html! {
        <ContextProvider<Ctx> context={props.ctx.clone()}>
            <ContextProvider<route::Route> context={props.route.clone()}><ViewSwitch /></ContextProvider<route::Route>>
        </ContextProvider<Ctx>>
    }
}

async fn render_incident(json: &str, hash: &str) -> String {
    let incident = incident_explainer::data::parse(json).unwrap_or_else(|e| panic!("{e:?}"));
    let route = route::parse(hash);
    let ctx = Ctx {
        locale: route.lang.unwrap_or(Locale::En),
        incident: Rc::new(incident),
        lang: route.lang,
        now: common::now(),
        reader_zone: common::zone_named("UTC"),
    };
    yew::LocalServerRenderer::<With>::with_props(WithProps { ctx, route })
        .render()
        .await
}

#[tokio::test]
async fn the_sources_do_not_say() {
    let html = render_incident(
        GAP,
        "#/check?service=chat&at=2022-10-16T13:00:00%2B09:00&lang=en",
    )
    .await;
    assert_eq!(verdict_of(&html).as_deref(), Some("unknown"));
    assert_eq!(why_of(&html).as_deref(), Some("not-stated"));
    assert!(html.contains("The sources do not say"), "{html}");
    assert!(
        html.contains("no record between"),
        "the gap is shown: {html}"
    );
    let ko = render_incident(
        GAP,
        "#/check?service=chat&at=2022-10-16T13:00:00%2B09:00&lang=ko",
    )
    .await;
    assert!(
        ko.contains("출처가 이 시각의 상태를 밝히지 않습니다."),
        "{ko}"
    );
}

#[tokio::test]
async fn every_verdict_on_a_small_incident() {
    for (at, want) in [
        ("2022-10-15T16:00:00%2B09:00", "affected"),
        ("2022-10-16T13:00:00%2B09:00", "unknown"),
        ("2022-10-16T17:00:00%2B09:00", "not-affected"),
        ("2022-10-18T00:00:00%2B09:00", "unknown"),
    ] {
        let html = render_incident(GAP, &format!("#/check?service=chat&at={at}")).await;
        assert_eq!(verdict_of(&html).as_deref(), Some(want), "at={at}");
    }
}

#[tokio::test]
async fn one_function_asked_about_is_what_the_verdict_names() {
    let at = "2022-10-16T03:00:00%2B09:00";
    let en = render(&format!(
        "#/check?service=kakaotalk&function=text&at={at}&lang=en"
    ))
    .await;
    assert_eq!(verdict_of(&en).as_deref(), Some("partially-affected"));
    assert!(
        en.contains("Partly affected: Text messaging (mobile) in KakaoTalk only partly worked at that time."),
        "{en}"
    );
    let ko = render(&format!(
        "#/check?service=kakaotalk&function=text&at={at}&lang=ko"
    ))
    .await;
    assert!(
        ko.contains(
            "일부 영향: 그 시각 카카오톡의 ‘문자 메시지(모바일)’ 기능은 일부만 작동했습니다."
        ),
        "{ko}"
    );
}

#[tokio::test]
async fn after_the_last_report_the_answer_is_unknown_and_says_what_was_last_known() {
    // Kakao Pay's certificates: last reported pending at 09:00 on 18 Oct; the all-clear came
    // at 23:00 on 20 Oct. On 19 Oct the sources say nothing.
    let at = "2022-10-19T12:00:00%2B09:00";
    for (lang, last, after, all_clear, why) in [
        (
            "en",
            "last reported",
            "not known after that",
            "all-clear:",
            "The sources stop before this time",
        ),
        (
            "ko",
            "마지막 보도:",
            "그 뒤로는 알 수 없음",
            "운영사의 전체 복구 발표:",
            "출처는 이 시각 전에 끊깁니다",
        ),
    ] {
        let html = render(&format!(
            "#/check?service=kakao-pay&function=certificates&at={at}&lang={lang}"
        ))
        .await;
        assert_eq!(verdict_of(&html).as_deref(), Some("unknown"), "{lang}");
        assert_eq!(
            why_of(&html).as_deref(),
            Some("after-last-report"),
            "{lang}"
        );
        for text in [last, after, all_clear, why] {
            assert!(html.contains(text), "{lang}: no {text:?} in {html}");
        }
        // When: the last report (18 Oct 09:00) and the all-clear (20 Oct 23:00), in KST.
        assert!(
            html.contains("09:00"),
            "{lang}: the time of the last report"
        );
        assert!(html.contains("23:00"), "{lang}: the time of the all-clear");
    }
}
