//! What a question names: a whole service ("KakaoTalk") or one function of one ("Daum Mail",
//! "다음 메일", "Kakao T taxi", "카카오페이 송금", "KakaoTalk photos"), and, when it names
//! nothing, the names it comes closest to ("kakaotlak", "카카오텍").
//!
//! A function is named by a service's key (see [`names::keys_of`]) followed by one of the
//! function's terms, or by the function's whole name alone. The terms come from the data as it
//! is: the function's id, its names in both languages (also without the service's name in
//! front: "다음 메일" is "메일" of 다음), the parts of a name ("결제·송금" has "결제" and
//! "송금"; "Sending photos, videos and files" has "videos") and the words of a part ("photos").
//! A closer term wins; between equally close terms, the function that comes first in the data.
//! A function named without its service ("택시") counts only when no other service has it.
//! Comparison ignores case, spaces and light punctuation, as [`names::normalize`] does.

use super::model::{Function, Incident, Service};
use super::names::{self, normalize, spell, Index};
use super::sort;
use std::collections::HashMap;
use std::sync::Arc;

/// A service, or one function of it, by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Named {
    pub service: usize,
    pub function: Option<usize>,
}

impl Named {
    fn service(service: usize) -> Named {
        Named {
            service,
            function: None,
        }
    }
}

/// How closely a term fits what was typed; lower is closer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    /// The id, a whole name, or a whole name without the service's name in front.
    Whole,
    /// One part of a name ("송금" of "결제·송금").
    Part,
    /// One word of a part, also with or without a plural `s` ("photo", "photos").
    Word,
    /// The beginning of a part or word, two Hangul syllables or four letters at least
    /// ("대리" of "대리운전").
    Start,
}

/// A function's name with the service's name taken off its front ("다음 메일" -> "메일"), as
/// written; the whole name when it does not start with the service's name.
pub fn short_name<'a>(function_name: &'a str, service_name: &str) -> &'a str {
    let want = normalize(service_name);
    if want.is_empty() {
        return function_name;
    }
    for (i, c) in function_name.char_indices() {
        let end = i + c.len_utf8();
        let seen = normalize(&function_name[..end]);
        if seen.len() > want.len() || !want.starts_with(&seen) {
            break;
        }
        let after = &function_name[end..];
        let gap = |c: char| c.is_whitespace() || "-_.·".contains(c);
        let rest = after.trim_start_matches(gap);
        let apart = after.starts_with(gap);
        if seen == want && apart && !normalize(rest).is_empty() {
            return rest;
        }
    }
    function_name
}

/// A name's parts: split at `·`, `,`, `/`, brackets, and the words "and", "or", "및".
fn parts(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in name.split(['·', ',', '/', '(', ')', '、', '（', '）']) {
        let mut part = Vec::new();
        for w in piece.split_whitespace() {
            // Only ASCII letters lower-case to these words, so comparing without regard to
            // ASCII case is `to_lowercase` here, without the Unicode case tables.
            if ["and", "or", "및", "&"]
                .iter()
                .any(|k| w.eq_ignore_ascii_case(k))
            {
                out.push(part.join(" "));
                part.clear();
            } else {
                part.push(w);
            }
        }
        out.push(part.join(" "));
    }
    out.retain(|p| !normalize(p).is_empty());
    out
}

/// Every term a function answers to, normalised, with how closely it fits.
fn terms(service: &Service, f: &Function) -> Vec<(String, Fit)> {
    let mut out = vec![(normalize(&f.id), Fit::Whole)];
    for (name, of) in [
        (&f.name.ko, &service.name.ko),
        (&f.name.en, &service.name.en),
    ] {
        out.push((normalize(name), Fit::Whole));
        out.push((normalize(short_name(name, of)), Fit::Whole));
        for part in parts(name) {
            out.push((normalize(&part), Fit::Part));
            for word in part.split_whitespace() {
                out.push((normalize(word), Fit::Word));
            }
        }
    }
    out.retain(|(t, _)| !t.is_empty());
    out
}

