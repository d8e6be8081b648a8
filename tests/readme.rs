//! The README's project layout matches the tree: every path it names exists, and every
//! top-level module of `src/`, every folder of `src/components/`, every script and every
//! top-level folder is named.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The lines of the layout block, as written.
fn layout() -> Vec<String> {
    let readme = fs::read_to_string(root().join("README.md")).expect("README.md");
    let start = readme
        .find("## Project layout\n\n```\n")
        .expect("a Project layout section");
    let block = &readme[start..];
    let block = &block[block.find("```\n").unwrap() + 4..];
    let block = &block[..block.find("```").expect("the block ends")];
    block.lines().map(str::to_string).collect()
}

/// The paths a line names in its first column: `a, b` and `timeline/  chart/` give several;
/// an indented line names folders of the line above (`src/components/`).
fn named_paths() -> Vec<String> {
    let mut out = Vec::new();
    let mut parent = String::new();
    for line in layout() {
        let indented = line.starts_with("  ");
        let head = line.trim_start();
        if head.is_empty() {
            continue;
        }
        // The first column ends at a run of two spaces followed by a word of the description.
        let first = match head.find("  ").or_else(|| head.find(' ')) {
            Some(i) if !indented => &head[..i],
            _ => head,
        };
        let words: Vec<&str> = if indented {
            head.split_whitespace()
                .take_while(|w| w.ends_with('/'))
                .collect()
        } else {
            first.split(", ").collect()
        };
        for w in words {
            let w = w.trim();
            if w.is_empty() || w.contains('*') {
                continue;
            }
            if indented {
                out.push(format!("{parent}{w}"));
            } else {
                out.push(w.to_string());
            }
        }
        if !indented && first.ends_with('/') {
            parent = first.to_string();
        }
    }
    out
}

#[test]
fn every_path_the_layout_names_exists() {
    let paths = named_paths();
    assert!(paths.len() > 30, "{paths:?}");
    let missing: Vec<&String> = paths
        .iter()
        .filter(|p| !root().join(p.trim_end_matches('/')).exists())
        .collect();
    assert!(
        missing.is_empty(),
        "named in the README, not in the tree: {missing:?}"
    );
}

/// The entries of `dir` as the layout writes them: `dir/file` (only when `files`) and
/// `dir/folder/`.
fn entries(dir: &str, files: bool) -> Vec<String> {
    fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| files || p.is_dir())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if p.is_dir() {
                format!("{dir}/{name}/")
            } else {
                format!("{dir}/{name}")
            }
        })
        .collect()
}

#[test]
fn the_layout_names_every_module_folder_and_script() {
    let named = named_paths();
    let mut expected = entries("src", true);
    expected.extend(entries("src/components", false));
    expected.extend(entries("scripts", true));
    for dir in [
        "data",
        "docs",
        "styles",
        "assets",
        "tests/e2e",
        "tests/fixtures",
    ] {
        expected.push(format!("{dir}/"));
    }
    let is_named = |p: &String| {
        named.iter().any(|n| {
            n == p
                || (p.ends_with('/') && n.starts_with(p.as_str()))
                || (p == "src/bin/" && n.starts_with("src/bin/"))
        })
    };
    let missing: Vec<&String> = expected.iter().filter(|p| !is_named(p)).collect();
    assert!(
        missing.is_empty(),
        "in the tree, not in the README's layout: {missing:?}"
    );
}
