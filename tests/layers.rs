//! The layers of `src/lib.rs` hold: the pure domain (`incident`) and the data edge (`data`)
//! name nothing above them and use no browser or view crate, and no two of the crate's
//! top-level modules depend on each other in a circle.
//!
//! The check reads the source, not the compiled crate: it strips comments, strings and
//! characters, then collects every `crate::x` path (also grouped, `crate::{x, y}`) and every
//! `super::` chain that climbs to the crate root (`super::super::x` from `src/incident/a.rs`),
//! and resolves it to the top-level module `x` it names.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The top-level modules whose dependencies are checked.
const MODULES: &[&str] = &[
    "incident",
    "data",
    "locale",
    "i18n",
    "route",
    "state",
    "hooks",
    "components",
    "host",
];

/// The pure layers: they may name each other (the data edge builds the domain's types) and
/// nothing else in `MODULES`, which lists the rest above them.
const PURE: &[&str] = &["incident", "data"];

/// Crates of the browser and the view, which the pure layers may not use.
const BROWSER_CRATES: &[&str] = &[
    "web_sys",
    "yew",
    "gloo",
    "js_sys",
    "wasm_bindgen",
    "wasm_bindgen_futures",
];

// ----- Reading the source -------------------------------------------------------------------

/// The source with comments, string and character literals replaced by spaces (newlines kept,
/// so positions stay on their lines).
fn code_only(src: &str) -> String {
    let c: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let blank = |out: &mut String, ch: char| out.push(if ch == '\n' { '\n' } else { ' ' });
    let mut i = 0;
    while i < c.len() {
        if c[i] == '/' && at(&c, i + 1) == Some('/') {
            while i < c.len() && c[i] != '\n' {
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if c[i] == '/' && at(&c, i + 1) == Some('*') {
            let mut depth = 0;
            loop {
                if i >= c.len() {
                    break;
                }
                if c[i] == '/' && at(&c, i + 1) == Some('*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && at(&c, i + 1) == Some('/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
        } else if (c[i] == 'r' || (c[i] == 'b' && at(&c, i + 1) == Some('r')))
            && (i == 0 || !(c[i - 1].is_alphanumeric() || c[i - 1] == '_'))
            && {
                let mut k = if c[i] == 'b' { 2 } else { 1 };
                while at(&c, i + k) == Some('#') {
                    k += 1;
                }
                at(&c, i + k) == Some('"')
            }
        {
            // A raw string: r"…", r#"…"#, br"…".
            let mut k = if c[i] == 'b' { 2 } else { 1 };
            let mut hashes = 0;
            while at(&c, i + k) == Some('#') {
                hashes += 1;
                k += 1;
            }
            for _ in 0..=k {
                out.push(' ');
            }
            i += k + 1;
            while i < c.len() {
                if c[i] == '"' && (1..=hashes).all(|h| c.get(i + h) == Some(&'#')) {
                    for _ in 0..=hashes {
                        out.push(' ');
                    }
                    i += hashes + 1;
                    break;
                }
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if c[i] == '"' {
            out.push(' ');
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    blank(&mut out, c[i]);
                    i += 1;
                }
                if i < c.len() {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c[i] == '\'' && (at(&c, i + 1) == Some('\\') || at(&c, i + 2) == Some('\'')) {
            // A character literal ('a', '\n', '\u{1F600}'); a lifetime ('a) has no closing quote.
            out.push(' ');
            i += 1;
            if c.get(i) == Some(&'\\') {
                out.push(' ');
                i += 1;
            }
            while i < c.len() && c[i] != '\'' {
                out.push(' ');
                i += 1;
            }
            out.push(' ');
            i += 1;
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// The code with every item under `#[cfg(test)]` blanked out, and the names of modules
/// declared test-only (`#[cfg(test)] mod fixtures;`).
fn without_tests(code: &str) -> (String, Vec<String>) {
    let b: Vec<char> = code.chars().collect();
    let mut out: Vec<char> = b.clone();
    let mut test_mods = Vec::new();
    let pat: Vec<char> = "#[cfg(test)]".chars().collect();
    let mut i = 0;
    while i + pat.len() <= b.len() {
        if b[i..i + pat.len()] != pat[..] {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + pat.len();
        let mut depth = 0usize;
        let item_start = j;
        while j < b.len() {
            match b[j] {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        j += 1;
                        break;
                    }
                }
                ';' if depth == 0 => {
                    let item: String = b[item_start..j].iter().collect();
                    let words: Vec<&str> = item.split_whitespace().collect();
                    if let Some(p) = words.iter().position(|w| *w == "mod") {
                        if let Some(name) = words.get(p + 1) {
                            test_mods.push(name.to_string());
                        }
                    }
                    j += 1;
                    break;
                }
                _ => {}
            }
            j += 1;
        }
        for ch in out.iter_mut().take(j.min(b.len())).skip(start) {
            if *ch != '\n' {
                *ch = ' ';
            }
        }
        i = j;
    }
    (out.into_iter().collect(), test_mods)
}

/// The character at `i`, if the text is that long.
fn at(c: &[char], i: usize) -> Option<char> {
    c.get(i).copied()
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The identifier starting at `i`, if any.
fn ident_at(c: &[char], i: usize) -> Option<String> {
    let mut j = i;
    while j < c.len() && is_ident(c[j]) {
        j += 1;
    }
    (j > i).then(|| c[i..j].iter().collect())
}

fn skip_ws(c: &[char], mut i: usize) -> usize {
    while i < c.len() && c[i].is_whitespace() {
        i += 1;
    }
    i
}

/// After `::` at `i`: the first segments named there, `x` or each of `{x, y::z}`.
fn names_after(c: &[char], i: usize) -> Vec<String> {
    let i = skip_ws(c, i);
    if c.get(i) == Some(&'{') {
        let mut out = Vec::new();
        let (mut j, mut depth, mut expect) = (i + 1, 1, true);
        while j < c.len() && depth > 0 {
            match c[j] {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 1 => expect = true,
                ch if expect && depth == 1 && is_ident(ch) => {
                    if let Some(name) = ident_at(c, j) {
                        j += name.len() - 1;
                        out.push(name);
                    }
                    expect = false;
                }
                ch if !ch.is_whitespace() && depth == 1 => expect = false,
                _ => {}
            }
            j += 1;
        }
        out
    } else {
        ident_at(c, i).into_iter().collect()
    }
}

/// The top-level modules that `code` names, for a file whose module path is `module` (e.g.
/// `["incident", "timeline"]`). Inline modules (`mod tests { … }`) deepen the path for
/// `super::`.
fn crate_modules_named(code: &str, module: &[String]) -> BTreeSet<String> {
    let c: Vec<char> = code.chars().collect();
    let mut found = BTreeSet::new();
    // Brace depths at which an inline module was opened.
    let mut inline: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < c.len() {
        let starts_word = i == 0 || !is_ident(c[i - 1]);
        match c[i] {
            '{' => depth += 1,
            '}' => {
                depth = depth.saturating_sub(1);
                if inline.last() == Some(&depth) {
                    inline.pop();
                }
            }
            _ => {}
        }
        if starts_word && ident_at(&c, i).as_deref() == Some("mod") {
            // `mod name {` opens an inline module.
            let j = skip_ws(&c, i + 3);
            if let Some(name) = ident_at(&c, j) {
                let k = skip_ws(&c, j + name.len());
                if c.get(k) == Some(&'{') {
                    inline.push(depth);
                }
            }
        }
        if starts_word && ident_at(&c, i).as_deref() == Some("crate") {
            let j = skip_ws(&c, i + 5);
            if c.get(j) == Some(&':') && c.get(j + 1) == Some(&':') {
                found.extend(names_after(&c, j + 2));
            }
        }
        if starts_word && ident_at(&c, i).as_deref() == Some("super") {
            let mut supers = 0;
            let mut j = i;
            while ident_at(&c, j).as_deref() == Some("super") {
                let k = skip_ws(&c, j + 5);
                if c.get(k) == Some(&':') && c.get(k + 1) == Some(&':') {
                    supers += 1;
                    j = skip_ws(&c, k + 2);
                } else {
                    break;
                }
            }
            let here = module.len() + inline.len();
            if supers > 0 && supers == here {
                found.extend(names_after(&c, j));
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    found
}

/// Whether `code` uses the crate `name` (a path starting with it, or `use name`).
fn uses_crate(code: &str, name: &str) -> bool {
    let c: Vec<char> = code.chars().collect();
    let n: Vec<char> = name.chars().collect();
    (0..c.len()).any(|i| {
        c[i..].starts_with(&n)
            && (i == 0 || !(is_ident(c[i - 1]) || c[i - 1] == ':'))
            && c.get(i + n.len()).is_none_or(|ch| !is_ident(*ch))
    })
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// A file's module path: `src/incident/timeline.rs` is `["incident", "timeline"]`,
/// `src/incident/mod.rs` is `["incident"]`.
fn module_path(file: &Path, src: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// For each checked top-level module, the others its non-test code names.
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = src();
    let mut graph: BTreeMap<String, BTreeSet<String>> = MODULES
        .iter()
        .map(|m| (m.to_string(), BTreeSet::new()))
        .collect();
    let files = rust_files(&src);
    // Files declared `#[cfg(test)] mod x;` are test code as a whole.
    let mut test_files = BTreeSet::new();
    for file in &files {
        let module = module_path(file, &src);
        let (_, test_mods) = without_tests(&code_only(&fs::read_to_string(file).unwrap()));
        for m in test_mods {
            // `mod x;` in `a.rs` or `a/mod.rs` is `a/x.rs`; in `lib.rs`, `x.rs`.
            let mut child = if file.ends_with("lib.rs") {
                Vec::new()
            } else {
                module.clone()
            };
            child.push(m);
            test_files.insert(child);
        }
    }
    for file in &files {
        let module = module_path(file, &src);
        let Some(top) = module.first().filter(|t| MODULES.contains(&t.as_str())) else {
            continue;
        };
        if test_files.contains(&module) {
            continue;
        }
        let (code, _) = without_tests(&code_only(&fs::read_to_string(file).unwrap()));
        for named in crate_modules_named(&code, &module) {
            if named != *top && MODULES.contains(&named.as_str()) {
                graph.get_mut(top).unwrap().insert(named);
            }
        }
    }
    graph
}

/// A circle in the graph, as the path that closes it, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(p) = path.iter().position(|n| n == node) {
            let mut cycle = path[p..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

// ----- The checks -------------------------------------------------------------------------

#[test]
fn the_pure_layers_name_nothing_above_them_and_no_browser_crate() {
    let src = src();
    let mut leaks = Vec::new();
    for dir in PURE {
        for file in rust_files(&src.join(dir)) {
            // Test code counts too: a test of the domain has no business with the view.
            let code = code_only(&fs::read_to_string(&file).unwrap());
            let module = module_path(&file, &src);
            let rel = file.strip_prefix(&src).unwrap().display().to_string();
            for named in crate_modules_named(&code, &module) {
                if MODULES.contains(&named.as_str()) && !PURE.contains(&named.as_str()) {
                    leaks.push(format!("src/{rel} names crate::{named}"));
                }
            }
            for krate in BROWSER_CRATES {
                if uses_crate(&code, krate) {
                    leaks.push(format!("src/{rel} uses {krate}"));
                }
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "the pure layers (src/incident/, src/data/) reach above themselves:\n  {}",
        leaks.join("\n  ")
    );
}

#[test]
fn no_two_top_level_modules_depend_on_each_other_in_a_circle() {
    let graph = module_graph();
    if let Some(cycle) = find_cycle(&graph) {
        let edges: Vec<String> = graph
            .iter()
            .map(|(m, to)| {
                format!(
                    "{m} -> {}",
                    to.iter().cloned().collect::<Vec<_>>().join(", ")
                )
            })
            .collect();
        panic!(
            "module cycle: {}\n(test code left out; the whole graph:)\n  {}",
            cycle.join(" -> "),
            edges.join("\n  ")
        );
    }
}

#[test]
fn the_graph_has_the_edges_the_layers_expect() {
    // A sanity check of the reader itself on the real tree: if it missed every path, the
    // cycle test would pass for nothing.
    let graph = module_graph();
    let has = |from: &str, to: &str| graph[from].contains(to);
    assert!(has("data", "incident"));
    assert!(has("route", "locale") && has("route", "incident"));
    assert!(has("i18n", "locale") && has("i18n", "incident"));
    assert!(has("components", "host") && has("components", "route"));
    assert!(
        !has("incident", "data"),
        "only the domain's tests may read files"
    );
}

// ----- The reader, on small inputs ----------------------------------------------------------

fn named_in(src: &str, module: &[&str]) -> Vec<String> {
    let module: Vec<String> = module.iter().map(|s| s.to_string()).collect();
    crate_modules_named(&code_only(src), &module)
        .into_iter()
        .collect()
}

#[test]
fn reads_crate_paths_plain_and_grouped() {
    assert_eq!(
        named_in("use crate::route::Tab;", &["incident", "a"]),
        ["route"]
    );
    assert_eq!(
        named_in("use crate::{i18n::Locale, host};", &["incident"]),
        ["host", "i18n"]
    );
    assert_eq!(
        named_in("let x = crate :: components::Ctx::new();", &["data"]),
        ["components"]
    );
}

#[test]
fn resolves_super_chains_that_reach_the_root() {
    let a = &["incident", "timeline"];
    assert_eq!(named_in("use super::super::route::X;", a), ["route"]);
    assert!(named_in("use super::model::X;", a).is_empty());
    assert_eq!(named_in("use super::route::X;", &["incident"]), ["route"]);
    assert_eq!(
        named_in("mod tests { use super::super::super::i18n::X; }", a),
        ["i18n"]
    );
    assert!(named_in("mod tests { use super::super::model::X; }", a).is_empty());
}

#[test]
fn ignores_comments_and_strings() {
    let src = r##"
        // crate::route in a comment
        /* crate::host /* nested */ crate::i18n */
        let s = "crate::components";
        let r = r#"crate::route " still"#;
        let c = '"'; let l: &'static str = "x";
        use crate::incident::model;
    "##;
    assert_eq!(named_in(src, &["data"]), ["incident"]);
    assert!(!uses_crate(
        &code_only("// web_sys\nlet a = \"yew\";"),
        "web_sys"
    ));
    assert!(uses_crate(&code_only("use web_sys::Window;"), "web_sys"));
    assert!(uses_crate(
        &code_only("x.map(yew::html::Html::default)"),
        "yew"
    ));
    assert!(!uses_crate(&code_only("let yew_like = 1;"), "yew"));
}

#[test]
fn leaves_test_items_out_of_the_graph() {
    let (code, mods) = without_tests(&code_only(
        "use crate::incident::A;\n#[cfg(test)]\nmod tests { use crate::data::parse; }\n#[cfg(test)]\npub(crate) mod fixtures;\n",
    ));
    assert_eq!(
        crate_modules_named(&code, &["incident".to_string()]),
        BTreeSet::from(["incident".to_string()])
    );
    assert_eq!(mods, ["fixtures"]);
}

#[test]
fn finds_a_cycle_and_says_where() {
    let g: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(
        find_cycle(&g),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    let mut acyclic = g.clone();
    acyclic.get_mut("c").unwrap().clear();
    assert_eq!(find_cycle(&acyclic), None);
}
