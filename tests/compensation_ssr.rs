#![cfg(not(target_arch = "wasm32"))]
//! Server-rendering tests of the compensation view: the claimant list, a group's page with its
//! amounts in both locales' formats, the service filter, an unknown group, the context list,
//! claim windows as of "today", and the estimator's first question and result.
//!
//! Exact expectations use a small incident of our own (tests/fixtures/compensation.json);
//! tests on the built-in incident assert what holds for the real file.

mod common;
use common::{builtin, render, render_with};
use incident_explainer::components::compensation::view::CompensationView;
use incident_explainer::components::estimator::estimate_result::EstimateResult;
use incident_explainer::components::estimator::question::EstimatorQuestion;
use incident_explainer::incident::compensation::{Answers, Flow, Need, Question};
use incident_explainer::incident::Incident;
use incident_explainer::route::{self, CompensationQuery, View};
use std::rc::Rc;
use yew::prelude::*;

fn fixture() -> Rc<Incident> {
    Rc::new(
        incident_explainer::data::parse(include_str!("fixtures/compensation.json"))
            .unwrap_or_else(|e| panic!("fixture invalid: {e:?}")),
    )
}

/// The compensation view of the fixture at `hash`.
async fn view(hash: &str) -> String {
    render_with(fixture(), hash, |route| match &route.view {
        View::Compensation(q) => html! { <CompensationView query={q.clone()} /> },
        other => panic!("not a compensation route: {other:?}"),
    })
    .await
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

// ---- the built-in incident --------------------------------------------------------------

#[tokio::test]
async fn builtin_lists_every_claimant_group_as_a_link() {
    let html = render("#/compensation?lang=en").await;
    for id in common::CLAIMANT_GROUPS {
        assert!(
            html.contains(&format!(r##"href="#/compensation/{id}?lang=en""##)),
            "no link to {id}"
        );
    }
    let inc = builtin();
    for c in &inc.claimants {
        assert!(
            html.contains(&c.name.en),
            "group name {} missing",
            c.name.en
        );
    }
}

#[tokio::test]
async fn builtin_pro_driver_page_shows_its_amount_in_both_locales() {
    let en = render("#/compensation/kakao-t-pro-drivers?lang=en").await;
    assert!(en.contains("₩7,550"), "{en}");
    assert!(en.contains(r#"data-claimant="kakao-t-pro-drivers""#));
    assert!(en.contains(r#"aria-current="true""#));
    let ko = render("#/compensation/kakao-t-pro-drivers?lang=ko").await;
    assert!(ko.contains("7,550원"), "{ko}");
    assert!(!ko.contains("₩7,550원"));
}

#[tokio::test]
async fn builtin_small_business_tiers_are_shown_in_won() {
    let en = render("#/compensation/small-businesses?lang=en").await;
    assert!(en.contains("₩30,000") && en.contains("₩50,000"), "{en}");
    assert!(
        en.contains("up to ₩300,000 → ₩30,000"),
        "rule summary missing"
    );
    let ko = render("#/compensation/small-businesses").await;
    assert!(ko.contains("30,000원") && ko.contains("300,000원 이하 → 30,000원"));
}

#[tokio::test]
async fn builtin_service_filter_shows_only_that_services_offers() {
    let inc = builtin();
    let s = inc
        .service_by_id("kakao-t")
        .expect("kakao-t in the built-in data");
    let html = render("#/compensation?service=kakao-t&lang=en").await;
    assert!(html.contains("Showing offers for"), "{html}");
    let mut shown = 0;
    for o in &inc.compensation {
        let here = html.contains(&format!(r#"data-offer="{}""#, o.id));
        assert_eq!(here, o.services.contains(&s), "offer {}", o.id);
        shown += usize::from(here);
    }
    assert!(shown > 0);
    assert!(
        html.contains(r##"href="#/compensation?lang=en""##),
        "no way to clear the filter"
    );
}

#[tokio::test]
async fn builtin_service_filter_accepts_a_name() {
    let html = render("#/compensation?service=Kakao%20T&lang=en").await;
    assert!(html.contains(r#"data-service="kakao-t""#), "{html}");
}

#[tokio::test]
async fn builtin_unknown_claimant_says_so_and_offers_the_groups() {
    let html = render("#/compensation/no-such-group?lang=en").await;
    assert!(
        html.contains("This data has no claimant group “no-such-group”"),
        "{html}"
    );
    assert!(html.contains(r##"href="#/compensation/small-businesses?lang=en""##));
    let ko = render("#/compensation/no-such-group").await;
    assert!(ko.contains("‘no-such-group’에 해당하는 보상 대상이"));
}

#[tokio::test]
async fn builtin_context_list_has_every_item_with_sources() {
    let inc = builtin();
    assert!(!inc.context.is_empty());
    let html = render("#/compensation?lang=en").await;
    assert!(html.contains("Context to judge the offers"));
    for c in &inc.context {
        assert!(
            html.contains(&format!(r#"data-context="{}""#, c.id)),
            "context {}",
            c.id
        );
        assert!(html.contains(&c.title.en), "title of {}", c.id);
    }
    let ko = render("#/compensation").await;
    assert!(ko.contains("판단에 도움이 되는 배경"));
}

#[tokio::test]
async fn builtin_pro_driver_estimate_shows_the_arithmetic() {
    let inc = Rc::new(builtin());
    let c = inc.claimant_by_id("kakao-t-pro-drivers").expect("group");
    let answers = Answers {
        monthly_fee: Some(39_000),
        ..Default::default()
    };
    let asked = Rc::new(vec![Question::Group, Question::Ask(Need::MonthlyFee)]);
    let html = render_with(inc.clone(), "#/compensation/kakao-t-pro-drivers?lang=en", |_| {
        html! { <EstimateResult claimant={c} service={None} {answers} {asked} on_action={Callback::noop()} /> }
    })
    .await;
    assert!(
        html.contains("₩39,000 × 6 ÷ 31 ≈ ₩7,548 → rounded up to ₩7,550"),
        "{html}"
    );
    assert!(html.contains(r#"data-grade="likely-entitled""#));
    assert!(html.contains("<strong>₩7,550</strong>"));
}

// ---- a small incident of our own ----------------------------------------------------------

#[tokio::test]
async fn windows_are_open_closed_or_upcoming_as_of_today() {
    let html = view("#/compensation/drivers?lang=en").await;
    // 2026-11-22: "Apply" runs Nov–Dec 2026, "Past intake" closed in 2022, "Next intake" opens 2027.
    assert_eq!(count(&html, r#"data-window-state="open""#), 1, "{html}");
    assert_eq!(count(&html, r#"data-window-state="closed""#), 1);
    assert_eq!(count(&html, r#"data-window-state="upcoming""#), 1);
    assert!(
        html.contains(r#"datetime="2026-12-31T23:59:59+09:00""#),
        "window end missing"
    );
}

#[tokio::test]
async fn a_group_page_shows_amounts_how_outcome_dispute_and_sources() {
    let html = view("#/compensation/drivers?lang=en").await;
    assert!(html.contains("₩7,550"));
    assert!(html.contains("Apply in the app"));
    assert!(html.contains(r#"href="https://example.org/claim""#));
    assert!(html.contains("₩3bn paid"), "outcome missing");
    assert!(
        html.contains("Who got which amount"),
        "dispute topic missing"
    );
    assert!(html.contains("A ₩150k, B ₩230k") && html.contains("A ₩230k, B ₩150k"));
    assert!(
        html.contains(r#"href="https://example.org/two""#),
        "an alternative's source"
    );
    assert!(html.contains("Daily One, 2022-10-20"));
    let ko = view("#/compensation/drivers?lang=ko").await;
    assert!(ko.contains("7,550원") && ko.contains("앱에서 신청"));
}

#[tokio::test]
async fn other_groups_offers_are_not_on_a_group_page() {
    let html = view("#/compensation/drivers?lang=en").await;
    assert!(html.contains(r#"data-offer="driver-points""#));
    assert!(!html.contains(r#"data-offer="shop-cash""#));
}

#[tokio::test]
async fn group_and_service_filter_combine() {
    let html = view("#/compensation/shops?service=alpha&lang=en").await;
    assert!(html.contains(r#"data-offer="shop-cash""#));
    assert!(!html.contains(r#"data-offer="shop-credit""#));
    assert!(
        html.contains(r##"href="#/compensation/shops?lang=en""##),
        "no link to all of the group's offers"
    );
}

#[tokio::test]
async fn an_unknown_service_filter_shows_everything_and_says_so() {
    let html = view("#/compensation?service=gamma&lang=en").await;
    assert!(html.contains("This data has no service “gamma”"));
    assert!(html.contains(r#"data-claimant="shops""#));
}

#[tokio::test]
async fn service_page_names_the_groups_of_each_offer() {
    let html = view("#/compensation?service=beta&lang=en").await;
    assert!(html.contains(r##"href="#/compensation/fans?lang=en""##));
    assert_eq!(count(&html, "data-offer="), 4, "{html}");
    // Only groups with an offer for beta in the group row.
    assert!(!html.contains(r##"href="#/compensation/drivers?service=beta&lang=en""##));
}

#[tokio::test]
async fn estimator_starts_with_the_group_preselected_from_the_url() {
    let html = view("#/compensation/drivers?lang=en").await;
    assert!(html.contains("Estimate what you can get"));
    assert!(html.contains("Question 1 of 3"), "{html}");
    assert!(html.contains(r#"<legend id="ie-est-focus" tabindex="-1">"#));
    assert_eq!(count(&html, r#"type="radio""#), 4);
    assert!(
        html.contains(r#"value="0" checked"#),
        "drivers not preselected: {html}"
    );
}

#[tokio::test]
async fn estimator_without_a_group_does_not_count_the_questions() {
    let html = view("#/compensation?lang=ko").await;
    assert!(html.contains("질문 1<"), "{html}");
    assert!(html.contains("어느 쪽에 해당하나요?"));
}

#[tokio::test]
async fn missing_answers_give_not_enough_information_naming_them() {
    let inc = fixture();
    let asked = Rc::new(vec![
        Question::Group,
        Question::Ask(Need::MonthlyFee),
        Question::Ask(Need::Fares),
    ]);
    let html = render_with(inc, "#/compensation/drivers?lang=en", |_| {
        html! { <EstimateResult claimant={0} service={None} answers={Answers::default()} {asked} on_action={Callback::noop()} /> }
    })
    .await;
    assert_eq!(
        count(&html, r#"data-grade="not-enough-information""#),
        2,
        "{html}"
    );
    assert!(html.contains("To compute it we need your monthly fee."));
    assert!(html.contains("To compute it we need your fares in the window."));
    assert!(html.contains("Next deadline"), "deadline missing");
    assert_eq!(count(&html, "not given"), 2);
}

#[tokio::test]
async fn cash_tier_result_in_korean() {
    let inc = fixture();
    let answers = Answers {
        loss: Some(300_001),
        ..Default::default()
    };
    let asked = Rc::new(vec![
        Question::Group,
        Question::Service,
        Question::Ask(Need::Loss),
    ]);
    let html = render_with(inc, "#/compensation/shops", |_| {
        html! { <EstimateResult claimant={1} service={Some(0)} {answers} {asked} on_action={Callback::noop()} /> }
    })
    .await;
    assert!(
        html.contains("피해액 300,001원: 300,000원 초과 500,000원 이하 구간 → 50,000원"),
        "{html}"
    );
    assert!(html.contains("마감이 지났습니다"));
}

#[tokio::test]
async fn route_round_trip_of_the_filter() {
    let r = route::parse("#/compensation/shops?service=alpha");
    assert_eq!(
        r.view,
        View::Compensation(CompensationQuery {
            claimant: Some("shops".into()),
            service: Some("alpha".into())
        })
    );
}

#[tokio::test]
async fn hours_are_prefilled_from_the_services_outage() {
    // Fans of Beta: an extension rule needs the hours; Beta was fully down 3 hours.
    let html = render_with(fixture(), "#/compensation/fans?lang=en", |_| {
        html! {
            <EstimatorQuestion question={Question::Ask(Need::Hours)} step={1} total={Some(2)} claimant={Some(2)}
                service={Some(1)} flow={Flow::default()} on_action={Callback::noop()} on_group={Callback::noop()} />
        }
    })
    .await;
    assert!(html.contains("Question 2 of 2"), "{html}");
    assert!(html.contains("How long were you hit?"));
    assert!(html.contains(r#"value="3""#), "not prefilled: {html}");
    assert!(html.contains("The data has Beta fully down for about 3 hours"));
    assert!(
        html.contains(r#"for="ie-est-input" class="ie-est-field-label">Hours hit</label>"#),
        "{html}"
    );
    assert!(html.contains(">Back<"), "no way back");
}

#[tokio::test]
async fn fares_question_names_the_window_in_kst() {
    let html = render_with(fixture(), "#/compensation/drivers", |_| {
        html! {
            <EstimatorQuestion question={Question::Ask(Need::Fares)} step={2} total={Some(3)} claimant={Some(0)}
                service={Some(0)} flow={Flow::default()} on_action={Callback::noop()} on_group={Callback::noop()} />
        }
    })
    .await;
    assert!(html.contains("질문 3/3"), "{html}");
    assert!(
        html.contains("10월 15일 (토) 15:00 KST – 10월 16일 (일) 09:00 KST"),
        "{html}"
    );
    assert!(
        html.contains(r#"value="""#),
        "an unanswered amount starts empty"
    );
}

#[tokio::test]
async fn the_first_question_has_no_back_button() {
    let html = view("#/compensation/drivers?lang=en").await;
    assert!(!html.contains(">Back<"), "{html}");
    assert!(html.contains(r#"<button type="submit" class="ie-button">Next</button>"#));
}
