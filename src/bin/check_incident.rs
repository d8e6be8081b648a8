//! The data authors' checker: `check-incident FILE…` prints every problem of each incident
//! file with its JSON path and exits non-zero if any file has one. Keys the format does not
//! know (often a misspelt one) are ignored by the widget; the checker names them as notes.

use std::process::ExitCode;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!("usage: check-incident FILE.json [FILE.json …]\nChecks incident files against format v1 and lists every problem with its path.");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                println!("{file}: cannot read: {e}");
                failed = true;
                continue;
            }
        };
        let read = incident_explainer::data::read_file(&text);
        if let Ok((_, ignored)) = &read {
            for key in ignored {
                println!("{file}: note: {key}: unknown key, ignored");
            }
        }
        let checked = read.and_then(|(f, _)| incident_explainer::data::validate::validate(&f));
        match checked {
            Ok(inc) => {
                let functions: usize = inc.services.iter().map(|s| s.functions.len()).sum();
                println!(
                    "{file}: ok ({} services, {functions} functions, {} events, {} sources, {} compensation items)",
                    inc.services.len(),
                    inc.events.len(),
                    inc.sources.len(),
                    inc.compensation.len()
                );
            }
            Err(errors) => {
                failed = true;
                for e in &errors {
                    println!("{file}: {e}");
                }
                println!("{file}: {} problem(s)", errors.len());
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
