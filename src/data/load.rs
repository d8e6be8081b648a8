//! Where another incident may be loaded from: the `src` URL, resolved against the page by the
//! browser's own URL parser (`crate::host::fetch`), is accepted only over http or https and
//! only from allowed origins: the page's own, plus any named at build time in
//! `INCIDENT_ALLOWED_ORIGINS` (comma-separated). So a trusted news page cannot be made to show
//! a forged compensation notice by a crafted link.
//!
//! Pure: the URL is parsed by the caller with a WHATWG parser (the browser's `URL` in the
//! widget, the `url` crate in the native tests), because only the parser that makes the
//! request knows which host it will ask. Reading `\` as `/`, dropping tabs and newlines,
//! `user@host`, `//host` and `https:host` are all its business; this module compares origins.

use super::error::Problem;

/// The origins allowed besides the page's own, as written when the widget was built. The host
/// normalises each with the URL parser before comparing.
pub fn build_allowed_origins() -> Vec<&'static str> {
    option_env!("INCIDENT_ALLOWED_ORIGINS")
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// What a WHATWG URL parser made of a URL: `href`, `protocol` (`"https:"`) and `origin`
/// (`"https://example.org"`, or `"null"` for an opaque one), as the browser's `URL` names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedUrl {
    pub href: String,
    pub protocol: String,
    pub origin: String,
}

/// Whether a URL may be fetched: http or https, from the page's origin or one of `allowed`
/// (already normalised origins). Returns the URL to fetch.
pub fn check(url: &ParsedUrl, page_origin: &str, allowed: &[String]) -> Result<String, Problem> {
    if url.protocol != "http:" && url.protocol != "https:" {
        return Err(Problem::NotHttpUrl);
    }
    let page_is_http = page_origin.starts_with("http://") || page_origin.starts_with("https://");
    if page_is_http && url.origin == page_origin || allowed.contains(&url.origin) {
        Ok(url.href.clone())
    } else {
        Err(Problem::OriginNotAllowed(url.origin.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(href: &str, protocol: &str, origin: &str) -> ParsedUrl {
        ParsedUrl {
            href: href.into(),
            protocol: protocol.into(),
            origin: origin.into(),
        }
    }

    const PAGE: &str = "http://127.0.0.1:8080";

    #[test]
    fn the_pages_origin_is_allowed() {
        let u = parsed("http://127.0.0.1:8080/a.json", "http:", PAGE);
        assert_eq!(check(&u, PAGE, &[]), Ok(u.href.clone()));
    }

    #[test]
    fn other_origins_need_permission() {
        let u = parsed(
            "https://data.example/x.json",
            "https:",
            "https://data.example",
        );
        assert_eq!(
            check(&u, PAGE, &[]),
            Err(Problem::OriginNotAllowed("https://data.example".into()))
        );
        assert!(check(&u, PAGE, &["https://data.example".into()]).is_ok());
    }

    #[test]
    fn only_http_and_https_are_fetched() {
        // A blob: URL has the page's origin, but it is not a file on a server.
        let blob = parsed("blob:http://127.0.0.1:8080/x", "blob:", PAGE);
        assert_eq!(check(&blob, PAGE, &[]), Err(Problem::NotHttpUrl));
        let js = parsed("javascript:alert(1)", "javascript:", "null");
        assert_eq!(check(&js, PAGE, &[]), Err(Problem::NotHttpUrl));
    }

    #[test]
    fn an_opaque_page_origin_allows_nothing_of_its_own() {
        // A page opened from a file (origin "null") cannot vouch for a "null" URL.
        let u = parsed("http://x/a.json", "http:", "null");
        assert!(check(&u, "null", &[]).is_err());
    }
}
