//! The rule engine: grades an estimate for a rule and the answers, and records its
//! arithmetic as data (`Step`s) so the view can show it line by line.

use super::input::{needs, Answers, Need};
use super::offers::offers_for;
use super::windows::{deadline, Deadline};
use crate::incident::model::{ClaimantIx, Incident, Rule, ServiceIx, Time};

/// How an estimate turned out, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grade {
    LikelyEntitled,
    Possibly,
    NotEntitled,
    NotEnoughInformation,
}

impl Grade {
    /// The value of the public `data-grade` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::LikelyEntitled => "likely-entitled",
            Grade::Possibly => "possibly",
            Grade::NotEntitled => "not-entitled",
            Grade::NotEnoughInformation => "not-enough-information",
        }
    }
}

/// Why an estimate is graded as it is, when the grade needs a reason.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// These answers are missing.
    Missing(Vec<Need>),
    /// The outage was shorter than the rule's minimum.
    BelowMinHours { hours: f64, min: f64 },
    /// Zero hours hit.
    NotHit,
    /// A monthly fee of zero: nothing to refund.
    NoFee,
    /// A reported loss of zero.
    NoLoss,
    /// No fees earned inside the window: nothing to waive.
    NoFares,
    /// The loss is above the last tier: decided case by case.
    AboveLastTier { last_up_to: i64 },
    /// The offer has no rule the estimator can compute.
    NoRule,
}

/// What an estimate comes to: money, days of extension, both, or (with `either`) one of the
/// two, not both.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Award {
    pub won: Option<i64>,
    pub days: Option<f64>,
    /// The money or the days, not both.
    pub either: bool,
}

/// A quantity in the arithmetic, kept with its unit so each locale can print it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    /// An amount in won, possibly with a fraction before rounding.
    Won(f64),
    /// A plain number (a multiple, a count of days in a formula).
    Number(f64),
    Hours(f64),
    Days(f64),
    Percent(f64),
    /// The hours of a month of `days` days: printed `(30 × 24 h)`.
    MonthHours(f64),
}

impl Value {
    /// The value as a number in the formula.
    pub fn amount(self) -> f64 {
        match self {
            Value::Won(v) | Value::Number(v) | Value::Hours(v) | Value::Days(v) => v,
            Value::Percent(p) => p / 100.0,
            Value::MonthHours(d) => d * 24.0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Times,
    DividedBy,
}

/// How a computed amount was rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rounding {
    /// Up to a multiple of `unit` won.
    Up { unit: i64, to: i64 },
}

/// One line of the arithmetic, as data.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// `first op v op v … = result`, then perhaps rounded.
    Calc {
        first: Value,
        rest: Vec<(Op, Value)>,
        result: Value,
        rounded: Option<Rounding>,
    },
    /// The outage against a rule's minimum (`≥` meets it).
    AtLeast { hours: f64, min: f64, met: bool },
    /// Hours counted as days, each started day counting whole.
    StartedDays { hours: f64, days: f64 },
    /// The reported loss falls in a tier: above `above` (if any), up to `up_to` inclusive.
    Tier {
        loss: i64,
        above: Option<i64>,
        up_to: i64,
        pays: i64,
    },
    /// The reported loss is above every tier.
    AboveTiers { loss: i64, last_up_to: i64 },
    /// The window a fee waiver covers, and its length.
    Window { from: Time, to: Time, hours: f64 },
}

/// A rule applied to the answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub grade: Grade,
    pub award: Option<Award>,
    pub reason: Option<Reason>,
    pub steps: Vec<Step>,
}

impl Applied {
    fn likely(award: Award, steps: Vec<Step>) -> Applied {
        Applied {
            grade: Grade::LikelyEntitled,
            award: Some(award),
            reason: None,
            steps,
        }
    }
    fn not(reason: Reason, steps: Vec<Step>) -> Applied {
        Applied {
            grade: Grade::NotEntitled,
            award: None,
            reason: Some(reason),
            steps,
        }
    }
}

/// Guards against `39000 × 6 / 31` landing a hair above a whole number before rounding up.
const EPS: f64 = 1e-9;

fn calc(first: Value, rest: Vec<(Op, Value)>, unit: fn(f64) -> Value) -> (Step, f64) {
    let v = rest.iter().fold(first.amount(), |acc, (op, x)| match op {
        Op::Times => acc * x.amount(),
        Op::DividedBy => acc / x.amount(),
    });
    let step = Step::Calc {
        first,
        rest,
        result: unit(v),
        rounded: None,
    };
    (step, v)
}

