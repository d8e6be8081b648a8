//! Where another incident may be loaded from: the `src` URL is resolved against the page and
//! accepted only from allowed origins (the page's own, plus any named at build time in
//! `INCIDENT_ALLOWED_ORIGINS`, comma-separated), so a trusted news page cannot be made to show
//! a forged compensation notice by a crafted link. Pure; the fetch itself is in
//! `crate::host::fetch`.

use super::error::Problem;

/// Origins allowed besides the page's own, fixed when the widget is built.
pub fn build_allowed_origins() -> Vec<String> {
    option_env!("INCIDENT_ALLOWED_ORIGINS")
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .filter_map(origin_of)
        .collect()
}

/// `scheme://host[:port]` of an absolute http(s) URL, lower-cased, default ports dropped.
pub fn origin_of(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    let host_port = authority.rsplit('@').next()?;
    if host_port.is_empty() {
        return None;
    }
    let host_port = match (scheme, host_port.rsplit_once(':')) {
        ("http", Some((h, "80"))) | ("https", Some((h, "443"))) => h.to_string(),
        _ => host_port.to_string(),
    };
    Some(format!("{scheme}://{host_port}"))
}

/// Resolves `src` against the page URL and checks its origin. Returns the absolute URL.
pub fn resolve(src: &str, page_url: &str, extra: &[String]) -> Result<String, Problem> {
    let src = src.trim();
    let page_origin = origin_of(page_url).ok_or(Problem::NotHttpUrl)?;
    let absolute = if src.starts_with("//") {
        let scheme = page_origin.split("://").next().unwrap_or("https");
        format!("{scheme}:{src}")
    } else if src.contains("://")
        || src.contains(':') && !src.starts_with('/') && !src.starts_with('.')
    {
        src.to_string()
    } else if let Some(path) = src.strip_prefix('/') {
        format!("{page_origin}/{path}")
    } else {
        let path = page_url.split(['?', '#']).next().unwrap_or(page_url);
        let dir = &path[..path.rfind('/').map_or(path.len(), |i| i + 1)];
        format!("{dir}{src}")
    };
    let origin = origin_of(&absolute).ok_or(Problem::NotHttpUrl)?;
    if origin == page_origin || extra.contains(&origin) {
        Ok(absolute)
    } else {
        Err(Problem::OriginNotAllowed(origin))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "http://127.0.0.1:8080/embed/index.html?src=x#/timeline";

    #[test]
    fn same_origin_paths_resolve() {
        assert_eq!(
            resolve("/fixtures/a.json", PAGE, &[]),
            Ok("http://127.0.0.1:8080/fixtures/a.json".into())
        );
        assert_eq!(
            resolve("a.json", PAGE, &[]),
            Ok("http://127.0.0.1:8080/embed/a.json".into())
        );
        assert_eq!(
            resolve("http://127.0.0.1:8080/b.json", PAGE, &[]),
            Ok("http://127.0.0.1:8080/b.json".into())
        );
    }

    #[test]
    fn other_origins_need_permission() {
        assert_eq!(
            resolve("https://evil.example/x.json", PAGE, &[]),
            Err(Problem::OriginNotAllowed("https://evil.example".into()))
        );
        let extra = vec!["https://data.example".to_string()];
        assert!(resolve("https://data.example:443/x.json", PAGE, &extra).is_ok());
        assert!(resolve("//evil.example/x.json", PAGE, &extra).is_err());
    }

    #[test]
    fn non_http_schemes_are_refused() {
        assert_eq!(
            resolve("javascript:alert(1)", PAGE, &[]),
            Err(Problem::NotHttpUrl)
        );
        assert_eq!(
            resolve("data:application/json,{}", PAGE, &[]),
            Err(Problem::NotHttpUrl)
        );
    }
}
