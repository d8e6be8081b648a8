//! The public routes and the view state they stand for, in both directions. Pure: it never
//! reads or writes the URL itself (see `crate::host::location` for that).
//!
//! Routes (the public contract, kept stable for bookmarks, embeds and support links):
//! `#/timeline`, `#/timeline/{event-id}`, `#/services`, `#/services/{service-id}`,
//! `#/check?service={id-or-name}&at={RFC 3339}`, `#/compensation`, `#/compensation/{claimant-id}`,
//! and `lang=ko|en` on any of them. Other query parameters are extras of this widget, such as
//! `function=` on a check (the service's `service=` may also name a function: see
//! `crate::incident::named::resolve_param`).
//!
//! A query is read against the incident here too (`TimelineQuery::filter`): the domain's
//! `TimelineFilter` knows nothing of routes.

use crate::incident::model::{EventKind, Incident};
use crate::incident::timeline::TimelineFilter;
use crate::incident::{names, sort};
use crate::locale::Locale;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineQuery {
    pub event: Option<String>,
    /// Show only events of this service (an id).
    pub service: Option<String>,
    /// Show only events of these kinds (empty: all).
    pub kinds: Vec<String>,
}

/// What a query named that the data does not have, so the view can say so.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Unmatched {
    pub event: Option<String>,
    pub service: Option<String>,
    pub kinds: Vec<String>,
}

impl TimelineQuery {
    /// Reads the query against the incident. A service may be named by id, name or alias;
    /// unknown values are left out of the filter and reported.
    pub fn filter(&self, incident: &Incident) -> (TimelineFilter, Unmatched) {
        let q = self;
        let mut unmatched = Unmatched {
            event: q
                .event
                .clone()
                .filter(|id| incident.event_by_id(id).is_none()),
            ..Unmatched::default()
        };
        let service = q.service.as_ref().and_then(|s| {
            let found = incident
                .service_by_id(s)
                .or_else(|| names::find_service(incident, s));
            if found.is_none() {
                unmatched.service = Some(s.clone());
            }
            found
        });
        let mut kinds = Vec::new();
        for k in &q.kinds {
            match EventKind::parse(k) {
                Some(kind) => kinds.push(kind),
                None => unmatched.kinds.push(k.clone()),
            }
        }
        sort::sort(&mut kinds);
        kinds.dedup();
        (TimelineFilter { service, kinds }, unmatched)
    }

    /// The query with `kind` switched on or off (kinds kept in their canonical order), leaving
    /// the deep-linked event behind.
    pub fn toggle_kind(&self, kind: EventKind) -> TimelineQuery {
        let on: Vec<EventKind> = self
            .kinds
            .iter()
            .filter_map(|k| EventKind::parse(k))
            .collect();
        let kinds = EventKind::ALL
            .into_iter()
            .filter(|k| on.contains(k) != (*k == kind))
            .map(|k| k.as_str().to_string())
            .collect();
        TimelineQuery {
            event: None,
            service: self.service.clone(),
            kinds,
        }
    }

