#![cfg(not(target_arch = "wasm32"))]
//! The built-in incident (data/kakao-2022-10-15.json) against the fact sheet's rules: it
//! validates and round-trips; every item cites sources that exist; disagreements are disputes
//! with sourced alternatives; links are http(s); nothing the fact sheet marks UNVERIFIED is
//! stated as fact; and the services, claimant groups, disputes and figures the fact sheet and
//! issue 6 name are there.

mod common;

use incident_explainer::data::{self, validate::is_http_url};
use incident_explainer::incident::model::{EventKind, Incident, Rule, Text};
use incident_explainer::incident::names;
use serde_json::Value;

fn inc() -> Incident {
    common::builtin()
}

fn all_texts(inc: &Incident) -> Vec<(&'static str, &Text)> {
    let mut out: Vec<(&'static str, &Text)> = vec![
        ("incident.title", &inc.title),
        ("incident.summary", &inc.summary),
    ];
    out.extend(inc.revisions.iter().map(|r| ("revision", &r.note)));
    out.extend(inc.operators.iter().map(|o| ("operator", &o.name)));
    for s in &inc.services {
        out.push(("service", &s.name));
        out.extend(s.experience.iter().map(|t| ("service.experience", t)));
        for f in &s.functions {
            out.push(("function", &f.name));
            out.extend(
                f.status
                    .iter()
                    .filter_map(|iv| iv.note.as_ref())
                    .map(|t| ("interval.note", t)),
            );
        }
    }
    for e in &inc.events {
        out.push(("event.title", &e.title));
        out.extend(e.text.iter().map(|t| ("event.text", t)));
    }
    for d in &inc.disputes {
        out.push(("dispute.topic", &d.topic));
        out.extend(d.alternatives.iter().map(|a| ("alternative", &a.value)));
        out.extend(d.note.iter().map(|t| ("dispute.note", t)));
    }
    for f in &inc.figures {
        out.push(("figure.label", &f.label));
        out.push(("figure.value", &f.value));
    }
    for c in &inc.claimants {
        out.push(("claimant", &c.name));
        out.extend(c.description.iter().map(|t| ("claimant.description", t)));
    }
    for o in &inc.compensation {
        out.push(("offer", &o.offer));
        out.extend(o.amounts.iter().map(|a| ("amount", &a.label)));
        out.extend(o.how.iter().map(|t| ("offer.how", t)));
        out.extend(o.windows.iter().map(|w| ("window", &w.label)));
        out.extend(o.outcome.iter().map(|t| ("offer.outcome", t)));
        out.extend(
            o.rule
                .iter()
                .filter_map(|r| r.note.as_ref())
                .map(|t| ("rule.note", t)),
        );
    }
    for c in &inc.context {
        out.push(("context.title", &c.title));
        out.push(("context.text", &c.text));
        out.extend(
            c.rule
                .iter()
                .filter_map(|r| r.note.as_ref())
                .map(|t| ("rule.note", t)),
        );
    }
    out
}

// --- validity and round trip --------------------------------------------------------------

#[test]
fn the_builtin_incident_validates() {
    let inc = inc();
    assert!(inc.services.len() > 1, "the real data file has landed");
}

#[test]
fn every_key_of_the_builtin_file_is_read() {
    // A key the format does not know would be silently ignored: a misspelt field would drop
    // a fact from the widget.
    let (_, ignored) = data::read_file(data::BUILTIN_JSON).expect("reads");
    assert!(ignored.is_empty(), "ignored keys: {ignored:?}");
}

// --- sources ------------------------------------------------------------------------------

fn assert_cited(what: &str, sources: &[String], inc: &Incident) {
    assert!(!sources.is_empty(), "{what} has no source");
    for s in sources {
        assert!(inc.source(s).is_some(), "{what} cites unknown source {s}");
    }
}

#[test]
fn every_item_cites_sources_that_exist() {
    let inc = inc();
    assert_cited("the incident", &inc.incident_sources, &inc);
    for e in &inc.events {
        assert_cited(&format!("event {}", e.id), &e.sources, &inc);
    }
    for s in &inc.services {
        for f in &s.functions {
            for (i, iv) in f.status.iter().enumerate() {
                assert_cited(
                    &format!("{}/{} interval {i}", s.id, f.id),
                    &iv.sources,
                    &inc,
                );
            }
        }
    }
    for o in &inc.compensation {
        assert_cited(&format!("offer {}", o.id), &o.sources, &inc);
    }
    for f in &inc.figures {
        assert_cited(&format!("figure {}", f.id), &f.sources, &inc);
    }
    for c in &inc.context {
        assert_cited(&format!("context {}", c.id), &c.sources, &inc);
    }
}

