//! Compensation: which offers fit a claimant group or a service, whether a claim window is open
//! as of a moment, and the estimator — the questions a rule needs, the answers read from what a
//! reader types, the rule engine that grades an estimate and records its arithmetic as data,
//! and the question flow as a pure reducer.
//!
//! Every rule comes from the incident data (`crate::incident::Rule`); nothing here knows which
//! incident it is looking at. No clock: `now` is passed in. No yew, web_sys or gloo.

use super::model::{ClaimWindow, Incident, Level, Offer, Rule, Span, Time};
use super::status::time_at_least;

// ---------------------------------------------------------------------------------------------
// Offers

/// The offers for a claimant group, in file order.
pub fn offers_for_claimant(incident: &Incident, claimant: usize) -> Vec<usize> {
    offers_for(incident, Some(claimant), None)
}

/// The offers that name a service, in file order.
pub fn offers_for_service(incident: &Incident, service: usize) -> Vec<usize> {
    offers_for(incident, None, Some(service))
}

/// The offers that fit both filters (a `None` filter lets everything through).
pub fn offers_for(
    incident: &Incident,
    claimant: Option<usize>,
    service: Option<usize>,
) -> Vec<usize> {
    incident
        .compensation
        .iter()
        .enumerate()
        .filter(|(_, o)| claimant.is_none_or(|c| o.claimants.contains(&c)))
        .filter(|(_, o)| service.is_none_or(|s| o.services.contains(&s)))
        .map(|(i, _)| i)
        .collect()
}

/// The claimant groups with at least one offer for a service, in file order.
pub fn claimants_for_service(incident: &Incident, service: usize) -> Vec<usize> {
    (0..incident.claimants.len())
        .filter(|&c| !offers_for(incident, Some(c), Some(service)).is_empty())
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
    offers_for(incident, claimant, service)
        .into_iter()
        .filter_map(
            |o| match incident.compensation[o].rule.as_ref().map(|r| &r.rule) {
                Some(Rule::FeeWaiver { window, .. }) => Some(window.clone()),
                _ => None,
            },
        )
        .collect()
}

/// How many hours a service was fully down, for prefilling "how long were you hit"; `None`
/// when the data has no outage for it. Open intervals count up to the end of what the data
/// covers.
pub fn outage_hours(incident: &Incident, service: usize) -> Option<f64> {
    let s = incident.services.get(service)?;
    let d = time_at_least(s, Level::Outage, &incident.covers.to);
    let hours = (d.num_minutes() as f64 / 6.0).round() / 10.0;
    (hours > 0.0).then_some(hours)
}

// ---------------------------------------------------------------------------------------------
// Claim windows

/// Whether a claim window is open at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowState {
    Upcoming,
    Open,
    Closed,
}

impl WindowState {
    pub fn as_str(self) -> &'static str {
        match self {
            WindowState::Upcoming => "upcoming",
            WindowState::Open => "open",
            WindowState::Closed => "closed",
        }
    }
}

/// Both ends are inside the window: it is open from `opens` through `closes` inclusive. A
/// missing end leaves that side unbounded.
pub fn window_state(w: &ClaimWindow, now: &Time) -> WindowState {
    if w.opens.is_some_and(|o| *now < o) {
        WindowState::Upcoming
    } else if w.closes.is_some_and(|c| *now > c) {
        WindowState::Closed
    } else {
        WindowState::Open
    }
}

/// The deadline of an offer as of a moment.
#[derive(Debug, Clone, PartialEq)]
pub enum Deadline {
    /// The soonest closing time still ahead, and the index of its window.
    Next { closes: Time, window: usize },
    /// Every window has closed; the last one closed then.
    Passed { closed: Time },
    /// No window has a closing time.
    None,
}

