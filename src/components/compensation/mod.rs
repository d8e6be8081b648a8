//! The compensation view (`#/compensation`, `#/compensation/{claimant-id}`): the claimant
//! groups, their offers with facts and claim windows, the offers for one service, and the
//! context to judge them by. The estimator it holds is `super::estimator`.

pub mod claimant_list;
pub mod claimant_offers;
pub mod claimant_overview;
pub mod context_list;
pub mod offer_card;
pub mod offer_facts;
pub mod service_offers;
pub mod view;
pub mod window_list;
