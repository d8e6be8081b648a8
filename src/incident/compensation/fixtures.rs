//! Helpers for the compensation tests: rules, answers, windows, and the small incident of
//! `tests/fixtures/compensation.json`.

use super::input::Answers;
use super::rules::Applied;
use crate::incident::model::{ClaimWindow, Incident, Rule, Span, Tier, Time};
use chrono::DateTime;

pub(crate) fn t(s: &str) -> Time {
    DateTime::parse_from_rfc3339(s).unwrap()
}
pub(crate) fn fee(won: i64) -> Answers {
    Answers {
        monthly_fee: Some(won),
        ..Answers::default()
    }
}
pub(crate) fn loss(won: i64) -> Answers {
    Answers {
        loss: Some(won),
        ..Answers::default()
    }
}
pub(crate) fn tiers() -> Rule {
    Rule::CashTiers {
        tiers: vec![
            Tier {
                up_to: 300_000,
                pays: 30_000,
            },
            Tier {
                up_to: 500_000,
                pays: 50_000,
            },
        ],
    }
}
pub(crate) fn six_of_31() -> Rule {
    Rule::DaysOfMonthlyFee {
        days: 6.0,
        days_in_month: 31.0,
        round_to: 10,
    }
}
pub(crate) fn ten_x(min_hours: Option<f64>) -> Rule {
    Rule::MultipleOfOutage {
        multiple: 10.0,
        days_in_month: 30.0,
        min_hours,
    }
}
pub(crate) fn waiver() -> Rule {
    Rule::FeeWaiver {
        percent: 20.0,
        window: Span {
            from: t("2022-10-15T15:00:00+09:00"),
            to: t("2022-10-16T09:00:00+09:00"),
        },
    }
}
pub(crate) fn won(a: &Applied) -> Option<i64> {
    a.award.and_then(|a| a.won)
}
pub(crate) fn days(a: &Applied) -> Option<f64> {
    a.award.and_then(|a| a.days)
}
pub(crate) fn window(opens: Option<&str>, closes: Option<&str>) -> ClaimWindow {
    ClaimWindow {
        label: Default::default(),
        opens: opens.map(t),
        closes: closes.map(t),
    }
}
// On a small incident (tests/fixtures/compensation.json).
pub(crate) fn fixture() -> Incident {
    crate::data::parse(include_str!("../../../tests/fixtures/compensation.json")).unwrap()
}
pub(crate) fn c(inc: &Incident, id: &str) -> usize {
    inc.claimant_by_id(id).unwrap()
}
pub(crate) fn s(inc: &Incident, id: &str) -> usize {
    inc.service_by_id(id).unwrap()
}
pub(crate) fn ids(inc: &Incident, offers: &[usize]) -> Vec<String> {
    offers
        .iter()
        .map(|&o| inc.compensation[o].id.clone())
        .collect()
}
pub(crate) const TODAY: &str = "2026-11-22T12:00:00+09:00";
