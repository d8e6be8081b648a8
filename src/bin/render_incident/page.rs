//! The page around the pre-rendered views: trunk's `index.html` with its marked parts filled
//! in (the head's JSON-LD and language links, the mount element's views), its title and
//! description from the incident, and for the English page (`en/index.html`, one folder down)
//! every relative URL one level up.

use super::jsonld;
use super::views::{Block, DEFAULT_VIEW};
use incident_explainer::i18n::Locale;
use incident_explainer::incident::Incident;

const HEAD: (&str, &str) = ("<!--pre:head-->", "<!--/pre:head-->");
const BODY: (&str, &str) = ("<!--pre:body-->", "<!--/pre:body-->");

/// Text for an HTML attribute or element.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Replaces what lies between the two markers (kept, so the page can be rendered again).
fn fill(html: &str, (open, close): (&str, &str), content: &str) -> Result<String, String> {
    let start = html
        .find(open)
        .ok_or_else(|| format!("index.html has no {open} marker"))?
        + open.len();
    let end = start
        + html[start..]
            .find(close)
            .ok_or_else(|| format!("index.html has no {close} marker"))?;
    Ok(format!("{}{content}{}", &html[..start], &html[end..]))
}

/// Replaces the content of the first `<tag …>…</tag>` element, or the value of `attr` on the
/// first tag that starts with `tag_start`.
fn set_element(html: &str, tag: &str, content: &str) -> String {
    let (Some(a), Some(b)) = (
        html.find(&format!("<{tag}>")),
        html.find(&format!("</{tag}>")),
    ) else {
        return html.to_string();
    };
    format!("{}<{tag}>{content}{}", &html[..a], &html[b..])
}

fn set_attr(html: &str, tag_start: &str, attr: &str, value: &str) -> String {
    let Some(at) = html.find(tag_start) else {
        return html.to_string();
    };
    let end = at + html[at..].find('>').unwrap_or(0);
    let tag = &html[at..end];
    let needle = format!(" {attr}=\"");
    let new_tag = match tag.find(&needle) {
        Some(i) => {
            let v = at + i + needle.len();
            let v_end = v + html[v..].find('"').unwrap_or(0);
            return format!("{}{}{}", &html[..v], escape(value), &html[v_end..]);
        }
        None => format!("{tag} {attr}=\"{}\"", escape(value)),
    };
    format!("{}{new_tag}{}", &html[..at], &html[end..])
}

/// Attributes whose value names ids of the same document.
const ID_REFS: [&str; 7] = [
    "id",
    "for",
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
    "aria-owns",
    "headers",
];

/// `html` with every id (and every reference to one) given `suffix`, so that the views, which
/// the page holds side by side, never share an id. The first view keeps its own: the
/// widget's deep links (`#/timeline/{event}` focuses `ev-{event}`) find them there.
fn suffix_ids(html: &str, suffix: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 50);
    let mut rest = html;
    'scan: while let Some(at) = rest.find('=') {
        for attr in ID_REFS {
            let head = &rest[..at];
            let quoted = rest[at + 1..].starts_with('"');
            if quoted && head.ends_with(&format!(" {attr}")) {
                let start = at + 2;
                let end = start + rest[start..].find('"').unwrap_or(0);
                out.push_str(&rest[..start]);
                let ids: Vec<String> = rest[start..end]
                    .split(' ')
                    .filter(|t| !t.is_empty())
                    .map(|t| format!("{t}{suffix}"))
                    .collect();
                out.push_str(&ids.join(" "));
                rest = &rest[end..];
                continue 'scan;
            }
        }
        out.push_str(&rest[..=at]);
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}

/// The views as the mount element's content: one block each, under one element that carries
/// the widget's `data-state="loading"` until the widget takes over.
/// Every source of the incident, as a list after the views (without JavaScript only: the
/// widget cites each source where it uses it, and some, such as those of figures it does not
/// show, appear in no view).
fn sources(incident: &Incident, locale: Locale) -> String {
    let items: String = incident
        .sources
        .iter()
        .map(|s| {
            format!(
                "<li id=\"ie-pre-source-{}\">{}, <a href=\"{}\" rel=\"noopener noreferrer\">{}</a>, <time datetime=\"{}\">{}</time></li>",
                escape(&s.id),
                escape(&s.publisher),
                escape(&s.url),
                escape(&s.title),
                s.date,
                s.date
            )
        })
        .collect();
    format!(
        "<div class=\"ie ie-pre-sources\" lang=\"{}\"><section aria-labelledby=\"ie-pre-sources-title\">\
         <h2 id=\"ie-pre-sources-title\">{}</h2><ol>{items}</ol></section></div>",
        locale.code(),
        escape(locale.common().sources)
    )
}

/// Every view but the default one (the timeline: a service's or a claimant group's page, and
/// the services, checker and compensation tabs) inside `<noscript>`: where scripts run, the
/// parser keeps it as one text and builds no elements from it, and assets/boot.js turns it into
/// markup only when the URL names it (most of the page's bytes are these views, which the
/// default route never shows, and the parse of the page comes before anything is drawn);
/// without scripts it is markup like the rest. A block that holds the end tag itself (never the
/// case for the escaped text of the widget's markup) stays markup.
fn kept_as_text(view: &str, locale: Locale, block: String) -> String {
    if view == DEFAULT_VIEW || block.to_ascii_lowercase().contains("</noscript") {
        return block;
    }
    format!(
        "<noscript data-view=\"{}\" data-lang=\"{}\">{block}</noscript>",
        escape(view),
        locale.code()
    )
}

