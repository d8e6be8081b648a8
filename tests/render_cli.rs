#![cfg(not(target_arch = "wasm32"))]
//! `render-incident`, run as the built binary on a bundle's `index.html`: it checks the file,
//! writes it beside the pages, pre-renders the whole incident in Korean and English (every
//! event, service, claimant group and source), puts valid JSON-LD describing the incident in
//! the head, and touches nothing when the file has a problem.

mod common;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The marked parts of the real index.html, around links as trunk writes them.
const TEMPLATE: &str = r#"<!doctype html>
<html lang="ko">
  <head>
    <meta name="description" content="old" />
    <title>old</title>
    <link rel="stylesheet" href="./base-0123456789abcdef.css" />
    <link rel="alternate" type="application/json" href="incident.json" data-incident />
    <!--pre:head--><!--/pre:head-->
    <script type="module" src="./loader-0123456789abcdef.js"></script>
  </head>
  <body>
    <div id="incident-explainer">
      <!--pre:body--><p class="ie-boot">Loading…</p><!--/pre:body-->
    </div>
  </body>
</html>
"#;

fn dist(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("render-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("index.html"), TEMPLATE).expect("template");
    dir
}

fn render(file: &Path, dist: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_render-incident"))
        .arg(file)
        .arg(dist)
        .output()
        .expect("render-incident runs")
}

fn builtin_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/kakao-2022-10-15.json")
}

/// The page's text as a reader sees it: tags out, the entities yew writes decoded.
fn text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn json_ld(html: &str) -> Value {
    let open = r#"<script type="application/ld+json">"#;
    let start = html.find(open).expect("a JSON-LD script") + open.len();
    let end = start + html[start..].find("</script>").expect("closed");
    serde_json::from_str(&html[start..end]).expect("valid JSON")
}

