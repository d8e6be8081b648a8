//! The two meanings of "down", on a service with two functions whose numbers differ: Beta's
//! Play is out 15:30–18:30 and its Chat 16:30–20:30, so at least one function is down for 5 h
//! (15:30–20:30) and the whole service for 2 h (16:30–18:30). The chart and the checker use
//! the second, the services figures and the estimator's prefill the first, and every label
//! says which.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{render_with, t};
use incident_explainer::components::estimator::question::EstimatorQuestion;
use incident_explainer::components::services::facts::ServiceFacts;
use incident_explainer::incident::compensation::{outage_hours, Flow, Need, OutageHours, Question};
use incident_explainer::incident::model::Level;
use incident_explainer::incident::status::{
    any_function_down, check, fully_down, summarize, Verdict,
};
use incident_explainer::incident::timeline::service_segments;
use incident_explainer::incident::Incident;
use std::rc::Rc;
use yew::prelude::*;

/// The compensation fixture with a second function for Beta.
fn two_functions() -> Rc<Incident> {
    let mut file: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/compensation.json")).expect("fixture JSON");
    let services = file["services"].as_array_mut().expect("services");
    let beta = services
        .iter_mut()
        .find(|s| s["id"] == "beta")
        .expect("beta");
    beta["functions"]
        .as_array_mut()
        .expect("functions")
        .push(serde_json::json!({
            "id": "chat", "name": { "ko": "채팅", "en": "Chat" },
            "status": [{ "level": "outage", "from": "2022-10-15T16:30:00+09:00",
                         "to": "2022-10-15T20:30:00+09:00", "sources": ["s1"] }]
        }));
    Rc::new(
        incident_explainer::data::parse(&file.to_string())
            .unwrap_or_else(|e| panic!("fixture invalid: {e:?}")),
    )
}

fn beta(inc: &Incident) -> usize {
    inc.service_by_id("beta").expect("beta")
}

#[test]
fn the_two_definitions_differ_on_beta() {
    let inc = two_functions();
    let s = &inc.services[beta(&inc)];
    let until = &inc.covers.to;
    assert_eq!(any_function_down(s, until).num_minutes(), 5 * 60);
    assert_eq!(fully_down(s, until).num_minutes(), 2 * 60);
    let sum = summarize(s, until);
    assert_eq!(
        (
            sum.any_function_down.num_minutes(),
            sum.fully_down.num_minutes()
        ),
        (300, 120)
    );
    assert_eq!(
        outage_hours(&inc, beta(&inc)),
        Some(OutageHours {
            any_function_down: 5.0,
            fully_down: 2.0
        })
    );
}

#[test]
fn the_chart_and_the_checker_say_down_only_while_both_are() {
    let inc = two_functions();
    let b = beta(&inc);
    let got: Vec<(Level, String)> = service_segments(&inc.services[b])
        .iter()
        .map(|s| (s.level, s.from.format("%H:%M").to_string()))
        .collect();
    assert_eq!(
        got,
        [
            (Level::Degraded, "15:30".into()),
            (Level::Outage, "16:30".into()),
            (Level::Degraded, "18:30".into()),
        ]
    );
    let verdict = |at: &str| check(&inc, Some(b), None, &t(at)).verdict;
    assert_eq!(
        verdict("2022-10-15T16:00:00+09:00"),
        Verdict::PartiallyAffected
    );
    assert_eq!(verdict("2022-10-15T17:00:00+09:00"), Verdict::Affected);
    assert_eq!(
        verdict("2022-10-15T19:00:00+09:00"),
        Verdict::PartiallyAffected
    );
}

#[tokio::test]
async fn the_services_figures_say_which_down_they_count() {
    let inc = two_functions();
    let b = beta(&inc);
    let lines = [
        (
            "en",
            "<dt>Total time down (any function)</dt><dd>5 h 00 m</dd>",
            "<dt>Of which fully down (every function)</dt><dd>2 h 00 m</dd>",
            "<dt>Worst state of any function</dt>",
        ),
        (
            "ko",
            "<dt>멈춘 시간 합계 (기능 하나라도)</dt><dd>5시간 00분</dd>",
            "<dt>그중 전면 장애 (모든 기능)</dt><dd>2시간 00분</dd>",
            "<dt>기능 중 가장 심했던 상태</dt>",
        ),
    ];
    for (lang, any, fully, worst) in lines {
        let html = render_with(inc.clone(), &format!("#/services?lang={lang}"), |_| {
            html! { <ServiceFacts service={b} /> }
        })
        .await;
        for line in [any, fully, worst] {
            assert!(html.contains(line), "{lang}: no {line} in {html}");
        }
    }
}

#[tokio::test]
async fn the_estimator_prefills_any_function_down_and_says_so() {
    let inc = two_functions();
    let b = beta(&inc);
    let question = move |_: &_| {
        html! {
            <EstimatorQuestion question={Question::Ask(Need::Hours)} step={1} total={Some(2)} claimant={Some(2)}
                service={Some(b)} flow={Flow::default()} on_action={Callback::noop()} on_group={Callback::noop()} />
        }
    };
    let en = render_with(inc.clone(), "#/compensation/fans?lang=en", question).await;
    assert!(en.contains(r#"value="5""#), "not prefilled: {en}");
    assert!(
        en.contains("The data has at least one function of Beta down for about 5 hours (all of it for about 2 hours)"),
        "{en}"
    );
    let ko = render_with(inc, "#/compensation/fans?lang=ko", question).await;
    assert!(
        ko.contains(
            "베타의 기능 중 하나 이상이 약 5시간 멈췄습니다(모든 기능이 멈춘 전면 장애는 약 2시간)"
        ),
        "{ko}"
    );
}