/// The next closing window of an offer (one that closes at or after `now`), else the last one
/// that closed.
pub fn deadline(offer: &Offer, now: &Time) -> Deadline {
    let closing = offer
        .windows
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.closes.map(|c| (i, c)));
    let next = closing
        .clone()
        .filter(|(_, c)| c >= now)
        .min_by_key(|(_, c)| *c);
    match next {
        Some((window, closes)) => Deadline::Next { closes, window },
        None => match closing.map(|(_, c)| c).max() {
            Some(closed) => Deadline::Passed { closed },
            None => Deadline::None,
        },
    }
}

// ---------------------------------------------------------------------------------------------
// Questions and answers

/// What a rule needs to know from the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Need {
    /// The monthly fee they pay, in won.
    MonthlyFee,
    /// How many hours they were hit.
    Hours,
    /// The loss they reported, in won.
    Loss,
    /// The fees (fares) they earned inside the rule's window, in won.
    Fares,
}

impl Need {
    /// In the order the estimator asks them.
    pub const ALL: [Need; 4] = [Need::MonthlyFee, Need::Hours, Need::Loss, Need::Fares];
}

/// What a rule needs, in asking order. A fixed amount needs nothing.
pub fn needs(rule: &Rule) -> Vec<Need> {
    match rule {
        Rule::MultipleOfOutage { .. } => vec![Need::MonthlyFee, Need::Hours],
        Rule::DaysOfMonthlyFee { .. } => vec![Need::MonthlyFee],
        Rule::ExtensionMultiple { .. } => vec![Need::Hours],
        Rule::CashTiers { .. } => vec![Need::Loss],
        Rule::FeeWaiver { .. } => vec![Need::Fares],
        Rule::Fixed { .. } => vec![],
    }
}

/// The reader's answers; `None` where they did not (or could not) say.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Answers {
    pub monthly_fee: Option<i64>,
    pub hours: Option<f64>,
    pub loss: Option<i64>,
    pub fares: Option<i64>,
}

impl Answers {
    fn has(&self, need: Need) -> bool {
        match need {
            Need::MonthlyFee => self.monthly_fee.is_some(),
            Need::Hours => self.hours.is_some(),
            Need::Loss => self.loss.is_some(),
            Need::Fares => self.fares.is_some(),
        }
    }
}

/// A typed answer that is not a number the estimator can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unreadable;

/// Reads an amount in won as people type it: `39000`, `39,000`, `₩39,000`, `39,000원`,
/// `3만9000원`, `3.9만`. Empty means "not given" (`Ok(None)`); anything else that is not a
/// whole, non-negative amount is an error.
pub fn parse_won(input: &str) -> Result<Option<i64>, Unreadable> {
    let s: String = input
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '₩' | '원' | '\u{a0}'))
        .collect();
    if s.is_empty() {
        return Ok(None);
    }
    let (man, rest) = match s.split_once('만') {
        Some((m, r)) => (Some(m), r),
        None => (None, s.as_str()),
    };
    let man_won = match man {
        Some(m) => {
            let v: f64 = m.parse().map_err(|_| Unreadable)?;
            // 1.1만 is 11000.000000000002 in floating point: allow that, not 1.00001만.
            let won = v * 10_000.0;
            if !won.is_finite() || won < 0.0 || (won - won.round()).abs() > 1e-6 {
                return Err(Unreadable);
            }
            won.round() as i64
        }
        None => 0,
    };
    let rest_won = if rest.is_empty() && man.is_some() {
        0
    } else if rest.chars().all(|c| c.is_ascii_digit()) && !rest.is_empty() {
        rest.parse::<i64>().map_err(|_| Unreadable)?
    } else {
        return Err(Unreadable);
    };
    man_won.checked_add(rest_won).map(Some).ok_or(Unreadable)
}