#[test]
fn the_builtin_incident_renders_whole_in_both_languages() {
    let dir = dist("builtin");
    let o = render(&builtin_file(), &dir);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    let inc = common::builtin();
    // The data file as the same JSON without its white space.
    let written = std::fs::read_to_string(dir.join("incident.json")).expect("incident.json");
    let given = std::fs::read_to_string(builtin_file()).expect("data file");
    let value = |t: &str| serde_json::from_str::<Value>(t).expect("JSON");
    assert_eq!(value(&written), value(&given));
    assert!(!written.contains('\n') && written.len() < given.len());
    for (page, lang) in [("index.html", "ko"), ("en/index.html", "en")] {
        let html = std::fs::read_to_string(dir.join(page)).expect(page);
        let pick = |t: &incident_explainer::incident::model::Text| match lang {
            "ko" => t.ko.clone(),
            _ => t.en.clone(),
        };
        assert!(html.contains(&format!(r#"<html lang="{lang}""#)), "{page}");
        let words = text(&html);
        let title = pick(&inc.title);
        assert!(words.contains(&title), "{page}: title");
        let escaped = title.replace('&', "&amp;").replace('<', "&lt;");
        assert!(
            html.contains(&format!("<title>{escaped}")),
            "{page}: <title>"
        );
        assert!(words.contains(&pick(&inc.summary)), "{page}: summary");
        for e in &inc.events {
            assert!(words.contains(&pick(&e.title)), "{page}: event {}", e.id);
        }
        for s in &inc.services {
            assert!(words.contains(&pick(&s.name)), "{page}: service {}", s.id);
        }
        for c in &inc.claimants {
            assert!(words.contains(&pick(&c.name)), "{page}: claimant {}", c.id);
            assert!(
                html.contains(&format!(r#"data-view="compensation/{}""#, c.id)),
                "{page}: no page of its own for {}",
                c.id
            );
        }
        // Every view but the timeline (the default route's) is inside <noscript> (text where
        // scripts run, until boot.js makes the one the URL names markup): a page of one service
        // or claimant group, and the other tabs.
        let pages = inc
            .services
            .iter()
            .map(|s| format!("services/{}", s.id))
            .chain(
                inc.claimants
                    .iter()
                    .map(|c| format!("compensation/{}", c.id)),
            );
        let tabs = ["services", "check", "compensation"].map(String::from);
        for key in pages.chain(tabs) {
            assert!(
                html.contains(&format!(
                    r#"<noscript data-view="{key}" data-lang="{lang}"><div class="ie-pre" data-view="{key}""#
                )),
                "{page}: {key}"
            );
        }
        let block = r#"<div class="ie-pre" data-view="timeline""#;
        assert_eq!(html.matches(block).count(), 1, "{page}: timeline");
        assert!(
            !html.contains(&format!(r#"data-lang="{lang}">{block}"#)),
            "{page}: the timeline is markup"
        );
        assert_eq!(
            html.matches("<noscript data-view=").count(),
            inc.services.len() + inc.claimants.len() + 3,
            "{page}"
        );
        for s in &inc.sources {
            let href = s.url.replace('&', "&amp;");
            assert!(
                html.contains(&format!(r#"href="{href}""#)),
                "{page}: source {}",
                s.id
            );
        }
        // Told in KST, with a place kept for a reader's time beside every moment, the
        // timeline's day-zone switch (the zone named by boot.js) and the checker's zone choice;
        // boot.js compares the reader's clock with the incident's at its start and end.
        let offset = inc.zone.offset.local_minus_utc() / 60;
        assert!(
            html.contains(&format!(r#" data-incident-offset="{offset}""#)),
            "{page}"
        );
        let moments = format!(
            "{} {}",
            inc.start.to_rfc3339(),
            inc.end.expect("an end").to_rfc3339()
        );
        assert!(
            html.contains(&format!(r#" data-incident-moments="{moments}""#)),
            "{page}"
        );
        let moments_shown = html.matches(r#"<span class="ie-when">"#).count();
        assert!(moments_shown > 100, "{page}: {moments_shown}");
        let slot = "<span aria-hidden=\"true\" class=\"ie-zone-slot\"> \
                    <span class=\"ie-when-reader\">\u{a0}</span></span>";
        assert_eq!(html.matches(slot).count(), moments_shown, "{page}");
        assert!(
            !html.contains("ie-when-reader\">·"),
            "{page}: no reader's time"
        );
        assert!(
            html.contains(r#"class="ie-tl-zone ie-zone-slot""#),
            "{page}"
        );
        assert!(
            html.contains(r#"<span class="ie-reader-zone"></span>"#),
            "{page}"
        );
        assert!(
            html.contains(r#"class="ie-zone-choice ie-zone-slot""#),
            "{page}"
        );
        assert!(
            html.contains(r#"<span class="ie-reader-zone-at"></span>"#),
            "{page}"
        );
        // Loading until the widget takes over, once; no id twice.
        assert_eq!(html.matches("data-state=").count(), 1, "{page}");
        assert!(html.contains(r#"data-state="loading""#), "{page}");
        let mut ids: Vec<&str> = html
            .split(" id=\"")
            .skip(1)
            .map(|s| &s[..s.find('"').unwrap_or(0)])
            .collect();
        let all = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all, "{page}: an id is used twice");
        assert_eq!(html.matches("<main").count(), 1, "{page}");
        let ld = json_ld(&html);
        assert_eq!(ld["@context"], "https://schema.org");
        assert_eq!(ld["@type"], "Event");
        assert_eq!(ld["name"], title.as_str());
        assert_eq!(ld["inLanguage"], lang);
        assert_eq!(ld["startDate"], inc.start.to_rfc3339().as_str());
        assert_eq!(
            ld["endDate"],
            inc.end
                .expect("the built-in incident ended")
                .to_rfc3339()
                .as_str()
        );
        assert_eq!(
            ld["about"].as_array().map(Vec::len),
            Some(inc.services.len())
        );
        assert_eq!(
            ld["citation"].as_array().map(Vec::len),
            Some(inc.sources.len())
        );
        let publishers = ld["publisher"].as_array().expect("publisher");
        assert!(
            !publishers.is_empty()
                && publishers
                    .iter()
                    .all(|p| p["@type"] == "Organization" && p["name"].is_string())
        );
    }
    // The English page sits one folder down: its links go one level up.
    let en = std::fs::read_to_string(dir.join("en/index.html")).expect("en");
    assert!(
        en.contains(r#"href="../base-0123456789abcdef.css""#),
        "{en}"
    );
    assert!(en.contains(r#"src="../loader-0123456789abcdef.js""#));
    assert!(en.contains(r#"href="../incident.json""#));
    assert!(en.contains(r#"<div id="incident-explainer" data-lang="en""#));
    let ko = std::fs::read_to_string(dir.join("index.html")).expect("index");
    assert!(ko.contains(r#"<div id="incident-explainer" data-lang="ko""#));
    // Rendering again replaces the views instead of adding to them.
    let o = render(&builtin_file(), &dir);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    let again = std::fs::read_to_string(dir.join("index.html")).expect("index");
    assert_eq!(
        again
            .matches(r#"<script type="application/ld+json">"#)
            .count(),
        1
    );
    assert_eq!(again.matches(r#"data-view="timeline""#).count(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_text_that_looks_like_markup_stays_text_in_the_json_ld() {
    let dir = dist("markup");
    let mut file: Value =
        serde_json::from_str(incident_explainer::data::BUILTIN_JSON).expect("json");
    file["incident"]["title"]["ko"] = "</script><script>alert(1)</script>".into();
    let path = dir.join("hostile.json");
    std::fs::write(&path, file.to_string()).expect("write");
    let o = render(&path, &dir);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    let html = std::fs::read_to_string(dir.join("index.html")).expect("index");
    assert!(!html.contains("<script>alert(1)"), "markup got through");
    assert_eq!(json_ld(&html)["name"], "</script><script>alert(1)</script>");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_with_a_problem_is_reported_and_nothing_is_written() {
    let dir = dist("bad");
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad/not-a-time.json");
    let o = render(&bad, &dir);
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let out = String::from_utf8(o.stdout).expect("utf-8");
    assert!(out.contains("events[0].at: not a time"), "{out}");
    assert_eq!(
        std::fs::read_to_string(dir.join("index.html")).expect("index"),
        TEMPLATE
    );
    assert!(!dir.join("incident.json").exists());
    assert!(!dir.join("en").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn without_two_paths_it_prints_its_usage_and_exits_2() {
    let o = Command::new(env!("CARGO_BIN_EXE_render-incident"))
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("usage: render-incident"));
}
