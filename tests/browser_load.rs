#![cfg(target_arch = "wasm32")]
//! Browser tests (wasm-bindgen-test in headless Chromium; `make test-browser`) of what only a
//! real browser shows: the reader's zone from the browser against js `Date`, the route read
//! from a hash the browser itself percent-encoded, the page's `?src=`, data parsing compiled to
//! wasm, and loading failures (HTTP status, origin) through the real `fetch`.

use chrono::{DateTime, Datelike, Timelike, Utc};
use incident_explainer::data::{self, DataError, Problem};
use incident_explainer::host::{fetch, location, zone::BrowserZone};
use incident_explainer::i18n::Locale;
use incident_explainer::incident::zone::{self, in_zone, ZoneRule};
use incident_explainer::route::{self, CheckQuery, Route, ServicesQuery, View};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Moments around the incident and either side of daylight-saving changes in both hemispheres.
const MOMENTS_MS: [i64; 6] = [
    0,
    1_665_815_400_000, // 2022-10-15T06:30:00Z, 15:30 KST
    1_667_714_400_000, // 2022-11-06T06:00:00Z, just after the US change
    1_679_792_400_000, // 2023-03-26T01:00:00Z, the EU change
    1_688_169_600_000, // 2023-07-01T00:00:00Z
    1_704_067_199_000, // 2023-12-31T23:59:59Z
];

#[wasm_bindgen_test]
fn the_browser_zone_agrees_with_js_date_on_wall_clock_and_offset() {
    let zone = BrowserZone::new();
    for ms in MOMENTS_MS {
        let js = js_sys::Date::new(&JsValue::from_f64(ms as f64));
        let utc = DateTime::<Utc>::from_timestamp_millis(ms).expect("valid moment");
        let offset = zone.offset_at(utc).local_minus_utc();
        // getTimezoneOffset is minutes *behind* UTC: the opposite sign of ours.
        assert_eq!(
            offset,
            -(js.get_timezone_offset() as i32) * 60,
            "offset at {ms}"
        );
        let local = in_zone(&utc.fixed_offset(), &zone);
        assert_eq!(
            (
                local.year(),
                local.month(),
                local.day(),
                local.hour(),
                local.minute()
            ),
            (
                js.get_full_year() as i32,
                js.get_month() + 1,
                js.get_date(),
                js.get_hours(),
                js.get_minutes()
            ),
            "wall clock at {ms}"
        );
    }
}

#[wasm_bindgen_test]
fn the_browser_zone_is_named_as_intl_names_it() {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    let name = js_sys::Reflect::get(&options, &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|v| v.as_string())
        .expect("Intl names the zone");
    assert_eq!(BrowserZone::new().name(), name);
}

/// The offset `Intl` gives at `t` for the zone `fmt` was made for, in seconds east of UTC,
/// read from its `longOffset` name ("GMT+09:00", "GMT-04:00", or "GMT" for zero).
fn intl_offset(fmt: &js_sys::Intl::DateTimeFormat, t: DateTime<Utc>) -> i32 {
    let date = js_sys::Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
    let name = fmt
        .format_to_parts(&date)
        .iter()
        .find(|part| {
            js_sys::Reflect::get(part, &JsValue::from_str("type"))
                .ok()
                .and_then(|v| v.as_string())
                .is_some_and(|t| t == "timeZoneName")
        })
        .and_then(|part| js_sys::Reflect::get(&part, &JsValue::from_str("value")).ok())
        .and_then(|v| v.as_string())
        .expect("Intl gives the offset's name");
    let rest = name.strip_prefix("GMT").expect("a GMT offset");
    if rest.is_empty() {
        return 0;
    }
    let sign = if rest.starts_with('-') || rest.starts_with('\u{2212}') {
        -1
    } else {
        1
    };
    let digits: String = rest.chars().filter(|c| c.is_ascii_digit()).collect();
    let (h, m) = digits.split_at(2);
    sign * (h.parse::<i32>().expect("hours") * 3600 + m.parse::<i32>().unwrap_or(0) * 60)
}

