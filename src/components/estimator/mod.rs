//! The compensation estimator: one question at a time (a choice or an amount) in a step
//! frame, then a graded estimate for every offer that fits.

pub mod amount_question;
pub mod ask_question;
pub mod choice_question;
pub mod estimate_card;
pub mod estimate_result;
pub mod question;
pub mod step;
pub mod view;
