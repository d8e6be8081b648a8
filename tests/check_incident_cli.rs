#![cfg(not(target_arch = "wasm32"))]
//! The data authors' checker, run as the built binary: what it prints for good and bad files
//! and its exit status (0 all good, 1 a problem, 2 a usage error).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn check(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_check-incident"))
        .args(args)
        .output()
        .expect("check-incident runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

/// The output less its notes on ignored keys (the bad fixtures are copies of `good.json`,
/// which carries one unknown key on purpose).
fn without_notes(out: &str) -> String {
    out.lines()
        .filter(|l| !l.contains(": note: "))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn a_good_file_exits_0_with_a_summary_and_names_the_key_it_ignores() {
    let good = fixtures().join("good.json");
    let o = check(&[&good]);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    let g = good.display();
    assert_eq!(
        stdout(&o),
        format!(
            "{g}: note: incident.an_unknown_field: unknown key, ignored\n\
             {g}: ok (2 services, 3 functions, 2 events, 2 sources, 1 compensation items)\n"
        )
    );
}

#[test]
fn an_old_file_and_one_with_the_format_1_1_last_report_both_pass() {
    let old = fixtures().join("good.json");
    let new = fixtures().join("good-last-report.json");
    let o = check(&[&old, &new]);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    let out = stdout(&o);
    assert!(out.contains(&format!("{}: ok (", old.display())), "{out}");
    assert_eq!(
        out.lines().last(),
        Some(
            format!(
                "{}: ok (2 services, 3 functions, 2 events, 2 sources, 1 compensation items)",
                new.display()
            )
            .as_str()
        )
    );
}

#[test]
fn the_builtin_incident_has_no_unknown_key() {
    let builtin = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/kakao-2022-10-15.json");
    let o = check(&[&builtin]);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert!(!stdout(&o).contains("note:"), "{}", stdout(&o));
}

#[test]
fn every_bad_fixture_exits_1_and_prints_its_expected_lines() {
    let dir = fixtures().join("bad");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/bad")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "only {} bad fixtures", files.len());
    for file in files {
        let expected = std::fs::read_to_string(file.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{} has no .expected", file.display()));
        let lines: Vec<&str> = expected.lines().collect();
        let mut want: String = lines
            .iter()
            .map(|l| format!("{}: {l}\n", file.display()))
            .collect();
        want.push_str(&format!("{}: {} problem(s)\n", file.display(), lines.len()));
        let o = check(&[&file]);
        assert_eq!(o.status.code(), Some(1), "{}", file.display());
        assert_eq!(without_notes(&stdout(&o)), want, "{}", file.display());
    }
}

#[test]
fn several_files_are_all_checked_and_one_bad_file_fails_the_run() {
    let good = fixtures().join("good.json");
    let bad = fixtures().join("bad/version-2.json");
    let o = check(&[&bad, &good]);
    assert_eq!(o.status.code(), Some(1));
    let out = without_notes(&stdout(&o));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(
        lines[0],
        format!(
            "{}: format_version: unsupported format version 2 (this widget reads 1)",
            bad.display()
        )
    );
    assert_eq!(lines[1], format!("{}: 1 problem(s)", bad.display()));
    assert!(
        lines[2].starts_with(&format!("{}: ok (", good.display())),
        "{out}"
    );
}

#[test]
fn a_file_that_cannot_be_read_fails_the_run() {
    let missing = fixtures().join("no-such-file.json");
    let o = check(&[&missing]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).starts_with(&format!("{}: cannot read: ", missing.display())),
        "{}",
        stdout(&o)
    );
}

#[test]
fn no_arguments_or_help_print_usage_and_exit_2() {
    for args in [vec![], vec!["--help"], vec!["-h"]] {
        let o = Command::new(env!("CARGO_BIN_EXE_check-incident"))
            .args(&args)
            .output()
            .expect("check-incident runs");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.starts_with("usage: check-incident FILE.json"), "{err}");
    }
}