/// A formatter that names the offset in force in `zone`.
fn offset_formatter(zone: &str) -> js_sys::Intl::DateTimeFormat {
    let options = js_sys::Object::new();
    for (k, v) in [("timeZone", zone), ("timeZoneName", "longOffset")] {
        js_sys::Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v))
            .expect("set an option");
    }
    let locales = js_sys::Array::of1(&JsValue::from_str("en-US"));
    js_sys::Intl::DateTimeFormat::new(&locales, &options)
}

#[wasm_bindgen_test]
fn every_named_zone_rule_agrees_with_intl_from_2015_to_2035() {
    // Each day at 00:00 UTC; on a day where either side's offset changes by the next, every
    // hour of it, so a change an hour early or late is caught too.
    let start = DateTime::<Utc>::from_timestamp(1_420_070_400, 0).expect("2015-01-01");
    let days = 21 * 365 + 5;
    let mut checked = 0;
    for name in zone::NAMED {
        let rule = zone::named(name).expect("a named zone");
        let fmt = offset_formatter(name);
        let ours = |t: DateTime<Utc>| rule.offset_at(t).local_minus_utc();
        let mut previous: Option<(i32, i32)> = None;
        for d in 0..=days {
            let t = start + chrono::Duration::days(d);
            let now = (ours(t), intl_offset(&fmt, t));
            assert_eq!(now.0, now.1, "{name} at {t}");
            checked += 1;
            if previous.is_some_and(|p| p != now) {
                for h in 0..24 {
                    let u = t - chrono::Duration::hours(h);
                    assert_eq!(ours(u), intl_offset(&fmt, u), "{name} at {u}");
                    checked += 1;
                }
            }
            previous = Some(now);
        }
    }
    assert!(checked > 8 * 7000, "{checked} moments");
}

fn set_hash(hash: &str) {
    web_sys::window()
        .expect("window")
        .location()
        .set_hash(hash)
        .expect("set_hash");
}

#[wasm_bindgen_test]
fn the_route_is_read_from_the_hash() {
    set_hash("#/services/kakaotalk?lang=en");
    assert_eq!(
        location::current_route(),
        Route {
            view: View::Services(ServicesQuery {
                service: Some("kakaotalk".into()),
                ..Default::default()
            }),
            lang: Some(Locale::En),
        }
    );
}

#[wasm_bindgen_test]
fn a_korean_name_and_an_offset_survive_the_browsers_encoding() {
    // The browser percent-encodes the Hangul in location.hash; the `+` must stay a plus.
    set_hash("#/check?service=카톡&at=2022-10-15T16:00:00%2B09:00");
    let hash = web_sys::window()
        .expect("window")
        .location()
        .hash()
        .expect("hash");
    assert!(hash.contains("%EC%B9%B4%ED%86%A1"), "{hash}");
    assert_eq!(
        location::current_route().view,
        View::Check(CheckQuery {
            service: Some("카톡".into()),
            function: None,
            at: Some("2022-10-15T16:00:00+09:00".into()),
        })
    );
}

#[wasm_bindgen_test]
fn navigate_then_read_gives_the_same_route() {
    let r = route::parse("#/compensation/small-businesses?lang=ko");
    location::navigate(&r);
    assert_eq!(location::current_route(), r);
    set_hash("");
}

#[wasm_bindgen_test]
fn the_src_parameter_is_read_from_the_page_query() {
    let window = web_sys::window().expect("window");
    let history = window.history().expect("history");
    let before = location::page_url();
    history
        .replace_state_with_url(
            &JsValue::NULL,
            "",
            Some("?x=1&src=%2Ffixtures%2Fgood.json#/timeline"),
        )
        .expect("replaceState");
    let src = location::page_param("src");
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&before))
        .expect("restore the URL");
    assert_eq!(src.as_deref(), Some("/fixtures/good.json"));
    assert_eq!(location::page_param("src"), None);
}

#[wasm_bindgen_test]
fn the_builtin_incident_parses_in_wasm() {
    // The widget fetches this file; the test compiles it in to parse it with the wasm build.
    let inc = data::parse(include_str!("../data/kakao-2022-10-15.json"))
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(inc.services.len() > 1);
    assert!(inc.service_by_id("kakaotalk").is_some());
    assert_eq!(inc.zone.offset.local_minus_utc(), 9 * 3600);
}

