#![cfg(not(target_arch = "wasm32"))]
//! Every validation rule of incident format v1, one test each: a small valid incident
//! (`tests/fixtures/good.json`) is broken in exactly one place and the test asserts the exact
//! path and problem reported. Also: several problems are all reported, unknown fields are
//! ignored, the messages read as `path: problem` in English and in Korean, and every bad
//! fixture file in `tests/fixtures/bad/` gives the messages of its `.expected` file.

use incident_explainer::data::{self, DataError, JsonType, Problem};
use incident_explainer::i18n::{format, Locale};
use serde_json::{json, Value};
use std::path::Path;

const GOOD: &str = include_str!("fixtures/good.json");

fn good() -> Value {
    serde_json::from_str(GOOD).expect("tests/fixtures/good.json is JSON")
}

/// The problems of `good.json` after `edit`; empty if it still validates.
fn problems(edit: impl FnOnce(&mut Value)) -> Vec<DataError> {
    let mut v = good();
    edit(&mut v);
    match data::parse(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

fn wrong(expected: JsonType, found: JsonType) -> Problem {
    Problem::WrongType { expected, found }
}

fn err(path: &str, problem: Problem) -> DataError {
    DataError::new(path, problem)
}

/// Asserts that `edit` leads to exactly this one problem.
fn only(edit: impl FnOnce(&mut Value), path: &str, problem: Problem) {
    assert_eq!(problems(edit), vec![err(path, problem)]);
}

/// A pointer into the fixture, e.g. `at(v, "/services/0/functions/0/status/0")`.
fn at<'a>(v: &'a mut Value, pointer: &str) -> &'a mut Value {
    v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("good.json has no {pointer}"))
}

/// Sets the value at `pointer`, adding the last key to its object if it is not there yet.
fn set(pointer: &'static str, value: Value) -> impl FnOnce(&mut Value) {
    move |v| {
        let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
        match at(v, parent) {
            Value::Object(o) => {
                o.insert(key.to_string(), value);
            }
            other => {
                *other
                    .get_mut(key.parse::<usize>().expect("an index"))
                    .expect("in range") = value
            }
        }
    }
}

fn remove(pointer: &'static str, key: &'static str) -> impl FnOnce(&mut Value) {
    move |v| {
        at(v, pointer)
            .as_object_mut()
            .and_then(|o| o.remove(key))
            .unwrap_or_else(|| panic!("good.json has no {pointer}/{key}"));
    }
}

fn unknown(kind: &'static str, id: &str) -> Problem {
    Problem::UnknownId(kind, id.to_string())
}

fn dup(id: &str) -> Problem {
    Problem::DuplicateId(id.to_string())
}

const TEXT0: &str = "/services/0/functions/0/status";

// --- the fixture itself -------------------------------------------------------------------

#[test]
fn the_good_fixture_validates() {
    let inc = data::parse(GOOD).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(inc.id, "test-example-2024-03-03");
    assert_eq!(inc.services.len(), 2);
    assert_eq!(inc.services[0].functions[1].status[0].to, None);
    assert_eq!(inc.events.len(), 2);
    assert_eq!(inc.events[0].dispute, Some(0));
    assert_eq!(
        inc.compensation[0].claim_url.as_deref(),
        Some("https://example.com/claim")
    );
}

#[test]
fn unknown_fields_are_ignored_everywhere() {
    let mut v = good();
    v["publisher_notes"] = json!({"anything": [1, 2, 3]});
    v["sources"][0]["archive"] = json!("https://web.archive.org/x");
    at(&mut v, "/services/0/functions/0/status/0")["severity"] = json!(5);
    v["compensation"][0]["rule"]["future_parameter"] = json!(true);
    let with_extras = data::parse(&v.to_string()).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(with_extras, data::parse(GOOD).expect("good"));
}

// --- format version -----------------------------------------------------------------------

#[test]
fn version_2_is_unsupported() {
    only(
        set("/format_version", json!(2)),
        "format_version",
        Problem::UnsupportedVersion(2),
    );
}

#[test]
fn version_0_is_unsupported() {
    only(
        set("/format_version", json!(0)),
        "format_version",
        Problem::UnsupportedVersion(0),
    );
}

#[test]
fn a_missing_version_is_reported() {
    only(
        remove("", "format_version"),
        "format_version",
        Problem::Missing,
    );
}

// --- unknown ids --------------------------------------------------------------------------

#[test]
fn unknown_service_in_an_event() {
    only(
        set("/events/0/services/0", json!("nope")),
        "events[0].services[0]",
        unknown("service", "nope"),
    );
}

#[test]
fn unknown_service_in_a_compensation_item() {
    only(
        set("/compensation/0/services/0", json!("example-bank")),
        "compensation[0].services[0]",
        unknown("service", "example-bank"),
    );
}

#[test]
fn unknown_source_in_an_interval() {
    only(
        set(
            "/services/0/functions/0/status/1/sources/1",
            json!("rumour"),
        ),
        "services[0].functions[0].status[1].sources[1]",
        unknown("source", "rumour"),
    );
}

#[test]
fn unknown_source_in_an_event() {
    only(
        set("/events/1/sources/0", json!("x")),
        "events[1].sources[0]",
        unknown("source", "x"),
    );
}

#[test]
fn unknown_source_of_the_incident() {
    only(
        set("/incident/sources/0", json!("x")),
        "incident.sources[0]",
        unknown("source", "x"),
    );
}

