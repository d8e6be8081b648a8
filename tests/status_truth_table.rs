// Native only: it reads the built-in incident, which only native code compiles in.
#![cfg(not(target_arch = "wasm32"))]
//! The truth table of status at a moment and of the check's verdict, on a small incident built
//! for it: interval edges (from inside, to outside), approximate edges, gaps, before the first
//! and after the last interval, open ends, what the data covers, unknown services and
//! functions, partial against full, and the same moment written in different offsets.

use incident_explainer::data;
use incident_explainer::incident::status::{
    ask, check, summarize, FunctionState, MomentProblem, UnknownWhy, Verdict,
};

// (The result element's `data-why` names the reason of an unknown answer.)
#[test]
fn reasons_have_stable_names() {
    assert_eq!(UnknownWhy::NoSuchService.as_str(), "no-such-service");
    assert_eq!(UnknownWhy::NoSuchFunction.as_str(), "no-such-function");
    assert_eq!(UnknownWhy::OutsideCoverage.as_str(), "outside-coverage");
    assert_eq!(UnknownWhy::NotStated.as_str(), "not-stated");
}
use incident_explainer::incident::{names, Incident, Level, Time};

const FILE: &str = r#"{"format_version": 1,
  "incident": {"id": "t", "title": {"ko": "시험 장애", "en": "Test outage"},
    "summary": {"ko": "요약", "en": "Summary"},
    "time_zone": {"name": "Asia/Seoul", "abbr": "KST", "offset": "+09:00"},
    "start": "2022-10-15T15:30:00+09:00", "end": "2022-10-16T16:00:00+09:00",
    "covers": {"from": "2022-10-15T00:00:00+09:00", "to": "2022-10-17T00:00:00+09:00"},
    "as_of": "2022-10-20T00:00:00+09:00", "sources": ["s"]},
  "sources": [{"id": "s", "publisher": "P", "title": "T", "url": "https://example.org/", "date": "2022-10-16"},
              {"id": "s2", "publisher": "Q", "title": "U", "url": "https://example.org/2", "date": "2022-10-17"}],
  "operators": [{"id": "k", "name": {"ko": "케이", "en": "K"}}],
  "services": [
    {"id": "chat", "name": {"ko": "채팅", "en": "Chat"}, "aliases": ["chat app", "챗"],
     "operator": "k", "category": "messaging", "sources": ["s"], "functions": [
      {"id": "text", "name": {"ko": "문자", "en": "Text"}, "status": [
        {"level": "outage", "from": "2022-10-15T15:30:00+09:00", "to": "2022-10-16T01:31:00+09:00", "approximate": true, "sources": ["s"]},
        {"level": "degraded", "from": "2022-10-16T01:31:00+09:00", "to": "2022-10-16T07:24:00+09:00", "sources": ["s"]},
        {"level": "restored", "from": "2022-10-16T07:24:00+09:00", "sources": ["s"]}]},
      {"id": "photos", "name": {"ko": "사진", "en": "Photos"}, "status": [
        {"level": "outage", "from": "2022-10-15T15:30:00+09:00", "to": "2022-10-16T12:00:00+09:00", "sources": ["s"]},
        {"level": "outage", "from": "2022-10-16T14:00:00+09:00", "to": "2022-10-16T16:00:00+09:00", "sources": ["s2"]}]},
      {"id": "pc", "name": {"ko": "PC 로그인", "en": "PC login"}, "status": [
        {"level": "outage", "from": "2022-10-15T15:30:00+09:00", "to": "2022-10-15T16:00:00+09:00", "sources": ["s"]},
        {"level": "degraded", "from": "2022-10-15T16:00:00+09:00", "to": "2022-10-15T20:00:00+09:00", "sources": ["s"]}]}]},
    {"id": "map", "name": {"ko": "지도", "en": "Map"}, "operator": "k", "category": "maps", "sources": ["s"],
     "functions": [{"id": "search", "name": {"ko": "검색", "en": "Search"}, "status": [
        {"level": "outage", "from": "2022-10-15T18:00:00+09:00", "sources": ["s"]}]}]},
    {"id": "mail", "name": {"ko": "메일", "en": "Mail"}, "operator": "k", "category": "portal", "sources": ["s"],
     "functions": [{"id": "web", "name": {"ko": "웹메일", "en": "Webmail"}, "status": [
        {"level": "degraded", "from": "2022-10-16T13:00:00+09:00", "to": "2022-10-16T13:30:00+09:00", "sources": ["s"]}]}]},
    {"id": "bank", "name": {"ko": "은행", "en": "Bank"}, "operator": "k", "category": "finance", "sources": ["s2"],
     "functions": [{"id": "app", "name": {"ko": "앱", "en": "App"}, "status": []}]},
    {"id": "drawer", "name": {"ko": "서랍", "en": "Drawer"}, "operator": "k", "category": "other", "sources": ["s"],
     "functions": [
      {"id": "files", "name": {"ko": "파일", "en": "Files"}, "status": [
        {"level": "outage", "from": "2022-10-15T15:30:00+09:00", "last_report": "2022-10-15T20:00:00+09:00", "to": "2022-10-16T16:00:00+09:00", "sources": ["s"]},
        {"level": "restored", "from": "2022-10-16T16:00:00+09:00", "sources": ["s2"]}]},
      {"id": "sync", "name": {"ko": "동기화", "en": "Sync"}, "status": [
        {"level": "degraded", "from": "2022-10-15T15:30:00+09:00", "last_report": "2022-10-15T15:30:00+09:00", "sources": ["s"]}]}]}
  ]}"#;