/// Reads a number of hours: `6`, `1.5`, `1,5`, `6h`, `6 시간`. Empty means "not given".
pub fn parse_hours(input: &str) -> Result<Option<f64>, Unreadable> {
    let s = input.trim();
    let s = s
        .strip_suffix("시간")
        .or_else(|| s.strip_suffix("hours"))
        .or_else(|| s.strip_suffix("hour"))
        .or_else(|| s.strip_suffix('h'))
        .unwrap_or(s)
        .trim()
        .replace(',', ".");
    if s.is_empty() {
        return Ok(None);
    }
    if !s.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(Unreadable);
    }
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(Some(v)),
        _ => Err(Unreadable),
    }
}

// ---------------------------------------------------------------------------------------------
// The rule engine

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

/// What an estimate comes to: money, days of extension, or both.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Award {
    pub won: Option<i64>,
    pub days: Option<f64>,
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
            Applied::likely(Award { won, days: None }, steps)
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
                    days: None,
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
                    won: None,
                    days: Some(v),
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
                        days: None,
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
            Applied::likely(Award { won, days: None }, steps)
        }
        Rule::Fixed { won, days } => Applied::likely(
            Award {
                won: *won,
                days: *days,
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
    offers_for(incident, Some(claimant), service)
        .into_iter()
        .filter_map(|o| estimate(incident, o, answers, now))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The question flow

/// One question of the estimator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Question {
    Group,
    Service,
    Ask(Need),
}

/// The service the estimate is about: the reader's choice if it fits the group, else the
/// group's only service, else none yet.
pub fn effective_service(
    incident: &Incident,
    claimant: usize,
    chosen: Option<usize>,
) -> Option<usize> {
    let services = services_of_claimant(incident, claimant);
    match chosen {
        Some(s) if services.contains(&s) => Some(s),
        _ if services.len() == 1 => services.first().copied(),
        _ => None,
    }
}

/// The questions to ask, in order: the group; the service when the group's offers name more
/// than one; then only what the fitting offers' rules need.
pub fn questions(
    incident: &Incident,
    claimant: Option<usize>,
    service: Option<usize>,
) -> Vec<Question> {
    let mut out = vec![Question::Group];
    let Some(c) = claimant.filter(|&c| c < incident.claimants.len()) else {
        return out;
    };
    if services_of_claimant(incident, c).len() > 1 {
        out.push(Question::Service);
    }
    let service = effective_service(incident, c, service);
    let offers = offers_for(incident, Some(c), service);
    let needed: Vec<Need> = offers
        .iter()
        .filter_map(|&o| incident.compensation[o].rule.as_ref())
        .flat_map(|spec| needs(&spec.rule))
        .collect();
    out.extend(
        Need::ALL
            .into_iter()
            .filter(|n| needed.contains(n))
            .map(Question::Ask),
    );
    out
}

/// An answer to one question.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Answer {
    /// The group (index into `Incident::claimants`); the page also puts it in the URL.
    Group(usize),
    Service(usize),
    MonthlyFee(Option<i64>),
    Hours(Option<f64>),
    Loss(Option<i64>),
    Fares(Option<i64>),
}

/// What the reader does in the estimator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// Keep the answer and go to the next question (or the result).
    Answer(Answer),
    /// Go back one question.
    Back,
    /// Start again from the first question, forgetting the answers.
    Restart,
}

/// Where the reader is in the estimator. `step` indexes `questions(..)`; equal to its length
/// means the result is showing. `claimant` is the group the answers were given for: the URL
/// is the truth about the group, and a flow answered for another group does not apply.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Flow {
    pub step: usize,
    pub claimant: Option<usize>,
    pub service: Option<usize>,
    pub answers: Answers,
}

impl Flow {
    /// The next state; pure. Returns an equal value for a no-op (Back on the first question).
    pub fn reduce(&self, action: Action) -> Flow {
        let mut next = *self;
        match action {
            Action::Answer(a) => {
                match a {
                    Answer::Group(c) if next.claimant != Some(c) => {
                        next = Flow {
                            claimant: Some(c),
                            step: self.step,
                            ..Flow::default()
                        };
                    }
                    Answer::Group(_) => {}
                    Answer::Service(s) => next.service = Some(s),
                    Answer::MonthlyFee(v) => next.answers.monthly_fee = v,
                    Answer::Hours(v) => next.answers.hours = v,
                    Answer::Loss(v) => next.answers.loss = v,
                    Answer::Fares(v) => next.answers.fares = v,
                }
                next.step += 1;
            }
            Action::Back => next.step = next.step.saturating_sub(1),
            Action::Restart => next = Flow::default(),
        }
        next
    }