#[test]
fn unknown_source_in_a_dispute_alternative() {
    only(
        set("/disputes/0/alternatives/1/sources/0", json!("x")),
        "disputes[0].alternatives[1].sources[0]",
        unknown("source", "x"),
    );
}

#[test]
fn unknown_source_in_figures_services_offers_and_context() {
    only(
        set("/figures/0/sources/0", json!("x")),
        "figures[0].sources[0]",
        unknown("source", "x"),
    );
    only(
        set("/services/1/sources/0", json!("x")),
        "services[1].sources[0]",
        unknown("source", "x"),
    );
    only(
        set("/compensation/0/sources/0", json!("x")),
        "compensation[0].sources[0]",
        unknown("source", "x"),
    );
    only(
        set("/context/0/sources/0", json!("x")),
        "context[0].sources[0]",
        unknown("source", "x"),
    );
}

#[test]
fn unknown_operator() {
    only(
        set("/services/1/operator", json!("acme")),
        "services[1].operator",
        unknown("operator", "acme"),
    );
}

#[test]
fn unknown_claimant() {
    only(
        set("/compensation/0/claimants/0", json!("everyone")),
        "compensation[0].claimants[0]",
        unknown("claimant", "everyone"),
    );
}

#[test]
fn unknown_dispute_in_an_event_a_figure_and_an_offer() {
    only(
        set("/events/0/dispute", json!("when")),
        "events[0].dispute",
        unknown("dispute", "when"),
    );
    only(
        set("/figures/0/dispute", json!("when")),
        "figures[0].dispute",
        unknown("dispute", "when"),
    );
    only(
        set("/compensation/0/dispute", json!("when")),
        "compensation[0].dispute",
        unknown("dispute", "when"),
    );
}

// --- duplicate ids ------------------------------------------------------------------------

#[test]
fn duplicate_service_id() {
    only(
        set("/services/1/id", json!("example-messenger")),
        "services[1].id",
        dup("example-messenger"),
    );
}

#[test]
fn duplicate_event_id() {
    only(
        set("/events/1/id", json!("messenger-down")),
        "events[1].id",
        dup("messenger-down"),
    );
}

#[test]
fn duplicate_function_id_within_a_service() {
    only(
        set("/services/0/functions/1/id", json!("text")),
        "services[0].functions[1].id",
        dup("text"),
    );
}

#[test]
fn the_same_function_id_in_two_services_is_fine() {
    assert_eq!(
        problems(set("/services/1/functions/0/id", json!("text"))),
        vec![]
    );
}

#[test]
fn duplicate_source_operator_claimant_dispute_figure_offer_and_context_ids() {
    for (list, id) in [
        ("sources", "example-news"),
        ("operators", "example-corp"),
        ("claimants", "paid-users"),
        ("disputes", "start-time"),
        ("figures", "duration"),
        ("compensation", "extension"),
        ("context", "terms"),
    ] {
        let errors = problems(|v| {
            let copy = v[list][0].clone();
            v[list].as_array_mut().expect("a list").push(copy);
        });
        let n = good()[list].as_array().expect("a list").len();
        assert_eq!(
            errors,
            vec![err(&format!("{list}[{n}].id"), dup(id))],
            "{list}"
        );
    }
}

// --- intervals ----------------------------------------------------------------------------

#[test]
fn an_interval_that_ends_before_it_starts() {
    only(
        set(
            "/services/0/functions/0/status/0/to",
            json!("2024-03-03T13:59:00+09:00"),
        ),
        "services[0].functions[0].status[0].to",
        Problem::EndsBeforeStart,
    );
}

#[test]
fn an_interval_of_no_length() {
    only(
        set(
            "/services/0/functions/0/status/0/to",
            json!("2024-03-03T14:00:00+09:00"),
        ),
        "services[0].functions[0].status[0].to",
        Problem::EndsBeforeStart,
    );
}

#[test]
fn the_same_moment_in_another_offset_is_still_no_length() {
    only(
        set(
            "/services/0/functions/0/status/0/to",
            json!("2024-03-03T05:00:00Z"),
        ),
        "services[0].functions[0].status[0].to",
        Problem::EndsBeforeStart,
    );
}

// `last_report` (format 1.1): inside its interval, at `from` at the earliest, before `to`.

#[test]
fn a_last_report_inside_its_interval_is_read() {
    let mut v = good();
    set(
        "/services/0/functions/0/status/0/last_report",
        json!("2024-03-03T15:00:00+09:00"),
    )(&mut v);
    let inc = data::parse(&v.to_string()).expect("valid with a last report");
    let iv = &inc.services[0].functions[0].status[0];
    assert_eq!(
        iv.last_report.map(|t| t.to_rfc3339()),
        Some("2024-03-03T15:00:00+09:00".to_string())
    );
    // Without it (every older file), nothing changes.
    let old = data::parse(GOOD).expect("good.json");
    assert_eq!(old.services[0].functions[0].status[0].last_report, None);
}

#[test]
fn a_last_report_at_from_is_fine() {
    assert_eq!(
        problems(set(
            "/services/0/functions/0/status/0/last_report",
            json!("2024-03-03T14:00:00+09:00"),
        )),
        vec![]
    );
}

#[test]
fn a_last_report_before_from_or_at_to_is_outside() {
    for t in [
        "2024-03-03T13:59:00+09:00",
        "2024-03-03T16:00:00+09:00",
        "2024-03-04T00:00:00+09:00",
    ] {
        only(
            set("/services/0/functions/0/status/0/last_report", json!(t)),
            "services[0].functions[0].status[0].last_report",
            Problem::ReportOutsideInterval,
        );
    }
}

