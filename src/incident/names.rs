//! Finding a service the way people say it: by id, by name in either language or by alias,
//! ignoring case, spaces and light punctuation ("카톡", "kakaot", "KAKAO PAY").
//!
//! Exact lookups go through the incident's `name_index` (one hash lookup). Partial matches (the
//! suggestions as a reader types, the services view's search) go through an [`Index`] built once
//! per incident, so a keystroke costs one pass over the keys and no allocation per key.
//!
//! Korean is compared letter by letter (jamo), so that the syllables an input method shows while
//! a word is being composed still match: "캍" and "카토" are both on their way to "카톡". A
//! query of initial consonants only ("ㅋㅌ") matches the initials of a name (초성 search), as
//! Korean readers expect of a search box.

use super::model::{Function, Incident, Service};
use super::sort;

/// The form in which names are compared: lower case, without white space, `-`, `_`, `.`, `·`
/// or apostrophes.
pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_' | '.' | '·' | '\'' | '’'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every key a service answers to, normalised: its id, both names and its aliases.
pub fn keys_of(service: &Service) -> Vec<String> {
    let mut keys = vec![
        normalize(&service.id),
        normalize(&service.name.ko),
        normalize(&service.name.en),
    ];
    keys.extend(service.aliases.iter().map(|a| normalize(a)));
    keys.retain(|k| !k.is_empty());
    sort::sort(&mut keys);
    keys.dedup();
    keys
}

/// The service a query names exactly (after normalising), if any.
pub fn find_service(incident: &Incident, query: &str) -> Option<usize> {
    incident.name_index.get(&normalize(query)).copied()
}

/// The function of `service` that `query` names: its id, or its name in either language
/// (normalised as above).
pub fn find_function(service: &Service, query: &str) -> Option<usize> {
    let q = normalize(query);
    if q.is_empty() {
        return None;
    }
    let names = |f: &Function| {
        [
            normalize(&f.id),
            normalize(&f.name.ko),
            normalize(&f.name.en),
        ]
    };
    service
        .functions
        .iter()
        .position(|f| f.id == query)
        .or_else(|| service.functions.iter().position(|f| names(f).contains(&q)))
}

/// How well a key matched; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    Exact,
    Prefix,
    Contains,
    /// The query's consonants are the initials of the key's syllables (초성 search).
    Initials,
}

// Compatibility jamo (what input methods type), as the letters of a syllable spell out.
const LEADS: [&str; 19] = [
    "ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ", "ㅊ", "ㅋ",
    "ㅌ", "ㅍ", "ㅎ",
];
const VOWELS: [&str; 21] = [
    "ㅏ", "ㅐ", "ㅑ", "ㅒ", "ㅓ", "ㅔ", "ㅕ", "ㅖ", "ㅗ", "ㅗㅏ", "ㅗㅐ", "ㅗㅣ", "ㅛ", "ㅜ",
    "ㅜㅓ", "ㅜㅔ", "ㅜㅣ", "ㅠ", "ㅡ", "ㅡㅣ", "ㅣ",
];
const TAILS: [&str; 28] = [
    "", "ㄱ", "ㄲ", "ㄱㅅ", "ㄴ", "ㄴㅈ", "ㄴㅎ", "ㄷ", "ㄹ", "ㄹㄱ", "ㄹㅁ", "ㄹㅂ", "ㄹㅅ",
    "ㄹㅌ", "ㄹㅍ", "ㄹㅎ", "ㅁ", "ㅂ", "ㅂㅅ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ",
    "ㅎ",
];
const SYLLABLES: std::ops::RangeInclusive<u32> = 0xAC00..=0xD7A3;

/// A lone compound jamo as its typed letters ("ㄺ" -> "ㄹㄱ", "ㅘ" -> "ㅗㅏ").
fn split_jamo(c: char) -> Option<&'static str> {
    Some(match c {
        'ㄳ' => "ㄱㅅ",
        'ㄵ' => "ㄴㅈ",
        'ㄶ' => "ㄴㅎ",
        'ㄺ' => "ㄹㄱ",
        'ㄻ' => "ㄹㅁ",
        'ㄼ' => "ㄹㅂ",
        'ㄽ' => "ㄹㅅ",
        'ㄾ' => "ㄹㅌ",
        'ㄿ' => "ㄹㅍ",
        'ㅀ' => "ㄹㅎ",
        'ㅄ' => "ㅂㅅ",
        'ㅘ' => "ㅗㅏ",
        'ㅙ' => "ㅗㅐ",
        'ㅚ' => "ㅗㅣ",
        'ㅝ' => "ㅜㅓ",
        'ㅞ' => "ㅜㅔ",
        'ㅟ' => "ㅜㅣ",
        'ㅢ' => "ㅡㅣ",
        _ => return None,
    })
}