    /// The query with another service (or none), leaving the deep-linked event behind.
    pub fn with_service(&self, service: Option<&str>) -> TimelineQuery {
        TimelineQuery {
            event: None,
            service: service.map(str::to_string),
            kinds: self.kinds.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServicesQuery {
    pub service: Option<String>,
    pub q: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CheckQuery {
    /// As typed: an id, a name in either language or an alias.
    pub service: Option<String>,
    pub function: Option<String>,
    /// RFC 3339 with offset.
    pub at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CompensationQuery {
    pub claimant: Option<String>,
    /// Show only offers for this service (an id); the checker links here.
    pub service: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    Timeline(TimelineQuery),
    Services(ServicesQuery),
    Check(CheckQuery),
    Compensation(CompensationQuery),
    /// Anything else; carries what was asked for, to say so.
    NotFound(String),
}

impl View {
    /// Which tab of the navigation this view belongs to.
    pub fn tab(&self) -> Option<Tab> {
        match self {
            View::Timeline(_) => Some(Tab::Timeline),
            View::Services(_) => Some(Tab::Services),
            View::Check(_) => Some(Tab::Check),
            View::Compensation(_) => Some(Tab::Compensation),
            View::NotFound(_) => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Timeline,
    Services,
    Check,
    Compensation,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Timeline, Tab::Services, Tab::Check, Tab::Compensation];
    pub fn view(self) -> View {
        match self {
            Tab::Timeline => View::Timeline(TimelineQuery::default()),
            Tab::Services => View::Services(ServicesQuery::default()),
            Tab::Check => View::Check(CheckQuery::default()),
            Tab::Compensation => View::Compensation(CompensationQuery::default()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub view: View,
    pub lang: Option<Locale>,
}

impl Default for Route {
    fn default() -> Self {
        Route {
            view: View::Timeline(TimelineQuery::default()),
            lang: None,
        }
    }
}

/// Decodes `%XX` escapes and `+` (as a space); invalid escapes are kept as written. Explicit
/// direction controls are balanced (`crate::data::text::balance_bidi`), as in incident data:
/// a name typed into a link must not turn the widget's own sentence around it backwards.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(
                    std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"),
                    16,
                ) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    crate::data::text::balance_bidi(&String::from_utf8_lossy(&out)).into_owned()
}

/// Encodes everything but unreserved characters, so any value survives a round trip.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b':') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Splits `a=1&b=2` into decoded pairs.
pub fn query_pairs(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

fn get(pairs: &[(String, String)], key: &str) -> Option<String> {
    pairs
        .iter()
        .rev()
        .find(|(k, v)| k == key && !v.trim().is_empty())
        .map(|(_, v)| v.clone())
}

/// Reads a location hash (`#/check?service=카톡&at=…`, with or without the `#`).
pub fn parse(hash: &str) -> Route {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = h.split_once('?').unwrap_or((h, ""));
    let pairs = query_pairs(query);
    let lang = get(&pairs, "lang").and_then(|l| Locale::parse(&l));
    let segments: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(decode)
        .collect();
    let one = |segments: &[String]| segments.get(1).cloned();
    let view = match segments.first().map(String::as_str) {
        None => View::Timeline(TimelineQuery::default()),
        Some(_) if segments.len() > 2 => View::NotFound(path.to_string()),
        Some("timeline") => View::Timeline(TimelineQuery {
            event: one(&segments),
            service: get(&pairs, "service"),
            kinds: get(&pairs, "kind")
                .map(|k| {
                    k.split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
        }),
        Some("services") => View::Services(ServicesQuery {
            service: one(&segments),
            q: get(&pairs, "q"),
        }),
        Some("check") if segments.len() == 1 => View::Check(CheckQuery {
            service: get(&pairs, "service"),
            function: get(&pairs, "function"),
            at: get(&pairs, "at"),
        }),
        Some("compensation") => View::Compensation(CompensationQuery {
            claimant: one(&segments),
            service: get(&pairs, "service"),
        }),
        Some(_) => View::NotFound(path.to_string()),
    };
    Route { view, lang }
}

/// Writes the hash for a route, starting with `#`. `parse(&format(r)) == r` for every route
/// that `parse` can produce.
pub fn format(route: &Route) -> String {
    let mut path = String::from("#/");
    let mut pairs: Vec<(&str, String)> = Vec::new();
    match &route.view {
        View::Timeline(q) => {
            path.push_str("timeline");
            if let Some(e) = &q.event {
                path.push('/');
                path.push_str(&encode(e));
            }
            if let Some(s) = &q.service {
                pairs.push(("service", s.clone()));
            }
            if !q.kinds.is_empty() {
                pairs.push(("kind", q.kinds.join(",")));
            }
        }
        View::Services(q) => {
            path.push_str("services");
            if let Some(s) = &q.service {
                path.push('/');
                path.push_str(&encode(s));
            }
            if let Some(s) = &q.q {
                pairs.push(("q", s.clone()));
            }
        }
        View::Check(q) => {
            path.push_str("check");
            for (k, v) in [
                ("service", &q.service),
                ("function", &q.function),
                ("at", &q.at),
            ] {
                if let Some(v) = v {
                    pairs.push((k, v.clone()));
                }
            }
        }
        View::Compensation(q) => {
            path.push_str("compensation");
            if let Some(c) = &q.claimant {
                path.push('/');
                path.push_str(&encode(c));
            }
            if let Some(s) = &q.service {
                pairs.push(("service", s.clone()));
            }
        }
        View::NotFound(p) => path = format!("#{p}"),
    }
    if let Some(l) = route.lang {
        pairs.push(("lang", l.code().to_string()));
    }
    if !pairs.is_empty() {
        path.push('?');
        let q: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        path.push_str(&q.join("&"));
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::fixtures::{ids, mini};
    use crate::incident::timeline::visible;

    #[test]
    fn empty_hash_is_the_timeline() {
        assert_eq!(parse(""), Route::default());
        assert_eq!(parse("#/"), Route::default());
    }

    #[test]
    fn check_route_reads_service_at_and_lang() {
        let r = parse("#/check?service=%EC%B9%B4%ED%86%A1&at=2022-10-15T18:00:00%2B09:00&lang=en");
        assert_eq!(r.lang, Some(Locale::En));
        assert_eq!(
            r.view,
            View::Check(CheckQuery {
                service: Some("카톡".into()),
                function: None,
                at: Some("2022-10-15T18:00:00+09:00".into())
            })
        );
    }

    #[test]
    fn unknown_routes_are_not_found() {
        assert_eq!(parse("#/nope").view, View::NotFound("/nope".into()));
        assert_eq!(
            parse("#/services/a/b").view,
            View::NotFound("/services/a/b".into())
        );
    }

    #[test]
    fn routes_round_trip() {
        for h in [
            "#/timeline",
            "#/timeline/fire-starts?lang=ko",
            "#/timeline?service=kakaotalk&kind=outage,recovery",
            "#/services/kakao-t",
            "#/services?q=%EC%B9%B4%ED%86%A1",
            "#/check?service=Kakao%20T&at=2022-10-15T18:00:00%2B09:00&lang=en",
            "#/compensation/upbit-users",
            "#/compensation?service=melon&lang=en",
        ] {
            let r = parse(h);
            assert_eq!(parse(&format(&r)), r, "{h}");
        }
    }

    #[test]
    fn encode_decode_round_trip() {
        let s = "카톡 & Kakao+T/=?#";
        assert_eq!(decode(&encode(s)), s);
    }

    fn q(service: Option<&str>, kinds: &[&str]) -> TimelineQuery {
        TimelineQuery {
            event: None,
            service: service.map(str::to_string),
            kinds: kinds.iter().map(|k| k.to_string()).collect(),
        }
    }
    // Reading the timeline query against an incident
    #[test]
    fn empty_query_keeps_everything() {
        let inc = mini();
        let (f, u) = TimelineQuery::default().filter(&inc);
        assert!(f.is_empty() && u == Unmatched::default());
        assert_eq!(visible(&inc, &f, None).len(), 8);
    }
    #[test]
    fn service_by_id_or_name() {
        let inc = mini();
        assert_eq!(q(Some("maps"), &[]).filter(&inc).0.service, Some(1));
        assert_eq!(q(Some("톡"), &[]).filter(&inc).0.service, Some(0));
    }
    #[test]
    fn unknown_service_and_kinds_are_reported_not_applied() {
        let (f, u) = q(Some("nope"), &["outage", "gossip"]).filter(&mini());
        assert_eq!((f.service, f.kinds), (None, vec![EventKind::Outage]));
        assert_eq!(
            (u.service, u.kinds),
            (Some("nope".into()), vec!["gossip".to_string()])
        );
    }
    #[test]
    fn unknown_event_is_reported() {
        let inc = mini();
        let mut query = TimelineQuery {
            event: Some("ghost".into()),
            ..TimelineQuery::default()
        };
        assert_eq!(query.filter(&inc).1.event, Some("ghost".into()));
        query.event = Some("fire".into());
        assert_eq!(query.filter(&inc).1.event, None);
    }
    #[test]
    fn fits_by_service_and_kind() {
        let inc = mini();
        let (f, _) = q(Some("talk"), &["outage"]).filter(&inc);
        assert_eq!(ids(&inc, &visible(&inc, &f, None)), ["glitch", "down"]);
    }
    #[test]
    fn kinds_alone_filter() {
        let inc = mini();
        let (f, _) = q(None, &["recovery", "cause"]).filter(&inc);
        assert_eq!(
            ids(&inc, &visible(&inc, &f, None)),
            ["fire", "late-night", "text-back"]
        );
    }
    #[test]
    fn deep_linked_event_survives_the_filter() {
        let inc = mini();
        let (f, _) = q(Some("maps"), &[]).filter(&inc);
        let fire = inc.event_by_id("fire");
        assert_eq!(
            ids(&inc, &visible(&inc, &f, fire)),
            ["fire", "down", "morning"]
        );
    }
    #[test]
    fn toggling_kinds_keeps_canonical_order_and_drops_the_event() {
        let mut base = q(Some("talk"), &["recovery"]);
        base.event = Some("fire".into());
        let on = base.toggle_kind(EventKind::Cause);
        assert_eq!(on, q(Some("talk"), &["cause", "recovery"]));
        assert_eq!(
            on.toggle_kind(EventKind::Recovery),
            q(Some("talk"), &["cause"])
        );
    }
    #[test]
    fn changing_the_service_keeps_kinds() {
        assert_eq!(
            q(Some("talk"), &["cause"]).with_service(None),
            q(None, &["cause"])
        );
        assert_eq!(
            q(None, &[]).with_service(Some("maps")),
            q(Some("maps"), &[])
        );
    }

    #[test]
    fn a_typed_direction_override_is_closed() {
        // U+202E RIGHT-TO-LEFT OVERRIDE, percent-encoded, is closed by U+202C.
        assert_eq!(
            decode("Evil%E2%80%AE%20Messenger"),
            "Evil\u{202e} Messenger\u{202c}"
        );
        let r = parse("#/check?service=Evil%E2%80%AE%20Messenger");
        assert_eq!(
            r.view,
            View::Check(CheckQuery {
                service: Some("Evil\u{202e} Messenger\u{202c}".into()),
                ..Default::default()
            })
        );
    }
}