#[test]
fn a_last_report_that_is_not_a_time() {
    only(
        set(
            "/services/0/functions/0/status/0/last_report",
            json!("2024-03-03T15:00:00"),
        ),
        "services[0].functions[0].status[0].last_report",
        Problem::NoOffset,
    );
    only(
        set("/services/0/functions/0/status/0/last_report", json!(true)),
        "services[0].functions[0].status[0].last_report",
        wrong(JsonType::Text, JsonType::Boolean),
    );
}

#[test]
fn overlapping_intervals_of_one_function() {
    only(
        set(
            "/services/0/functions/0/status/1/from",
            json!("2024-03-03T15:59:00+09:00"),
        ),
        "services[0].functions[0].status[1]",
        Problem::Overlaps(0),
    );
}

#[test]
fn an_open_ended_interval_followed_by_another_overlaps() {
    only(
        |v| {
            let next = json!({"level": "restored", "from": "2024-03-04T10:00:00+09:00", "sources": ["example-news"]});
            at(v, "/services/0/functions/1/status")
                .as_array_mut()
                .expect("list")
                .push(next);
        },
        "services[0].functions[1].status[1]",
        Problem::Overlaps(0),
    );
}

#[test]
fn overlap_is_reported_on_the_later_interval_whatever_the_file_order() {
    only(
        |v| {
            let list = at(v, TEXT0);
            list[0]["from"] = json!("2024-03-03T16:30:00+09:00");
            list[0]["to"] = json!("2024-03-03T19:00:00+09:00");
        },
        "services[0].functions[0].status[0]",
        Problem::Overlaps(1),
    );
}

#[test]
fn an_interval_inside_a_long_one_and_one_after_it_both_overlap() {
    let errors = problems(|v| {
        *at(v, TEXT0) = json!([
            {"level": "outage", "from": "2024-03-03T14:00:00+09:00", "to": "2024-03-03T18:00:00+09:00", "sources": ["example-news"]},
            {"level": "degraded", "from": "2024-03-03T15:00:00+09:00", "to": "2024-03-03T16:00:00+09:00", "sources": ["example-news"]},
            {"level": "degraded", "from": "2024-03-03T16:30:00+09:00", "to": "2024-03-03T17:00:00+09:00", "sources": ["example-news"]}
        ]);
    });
    let p = "services[0].functions[0].status";
    assert_eq!(
        errors,
        vec![
            err(&format!("{p}[1]"), Problem::Overlaps(0)),
            err(&format!("{p}[2]"), Problem::Overlaps(0))
        ]
    );
}

#[test]
fn touching_intervals_and_any_file_order_are_fine() {
    let mut v = good();
    at(&mut v, TEXT0).as_array_mut().expect("list").reverse();
    let inc = data::parse(&v.to_string()).unwrap_or_else(|e| panic!("{e:?}"));
    let status = &inc.services[0].functions[0].status;
    assert!(status[0].from < status[1].from, "intervals come out sorted");
    assert_eq!(status[0].to, Some(status[1].from));
}

#[test]
fn an_interval_without_sources() {
    only(
        set("/services/0/functions/0/status/0/sources", json!([])),
        "services[0].functions[0].status[0].sources",
        Problem::Missing,
    );
}

#[test]
fn a_service_without_functions() {
    only(
        set("/services/1/functions", json!([])),
        "services[1].functions",
        Problem::Missing,
    );
}

// --- other spans: incident, windows, rule windows ------------------------------------------

#[test]
fn an_incident_that_ends_before_it_starts() {
    only(
        set("/incident/end", json!("2024-03-03T13:00:00+09:00")),
        "incident.end",
        Problem::EndsBeforeStart,
    );
}

#[test]
fn a_claim_window_that_closes_before_it_opens() {
    only(
        set(
            "/compensation/0/windows/0/closes",
            json!("2024-03-01T00:00:00+09:00"),
        ),
        "compensation[0].windows[0].closes",
        Problem::EndsBeforeStart,
    );
}

#[test]
fn a_rule_window_that_ends_before_it_starts() {
    only(
        set(
            "/compensation/0/rule",
            json!({"kind": "fee_waiver", "percent": 20, "window": {"from": "2024-03-03T18:00:00+09:00", "to": "2024-03-03T14:00:00+09:00"}}),
        ),
        "compensation[0].rule.window.to",
        Problem::EndsBeforeStart,
    );
}

#[test]
fn covers_that_ends_before_it_starts() {
    only(
        set(
            "/incident/covers",
            json!({"from": "2024-03-04T00:00:00+09:00", "to": "2024-03-03T00:00:00+09:00"}),
        ),
        "incident.covers.to",
        Problem::EndsBeforeStart,
    );
}

// --- translations -------------------------------------------------------------------------

#[test]
fn a_missing_korean_translation() {
    only(
        remove("/incident/title", "ko"),
        "incident.title.ko",
        Problem::MissingTranslation("ko"),
    );
}

#[test]
fn a_missing_english_translation() {
    only(
        set("/events/1/title/en", json!("")),
        "events[1].title.en",
        Problem::MissingTranslation("en"),
    );
}