    /// The step to show for the group in the URL: where the reader is if the answers are
    /// for that group, else the first question; never past the result.
    pub fn step_for(&self, claimant: Option<usize>, questions: &[Question]) -> usize {
        match claimant {
            Some(_) if claimant == self.claimant => self.step.min(questions.len()),
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::model::Tier;
    use chrono::DateTime;

    fn t(s: &str) -> Time {
        DateTime::parse_from_rfc3339(s).unwrap()
    }
    fn fee(won: i64) -> Answers {
        Answers {
            monthly_fee: Some(won),
            ..Answers::default()
        }
    }
    fn loss(won: i64) -> Answers {
        Answers {
            loss: Some(won),
            ..Answers::default()
        }
    }
    fn tiers() -> Rule {
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
    fn six_of_31() -> Rule {
        Rule::DaysOfMonthlyFee {
            days: 6.0,
            days_in_month: 31.0,
            round_to: 10,
        }
    }
    fn ten_x(min_hours: Option<f64>) -> Rule {
        Rule::MultipleOfOutage {
            multiple: 10.0,
            days_in_month: 30.0,
            min_hours,
        }
    }
    fn waiver() -> Rule {
        Rule::FeeWaiver {
            percent: 20.0,
            window: Span {
                from: t("2022-10-15T15:00:00+09:00"),
                to: t("2022-10-16T09:00:00+09:00"),
            },
        }
    }
    fn won(a: &Applied) -> Option<i64> {
        a.award.and_then(|a| a.won)
    }
    fn days(a: &Applied) -> Option<f64> {
        a.award.and_then(|a| a.days)
    }
    fn window(opens: Option<&str>, closes: Option<&str>) -> ClaimWindow {
        ClaimWindow {
            label: Default::default(),
            opens: opens.map(t),
            closes: closes.map(t),
        }
    }

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
            },
            &Answers::default(),
        );
        assert_eq!(
            (a.grade, a.award),
            (
                Grade::LikelyEntitled,
                Some(Award {
                    won: Some(1_500),
                    days: Some(3.0)
                })
            )
        );
    }
    #[test]
    fn needs_per_rule() {
        assert_eq!(
            needs(&Rule::Fixed {
                won: None,
                days: Some(3.0)
            }),
            vec![]
        );
        assert_eq!(needs(&waiver()), vec![Need::Fares]);
        assert_eq!(needs(&tiers()), vec![Need::Loss]);
    }

    // Windows.
    const NOW: &str = "2022-10-25T12:00:00+09:00";
    #[test]
    fn window_open_between() {
        assert_eq!(
            window_state(
                &window(
                    Some("2022-10-19T00:00:00+09:00"),
                    Some("2022-11-06T23:59:59+09:00")
                ),
                &t(NOW)
            ),
            WindowState::Open
        );
    }
    #[test]
    fn window_upcoming_before() {
        assert_eq!(
            window_state(&window(Some("2022-11-01T00:00:00+09:00"), None), &t(NOW)),
            WindowState::Upcoming
        );
    }
    #[test]
    fn window_closed_after() {
        assert_eq!(
            window_state(&window(None, Some("2022-10-21T23:59:00+09:00")), &t(NOW)),
            WindowState::Closed
        );
    }
    #[test]
    fn window_closing_moment_is_inside() {
        assert_eq!(
            window_state(&window(None, Some(NOW)), &t(NOW)),
            WindowState::Open
        );
    }
    #[test]
    fn window_opening_moment_is_inside() {
        assert_eq!(
            window_state(&window(Some(NOW), None), &t(NOW)),
            WindowState::Open
        );
    }
    #[test]
    fn window_unbounded_is_open() {
        assert_eq!(
            window_state(&window(None, None), &t(NOW)),
            WindowState::Open
        );
    }

