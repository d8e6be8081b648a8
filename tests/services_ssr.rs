#![cfg(not(target_arch = "wasm32"))]
//! Server-rendering tests of the services view: every service of the built-in incident, grouped
//! by operator in the data's order, with its worst level and time down; the search (from the
//! URL's `q=`) by id, name in either language or alias, ignoring case and spaces; one service's
//! detail with its functions, intervals and sources; an unknown id. Both languages.

mod common;
use common::{builtin, render};
use incident_explainer::i18n::format;
use incident_explainer::i18n::Locale;
use incident_explainer::incident::names::Index;
use incident_explainer::incident::status::summarize;

/// The services shown as cards, in order.
fn cards(html: &str) -> Vec<String> {
    html.split(r#"data-service=""#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next().map(String::from))
        .collect()
}

#[tokio::test]
async fn every_service_is_listed_in_data_order_within_its_operator() {
    let inc = builtin();
    assert!(inc.services.len() > 1, "the built-in data has services");
    let html = render("#/services?lang=en").await;
    let shown = cards(&html);
    assert_eq!(shown.len(), inc.services.len());
    // Grouped by operator (operators in data order), services in data order within each.
    let mut expected: Vec<String> = Vec::new();
    for op in 0..inc.operators.len() {
        expected.extend(
            inc.services
                .iter()
                .filter(|s| s.operator == op)
                .map(|s| s.id.clone()),
        );
    }
    assert_eq!(shown, expected);
    assert!(html.contains(&format!("{} services", inc.services.len())));
}

#[tokio::test]
async fn groups_are_headed_by_their_operator() {
    let inc = builtin();
    let html = render("#/services?lang=ko").await;
    let kakao = html.find("카카오(계열사 포함)").expect("Kakao's group");
    let talk = html.find(r#"data-service="kakaotalk""#).expect("KakaoTalk");
    assert!(kakao < talk);
    let naver = html.find(r#"<h3 id="ie-op-1">"#).expect("a second group");
    assert!(talk < naver, "KakaoTalk in the first group");
    let n = inc.services.iter().filter(|s| s.operator == 0).count();
    assert!(html.contains(&format!("({n})")), "group count");
}

#[tokio::test]
async fn cards_show_worst_level_and_time_down() {
    let inc = builtin();
    let si = inc.service_by_id("kakaotalk").expect("kakaotalk");
    let sum = summarize(&inc.services[si], &inc.covers.to);
    let en = render("#/services?lang=en").await;
    let card = &en[en.find(r#"data-service="kakaotalk""#).expect("card")..];
    let card = &card[..card.find("</li>").expect("end of card")];
    assert!(
        card.contains(r#"data-level="outage""#) && card.contains(">Down<"),
        "{card}"
    );
    assert!(
        card.contains(&format::duration(Locale::En, sum.any_function_down)),
        "{card}"
    );
    assert!(card.contains(r##"href="#/services/kakaotalk?lang=en""##));
    assert!(
        card.contains(r#"lang="ko""#) && card.contains("카카오톡"),
        "the other name"
    );
    let ko = render("#/services?lang=ko").await;
    assert!(ko.contains(&format::duration(Locale::Ko, sum.any_function_down)));
    assert!(ko.contains(">중단<"));
}

async fn search(q: &str) -> Vec<String> {
    cards(&render(&format!("#/services?q={q}&lang=en")).await)
}

#[tokio::test]
async fn search_by_korean_alias() {
    let found = search("%EC%B9%B4%ED%86%A1").await; // 카톡
    assert_eq!(found.first().map(String::as_str), Some("kakaotalk"));
    assert!(!found.contains(&"kakao-pay".to_string()), "{found:?}");
}

#[tokio::test]
async fn search_ignores_case_and_spaces() {
    let found = search("KAKAO%20PAY").await;
    assert!(found.contains(&"kakao-pay".to_string()), "{found:?}");
    assert!(!found.contains(&"kakaotalk".to_string()), "{found:?}");
    let found = search("kakaot").await;
    assert!(
        found.contains(&"kakao-t".to_string()) && found.contains(&"kakaotalk".to_string()),
        "{found:?}"
    );
    assert!(!found.contains(&"melon".to_string()));
}

#[tokio::test]
async fn search_finds_what_the_index_finds() {
    let inc = builtin();
    let index = Index::new(&inc);
    for q in ["daum", "upbit", "%EB%A9%9C%EB%A1%A0", "naver", "mail"] {
        let decoded = incident_explainer::route::decode(q);
        let expected: Vec<String> = index
            .filter(&decoded)
            .iter()
            .enumerate()
            .filter(|(_, m)| **m)
            .map(|(i, _)| inc.services[i].id.clone())
            .collect();
        let mut found = search(q).await;
        found.sort();
        let mut expected_sorted = expected.clone();
        expected_sorted.sort();
        assert!(!expected.is_empty(), "{decoded} finds something");
        assert_eq!(found, expected_sorted, "q={decoded}");
    }
}

#[tokio::test]
async fn search_text_stays_in_the_box_and_counts() {
    let inc = builtin();
    let html = render("#/services?q=Kakao%20T&lang=en").await;
    assert!(html.contains(r#"value="Kakao T""#), "{html}");
    let n = cards(&html).len();
    assert!(html.contains(&format!("{n} of {} services", inc.services.len())));
    assert!(html.contains(r#"role="search""#));
}

#[tokio::test]
async fn search_with_no_match_says_so() {
    let html = render("#/services?q=zzzz&lang=en").await;
    assert!(cards(&html).is_empty());
    assert!(html.contains("No service matches “zzzz”"), "{html}");
    let ko = render("#/services?q=zzzz&lang=ko").await;
    assert!(ko.contains("‘zzzz’와 맞는 서비스가 없습니다."), "{ko}");
}

#[tokio::test]
async fn detail_shows_functions_intervals_experience_and_sources() {
    let inc = builtin();
    let si = inc.service_by_id("kakaotalk").expect("kakaotalk");
    let svc = &inc.services[si];
    let html = render("#/services/kakaotalk?lang=en").await;
    assert!(
        html.contains(r#"<h2 id="ie-view-title" tabindex="-1">KakaoTalk</h2>"#),
        "{html}"
    );
    for f in &svc.functions {
        assert!(
            html.contains(&format!(r#"data-function="{}""#, f.id)),
            "function {}",
            f.id
        );
        assert!(html.contains(&f.name.en), "{}", f.name.en);
    }
    let exp = svc
        .experience
        .as_ref()
        .expect("KakaoTalk says what users experienced");
    assert!(html.contains("What users experienced"));
    assert!(html.contains(&exp.en.replace('\'', "&#39;")) || html.contains(&exp.en));
    // Text messaging: down from about 15:30 to 01:31, 10 h 01 m (the fact sheet).
    assert!(html.contains("(10 h 01 m)"), "{html}");
    assert!(html.contains(r#"datetime="2022-10-16T01:31:00+09:00""#));
    assert!(html.contains("ie-sources") && html.contains("https://"));
    assert!(html.contains(r##"href="#/check?service=kakaotalk&amp;lang=en""##));
    assert!(html.contains(r##"href="#/timeline?service=kakaotalk&amp;lang=en""##));
    assert!(html.contains(r##"href="#/compensation?service=kakaotalk&amp;lang=en""##));
}

#[tokio::test]
async fn detail_in_korean() {
    let html = render("#/services/kakaotalk?lang=ko").await;
    assert!(html.contains(">카카오톡</h2>"), "{html}");
    assert!(html.contains("기능별 상태") && html.contains("이용자가 겪은 일"));
    assert!(html.contains("(10시간 01분)"));
    assert!(html.contains(r#"<span lang="en">KakaoTalk</span>"#));
}

#[tokio::test]
async fn unknown_id_is_said_plainly_with_the_closest_names() {
    let html = render("#/services/kakao-tallk?lang=en").await;
    assert!(html.contains("No such service"));
    assert!(html.contains("There is no service “kakao-tallk” in this data."));
    assert!(
        html.contains(r##"href="#/services/kakaotalk?lang=en""##),
        "closest: {html}"
    );
    assert!(
        html.contains(r##"href="#/services?lang=en""##),
        "back to the list"
    );
    let ko = render("#/services/nothing-like-it?lang=ko").await;
    assert!(ko.contains("없는 서비스입니다"));
}

#[tokio::test]
async fn providers_get_their_own_groups_and_third_parties_share_one() {
    let html = common::render("#/services?lang=en").await;
    let kakao = html.find(r#"id="ie-op-0""#).expect("Kakao's group");
    let naver = html.find(r#"id="ie-op-1""#).expect("Naver's group");
    let third = html
        .find(r#"id="ie-op-third-parties""#)
        .expect("the third parties' group");
    assert!(kakao < naver && naver < third, "groups out of order");
    assert!(html.contains("Third parties (hit through the services above)"));
    // Upbit is a third party: no group of its own.
    let inc = common::builtin();
    let dunamu = inc
        .operators
        .iter()
        .position(|o| o.id == "dunamu")
        .expect("dunamu operator");
    assert!(!html.contains(&format!(r#"id="ie-op-{dunamu}""#)));
}