#[test]
fn a_blank_translation_counts_as_missing() {
    only(
        set("/operators/0/name/ko", json!("  \n")),
        "operators[0].name.ko",
        Problem::MissingTranslation("ko"),
    );
}

#[test]
fn both_translations_missing_gives_two_problems() {
    assert_eq!(
        problems(set("/claimants/0/name", json!({}))),
        vec![
            err("claimants[0].name.ko", Problem::MissingTranslation("ko")),
            err("claimants[0].name.en", Problem::MissingTranslation("en")),
        ]
    );
}

#[test]
fn optional_texts_need_both_languages_when_given() {
    only(
        set(
            "/services/0/functions/0/status/1/note",
            json!({"ko": "느림"}),
        ),
        "services[0].functions[0].status[1].note.en",
        Problem::MissingTranslation("en"),
    );
    only(
        set("/compensation/0/how", json!({"en": "Automatic"})),
        "compensation[0].how.ko",
        Problem::MissingTranslation("ko"),
    );
}

// --- URLs ---------------------------------------------------------------------------------

#[test]
fn source_urls_must_be_http_or_https() {
    for url in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<b>x</b>",
        "ftp://example.com/file",
        "/relative/path",
        "relative/path.html",
        "example.com/news",
        "https://",
        "http:/example.com",
        "https://exa mple.com/",
        "//example.com/news",
    ] {
        assert_eq!(
            problems(set("/sources/0/url", json!(url))),
            vec![err("sources[0].url", Problem::NotHttpUrl)],
            "{url}"
        );
    }
}

#[test]
fn http_and_https_in_any_case_are_fine() {
    for url in [
        "http://example.com",
        "HTTPS://EXAMPLE.COM/a?b#c",
        "https://example.com:8443/x",
    ] {
        assert_eq!(problems(set("/sources/0/url", json!(url))), vec![], "{url}");
    }
}

#[test]
fn a_claim_url_must_be_http_or_https() {
    only(
        set("/compensation/0/claim_url", json!("javascript:void(0)")),
        "compensation[0].claim_url",
        Problem::NotHttpUrl,
    );
}

#[test]
fn a_source_without_a_url() {
    only(
        remove("/sources/1", "url"),
        "sources[1].url",
        Problem::Missing,
    );
}

// --- times and dates ----------------------------------------------------------------------

#[test]
fn a_time_without_an_offset() {
    for t in [
        "2024-03-03T14:00:00",
        "2024-03-03T14:00",
        "2024-03-03 14:00:00",
        "2024-03-03 14:00",
    ] {
        assert_eq!(
            problems(set("/events/0/at", json!(t))),
            vec![err("events[0].at", Problem::NoOffset)],
            "{t}"
        );
    }
}

#[test]
fn not_a_time() {
    for t in [
        "yesterday",
        "2024-03-03",
        "14:00",
        "2024-13-03T14:00:00+09:00",
        "2024-03-03T25:00:00+09:00",
        "",
    ] {
        assert_eq!(
            problems(set("/services/0/functions/0/status/1/to", json!(t))),
            vec![err(
                "services[0].functions[0].status[1].to",
                Problem::NotATime
            )],
            "{t:?}"
        );
    }
}

#[test]
fn utc_and_other_offsets_are_times() {
    let mut v = good();
    v["events"][0]["at"] = json!("2024-03-03T05:00:00Z");
    v["events"][1]["at"] = json!("2024-03-03T04:00:00-05:00");
    let inc = data::parse(&v.to_string()).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(inc.events[0].at.to_rfc3339(), "2024-03-03T05:00:00+00:00");
    assert_eq!(inc.events[1].at.offset().local_minus_utc(), -5 * 3600);
}

#[test]
fn times_everywhere_are_checked() {
    only(
        set("/incident/start", json!("soon")),
        "incident.start",
        Problem::NotATime,
    );
    only(
        set("/incident/as_of", json!("2024-03-10")),
        "incident.as_of",
        Problem::NotATime,
    );
    only(
        set("/incident/revisions/0/at", json!("2024-03-10T09:00:00")),
        "incident.revisions[0].at",
        Problem::NoOffset,
    );
    only(
        set("/compensation/0/windows/0/opens", json!("March")),
        "compensation[0].windows[0].opens",
        Problem::NotATime,
    );
}

#[test]
fn a_missing_time() {
    only(remove("/events/1", "at"), "events[1].at", Problem::Missing);
    only(
        remove("/services/0/functions/0/status/0", "from"),
        "services[0].functions[0].status[0].from",
        Problem::Missing,
    );
}

#[test]
fn not_a_date() {
    for d in [
        "3 March 2024",
        "2024-02-30",
        "2024/03/03",
        "2024-03-03T00:00:00+09:00",
    ] {
        assert_eq!(
            problems(set("/sources/0/date", json!(d))),
            vec![err("sources[0].date", Problem::NotADate)],
            "{d}"
        );
    }
}

#[test]
fn a_zone_offset_that_is_no_offset() {
    only(
        set("/incident/time_zone/offset", json!("KST")),
        "incident.time_zone.offset",
        Problem::NotOneOf("UTC offsets such as +09:00"),
    );
}

// --- values from fixed sets ---------------------------------------------------------------

#[test]
fn unknown_level() {
    only(
        set("/services/0/functions/0/status/0/level", json!("down")),
        "services[0].functions[0].status[0].level",
        Problem::NotOneOf("outage, degraded, restored"),
    );
}