/// What questions are matched against, normalised once per incident: every service's keys (the
/// name [`Index`], which the services search and the checker's suggestions share), its id and
/// names apart (they come before functions), and every function's terms. A question that names
/// a function alone, or nothing, compares them all; normalising them again for each question
/// took three frames at 1,000 services.
#[derive(Debug, Default)]
pub struct Lookup {
    /// Normalised id or name (not alias) -> the first service with it.
    names: HashMap<String, usize>,
    /// Every key of every service, prepared for partial matching.
    index: Arc<Index>,
    /// Per service, per function: the function's [`terms`].
    terms: Vec<Vec<Vec<(String, Fit)>>>,
}

/// The lookup of `incident`, prepared the first time a question needs it.
pub fn lookup(incident: &Incident) -> &Lookup {
    incident.lookup.get_or_init(|| Lookup::new(incident))
}

impl Lookup {
    fn new(incident: &Incident) -> Lookup {
        let mut names = HashMap::new();
        for (si, s) in incident.services.iter().enumerate() {
            for name in [&s.id, &s.name.ko, &s.name.en] {
                let key = normalize(name);
                if !key.is_empty() {
                    names.entry(key).or_insert(si);
                }
            }
        }
        let terms = incident
            .services
            .iter()
            .map(|s| s.functions.iter().map(|f| terms(s, f)).collect())
            .collect();
        Lookup {
            names,
            index: Arc::new(Index::new(incident)),
            terms,
        }
    }

    /// The incident's name index.
    pub fn index(&self) -> &Arc<Index> {
        &self.index
    }
}

/// Whether `rest` is long enough to name a term by its beginning.
fn long_enough(rest: &str) -> bool {
    let n = rest.chars().count();
    let hangul = rest.chars().any(|c| ('가'..='힣').contains(&c));
    n >= if hangul { 2 } else { 4 }
}

/// How closely `rest` names one of a function's `terms`, if at all.
fn fit(terms: &[(String, Fit)], rest: &str, long_enough: bool) -> Option<Fit> {
    terms
        .iter()
        .filter_map(|(term, fit)| {
            let fit = *fit;
            if term == rest {
                Some(fit)
            } else if fit == Fit::Word
                && (term.strip_suffix('s') == Some(rest) || rest.strip_suffix('s') == Some(term))
            {
                Some(Fit::Word)
            } else if fit != Fit::Whole && long_enough && term.starts_with(rest) {
                Some(Fit::Start)
            } else {
                None
            }
        })
        .min()
}

/// The function that `rest` (normalised, [`long_enough`] or not) names best among a service's
/// functions' `terms`, if any.
fn best_function(terms: &[Vec<(String, Fit)>], rest: &str, long: bool) -> Option<(Fit, usize)> {
    if rest.is_empty() {
        return None;
    }
    let mut best: Option<(Fit, usize)> = None;
    for (fi, t) in terms.iter().enumerate() {
        if let Some(fit) = fit(t, rest, long) {
            if best.is_none_or(|(b, _)| fit < b) {
                best = Some((fit, fi));
            }
        }
    }
    best
}

/// The function a query names with a service's key and then a term of one of its functions.
/// The closest fit wins; then the longer service key; then data order.
fn function_named(l: &Lookup, q: &str) -> Option<Named> {
    // (fit, longer key first, service, function)
    let mut best: Option<(Fit, std::cmp::Reverse<usize>, usize, usize)> = None;
    for (si, key_len) in l.index.prefixes_of(q) {
        let rest = &q[key_len..];
        if let Some((fit, fi)) = best_function(&l.terms[si], rest, long_enough(rest)) {
            let cand = (fit, std::cmp::Reverse(key_len), si, fi);
            if best.is_none_or(|b| cand < b) {
                best = Some(cand);
            }
        }
    }
    best.map(|(_, _, service, function)| Named {
        service,
        function: Some(function),
    })
}

