//! The origin check of `?src=` against the spellings that fool a hand-written URL reader
//! (`tests/fixtures/origin-forms.json`), resolved natively by the `url` crate, a WHATWG URL
//! parser like the browser's: the widget's check sees what a browser would request. The same
//! list runs in the browser (`tests/browser_load.rs`) and end to end (`tests/e2e/origin.spec.mjs`).

use incident_explainer::data::load::{check, ParsedUrl};
use incident_explainer::data::Problem;
use serde_json::Value;

const PAGE_HOST: &str = "127.0.0.1:8080";
const PAGE: &str = "http://127.0.0.1:8080/embed/index.html?src=x#/timeline";

fn parse(input: &str, base: Option<&url::Url>) -> Option<ParsedUrl> {
    let u = match base {
        Some(b) => b.join(input),
        None => url::Url::parse(input),
    }
    .ok()?;
    Some(ParsedUrl {
        href: u.as_str().to_string(),
        protocol: format!("{}:", u.scheme()),
        origin: u.origin().ascii_serialization(),
    })
}

/// What `fetch::resolve` does in the browser, with the `url` crate as the parser.
fn resolve(src: &str, allowed: &[String]) -> Result<String, Problem> {
    let page = url::Url::parse(PAGE).expect("page URL");
    let page_origin = page.origin().ascii_serialization();
    let parsed = parse(src, Some(&page)).ok_or(Problem::NotHttpUrl)?;
    check(&parsed, &page_origin, allowed)
}

fn forms() -> Vec<(String, String, Option<String>)> {
    let file: Value =
        serde_json::from_str(include_str!("fixtures/origin-forms.json")).expect("valid JSON");
    let fill = |s: &str| s.replace("{host}", PAGE_HOST).replace("{port}", "8080");
    file["forms"]
        .as_array()
        .expect("forms")
        .iter()
        .map(|f| {
            (
                fill(f["src"].as_str().expect("src")),
                f["expect"].as_str().expect("expect").to_string(),
                f["origin"].as_str().map(fill),
            )
        })
        .collect()
}

#[test]
fn every_spelling_is_judged_by_where_the_request_would_go() {
    let forms = forms();
    assert!(forms.len() >= 40, "the list lost forms: {}", forms.len());
    for (src, expect, origin) in forms {
        let got = resolve(&src, &[]);
        match expect.as_str() {
            "same" => {
                let href = got.unwrap_or_else(|p| panic!("{src:?} refused: {p}"));
                let to = parse(&href, None).expect("an absolute URL").origin;
                assert_eq!(to, "http://127.0.0.1:8080", "{src:?} -> {href}");
            }
            "refused" => assert_eq!(
                got,
                Err(Problem::OriginNotAllowed(origin.expect("origin named"))),
                "{src:?}"
            ),
            "not-http" => assert_eq!(got, Err(Problem::NotHttpUrl), "{src:?}"),
            other => panic!("unknown expectation {other}"),
        }
    }
}

#[test]
fn the_reported_bypass_is_refused() {
    assert_eq!(
        resolve("http://evil.example\\@127.0.0.1:8080/x.json", &[]),
        Err(Problem::OriginNotAllowed("http://evil.example".into()))
    );
}

#[test]
fn an_allowed_origin_is_allowed_in_any_spelling_and_nothing_else_is() {
    let allowed = vec![
        parse("https://DATA.example:443/", None)
            .expect("url")
            .origin,
    ];
    assert_eq!(allowed, ["https://data.example"]);
    assert!(resolve("https://data.example/x.json", &allowed).is_ok());
    assert!(resolve("HTTPS://data.EXAMPLE:443/x.json", &allowed).is_ok());
    assert!(resolve("https:data.example/x.json", &allowed).is_ok());
    assert_eq!(
        resolve("http://data.example/x.json", &allowed),
        Err(Problem::OriginNotAllowed("http://data.example".into()))
    );
    assert_eq!(
        resolve("https://data.example\\@evil.example/x.json", &allowed),
        Ok("https://data.example/@evil.example/x.json".into())
    );
    assert_eq!(
        resolve("https://data.example@evil.example/x.json", &allowed),
        Err(Problem::OriginNotAllowed("https://evil.example".into()))
    );
}