/// Applies a rule to the answers: a graded outcome with its arithmetic. Missing answers give
/// `NotEnoughInformation` naming them; answers that rule the reader out give `NotEntitled`
/// with the reason; a loss above the last cash tier gives `Possibly` (case by case).
pub fn apply(rule: &Rule, answers: &Answers) -> Applied {
    let missing: Vec<Need> = needs(rule)
        .into_iter()
        .filter(|n| !answers.has(*n))
        .collect();
    if !missing.is_empty() {
        return Applied {
            grade: Grade::NotEnoughInformation,
            award: None,
            reason: Some(Reason::Missing(missing)),
            steps: vec![],
        };
    }
    let fee = answers.monthly_fee.unwrap_or(0);
    let hours = answers.hours.unwrap_or(0.0);
    let loss = answers.loss.unwrap_or(0);
    let fares = answers.fares.unwrap_or(0);
    match rule {
        Rule::MultipleOfOutage {
            multiple,
            days_in_month,
            min_hours,
        } => {
            let mut steps = Vec::new();
            if let Some(min) = *min_hours {
                let met = hours >= min;
                steps.push(Step::AtLeast { hours, min, met });
                if !met {
                    return Applied::not(Reason::BelowMinHours { hours, min }, steps);
                }
            }
            if hours <= 0.0 {
                return Applied::not(Reason::NotHit, steps);
            }
            if fee <= 0 {
                return Applied::not(Reason::NoFee, steps);
            }
            let (step, v) = calc(
                Value::Won(fee as f64),
                vec![
                    (Op::Times, Value::Hours(hours)),
                    (Op::Times, Value::Number(*multiple)),
                    (Op::DividedBy, Value::MonthHours(*days_in_month)),
                ],
                Value::Won,
            );
            steps.push(step);
            let won = Some((v - EPS).round().max(0.0) as i64);
            Applied::likely(
                Award {
                    won,
                    ..Award::default()
                },
                steps,
            )
        }
        Rule::DaysOfMonthlyFee {
            days,
            days_in_month,
            round_to,
        } => {
            if fee <= 0 {
                return Applied::not(Reason::NoFee, vec![]);
            }
            let (mut step, v) = calc(
                Value::Won(fee as f64),
                vec![
                    (Op::Times, Value::Number(*days)),
                    (Op::DividedBy, Value::Number(*days_in_month)),
                ],
                Value::Won,
            );
            let unit = (*round_to).max(1);
            let to = ((v / unit as f64) - EPS).ceil().max(0.0) as i64 * unit;
            if (to as f64 - v).abs() > EPS {
                if let Step::Calc { rounded, .. } = &mut step {
                    *rounded = Some(Rounding::Up { unit, to });
                }
            }
            Applied::likely(
                Award {
                    won: Some(to),
                    ..Award::default()
                },
                vec![step],
            )
        }
        Rule::ExtensionMultiple { multiple } => {
            if hours <= 0.0 {
                return Applied::not(Reason::NotHit, vec![]);
            }
            let started = (hours / 24.0 - EPS).ceil().max(1.0);
            let (step, v) = calc(
                Value::Days(started),
                vec![(Op::Times, Value::Number(*multiple))],
                Value::Days,
            );
            let steps = vec![
                Step::StartedDays {
                    hours,
                    days: started,
                },
                step,
            ];
            Applied::likely(
                Award {
                    days: Some(v),
                    ..Award::default()
                },
                steps,
            )
        }
        Rule::CashTiers { tiers } => {
            if loss <= 0 {
                return Applied::not(Reason::NoLoss, vec![]);
            }
            let mut above = None;
            for t in tiers {
                if loss <= t.up_to {
                    let step = Step::Tier {
                        loss,
                        above,
                        up_to: t.up_to,
                        pays: t.pays,
                    };
                    let award = Award {
                        won: Some(t.pays),
                        ..Award::default()
                    };
                    return Applied::likely(award, vec![step]);
                }
                above = Some(t.up_to);
            }
            let last_up_to = above.unwrap_or(0);
            Applied {
                grade: Grade::Possibly,
                award: None,
                reason: Some(Reason::AboveLastTier { last_up_to }),
                steps: vec![Step::AboveTiers { loss, last_up_to }],
            }
        }
        Rule::FeeWaiver { percent, window } => {
            let span_hours = (window.to - window.from).num_minutes() as f64 / 60.0;
            let mut steps = vec![Step::Window {
                from: window.from,
                to: window.to,
                hours: span_hours,
            }];
            if fares <= 0 {
                return Applied::not(Reason::NoFares, steps);
            }
            let (step, v) = calc(
                Value::Won(fares as f64),
                vec![(Op::Times, Value::Percent(*percent))],
                Value::Won,
            );
            steps.push(step);
            let won = Some((v - EPS).round().max(0.0) as i64);
            Applied::likely(
                Award {
                    won,
                    ..Award::default()
                },
                steps,
            )
        }
        Rule::Fixed { won, days, either } => Applied::likely(
            Award {
                won: *won,
                days: *days,
                either: *either,
            },
            vec![],
        ),
    }
}