#[test]
fn unknown_event_kind() {
    only(
        set("/events/0/kind", json!("fire")),
        "events[0].kind",
        Problem::NotOneOf("cause, outage, recovery, statement, compensation, investigation"),
    );
}

#[test]
fn unknown_category() {
    only(
        set("/services/0/category", json!("chat")),
        "services[0].category",
        Problem::NotOneOf("messaging, portal, payments, mobility, maps, content, games, finance, commerce, login, public, health, other"),
    );
}

#[test]
fn unknown_offer_status() {
    only(
        set("/compensation/0/status", json!("pending")),
        "compensation[0].status",
        Problem::NotOneOf("announced, open, closed, paid, automatic"),
    );
}

#[test]
fn unknown_rule_kind() {
    only(
        set("/compensation/0/rule/kind", json!("double_it")),
        "compensation[0].rule.kind",
        Problem::NotOneOf("multiple_of_outage, days_of_monthly_fee, extension_multiple, cash_tiers, fee_waiver, fixed"),
    );
}

#[test]
fn a_rule_without_a_kind() {
    only(
        remove("/compensation/0/rule", "kind"),
        "compensation[0].rule.kind",
        Problem::Missing,
    );
}

// --- rule parameters ----------------------------------------------------------------------

fn rule_problems(rule: Value) -> Vec<DataError> {
    problems(move |v| v["compensation"][0]["rule"] = rule)
}

fn rule_err(field: &str, problem: Problem) -> DataError {
    err(&format!("compensation[0].rule.{field}"), problem)
}

#[test]
fn every_rule_kind_validates_with_good_parameters() {
    for rule in [
        json!({"kind": "multiple_of_outage", "multiple": 10, "days_in_month": 30, "min_hours": 2}),
        json!({"kind": "multiple_of_outage", "multiple": 10}),
        json!({"kind": "days_of_monthly_fee", "days": 6, "days_in_month": 31, "round_to": 10}),
        json!({"kind": "extension_multiple", "multiple": 3}),
        json!({"kind": "cash_tiers", "tiers": [{"up_to": 300000, "pays": 30000}, {"up_to": 500000, "pays": 50000}]}),
        json!({"kind": "fee_waiver", "percent": 20, "window": {"from": "2024-03-03T14:00:00+09:00", "to": "2024-03-04T09:00:00+09:00"}}),
        json!({"kind": "fixed", "won": 1500}),
        json!({"kind": "fixed", "days": 3}),
    ] {
        assert_eq!(rule_problems(rule.clone()), vec![], "{rule}");
    }
}

#[test]
fn non_positive_multiples() {
    assert_eq!(
        rule_problems(json!({"kind": "extension_multiple", "multiple": 0})),
        vec![rule_err("multiple", Problem::NotPositive)]
    );
    assert_eq!(
        rule_problems(json!({"kind": "multiple_of_outage", "multiple": -10})),
        vec![rule_err("multiple", Problem::NotPositive)]
    );
}

#[test]
fn every_bad_parameter_of_one_rule_is_reported() {
    assert_eq!(
        rule_problems(
            json!({"kind": "multiple_of_outage", "multiple": 0, "days_in_month": -30, "min_hours": -2})
        ),
        vec![
            rule_err("multiple", Problem::NotPositive),
            rule_err("days_in_month", Problem::NotPositive),
            rule_err("min_hours", Problem::NotPositive),
        ]
    );
    assert_eq!(
        rule_problems(
            json!({"kind": "days_of_monthly_fee", "days": 0, "days_in_month": 0, "round_to": 0})
        ),
        vec![
            rule_err("days", Problem::NotPositive),
            rule_err("days_in_month", Problem::NotPositive),
            rule_err("round_to", Problem::NotPositive),
        ]
    );
}

#[test]
fn days_of_monthly_fee_needs_its_parameters() {
    assert_eq!(
        rule_problems(json!({"kind": "days_of_monthly_fee"})),
        vec![
            rule_err("days", Problem::Missing),
            rule_err("days_in_month", Problem::Missing)
        ]
    );
}

#[test]
fn non_positive_fee_waiver_and_a_missing_window() {
    assert_eq!(
        rule_problems(json!({"kind": "fee_waiver", "percent": 0})),
        vec![
            rule_err("percent", Problem::NotPositive),
            rule_err("window", Problem::Missing)
        ]
    );
}

#[test]
fn non_positive_fixed_amounts() {
    assert_eq!(
        rule_problems(json!({"kind": "fixed", "won": 0, "days": -1})),
        vec![
            rule_err("won", Problem::NotPositive),
            rule_err("days", Problem::NotPositive)
        ]
    );
    assert_eq!(
        rule_problems(json!({"kind": "fixed"})),
        vec![rule_err("won", Problem::Missing)]
    );
}

#[test]
fn non_positive_tiers_and_no_tiers() {
    assert_eq!(
        rule_problems(json!({"kind": "cash_tiers", "tiers": [{"up_to": 0, "pays": -5}]})),
        vec![
            rule_err("tiers[0].up_to", Problem::NotPositive),
            rule_err("tiers[0].pays", Problem::NotPositive)
        ]
    );
    assert_eq!(
        rule_problems(json!({"kind": "cash_tiers", "tiers": []})),
        vec![rule_err("tiers", Problem::Missing)]
    );
}

#[test]
fn descending_tiers() {
    assert_eq!(
        rule_problems(
            json!({"kind": "cash_tiers", "tiers": [{"up_to": 500000, "pays": 30000}, {"up_to": 300000, "pays": 50000}]})
        ),
        vec![rule_err("tiers[1].up_to", Problem::TiersNotAscending)]
    );
}