fn body(blocks: &[Block], incident: &Incident, locale: Locale) -> String {
    let summary = locale.pick(&incident.summary);
    let mut out = String::from("<div class=\"ie-pre-root\" data-state=\"loading\">");
    // Without JavaScript the language switch cannot switch in place: a link to the other page.
    let (other, href) = match locale {
        Locale::Ko => (Locale::En, "en/"),
        Locale::En => (Locale::Ko, "../"),
    };
    out.push_str(&format!(
        "<p class=\"ie-pre-alt\"><a href=\"{href}\" hreflang=\"{0}\" lang=\"{0}\">{1}</a></p>",
        other.code(),
        other.endonym()
    ));
    for (i, b) in blocks.iter().enumerate() {
        // The widget's root says "loading" once, on the element around the views.
        let mut html = b.html.replacen(" data-state=\"ready\"", "", 1);
        if i == 0 {
            // The widget shows no summary of its own; a reader without JavaScript gets it
            // under the title (hidden once scripts run, so the widget's layout is unchanged).
            let para = format!(
                "</header><p class=\"ie-pre-summary\" data-pre-only>{}</p>",
                escape(summary)
            );
            html = html.replacen("</header>", &para, 1);
        } else {
            html = suffix_ids(&html, &format!("--{i}"));
            // One <main> in the page: the first view's.
            html = html
                .replacen("<main ", "<section ", 1)
                .replacen("</main>", "</section>", 1);
        }
        let block = format!(
            "<div class=\"ie-pre\" data-view=\"{}\" data-lang=\"{}\" id=\"{}\">{html}</div>",
            escape(&b.view),
            locale.code(),
            escape(&b.route),
        );
        out.push_str(&kept_as_text(&b.view, locale, block));
    }
    out.push_str(&sources(incident, locale));
    let loading = locale.common().loading;
    out.push_str(&format!(
        "<p class=\"ie-boot\" role=\"status\">{}</p></div>",
        escape(loading)
    ));
    out
}

/// The page in `locale` from trunk's `index.html`.
pub fn assemble(
    template: &str,
    incident: &Incident,
    locale: Locale,
    blocks: &[Block],
    publisher: Option<&str>,
) -> Result<String, String> {
    let mut html = template.to_string();
    if locale != Locale::Ko {
        // One folder down: every relative URL of the bundle goes one level up.
        for attr in ["href", "src"] {
            html = html.replace(&format!("{attr}=\"./"), &format!("{attr}=\"../"));
        }
        html = html.replace("href=\"incident.json\"", "href=\"../incident.json\"");
    }
    // Each page is in its own language, whatever the browser prefers (`lang=` still wins): its
    // pre-rendered view is then the first paint for every reader, and the widget takes over in
    // the same language.
    html = set_attr(
        &html,
        "<div id=\"incident-explainer\"",
        "data-lang",
        locale.code(),
    );
    let (ko_href, en_href) = match locale {
        Locale::Ko => ("./", "en/"),
        Locale::En => ("../", "./"),
    };
    let head = format!(
        "<script type=\"application/ld+json\">{}</script>\
         <link rel=\"alternate\" hreflang=\"ko\" href=\"{ko_href}\" />\
         <link rel=\"alternate\" hreflang=\"en\" href=\"{en_href}\" />",
        jsonld::document(incident, locale, publisher)
    );
    html = fill(&html, HEAD, &head)?;
    html = fill(&html, BODY, &body(blocks, incident, locale))?;
    let title = format!(
        "{} — {}",
        locale.pick(&incident.title),
        locale.common().widget_name
    );
    html = set_element(&html, "title", &escape(&title));
    html = set_attr(
        &html,
        "<meta name=\"description\"",
        "content",
        locale.pick(&incident.summary),
    );
    html = set_attr(&html, "<html", "lang", locale.code());
    // For assets/boot.js, before the body: whether the reader's clock differs from the
    // incident's (its offset in minutes, compared at the moments `reader_differs` compares).
    let moments: Vec<String> = [Some(incident.start), incident.end]
        .into_iter()
        .flatten()
        .map(|t| t.to_rfc3339())
        .collect();
    html = set_attr(
        &html,
        "<html",
        "data-incident-offset",
        &(incident.zone.offset.local_minus_utc() / 60).to_string(),
    );
    Ok(set_attr(
        &html,
        "<html",
        "data-incident-moments",
        &moments.join(" "),
    ))
}

#[cfg(test)]
mod tests {
    use super::suffix_ids;

    #[test]
    fn ids_and_their_references_get_the_suffix_and_nothing_else() {
        let html = r#"<h2 id="t">x = y</h2><section aria-labelledby="t u"><label for="f">a</label><a href="f">"#;
        assert_eq!(
            suffix_ids(html, "--2"),
            r#"<h2 id="t--2">x = y</h2><section aria-labelledby="t--2 u--2"><label for="f--2">a</label><a href="f">"#
        );
    }
}