/// An estimate for one offer: the rule applied, with the offer's sources and deadline.
#[derive(Debug, Clone, PartialEq)]
pub struct Estimate {
    /// Index into `Incident::compensation`.
    pub offer: usize,
    pub applied: Applied,
    pub sources: Vec<String>,
    pub deadline: Deadline,
}

/// Estimates one offer. An offer without a rule is `Possibly`: the reader's group is covered,
/// but the data gives no way to compute an amount.
pub fn estimate(
    incident: &Incident,
    offer: usize,
    answers: &Answers,
    now: &Time,
) -> Option<Estimate> {
    let o = incident.compensation.get(offer)?;
    let applied = match &o.rule {
        Some(spec) => apply(&spec.rule, answers),
        None => Applied {
            grade: Grade::Possibly,
            award: None,
            reason: Some(Reason::NoRule),
            steps: vec![],
        },
    };
    Some(Estimate {
        offer,
        applied,
        sources: o.sources.clone(),
        deadline: deadline(o, now),
    })
}

/// Estimates every offer that fits the group and the service.
pub fn estimate_all(
    incident: &Incident,
    claimant: usize,
    service: Option<usize>,
    answers: &Answers,
    now: &Time,
) -> Vec<Estimate> {
    offers_for(incident, Some(ClaimantIx(claimant)), service.map(ServiceIx))
        .into_iter()
        .filter_map(|o| estimate(incident, o, answers, now))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::compensation::fixtures::*;

    // Cash tiers: edges are inclusive.
    #[test]
    fn tier_300000_pays_30000() {
        assert_eq!(won(&apply(&tiers(), &loss(300_000))), Some(30_000));
    }
    #[test]
    fn tier_300001_pays_50000() {
        assert_eq!(won(&apply(&tiers(), &loss(300_001))), Some(50_000));
    }
    #[test]
    fn tier_500000_pays_50000() {
        assert_eq!(won(&apply(&tiers(), &loss(500_000))), Some(50_000));
    }
    #[test]
    fn tier_1_pays_30000() {
        assert_eq!(won(&apply(&tiers(), &loss(1))), Some(30_000));
    }
    #[test]
    fn tier_500001_is_case_by_case() {
        let a = apply(&tiers(), &loss(500_001));
        assert_eq!((a.grade, a.award), (Grade::Possibly, None));
        assert_eq!(
            a.reason,
            Some(Reason::AboveLastTier {
                last_up_to: 500_000
            })
        );
    }
    #[test]
    fn tier_step_names_its_bounds() {
        let a = apply(&tiers(), &loss(300_001));
        assert_eq!(
            a.steps,
            vec![Step::Tier {
                loss: 300_001,
                above: Some(300_000),
                up_to: 500_000,
                pays: 50_000
            }]
        );
    }
    #[test]
    fn tier_zero_loss_is_not_entitled() {
        assert_eq!(apply(&tiers(), &loss(0)).reason, Some(Reason::NoLoss));
    }
    #[test]
    fn tier_without_loss_is_not_enough_information() {
        let a = apply(&tiers(), &Answers::default());
        assert_eq!(
            (a.grade, a.reason),
            (
                Grade::NotEnoughInformation,
                Some(Reason::Missing(vec![Need::Loss]))
            )
        );
    }
    // Days of a monthly fee.
    #[test]
    fn pro_taxi_39000_six_of_31_is_7550() {
        assert_eq!(won(&apply(&six_of_31(), &fee(39_000))), Some(7_550));
    }
    #[test]
    fn designated_22000_six_of_31_is_4260() {
        assert_eq!(won(&apply(&six_of_31(), &fee(22_000))), Some(4_260));
    }
    #[test]
    fn pro_taxi_arithmetic_is_recorded() {
        let a = apply(&six_of_31(), &fee(39_000));
        let Step::Calc {
            first,
            rest,
            result,
            rounded,
        } = &a.steps[0]
        else {
            panic!("{:?}", a.steps)
        };
        assert_eq!(*first, Value::Won(39_000.0));
        assert_eq!(
            rest,
            &vec![
                (Op::Times, Value::Number(6.0)),
                (Op::DividedBy, Value::Number(31.0))
            ]
        );
        assert!(matches!(result, Value::Won(v) if (v - 7548.387).abs() < 0.001));
        assert_eq!(
            *rounded,
            Some(Rounding::Up {
                unit: 10,
                to: 7_550
            })
        );
    }
    #[test]
    fn exact_multiple_is_not_rounded() {
        let a = apply(&six_of_31(), &fee(31_000));
        assert_eq!(won(&a), Some(6_000));
        assert!(matches!(&a.steps[0], Step::Calc { rounded: None, .. }));
    }
    #[test]
    fn days_of_fee_is_likely_entitled() {
        assert_eq!(
            apply(&six_of_31(), &fee(39_000)).grade,
            Grade::LikelyEntitled
        );
    }
    #[test]
    fn days_of_fee_without_fee_names_it() {
        assert_eq!(
            apply(&six_of_31(), &Answers::default()).reason,
            Some(Reason::Missing(vec![Need::MonthlyFee]))
        );
    }
    #[test]
    fn days_of_fee_zero_fee_is_not_entitled() {
        assert_eq!(apply(&six_of_31(), &fee(0)).grade, Grade::NotEntitled);
    }
    // Multiples of the outage.
    #[test]
    fn ten_times_three_hours_of_33000() {
        let a = apply(
            &ten_x(Some(2.0)),
            &Answers {
                monthly_fee: Some(33_000),
                hours: Some(3.0),
                ..Default::default()
            },
        );
        // 33,000 × 3 × 10 / 720 = 1,375
        assert_eq!((a.grade, won(&a)), (Grade::LikelyEntitled, Some(1_375)));
        assert_eq!(
            a.steps[0],
            Step::AtLeast {
                hours: 3.0,
                min: 2.0,
                met: true
            }
        );
    }
    #[test]
    fn min_hours_not_reached_is_not_entitled() {
        let a = apply(
            &ten_x(Some(2.0)),
            &Answers {
                monthly_fee: Some(33_000),
                hours: Some(1.5),
                ..Default::default()
            },
        );
        assert_eq!(
            (a.grade, a.reason),
            (
                Grade::NotEntitled,
                Some(Reason::BelowMinHours {
                    hours: 1.5,
                    min: 2.0
                })
            )
        );
    }
    #[test]
    fn min_hours_reached_exactly_counts() {
        let a = apply(
            &ten_x(Some(2.0)),
            &Answers {
                monthly_fee: Some(72_000),
                hours: Some(2.0),
                ..Default::default()
            },
        );
        assert_eq!(won(&a), Some(2_000));
    }
    #[test]
    fn multiple_rounds_to_nearest_won() {
        // 10,000 × 1 × 10 / 720 = 138.9
        let a = apply(
            &ten_x(None),
            &Answers {
                monthly_fee: Some(10_000),
                hours: Some(1.0),
                ..Default::default()
            },
        );
        assert_eq!(won(&a), Some(139));
    }
    #[test]
    fn multiple_missing_both_names_both() {
        assert_eq!(
            apply(&ten_x(None), &Answers::default()).reason,
            Some(Reason::Missing(vec![Need::MonthlyFee, Need::Hours]))
        );
    }
    #[test]
    fn multiple_missing_hours_names_hours() {
        assert_eq!(
            apply(&ten_x(None), &fee(10_000)).reason,
            Some(Reason::Missing(vec![Need::Hours]))
        );
    }
    #[test]
    fn multiple_zero_hours_is_not_hit() {
        let a = apply(
            &ten_x(None),
            &Answers {
                monthly_fee: Some(10_000),
                hours: Some(0.0),
                ..Default::default()
            },
        );
        assert_eq!(a.reason, Some(Reason::NotHit));
    }
    // Extension multiples.
    #[test]
    fn extension_counts_started_days() {
        let a = apply(
            &Rule::ExtensionMultiple { multiple: 3.0 },
            &Answers {
                hours: Some(30.0),
                ..Default::default()
            },
        );
        assert_eq!(days(&a), Some(6.0));
        assert_eq!(
            a.steps[0],
            Step::StartedDays {
                hours: 30.0,
                days: 2.0
            }
        );
    }
    #[test]
    fn extension_of_exactly_a_day_is_one_day() {
        assert_eq!(
            days(&apply(
                &Rule::ExtensionMultiple { multiple: 3.0 },
                &Answers {
                    hours: Some(24.0),
                    ..Default::default()
                }
            )),
            Some(3.0)
        );
    }
    #[test]
    fn extension_of_an_hour_is_one_day() {
        assert_eq!(
            days(&apply(
                &Rule::ExtensionMultiple { multiple: 3.0 },
                &Answers {
                    hours: Some(1.0),
                    ..Default::default()
                }
            )),
            Some(3.0)
        );
    }
    #[test]
    fn extension_without_hours_is_not_enough_information() {
        assert_eq!(
            apply(
                &Rule::ExtensionMultiple { multiple: 3.0 },
                &Answers::default()
            )
            .grade,
            Grade::NotEnoughInformation
        );
    }
    // Fee waivers.
    #[test]
    fn fee_waiver_window_is_18_hours() {
        let a = apply(
            &waiver(),
            &Answers {
                fares: Some(100_000),
                ..Default::default()
            },
        );
        assert!(matches!(a.steps[0], Step::Window { hours, .. } if hours == 18.0));
    }
    #[test]
    fn fee_waiver_is_20_percent_of_fares() {
        assert_eq!(
            won(&apply(
                &waiver(),
                &Answers {
                    fares: Some(123_450),
                    ..Default::default()
                }
            )),
            Some(24_690)
        );
    }
    #[test]
    fn fee_waiver_without_fares_is_not_enough_information() {
        assert_eq!(
            apply(&waiver(), &Answers::default()).reason,
            Some(Reason::Missing(vec![Need::Fares]))
        );
    }
    #[test]
    fn fee_waiver_no_fares_is_not_entitled() {
        assert_eq!(
            apply(
                &waiver(),
                &Answers {
                    fares: Some(0),
                    ..Default::default()
                }
            )
            .reason,
            Some(Reason::NoFares)
        );
    }
    // Fixed.
    #[test]
    fn fixed_needs_nothing_and_pays_both() {
        let a = apply(
            &Rule::Fixed {
                won: Some(1_500),
                days: Some(3.0),
                either: false,
            },
            &Answers::default(),
        );
        assert_eq!(
            (a.grade, a.award),
            (
                Grade::LikelyEntitled,
                Some(Award {
                    won: Some(1_500),
                    days: Some(3.0),
                    either: false,
                })
            )
        );
    }
    #[test]
    fn fixed_either_pays_one_or_the_other() {
        let a = apply(
            &Rule::Fixed {
                won: Some(1_500),
                days: Some(3.0),
                either: true,
            },
            &Answers::default(),
        );
        assert_eq!(a.grade, Grade::LikelyEntitled);
        let award = a.award.expect("an award");
        assert!(award.either, "one or the other, not both");
        assert_eq!((award.won, award.days), (Some(1_500), Some(3.0)));
    }
    #[test]
    fn estimates_for_every_fitting_offer() {
        let inc = fixture();
        let answers = Answers {
            monthly_fee: Some(39_000),
            ..Default::default()
        };
        let e = estimate_all(&inc, c(&inc, "drivers"), None, &answers, &t(TODAY));
        let grades: Vec<Grade> = e.iter().map(|e| e.applied.grade).collect();
        assert_eq!(
            grades,
            vec![Grade::LikelyEntitled, Grade::NotEnoughInformation]
        );
        assert_eq!(e[0].sources, vec!["s1".to_string()]);
    }
    #[test]
    fn an_offer_without_a_rule_is_possibly() {
        let inc = fixture();
        let e = estimate(&inc, 5, &Answers::default(), &t(TODAY)).unwrap();
        assert_eq!(
            (e.applied.grade, e.applied.reason),
            (Grade::Possibly, Some(Reason::NoRule))
        );
    }
}
