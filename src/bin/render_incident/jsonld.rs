//! schema.org JSON-LD for the page's head: the incident as an `Event` (name, description,
//! start and end, the services it took down, the sources it rests on) published by whoever
//! publishes the data (`--publisher`, else the publishers of the incident's own sources).
//! Written by hand (the crate has no JSON writer, and this is a few strings); every string is
//! escaped so that the script element can hold it: `<`, `>` and `&` as `\u003c`….

use incident_explainer::i18n::Locale;
use incident_explainer::incident::Incident;

/// `s` as a JSON string literal, safe inside `<script>`.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn object(fields: &[(&str, String)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{}:{v}", string(k)))
        .collect();
    format!("{{{}}}", body.join(","))
}

fn array(items: impl IntoIterator<Item = String>) -> String {
    format!("[{}]", items.into_iter().collect::<Vec<_>>().join(","))
}

fn organization(name: &str) -> String {
    object(&[("@type", string("Organization")), ("name", string(name))])
}

/// The publishers of the data: the one named, else those of the incident's own sources.
fn publishers(incident: &Incident, named: Option<&str>) -> Vec<String> {
    if let Some(n) = named {
        return vec![n.to_string()];
    }
    let mut out: Vec<String> = Vec::new();
    for s in incident
        .incident_sources
        .iter()
        .filter_map(|id| incident.source(id))
    {
        if !out.contains(&s.publisher) {
            out.push(s.publisher.clone());
        }
    }
    out
}

/// The JSON-LD document for the incident, in `locale`.
pub fn document(incident: &Incident, locale: Locale, publisher: Option<&str>) -> String {
    let services = incident.services.iter().map(|s| {
        object(&[
            ("@type", string("Service")),
            ("name", string(locale.pick(&s.name))),
            (
                "provider",
                organization(locale.pick(&incident.operators[s.operator].name)),
            ),
        ])
    });
    let sources = incident.sources.iter().map(|s| {
        object(&[
            ("@type", string("CreativeWork")),
            ("name", string(&s.title)),
            ("url", string(&s.url)),
            ("publisher", organization(&s.publisher)),
            ("datePublished", string(&s.date.to_string())),
        ])
    });
    let mut fields = vec![
        ("@context", string("https://schema.org")),
        ("@type", string("Event")),
        ("@id", string(&format!("#{}", incident.id))),
        ("name", string(locale.pick(&incident.title))),
        ("description", string(locale.pick(&incident.summary))),
        ("inLanguage", string(locale.code())),
        ("startDate", string(&incident.start.to_rfc3339())),
    ];
    if let Some(end) = &incident.end {
        fields.push(("endDate", string(&end.to_rfc3339())));
    }
    fields.extend([
        ("dateModified", string(&incident.as_of.to_rfc3339())),
        ("about", array(services)),
        (
            "publisher",
            array(
                publishers(incident, publisher)
                    .iter()
                    .map(|p| organization(p)),
            ),
        ),
        ("citation", array(sources)),
    ]);
    object(&fields)
}

#[cfg(test)]
mod tests {
    use super::string;

    #[test]
    fn strings_cannot_end_the_script_element() {
        assert_eq!(string("</script>"), r#""\u003c/script\u003e""#);
        assert_eq!(string("a\"b\\c\nd"), r#""a\"b\\c\u000ad""#);
    }
}