/// Spells a normalised string letter by letter: Hangul syllables become the jamo they are
/// typed with ("카톡" -> "ㅋㅏㅌㅗㄱ"); everything else stays as it is.
pub fn spell(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        let code = c as u32;
        if SYLLABLES.contains(&code) {
            let i = (code - 0xAC00) as usize;
            out.push_str(LEADS[i / (21 * 28)]);
            out.push_str(VOWELS[(i / 28) % 21]);
            out.push_str(TAILS[i % 28]);
        } else if let Some(parts) = split_jamo(c) {
            out.push_str(parts);
        } else {
            out.push(c);
        }
    }
    out
}

/// The initial consonant of every Hangul syllable ("카카오톡" -> "ㅋㅋㅇㅌ"), or `None` when
/// the string has no Hangul syllable.
pub fn initials(s: &str) -> Option<String> {
    let out: String = s
        .chars()
        .filter(|c| SYLLABLES.contains(&(*c as u32)))
        .filter_map(|c| {
            LEADS[((c as u32 - 0xAC00) / (21 * 28)) as usize]
                .chars()
                .next()
        })
        .collect();
    (!out.is_empty()).then_some(out)
}

/// Whether a query is made of lone consonants only (a 초성 query such as "ㅋㅌ").
fn all_consonants(q: &str) -> bool {
    !q.is_empty() && q.chars().all(|c| ('ㄱ'..='ㅎ').contains(&c))
}

/// One key of one service, in the forms matching needs.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    plain: String,
    spelled: String,
    initials: Option<String>,
    service: usize,
}

/// Every key of every service, prepared once per incident for partial matching.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Index {
    keys: Vec<Key>,
    services: usize,
}

impl Index {
    pub fn new(incident: &Incident) -> Index {
        let keys = incident
            .services
            .iter()
            .enumerate()
            .flat_map(|(i, s)| {
                keys_of(s).into_iter().map(move |plain| Key {
                    spelled: spell(&plain),
                    initials: initials(&plain),
                    plain,
                    service: i,
                })
            })
            .collect();
        Index {
            keys,
            services: incident.services.len(),
        }
    }

    /// The best rank of every service that matches `query`, by service index (`None`: no
    /// match). An empty query matches nothing.
    pub fn ranks(&self, query: &str) -> Vec<Option<Rank>> {
        let mut best: Vec<Option<Rank>> = vec![None; self.services];
        let q = normalize(query);
        if q.is_empty() {
            return best;
        }
        let spelled = spell(&q);
        let consonants = all_consonants(&q);
        for k in &self.keys {
            let rank = if k.plain == q {
                Some(Rank::Exact)
            } else if k.spelled.starts_with(&spelled) {
                Some(Rank::Prefix)
            } else if k.spelled.contains(&spelled) {
                Some(Rank::Contains)
            } else if consonants && k.initials.as_ref().is_some_and(|i| i.contains(&q)) {
                Some(Rank::Initials)
            } else {
                None
            };
            if let (Some(r), Some(slot)) = (rank, best.get_mut(k.service)) {
                *slot = Some(slot.map_or(r, |b| b.min(r)));
            }
        }
        best
    }

    /// Services matching `query`, best first (then in data order), at most `limit`.
    pub fn suggest(&self, query: &str, limit: usize) -> Vec<usize> {
        let mut ranked: Vec<(Rank, usize)> = self
            .ranks(query)
            .into_iter()
            .enumerate()
            .filter_map(|(i, r)| r.map(|r| (r, i)))
            .collect();
        sort::sort(&mut ranked);
        ranked.into_iter().take(limit).map(|(_, i)| i).collect()
    }

    /// The services whose names come closest to `query`: those within a few typing slips of it
    /// (see [`distance`]; Korean compared letter by letter, so "카카오텍" is one slip from
    /// "카카오톡"), nearest first; then the matches of ever shorter beginnings of it, so that a
    /// misspelt id ("kakao-tallk") still finds something. A beginning keeps at least half the
    /// query and three letters (two Hangul syllables), so "nope" does not turn into "no" and
    /// find "notifications".
    pub fn closest(&self, query: &str, limit: usize) -> Vec<usize> {
        let q: Vec<char> = normalize(query).chars().collect();
        let mut out = self.near(&q.iter().collect::<String>(), limit);
        let hangul = q.iter().any(|c| SYLLABLES.contains(&(*c as u32)));
        let shortest = (q.len() + 1).div_ceil(2).max(if hangul { 2 } else { 3 });
        let start = (shortest..=q.len())
            .rev()
            .map(|n| self.suggest(&q[..n].iter().collect::<String>(), limit))
            .find(|found| !found.is_empty())
            .unwrap_or_default();
        for i in start {
            if !out.contains(&i) {
                out.push(i);
            }
        }
        out.truncate(limit);
        out
    }