#[test]
fn every_dispute_has_two_sourced_alternatives() {
    let inc = inc();
    assert!(!inc.disputes.is_empty());
    for d in &inc.disputes {
        assert!(d.alternatives.len() >= 2, "dispute {}", d.id);
        for (i, a) in d.alternatives.iter().enumerate() {
            assert_cited(
                &format!("dispute {} alternative {i}", d.id),
                &a.sources,
                &inc,
            );
        }
    }
}

#[test]
fn every_link_is_http_or_https() {
    let inc = inc();
    let urls = inc.sources.iter().map(|s| (&s.id, &s.url)).chain(
        inc.compensation
            .iter()
            .filter_map(|o| o.claim_url.as_ref().map(|u| (&o.id, u))),
    );
    for (id, url) in urls {
        assert!(is_http_url(url), "{id}: {url}");
        assert!(
            url.starts_with("https://") || url.starts_with("http://"),
            "{id}: {url}"
        );
    }
}

#[test]
fn every_source_has_a_publisher_title_and_a_date_in_range() {
    let inc = inc();
    for s in &inc.sources {
        assert!(!s.publisher.is_empty() && !s.title.is_empty(), "{}", s.id);
        let year = chrono::Datelike::year(&s.date);
        assert!((2021..=2026).contains(&year), "{}: {}", s.id, s.date);
    }
}

// --- nothing unverified stated as fact ----------------------------------------------------

#[test]
fn no_text_carries_a_fact_sheet_marker_or_a_placeholder() {
    let inc = inc();
    for (what, t) in all_texts(&inc) {
        for s in [&t.ko, &t.en] {
            for marker in ["UNVERIFIED", "⚠", "TODO", "FIXME", "TBD", "lorem"] {
                assert!(!s.contains(marker), "{what} contains {marker:?}: {s}");
            }
        }
    }
    // The raw file too (ids, aliases, publishers, titles).
    for marker in ["UNVERIFIED", "⚠", "TODO", "FIXME"] {
        assert!(
            !data::BUILTIN_JSON.contains(marker),
            "data file contains {marker:?}"
        );
    }
}

#[test]
fn the_unverified_minute_of_the_power_cut_is_not_stated() {
    let inc = inc();
    let cut: Vec<_> = inc
        .events
        .iter()
        .filter(|e| {
            let t = e.title.en.to_lowercase();
            t.contains("power") && t.contains("cut")
        })
        .collect();
    assert!(!cut.is_empty(), "the power cut is on the timeline");
    for e in cut {
        assert!(e.approximate, "{} gives the power cut an exact time", e.id);
        // 17:50 is when SK C&C made its statement, not when the power was cut.
        assert_eq!(
            e.kind,
            EventKind::Statement,
            "{} is not titled as a statement",
            e.id
        );
        assert!(
            e.title.en.to_lowercase().contains("statement"),
            "{}",
            e.title.en
        );
    }
}

#[test]
fn the_unverified_kakao_t_user_count_is_not_a_figure() {
    let inc = inc();
    for f in &inc.figures {
        let label = f.label.en.to_lowercase();
        assert!(
            !(label.contains("kakao t ") && label.contains("user")),
            "figure {}: {}",
            f.id,
            f.label.en
        );
    }
}

#[test]
fn the_guideline_threshold_is_labelled_unconfirmed_not_computed() {
    let inc = inc();
    let guideline: Vec<_> = inc
        .context
        .iter()
        .filter(|c| c.title.en.to_lowercase().contains("guideline"))
        .collect();
    assert!(
        !guideline.is_empty(),
        "the content-user-protection guideline is in the context"
    );
    for c in guideline {
        let r = c
            .rule
            .as_ref()
            .unwrap_or_else(|| panic!("{}: the guideline states its rule", c.id));
        assert!(
            matches!(r.rule, Rule::ExtensionMultiple { multiple } if multiple == 3.0),
            "{}: {:?}",
            c.id,
            r.rule
        );
        let en = c.text.en.to_lowercase();
        assert!(
            en.contains("not confirmed") || en.contains("unconfirmed"),
            "{}: {}",
            c.id,
            c.text.en
        );
        assert!(c.text.ko.contains("확인되지"), "{}: {}", c.id, c.text.ko);
    }
}

// --- what the fact sheet requires ----------------------------------------------------------

