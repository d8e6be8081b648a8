//! The estimator's questions in order, and the question flow as a pure reducer (`Flow`).

use super::input::{needs, Answers, Need};
use super::offers::{offers_for, services_of_claimant};
use crate::incident::model::{ClaimantIx, Incident, ServiceIx};

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
    let offers = offers_for(incident, Some(ClaimantIx(c)), service.map(ServiceIx));
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
    use crate::incident::compensation::fixtures::*;

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
    fn effective_service_ignores_a_service_outside_the_group() {
        let inc = fixture();
        assert_eq!(
            effective_service(&inc, c(&inc, "drivers"), Some(s(&inc, "beta"))),
            Some(s(&inc, "alpha"))
        );
        assert_eq!(effective_service(&inc, c(&inc, "shops"), None), None);
    }
}