/// A function named alone, by its whole name ("PC 카카오톡 로그인") or a part or word of it
/// ("택시", "송금"), when only one service has a function of that name.
fn function_alone(l: &Lookup, q: &str) -> Option<Named> {
    let long = long_enough(q);
    let mut found: Option<(Fit, usize, usize)> = None;
    for (si, terms) in l.terms.iter().enumerate() {
        let Some((fit, fi)) = best_function(terms, q, long) else {
            continue;
        };
        if fit == Fit::Start {
            continue;
        }
        match found {
            Some((_, other, _)) if other != si => return None,
            Some((b, _, _)) if b <= fit => {}
            _ => found = Some((fit, si, fi)),
        }
    }
    found.map(|(_, service, function)| Named {
        service,
        function: Some(function),
    })
}

/// What a reader's question names, for the checker's form and its suggestions: a service by
/// its id or name; else a function (so "다음 메일" is Daum's mail even though it is also an
/// alias of Daum); else a service by alias; else a function by a part of its name that only
/// one service has.
pub fn resolve(incident: &Incident, query: &str) -> Option<Named> {
    let q = normalize(query);
    if q.is_empty() {
        return None;
    }
    let l = lookup(incident);
    l.names
        .get(&q)
        .map(|&si| Named::service(si))
        .or_else(|| function_named(l, &q))
        .or_else(|| names::find_service(incident, &q).map(Named::service))
        .or_else(|| function_alone(l, &q))
}

/// What the public `service=` parameter names: exactly the service it named before there were
/// function names (id, name in either language, alias), and otherwise what [`resolve`] finds,
/// so `service=daum-mail` or `service=Kakao T taxi` ask about one function.
pub fn resolve_param(incident: &Incident, service: &str) -> Option<Named> {
    names::find_service(incident, service)
        .map(Named::service)
        .or_else(|| resolve(incident, service))
}

/// The text that names `named` in the reader's language and resolves back to it: the
/// service's name, then the function's name without the service's name in front
/// ("Daum Mail", "KakaoTalk Sending photos, videos and files").
pub fn phrase(service: &Service, function: Option<&Function>, ko: bool) -> String {
    let pick = |t: &super::model::Text| if ko { t.ko.clone() } else { t.en.clone() };
    let name = pick(&service.name);
    match function {
        None => name,
        Some(f) => {
            let fname = pick(&f.name);
            format!("{name} {}", short_name(&fname, &name))
        }
    }
}

