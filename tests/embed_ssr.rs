//! Server-rendering tests of embedded mode: every view opens compact (the key moments, the
//! worst-hit services, the claimant groups, the check answer with the form folded away) with
//! a link to the full widget in a new tab; the standalone widget has none of it; every view,
//! embedded or not, carries the "Share / embed" panel with the contract's snippets.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{now, zone_named};
use incident_explainer::hooks::Embed;
use incident_explainer::{route, App, AppProps};
use std::rc::Rc;

async fn render_embedded(hash: &str) -> String {
    let props = AppProps {
        route: route::parse(hash),
        preferred: Rc::new(vec!["ko-KR".to_string()]),
        now: now(),
        reader_zone: zone_named("Asia/Seoul"),
        src: None,
        theme: Default::default(),
        incident: None,
        on_settled: Default::default(),
        embed: Embed {
            embedded: true,
            bundle: "https://widgets.example/kakao/".into(),
            src: None,
        },
        place: Default::default(),
    };
    yew::LocalServerRenderer::<App>::with_props(props)
        .render()
        .await
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[tokio::test]
async fn the_embedded_timeline_shows_the_key_moments_not_every_event() {
    let html = render_embedded("#/timeline?lang=en").await;
    assert!(html.contains("ie-embedded"), "{html}");
    let moments = count(&html, r#"class="ie-moment""#);
    assert!((4..=7).contains(&moments), "{moments} key moments");
    assert!(
        !html.contains("ie-tl-event"),
        "the full event list is rendered"
    );
    assert!(html.contains("of 65 events"), "{html}");
    // A deep-linked event is among them, marked.
    let linked = render_embedded("#/timeline/kakao-first-tweet?lang=en").await;
    assert_eq!(count(&linked, r#"class="ie-moment""#), moments + 1);
    assert!(linked.contains(r#"id="ev-kakao-first-tweet""#), "{linked}");
}

#[tokio::test]
async fn every_embedded_view_links_to_everything_in_a_new_tab() {
    for (hash, full) in [
        ("#/timeline?lang=en", "#/timeline?lang=en"),
        ("#/services", "#/services"),
        ("#/services/kakaotalk", "#/services/kakaotalk"),
        ("#/check", "#/check"),
        ("#/compensation", "#/compensation"),
        (
            "#/compensation/kakao-t-pro-drivers",
            "#/compensation/kakao-t-pro-drivers",
        ),
    ] {
        let html = render_embedded(hash).await;
        let link = format!(
            r#"<a href="https://widgets.example/kakao/{full}" target="_blank" rel="noopener" class="ie-see-all-link">"#
        );
        assert!(
            html.contains(&link),
            "{hash}: no link to everything\n{html}"
        );
    }
}

#[tokio::test]
async fn the_embedded_services_view_lists_the_worst_hit() {
    let html = render_embedded("#/services?lang=en").await;
    assert_eq!(count(&html, r#"class="ie-worst""#), 6, "{html}");
    assert!(
        !html.contains("ie-service-list"),
        "the whole list is rendered"
    );
    let detail = render_embedded("#/services/kakaotalk").await;
    assert!(
        !detail.contains("ie-functions"),
        "every function's history is rendered"
    );
}

#[tokio::test]
async fn the_embedded_check_answer_comes_first_and_the_form_folds_away() {
    let html =
        render_embedded("#/check?service=kakaotalk&at=2022-10-15T16:00:00%2B09:00&lang=en").await;
    assert!(html.contains(r#"data-verdict="affected""#), "{html}");
    let answer = html.find("data-verdict").expect("answer");
    let fold = html
        .find(r#"<details class="ie-ask-again-fold">"#)
        .expect("folded form");
    assert!(answer < fold);
    assert!(html[fold..].contains("ie-check-form"));
    // Without an answer the form is open.
    let empty = render_embedded("#/check").await;
    assert!(!empty.contains("ie-ask-again-fold") && empty.contains("ie-check-form"));
}

#[tokio::test]
async fn the_embedded_compensation_view_lists_the_groups_then_estimates_for_one() {
    let html = render_embedded("#/compensation?lang=en").await;
    assert!(html.contains("ie-comp-groups"), "{html}");
    assert!(!html.contains("ie-estimator") && !html.contains("ie-context"));
    let one = render_embedded("#/compensation/kakao-t-pro-drivers?lang=en").await;
    assert!(one.contains("ie-estimator"), "{one}");
    // The group is taken as answered: the estimator opens past "Which group?".
    assert!(!one.contains(r#"name="ie-est-group""#), "{one}");
    assert!(one.contains("pick another group"));
}

#[tokio::test]
async fn the_standalone_widget_is_complete_with_no_compact_parts() {
    for hash in ["#/timeline", "#/services", "#/check", "#/compensation"] {
        let html = common::render(hash).await;
        assert!(!html.contains("ie-embedded"), "{hash}");
        assert!(!html.contains("ie-see-all"), "{hash}");
        assert!(!html.contains("ie-moment"), "{hash}");
    }
    assert!(common::render("#/timeline").await.contains("ie-tl-event"));
}

#[tokio::test]
async fn every_view_has_the_share_panel_with_the_contracts_snippets() {
    for hash in [
        "#/timeline",
        "#/services/kakaotalk",
        "#/check",
        "#/compensation",
    ] {
        let html = render_embedded(&format!("{hash}?lang=en")).await;
        assert!(
            html.contains(r#"<details class="ie-embed-panel">"#),
            "{hash}"
        );
        let iframe = format!(
            r#"&lt;iframe src="https://widgets.example/kakao/{hash}?lang=en" data-incident-explainer title=""#
        );
        assert!(html.contains(&iframe), "{hash}: {html}");
        assert!(
            html.contains(
                r#"loading="lazy" height="1200" style="width:100%;border:0"&gt;&lt;/iframe&gt;"#
            ),
            "{hash}"
        );
        assert!(html.contains(
            r#"&lt;script src="https://widgets.example/kakao/embed.js" async&gt;&lt;/script&gt;"#
        ));
        let script = format!(
            r#"&lt;incident-explainer lang="en" route="{}" theme="auto"&gt;"#,
            hash.trim_start_matches('#')
        );
        assert!(html.contains(&script), "{hash}");
        assert!(html.contains("application/ld+json"));
        for name in ["link", "iframe", "script", "json-ld"] {
            assert!(
                html.contains(&format!(r#"data-copy="embed-{name}""#)),
                "{hash}: no copy button for {name}"
            );
        }
    }
    // In Korean, for the standalone page too.
    let ko = common::render("#/timeline?lang=ko").await;
    assert!(
        ko.contains("공유 / 퍼가기") && ko.contains("iframe 퍼가기"),
        "{ko}"
    );
}