fn inc() -> Incident {
    data::parse(FILE).unwrap_or_else(|e| panic!("fixture invalid: {e:?}"))
}

fn t(s: &str) -> Time {
    chrono::DateTime::parse_from_rfc3339(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// The verdict for `service` (by name as typed), `function` (optional), at `at`.
fn verdict(service: &str, function: Option<&str>, at: &str) -> Verdict {
    let inc = inc();
    check(&inc, names::find_service(&inc, service), function, &t(at)).verdict
}

fn states(service: &str, at: &str) -> Vec<FunctionState> {
    let inc = inc();
    check(&inc, names::find_service(&inc, service), None, &t(at))
        .functions
        .into_iter()
        .map(|f| f.state)
        .collect()
}

const OUT: FunctionState = FunctionState::Hit {
    level: Level::Outage,
    interval: 0,
};

// --- interval edges: `from` is inside, `to` is not -------------------------------------------

#[test]
fn from_is_inside() {
    assert_eq!(
        verdict("chat", Some("text"), "2022-10-15T15:30:00+09:00"),
        Verdict::Affected
    );
}
#[test]
fn just_before_from_is_working() {
    assert_eq!(
        verdict("chat", Some("text"), "2022-10-15T15:29:59+09:00"),
        Verdict::NotAffected
    );
}
#[test]
fn just_before_to_is_still_inside() {
    assert_eq!(
        verdict("chat", Some("text"), "2022-10-16T01:30:59+09:00"),
        Verdict::Affected
    );
}
#[test]
fn to_belongs_to_the_next_interval() {
    assert_eq!(
        verdict("chat", Some("text"), "2022-10-16T01:31:00+09:00"),
        Verdict::PartiallyAffected
    );
}
#[test]
fn restored_interval_is_not_affected() {
    assert_eq!(
        verdict("chat", Some("text"), "2022-10-16T07:24:00+09:00"),
        Verdict::NotAffected
    );
    assert_eq!(
        verdict("chat", Some("text"), "2022-10-16T23:00:00+09:00"),
        Verdict::NotAffected
    );
}

// --- gaps, before the first and after the last interval ---------------------------------------

#[test]
fn gap_between_intervals_is_unknown() {
    assert_eq!(
        verdict("chat", Some("photos"), "2022-10-16T12:00:00+09:00"),
        Verdict::Unknown(UnknownWhy::NotStated)
    );
    assert_eq!(
        verdict("chat", Some("photos"), "2022-10-16T13:59:59+09:00"),
        Verdict::Unknown(UnknownWhy::NotStated)
    );
}
#[test]
fn second_interval_after_a_gap_counts() {
    assert_eq!(
        verdict("chat", Some("photos"), "2022-10-16T14:00:00+09:00"),
        Verdict::Affected
    );
    assert_eq!(
        states("chat", "2022-10-16T14:00:00+09:00")[1],
        FunctionState::Hit {
            level: Level::Outage,
            interval: 1
        }
    );
}
#[test]
fn after_the_last_interval_is_working() {
    assert_eq!(
        verdict("chat", Some("photos"), "2022-10-16T16:00:00+09:00"),
        Verdict::NotAffected
    );
    assert_eq!(
        states("chat", "2022-10-16T16:00:00+09:00")[1],
        FunctionState::Working
    );
}
#[test]
fn before_the_first_interval_is_working() {
    assert_eq!(
        states("chat", "2022-10-15T10:00:00+09:00"),
        vec![FunctionState::Working; 3]
    );
    assert_eq!(
        verdict("chat", None, "2022-10-15T10:00:00+09:00"),
        Verdict::NotAffected
    );
}
#[test]
fn open_end_runs_on() {
    assert_eq!(
        verdict("map", None, "2022-10-16T23:59:00+09:00"),
        Verdict::Affected
    );
    assert_eq!(
        verdict("map", None, "2022-10-15T17:59:59+09:00"),
        Verdict::NotAffected
    );
}
#[test]
fn function_without_intervals_is_working() {
    assert_eq!(
        verdict("bank", None, "2022-10-15T18:00:00+09:00"),
        Verdict::NotAffected
    );
}

// --- partial against full ---------------------------------------------------------------------

#[test]
fn every_function_out_is_affected() {
    assert_eq!(
        states("chat", "2022-10-15T15:45:00+09:00"),
        vec![OUT, OUT, OUT]
    );
    assert_eq!(
        verdict("chat", None, "2022-10-15T15:45:00+09:00"),
        Verdict::Affected
    );
}
#[test]
fn some_out_some_degraded_is_partial() {
    assert_eq!(
        verdict("chat", None, "2022-10-15T18:00:00+09:00"),
        Verdict::PartiallyAffected
    );
}
#[test]
fn some_out_some_working_is_partial() {
    // text degraded, photos out, pc working again.
    assert_eq!(
        verdict("chat", None, "2022-10-16T02:00:00+09:00"),
        Verdict::PartiallyAffected
    );
}
#[test]
fn degraded_only_is_partial() {
    assert_eq!(
        verdict("mail", None, "2022-10-16T13:15:00+09:00"),
        Verdict::PartiallyAffected
    );
}
#[test]
fn working_and_gap_is_unknown() {
    // text restored, photos in its gap, pc working: nothing down, one not known.
    assert_eq!(
        verdict("chat", None, "2022-10-16T12:30:00+09:00"),
        Verdict::Unknown(UnknownWhy::NotStated)
    );
}
#[test]
fn one_function_asked_about_decides_alone() {
    let at = "2022-10-15T18:00:00+09:00";
    assert_eq!(verdict("chat", Some("photos"), at), Verdict::Affected);
    assert_eq!(verdict("chat", Some("pc"), at), Verdict::PartiallyAffected);
}

// --- what the data covers (from inside, to outside) --------------------------------------------

#[test]
fn before_coverage_is_unknown() {
    assert_eq!(
        verdict("chat", None, "2022-10-14T23:59:59+09:00"),
        Verdict::Unknown(UnknownWhy::OutsideCoverage)
    );
}
#[test]
fn coverage_start_is_inside() {
    assert_eq!(
        verdict("chat", None, "2022-10-15T00:00:00+09:00"),
        Verdict::NotAffected
    );
}
#[test]
fn coverage_end_is_outside() {
    assert_eq!(
        verdict("map", None, "2022-10-17T00:00:00+09:00"),
        Verdict::Unknown(UnknownWhy::OutsideCoverage)
    );
    assert_eq!(
        verdict("map", None, "2022-10-16T23:59:59+09:00"),
        Verdict::Affected
    );
}
#[test]
fn a_year_later_is_unknown_not_working() {
    assert_eq!(
        verdict("chat", Some("text"), "2023-10-15T18:00:00+09:00"),
        Verdict::Unknown(UnknownWhy::OutsideCoverage)
    );
}

// --- unknown service and function ---------------------------------------------------------------

#[test]
fn unknown_service() {
    let inc = inc();
    let a = check(
        &inc,
        names::find_service(&inc, "nope"),
        None,
        &t("2022-10-15T18:00:00+09:00"),
    );
    assert_eq!(a.verdict, Verdict::Unknown(UnknownWhy::NoSuchService));
    assert_eq!(a.service, None);
    assert!(a.functions.is_empty());
}
#[test]
fn unknown_function() {
    let inc = inc();
    let a = check(
        &inc,
        Some(0),
        Some("voice"),
        &t("2022-10-15T18:00:00+09:00"),
    );
    assert_eq!(a.verdict, Verdict::Unknown(UnknownWhy::NoSuchFunction));
    assert_eq!(a.service, Some(0));
}
#[test]
fn unknown_service_wins_over_outside_coverage() {
    assert_eq!(
        verdict("nope", None, "2030-01-01T00:00:00+09:00"),
        Verdict::Unknown(UnknownWhy::NoSuchService)
    );
}

// --- the same moment in other offsets ------------------------------------------------------------

#[test]
fn same_moment_in_kst_utc_and_new_york() {
    let kst = verdict("chat", Some("pc"), "2022-10-15T18:00:00+09:00");
    assert_eq!(verdict("chat", Some("pc"), "2022-10-15T09:00:00Z"), kst);
    assert_eq!(
        verdict("chat", Some("pc"), "2022-10-15T05:00:00-04:00"),
        kst
    );
}
#[test]
fn an_edge_in_another_offset() {
    // 15:30 KST is 06:30 UTC: inside; a second earlier is not.
    assert_eq!(
        verdict("chat", Some("text"), "2022-10-15T06:30:00Z"),
        Verdict::Affected
    );
    assert_eq!(
        verdict("chat", Some("text"), "2022-10-15T06:29:59Z"),
        Verdict::NotAffected
    );
}
#[test]
fn coverage_edge_in_another_offset() {
    // Coverage starts at 00:00 KST = 15:00 UTC the day before.
    assert_eq!(
        verdict("chat", None, "2022-10-14T14:59:59Z"),
        Verdict::Unknown(UnknownWhy::OutsideCoverage)
    );
    assert_eq!(
        verdict("chat", None, "2022-10-14T15:00:00Z"),
        Verdict::NotAffected
    );
}

// --- approximate edges -----------------------------------------------------------------------------

#[test]
fn near_a_rough_edge_says_so() {
    let inc = inc();
    let near = check(&inc, Some(0), Some("text"), &t("2022-10-16T01:00:00+09:00"));
    assert!(near.approximate());
    let just_after = check(&inc, Some(0), Some("text"), &t("2022-10-16T02:31:00+09:00"));
    assert!(
        just_after.approximate(),
        "60 minutes after the edge is still near"
    );
}
#[test]
fn far_from_a_rough_edge_does_not() {
    let inc = inc();
    let far = check(&inc, Some(0), Some("text"), &t("2022-10-15T20:00:00+09:00"));
    assert!(!far.approximate());
}
#[test]
fn exact_edges_are_never_rough() {
    let inc = inc();
    let a = check(
        &inc,
        Some(0),
        Some("photos"),
        &t("2022-10-16T11:59:00+09:00"),
    );
    assert_eq!(a.verdict, Verdict::Affected);
    assert!(!a.approximate());
}

// --- the check as a link asks it ---------------------------------------------------------------------

#[test]
fn ask_finds_service_by_alias_and_function_by_name() {
    let inc = inc();
    let a = ask(
        &inc,
        "CHAT APP",
        Some("PC 로그인"),
        "2022-10-15T18:00:00+09:00",
    );
    assert_eq!(a.function.as_deref(), Some("pc"));
    assert_eq!(
        a.answer.map(|a| a.verdict),
        Some(Verdict::PartiallyAffected)
    );
}
#[test]
fn ask_reads_a_plus_that_became_a_space() {
    let inc = inc();
    let a = ask(&inc, "챗", None, "2022-10-15T15:45:00 09:00");
    assert_eq!(a.at, Ok(t("2022-10-15T15:45:00+09:00")));
    assert_eq!(a.answer.map(|a| a.verdict), Some(Verdict::Affected));
}
#[test]
fn ask_keeps_an_unknown_function_as_asked() {
    let inc = inc();
    let a = ask(&inc, "chat", Some("Voice"), "2022-10-15T18:00:00+09:00");
    assert_eq!(a.function.as_deref(), Some("Voice"));
    assert_eq!(
        a.answer.map(|a| a.verdict),
        Some(Verdict::Unknown(UnknownWhy::NoSuchFunction))
    );
}
#[test]
fn ask_without_offset_gives_no_answer() {
    let inc = inc();
    let a = ask(&inc, "chat", None, "2022-10-15T18:00");
    assert_eq!(a.at, Err(MomentProblem::NoOffset));
    assert_eq!(a.answer, None);
}
#[test]
fn main_function_and_what_still_worked() {
    let inc = inc();
    let a = check(&inc, Some(0), None, &t("2022-10-16T02:00:00+09:00"));
    assert_eq!(
        a.main_function().map(|f| f.function),
        Some(1),
        "photos is out"
    );
    let working: Vec<usize> = a.working().map(|f| f.function).collect();
    assert_eq!(working, vec![2], "pc worked again");
}

// --- a service at a glance ---------------------------------------------------------------------------

#[test]
fn summary_counts_the_union_of_outages() {
    let inc = inc();
    let s = summarize(&inc.services[0], &inc.covers.to);
    assert_eq!(s.worst, Some(Level::Outage));
    // 15:30 -> 12:00 next day, and 14:00 -> 16:00.
    assert_eq!(s.any_function_down.num_minutes(), 20 * 60 + 30 + 120);
    assert_eq!(s.functions_hit, 3);
    assert!(!s.open);
}
#[test]
fn summary_clips_open_ends_to_coverage() {
    let inc = inc();
    let s = summarize(&inc.services[1], &inc.covers.to);
    assert_eq!(s.any_function_down.num_hours(), 30);
    assert!(s.open);
}
#[test]
fn summary_of_degraded_only_and_untouched() {
    let inc = inc();
    let mail = summarize(&inc.services[2], &inc.covers.to);
    assert_eq!(
        (
            mail.worst,
            mail.any_function_down.num_minutes(),
            mail.any_function_hit.num_minutes()
        ),
        (Some(Level::Degraded), 0, 30)
    );
    let bank = summarize(&inc.services[3], &inc.covers.to);
    assert_eq!((bank.worst, bank.functions_hit), (None, 0));
}

// --- the sources an answer rests on ------------------------------------------------------------

#[test]
fn sources_of_the_intervals_that_apply_each_once() {
    let inc = inc();
    let all_out = check(&inc, Some(0), None, &t("2022-10-15T15:45:00+09:00"));
    assert_eq!(all_out.sources(&inc), vec!["s".to_string()]);
    // text restored (s), photos in its second outage (s2), pc working (none).
    let later = check(&inc, Some(0), None, &t("2022-10-16T14:30:00+09:00"));
    assert_eq!(later.sources(&inc), vec!["s".to_string(), "s2".to_string()]);
}
#[test]
fn sources_fall_back_to_the_service_and_need_one() {
    let inc = inc();
    let bank = check(&inc, Some(3), None, &t("2022-10-15T18:00:00+09:00"));
    assert_eq!(bank.sources(&inc), vec!["s2".to_string()]);
    let nothing = check(&inc, None, None, &t("2022-10-15T18:00:00+09:00"));
    assert!(nothing.sources(&inc).is_empty());
}

// --- after the last report (format 1.1 `last_report`) -------------------------------------------
// Drawer/files: out from 15:30, last reported 20:00, next known state (restored) at 16:00 on
// 16 Oct. Drawer/sync: degraded, reported only at its start, no end.

#[test]
fn up_to_the_last_report_the_level_holds() {
    assert_eq!(
        verdict("drawer", Some("files"), "2022-10-15T20:00:00+09:00"),
        Verdict::Affected
    );
}
#[test]
fn after_the_last_report_it_is_unknown_not_affected() {
    for at in [
        "2022-10-15T20:00:01+09:00",
        "2022-10-16T03:00:00+09:00",
        "2022-10-16T15:59:59+09:00",
    ] {
        assert_eq!(
            verdict("drawer", Some("files"), at),
            Verdict::Unknown(UnknownWhy::AfterLastReport),
            "{at}"
        );
    }
    assert_eq!(UnknownWhy::AfterLastReport.as_str(), "after-last-report");
    assert_eq!(
        Verdict::Unknown(UnknownWhy::AfterLastReport).as_str(),
        "unknown"
    );
}
#[test]
fn the_next_known_state_takes_over_at_its_start() {
    assert_eq!(
        verdict("drawer", Some("files"), "2022-10-16T16:00:00+09:00"),
        Verdict::NotAffected
    );
}
#[test]
fn a_report_only_at_the_start_leaves_the_rest_unknown() {
    assert_eq!(
        verdict("drawer", Some("sync"), "2022-10-15T15:30:00+09:00"),
        Verdict::PartiallyAffected
    );
    assert_eq!(
        verdict("drawer", Some("sync"), "2022-10-16T23:00:00+09:00"),
        Verdict::Unknown(UnknownWhy::AfterLastReport)
    );
}
#[test]
fn the_state_names_the_interval_last_reported() {
    assert_eq!(
        states("drawer", "2022-10-16T03:00:00+09:00"),
        vec![
            FunctionState::Unreported {
                level: Level::Outage,
                interval: 0
            },
            FunctionState::Unreported {
                level: Level::Degraded,
                interval: 0
            },
        ]
    );
}
#[test]
fn unreported_and_working_is_unknown_and_never_affected_from_a_later_all_clear() {
    // Files unreported, sync unreported: unknown. One known out and one unreported: partial,
    // never "affected", since the unreported one is not known to be out.
    assert_eq!(
        verdict("drawer", None, "2022-10-16T03:00:00+09:00"),
        Verdict::Unknown(UnknownWhy::AfterLastReport)
    );
    assert_eq!(
        verdict("drawer", None, "2022-10-15T19:00:00+09:00"),
        Verdict::PartiallyAffected
    );
}
#[test]
fn the_answer_rests_on_the_sources_of_the_interval_last_reported() {
    let inc = inc();
    let a = check(
        &inc,
        names::find_service(&inc, "drawer"),
        Some("files"),
        &t("2022-10-16T03:00:00+09:00"),
    );
    assert_eq!(a.sources(&inc), vec!["s".to_string()]);
}
#[test]
fn down_totals_stop_at_the_last_report() {
    let inc = inc();
    let si = names::find_service(&inc, "drawer").expect("drawer");
    let sum = summarize(&inc.services[si], &inc.covers.to);
    // 15:30–20:00 out; sync degraded only at its start; nothing after the last reports.
    assert_eq!(sum.any_function_down.num_minutes(), 270);
    assert_eq!(sum.any_function_hit.num_minutes(), 270);
    assert_eq!(sum.fully_down.num_minutes(), 0, "sync was never out");
    assert!(!sum.open, "an end after a last report is not an open end");
}

// --- the built-in incident: answers the sources support (issue 14) -----------------------------
// A data edit that brings back a wrong answer fails here. Names are asked in both languages,
// as a reader types them.

fn builtin() -> Incident {
    data::parse(data::BUILTIN_JSON).unwrap_or_else(|e| panic!("built-in data invalid: {e:?}"))
}

/// The verdict for a service (as typed) or one of its functions (by id) in the built-in data.
fn builtin_verdict(inc: &Incident, service: &str, function: Option<&str>, at: &str) -> Verdict {
    let si = names::find_service(inc, service);
    assert!(si.is_some(), "{service:?} is not understood");
    check(inc, si, function, &t(at)).verdict
}

#[test]
fn kakao_login_on_17_oct_at_noon_is_not_affected() {
    let inc = builtin();
    for name in ["카카오 로그인", "Kakao login", "kakao-login", "카카오 계정"] {
        assert_eq!(
            builtin_verdict(&inc, name, None, "2022-10-17T12:00:00+09:00"),
            Verdict::NotAffected,
            "{name}"
        );
        // Back about 11:05 on 16 Oct: down before, working after.
        assert_eq!(
            builtin_verdict(&inc, name, None, "2022-10-16T10:00:00+09:00"),
            Verdict::Affected,
            "{name}"
        );
        assert_eq!(
            builtin_verdict(&inc, name, None, "2022-10-16T13:00:00+09:00"),
            Verdict::NotAffected,
            "{name}"
        );
    }
}

#[test]
fn kickboards_and_delivery_agencies_on_19_oct_are_not_affected() {
    let inc = builtin();
    let at = "2022-10-19T12:00:00+09:00";
    for name in ["킥보드", "kickboard", "공유 킥보드", "Shared kickboards"] {
        assert_eq!(
            builtin_verdict(&inc, name, None, at),
            Verdict::NotAffected,
            "{name}"
        );
    }
    assert_eq!(
        builtin_verdict(&inc, "카카오T", Some("kickboard"), at),
        Verdict::NotAffected
    );
    for name in [
        "배달대행",
        "delivery agencies",
        "배달대행 플랫폼",
        "Delivery-agency platforms",
    ] {
        let v = builtin_verdict(&inc, name, None, at);
        assert_ne!(v, Verdict::Affected, "{name}");
        assert_eq!(v, Verdict::Unknown(UnknownWhy::AfterLastReport), "{name}");
        // On the evening of 15 Oct they were degraded, never fully out.
        assert_eq!(
            builtin_verdict(&inc, name, None, "2022-10-15T17:00:00+09:00"),
            Verdict::PartiallyAffected,
            "{name}"
        );
    }
}

#[test]
fn no_third_party_is_held_down_to_the_all_clear() {
    let inc = builtin();
    let at = "2022-10-19T12:00:00+09:00";
    for name in [
        "스타벅스",
        "Starbucks",
        "컬리",
        "Kurly",
        "캐치테이블",
        "Catchtable",
        "런드리고",
        "Laundrygo",
        "병상 배정",
        "bed assignment",
        "병원 알림",
        "hospital notifications",
        "안전신문고",
        "Safety e-Report",
    ] {
        assert_ne!(
            builtin_verdict(&inc, name, None, at),
            Verdict::Affected,
            "{name}"
        );
    }
}

#[test]
fn a_check_at_the_time_of_a_back_event_is_not_outage() {
    // events[26], [33], [41], [46] of the audit, by id: each says "back" within hours of its
    // interval's end.
    let inc = builtin();
    for (event, service, function) in [
        ("kakao-games-mobile-back", "kakao-games", "mobile"),
        ("kakaotalk-media-restored", "kakaotalk", "media"),
        (
            "vaccine-booking-restored",
            "covid-19-response",
            "vaccine-booking",
        ),
        ("daum-mail-restored", "daum", "mail"),
    ] {
        let e = &inc.events[inc.event_by_id(event).unwrap_or_else(|| panic!("{event}"))];
        let a = check(&inc, inc.service_by_id(service), Some(function), &e.at);
        assert!(
            !a.functions.iter().any(|f| matches!(
                f.state,
                FunctionState::Hit {
                    level: Level::Outage,
                    ..
                }
            )),
            "{event}: {service}/{function} is out at {}",
            e.at
        );
        assert_ne!(a.verdict, Verdict::Affected, "{event}");
    }
}

#[test]
fn every_time_after_a_last_report_is_unknown_in_both_languages() {
    let inc = builtin();
    let mut seen = 0;
    for s in &inc.services {
        for f in &s.functions {
            for iv in &f.status {
                let Some(r) = iv.last_report else { continue };
                seen += 1;
                let after = r + chrono::Duration::minutes(1);
                if iv.to.is_some_and(|to| after >= to) || !inc.covers.contains(&after) {
                    continue;
                }
                for name in [&s.name.ko, &s.name.en] {
                    assert_eq!(
                        builtin_verdict(&inc, name, Some(&f.id), &after.to_rfc3339()),
                        Verdict::Unknown(UnknownWhy::AfterLastReport),
                        "{name}/{} one minute after its last report",
                        f.id
                    );
                }
                let at_report = check(&inc, inc.service_by_id(&s.id), Some(&f.id), &r);
                assert!(
                    matches!(at_report.functions[0].state, FunctionState::Hit { level, .. } if level == iv.level),
                    "{}/{} at its last report",
                    s.id,
                    f.id
                );
            }
        }
    }
    assert!(seen >= 20, "only {seen} intervals end in a last report");
}

#[test]
fn naver_is_not_held_degraded_after_its_sources() {
    let inc = builtin();
    for name in ["네이버", "Naver"] {
        // 3 of 4 major services were back at 06:00 on 17 Oct (which three is not said).
        assert_eq!(
            builtin_verdict(&inc, name, Some("news"), "2022-10-17T12:00:00+09:00"),
            Verdict::Unknown(UnknownWhy::AfterLastReport),
            "{name}"
        );
        assert_eq!(
            builtin_verdict(&inc, name, Some("search"), "2022-10-17T06:00:00+09:00"),
            Verdict::PartiallyAffected,
            "{name}"
        );
    }
}

#[test]
fn the_down_totals_of_the_built_in_services_leave_out_what_is_not_known() {
    let inc = builtin();
    let sum = |id: &str| {
        let si = inc.service_by_id(id).unwrap_or_else(|| panic!("{id}"));
        summarize(&inc.services[si], &inc.covers.to)
    };
    // Degraded, never out.
    assert_eq!(sum("delivery-agencies").any_function_down.num_minutes(), 0);
    // 15:30 to the last report at 18:00 on 15 Oct, not to the all-clear on 20 Oct.
    for id in ["starbucks", "kurly", "catchtable", "laundrygo"] {
        assert_eq!(sum(id).any_function_down.num_minutes(), 150, "{id}");
        assert_eq!(sum(id).fully_down.num_minutes(), 150, "{id}");
    }
    // Kakao login: 15:30 to about 11:05 on 16 Oct.
    assert_eq!(sum("kakao-login").fully_down.num_minutes(), 19 * 60 + 35);
}
// === Function-level names (issue 14, item 2) =====================================================
// A question may name one function of a service: one of the service's names, ids or aliases and
// then a term of the function (its id, its name in either language, a part or a word of it), in
// either language; or a function's whole name alone when no other service has it. The link's
// `service=` keeps naming exactly what it named before; what named nothing may now name a
// function; `function=` has the last word. At 10:00 on 16 Oct in the table above, chat's text is
// restored, its photos are out and its PC login works again, so the whole service is partly
// affected and each function answers differently.

mod function_names {
    use super::*;
    use incident_explainer::incident::named::{resolve, resolve_param};

    const AT: &str = "2022-10-16T10:00:00+09:00";

    /// The function the check resolved and its verdict, for `service=` as written in a link.
    fn asked(service: &str, function: Option<&str>) -> (Option<String>, Option<Verdict>) {
        let a = ask(&inc(), service, function, AT);
        (a.function, a.answer.map(|a| a.verdict))
    }
    fn photos() -> (Option<String>, Option<Verdict>) {
        (Some("photos".into()), Some(Verdict::Affected))
    }

    #[test]
    fn photos_named_in_english() {
        for q in [
            "Chat photos",
            "chat PHOTOS",
            "Chat photo",
            "chat-photos",
            "CHAT APP photos",
        ] {
            assert_eq!(asked(q, None), photos(), "{q}");
        }
    }
    #[test]
    fn photos_named_in_korean() {
        for q in ["채팅 사진", "채팅사진", "챗 사진", " 채 팅 사 진 "] {
            assert_eq!(asked(q, None), photos(), "{q}");
        }
    }
    #[test]
    fn each_function_answers_for_itself() {
        assert_eq!(
            asked("Chat PC login", None),
            (Some("pc".into()), Some(Verdict::NotAffected))
        );
        assert_eq!(
            asked("채팅 PC 로그인", None),
            (Some("pc".into()), Some(Verdict::NotAffected))
        );
        assert_eq!(
            asked("chat text", None),
            (Some("text".into()), Some(Verdict::NotAffected))
        );
        assert_eq!(
            asked("채팅 문자", None),
            (Some("text".into()), Some(Verdict::NotAffected))
        );
        // The service alone: the whole of it, partly affected.
        assert_eq!(
            asked("chat", None),
            (None, Some(Verdict::PartiallyAffected))
        );
        assert_eq!(
            asked("채팅", None),
            (None, Some(Verdict::PartiallyAffected))
        );
    }
    #[test]
    fn a_service_with_one_function_named_with_it() {
        // The map's search has been out since 18:00 on 15 Oct, with no end given.
        let a = ask(&inc(), "Map search", None, AT);
        assert_eq!(a.function.as_deref(), Some("search"));
        assert_eq!(a.answer.map(|a| a.verdict), Some(Verdict::Affected));
        let a = ask(&inc(), "지도 검색", None, AT);
        assert_eq!(a.function.as_deref(), Some("search"));
    }
    #[test]
    fn the_function_parameter_has_the_last_word() {
        assert_eq!(
            asked("Chat photos", Some("text")),
            (Some("text".into()), Some(Verdict::NotAffected))
        );
    }
    #[test]
    fn what_service_named_before_it_still_names() {
        let inc = inc();
        for q in ["chat", "Chat", "채팅", "chat app", "챗"] {
            let n = resolve_param(&inc, q).map(|n| (n.service, n.function));
            assert_eq!(n, Some((0, None)), "{q}");
        }
    }
    #[test]
    fn an_unknown_function_after_a_service_is_no_service() {
        assert_eq!(
            asked("chat teleport", None),
            (None, Some(Verdict::Unknown(UnknownWhy::NoSuchService)))
        );
        assert_eq!(resolve(&inc(), "채팅 순간이동"), None);
    }
    #[test]
    fn a_near_miss_finds_the_closest_name_in_either_script() {
        let inc = inc();
        let index = names::Index::new(&inc);
        for q in ["chta", "caht", "chatt", "채탕"] {
            assert_eq!(index.closest(q, 3).first(), Some(&0), "{q}");
            assert_eq!(
                asked(q, None).1,
                Some(Verdict::Unknown(UnknownWhy::NoSuchService)),
                "{q}"
            );
        }
    }

    // The built-in incident: the questions of issue 14, and every function's name as the
    // picker fills it in, which must come back to that function.
    fn builtin() -> Incident {
        data::builtin().unwrap_or_else(|e| panic!("built-in data invalid: {e:?}"))
    }
    fn named_ids(inc: &Incident, q: &str) -> Option<(String, Option<String>)> {
        resolve(inc, q).map(|n| {
            let s = &inc.services[n.service];
            (s.id.clone(), n.function.map(|f| s.functions[f].id.clone()))
        })
    }

    #[test]
    fn the_issue_s_questions_on_the_built_in_incident() {
        let inc = builtin();
        for (q, service, function) in [
            ("Daum Mail", "daum", "mail"),
            ("다음 메일", "daum", "mail"),
            ("Kakao T taxi", "kakao-t", "taxi"),
            ("카카오T 택시", "kakao-t", "taxi"),
            ("카카오페이 송금", "kakao-pay", "payments-transfers"),
            ("Kakao Pay transfers", "kakao-pay", "payments-transfers"),
            ("KakaoTalk photos", "kakaotalk", "media"),
            ("카카오톡 사진", "kakaotalk", "media"),
        ] {
            assert_eq!(
                named_ids(&inc, q),
                Some((service.to_string(), Some(function.to_string()))),
                "{q}"
            );
            // The same words in a link, where they named nothing before, name the function too
            // (but "다음 메일", an alias of Daum, stays the whole of Daum there).
            let a = ask(&inc, q, None, "2022-10-15T18:00:00+09:00");
            let want = (q != "다음 메일").then(|| function.to_string());
            assert_eq!(a.function, want, "{q}");
        }
    }
    #[test]
    fn every_function_s_name_as_filled_in_comes_back_to_it() {
        let inc = builtin();
        for s in &inc.services {
            for ko in [true, false] {
                for f in &s.functions {
                    let text = incident_explainer::incident::named::phrase(s, Some(f), ko);
                    assert_eq!(
                        named_ids(&inc, &text),
                        Some((s.id.clone(), Some(f.id.clone()))),
                        "{text}"
                    );
                }
            }
        }
    }
    #[test]
    fn near_misses_on_the_built_in_incident() {
        let inc = builtin();
        let index = names::Index::new(&inc);
        for q in ["kakaotlak", "카카오텍", "kakotalk", "카카오톡크"] {
            let first = index
                .closest(q, 6)
                .first()
                .map(|&i| inc.services[i].id.clone());
            assert_eq!(first.as_deref(), Some("kakaotalk"), "{q}");
        }
    }
}