/// Suggestions as a reader types: when what is typed is a service's key followed by the start
/// of a function's term ("Daum M", "카카오T 택"), those functions first, then that service
/// whole; then the services that match; when nothing matches, the closest names. At most
/// `limit`.
pub fn suggest(incident: &Incident, index: &Index, query: &str, limit: usize) -> Vec<Named> {
    let q = normalize(query);
    if q.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<Named> = Vec::new();
    let mut functions: Vec<(Fit, usize, usize)> = Vec::new();
    for (si, key_len) in index.prefixes_of(&q) {
        let s = &incident.services[si];
        let rest = &q[key_len..];
        if rest.is_empty() || s.functions.len() < 2 {
            continue;
        }
        let spelled = spell(rest);
        for (fi, terms) in lookup(incident).terms[si].iter().enumerate() {
            let fit = terms
                .iter()
                .filter(|(t, _)| spell(t).starts_with(&spelled))
                .map(|&(_, fit)| fit)
                .min();
            if let Some(fit) = fit {
                functions.push((fit, si, fi));
            }
        }
    }
    sort::sort(&mut functions);
    let mut named: Vec<usize> = Vec::new();
    for &(_, si, fi) in &functions {
        let n = Named {
            service: si,
            function: Some(fi),
        };
        if !out.contains(&n) {
            out.push(n);
        }
        if !named.contains(&si) {
            named.push(si);
        }
    }
    // The services named in front of those functions, whole; then those that match.
    for si in named.into_iter().chain(index.suggest(query, limit)) {
        if !out.contains(&Named::service(si)) {
            out.push(Named::service(si));
        }
    }
    if out.is_empty() {
        out.extend(index.closest(query, limit).into_iter().map(Named::service));
    }
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"{"format_version":1,
      "incident":{"id":"t","title":{"ko":"시험","en":"Test"},"summary":{"ko":"요약","en":"Summary"},
        "time_zone":{"name":"Asia/Seoul","abbr":"KST","offset":"+09:00"},
        "start":"2022-10-15T15:30:00+09:00","as_of":"2022-10-20T00:00:00+09:00","sources":["s"]},
      "sources":[{"id":"s","publisher":"P","title":"T","url":"https://example.org/","date":"2022-10-16"}],
      "operators":[{"id":"k","name":{"ko":"카카오","en":"Kakao"}}],
      "services":[
        {"id":"kakaotalk","name":{"ko":"카카오톡","en":"KakaoTalk"},"aliases":["카톡","카카오톡 선물하기"],
         "operator":"k","category":"messaging","sources":["s"],
         "functions":[{"id":"text","name":{"ko":"문자 메시지(모바일)","en":"Text messaging (mobile)"},"status":[]},
                      {"id":"media","name":{"ko":"사진·동영상·파일 전송","en":"Sending photos, videos and files"},"status":[]},
                      {"id":"pc-login","name":{"ko":"PC 카카오톡 로그인","en":"PC KakaoTalk login"},"status":[]},
                      {"id":"gifting","name":{"ko":"선물하기","en":"Gifting"},"status":[]}]},
        {"id":"kakao-t","name":{"ko":"카카오T","en":"Kakao T"},"aliases":["카카오택시","kakao taxi","카카오T 대리"],
         "operator":"k","category":"mobility","sources":["s"],
         "functions":[{"id":"taxi","name":{"ko":"택시 호출","en":"Taxi calling"},"status":[]},
                      {"id":"designated-driver","name":{"ko":"대리운전","en":"Designated driver"},"status":[]}]},
        {"id":"kakao-pay","name":{"ko":"카카오페이","en":"Kakao Pay"},"aliases":["카페이"],
         "operator":"k","category":"payments","sources":["s"],
         "functions":[{"id":"payments-transfers","name":{"ko":"결제·송금","en":"Payments and transfers"},"status":[]},
                      {"id":"certificates","name":{"ko":"송금·거래 확인증","en":"Transfer and transaction certificates"},"status":[]}]},
        {"id":"daum","name":{"ko":"다음","en":"Daum"},"aliases":["다음 메일","한메일"],
         "operator":"k","category":"portal","sources":["s"],
         "functions":[{"id":"search","name":{"ko":"다음 검색","en":"Daum search"},"status":[]},
                      {"id":"mail","name":{"ko":"다음 메일","en":"Daum Mail"},"status":[]}]},
        {"id":"kakao-mail","name":{"ko":"카카오메일","en":"Kakao Mail"},
         "operator":"k","category":"portal","sources":["s"],
         "functions":[{"id":"mail","name":{"ko":"메일","en":"Mail"},"status":[]}]},
        {"id":"naver","name":{"ko":"네이버","en":"Naver"},
         "operator":"k","category":"portal","sources":["s"],
         "functions":[{"id":"search","name":{"ko":"검색","en":"Search"},"status":[]},
                      {"id":"cafe","name":{"ko":"카페","en":"Cafe"},"status":[]}]}
      ]}"#;

    fn inc() -> Incident {
        crate::data::parse(FILE).unwrap_or_else(|e| panic!("{e:?}"))
    }
    /// "service" or "service/function", by id.
    fn show(inc: &Incident, n: Option<Named>) -> String {
        match n {
            None => "-".into(),
            Some(Named {
                service,
                function: None,
            }) => inc.services[service].id.clone(),
            Some(Named {
                service,
                function: Some(f),
            }) => format!(
                "{}/{}",
                inc.services[service].id, inc.services[service].functions[f].id
            ),
        }
    }
    fn r(q: &str) -> String {
        let inc = inc();
        show(&inc, resolve(&inc, q))
    }
    fn p(q: &str) -> String {
        let inc = inc();
        show(&inc, resolve_param(&inc, q))
    }
    fn sug(q: &str) -> Vec<String> {
        let inc = inc();
        let index = Index::new(&inc);
        suggest(&inc, &index, q, 6)
            .into_iter()
            .map(|n| show(&inc, Some(n)))
            .collect()
    }

    #[test]
    fn the_issue_s_questions_name_a_function() {
        assert_eq!(r("Daum Mail"), "daum/mail");
        assert_eq!(r("다음 메일"), "daum/mail");
        assert_eq!(r("Kakao T taxi"), "kakao-t/taxi");
        assert_eq!(r("카카오페이 송금"), "kakao-pay/payments-transfers");
        assert_eq!(r("KakaoTalk photos"), "kakaotalk/media");
    }
    #[test]
    fn case_spaces_and_punctuation_do_not_matter() {
        assert_eq!(r("DAUMMAIL"), "daum/mail");
        assert_eq!(r("daum-mail"), "daum/mail");
        assert_eq!(r(" 다음메일 "), "daum/mail");
        assert_eq!(r("kakao-t taxi"), "kakao-t/taxi");
        assert_eq!(r("kakaotalk PHOTO"), "kakaotalk/media");
        assert_eq!(r("카카오톡 사진"), "kakaotalk/media");
        assert_eq!(r("카톡 사진"), "kakaotalk/media");
        assert_eq!(r("kakaotalk pc-login"), "kakaotalk/pc-login");
        // A service with one function: naming it is naming the service's only function.
        assert_eq!(r("Kakao Mail mail"), "kakao-mail/mail");
    }
    #[test]
    fn a_whole_function_name_alone_names_it() {
        assert_eq!(r("PC 카카오톡 로그인"), "kakaotalk/pc-login");
        assert_eq!(r("Daum search"), "daum/search");
    }
    #[test]
    fn a_name_part_alone_names_it_when_one_service_has_it() {
        assert_eq!(r("택시"), "kakao-t/taxi");
        assert_eq!(r("송금"), "kakao-pay/payments-transfers");
        // Naver's and Daum's search: which one is meant is not said.
        assert_eq!(r("search"), "-");
    }
    #[test]
    fn the_beginning_of_a_word_names_it() {
        assert_eq!(r("카카오T 대리"), "kakao-t/designated-driver");
        assert_eq!(r("Kakao T designated"), "kakao-t/designated-driver");
        // Too short to go on.
        assert_eq!(r("Kakao T ta"), "-");
    }
    #[test]
    fn a_service_s_id_or_name_is_the_whole_service() {
        assert_eq!(r("daum"), "daum");
        assert_eq!(r("카카오톡"), "kakaotalk");
        assert_eq!(r("Kakao Mail"), "kakao-mail");
        assert_eq!(r("kakao taxi"), "kakao-t");
        assert_eq!(r("한메일"), "daum");
        assert_eq!(r("카카오톡 선물하기"), "kakaotalk/gifting");
        assert_eq!(r("daum teleport"), "-");
        assert_eq!(r(""), "-");
    }
    #[test]
    fn the_service_parameter_reads_as_before_then_names_functions() {
        // An alias still names the whole service in a link, as it always did.
        assert_eq!(p("다음 메일"), "daum");
        assert_eq!(p("카카오T 대리"), "kakao-t");
        assert_eq!(p("kakaotalk"), "kakaotalk");
        // What named nothing before now names a function.
        assert_eq!(p("daum-mail"), "daum/mail");
        assert_eq!(p("Kakao T taxi"), "kakao-t/taxi");
        assert_eq!(p("nope"), "-");
    }
    #[test]
    fn every_phrase_resolves_back_to_what_it_names() {
        let inc = inc();
        for (si, s) in inc.services.iter().enumerate() {
            for ko in [true, false] {
                let whole = phrase(s, None, ko);
                assert_eq!(resolve(&inc, &whole), Some(Named::service(si)), "{whole}");
                for (fi, f) in s.functions.iter().enumerate() {
                    let text = phrase(s, Some(f), ko);
                    let want = Named {
                        service: si,
                        function: Some(fi),
                    };
                    assert_eq!(resolve(&inc, &text), Some(want), "{text}");
                }
            }
        }
    }
    #[test]
    fn short_names_drop_the_service_s_name() {
        assert_eq!(short_name("다음 메일", "다음"), "메일");
        assert_eq!(short_name("Daum Mail", "Daum"), "Mail");
        assert_eq!(short_name("Daum", "Daum"), "Daum");
        assert_eq!(short_name("Gifting", "KakaoTalk"), "Gifting");
        assert_eq!(short_name("Daumier", "Daum"), "Daumier");
        assert_eq!(
            phrase(
                &inc().services[3],
                Some(&inc().services[3].functions[1]),
                false
            ),
            "Daum Mail"
        );
    }
    #[test]
    fn parts_split_at_dots_commas_brackets_and_and() {
        assert_eq!(parts("결제·송금"), ["결제", "송금"]);
        assert_eq!(
            parts("Sending photos, videos and files"),
            ["Sending photos", "videos", "files"]
        );
        assert_eq!(parts("문자 메시지(모바일)"), ["문자 메시지", "모바일"]);
    }
    #[test]
    fn suggestions_offer_functions_once_a_service_is_named() {
        assert_eq!(sug("Daum M"), ["daum/mail", "daum"]);
        assert_eq!(sug("다음 메"), ["daum/mail", "daum"]);
        assert_eq!(sug("kakao t t")[0], "kakao-t/taxi");
        assert_eq!(sug("카카오T 택")[0], "kakao-t/taxi");
        // Nothing typed after the service: the services, as before.
        assert_eq!(sug("kakaot"), ["kakao-t", "kakaotalk"]);
    }
    #[test]
    fn a_near_miss_suggests_the_closest_names() {
        assert_eq!(sug("kakaotlak")[0], "kakaotalk");
        assert_eq!(sug("카카오텍")[0], "kakaotalk");
        assert_eq!(sug("naevr"), ["naver"]);
        assert!(sug("zzzzzz").is_empty());
    }
    #[test]
    fn and_or_split_in_any_case() {
        assert_eq!(
            parts("Photos AND files Or links"),
            ["Photos", "files", "links"]
        );
    }

    /// `resolve` as it was before the lookup: every name and term normalised for each question.
    mod before {
        use super::super::*;

        fn fit(service: &Service, f: &Function, rest: &str) -> Option<Fit> {
            super::super::fit(&terms(service, f), rest, long_enough(rest))
        }
        fn best_function(service: &Service, rest: &str) -> Option<(Fit, usize)> {
            if rest.is_empty() {
                return None;
            }
            let mut best: Option<(Fit, usize)> = None;
            for (fi, f) in service.functions.iter().enumerate() {
                if let Some(fit) = fit(service, f, rest) {
                    if best.is_none_or(|(b, _)| fit < b) {
                        best = Some((fit, fi));
                    }
                }
            }
            best
        }
        fn function_named(incident: &Incident, q: &str) -> Option<Named> {
            let mut best: Option<(Fit, std::cmp::Reverse<usize>, usize, usize)> = None;
            for (si, s) in incident.services.iter().enumerate() {
                for key in names::keys_of(s) {
                    if let Some(rest) = q.strip_prefix(key.as_str()) {
                        if let Some((fit, fi)) = best_function(s, rest) {
                            let cand = (fit, std::cmp::Reverse(key.len()), si, fi);
                            if best.is_none_or(|b| cand < b) {
                                best = Some(cand);
                            }
                        }
                    }
                }
            }
            best.map(|(_, _, service, function)| Named {
                service,
                function: Some(function),
            })
        }
        fn function_alone(incident: &Incident, q: &str) -> Option<Named> {
            let mut found: Option<(Fit, usize, usize)> = None;
            for (si, s) in incident.services.iter().enumerate() {
                let Some((fit, fi)) = best_function(s, q) else {
                    continue;
                };
                if fit == Fit::Start {
                    continue;
                }
                match found {
                    Some((_, other, _)) if other != si => return None,
                    Some((b, _, _)) if b <= fit => {}
                    _ => found = Some((fit, si, fi)),
                }
            }
            found.map(|(_, service, function)| Named {
                service,
                function: Some(function),
            })
        }
        pub fn resolve(incident: &Incident, query: &str) -> Option<Named> {
            let q = normalize(query);
            if q.is_empty() {
                return None;
            }
            let by_name = incident.services.iter().position(|s| {
                [&s.id, &s.name.ko, &s.name.en]
                    .iter()
                    .any(|n| normalize(n) == q)
            });
            by_name
                .map(Named::service)
                .or_else(|| function_named(incident, &q))
                .or_else(|| names::find_service(incident, &q).map(Named::service))
                .or_else(|| function_alone(incident, &q))
        }
    }

    /// Questions made of the incident's own words: every id, name, alias, function name, part
    /// and word, their beginnings, a service's key or name with each of them, and some noise.
    fn questions(inc: &Incident) -> Vec<String> {
        let mut words: Vec<String> = Vec::new();
        for s in &inc.services {
            words.extend([s.id.clone(), s.name.ko.clone(), s.name.en.clone()]);
            words.extend(s.aliases.iter().cloned());
            for f in &s.functions {
                for name in [&f.id, &f.name.ko, &f.name.en] {
                    words.push(name.clone());
                    for part in parts(name) {
                        words.extend(part.split_whitespace().map(str::to_string));
                        words.push(part);
                    }
                }
            }
        }
        words.sort();
        words.dedup();
        let mut out = words.clone();
        for w in &words {
            let chars: Vec<char> = w.chars().collect();
            for n in [1, 2, 4, chars.len().saturating_sub(1)] {
                if n > 0 && n < chars.len() {
                    out.push(chars[..n].iter().collect());
                }
            }
            out.push(format!("{w}s"));
            out.push(w.to_uppercase());
        }
        for s in &inc.services {
            for f in &s.functions {
                for (lead, name) in [
                    (&s.name.ko, &f.name.ko),
                    (&s.name.en, &f.name.en),
                    (&s.id, &f.id),
                ] {
                    out.push(format!("{lead} {name}"));
                    for part in parts(name) {
                        out.push(format!("{lead} {part}"));
                        let start: String = part.chars().take(3).collect();
                        out.push(format!("{lead} {start}"));
                    }
                }
                for a in &s.aliases {
                    out.push(format!("{a} {}", f.name.ko));
                }
            }
        }
        out.extend(
            ["", " ", "zzzz", "카카오", "kakao", "서비스", "mail", "메일"].map(String::from),
        );
        out
    }

    #[test]
    fn the_lookup_answers_as_normalising_each_time_did() {
        let builtin = crate::data::builtin().unwrap_or_else(|e| panic!("{e:?}"));
        for inc in [inc(), builtin] {
            let qs = questions(&inc);
            assert!(qs.len() > 500, "{}", qs.len());
            // The built-in incident's 6,000 questions, a quarter of them: the old way takes
            // about 2 ms a question in a debug build.
            let mut named = 0;
            for q in qs.iter().step_by(qs.len() / 1500 + 1) {
                let want = before::resolve(&inc, q);
                assert_eq!(resolve(&inc, q), want, "{q:?}");
                named += usize::from(want.is_some_and(|n| n.function.is_some()));
            }
            assert!(named > 50, "questions that name a function: {named}");
        }
    }

    #[test]
    fn a_copy_of_an_incident_prepares_its_own_lookup() {
        let inc = inc();
        // The first question prepares `inc`'s lookup.
        assert_eq!(show(&inc, resolve(&inc, "Daum Mail")), "daum/mail");
        assert_eq!(inc.clone(), inc, "the lookup is not part of the data");
        let mut copy = inc.clone();
        copy.services[3].name.en = "Hanmail".into();
        assert_eq!(show(&copy, resolve(&copy, "Hanmail")), "daum");
        assert_eq!(show(&copy, resolve(&copy, "Hanmail Mail")), "daum/mail");
        assert_eq!(show(&inc, resolve(&inc, "Hanmail")), "-");
    }
}