#[test]
fn repeated_tier_limits() {
    assert_eq!(
        rule_problems(
            json!({"kind": "cash_tiers", "tiers": [{"up_to": 300000, "pays": 30000}, {"up_to": 300000, "pays": 50000}]})
        ),
        vec![rule_err("tiers[1].up_to", Problem::TiersNotAscending)]
    );
}

#[test]
fn a_larger_loss_paying_less() {
    assert_eq!(
        rule_problems(
            json!({"kind": "cash_tiers", "tiers": [{"up_to": 300000, "pays": 50000}, {"up_to": 500000, "pays": 30000}]})
        ),
        vec![rule_err("tiers[1].pays", Problem::TiersNotAscending)]
    );
}

#[test]
fn rules_in_context_are_checked_too() {
    only(
        |v| v["context"][0]["rule"] = json!({"kind": "extension_multiple", "multiple": -3}),
        "context[0].rule.multiple",
        Problem::NotPositive,
    );
}

#[test]
fn a_negative_amount() {
    only(
        set("/compensation/0/amounts/0/won", json!(-1000)),
        "compensation[0].amounts[0].won",
        Problem::NotPositive,
    );
}

// --- disputes -----------------------------------------------------------------------------

#[test]
fn a_dispute_with_one_alternative() {
    only(
        |v| {
            at(v, "/disputes/0/alternatives")
                .as_array_mut()
                .expect("list")
                .pop();
        },
        "disputes[0].alternatives",
        Problem::TooFewAlternatives,
    );
}

#[test]
fn a_dispute_with_no_alternatives() {
    only(
        set("/disputes/0/alternatives", json!([])),
        "disputes[0].alternatives",
        Problem::TooFewAlternatives,
    );
}

#[test]
fn an_alternative_without_sources() {
    only(
        set("/disputes/0/alternatives/0/sources", json!([])),
        "disputes[0].alternatives[0].sources",
        Problem::Missing,
    );
}

// --- missing required fields --------------------------------------------------------------

#[test]
fn a_file_without_an_incident() {
    only(remove("", "incident"), "incident", Problem::Missing);
}

#[test]
fn missing_required_fields() {
    let cases: [(&'static str, &'static str, &str); 17] = [
        ("/incident", "id", "incident.id"),
        ("/incident", "summary", "incident.summary"),
        ("/incident", "time_zone", "incident.time_zone"),
        ("/incident/time_zone", "abbr", "incident.time_zone.abbr"),
        ("/incident", "start", "incident.start"),
        ("/incident", "as_of", "incident.as_of"),
        ("/sources/0", "publisher", "sources[0].publisher"),
        ("/sources/0", "title", "sources[0].title"),
        ("/sources/0", "date", "sources[0].date"),
        ("/services/1", "name", "services[1].name"),
        ("/services/1", "operator", "services[1].operator"),
        ("/services/1", "category", "services[1].category"),
        (
            "/services/0/functions/0/status/0",
            "level",
            "services[0].functions[0].status[0].level",
        ),
        ("/events/1", "kind", "events[1].kind"),
        ("/figures/0", "value", "figures[0].value"),
        ("/compensation/0", "status", "compensation[0].status"),
        (
            "/compensation/0/amounts/0",
            "won",
            "compensation[0].amounts[0].won",
        ),
    ];
    for (pointer, key, path) in cases {
        assert_eq!(
            problems(remove(pointer, key)),
            vec![err(path, Problem::Missing)],
            "{path}"
        );
    }
}

#[test]
fn a_blank_id_is_missing() {
    only(
        set("/events/0/id", json!("   ")),
        "events[0].id",
        Problem::Missing,
    );
}

#[test]
fn lists_that_must_not_be_empty() {
    only(
        set("/events/0/sources", json!([])),
        "events[0].sources",
        Problem::Missing,
    );
    only(
        set("/compensation/0/sources", json!([])),
        "compensation[0].sources",
        Problem::Missing,
    );
    only(
        set("/compensation/0/claimants", json!([])),
        "compensation[0].claimants",
        Problem::Missing,
    );
}

// --- JSON types and syntax ----------------------------------------------------------------

fn parse_errors(json: &str) -> Vec<DataError> {
    data::parse(json).err().unwrap_or_default()
}

#[test]
fn a_wrong_type_is_located_by_its_path() {
    only(
        set("/services/0/functions/0/status/0/approximate", json!("yes")),
        "services[0].functions[0].status[0].approximate",
        wrong(JsonType::Boolean, JsonType::Text),
    );
}

#[test]
fn a_version_given_as_a_string() {
    only(
        set("/format_version", json!("1")),
        "format_version",
        wrong(JsonType::Integer, JsonType::Text),
    );
}

#[test]
fn a_map_where_a_list_belongs() {
    only(
        set("/services", json!({"kakaotalk": {}})),
        "services",
        wrong(JsonType::List, JsonType::Object),
    );
}

#[test]
fn a_fractional_amount_of_won() {
    only(
        set("/compensation/0/amounts/0/won", json!(1.5)),
        "compensation[0].amounts[0].won",
        wrong(JsonType::Integer, JsonType::Number),
    );
}

#[test]
fn a_number_where_a_text_belongs() {
    only(
        set("/events/1/title/ko", json!(42)),
        "events[1].title.ko",
        wrong(JsonType::Text, JsonType::Number),
    );
}