#[test]
fn the_services_of_the_fact_sheet_are_there() {
    let inc = inc();
    for id in [
        "kakaotalk",
        "kakao-login",
        "kakao-pay",
        "kakao-bank",
        "kakao-t",
        "kakao-map",
        "kakao-navi",
        "kakao-bus",
        "kakao-subway",
        "daum",
        "kakao-mail",
        "melon",
        "kakao-webtoon",
        "kakao-page",
        "kakao-tv",
        "zigzag",
        "piccoma",
        "kakao-games",
        "kakao-story",
        "brunch",
        "tistory",
        "naver",
        "upbit",
        "delivery-agencies",
        "starbucks",
        "kurly",
        "catchtable",
        "laundrygo",
        "covid-19-response",
        "hospital-notifications",
        "safety-e-report",
        "shared-kickboards",
    ] {
        assert!(inc.service_by_id(id).is_some(), "no service {id}");
    }
}

#[test]
fn kakaotalk_has_the_functions_the_fact_sheet_tells_apart() {
    let inc = inc();
    let talk = &inc.services[inc.service_by_id("kakaotalk").expect("kakaotalk")];
    for id in ["text", "media", "pc-login", "talk-channel", "talk-drawer"] {
        assert!(
            talk.functions.iter().any(|f| f.id == id),
            "kakaotalk has no function {id}"
        );
    }
}

#[test]
fn services_are_found_by_the_names_people_type() {
    let inc = inc();
    for (typed, id) in [
        ("카톡", "kakaotalk"),
        ("kakao talk", "kakaotalk"),
        ("Kakao T", "kakao-t"),
        ("Upbit", "upbit"),
        ("업비트", "upbit"),
    ] {
        let found = names::find_service(&inc, typed).map(|i| inc.services[i].id.as_str());
        assert_eq!(found, Some(id), "{typed}");
    }
}

#[test]
fn every_function_has_intervals_inside_what_the_data_covers() {
    let inc = inc();
    for s in &inc.services {
        for f in &s.functions {
            assert!(!f.status.is_empty(), "{}/{} has no status", s.id, f.id);
            for iv in &f.status {
                assert!(
                    inc.covers.from <= iv.from && iv.from < inc.covers.to,
                    "{}/{} starts at {}",
                    s.id,
                    f.id,
                    iv.from
                );
            }
        }
    }
}

/// Groups the sources name but offer nothing to: they are there to answer "no offer found".
const NO_OFFER_GROUPS: [&str; 1] = ["kakao-t-drivers-no-membership"];

#[test]
fn the_claimant_groups_of_issue_6_are_there_and_each_has_an_offer() {
    let inc = inc();
    for id in common::CLAIMANT_GROUPS {
        assert!(inc.claimant_by_id(id).is_some(), "no claimant group {id}");
    }
    for (i, c) in inc.claimants.iter().enumerate() {
        let has_offer = inc.compensation.iter().any(|o| o.claimants.contains(&i));
        if NO_OFFER_GROUPS.contains(&c.id.as_str()) {
            // Issue 14: a plain "no offer found" answer, said in the group's own description.
            let d = c.description.as_ref().expect("a no-offer group says so");
            assert!(!has_offer, "{} has an offer after all", c.id);
            assert!(d.en.contains("No compensation offer"), "{}", d.en);
            assert!(d.ko.contains("보상은 찾지 못했습니다"), "{}", d.ko);
        } else {
            assert!(has_offer, "no offer for {}", c.id);
        }
    }
}

fn dispute_with(inc: &Incident, a: &str, b: &str) -> bool {
    let squash = |s: &str| s.replace(' ', "");
    inc.disputes.iter().any(|d| {
        let values: Vec<String> = d.alternatives.iter().map(|x| squash(&x.value.en)).collect();
        values.iter().any(|v| v.contains(a)) && values.iter().any(|v| v.contains(b))
    })
}

#[test]
fn the_disagreements_of_the_fact_sheet_are_disputes() {
    let inc = inc();
    assert!(
        dispute_with(&inc, "15:19", "15:33"),
        "fire start 15:19 vs 15:33"
    );
    assert!(
        dispute_with(&inc, "127h30m", "127h33m"),
        "duration 127h30m vs 127h33m"
    );
    assert!(
        dispute_with(&inc, "02:16", "02:20"),
        "text restoration notice 02:16 vs 02:20"
    );
    assert!(
        dispute_with(&inc, "12,000", "16,000"),
        "servers back 12,000 vs 16,000"
    );
}