    /// The services with a key within a quarter of the query's letters (at least one) of it,
    /// nearest first, then in data order. Queries of fewer than three letters have none.
    fn near(&self, q: &str, limit: usize) -> Vec<usize> {
        let spelled: Vec<char> = spell(q).chars().collect();
        if spelled.len() < 3 {
            return Vec::new();
        }
        let most = (spelled.len() / 4).max(1);
        let mut best: Vec<Option<usize>> = vec![None; self.services];
        let mut key = Vec::new();
        for k in &self.keys {
            key.clear();
            key.extend(k.spelled.chars());
            if let Some(d) = distance(&spelled, &key, most) {
                if let Some(slot) = best.get_mut(k.service) {
                    *slot = Some(slot.map_or(d, |b| b.min(d)));
                }
            }
        }
        let mut ranked: Vec<(usize, usize)> = best
            .into_iter()
            .enumerate()
            .filter_map(|(i, d)| d.map(|d| (d, i)))
            .collect();
        sort::sort(&mut ranked);
        ranked.into_iter().take(limit).map(|(_, i)| i).collect()
    }

    /// The services with a key that `q` (normalised) starts with, and that key's length in
    /// bytes: "daummail" starts with Daum's "daum".
    pub fn prefixes_of<'a>(&'a self, q: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.keys
            .iter()
            .filter(move |k| q.starts_with(k.plain.as_str()))
            .map(|k| (k.service, k.plain.len()))
    }

    /// Whether each service matches `query` (all do when the query is blank), by index.
    pub fn filter(&self, query: &str) -> Vec<bool> {
        if normalize(query).is_empty() {
            return vec![true; self.services];
        }
        self.ranks(query).into_iter().map(|r| r.is_some()).collect()
    }
}

