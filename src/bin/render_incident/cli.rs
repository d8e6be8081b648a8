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
    write(&data_out, &text)?;
    println!("{}: {} bytes", data_out.display(), text.len());
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