    // Parsing what people type.
    #[test]
    fn won_plain() {
        assert_eq!(parse_won("39000"), Ok(Some(39_000)));
    }
    #[test]
    fn won_with_commas_and_signs() {
        assert_eq!(parse_won(" ₩39,000 "), Ok(Some(39_000)));
    }
    #[test]
    fn won_korean() {
        assert_eq!(parse_won("3만9000원"), Ok(Some(39_000)));
    }
    #[test]
    fn won_korean_decimal_man() {
        assert_eq!(parse_won("3.9만"), Ok(Some(39_000)));
    }
    #[test]
    fn won_korean_decimal_man_in_floating_point() {
        assert_eq!(parse_won("1.1만"), Ok(Some(11_000)));
        assert_eq!(parse_won("2.2만원"), Ok(Some(22_000)));
        assert_eq!(parse_won("1.00001만"), Err(Unreadable));
    }
    #[test]
    fn won_empty_is_none() {
        assert_eq!(parse_won("  "), Ok(None));
    }
    #[test]
    fn won_rejects_words_and_negatives() {
        assert_eq!(parse_won("abc"), Err(Unreadable));
        assert_eq!(parse_won("-5"), Err(Unreadable));
        assert_eq!(parse_won("1.5"), Err(Unreadable));
    }
    #[test]
    fn hours_forms() {
        assert_eq!(parse_hours("1.5"), Ok(Some(1.5)));
        assert_eq!(parse_hours("1,5"), Ok(Some(1.5)));
        assert_eq!(parse_hours("6 시간"), Ok(Some(6.0)));
        assert_eq!(parse_hours("6h"), Ok(Some(6.0)));
        assert_eq!(parse_hours(""), Ok(None));
        assert_eq!(parse_hours("-1"), Err(Unreadable));
        assert_eq!(parse_hours("soon"), Err(Unreadable));
    }