/// The number of typing slips between `a` and `b` (letters left out, added, changed, or two
/// side by side swapped: the optimal string alignment distance), if at most `most`.
pub fn distance(a: &[char], b: &[char], most: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > most {
        return None;
    }
    let w = b.len() + 1;
    let mut rows = vec![0usize; 3 * w];
    for (j, cell) in rows[..w].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (cur, prev, prev2) = (i % 3 * w, (i - 1) % 3 * w, (i + 1) % 3 * w);
        rows[cur] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[prev + j] + 1)
                .min(rows[cur + j - 1] + 1)
                .min(rows[prev + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[prev2 + j - 2] + 1);
            }
            rows[cur + j] = d;
            row_min = row_min.min(d);
        }
        if row_min > most {
            return None;
        }
    }
    let d = rows[a.len() % 3 * w + b.len()];
    (d <= most).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"{"format_version":1,
      "incident":{"id":"t","title":{"ko":"시험","en":"Test"},"summary":{"ko":"요약","en":"Summary"},
        "time_zone":{"name":"Asia/Seoul","abbr":"KST","offset":"+09:00"},
        "start":"2022-10-15T15:30:00+09:00","end":"2022-10-16T15:30:00+09:00",
        "as_of":"2022-10-20T00:00:00+09:00","sources":["s"]},
      "sources":[{"id":"s","publisher":"P","title":"T","url":"https://example.org/","date":"2022-10-16"}],
      "operators":[{"id":"k","name":{"ko":"카카오","en":"Kakao"}}],
      "services":[
        {"id":"kakaotalk","name":{"ko":"카카오톡","en":"KakaoTalk"},"aliases":["카톡","katalk"],
         "operator":"k","category":"messaging","sources":["s"],
         "functions":[{"id":"text","name":{"ko":"문자 메시지","en":"Text messaging"},"status":[]},
                      {"id":"pc-login","name":{"ko":"PC 로그인","en":"PC login"},"status":[]}]},
        {"id":"kakao-t","name":{"ko":"카카오 T","en":"Kakao T"},"aliases":["카카오택시","kakao taxi"],
         "operator":"k","category":"mobility","sources":["s"],"functions":[{"id":"all","name":{"ko":"전체","en":"Whole service"},"status":[]}]},
        {"id":"kakao-pay","name":{"ko":"카카오페이","en":"Kakao Pay"},"aliases":["카페이"],
         "operator":"k","category":"payments","sources":["s"],"functions":[{"id":"all","name":{"ko":"전체","en":"Whole service"},"status":[]}]},
        {"id":"daum","name":{"ko":"다음","en":"Daum"},"aliases":["한메일"],
         "operator":"k","category":"portal","sources":["s"],"functions":[{"id":"all","name":{"ko":"전체","en":"Whole service"},"status":[]}]}
      ]}"#;

    fn inc() -> Incident {
        crate::data::parse(FILE).unwrap_or_else(|e| panic!("{e:?}"))
    }
    fn ids(inc: &Incident, list: Vec<usize>) -> Vec<&str> {
        list.into_iter()
            .map(|i| inc.services[i].id.as_str())
            .collect()
    }
    fn found(q: &str) -> Option<String> {
        let inc = inc();
        find_service(&inc, q).map(|i| inc.services[i].id.clone())
    }
    fn sug(q: &str) -> Vec<String> {
        let inc = inc();
        let out = ids(&inc, Index::new(&inc).suggest(q, 10));
        out.into_iter().map(String::from).collect()
    }

    #[test]
    fn normalize_folds_case_spaces_and_punctuation() {
        assert_eq!(normalize("KAKAO PAY"), "kakaopay");
        assert_eq!(normalize("Kakao T"), "kakaot");
        assert_eq!(normalize(" 카 톡 "), "카톡");
        assert_eq!(normalize("Kakao-Talk"), "kakaotalk");
        assert_eq!(normalize("Daum·Kakao Mail"), "daumkakaomail");
        assert_eq!(normalize("O’Brien's"), "obriens");
        assert_eq!(normalize("\u{3000}카카오\tT\n"), "카카오t");
    }

    #[test]
    fn exact_by_id() {
        assert_eq!(found("kakao-t").as_deref(), Some("kakao-t"));
    }
    #[test]
    fn exact_by_korean_name() {
        assert_eq!(found("카카오톡").as_deref(), Some("kakaotalk"));
    }
    #[test]
    fn exact_by_english_name() {
        assert_eq!(found("KakaoTalk").as_deref(), Some("kakaotalk"));
    }
    #[test]
    fn exact_by_korean_alias() {
        assert_eq!(found("카톡").as_deref(), Some("kakaotalk"));
    }
    #[test]
    fn exact_by_english_alias() {
        assert_eq!(found("Kakao Taxi").as_deref(), Some("kakao-t"));
    }
    #[test]
    fn exact_ignores_case_and_spaces() {
        assert_eq!(found("KAKAO PAY").as_deref(), Some("kakao-pay"));
        assert_eq!(found("kakaot").as_deref(), Some("kakao-t"));
        assert_eq!(found(" 카 카 오 T ").as_deref(), Some("kakao-t"));
        assert_eq!(found("Kakao_Pay").as_deref(), Some("kakao-pay"));
    }
    #[test]
    fn exact_needs_the_whole_name() {
        assert_eq!(found("카카"), None);
        assert_eq!(found("kakao"), None);
        assert_eq!(found(""), None);
        assert_eq!(found("   "), None);
    }

    #[test]
    fn suggest_puts_exact_before_prefix_before_substring() {
        // "kakaot" is Kakao T exactly, and the start of "kakaotalk".
        assert_eq!(sug("kakaot"), ["kakao-t", "kakaotalk"]);
        // "pay" is inside "kakaopay" only.
        assert_eq!(sug("pay"), ["kakao-pay"]);
    }
    #[test]
    fn suggest_by_prefix_keeps_data_order() {
        assert_eq!(sug("kakao"), ["kakaotalk", "kakao-t", "kakao-pay"]);
        assert_eq!(sug("카카오"), ["kakaotalk", "kakao-t", "kakao-pay"]);
    }
    #[test]
    fn suggest_by_substring_in_korean() {
        assert_eq!(sug("톡"), ["kakaotalk"]);
        assert_eq!(sug("메일"), ["daum"]);
    }
    #[test]
    fn suggest_follows_a_word_being_composed() {
        // "캍" is what an input method shows between "카" and "카톡".
        assert_eq!(sug("캍"), ["kakaotalk"]);
        assert_eq!(sug("카토"), ["kakaotalk"]);
        // "캌" on the way to "카카오".
        assert_eq!(sug("캌"), ["kakaotalk", "kakao-t", "kakao-pay"]);
        // A lone final cluster or compound vowel as typed.
        assert_eq!(spell("ㄺ"), "ㄹㄱ");
        assert_eq!(spell("와"), "ㅇㅗㅏ");
    }
    #[test]
    fn suggest_by_initial_consonants() {
        assert_eq!(sug("ㅋㅌ"), ["kakaotalk"]);
        assert_eq!(sug("ㄷㅇ"), ["daum"]);
        assert_eq!(initials("카카오톡").as_deref(), Some("ㅋㅋㅇㅌ"));
        assert_eq!(initials("kakao"), None);
    }
    #[test]
    fn suggest_ignores_case_and_spaces() {
        assert_eq!(sug("KAKAO PAY"), ["kakao-pay"]);
        assert_eq!(sug("Kakao  Ta"), ["kakaotalk", "kakao-t"]);
    }
    #[test]
    fn suggest_nothing_for_blank_or_unknown() {
        assert!(sug("").is_empty());
        assert!(sug("  ").is_empty());
        assert!(sug("naver").is_empty());
    }
    #[test]
    fn suggest_respects_the_limit() {
        let inc = inc();
        assert_eq!(Index::new(&inc).suggest("kakao", 2).len(), 2);
        assert_eq!(Index::new(&inc).suggest("kakao", 1), vec![0]);
    }
    #[test]
    fn closest_falls_back_to_shorter_beginnings() {
        let inc = inc();
        let index = Index::new(&inc);
        assert_eq!(ids(&inc, index.closest("kakao-tallk", 5)), ["kakaotalk"]);
        assert_eq!(ids(&inc, index.closest("daumm", 5)), ["daum"]);
        assert_eq!(ids(&inc, index.closest("카카오톡", 5)), ["kakaotalk"]);
        assert!(index.closest("zz", 5).is_empty());
        assert!(index.closest("k", 5).is_empty());
        // Too little of it left to go on.
        assert!(index.closest("dazzle", 5).is_empty());
        assert_eq!(ids(&inc, index.closest("카카오톸", 1)), ["kakaotalk"]);
    }
    #[test]
    fn filter_matches_all_when_blank() {
        let inc = inc();
        let index = Index::new(&inc);
        assert_eq!(index.filter(" "), vec![true; 4]);
        assert_eq!(index.filter("daum"), vec![false, false, false, true]);
    }
    #[test]
    fn spell_leaves_latin_alone() {
        assert_eq!(spell("kakao t"), "kakao t");
        assert_eq!(spell("카톡"), "ㅋㅏㅌㅗㄱ");
        assert_eq!(spell("힣"), "ㅎㅣㅎ");
        assert_eq!(spell("가"), "ㄱㅏ");
    }
    #[test]
    fn functions_by_id_or_name() {
        let inc = inc();
        let talk = &inc.services[0];
        assert_eq!(find_function(talk, "pc-login"), Some(1));
        assert_eq!(find_function(talk, "PC 로그인"), Some(1));
        assert_eq!(find_function(talk, "text messaging"), Some(0));
        assert_eq!(find_function(talk, "photos"), None);
        assert_eq!(find_function(talk, ""), None);
    }
    #[test]
    fn distance_counts_slips() {
        let d = |a: &str, b: &str| {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            distance(&a, &b, 9)
        };
        assert_eq!(d("kakaotalk", "kakaotalk"), Some(0));
        assert_eq!(d("kakaotlak", "kakaotalk"), Some(1));
        assert_eq!(d("kakaotak", "kakaotalk"), Some(1));
        assert_eq!(d("kakaotallk", "kakaotalk"), Some(1));
        assert_eq!(d("kekaotalk", "kakaotalk"), Some(1));
        assert_eq!(d("abc", ""), Some(3));
        assert_eq!(d("ca", "abc"), Some(3));
        let (a, b): (Vec<char>, Vec<char>) =
            ("abcdef".chars().collect(), "ghijkl".chars().collect());
        assert_eq!(distance(&a, &b, 2), None);
        assert_eq!(distance(&a, &a[..2], 2), None);
    }
    #[test]
    fn closest_puts_a_slip_first() {
        let inc = inc();
        let index = Index::new(&inc);
        assert_eq!(ids(&inc, index.closest("kakaotlak", 5))[0], "kakaotalk");
        // One letter (jamo) off in Korean: 톡 -> 텍.
        assert_eq!(
            ids(&inc, index.closest("카카오텍", 5)),
            ["kakaotalk", "kakao-t", "kakao-pay"]
        );
        assert_eq!(ids(&inc, index.closest("duam", 5)), ["daum"]);
    }
    #[test]
    fn prefixes_are_the_keys_a_query_starts_with() {
        let inc = inc();
        let index = Index::new(&inc);
        let mut found: Vec<(usize, usize)> = index.prefixes_of("kakaotalkphotos").collect();
        found.sort();
        assert_eq!(found, [(0, 9), (1, 6)]);
        assert_eq!(index.prefixes_of("zz").count(), 0);
    }
}
