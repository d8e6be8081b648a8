//! Finding a service the way people say it: by id, by name in either language or by alias,
//! ignoring case, spaces and light punctuation ("카톡", "kakaot", "KAKAO PAY").

use super::model::Incident;

/// The form in which names are compared: lower case, without white space, `-`, `_`, `.`, `·`
/// or apostrophes.
pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_' | '.' | '·' | '\'' | '’'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every key a service answers to, normalised: its id, both names and its aliases.
pub fn keys_of(service: &super::model::Service) -> Vec<String> {
    let mut keys = vec![
        normalize(&service.id),
        normalize(&service.name.ko),
        normalize(&service.name.en),
    ];
    keys.extend(service.aliases.iter().map(|a| normalize(a)));
    keys.retain(|k| !k.is_empty());
    keys.sort();
    keys.dedup();
    keys
}

/// The service a query names exactly (after normalising), if any.
pub fn find_service(incident: &Incident, query: &str) -> Option<usize> {
    incident.name_index.get(&normalize(query)).copied()
}

/// Services whose keys match the query: exact matches first, then those that start with it,
/// then those that contain it; each group in data order; at most `limit`.
pub fn suggest(incident: &Incident, query: &str, limit: usize) -> Vec<usize> {
    let q = normalize(query);
    if q.is_empty() {
        return Vec::new();
    }
    let mut ranked: Vec<(u8, usize)> = Vec::new();
    for (i, service) in incident.services.iter().enumerate() {
        let rank = keys_of(service)
            .iter()
            .filter_map(|k| {
                if *k == q {
                    Some(0)
                } else if k.starts_with(&q) {
                    Some(1)
                } else if k.contains(&q) {
                    Some(2)
                } else {
                    None
                }
            })
            .min();
        if let Some(rank) = rank {
            ranked.push((rank, i));
        }
    }
    ranked.sort();
    ranked.into_iter().take(limit).map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_case_spaces_and_punctuation() {
        assert_eq!(normalize("KAKAO PAY"), "kakaopay");
        assert_eq!(normalize("Kakao T"), "kakaot");
        assert_eq!(normalize(" 카 톡 "), "카톡");
        assert_eq!(normalize("Kakao-Talk"), "kakaotalk");
        assert_eq!(normalize("Daum·Kakao Mail"), "daumkakaomail");
    }
}
