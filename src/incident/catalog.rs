//! The affected services as the services view lists them: one group per provider the incident
//! hit directly (Kakao's, Naver's, in data order), then one group of all third parties hit
//! through them; and the compensation offers that name a service. Pure: no browser, no clock.

use super::model::{Incident, OperatorRole};

/// One provider's services, or (`operator: None`) every third party's, in data order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Index into `Incident::operators`; `None` for the third parties.
    pub operator: Option<usize>,
    /// Indexes into `Incident::services`.
    pub services: Vec<usize>,
}

/// The services for which `shown[i]` holds, grouped: providers in data order, then the third
/// parties together; empty groups left out.
pub fn groups(incident: &Incident, shown: &[bool]) -> Vec<Group> {
    let mut by_operator: Vec<Vec<usize>> = vec![Vec::new(); incident.operators.len()];
    let mut third_parties = Vec::new();
    for (i, s) in incident.services.iter().enumerate() {
        if !shown.get(i).copied().unwrap_or(false) {
            continue;
        }
        match incident.operators.get(s.operator).map(|o| o.role) {
            Some(OperatorRole::ThirdParty) => third_parties.push(i),
            _ => {
                if let Some(list) = by_operator.get_mut(s.operator) {
                    list.push(i);
                }
            }
        }
    }
    let mut out: Vec<Group> = by_operator
        .into_iter()
        .enumerate()
        .filter(|(_, services)| !services.is_empty())
        .map(|(operator, services)| Group {
            operator: Some(operator),
            services,
        })
        .collect();
    if !third_parties.is_empty() {
        out.push(Group {
            operator: None,
            services: third_parties,
        });
    }
    out
}

/// How many compensation offers name this service.
pub fn offer_count(incident: &Incident, service: usize) -> usize {
    incident
        .compensation
        .iter()
        .filter(|o| o.services.contains(&service))
        .count()
}

/// Takes the first `limit` services across the groups, keeping the grouping; says how many
/// were left out. The view renders long lists a page at a time.
pub fn take(groups: &[Group], limit: usize) -> (Vec<Group>, usize) {
    let mut left = limit;
    let mut out = Vec::new();
    let mut hidden = 0;
    for g in groups {
        let n = g.services.len().min(left);
        hidden += g.services.len() - n;
        left -= n;
        if n > 0 {
            out.push(Group {
                operator: g.operator,
                services: g.services[..n].to_vec(),
            });
        }
    }
    (out, hidden)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"{"format_version":1,
      "incident":{"id":"t","title":{"ko":"시험","en":"Test"},"summary":{"ko":"요약","en":"Summary"},
        "time_zone":{"name":"Asia/Seoul","abbr":"KST","offset":"+09:00"},
        "start":"2022-10-15T15:30:00+09:00","as_of":"2022-10-20T00:00:00+09:00","sources":["s"]},
      "sources":[{"id":"s","publisher":"P","title":"T","url":"https://example.org/","date":"2022-10-16"}],
      "operators":[{"id":"k","name":{"ko":"카카오","en":"Kakao"}},{"id":"n","name":{"ko":"네이버","en":"Naver"}},
                   {"id":"x","name":{"ko":"없음","en":"Nobody"}},{"id":"u","name":{"ko":"두나무","en":"Dunamu"},"role":"third-party"}],
      "services":[
        {"id":"a","name":{"ko":"가","en":"A"},"operator":"k","category":"other","sources":["s"],"functions":[{"id":"all","name":{"ko":"전체","en":"Whole service"},"status":[]}]},
        {"id":"up","name":{"ko":"업비트","en":"Upbit"},"operator":"u","category":"finance","sources":["s"],"functions":[{"id":"all","name":{"ko":"전체","en":"Whole service"},"status":[]}]},
        {"id":"b","name":{"ko":"나","en":"B"},"operator":"k","category":"other","sources":["s"],"functions":[{"id":"all","name":{"ko":"전체","en":"Whole service"},"status":[]}]},
        {"id":"nv","name":{"ko":"네이버","en":"Naver"},"operator":"n","category":"portal","sources":["s"],"functions":[{"id":"all","name":{"ko":"전체","en":"Whole service"},"status":[]}]}
      ],
      "claimants":[{"id":"all","name":{"ko":"모두","en":"All"}}],
      "compensation":[
        {"id":"o1","claimants":["all"],"services":["a","b"],"offer":{"ko":"1","en":"1"},"status":"paid","sources":["s"]},
        {"id":"o2","claimants":["all"],"services":["a"],"offer":{"ko":"2","en":"2"},"status":"paid","sources":["s"]}
      ]}"#;

    fn inc() -> Incident {
        crate::data::parse(FILE).unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn providers_in_data_order_then_third_parties_together() {
        let g = groups(&inc(), &[true; 4]);
        let shape: Vec<(Option<usize>, Vec<usize>)> =
            g.into_iter().map(|g| (g.operator, g.services)).collect();
        assert_eq!(
            shape,
            vec![(Some(0), vec![0, 2]), (Some(1), vec![3]), (None, vec![1])]
        );
    }
    #[test]
    fn groups_only_hold_shown_services() {
        let g = groups(&inc(), &[false, true, false, false]);
        assert_eq!(
            g,
            vec![Group {
                operator: None,
                services: vec![1]
            }]
        );
        assert!(groups(&inc(), &[]).is_empty());
    }
    #[test]
    fn offers_are_counted_per_service() {
        let inc = inc();
        assert_eq!(offer_count(&inc, 0), 2);
        assert_eq!(offer_count(&inc, 2), 1);
        assert_eq!(offer_count(&inc, 1), 0);
        assert_eq!(offer_count(&inc, 99), 0);
    }
    #[test]
    fn take_caps_across_groups() {
        let g = groups(&inc(), &[true; 4]);
        let (first, hidden) = take(&g, 3);
        assert_eq!(hidden, 1);
        assert_eq!(first.iter().map(|g| g.services.len()).sum::<usize>(), 3);
        assert_eq!(first[1].services, vec![3]);
        assert_eq!(take(&g, 10).1, 0);
        assert_eq!(take(&g, 0), (vec![], 4));
    }
}
