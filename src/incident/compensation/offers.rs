//! Which offers fit a claimant group or a service, the groups and services they name, and the
//! figures of the data an offer needs (fee-waiver windows, outage hours for the prefill).

use crate::incident::model::{ClaimantIx, Incident, Rule, ServiceIx, Span};
use crate::incident::status::{any_function_down, fully_down};

/// The offers for a claimant group, in file order.
pub fn offers_for_claimant(incident: &Incident, claimant: usize) -> Vec<usize> {
    offers_for(incident, Some(ClaimantIx(claimant)), None)
}

/// The offers that name a service, in file order.
pub fn offers_for_service(incident: &Incident, service: usize) -> Vec<usize> {
    offers_for(incident, None, Some(ServiceIx(service)))
}

/// The offers that fit both filters (a `None` filter lets everything through).
pub fn offers_for(
    incident: &Incident,
    claimant: Option<ClaimantIx>,
    service: Option<ServiceIx>,
) -> Vec<usize> {
    incident
        .compensation
        .iter()
        .enumerate()
        .filter(|(_, o)| claimant.is_none_or(|c| o.claimants.contains(&c.0)))
        .filter(|(_, o)| service.is_none_or(|s| o.services.contains(&s.0)))
        .map(|(i, _)| i)
        .collect()
}

/// The claimant groups with at least one offer for a service, in file order.
pub fn claimants_for_service(incident: &Incident, service: usize) -> Vec<usize> {
    (0..incident.claimants.len())
        .filter(|&c| {
            !offers_for(incident, Some(ClaimantIx(c)), Some(ServiceIx(service))).is_empty()
        })
        .collect()
}

/// The services named by a group's offers, in the order of the incident's services.
pub fn services_of_claimant(incident: &Incident, claimant: usize) -> Vec<usize> {
    let offers = offers_for_claimant(incident, claimant);
    (0..incident.services.len())
        .filter(|s| {
            offers
                .iter()
                .any(|&o| incident.compensation[o].services.contains(s))
        })
        .collect()
}

/// The claimant groups to offer: those with an offer for the filtered service, or every group
/// (also when none has an offer for it).
pub fn groups_for(incident: &Incident, filter: Option<usize>) -> Vec<usize> {
    match filter.map(|s| claimants_for_service(incident, s)) {
        Some(g) if !g.is_empty() => g,
        _ => (0..incident.claimants.len()).collect(),
    }
}

/// The windows of the fee-waiver rules among the offers that fit, in file order.
pub fn fee_waiver_windows(
    incident: &Incident,
    claimant: Option<usize>,
    service: Option<usize>,
) -> Vec<Span> {
    offers_for(incident, claimant.map(ClaimantIx), service.map(ServiceIx))
        .into_iter()
        .filter_map(
            |o| match incident.compensation[o].rule.as_ref().map(|r| &r.rule) {
                Some(Rule::FeeWaiver { window, .. }) => Some(window.clone()),
                _ => None,
            },
        )
        .collect()
}

/// How long a service was down in the data, in both meanings of "down", in hours to one
/// decimal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OutageHours {
    /// At least one function down (`status::any_function_down`): what the estimator prefills
    /// for "how long were you hit", since a reader who used that function was hit.
    pub any_function_down: f64,
    /// Every function down at once (`status::fully_down`), as the chart and the checker say.
    pub fully_down: f64,
}

/// The service's outage hours, for prefilling "how long were you hit"; `None` when the data has
/// no outage for it. Open intervals count up to the end of what the data covers.
pub fn outage_hours(incident: &Incident, service: usize) -> Option<OutageHours> {
    let s = incident.services.get(service)?;
    let hours = |d: chrono::Duration| (d.num_minutes() as f64 / 6.0).round() / 10.0;
    let until = &incident.covers.to;
    let any = hours(any_function_down(s, until));
    (any > 0.0).then(|| OutageHours {
        any_function_down: any,
        fully_down: hours(fully_down(s, until)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::compensation::fixtures::*;

    #[test]
    fn offers_of_a_group() {
        let inc = fixture();
        assert_eq!(
            ids(&inc, &offers_for_claimant(&inc, c(&inc, "drivers"))),
            ["driver-points", "driver-waiver"]
        );
    }
    #[test]
    fn offers_of_a_service() {
        let inc = fixture();
        assert_eq!(
            ids(&inc, &offers_for_service(&inc, s(&inc, "beta"))),
            ["shop-cash", "shop-credit", "fan-extension", "fan-goodwill"]
        );
    }
    #[test]
    fn offers_of_a_group_and_service() {
        let inc = fixture();
        assert_eq!(
            ids(
                &inc,
                &offers_for(
                    &inc,
                    Some(ClaimantIx(c(&inc, "shops"))),
                    Some(ServiceIx(s(&inc, "alpha")))
                )
            ),
            ["shop-cash"]
        );
    }
    #[test]
    fn groups_of_a_service() {
        let inc = fixture();
        assert_eq!(
            claimants_for_service(&inc, s(&inc, "alpha")),
            vec![c(&inc, "drivers"), c(&inc, "shops")]
        );
    }
    #[test]
    fn services_of_a_group() {
        let inc = fixture();
        assert_eq!(
            services_of_claimant(&inc, c(&inc, "shops")),
            vec![s(&inc, "alpha"), s(&inc, "beta")]
        );
        assert_eq!(
            services_of_claimant(&inc, c(&inc, "nobody")),
            Vec::<usize>::new()
        );
    }
    #[test]
    fn outage_hours_prefill() {
        let inc = fixture();
        assert_eq!(
            outage_hours(&inc, s(&inc, "alpha")).map(|h| h.any_function_down),
            Some(10.0)
        );
        assert_eq!(
            outage_hours(&inc, s(&inc, "beta")).map(|h| h.any_function_down),
            Some(3.0)
        );
    }
    #[test]
    fn groups_for_a_filter() {
        let inc = fixture();
        assert_eq!(
            groups_for(&inc, Some(s(&inc, "alpha"))),
            vec![c(&inc, "drivers"), c(&inc, "shops")]
        );
        assert_eq!(groups_for(&inc, None).len(), 4);
    }
    #[test]
    fn fee_waiver_windows_of_a_group() {
        let inc = fixture();
        let w = fee_waiver_windows(&inc, Some(c(&inc, "drivers")), None);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].from, t("2022-10-15T15:00:00+09:00"));
        assert!(fee_waiver_windows(&inc, Some(c(&inc, "shops")), None).is_empty());
    }
}
