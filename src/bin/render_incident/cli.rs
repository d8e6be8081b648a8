//! The command itself: arguments, checking the file, writing the bundle's files.

use incident_explainer::data;
use incident_explainer::i18n::Locale;
use incident_explainer::incident::Incident;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: render-incident INCIDENT.json DIST [--publisher NAME]
Checks the incident file and writes DIST/incident.json, the pre-rendered DIST/index.html
(Korean) and DIST/en/index.html (English) into a bundle built by `make build`.";

struct Args {
    file: PathBuf,
    dist: PathBuf,
    publisher: Option<String>,
}

fn args() -> Option<Args> {
    let mut rest = std::env::args().skip(1);
    let (mut positional, mut publisher) = (Vec::new(), None);
    while let Some(a) = rest.next() {
        match a.as_str() {
            "-h" | "--help" => return None,
            "--publisher" => publisher = Some(rest.next()?),
            _ => positional.push(PathBuf::from(a)),
        }
    }
    let [file, dist] = <[PathBuf; 2]>::try_from(positional).ok()?;
    Some(Args {
        file,
        dist,
        publisher,
    })
}

/// Reads and validates the file, printing what `check-incident` prints.
fn check(file: &Path) -> Option<(String, Incident)> {
    let name = file.display();
    let text = std::fs::read_to_string(file)
        .map_err(|e| println!("{name}: cannot read: {e}"))
        .ok()?;
    let read = data::read_file(&text);
    if let Ok((_, ignored)) = &read {
        for key in ignored {
            println!("{name}: note: {key}: unknown key, ignored");
        }
    }
    match read.and_then(|(f, _)| data::validate::validate(&f)) {
        Ok(inc) => Some((text, inc)),
        Err(errors) => {
            for e in &errors {
                println!("{name}: {e}");
            }
            println!("{name}: {} problem(s)", errors.len());
            None
        }
    }
}

/// A JSON text without the white space between its tokens: the same JSON, which the widget
/// fetches and reads (the built-in file is a quarter smaller: 283 -> 209 kB).
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(a: &Args) -> Result<(), String> {
    let Some((text, incident)) = check(&a.file) else {
        return Err(format!("{}: not rendered", a.file.display()));
    };
    let index = a.dist.join("index.html");
    let template = std::fs::read_to_string(&index).map_err(|e| {
        format!(
            "{}: {e} (build the bundle first: make build)",
            index.display()
        )
    })?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;
    let incident = std::rc::Rc::new(incident);
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| e.to_string())?
        .as_secs();
    let now = chrono::DateTime::from_timestamp(secs as i64, 0)
        .unwrap_or_default()
        .fixed_offset();
    for (locale, out) in [
        (Locale::Ko, index.clone()),
        (Locale::En, a.dist.join("en/index.html")),
    ] {
        let blocks = runtime.block_on(crate::views::render(&incident, locale, now));
        let html = crate::page::assemble(
            &template,
            &incident,
            locale,
            &blocks,
            a.publisher.as_deref(),
        )?;
        write(&out, &html)?;
        println!(
            "{}: {} views in {}, {} bytes",
            out.display(),
            blocks.len(),
            locale.code(),
            html.len()
        );
    }
    let data_out = a.dist.join(data::BUILTIN_FILE);
    let compact = compact(&text);
    write(&data_out, &compact)?;
    println!(
        "{}: {} bytes ({} as given)",
        data_out.display(),
        compact.len(),
        text.len()
    );
    Ok(())
}

pub fn main() -> ExitCode {
    let Some(a) = args() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match run(&a) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("render-incident: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::compact;

    #[test]
    fn a_compact_file_is_the_same_json() {
        let mut texts = vec![
            std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/data/kakao-2022-10-15.json"
            ))
            .expect("the built-in file"),
            "{ \"a b\" : [ 1 , \"x\\\" y\" , \"\\\\\" , { } ] ,\n\t\"c\" : \" \\n \" }".to_string(),
        ];
        let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for entry in std::fs::read_dir(fixtures).expect("fixtures").flatten() {
            if entry.path().extension().is_some_and(|e| e == "json") {
                texts.push(std::fs::read_to_string(entry.path()).expect("fixture"));
            }
        }
        assert!(texts.len() > 3);
        for text in &texts {
            let c = compact(text);
            let value = |t: &str| serde_json::from_str::<serde_json::Value>(t).expect("JSON");
            assert_eq!(value(&c), value(text), "{c}");
            assert_eq!(compact(&c), c, "nothing more to take out");
            assert!(c.len() < text.len());
        }
        let builtin = compact(&texts[0]);
        assert_eq!(
            incident_explainer::data::parse(&builtin),
            incident_explainer::data::parse(&texts[0])
        );
        assert!(builtin.len() * 4 < texts[0].len() * 3, "{}", builtin.len());
    }
}