#[test]
fn a_file_that_is_not_an_object() {
    assert_eq!(
        parse_errors("null"),
        vec![err("", wrong(JsonType::Object, JsonType::Null))]
    );
    assert_eq!(
        parse_errors("\"an incident\""),
        vec![err("", wrong(JsonType::Object, JsonType::Text))]
    );
}

#[test]
fn not_json_at_all_gives_line_and_column() {
    assert_eq!(
        parse_errors("<!doctype html>"),
        vec![err("", Problem::NotJson { line: 1, column: 1 })]
    );
    assert_eq!(
        parse_errors(""),
        vec![err("", Problem::NotJson { line: 1, column: 0 })]
    );
}

#[test]
fn a_syntax_error_deep_in_the_file_gives_its_line_and_column() {
    // A trailing comma in the first source, line 24 of the pretty file.
    let broken = GOOD.replacen("\"date\": \"2024-03-03\"", "\"date\": \"2024-03-03\",", 1);
    let line = broken
        .lines()
        .position(|l| l.contains("\"date\": \"2024-03-03\","))
        .expect("edited")
        + 1;
    let errors = parse_errors(&broken);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].path, "", "line and column say where");
    assert_eq!(
        errors[0].problem,
        Problem::NotJson {
            line: line + 1,
            column: 5
        }
    );
}

#[test]
fn text_after_the_json_is_not_json() {
    let doubled = format!("{GOOD}{GOOD}");
    let line = GOOD.lines().count() + 1;
    assert_eq!(
        parse_errors(&doubled),
        vec![err("", Problem::NotJson { line, column: 1 })]
    );
}

#[test]
fn a_truncated_file() {
    let cut = &GOOD[..GOOD.find("\"operators\"").expect("operators")];
    let errors = parse_errors(cut);
    let lines = cut.lines().count();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        matches!(errors[0].problem, Problem::NotJson { line, .. } if line == lines),
        "{errors:?} (file has {lines} lines)"
    );
}

// --- many problems at once ----------------------------------------------------------------

#[test]
fn several_problems_in_one_file_are_all_reported() {
    let errors = problems(|v| {
        v["format_version"] = json!(2);
        v["sources"][1]["url"] = json!("javascript:alert(1)");
        v["incident"]["title"]["en"] = json!("");
        v["services"][0]["category"] = json!("chat");
        v["services"][0]["functions"][0]["status"][1]["from"] = json!("2024-03-03T15:00:00+09:00");
        v["services"][1]["functions"][0]["status"][0]["to"] = json!("2024-03-03T14:00:00");
        v["events"][0]["services"][0] = json!("nope");
        v["events"][1]["at"] = json!("later");
        v["disputes"][0]["alternatives"] =
            json!([{"value": {"ko": "14:00", "en": "14:00"}, "sources": ["example-news"]}]);
        v["compensation"][0]["claimants"][0] = json!("everyone");
        v["compensation"][0]["rule"]["multiple"] = json!(0);
    });
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "format_version: unsupported format version 2 (this widget reads 1)",
            "sources[1].url: not an http or https URL",
            "incident.title.en: missing translation: en",
            "services[0].category: not one of messaging, portal, payments, mobility, maps, content, games, finance, commerce, login, public, health, other",
            "services[0].functions[0].status[1]: overlaps interval [0] of the same function",
            "services[1].functions[0].status[0].to: time without a UTC offset (add one, e.g. +09:00)",
            "disputes[0].alternatives: a dispute needs at least two alternatives",
            "events[0].services[0]: unknown service id \"nope\"",
            "events[1].at: not a time (expected RFC 3339, e.g. 2022-10-15T15:30:00+09:00)",
            "compensation[0].claimants[0]: unknown claimant id \"everyone\"",
            "compensation[0].rule.multiple: must be greater than zero",
        ]
    );
}

// --- messages -----------------------------------------------------------------------------

#[test]
fn display_is_path_colon_problem() {
    assert_eq!(
        err("services[2].status[0].to", Problem::NotATime).to_string(),
        "services[2].status[0].to: not a time (expected RFC 3339, e.g. 2022-10-15T15:30:00+09:00)"
    );
    assert_eq!(
        err("", Problem::NotJson { line: 3, column: 7 }).to_string(),
        "not JSON (line 3, column 7)"
    );
}

/// Fails to compile when a problem is added, as a reminder to add it to `every_problem` (and
/// its Korean message to `i18n::format::problem`).
#[allow(dead_code)]
fn every_problem_is_listed(p: &Problem) {
    match p {
        Problem::NotJson { .. }
        | Problem::WrongType { .. }
        | Problem::DuplicateKey
        | Problem::OutOfRange
        | Problem::Missing
        | Problem::MissingTranslation(_)
        | Problem::NotATime
        | Problem::NoOffset
        | Problem::NotADate
        | Problem::NotHttpUrl
        | Problem::UnknownId(..)
        | Problem::DuplicateId(_)
        | Problem::EndsBeforeStart
        | Problem::ReportOutsideInterval
        | Problem::Overlaps(_)
        | Problem::UnsupportedVersion(_)
        | Problem::NotOneOf(_)
        | Problem::NotPositive
        | Problem::TiersNotAscending
        | Problem::TooFewAlternatives
        | Problem::OriginNotAllowed(_)
        | Problem::Network
        | Problem::HttpStatus(_)
        | Problem::Timeout
        | Problem::Stalled(_)
        | Problem::TooSlow(_)
        | Problem::BrokenOff(_)
        | Problem::TooLarge(_)
        | Problem::NotJsonType(_)
        | Problem::Redirected
        | Problem::Offline
        | Problem::NotUtf8(_)
        | Problem::Internal(_) => {}
    }
}