#[test]
fn the_key_moments_are_on_the_timeline_at_their_times() {
    let inc = inc();
    let at = |s: &str| common::t(s);
    assert_eq!(inc.start, at("2022-10-15T15:30:00+09:00"));
    assert_eq!(inc.end, Some(at("2022-10-20T23:00:00+09:00")));
    assert_eq!(inc.zone.offset.local_minus_utc(), 9 * 3600);
    for (t, what) in [
        ("2022-10-15T15:19:00+09:00", "fire starts"),
        ("2022-10-15T17:46:00+09:00", "main blaze under control"),
        ("2022-10-15T23:45:00+09:00", "fire extinguished"),
        (
            "2022-10-16T01:31:00+09:00",
            "KakaoTalk text partly restored",
        ),
        ("2022-10-16T07:24:00+09:00", "text works, no media"),
        ("2022-10-20T23:00:00+09:00", "all restored"),
    ] {
        assert!(
            inc.events.iter().any(|e| e.at == at(t)),
            "no event at {t} ({what})"
        );
    }
    assert!(
        inc.events.len() >= 40,
        "section 1 has more moments than {}",
        inc.events.len()
    );
    assert!(
        inc.events.windows(2).all(|w| w[0].at <= w[1].at),
        "events sorted"
    );
}

#[test]
fn the_compensation_amounts_and_rules_of_the_fact_sheet() {
    let inc = inc();
    let amounts: Vec<i64> = inc
        .compensation
        .iter()
        .flat_map(|o| o.amounts.iter().map(|a| a.won))
        .collect();
    for won in [7550, 4260, 1500, 30000, 50000] {
        assert!(amounts.contains(&won), "no amount of {won} won");
    }
    let rules: Vec<&Rule> = inc
        .compensation
        .iter()
        .filter_map(|o| o.rule.as_ref().map(|r| &r.rule))
        .collect();
    assert!(
        rules.iter().any(
            |r| matches!(r, Rule::CashTiers { tiers } if tiers.len() == 2
        && tiers[0].up_to == 300_000 && tiers[0].pays == 30_000
        && tiers[1].up_to == 500_000 && tiers[1].pays == 50_000)
        ),
        "small-business cash tiers"
    );
    assert!(
        rules.iter().any(
            |r| matches!(r, Rule::FeeWaiver { percent, window } if *percent == 20.0
        && window.from == common::t("2022-10-15T15:00:00+09:00")
        && window.to == common::t("2022-10-16T09:00:00+09:00"))
        ),
        "Blue franchise fee waiver"
    );
    let ctx_rules: Vec<&Rule> = inc
        .context
        .iter()
        .filter_map(|c| c.rule.as_ref().map(|r| &r.rule))
        .collect();
    assert!(
        ctx_rules
            .iter()
            .any(|r| matches!(r, Rule::MultipleOfOutage { multiple, .. } if *multiple == 10.0)),
        "KT / telecom 10×"
    );
}

#[test]
fn the_figures_of_section_4() {
    let inc = inc();
    let values: Vec<&str> = inc.figures.iter().map(|f| f.value.en.as_str()).collect();
    for v in ["32,000", "47,637,000", "44.41%", "34.3 million", "108%"] {
        assert!(values.iter().any(|x| x.contains(v)), "no figure {v}");
    }
}

#[test]
fn ids_are_url_safe_for_the_public_routes() {
    let raw: Value = serde_json::from_str(data::BUILTIN_JSON).expect("JSON");
    let inc = inc();
    let ids = inc
        .services
        .iter()
        .map(|s| &s.id)
        .chain(inc.events.iter().map(|e| &e.id))
        .chain(inc.claimants.iter().map(|c| &c.id));
    for id in ids {
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "id {id:?} needs escaping in a route"
        );
    }
    assert_eq!(raw["format_version"], 1);
}

#[test]
fn melons_three_days_or_1500_won_is_one_offer_counted_once() {
    use incident_explainer::incident::compensation::{estimate_all, Answers};
    let inc = inc();
    let paid = inc
        .claimant_by_id("paid-subscribers")
        .expect("paid subscribers");
    let melon = inc.service_by_id("melon").expect("melon");
    let now = inc.as_of;
    let e = estimate_all(&inc, paid, Some(melon), &Answers::default(), &now);
    assert_eq!(
        e.len(),
        1,
        "Melon's extension is offered once, not on 16 and 19 Oct both"
    );
    let award = e[0].applied.award.expect("a fixed award");
    assert!(award.either, "₩1,500 or 3 days, not both");
    assert_eq!((award.won, award.days), (Some(1_500), Some(3.0)));
}
