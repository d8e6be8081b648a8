//! Server-rendering tests of the shell: every route of the public contract renders its view
//! with the header, navigation and `data-state`, in both languages.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::render;

#[tokio::test]
async fn every_route_renders_ready_with_navigation() {
    for hash in ["#/timeline", "#/services", "#/check", "#/compensation", ""] {
        let html = render(hash).await;
        assert!(html.contains(r#"data-state="ready""#), "{hash}: {html}");
        assert!(html.contains(r#"class="ie-nav""#), "{hash}");
        assert!(html.contains("<main"), "{hash}");
        assert!(html.contains("<h2"), "{hash}: no view heading");
    }
}

#[tokio::test]
async fn current_tab_is_marked() {
    let html = render("#/services?lang=en").await;
    assert!(
        html.contains(r##"<a href="#/services?lang=en" aria-current="page">Services</a>"##),
        "{html}"
    );
}

#[tokio::test]
async fn language_follows_lang_parameter_then_browser() {
    let en = render("#/timeline?lang=en").await;
    assert!(en.contains(r#"lang="en""#));
    assert!(en.contains(">Timeline<"));
    // The test browser prefers Korean.
    let ko = render("#/timeline").await;
    assert!(ko.contains(r#"lang="ko""#));
    assert!(ko.contains(">타임라인<"));
}

#[tokio::test]
async fn language_switch_keeps_the_view() {
    let html = render("#/compensation?lang=ko").await;
    assert!(
        html.contains(r##"href="#/compensation?lang=en""##),
        "{html}"
    );
    assert!(html.contains(r#"aria-current="true""#));
}

#[tokio::test]
async fn unknown_route_lands_on_a_helpful_page() {
    let html = render("#/nowhere?lang=en").await;
    assert!(html.contains("No such page"), "{html}");
    assert!(html.contains("/nowhere"));
    for view in [
        "#/timeline?lang=en",
        "#/services?lang=en",
        "#/check?lang=en",
        "#/compensation?lang=en",
    ] {
        assert!(
            html.contains(&format!(r#"href="{view}""#)),
            "missing link to {view}"
        );
    }
}

#[tokio::test]
async fn header_shows_title_and_as_of() {
    let inc = common::builtin();
    let html = render("#/timeline?lang=en").await;
    // Text is escaped as text: "SK C&C" arrives as "SK C&amp;C".
    assert!(
        html.contains(&inc.title.en.replace('&', "&amp;")),
        "title missing"
    );
    assert!(html.contains("As of"));
    assert!(html.contains(&format!(r#"datetime="{}""#, inc.as_of.to_rfc3339())));
}

/// A component rendered outside the `Ctx` provider is a bug in the widget: in debug builds and
/// tests `use_ctx` panics rather than drawing nothing.
#[tokio::test]
#[should_panic(expected = "outside ContextProvider<Ctx>")]
async fn a_component_without_its_context_panics_in_tests() {
    use incident_explainer::components::shell::nav::Nav;
    yew::LocalServerRenderer::<Nav>::new().render().await;
}

/// Likewise the route: it is a context of its own beside `Ctx` (`use_route`).
#[tokio::test]
#[should_panic(expected = "outside ContextProvider<Route>")]
async fn a_component_without_the_route_panics_in_tests() {
    use incident_explainer::components::shell::nav::Nav;
    let incident = std::rc::Rc::new(common::builtin());
    common::render_with_ctx_only(incident, "#/services", yew::html! { <Nav /> }).await;
}
