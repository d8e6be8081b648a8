//! The texts the "Share / embed" panel offers, built as plain strings (every value from the
//! data or the URL escaped for where it goes): the iframe and script snippets of the public
//! embed contract (`PRODUCT.md`) and a JSON-LD block for the host page.

/// The height an embed reserves on the host page, in CSS pixels: every compact view fits in it
/// at 375 px, and the embedded widget is never shorter (`styles/embed.css`, `.ie-embedded`),
/// so switching views does not move the article around it.
pub const RESERVED_HEIGHT: u32 = 1200;

/// `s` made safe inside a double-quoted HTML attribute or as text.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `s` as a JSON string, safe inside a `<script>` element (`<`, `>` and `&` escaped).
pub fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The iframe snippet: `src` is the widget's page at the view's route (with `lang`).
pub fn iframe(src: &str, title: &str, height: u32, bundle: &str) -> String {
    format!(
        "<iframe src=\"{}\" data-incident-explainer title=\"{}\" loading=\"lazy\" height=\"{height}\" style=\"width:100%;border:0\"></iframe>\n<script src=\"{}embed.js\" async></script>",
        html_escape(src),
        html_escape(title),
        html_escape(bundle),
    )
}

/// The script snippet: `route` is the view's route without `#` and `lang` (`/check?service=…`);
/// `src` the incident file, left out for the built-in one.
pub fn script(bundle: &str, src: Option<&str>, lang: &str, route: &str) -> String {
    let src = src
        .map(|s| format!(" src=\"{}\"", html_escape(s)))
        .unwrap_or_default();
    format!(
        "<incident-explainer{src} lang=\"{}\" route=\"{}\" theme=\"auto\"></incident-explainer>\n<script type=\"module\" src=\"{}incident-explainer.js\"></script>",
        html_escape(lang),
        html_escape(route),
        html_escape(bundle),
    )
}

/// What the JSON-LD block describes: the incident's data, as a schema.org `Dataset`.
pub struct LdFacts<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub url: &'a str,
    pub lang: &'a str,
    /// `start/end` (RFC 3339), or `start/..` while it lasts.
    pub coverage: String,
    pub modified: String,
}

pub fn json_ld(f: &LdFacts) -> String {
    format!(
        "<script type=\"application/ld+json\">\n{{\"@context\": \"https://schema.org\", \"@type\": \"Dataset\",\n \"name\": {},\n \"description\": {},\n \"url\": {},\n \"inLanguage\": {},\n \"temporalCoverage\": {},\n \"dateModified\": {},\n \"isAccessibleForFree\": true}}\n</script>",
        json_string(f.name),
        json_string(f.description),
        json_string(f.url),
        json_string(f.lang),
        json_string(&f.coverage),
        json_string(&f.modified),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_iframe_snippet_is_the_contracts_form() {
        assert_eq!(
            iframe("https://x.example/w/#/timeline?lang=ko", "Kakao \"outage\"", 1200, "https://x.example/w/"),
            "<iframe src=\"https://x.example/w/#/timeline?lang=ko\" data-incident-explainer title=\"Kakao &quot;outage&quot;\" loading=\"lazy\" height=\"1200\" style=\"width:100%;border:0\"></iframe>\n<script src=\"https://x.example/w/embed.js\" async></script>"
        );
    }

    #[test]
    fn the_script_snippet_is_the_contracts_form() {
        assert_eq!(
            script("https://x.example/w/", None, "en", "/check?service=kakaotalk&at=2022-10-15T16:00:00%2B09:00"),
            "<incident-explainer lang=\"en\" route=\"/check?service=kakaotalk&amp;at=2022-10-15T16:00:00%2B09:00\" theme=\"auto\"></incident-explainer>\n<script type=\"module\" src=\"https://x.example/w/incident-explainer.js\"></script>"
        );
        assert!(script("/w/", Some("/d/a.json"), "ko", "/timeline")
            .contains(" src=\"/d/a.json\" lang=\"ko\""));
    }

    #[test]
    fn json_ld_cannot_close_its_script_element() {
        let ld = json_ld(&LdFacts {
            name: "</script><script>alert(1)</script>",
            description: "a \"b\" \\ c\n",
            url: "https://x.example/",
            lang: "en",
            coverage: "2022-10-15T15:30:00+09:00/2022-10-20T23:00:00+09:00".into(),
            modified: "2023-06-30T12:00:00+09:00".into(),
        });
        assert_eq!(ld.matches("</script>").count(), 1, "{ld}");
        assert!(ld.contains(r#""a \"b\" \\ c\n""#), "{ld}");
        let body = ld
            .trim_start_matches("<script type=\"application/ld+json\">")
            .trim_end_matches("</script>");
        let v: serde_json::Value = serde_json::from_str(body).expect("valid JSON");
        assert_eq!(v["name"], "</script><script>alert(1)</script>");
        assert_eq!(v["@type"], "Dataset");
    }
}