#[wasm_bindgen_test]
fn a_bad_file_gives_the_same_located_problems_in_wasm_as_natively() {
    let cases = [
        (
            include_str!("fixtures/bad/many-problems.json"),
            include_str!("fixtures/bad/many-problems.expected"),
        ),
        (
            include_str!("fixtures/bad/not-json.json"),
            include_str!("fixtures/bad/not-json.expected"),
        ),
        (
            include_str!("fixtures/bad/wrong-type.json"),
            include_str!("fixtures/bad/wrong-type.expected"),
        ),
    ];
    for (json, expected) in cases {
        let errors = data::parse(json).expect_err("a bad fixture");
        let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(got, expected.lines().collect::<Vec<_>>());
    }
    assert!(data::parse(include_str!("fixtures/good.json")).is_ok());
}

/// Runs `fetch::load_into` and waits for its answer.
async fn load(src: &str) -> Result<Rc<incident_explainer::incident::Incident>, fetch::LoadFailure> {
    let slot = Rc::new(RefCell::new(None));
    let mut loading = None;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let slot = slot.clone();
        loading = Some(fetch::load_into(src.to_string(), move |result| {
            *slot.borrow_mut() = Some(result);
            let _ = resolve.call0(&JsValue::NULL);
        }));
    });
    JsFuture::from(promise).await.expect("load_into answers");
    drop(loading);
    let result = slot.borrow_mut().take();
    result.expect("an answer")
}

#[wasm_bindgen_test]
async fn a_missing_file_reports_its_http_status_and_url() {
    let Err((errors, last_good)) = load("/no-such-incident.json").await else {
        panic!("a missing file loaded");
    };
    let origin = web_sys::window()
        .expect("window")
        .location()
        .origin()
        .expect("origin");
    assert_eq!(
        errors,
        vec![DataError::new(
            format!("src ({origin}/no-such-incident.json)"),
            Problem::HttpStatus(404)
        )]
    );
    assert!(last_good.is_none());
}

#[wasm_bindgen_test]
async fn another_origin_is_refused_before_any_request() {
    let Err((errors, _)) = load("http://127.0.0.2:9/evil.json").await else {
        panic!("another origin loaded");
    };
    assert_eq!(
        errors,
        vec![DataError::new(
            "src",
            Problem::OriginNotAllowed("http://127.0.0.2:9".into())
        )]
    );
    let Err((errors, _)) = load("javascript:alert(1)").await else {
        panic!("a javascript: URL loaded");
    };
    assert_eq!(errors, vec![DataError::new("src", Problem::NotHttpUrl)]);
}

#[wasm_bindgen_test]
fn every_origin_spelling_is_judged_by_the_browsers_own_parser() {
    let location = web_sys::window().expect("window").location();
    let (host, port, origin) = (
        location.host().expect("host"),
        location.port().expect("port"),
        location.origin().expect("origin"),
    );
    let file: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/origin-forms.json")).expect("valid JSON");
    let fill = |s: &str| s.replace("{host}", &host).replace("{port}", &port);
    let forms = file["forms"].as_array().expect("forms");
    assert!(forms.len() >= 40);
    for f in forms {
        let src = fill(f["src"].as_str().expect("src"));
        let got = fetch::resolve(&src);
        match f["expect"].as_str().expect("expect") {
            "same" => {
                let href = got.unwrap_or_else(|p| panic!("{src:?} refused: {p}"));
                let to = fetch::parse_url(&href, None).expect("absolute").origin;
                assert_eq!(to, origin, "{src:?} -> {href}");
            }
            "refused" => assert_eq!(
                got,
                Err(Problem::OriginNotAllowed(fill(
                    f["origin"].as_str().expect("origin")
                ))),
                "{src:?}"
            ),
            _ => assert_eq!(got, Err(Problem::NotHttpUrl), "{src:?}"),
        }
    }
}

#[wasm_bindgen_test]
async fn a_load_dropped_in_flight_never_answers() {
    let answered = Rc::new(RefCell::new(false));
    let flag = answered.clone();
    let loading = fetch::load_into("/no-such-incident.json".into(), move |_| {
        *flag.borrow_mut() = true;
    });
    drop(loading);
    // The same request made after it has come back: the first would have answered by now.
    assert!(load("/no-such-incident.json").await.is_err());
    assert!(!*answered.borrow(), "a dropped load still answered");
}