    // The flow.
    #[test]
    fn answer_advances_and_back_returns() {
        let f = Flow::default().reduce(Action::Answer(Answer::Group(0)));
        assert_eq!(f.step, 1);
        assert_eq!(f.reduce(Action::Back).step, 0);
    }
    #[test]
    fn back_on_first_question_is_a_no_op() {
        assert_eq!(Flow::default().reduce(Action::Back), Flow::default());
    }
    #[test]
    fn answers_are_kept() {
        let f = Flow::default().reduce(Action::Answer(Answer::MonthlyFee(Some(39_000))));
        assert_eq!(f.answers.monthly_fee, Some(39_000));
        assert_eq!(f.reduce(Action::Back).answers.monthly_fee, Some(39_000));
    }
    #[test]
    fn another_group_forgets_the_answers() {
        let f = Flow::default()
            .reduce(Action::Answer(Answer::Group(0)))
            .reduce(Action::Answer(Answer::MonthlyFee(Some(39_000))))
            .reduce(Action::Back)
            .reduce(Action::Back)
            .reduce(Action::Answer(Answer::Group(1)));
        assert_eq!(
            (f.step, f.claimant, f.answers),
            (1, Some(1), Answers::default())
        );
    }
    #[test]
    fn the_same_group_keeps_the_answers() {
        let f = Flow::default()
            .reduce(Action::Answer(Answer::Group(0)))
            .reduce(Action::Answer(Answer::MonthlyFee(Some(39_000))))
            .reduce(Action::Back)
            .reduce(Action::Back)
            .reduce(Action::Answer(Answer::Group(0)));
        assert_eq!(f.answers.monthly_fee, Some(39_000));
    }
    #[test]
    fn a_flow_for_another_group_starts_at_the_first_question() {
        let f = Flow {
            step: 2,
            claimant: Some(0),
            ..Flow::default()
        };
        let qs = [Question::Group, Question::Ask(Need::Loss)];
        assert_eq!(f.step_for(Some(1), &qs), 0);
        assert_eq!(f.step_for(Some(0), &qs), 2);
        assert_eq!(f.step_for(None, &qs), 0);
        assert_eq!(Flow { step: 9, ..f }.step_for(Some(0), &qs), 2);
    }
    #[test]
    fn restart_forgets() {
        let f = Flow::default()
            .reduce(Action::Answer(Answer::Service(2)))
            .reduce(Action::Restart);
        assert_eq!(f, Flow::default());
    }
    // On a small incident (tests/fixtures/compensation.json).
    fn fixture() -> Incident {
        crate::data::parse(include_str!("../../tests/fixtures/compensation.json")).unwrap()
    }
    fn c(inc: &Incident, id: &str) -> usize {
        inc.claimant_by_id(id).unwrap()
    }
    fn s(inc: &Incident, id: &str) -> usize {
        inc.service_by_id(id).unwrap()
    }
    fn ids(inc: &Incident, offers: &[usize]) -> Vec<String> {
        offers
            .iter()
            .map(|&o| inc.compensation[o].id.clone())
            .collect()
    }
    const TODAY: &str = "2026-11-22T12:00:00+09:00";

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
                &offers_for(&inc, Some(c(&inc, "shops")), Some(s(&inc, "alpha")))
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
        assert_eq!(outage_hours(&inc, s(&inc, "alpha")), Some(10.0));
        assert_eq!(outage_hours(&inc, s(&inc, "beta")), Some(3.0));
    }
    #[test]
    fn deadline_is_the_next_closing_window() {
        let inc = fixture();
        let d = deadline(&inc.compensation[1], &t(TODAY));
        assert_eq!(
            d,
            Deadline::Next {
                closes: t("2027-01-31T23:59:59+09:00"),
                window: 1
            }
        );
    }
    #[test]
    fn deadline_passed_when_all_closed() {
        let inc = fixture();
        assert_eq!(
            deadline(&inc.compensation[2], &t(TODAY)),
            Deadline::Passed {
                closed: t("2022-11-06T23:59:59+09:00")
            }
        );
    }
    #[test]
    fn deadline_none_without_windows() {
        let inc = fixture();
        assert_eq!(deadline(&inc.compensation[3], &t(TODAY)), Deadline::None);
    }
    #[test]
    fn questions_skip_the_service_for_a_one_service_group() {
        let inc = fixture();
        let q = questions(&inc, Some(c(&inc, "drivers")), None);
        assert_eq!(
            q,
            vec![
                Question::Group,
                Question::Ask(Need::MonthlyFee),
                Question::Ask(Need::Fares)
            ]
        );
    }
    #[test]
    fn questions_ask_the_service_then_only_what_fits() {
        let inc = fixture();
        let shops = c(&inc, "shops");
        assert_eq!(
            questions(&inc, Some(shops), Some(s(&inc, "beta"))),
            vec![
                Question::Group,
                Question::Service,
                Question::Ask(Need::Loss)
            ]
        );
    }
    #[test]
    fn questions_without_a_group_are_just_the_group() {
        assert_eq!(questions(&fixture(), None, None), vec![Question::Group]);
    }
    #[test]
    fn questions_for_extension_ask_hours() {
        let inc = fixture();
        assert_eq!(
            questions(&inc, Some(c(&inc, "fans")), None),
            vec![Question::Group, Question::Ask(Need::Hours)]
        );
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
    #[test]
    fn effective_service_ignores_a_service_outside_the_group() {
        let inc = fixture();
        assert_eq!(
            effective_service(&inc, c(&inc, "drivers"), Some(s(&inc, "beta"))),
            Some(s(&inc, "alpha"))
        );
        assert_eq!(effective_service(&inc, c(&inc, "shops"), None), None);
    }
}