/// One of every problem, for the message tests.
fn every_problem() -> Vec<Problem> {
    vec![
        Problem::NotJson { line: 1, column: 2 },
        wrong(JsonType::Boolean, JsonType::Text),
        Problem::DuplicateKey,
        Problem::OutOfRange,
        Problem::Missing,
        Problem::MissingTranslation("ko"),
        Problem::NotATime,
        Problem::NoOffset,
        Problem::NotADate,
        Problem::NotHttpUrl,
        unknown("service", "x"),
        dup("x"),
        Problem::EndsBeforeStart,
        Problem::ReportOutsideInterval,
        Problem::Overlaps(0),
        Problem::UnsupportedVersion(2),
        Problem::NotOneOf("outage, degraded, restored"),
        Problem::NotPositive,
        Problem::TiersNotAscending,
        Problem::TooFewAlternatives,
        Problem::OriginNotAllowed("http://localhost:9".into()),
        Problem::Network,
        Problem::HttpStatus(404),
        Problem::Timeout,
        Problem::Stalled(1024),
        Problem::TooSlow(20),
        Problem::BrokenOff(512),
        Problem::TooLarge(10 * 1024 * 1024),
        Problem::NotJsonType("text/html".into()),
        Problem::NotJsonType(String::new()),
        Problem::Redirected,
        Problem::Offline,
        Problem::NotUtf8(7),
        Problem::Internal("events"),
    ]
}

#[test]
fn every_problem_has_a_korean_message_that_differs_from_the_english_one() {
    for p in every_problem() {
        let e = err("events[0].at", p);
        let ko = format::problem(Locale::Ko, &e);
        let en = format::problem(Locale::En, &e);
        assert_eq!(en, e.to_string());
        assert_ne!(ko, en);
        assert!(ko.starts_with("events[0].at: "), "{ko}");
        assert!(
            ko.chars().any(|c| ('가'..='힣').contains(&c)),
            "no Hangul in {ko}"
        );
    }
}

#[test]
fn korean_messages_read_naturally_whatever_the_number() {
    let ko = |p: Problem| format::problem(Locale::Ko, &err("x", p));
    // No particle glued to a number ("500로" would be wrong; "404로" right).
    assert_eq!(
        ko(Problem::HttpStatus(500)),
        "x: 서버가 HTTP 500 상태로 응답했습니다"
    );
    assert_eq!(
        ko(Problem::Overlaps(2)),
        "x: 같은 기능의 [2]번 구간과 겹칩니다"
    );
    assert_eq!(ko(unknown("source", "a")), "x: 정의되지 않은 출처 id \"a\"");
    assert_eq!(
        ko(Problem::NotJson { line: 3, column: 7 }),
        "x: JSON이 아닙니다 (3행 7열)"
    );
}

#[test]
fn korean_names_the_kind_of_an_unknown_id() {
    for (kind, word) in [
        ("service", "서비스"),
        ("source", "출처"),
        ("operator", "운영사"),
        ("claimant", "보상 대상"),
        ("dispute", "쟁점"),
    ] {
        let ko = format::problem(Locale::Ko, &err("a", unknown(kind, "x")));
        assert!(ko.contains(word) && !ko.contains(kind), "{ko}");
    }
}

// --- the bad fixtures ---------------------------------------------------------------------

/// Every `tests/fixtures/bad/<name>.json` with its `<name>.expected` (the lines `Display`
/// prints, one problem a line). A file without an expectation fails the test.
pub fn bad_fixtures() -> Vec<(String, String, Vec<String>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/bad")
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let expected = path.with_extension("expected");
        let lines = std::fs::read_to_string(&expected)
            .unwrap_or_else(|_| panic!("{} has no {}", path.display(), expected.display()));
        let text = std::fs::read_to_string(&path).expect("fixture");
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        out.push((name, text, lines.lines().map(str::to_string).collect()));
    }
    out
}

#[test]
fn every_bad_fixture_gives_exactly_its_expected_messages() {
    let fixtures = bad_fixtures();
    assert!(fixtures.len() >= 20, "only {} bad fixtures", fixtures.len());
    for (name, text, expected) in fixtures {
        assert!(!expected.is_empty(), "{name}: empty expectation");
        let got: Vec<String> = match data::parse(&text) {
            Ok(_) => panic!("{name} validates but is meant to be bad"),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        };
        assert_eq!(got, expected, "{name}");
    }
}

#[test]
fn every_expectation_has_its_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    for entry in std::fs::read_dir(&dir).expect("tests/fixtures/bad") {
        let path = entry.expect("entry").path();
        match path.extension().and_then(|e| e.to_str()) {
            Some("json") => {}
            Some("expected") => assert!(
                path.with_extension("json").exists(),
                "{} has no .json",
                path.display()
            ),
            _ => panic!("unexpected file {} in tests/fixtures/bad", path.display()),
        }
    }
}

#[test]
fn unknown_operator_role() {
    only(
        set("/operators/0/role", json!("victim")),
        "operators[0].role",
        Problem::NotOneOf("provider, third-party"),
    );
}
